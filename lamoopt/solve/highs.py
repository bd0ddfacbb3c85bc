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

from lamoopt.solve.progress import Describe, Interrupt, MipSample, SolveProgress


# (str, Enum), not StrEnum: StrEnum would change str()/format() of a status
class Status(str, enum.Enum):  # noqa: UP042
    OPTIMAL = "optimal"
    TIME_LIMIT = "time_limit"
    INTERRUPTED = "interrupted"   # Ctrl-C: the incumbent and bound when HiGHS stopped
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
        # pyomo's set_instance re-runs __init__ (its _reinit) on the first solve of a model: what
        # was set before that solve (the start, the progress) must survive it
        keep = {k: self.__dict__[k] for k in ("_start", "progress", "describe") if k in self.__dict__}
        super().__init__(**kwds)
        self._start: list[tuple[object, float]] = keep.get("_start", [])
        self.progress: SolveProgress | None = keep.get("progress")
        self.describe: Describe | None = keep.get("describe")
        self._sample = MipSample()
        self._hooked: Any = None   # the highspy object our callback and run() are attached to

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
        h = self._solver_model
        if h is not self._hooked:   # pyomo makes a new highspy object per model it loads: hook it once
            h.cbMipInterrupt.subscribe(self._on_mip)
            h.run = lambda: self._run(h)   # pyomo calls run(): run in a thread we can interrupt
            self._hooked = h
        return super()._solve()

    def _on_mip(self, e: Any) -> None:
        """HiGHS's MIP interrupt callback: record its incumbent, bound and nodes; stop on Ctrl-C."""
        d = e.data_out
        self._sample = MipSample(primal=_finite(d.mip_primal_bound), dual=_finite(d.mip_dual_bound),
                                 nodes=int(d.mip_node_count))
        if Interrupt.requested:
            e.interrupt()

    def _run(self, h: Any) -> Any:
        """HiGHS in its own thread (highspy's startSolve) while this one waits, so that signal
        handlers run: progress lines every few seconds, and after a Ctrl-C (Interrupt.requested)
        the MIP callback stops HiGHS at its incumbent."""
        self._sample = MipSample()
        thread = h.startSolve()
        Interrupt.in_solver = True   # a second Ctrl-C must not unwind this thread while HiGHS runs
        try:
            while True:
                done, status = h.wait(POLL_S)   # a Ctrl-C handler (progress.Interrupt) runs meanwhile
                if done:
                    thread.join()
                    return status
                if self.progress is not None:
                    self.progress.tick(self._sample, self.describe)
        finally:
            Interrupt.in_solver = False


# HiGHS's own defaults of the options a solve may set (HiGHS 1.x options reference): restated on
# every solve so that one solve's setting (a screening node cap, a Dinkelbach absolute gap)
# never carries over to the next on a re-used solver
HIGHS_DEFAULTS: dict[str, Any] = {"mip_max_nodes": 2147483647, "mip_abs_gap": 1e-6}


POLL_S = 0.25   # how often the waiting thread wakes for progress lines and Ctrl-C


def _finite(x: float) -> float | None:
    return float(x) if math.isfinite(x) and abs(x) < 1e30 else None


def relative_gap(obj: float | None, bound: float | None) -> float | None:
    if obj is None or bound is None or not math.isfinite(bound):
        return None
    return abs(bound - obj) / max(abs(obj), 1e-9)


def solve_model(m: pyo.ConcreteModel, time_limit_s: float, mip_gap: float, threads: int, seed: int,
                abs_gap: float | None = None, solver: StartedHighs | None = None,
                options: dict[str, Any] | None = None, log: TextIO | None = None,
                progress: SolveProgress | None = None, describe: Describe | None = None) -> SolverReport:
    """Solve with HiGHS; load the solution only when one exists. options: more HiGHS options;
    log: a stream that receives HiGHS's log; progress: live lines while it runs, describe
    putting the MILP's incumbent and bound in the objective's units."""
    solver = solver or StartedHighs()
    solver.progress, solver.describe = progress, describe
    # a persistent HiGHS keeps every option it was given: each solve states all it may change
    opts: dict[str, Any] = {**HIGHS_DEFAULTS, "random_seed": int(seed), "mip_rel_gap": float(mip_gap),
                            **(options or {})}
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
    elif Interrupt.requested and tc in (TerminationCondition.interrupted, TerminationCondition.unknown):
        status = Status.INTERRUPTED   # pyomo 6.10 does not map HiGHS's kInterrupt: "unknown"
    elif tc in (TerminationCondition.maxTimeLimit, TerminationCondition.iterationLimit,
                TerminationCondition.interrupted):
        status = Status.TIME_LIMIT
    else:
        status = Status.ERROR
    return SolverReport(status, obj, bound, relative_gap(obj, bound), nodes, elapsed, str(tc.name), has_sol)
