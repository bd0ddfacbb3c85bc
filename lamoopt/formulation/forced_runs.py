"""One solve of a relaxation with a group's forcing row switched on (formulations/lamoopt_milp.md
section 6): the fluid LP's (fluid.py) and the count master's (count_master.py). The main
process and a Dask worker (subsolve_tasks.py) run these same functions, so the same model in
the same state gives the same answer on either."""

from __future__ import annotations

import highspy
import numpy as np

MasterResult = tuple[str, float]   # ('infeasible' | 'bound' | 'none', dual bound)


def lp_optimum(h: highspy.Highs, maximise: bool) -> tuple[float, bool]:
    """(value, decided): the LP's optimum; the worst value (-inf maximising, +inf minimising)
    when it is infeasible; the best value (+inf maximising) and decided False when HiGHS cannot
    decide (status unknown, unbounded, a limit), so that a class whose LP is undecided is kept,
    never pruned. An undecided LP is solved once more from scratch by the interior-point method
    first."""
    worst, best = (-np.inf, np.inf) if maximise else (np.inf, -np.inf)
    for method in ("choose", "ipm"):
        if method != "choose":
            h.clearSolver()
            h.setOptionValue("solver", method)
        h.run()
        status = h.getModelStatus()
        if method != "choose":
            h.setOptionValue("solver", "choose")
        if status == highspy.HighsModelStatus.kOptimal:
            return float(h.getInfo().objective_function_value), True
        if status == highspy.HighsModelStatus.kInfeasible:
            return worst, True
    return best, False


def forced_lp(h: highspy.Highs, row: int | None, maximise: bool) -> tuple[float, bool]:
    """lp_optimum with row (sum over the group's instances >= t) switched on for this solve
    (None: no row, the relaxation itself); h keeps its basis, the next solve's hot start."""
    if row is None:
        return lp_optimum(h, maximise)
    h.changeRowBounds(row, 0.0, np.inf)
    out = lp_optimum(h, maximise)
    h.changeRowBounds(row, -np.inf, np.inf)
    return out


def forced_mip(h: highspy.Highs, row: int | None) -> tuple[MasterResult, np.ndarray | None]:
    """The count master's MILP with row switched on (None: the whole relaxation): ('infeasible'
    | 'bound' | 'none', dual bound) and the solution found, if any."""
    if row is not None:
        h.changeRowBounds(row, 0.0, np.inf)
    h.run()
    status, bound = h.getModelStatus(), float(h.getInfo().mip_dual_bound)
    x = np.array(h.getSolution().col_value) if h.getInfo().primal_solution_status == 2 else None
    if row is not None:
        h.changeRowBounds(row, -np.inf, np.inf)   # (a model change clears the status and info)
    if status == highspy.HighsModelStatus.kInfeasible:
        return ("infeasible", 0.0), x
    if not np.isfinite(bound) or abs(bound) >= 1e30:
        return ("none", 0.0), x
    return ("bound", bound), x
