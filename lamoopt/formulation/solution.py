"""A solver-independent solution ("choice") and the linear model evaluated at it.

`predict` recomputes every metric the MILP reasons about from the choice and the tables
alone, so reported numbers equal the linear model at the chosen design (a test checks the
MILP objective against it). `to_design` turns the choice into the design file format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from lamoopt.design import Design, ServingInstance
from lamoopt.formulation.configs import Tables
from lamoopt.formulation.thermal_bound import ThermalBound


@dataclass
class Choice:
    """Placed tiles, instance counts per operating point, flows and the served rate."""

    placed: list[tuple[str, int]]          # (class key, tile index), sorted
    counts: dict[str, int]                 # operating point -> instances (> 0 only)
    flows: dict[str, float]                # operating point -> requests/s
    rate_req_per_s: float
    meta: dict = field(default_factory=dict)

    def key(self) -> tuple:
        return (tuple(self.placed), tuple(sorted(self.counts.items())))


def site_chips(tables: Tables, choice: Choice) -> tuple[list[str | None], list[str | None]]:
    """Chip type and role per site index (row-major), None where empty."""
    pkg = tables.problem.instance.package
    chips: list[str | None] = [None] * (pkg.grid_rows * pkg.grid_cols)
    roles: list[str | None] = [None] * len(chips)
    for ck, g in choice.placed:
        cls = tables.classes[ck]
        for r, c in cls.tiles[g].sites:
            chips[r * pkg.grid_cols + c] = cls.chip
            roles[r * pkg.grid_cols + c] = cls.role
    return chips, roles


def base_site_power_W(tables: Tables, choice: Choice) -> np.ndarray:
    """Per site: the chip's base static power (configs.Chip) + its equal share of the pool's
    dynamic power; leakage (site_leakage_W) comes on top."""
    chips, roles = site_chips(tables, choice)
    pool_dyn = pool_dynamic_W(tables, choice)
    pool_n: dict[tuple[str, str], int] = {}
    for c, r in zip(chips, roles):
        if c is not None:
            pool_n[(c, r)] = pool_n.get((c, r), 0) + 1
    p = np.zeros(len(chips))
    for j, (c, r) in enumerate(zip(chips, roles)):
        if c is not None:
            p[j] = tables.chips[c].base_static_W + pool_dyn.get((c, r), 0.0) / pool_n[(c, r)]
    return p


def leakage_system(tables: Tables, thermal: ThermalBound, chips: list[str | None]
                   ) -> tuple[list[int], np.ndarray, np.ndarray, np.ndarray]:
    """The leakage rows of build.define_leakage for a fixed layout, over its occupied sites occ:
    X_occ >= a + B X_occ + C base (C, B from the chord slopes and the mean-temperature rows);
    returns (occ, a, B, C) with B (|occ|, |occ|) and C (|occ|, S)."""
    occ = [j for j, c in enumerate(chips) if c is not None]
    n = len(chips)
    a, B, C = np.zeros(len(occ)), np.zeros((len(occ), len(occ))), np.zeros((len(occ), n))
    for k, j in enumerate(occ):
        ch, R = tables.chips[chips[j]], thermal.mean_rows[chips[j]][j]
        beta = ch.leak_slope_W_per_K
        a[k] = ch.leak_from_W + beta * (thermal.ambient_C - ch.leak_from_C)
        C[k] = beta * R
        B[k] = beta * R[occ]
    return occ, a, B, C


def site_leakage_W(tables: Tables, thermal: ThermalBound, chips: list[str | None], base_W: np.ndarray) -> np.ndarray:
    """The model's leakage per site for a layout and base site powers: the least solution of the
    leakage rows, X = (I - B)^-1 (a + C base) (the chord's fixed point of leakage and temperature;
    I - B is an M-matrix for any physical package, so the solution is unique and >= 0)."""
    occ, a, B, C = leakage_system(tables, thermal, chips)
    out = np.zeros(len(chips))
    if occ:
        out[occ] = np.linalg.solve(np.eye(len(occ)) - B, a + C @ base_W)
    return out


def site_power_W(tables: Tables, thermal: ThermalBound, choice: Choice) -> np.ndarray:
    """Per site: base static + dynamic share + leakage at the model's temperatures."""
    chips, _ = site_chips(tables, choice)
    base = base_site_power_W(tables, choice)
    return base + site_leakage_W(tables, thermal, chips, base)


def pool_dynamic_W(tables: Tables, choice: Choice) -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for o, n in choice.counts.items():
        op = tables.points[o]
        per_req_J, per_inst_W = tables.dynamic_terms(o)
        out[(op.chip, op.role)] = out.get((op.chip, op.role), 0.0) + choice.flows.get(o, 0.0) * per_req_J + n * per_inst_W
    return out


def predict(tables: Tables, thermal: ThermalBound, choice: Choice) -> dict:
    """Every metric of the linear model at the choice (names as in the solution's `predicted`).
    Latencies are the queue models' quantiles at each instance's utilisation, the largest over
    the design's operating points (every request sees one of them)."""
    prob = tables.problem
    chips, _ = site_chips(tables, choice)
    specs = {c.name: c for c in prob.chiplets}
    cost = sum(specs[c].cost_usd for c in chips if c is not None)
    area = sum(specs[c].area_mm2 for c in chips if c is not None)
    dynamic = sum(pool_dynamic_W(tables, choice).values())
    base = base_site_power_W(tables, choice)
    leak = site_leakage_W(tables, thermal, chips, base)
    static = sum(tables.chips[c].base_static_W for c in chips if c is not None) + float(leak.sum())
    power = static + dynamic
    thr = tables.tokens_per_req * choice.rate_req_per_s
    temps = thermal.temperatures_C(chips, base + leak)
    pct = prob.instance.workload.targets.percentile
    ttft, tpot, util = 0.0, 0.0, {}
    for o, n in choice.counts.items():
        op = tables.points[o]
        rho = choice.flows.get(o, 0.0) / (n * op.capacity_req_per_s) if n else 0.0
        util[o] = rho
        if op.role == "prefill":
            ttft = max(ttft, op.latency_ms_at(rho, pct))
        else:
            tpot = max(tpot, op.latency_ms_at(rho, pct))
    return {
        "throughput_tokens_per_s": thr,
        "throughput_req_per_s": choice.rate_req_per_s,
        "ttft_ms": ttft,
        "tpot_ms": tpot,
        "e2e_ms": ttft + tables.kv_transfer_ms + tables.decode_steps_per_req * tpot,
        "power_W": power,
        "static_power_W": static,
        "dynamic_power_W": dynamic,
        "peak_temperature_C": float(np.nanmax(temps["logic"])) if np.isfinite(temps["logic"]).any() else None,
        "peak_dram_temperature_C": float(np.nanmax(temps["dram"])) if np.isfinite(temps["dram"]).any() else None,
        "tokens_per_s_per_W": thr / power if power > 0 else None,
        "energy_per_token_J": power / thr if thr > 0 else None,
        "cost_usd": cost,
        "chiplet_area_mm2": area,
        "utilisation": util,
        "site_temperature_C": [None if np.isnan(x) else float(x) for x in temps["logic"]],
        "site_dram_temperature_C": [None if np.isnan(x) else float(x) for x in temps["dram"]],
    }


def objective_value(tables: Tables, predicted: dict) -> float:
    """The objective of the instance's kind evaluated on predicted metrics."""
    kind = tables.problem.instance.objective.kind
    if kind == "max_tokens_per_s_per_W":
        return predicted["tokens_per_s_per_W"]
    if kind == "max_throughput":
        return predicted["throughput_tokens_per_s"]
    if kind == "min_power":
        return predicted["power_W"]
    if kind == "min_latency":
        return predicted["e2e_ms"]
    return predicted["cost_usd"]


def to_design(tables: Tables, choice: Choice) -> Design:
    """Instances in a deterministic order: ops sorted by key take their class's placed tiles in
    sorted order; an op's flow is split equally over its instances."""
    pkg = tables.problem.instance.package
    tiles_by_cls: dict[str, list[int]] = {}
    for ck, g in sorted(choice.placed):
        tiles_by_cls.setdefault(ck, []).append(g)
    instances, counters = [], {"prefill": 0, "decode": 0}
    for o in sorted(choice.counts):
        n = choice.counts[o]
        op = tables.points[o]
        cls = tables.classes[op.cls]
        for _ in range(n):
            g = tiles_by_cls[op.cls].pop(0)
            k = counters[op.role]
            counters[op.role] += 1
            instances.append(ServingInstance(
                id=f"{op.role}-{k}", role=op.role, chiplet=op.chip, tp=cls.tp, pp=cls.pp, batch=op.batch,
                layers_per_stage=list(op.layers_per_stage), sites=[list(s) for s in cls.tiles[g].sites],
                rate_req_per_s=choice.flows.get(o, 0.0) / n))
    return Design(instances=instances, grid_rows=pkg.grid_rows, grid_cols=pkg.grid_cols)
