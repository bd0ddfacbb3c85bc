"""Solving what-if points, re-using one built model wherever the changes are parameters.

A built model (tables, thermal bound, Pyomo model, persistent HiGHS solver) serves every
instance that differs from the one it was built for only in its *re-usable* fields:

| field                              | how the model follows it                                  |
|------------------------------------|-----------------------------------------------------------|
| package.power_budget_W             | mutable Param power_budget_W                              |
| workload.arrival_rate_req_per_s    | mutable Param rate_req_per_s (the design rate: the max)   |
| package.ambient_C                  | mutable Param ambient_C (thermal rows and their big-M)    |
| workload.targets.tpot_ms (tighter) | decode caps rho_cap recomputed (queueing), 0 -> Count<=0  |
| workload.targets.ttft_ms (tighter) | prefill caps rho_cap recomputed (queueing), 0 -> Count<=0 |

Everything else (grid, model, chiplets and their temperature limits, whose static power and
DRAM derating enter the tables, search space, objective) rebuilds the model: the point's `mode`
says "built". A target *looser* than the built one would need operating points the tables
dropped, so it rebuilds too; sweeps pass the loosest target as a build hint so the model is
built once. Each re-use pushes only the changed parameters and bounds into the same HiGHS
model (pyomo.contrib.solver's persistent interface). For tokens/s/W, Dinkelbach starts from
the ratio of the previous point on the same model (warm start of q): it then needs fewer
MILP solves and still stops only at a verified q (solve.run.solve_on_model).

A point that only *tightens* the last solved one (lower budget, higher ambient, tighter
targets, a higher rate where Rate >= lambda) and whose optimum is still feasible there needs no
solve: that design was optimal over a larger feasible set that contains the new one (mode
"inferred"; the previous dual bound stays valid). Sweeps order their points loose to tight to
make the most of it.

Objectives with a fluid relaxation are solved by class bounding (lamoopt.solve.staged) on the
re-used model: each stage closes the counts of the classes outside its space.

Results equal a cold solve (`lamoopt.solve.run.solve_milp` on the changed instance) within the
MIP gap; tests check it point by point.
"""

from __future__ import annotations

import dataclasses
import json
import time
from dataclasses import dataclass, field

import pyomo.environ as pyo

from lamoopt.formulation.build import ModelData, build_model
from lamoopt.formulation.configs import Tables
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.formulation.solution import objective_value, predict, to_design
from lamoopt.formulation.thermal_bound import ThermalBound
from lamoopt.instance.load import Problem
from lamoopt.solve.highs import StartedHighs, Status
from lamoopt.solve.outcome import Solvable
from lamoopt.solve.run import Outcome, SolveOptions, model_size, no_points_message, prepare, solve_on_model, solve_stage
from lamoopt.solve.staged import solve_by_class_bounds
from lamoopt.whatif.changes import BaseInstance, Changes

TARGET_PATHS = ("workload.targets.tpot_ms", "workload.targets.ttft_ms")
PARAM_PATHS = ("package.power_budget_W", "workload.arrival_rate_req_per_s", "package.ambient_C") + TARGET_PATHS
_KEY_DROPPED = (("name",), ("description",), ("solver",), ("package", "power_budget_W"),
                ("workload", "arrival_rate_req_per_s"), ("package", "ambient_C"),
                ("workload", "targets", "tpot_ms"))


def reusable(path: str, objective_kind: str) -> bool:
    """True when a change of `path` can re-use the built model (see the module table)."""
    if path == "workload.targets.ttft_ms":
        return objective_kind != "min_latency"   # its operating points are keyed by utilisation level
    return path in PARAM_PATHS


def structure_key(prob: Problem) -> str:
    """The instance without its re-usable fields: equal keys can share one built model."""
    data = prob.instance.model_dump(mode="json")
    dropped = _KEY_DROPPED + ((("workload", "targets", "ttft_ms"),)
                              if reusable("workload.targets.ttft_ms", prob.instance.objective.kind) else ())
    for keys in dropped:
        node = data
        for k in keys[:-1]:
            node = node[k]
        node.pop(keys[-1], None)
    return json.dumps(data, sort_keys=True)


def with_targets(prob: Problem, tpot_ms: float, ttft_ms: float) -> Problem:
    """The problem with other latency targets (same everything else)."""
    wl = prob.instance.workload
    targets = wl.targets.model_copy(update={"tpot_ms": tpot_ms, "ttft_ms": ttft_ms})
    inst = prob.instance.model_copy(update={"workload": wl.model_copy(update={"targets": targets})})
    return dataclasses.replace(prob, instance=inst)


# +1: a larger value shrinks the feasible set; -1: a smaller value does
TIGHTER = {"package.power_budget_W": -1, "package.ambient_C": +1, "workload.targets.tpot_ms": -1,
           "workload.targets.ttft_ms": -1, "workload.arrival_rate_req_per_s": +1}
FEASIBILITY_TOL = 1e-6   # relative violation accepted when re-checking a previous optimum


def parameters(prob: Problem) -> dict[str, float]:
    """The point's values of the re-usable fields (the rate: the design rate)."""
    t, pkg = prob.instance.workload.targets, prob.instance.package
    return {"package.power_budget_W": pkg.power_budget_W, "package.ambient_C": pkg.ambient_C,
            "workload.targets.tpot_ms": t.tpot_ms, "workload.targets.ttft_ms": t.ttft_ms,
            "workload.arrival_rate_req_per_s": prob.rate_req_per_s}


def tightens(old: dict[str, float], new: dict[str, float], fixed_rate: bool) -> bool:
    """Is every feasible design of `new` feasible for `old` (same structure key)? fixed_rate:
    the objective is judged at the arrival rate (ObjectiveSense.fixed_rate)."""
    for path, sign in TIGHTER.items():
        if path == "workload.arrival_rate_req_per_s" and fixed_rate:
            sign = 0   # Rate == lambda: any change moves the feasible set
        delta = new[path] - old[path]
        if delta != 0 and (sign == 0 or delta * sign < 0):
            return False
    return True


def first_violation(m: pyo.ConcreteModel) -> str | None:
    """Name of a constraint or Count bound the model's current values break (None: feasible)."""
    for c in m.component_data_objects(pyo.Constraint, active=True):
        body = pyo.value(c.body, exception=False)
        if body is None:
            return c.name
        for bound, sign in ((c.upper, 1.0), (c.lower, -1.0)):
            if bound is None:
                continue
            limit = pyo.value(bound)
            if sign * (body - limit) > FEASIBILITY_TOL * max(1.0, abs(limit)):
                return c.name
    for v in m.Count.values():
        if v.value is None or v.value > v.ub + FEASIBILITY_TOL:
            return v.name
    return None


@dataclass
class Reference:
    """The last solved point on a built model: its parameters and outcome (the model's
    variables hold its solution)."""

    params: dict
    outcome: Outcome


@dataclass
class Built:
    """One built model and what it was built for."""

    key: str
    tables: Tables
    thermal: ThermalBound
    data: ModelData | None
    model: pyo.ConcreteModel | None
    solver: object | None
    tpot_ms: float
    ttft_ms: float
    build_s: float
    size: dict = field(default_factory=dict)
    count_ub: dict = field(default_factory=dict)
    caps_cache: dict = field(default_factory=dict)   # (ttft, tpot) targets -> {point: rho_cap}
    last_ratio: float | None = None                   # Dinkelbach warm start
    reference: Reference | None = None                # for inferring tightened points

    def serves(self, prob: Problem) -> bool:
        """Can this model answer `prob` by parameters only?"""
        t = prob.instance.workload.targets
        return (structure_key(prob) == self.key and t.tpot_ms <= self.tpot_ms
                and (t.ttft_ms <= self.ttft_ms or not reusable("workload.targets.ttft_ms",
                                                               prob.instance.objective.kind)))


@dataclass
class Solved:
    """A solved point: the outcome (tables re-pointed at the point's problem) and how."""

    outcome: Outcome
    problem: Problem
    mode: str            # "built" (prepare + build), "reused" (parameters only) or "inferred" (no solve)
    time_s: float

    @property
    def design(self):
        o = self.outcome
        return to_design(o.tables, o.choice) if o.choice is not None else None


class Engine:
    """Solves changed instances of one base instance, re-using the built model when it can.

    `hints` maps target paths (workload.targets.tpot_ms / ttft_ms) to the loosest value the
    caller will ask for, so the first build covers every later point."""

    def __init__(self, base: BaseInstance, opts: SolveOptions, hints: Changes | None = None,
                 warm_start: bool = True, infer: bool = True):
        self.base, self.opts = base, opts
        self.hints = dict(hints or {})
        self.warm_start, self.infer = warm_start, infer
        self.built: Built | None = None
        self.builds = 0

    # ------------------------------------------------------------------ public
    def solve(self, changes: Changes | None = None) -> Solved:
        """Validate the changed instance and solve it (InputError on bad changes)."""
        return self.solve_problem(self.base.problem(changes))

    def solve_problem(self, prob: Problem) -> Solved:
        t0 = time.perf_counter()
        mode = "reused"
        if self.built is None or not self.built.serves(prob):
            self.built, mode = self._build(prob), "built"
        built = self.built
        if built.model is None:
            tables, thermal = self._views(built, prob)
            outcome = Outcome(status=Status.INFEASIBLE, method="milp", build_time_s=built.build_s,
                              tables=tables, thermal=thermal, message=no_points_message(built.tables))
            return Solved(outcome, prob, mode, time.perf_counter() - t0)
        self.set_parameters(built, prob)
        outcome = self._inferred(built, prob) if self.infer else None
        if outcome is not None:
            mode = "inferred"
        else:
            outcome = self._solve_built(built, prob)
        # the model's variables now hold this outcome's design only when it is optimal
        built.reference = Reference(parameters(prob), outcome) if outcome.status == Status.OPTIMAL else None
        if mode == "built":
            outcome.build_time_s = built.build_s
        return Solved(outcome, prob, mode, time.perf_counter() - t0)

    def _inferred(self, built: Built, prob: Problem) -> Outcome | None:
        """The previous optimum, when this point only tightens it and it is still feasible."""
        ref = built.reference
        if ref is None or not tightens(ref.params, parameters(prob), ObjectiveSense.of(prob.instance).fixed_rate):
            return None
        if first_violation(built.model) is not None:
            return None
        tables, thermal = self._views(built, prob)
        predicted = predict(tables, thermal, ref.outcome.choice)
        return dataclasses.replace(ref.outcome, tables=tables, thermal=thermal, predicted=predicted,
                                   objective=objective_value(tables, predicted), build_time_s=0.0,
                                   solve_time_s=0.0, nodes=0, iterations=0,
                                   message="optimal: the previous optimum is feasible under this tightening")

    # ------------------------------------------------------------------ building
    def _build_targets(self, prob: Problem) -> tuple[float, float]:
        t = prob.instance.workload.targets
        tpot = max(t.tpot_ms, float(self.hints.get("workload.targets.tpot_ms", 0.0)))
        ttft = t.ttft_ms
        if reusable("workload.targets.ttft_ms", prob.instance.objective.kind):
            ttft = max(ttft, float(self.hints.get("workload.targets.ttft_ms", 0.0)))
        return tpot, ttft

    def _build(self, prob: Problem) -> Built:
        t0 = time.perf_counter()
        tpot, ttft = self._build_targets(prob)
        tables, thermal, d = prepare(with_targets(prob, tpot, ttft))
        self.builds += 1
        if not all(any(p.serves(r) for p in tables.points.values()) for r in ("prefill", "decode")):
            return Built(structure_key(prob), tables, thermal, None, None, None, tpot, ttft,
                         time.perf_counter() - t0)
        m = build_model(d)
        ub = {o: m.Count[o].ub for o in m.POINTS}
        return Built(structure_key(prob), tables, thermal, d, m, StartedHighs(), tpot, ttft,
                     time.perf_counter() - t0, model_size(m), ub)

    # ------------------------------------------------------------------ parameters
    def _caps(self, built: Built, prob: Problem) -> dict[str, float]:
        """rho_cap of every point at the point's TTFT (prefill) and TPOT (decode) targets."""
        t = prob.instance.workload.targets
        key = (t.ttft_ms, t.tpot_ms)
        if key == (built.ttft_ms, built.tpot_ms):
            return {k: p.rho_cap for k, p in built.tables.points.items()}
        if key not in built.caps_cache:
            rho_max = prob.instance.search.max_utilisation
            built.caps_cache[key] = {
                k: p.cap_at_targets(t.ttft_ms, t.tpot_ms, t.percentile, rho_max)
                for k, p in built.tables.points.items()}
        return built.caps_cache[key]

    def set_parameters(self, built: Built, prob: Problem) -> None:
        """Push the point's budget, rate, ambient and targets into the built model."""
        m, pkg = built.model, prob.instance.package
        m.power_budget_W.set_value(pkg.power_budget_W)
        m.rate_req_per_s.set_value(prob.rate_req_per_s)
        m.ambient_C.set_value(pkg.ambient_C)
        caps = self._caps(built, prob)
        for o in m.POINTS:
            allowed = caps[o] > 0.0
            if allowed:   # a zero cap is written as Count <= 0 (HiGHS warns on zero coefficients)
                m.rho_cap[o].set_value(caps[o])
            m.Count[o].setub(built.count_ub[o] if allowed else 0)

    # ------------------------------------------------------------------ solving
    def _views(self, built: Built, prob: Problem) -> tuple[Tables, ThermalBound]:
        """Tables and thermal bound speaking for the point's problem (metrics, design, and the
        exact flow re-solve of solve.run.polish_flows): its budget, rate, ambient and the
        utilisation caps at its latency targets."""
        caps = self._caps(built, prob)
        points = {k: dataclasses.replace(p, rho_cap=caps[k]) for k, p in built.tables.points.items()}
        return (dataclasses.replace(built.tables, problem=prob, points=points),
                dataclasses.replace(built.thermal, ambient_C=prob.instance.package.ambient_C))

    def _solve_built(self, built: Built, prob: Problem) -> Outcome:
        """Solve the built model; for tokens/s/W, Dinkelbach starts from the previous point's
        optimum (any start converges; a close one saves iterations). Objectives with a fluid
        relaxation are solved by class bounding (solve.staged) on this same model: the classes
        outside a stage's space get Count <= 0, and the point's bounds come back afterwards."""
        tables, thermal = self._views(built, prob)
        q_start = built.last_ratio if (self.warm_start and built.last_ratio) else None
        m, sense = built.model, ObjectiveSense.of(prob.instance)
        if not sense.has_fluid_relaxation:
            out = solve_on_model(Solvable(prob, tables, thermal, built.data, m, built.solver), self.opts,
                                 size=built.size, q_start=q_start)
        else:
            point_ub = {o: m.Count[o].ub for o in m.POINTS}

            def on_built_model(space, incumbent, stage, q, screening):
                for o in m.POINTS:
                    m.Count[o].setub(point_ub[o] if tables.points[o].cls in space else 0)
                return solve_stage(Solvable(prob, tables, thermal, built.data, m, built.solver), stage, incumbent, q,
                                   screening, size=built.size)
            try:
                out = solve_by_class_bounds(prob, self.opts, tables, built.data, on_built_model, q0=q_start)
            finally:
                for o in m.POINTS:
                    m.Count[o].setub(point_ub[o])
            out.tables, out.thermal = tables, thermal
        if sense.dinkelbach and out.objective is not None:
            built.last_ratio = out.objective
        return out
