"""The detailed evaluation of a design: serving simulation with operator-level timing, activity
power, and the package's conduction solve with leakage(T) and refresh(T) iterated to a fixed
point; the refresh overhead feeds back into the DRAM bandwidth the timing uses (outer loop).

Imports nothing from lamoopt.formulation or lamoopt.solve: it must be able to catch their
mistakes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from lamoopt.costmodel.economics import package_cost_usd
from lamoopt.costmodel.temperature import usable_bandwidth_factor
from lamoopt.design import Design
from lamoopt.evaluate.checks import Check, CheckKind
from lamoopt.evaluate.power import activity_power, static_power_at
from lamoopt.evaluate.serving import simulate
from lamoopt.evaluate.timing import InstanceTimer
from lamoopt.instance.errors import InputError
from lamoopt.instance.load import Problem

MAX_OUTER_ITERATIONS = 4       # serving <-> thermal (refresh-derated bandwidth) rounds
BANDWIDTH_FACTOR_TOL = 1e-4    # stop when no chiplet's bandwidth factor moves more than this


@dataclass
class Evaluation:
    evaluated: dict
    constraints: list[Check]
    per_site: list[dict]
    outer_iterations: int
    thermal_iterations: int
    thermal: object | None = field(default=None, repr=False)
    geometry: object | None = field(default=None, repr=False)
    site_power_W: dict = field(default_factory=dict, repr=False)   # site -> (logic_W, dram_W), converged
    power_by_chiplet_W: dict = field(default_factory=dict)
    """{chiplet type: {chiplets, static_W, compute_W, dram_W, d2d_W, total_W}}: the measured power
    of every chiplet of a type, static (at the solved temperatures) and dynamic by kind."""

    @property
    def passed(self) -> bool:
        return all(c.met for c in self.constraints)

    def to_dict(self) -> dict:
        return {"evaluated": self.evaluated, "constraints": [c.as_dict() for c in self.constraints], "per_site": self.per_site,
                "outer_iterations": self.outer_iterations, "thermal_iterations": self.thermal_iterations,
                "power_by_chiplet_W": self.power_by_chiplet_W, "passed": self.passed}


def check_design(problem: Problem, design: Design, source: str = "design") -> None:
    """The design must use the instance's chiplets, roles, grid and model."""
    names = {c.name: c for c in problem.chiplets}
    pkg = problem.instance.package
    problems = []
    for k, inst in enumerate(design.instances):
        where = f"design.instances[{k}]"
        if inst.chiplet not in names:
            problems.append((f"{where}.chiplet", inst.chiplet, f"one of the instance's chiplets {sorted(names)}"))
            continue
        roles = names[inst.chiplet].roles
        if not (inst.role in roles or (inst.role == "combined" and {"prefill", "decode"} <= set(roles))):
            problems.append((f"{where}.role", inst.role, f"a role of {inst.chiplet}: {roles} "
                             f"(combined needs both prefill and decode)"))
        if sum(inst.layers_per_stage) != problem.arch.num_layers:
            problems.append((f"{where}.layers_per_stage", inst.layers_per_stage,
                             f"stages summing to the model's {problem.arch.num_layers} layers"))
        if problem.arch.num_heads % inst.tp:
            problems.append((f"{where}.tp", inst.tp, f"a divisor of the {problem.arch.num_heads} attention heads"))
        a = problem.arch
        if inst.attention == "dp" and not (a.is_moe and a.num_experts % inst.tp == 0):
            problems.append((f"{where}.attention", inst.attention,
                             f"'tp' (data-parallel attention needs a mixture-of-experts model whose experts "
                             f"tp = {inst.tp} divides; {a.name} has {a.num_experts} experts)"))
        elif inst.ep > 1 and not (a.is_moe and a.num_experts % inst.ep == 0):
            problems.append((f"{where}.ep", inst.ep, f"1, or a divisor of the model's experts "
                             f"({a.name} has {a.num_experts})"))
    if design.grid_rows is not None and (design.grid_rows, design.grid_cols) != (pkg.grid_rows, pkg.grid_cols):
        problems.append(("design.grid_rows x grid_cols", f"{design.grid_rows}x{design.grid_cols}",
                         f"the instance's package grid {pkg.grid_rows}x{pkg.grid_cols}"))
    if problems:
        raise InputError(problems, source)


def design_rate_req_per_s(problem: Problem, design: Design) -> float:
    """The rate the design was sized for: the sum of its prefill and combined instances' rates
    (each request starts at one of them), or the workload's rate when the design sets none."""
    total = sum(i.rate_req_per_s for i in design.by_role("prefill") + design.by_role("combined"))
    return total if total > 0 else problem.rate_req_per_s


def at_rate(problem: Problem, rate: float, num_requests: int | None = None) -> Problem:
    wl = problem.instance.workload
    upd = {"arrival_rate_req_per_s": rate}
    if num_requests is not None:
        upd["num_requests"] = num_requests
    inst = problem.instance.model_copy(update={"workload": wl.model_copy(update=upd)})
    return Problem(inst, problem.arch, problem.lengths, problem.chiplets, problem.source)


def _timers(problem, design, factors: dict[str, np.ndarray | float]) -> dict[str, InstanceTimer]:
    return {i.id: InstanceTimer(problem, design, i, dram_bandwidth_factor=factors.get(i.id, 1.0))
            for i in design.instances}


def _layout(problem, design) -> dict[tuple[int, int], str | None]:
    pkg = problem.instance.package
    layout = {(r, c): None for r in range(pkg.grid_rows) for c in range(pkg.grid_cols)}
    for inst in design.instances:
        for r, c in inst.sites:
            layout[(r, c)] = inst.chiplet
    return layout


def evaluate_design(problem: Problem, design: Design, seed: int = 0, num_requests: int | None = None,
                    rate_req_per_s: float | None = None, progress: bool = False,
                    cells_per_site: int = 8) -> Evaluation:
    """Simulate, account power, solve the package thermals to a fixed point, repeat with the
    refresh-derated DRAM bandwidth until it settles; then check every constraint."""
    from lamoopt.thermal.geometry import geometry_from_problem
    from lamoopt.thermal.solver import build_thermal_model, solve_with_feedback
    check_design(problem, design)
    rate = rate_req_per_s or design_rate_req_per_s(problem, design)
    prob = at_rate(problem, rate, num_requests)
    specs = {c.name: c for c in problem.chiplets}
    on_grid = any(i.sites for i in design.instances)
    site_chip = {tuple(s): specs[i.chiplet] for i in design.instances for s in i.sites}
    factors: dict[str, np.ndarray | float] = {}
    thermal_model = geom = fb = None
    if on_grid:
        geom, stacks = geometry_from_problem(problem)
        thermal_model = build_thermal_model(geom, _layout(problem, design), stacks, cells_per_site=cells_per_site)
    outer, converged = 0, True
    for outer in range(1, MAX_OUTER_ITERATIONS + 1):
        timers = _timers(prob, design, factors)
        result = simulate(prob, design, timers, seed=seed, progress=progress)
        power = activity_power(prob, design, result, timers)
        if not on_grid:
            break
        fb = solve_with_feedback(thermal_model, power.site_dynamic_W,
                                 lambda s, tl, td: static_power_at(site_chip[s], tl, td))
        new = {}
        for inst in design.instances:
            spec = specs[inst.chiplet]
            new[inst.id] = np.array([float(usable_bandwidth_factor(fb.result.sites[tuple(s)].dram_peak_C,
                                                                   spec.thermal.dram_refresh_threshold_C))
                                     if np.isfinite(fb.result.sites[tuple(s)].dram_peak_C) else 1.0
                                     for s in inst.sites])
        moved = max(float(np.max(np.abs(new[k] - np.asarray(factors.get(k, 1.0))))) for k in new)
        factors = new
        if moved <= BANDWIDTH_FACTOR_TOL:
            break
        converged = outer < MAX_OUTER_ITERATIONS   # the last round still moved: not converged
    metrics = result.metrics(problem.instance.workload.targets)
    static_by_type: dict[str, float] = {}
    if on_grid:
        for site, v in fb.static_power_W.items():
            name = site_chip[site].name
            static_by_type[name] = static_by_type.get(name, 0.0) + sum(v)
        static_W = sum(sum(v) for v in fb.static_power_W.values())
        site_rows = [{"row": s[0], "col": s[1], "chiplet": t.chiplet, "logic_peak_C": t.logic_peak_C,
                      "logic_mean_C": t.logic_mean_C, "dram_peak_C": t.dram_peak_C, "dram_mean_C": t.dram_mean_C,
                      "dynamic_W": sum(power.site_dynamic_W.get(s, (0.0, 0.0))),
                      "static_W": sum(fb.static_power_W[s])} for s, t in sorted(fb.result.sites.items())]
        peak_logic = max(r["logic_peak_C"] for r in site_rows)
        dram = [r["dram_peak_C"] for r in site_rows if np.isfinite(r["dram_peak_C"])]
        peak_dram = max(dram) if dram else None
    else:
        ref = {i.chiplet: specs[i.chiplet].power.static_reference_C for i in design.instances}
        for i in design.instances:
            static_by_type[i.chiplet] = static_by_type.get(i.chiplet, 0.0) + i.tp * i.pp * sum(
                static_power_at(specs[i.chiplet], ref[i.chiplet], ref[i.chiplet]))
        static_W = sum(static_by_type.values())
        site_rows, peak_logic, peak_dram = [], None, None
    total_W = power.total_dynamic_W + static_W
    thr = metrics["throughput_tokens_per_s"]
    evaluated = {**metrics, "power_W": total_W, "static_power_W": static_W, "dynamic_power_W": power.total_dynamic_W,
                 "design_peak_power_W": power.design_peak_power_W,
                 "peak_temperature_C": peak_logic, "peak_dram_temperature_C": peak_dram,
                 "tokens_per_s_per_W": thr / total_W if total_W > 0 else None,
                 "tokens_per_s_per_design_peak_W": thr / power.design_peak_power_W,
                 "energy_per_token_J": total_W / thr if thr > 0 else None,
                 "offered_rate_req_per_s": result.offered_rate_req_per_s,
                 "requests_simulated": int(len(result.requests)),
                 "serving_thermal_converged": converged,
                 "measured_arrival_rate_req_per_s": _span_rate(result.requests["arrival_s"]),
                 "departure_rate_req_per_s": _span_rate(result.requests["finish_s"])}
    site_power = ({s: tuple(d + st for d, st in zip(power.site_dynamic_W.get(s, (0.0, 0.0)), fb.static_power_W[s]))
                   for s in fb.static_power_W} if fb else {})
    return Evaluation(evaluated, _constraints(problem, design, evaluated, site_rows, rate), site_rows, outer,
                      fb.iterations if fb else 0, fb.result if fb else None, geom, site_power,
                      _power_by_chiplet(design, static_by_type, power.dynamic_by_chiplet_W()))


def _power_by_chiplet(design: Design, static_W: dict[str, float], dynamic_W: dict[str, dict]) -> dict:
    """The per-type power breakdown (Evaluation.power_by_chiplet_W), types in design order."""
    out = {}
    for chip, roles in design.chiplet_counts().items():
        dyn = dynamic_W.get(chip, {"compute_W": 0.0, "dram_W": 0.0, "d2d_W": 0.0})
        row = {"chiplets": sum(roles.values()), "static_W": static_W.get(chip, 0.0), **dyn}
        row["total_W"] = row["static_W"] + sum(dyn.values())
        out[chip] = row
    return out


def _span_rate(times) -> float:
    """(n - 1) / (last - first): the rate of a stream of n events."""
    t = times.dropna().to_numpy()
    span = float(t.max() - t.min()) if len(t) > 1 else 0.0
    return (len(t) - 1) / span if span > 0 else float("nan")


def _constraints(problem: Problem, design: Design, ev: dict, sites: list[dict], rate: float) -> list[Check]:
    wl, pkg = problem.instance.workload, problem.instance.package
    specs = {c.name: c for c in problem.chiplets}
    pct = wl.targets.percentile

    def check(kind, name, value, limit, met=None, **extra) -> Check:
        ok = (value is not None and np.isfinite(value) and value <= limit + 1e-9) if met is None else met
        return Check(kind=kind, name=name, value=value, limit=limit, met=bool(ok), **extra)

    def latency_check(kind, value, ci, limit) -> Check:
        """A latency quantile breaks its target only when its 95 % interval lies above it
        (evaluate.statistics): a point estimate a hair above the target is not evidence of a
        violation. Without an interval the point estimate decides."""
        name = f"{kind.value}_p{pct:g}_ms"
        lo = ci[0] if ci and np.isfinite(ci[0]) else None
        if lo is None:
            return check(kind, name, value, limit)
        return check(kind, name, value, limit, met=bool(np.isfinite(value) and lo <= limit + 1e-9))

    out = [latency_check(CheckKind.TTFT, ev["ttft_ms"], ev.get("ttft_ci_ms"), wl.targets.ttft_ms)]
    if ev["requests_decoded"] > 0:   # TPOT exists only for requests with more than one output token
        out.append(latency_check(CheckKind.TPOT, ev["tpot_ms"], ev.get("tpot_ci_ms"), wl.targets.tpot_ms))
    out += [check(CheckKind.POWER, "power_W", ev["power_W"], pkg.power_budget_W),
            check(CheckKind.REQUESTS_COMPLETED, "requests_completed", ev["requests_completed"],
                  ev["requests_simulated"], met=ev["requests_completed"] == ev["requests_simulated"])]
    # sustained throughput (evaluate.statistics.keep_up_test): no significant growth of the
    # sojourn times over the run, at a 1 % false-alarm rate; a run too short to tell at this load
    # is inconclusive: reported, not counted as a violation
    ku = ev["keep_up"]
    out.append(check(CheckKind.BACKLOG, "backlog_trend_t", ku["t_statistic"], ku["critical"],
                     met=ku["kept_up"] is not False, inconclusive=ku["kept_up"] is None))
    out.append(check(CheckKind.THERMAL_CONVERGED, "serving_thermal_converged", float(ev["serving_thermal_converged"]),
                     1.0, met=ev["serving_thermal_converged"]))
    for r in sites:
        th, site = specs[r["chiplet"]].thermal, (r["row"], r["col"])
        out.append(check(CheckKind.LOGIC_TEMPERATURE, f"logic_C[{site[0]},{site[1]}]", r["logic_peak_C"],
                         th.logic_temp_limit_C, site=site))
        if np.isfinite(r["dram_peak_C"]):
            out.append(check(CheckKind.DRAM_TEMPERATURE, f"dram_C[{site[0]},{site[1]}]", r["dram_peak_C"],
                             th.dram_temp_limit_C, site=site))
    if pkg.area_limit_mm2 is not None:
        area = sum(specs[i.chiplet].area_mm2 * i.tp * i.pp for i in design.instances)
        out.append(check(CheckKind.AREA, "chiplet_area_mm2", area, pkg.area_limit_mm2))
    chips = [i.chiplet for i in design.instances for _ in range(i.tp * i.pp)]
    if pkg.cost_limit_usd is not None:   # cost is accounting, not physics: the model's own sum
        out.append(check(CheckKind.COST, "cost_usd", package_cost_usd(specs, pkg.production_volume_packages, chips),
                         pkg.cost_limit_usd))
    if pkg.max_chiplet_types is not None:
        out.append(check(CheckKind.CHIPLET_TYPES, "chiplet_types", float(len(set(chips))), pkg.max_chiplet_types))
    return out
