"""The HiGHS driver: our own status enum and a solver report (PyPSA/linopy style).

Notes: a gap-limited solve reports "optimal", so the gap is
recomputed from incumbent and bound; the thread count is process-global in HiGHS, so every
solve passes the same `threads`; integer values come back as floats and are rounded by the
caller.
"""

from __future__ import annotations

import enum
import math
import time
from dataclasses import dataclass
from typing import Any, TextIO

import numpy as np
import pyomo.environ as pyo
from pyomo.contrib.solver.common.results import SolutionStatus, TerminationCondition
from pyomo.contrib.solver.solvers.highs import Highs


# (str, Enum), not StrEnum: StrEnum would change str()/format() of a status
class Status(str, enum.Enum):  # noqa: UP042
    OPTIMAL = "optimal"
    TIME_LIMIT = "time_limit"
    INFEASIBLE = "infeasible"
    ERROR = "error"


@dataclass
class SolverReport:
    status: Status
    objective: float | None
    bound: float | None
    gap: float | None
    nodes: int | None
    solve_time_s: float
    termination: str
    has_solution: bool


# Pyomo ships no type information, so its Highs interface is Any to mypy: subclassing it is
# unavoidable here (the MIP start hooks into its _solve).
class StartedHighs(Highs):  # type: ignore[misc]
    """Pyomo's persistent HiGHS interface plus a MIP start: `remember_start(m)` records the
    model's current variable values, and the next solve hands them to HiGHS (setSolution) just
    before it runs, after pyomo has pushed its model updates (which would discard a start set
    earlier). HiGHS checks the start and, when feasible, begins with it as incumbent."""

    def __init__(self, **kwds: Any) -> None:
        super().__init__(**kwds)
        self._start: list[tuple[object, float]] = []

    def remember_start(self, m: pyo.ConcreteModel) -> None:
        self._start = [(v, float(v.value)) for v in m.component_data_objects(pyo.Var, active=True)
                       if v.value is not None]

    def _solve(self) -> Any:
        cols = self._pyomo_var_to_solver_var_map
        start = [(cols[id(v)], x) for v, x in self._start if id(v) in cols]
        if start:
            idx, val = zip(*start, strict=True)
            self._solver_model.setSolution(len(idx), np.array(idx, dtype=np.int32), np.array(val, dtype=np.float64))
        self._start = []
        return super()._solve()


def relative_gap(obj: float | None, bound: float | None) -> float | None:
    if obj is None or bound is None or not math.isfinite(bound):
        return None
    return abs(bound - obj) / max(abs(obj), 1e-9)


def solve_model(m: pyo.ConcreteModel, time_limit_s: float, mip_gap: float, threads: int, seed: int,
                abs_gap: float | None = None, solver: StartedHighs | None = None,
                options: dict[str, Any] | None = None, log: TextIO | None = None) -> SolverReport:
    """Solve with HiGHS; load the solution only when one exists. options: more HiGHS options;
    log: a stream that receives HiGHS's log while it runs (live progress)."""
    solver = solver or StartedHighs()
    opts: dict[str, Any] = {"random_seed": int(seed), "mip_rel_gap": float(mip_gap), **(options or {})}
    if abs_gap is not None:
        opts["mip_abs_gap"] = float(abs_gap)
    t0 = time.perf_counter()
    try:
        res = solver.solve(m, tee=log if log is not None else False, threads=int(threads), time_limit=float(max(time_limit_s, 0.01)),
                           rel_gap=float(mip_gap), solver_options=opts,
                           raise_exception_on_nonoptimal_result=False, load_solutions=False)
    except Exception as exc:  # the solver interface raises on internal failures
        return SolverReport(Status.ERROR, None, None, None, None, time.perf_counter() - t0,
                            f"{exc.__class__.__name__}: {exc}", False)
    elapsed = time.perf_counter() - t0
    tc = res.termination_condition
    has_sol = res.solution_status in (SolutionStatus.optimal, SolutionStatus.feasible)
    if has_sol:
        res.solution_loader.load_vars()
    obj = res.incumbent_objective if has_sol else None
    bound = res.objective_bound
    bound = None if bound is None or not math.isfinite(bound) else float(bound)
    nodes = getattr(res.extra_info, "mip_node_count", None)
    if tc == TerminationCondition.convergenceCriteriaSatisfied and has_sol:
        status = Status.OPTIMAL
    elif tc in (TerminationCondition.provenInfeasible, TerminationCondition.locallyInfeasible,
                TerminationCondition.infeasibleOrUnbounded):
        status = Status.INFEASIBLE
    elif tc in (TerminationCondition.maxTimeLimit, TerminationCondition.iterationLimit,
                TerminationCondition.interrupted):
        status = Status.TIME_LIMIT
    else:
        status = Status.ERROR
    return SolverReport(status, obj, bound, relative_gap(obj, bound), nodes, elapsed, str(tc.name), has_sol)
