"""Designs chosen by the MILP: the 3.5D design itself (all of the instance's chiplet types) and
the homogeneous 3D-DRAM baselines (one chiplet type only, on the same grid with the same number
of sites). The homogeneous mappings come from the same MILP restricted to one type (the
instance with `chiplets` = [that type]), so they are as well chosen as the 3.5D design and the
comparison isolates what heterogeneity buys.
"""

from __future__ import annotations

from lamoopt.baselines.cluster import Baseline, problem_with_chiplets
from lamoopt.catalog.chiplets import BASELINE_DEVICES
from lamoopt.instance.load import Problem

MILP_KEY = "3.5D"


def chiplet_names(problem: Problem) -> list[str]:
    return [c.name for c in problem.chiplets]


def homogeneous_types(problem: Problem) -> list[str]:
    """The chiplet types that each make a homogeneous baseline: every interposer type of the
    instance (PC and DC for the paper's), none when the instance has only one."""
    names = [n for n in chiplet_names(problem) if n not in BASELINE_DEVICES]
    return names if len(names) > 1 else []


def restricted_problem(problem: Problem, name: str) -> Problem:
    """The instance with only chiplet type `name` (its own definition kept, inline or catalog)."""
    entries = problem.instance.model_dump(mode="json", exclude_none=True)["chiplets"]
    keep = [e for e in entries if (e if isinstance(e, str) else e["name"]) == name]
    return problem_with_chiplets(problem, keep)


def solver_notes(result) -> list[str]:
    """What the solve -> re-check loop reported, in one or two lines."""
    o = result.outcome
    gap = "n/a" if o.mip_gap is None else f"{o.mip_gap:.1e}"
    notes = [f"MILP status {o.status.value}, objective {o.objective if o.objective is None else format(o.objective, '.5g')}, "
             f"gap {gap}, solve {o.solve_time_s:.1f} s"]
    if result.design is not None:
        sized = sum(i.rate_req_per_s for i in result.design.by_role("prefill"))
        notes.append(f"sized by the MILP for {sized:.3g} req/s")
    if result.recheck is not None:
        notes.append("re-check passed" if result.recheck["passed"] else
                     "re-check: " + (result.recheck.get("verdict") or "a constraint is violated"))
    if o.message and result.design is None:
        notes.append(o.message)
    return notes


def solved_baseline(problem: Problem, key: str, label: str, overrides: dict | None = None,
                    recheck_requests: int | None = None) -> tuple[Baseline, object]:
    """Solve `problem` (solve -> re-check -> tighten loop) and wrap its design as a Baseline.
    Returns the Baseline and the orchestrator's result (for the solution fields)."""
    from lamoopt.orchestrate import solve_with_recheck
    from lamoopt.solve.run import SolveOptions
    opts = SolveOptions.from_problem(problem, **(overrides or {}))
    result = solve_with_recheck(problem, opts, num_requests=recheck_requests, seed=opts.seed)
    devices = sum(i.tp * i.pp for i in result.design.instances) if result.design is not None else 0
    status = "ok" if result.design is not None else result.outcome.status.value
    return Baseline(key, label, problem, result.design, devices, solver_notes(result), status), result


def milp_baseline(problem: Problem, overrides: dict | None = None, recheck_requests: int | None = None):
    """The optimal 3.5D design of the instance as it is."""
    label = f"3.5D {'+'.join(chiplet_names(problem))} (MILP optimum)"
    return solved_baseline(problem, MILP_KEY, label, overrides, recheck_requests)


SATURATED_KEY = "3.5D-sat"


def saturated_problem(problem: Problem) -> Problem | None:
    """The instance with its tokens/s/W judged at a saturated rate (capacity per watt) instead of
    the arrival rate: the design a "maximise efficiency" reading without a load would build.
    None when the instance's objective is not tokens/s/W at the arrival rate."""
    obj = problem.instance.objective
    if obj.kind != "max_tokens_per_s_per_W" or obj.rate != "arrival":
        return None
    inst = problem.instance.model_copy(update={"objective": obj.model_copy(update={"rate": "saturated"})})
    return Problem(inst, problem.arch, problem.lengths, problem.chiplets, problem.source)


def saturated_baseline(problem: Problem, overrides: dict | None = None, recheck_requests: int | None = None):
    """The 3.5D design of most tokens/s/W at its own capacity (objective.rate = saturated), to be
    offered the workload's rate like every other design."""
    return solved_baseline(saturated_problem(problem), SATURATED_KEY,
                           "3.5D sized for its capacity (max tokens/s/W at a saturated rate)", overrides,
                           recheck_requests)


def homogeneous_baseline(problem: Problem, name: str, overrides: dict | None = None,
                         recheck_requests: int | None = None):
    """The all-`name` design on the same grid, chosen by the MILP restricted to that type."""
    return solved_baseline(restricted_problem(problem, name), f"3D-{name}",
                           f"homogeneous 3D, all {name} (MILP optimum)", overrides, recheck_requests)
