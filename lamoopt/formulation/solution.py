"""A solver-independent solution ("choice") and the linear model evaluated at it.

`predict` recomputes every metric the MILP reasons about from the choice and the tables
alone, so reported numbers equal the linear model at the chosen design (a test checks the
MILP objective against it). `to_design` turns the choice into the design file format.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from lamoopt.costmodel import comm, economics, routes
from lamoopt.costmodel.routes import Site
from lamoopt.design import Design, ServingInstance
from lamoopt.formulation import families
from lamoopt.formulation.configs import (
    Tables,
    chip_at_dram_temperature,
    decode_micro_batch_cost,
    decode_slots_of,
)
from lamoopt.formulation.decode_slots import DecodeSlots, cdf_quantile
from lamoopt.formulation.error_bounds import STATED_BOUNDS
from lamoopt.formulation.families import rows_in
from lamoopt.formulation.flow_lp import FixedLayout
from lamoopt.formulation.layout import Choice, site_chips
from lamoopt.formulation.linear import LinExpr, RowSet
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.formulation.thermal_bound import ThermalBound
from lamoopt.instance.load import Problem


@dataclass(frozen=True)
class DesignPower:
    """The linear model's powers at a design."""

    site_W: NDArray[np.float64]      # per site: SitePower_W (base static + dynamic share + leakage)
    instance_site_W: NDArray[np.float64]   # per site: base static + its own instance's dynamic power + leakage
    leak_W: NDArray[np.float64]      # per site: LeakW
    static_W: float                  # Static_W
    dynamic_W: float                 # Dynamic_W


def design_power(tables: Tables, thermal: ThermalBound, choice: Choice) -> DesignPower:
    """The model's powers at a design, from the model's own expressions and rows (families.py)
    written for the design through flow_lp.FixedLayout with its flows: SitePower_W, Static_W and
    Dynamic_W at the least solution of the Leakage rows. Those read X_occ >= a + B X_occ + C base
    over the occupied sites (a, B, C from the chord and the mean-temperature rows), so
    X = (I - B)^-1 (a + C base): the chord's fixed point of leakage and temperature (I - B is an
    M-matrix for any physical package, so it is unique and >= 0). instance_site_W is the site
    power with each chiplet's own instance's dynamic power (instance_dynamic_W) instead of its
    pool's mean: the power the Thermal rows bound (HotSitePower_W >= it at every site)."""
    view = FixedLayout(tables, thermal, choice.placed, choice.counts, flows=choice.flows)
    rows = [row for _, row in rows_in(families.BY_NAME["Leakage"], view)]
    X = np.linalg.solve(RowSet(rows).dense(len(view.cols)), np.array([r.lower for r in rows])) if rows else np.zeros(0)

    def value(e: Any) -> float:
        lin = LinExpr.of(e)
        return lin.const + float(sum(v * X[k] for k, v in lin.terms.items()))
    leak = np.array([value(view.LeakW(j)) for j in view.sites])
    site = np.array([value(view.SitePower_W(j)) for j in view.sites])
    share = np.array([value(view.DynShare(j, c, r)) if c is not None and r is not None else 0.0
                      for j, c, r in zip(view.sites, view.chip_at, view.role_at, strict=True)])
    return DesignPower(site_W=site, instance_site_W=site - share + instance_dynamic_W(tables, choice), leak_W=leak,
                       static_W=value(families.static_W(view, float(leak.sum()))),
                       dynamic_W=value(families.dynamic_W(view)))


def instance_dynamic_W(tables: Tables, choice: Choice) -> NDArray[np.float64]:
    """Per site: the dynamic power of its chiplet as its own instance draws it, p_o = (e_o f_o /
    n_o + w_o) / (tp pp) for an instance of point o (to_design's equal split of o's flow f_o over
    its n_o instances; Tables.dynamic_terms); 0 where empty."""
    cols = tables.problem.instance.package.grid_cols
    out = np.zeros(tables.problem.instance.package.grid_rows * cols)
    for o, sites in placed_instances(tables, choice):
        per_chiplet_W = tables.dynamic_per_chiplet_W(o, choice.flows.get(o, 0.0) / choice.counts[o])
        for r, c in sites:
            out[r * cols + c] = per_chiplet_W
    return out


def site_power_W(tables: Tables, thermal: ThermalBound, choice: Choice) -> NDArray[np.float64]:
    """Per site: base static + dynamic share + leakage at the model's temperatures."""
    return design_power(tables, thermal, choice).site_W


def decode_wait_scales(tables: Tables, choice: Choice, queues: Mapping[str, DecodeSlots] | None = None
                       ) -> dict[str, tuple[float, float]]:
    """Per decode point of the design: (the factor on its slot wait, its arrival stream's
    squared coefficient of variation c_a^2) for the design's own arrival stream
    (decode_slots.DecodeSlots.tpot_cdf: the wait, and the occupancy law sharpened by c_a^2); the
    MILP's caps use (1, 1), Poisson arrivals.

    - Two-moment scaling (Whitt's QNA, 1983; Allen-Cunneen for G/G/c): mean wait ~ (c_a^2 + c_h^2)
      / 2 times the Poisson-arrival wait, applied to the wait of the requests that wait (the
      heavy-traffic form: the share that waits is the chain's), c_h^2 the squared coefficient of variation of the holding
      time (the output lengths'), c_a^2 the arrivals' variability over the window that matters
      (stream_variability: a decode instance's occupancy counts the arrivals of one holding
      time, so a prefill's smooth departures count only up to its relaxation time); the
      streams merge flow-weighted and split at random to the decode instances
      (c^2 = p c_m^2 + 1 - p). Capped at 1.
    - Exact zero: a single prefill instance at batch 1 sends requests at least g apart (its last
      stage's shortest time); a decode instance whose b slots outlast ceil(H / g) holds, H the
      longest holding time, never makes a request wait."""
    L = tables.problem.lengths
    steps = np.maximum(L.output_tokens.astype(float) - 1.0, 0.0)
    m1 = float(np.dot(L.probability, steps))
    c_h2 = float(np.dot(L.probability, steps ** 2)) / m1 ** 2 - 1.0 if m1 > 0 else 0.0
    # the rate through prefill and decode instances (combined instances keep their requests)
    rate = choice.rate_req_per_s - sum(f for o, f in choice.flows.items() if tables.points[o].role == "combined")
    pre = [(o, n) for o, n in choice.counts.items() if tables.points[o].role == "prefill"]

    def merged_c2(window_s: float) -> float:
        """The prefill instances' departures merged (flow-weighted) over a window."""
        c_m2 = 0.0
        for o, n in pre:
            op = tables.points[o]
            q = op.prefill_queue
            es = float(np.dot(q.prob, q.service_s))
            c_s2 = float(np.dot(q.prob, q.service_s ** 2)) / es ** 2 - 1.0
            rho = choice.flows.get(o, 0.0) / (n * op.capacity_req_per_s)
            c_m2 += (choice.flows.get(o, 0.0) / rate) * stream_variability(
                rho, c_s2, op.capacity_req_per_s, window_s) if rate > 0 else 0.0
        return c_m2
    gap = 0.0
    if len(pre) == 1 and pre[0][1] == 1 and tables.points[pre[0][0]].batch == 1:
        op = tables.points[pre[0][0]]
        pq = op.prefill_queue
        gap = op.stage_time_ms[-1] / 1e3 * float(pq.service_s.min() / np.dot(pq.prob, pq.service_s))
    out = {}
    for o, n in choice.counts.items():
        op = tables.points[o]
        if op.role != "decode":
            continue
        share = choice.flows.get(o, 0.0) / n / rate if rate > 0 else 0.0
        dq = queues[o] if queues is not None and o in queues else op.decode_queue
        mean_hold = dq.kv_s + m1 * float(dq.period_s[-1])    # at full slots: the longest mean holding
        c_a2 = share * merged_c2(mean_hold) + 1.0 - share
        hold = float(steps.max()) * float(dq.period_s[-1]) + dq.kv_s
        variability = min(1.0, max(c_a2, MIN_VARIABILITY))
        if gap > 0 and op.batch >= math.ceil(hold / gap):
            out[o] = (0.0, variability)
        else:
            out[o] = (min(1.0, (c_a2 + c_h2) / 2.0), variability)
    return out


def stream_variability(rho: float, c_s2: float, service_rate: float, window_s: float) -> float:
    """The variability (index of dispersion of counts) of a single-server queue's departures,
    Poisson arrivals at utilisation rho, service SCV c_s2, saturation rate service_rate
    (requests/s), counted over a window of window_s.

    Over a short window it is QNA's interval value c_d^2 = rho^2 c_s^2 + (1 - rho^2) (Whitt
    1983); over a long one it returns to the arrivals' 1: the count of departures differs from
    the count of arrivals by the change of the queue's content, which is bounded, so
    Var N_d(T) = lambda T - O(1) and the deficit is spent within the queue's relaxation time
    tau = 1 / (mu (1 - sqrt(rho))^2) (Morse 1955). Between the two limits,
    1 - (1 - c_d^2) tau / (tau + T): the simplest form with both limits and the 1/T decay.
    Measured on GPT3-13B Reason at 4 req/s (one batch-1 prefill at rho 0.48, tau 1.3 s) with
    the evaluator's arrival times: 0.84 at T = 1 s, 0.94 at 3.4 s (this form: 0.87, 0.94);
    QNA's interval value, 0.77, was what the decode wait used before (15 % low TPOT p90)."""
    c_d2 = rho ** 2 * c_s2 + 1.0 - rho ** 2
    if not 0.0 < rho < 1.0 or service_rate <= 0.0:
        return c_d2
    tau = 1.0 / (service_rate * (1.0 - math.sqrt(rho)) ** 2)
    return 1.0 - (1.0 - c_d2) * tau / (tau + max(window_s, 0.0))


MIN_VARIABILITY = 0.05   # floor on c_a^2 for the occupancy sharpening (keeps pi^(1/v) finite)


def design_kv_s(tables: Tables, choice: Choice, decode_point: str) -> float:
    """The P->D KV transfer time of a request into a decode instance of this design, over the
    design's own routes (costmodel.routes, the evaluator's rule): each prefill stage sends the
    layers each decode stage holds, split over the TP ranks, routed XY; the busiest link carries
    its share of the KV bytes, plus the longest route's hop latencies. The slowest pair of a
    prefill instance and an instance of this decode point counts (and, with dp attention, the
    slowest decode rank: a request's KV goes to its one rank per stage). The tables' time (the whole
    message on one link over the grid's longest route: no link carries more) bounds it from
    above and is what the MILP's caps use."""
    pkg = tables.problem.instance.package
    placed = placed_instances(tables, choice)

    def stages(o: str, sites: tuple[Site, ...]) -> list[list[Site]]:
        tp, pp = tables.classes[tables.points[o].cls].tp, tables.classes[tables.points[o].cls].pp
        return [list(sites[s * tp:(s + 1) * tp]) for s in range(pp)]
    worst = 0.0
    d_cls = tables.classes[tables.points[decode_point].cls]
    d_ranks = range(d_cls.tp) if d_cls.dpa else [None]   # dp attention: into one rank (the slowest)
    for od, sd in (x for x in placed if x[0] == decode_point):
        for op, sp in (x for x in placed if tables.points[x[0]].role == "prefill"):
            for rank in d_ranks:
                share, hops = routes.busiest_link(routes.kv_transfer_flows(
                    tables.points[op].layers_per_stage, stages(op, sp), tables.points[od].layers_per_stage,
                    stages(od, sd), rank))
                t = comm.point_to_point_time_s(tables.kv_bytes_per_req * share, pkg.link_bandwidth_GBps * 1e9,
                                               pkg.link_latency_ns * 1e-9, hops)
                worst = max(worst, float(t))
    return worst


def placed_instances(tables: Tables, choice: Choice) -> list[tuple[str, tuple[Site, ...]]]:
    """(operating point, its tile's sites, stage-major) per instance of the design: points in
    key order take their class's placed tiles in sorted order (to_design's instances)."""
    tiles_by_cls: dict[str, list[int]] = {}
    for ck, g in sorted(choice.placed):
        tiles_by_cls.setdefault(ck, []).append(g)
    out = []
    for o in sorted(choice.counts):
        cls = tables.classes[tables.points[o].cls]
        for _ in range(choice.counts[o]):
            out.append((o, cls.tiles[tiles_by_cls[cls.key].pop(0)].sites))
    return out


# The prediction's DRAM temperature may lie this far below the evaluator's (the stated peak
# temperature bound, formulations/lamoopt_milp.md section 8): the refresh step is read this much hotter.
DRAM_TEMPERATURE_MARGIN_K = STATED_BOUNDS["peak_temperature_C"].high


def design_decode_queue(tables: Tables, choice: Choice, decode_point: str,
                        site_dram_C: Sequence[float | None] | None = None) -> DecodeSlots:
    """The slot chain of a decode point as this design runs it: with the design's KV transfer
    time (design_kv_s) and, given the model's solved DRAM temperature per site, the DRAM
    bandwidth at the hottest DRAM of the point's instances plus DRAM_TEMPERATURE_MARGIN_K
    (refresh derating, configs.chip_at_dram_temperature) instead of at the DRAM limit.

    Why: the tables cost every stage at the limit's bandwidth (refresh doubled above 85 C: 4.7 %
    slower bandwidth-bound operators), a safe bound for the caps; but near full slots the TPOT
    quantile is dominated by the slot wait, which grows like 1/(1 - rho), so a 4.7 % slower
    service is amplified (Mixtral-8x7B Reason 4 req/s at 93 % slot occupancy: TPOT p90 predicted
    5.40 ms at the limit, 4.00 ms at the solved 60.5 C, evaluated 4.13 ms). The refresh law is a
    step function of temperature, so the prediction is exact in it unless the evaluator's DRAM
    is more than the margin hotter than the model's (outside the stated temperature bound)."""
    op = tables.points[decode_point]
    kv_s = design_kv_s(tables, choice, decode_point)
    queue = op.decode_queue
    if site_dram_C is not None:
        cls = tables.classes[op.cls]
        cols = tables.problem.instance.package.grid_cols
        temps = [site_dram_C[r * cols + c] for ck, g in choice.placed if ck == op.cls
                 for r, c in cls.tiles[g].sites]
        known = [float(t) for t in temps if t is not None and math.isfinite(t)]
        chip = tables.chips[op.chip]
        if known and len(known) == len(temps):
            hot = chip_at_dram_temperature(chip, max(known) + DRAM_TEMPERATURE_MARGIN_K)
            if hot.bandwidth_Bps > chip.bandwidth_Bps:
                cost = decode_micro_batch_cost(tables.problem, hot, cls)
                queue = decode_slots_of(tables.problem, cls, op.batch, op.layers_per_stage, cost,
                                        tables.kv_transfer_ms, tables.decode_steps_per_req)
    return dataclasses.replace(queue, kv_s=kv_s)


def latency_quantile_s(tables: Tables, choice: Choice, role: str, pct: float,
                       site_dram_C: Sequence[float | None] | None = None) -> float:
    """The p-quantile of TTFT (prefill) or TPOT (decode) over all requests: each instance's
    queue-model law at its own load (decode: as the design runs it, design_decode_queue: its KV
    transfer time and, given the sites' DRAM temperatures, its DRAM bandwidth there; combined
    instances: their TTFT model and TPOT bound, combined_queue.py), mixed by the instances' flows."""
    queues = {o: design_decode_queue(tables, choice, o, site_dram_C) for o in choice.counts
              if tables.points[o].role == "decode" and role == "decode"}
    scales = decode_wait_scales(tables, choice, queues) if role == "decode" else {}
    parts, lo, hi = [], math.inf, 0.0
    for o, n in choice.counts.items():
        op = tables.points[o]
        flow = choice.flows.get(o, 0.0)
        if not op.serves(role) or flow <= 0:
            continue
        lam = flow / n
        if op.role == "combined":
            F, a, b = (op.combined_queue.ttft_cdf if role == "prefill" else op.combined_queue.tpot_cdf)(lam)
        elif role == "prefill":
            F, a, b = op.prefill_queue.ttft_cdf(lam)
        else:
            F, a, b = queues[o].tpot_cdf(lam, *scales[o])
        parts.append((flow, F))
        lo, hi = min(lo, a), max(hi, b)
    if not parts:
        return 0.0
    total = sum(w for w, _ in parts)
    return cdf_quantile(lambda x: sum(w * F(x) for w, F in parts) / total, lo, hi, pct)


def predict(tables: Tables, thermal: ThermalBound, choice: Choice, latencies: bool = True) -> dict[str, Any]:
    """Every metric of the linear model at the choice (names as in the solution's `predicted`).
    Latencies are the queue models' quantiles over all requests at each instance's own load
    (latency_quantile_s); for the min-latency objective's level points, the largest level
    latency of the points used (what the MILP's objective minimises). `latencies=False` skips
    the queue models (NaN): for callers that rank many candidates by another objective."""
    prob = tables.problem
    chips, _ = site_chips(tables, choice)
    specs = {c.name: c for c in prob.chiplets}
    cost = package_cost_usd(prob, [c for c in chips if c is not None])
    area = sum(specs[c].area_mm2 for c in chips if c is not None)
    peak = sum(specs[c].power.peak_W for c in chips if c is not None)
    pw = design_power(tables, thermal, choice)
    static, dynamic = pw.static_W, pw.dynamic_W
    power = static + dynamic
    thr = tables.tokens_per_req * choice.rate_req_per_s
    temps = thermal.temperatures_C(chips, pw.instance_site_W)   # each site at its own instance's power
    pct = prob.instance.workload.targets.percentile
    util = {o: (choice.flows.get(o, 0.0) / (n * tables.points[o].capacity_req_per_s) if n else 0.0)
            for o, n in choice.counts.items()}
    if any(tables.points[o].level is not None for o in choice.counts):
        ttft, tpot = (max([tables.points[o].latency_ms for o in choice.counts if tables.points[o].role == role],
                          default=0.0) for role in ("prefill", "decode"))
    elif latencies:
        ttft, tpot = (1e3 * latency_quantile_s(tables, choice, role, pct, list(temps["dram"]))
                      for role in ("prefill", "decode"))
    else:
        ttft = tpot = math.nan
    return {
        "throughput_tokens_per_s": thr,
        "throughput_req_per_s": choice.rate_req_per_s,
        "ttft_ms": ttft,
        "tpot_ms": tpot,
        "e2e_ms": ttft + tables.kv_transfer_ms + tables.decode_steps_per_req * tpot,
        "power_W": power,
        # how far the power lines may lie above the queue models' own curves at this design
        # (each line's largest excess, power_pieces.py): the linearisation's share of power_W
        "power_line_excess_W": float(sum(n * tables.points[o].power_excess_W for o, n in choice.counts.items())),
        "static_power_W": static,
        "dynamic_power_W": dynamic,
        "peak_temperature_C": float(np.nanmax(temps["logic"])) if np.isfinite(temps["logic"]).any() else None,
        "peak_dram_temperature_C": float(np.nanmax(temps["dram"])) if np.isfinite(temps["dram"]).any() else None,
        "tokens_per_s_per_W": thr / power if power > 0 else None,
        "design_peak_power_W": peak,
        "tokens_per_s_per_design_peak_W": thr / peak if peak > 0 else None,
        "energy_per_token_J": power / thr if thr > 0 else None,
        "cost_usd": cost,
        "tokens_per_s_per_usd": thr / cost if cost > 0 else None,
        "chiplet_area_mm2": area,
        "utilisation": util,
        "site_temperature_C": [None if np.isnan(x) else float(x) for x in temps["logic"]],
        "site_dram_temperature_C": [None if np.isnan(x) else float(x) for x in temps["dram"]],
    }


def package_cost_usd(prob: Problem, chips: list[str]) -> float:
    """The chiplet cost of one package (the MILP's Cost_usd): the units placed plus, for every
    type used, its NRE over the production volume."""
    return economics.package_cost_usd({c.name: c for c in prob.chiplets},
                                      prob.instance.package.production_volume_packages, chips)


def package_limits_met(prob: Problem, chips: list[str]) -> bool:
    """The MILP's AreaLimit, CostLimit, MaxCount and TypeLimit rows for a fixed list of chiplets
    (one entry per chiplet): the enumerator's check of a candidate's counts."""
    pkg = prob.instance.package
    specs = {c.name: c for c in prob.chiplets}
    tol = 1e-9
    if pkg.area_limit_mm2 is not None and sum(specs[c].area_mm2 for c in chips) > pkg.area_limit_mm2 + tol:
        return False
    if pkg.cost_limit_usd is not None and package_cost_usd(prob, chips) > pkg.cost_limit_usd + tol:
        return False
    for c in set(chips):
        cap = specs[c].max_count
        if cap is not None and chips.count(c) > cap:
            return False
    return pkg.max_chiplet_types is None or len(set(chips)) <= pkg.max_chiplet_types


def objective_value(tables: Tables, predicted: Mapping[str, Any]) -> float | None:
    """The objective of the instance's kind, rate and power accounting on predicted (or
    evaluated) metrics; None where the metric is undefined (e.g. tokens/s/W of a design that
    draws no power)."""
    return ObjectiveSense.of(tables.problem.instance).value(predicted)


def to_design(tables: Tables, choice: Choice) -> Design:
    """Instances in a deterministic order: ops sorted by key take their class's placed tiles in
    sorted order; an op's flow is split equally over its instances."""
    pkg = tables.problem.instance.package
    instances, counters = [], {"prefill": 0, "decode": 0, "combined": 0}
    for o, sites in placed_instances(tables, choice):
        op = tables.points[o]
        cls = tables.classes[op.cls]
        k = counters[op.role]
        counters[op.role] += 1
        instances.append(ServingInstance(
            id=f"{op.role}-{k}", role=op.role, chiplet=op.chip, tp=cls.tp, pp=cls.pp, ep=cls.ep,
            attention="dp" if cls.dpa else "tp", batch=op.batch,
            chunk_tokens=op.chunk_tokens, layers_per_stage=list(op.layers_per_stage), sites=[list(s) for s in sites],
            rate_req_per_s=choice.flows.get(o, 0.0) / choice.counts[o]))
    return Design(instances=instances, grid_rows=pkg.grid_rows, grid_cols=pkg.grid_cols)
