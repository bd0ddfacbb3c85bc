"""Exact solving over a growing set of instance classes (formulations/lamoopt_milp.md section 6).

The fluid relaxation (formulation/fluid.py) bounds, for every class q, the objective of any
design running an instance of q. `solve_by_class_bounds` solves the MILP over the classes whose
bound is near the best, then over every class whose bound beats the incumbent, and reports a
bound that covers the classes it left out. How a space is solved is the caller's: the CLI
builds a model of just those classes (solve.run.solve_milp), the what-if engine closes the other
classes' counts in its re-used model (whatif.engine).
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable

from lamoopt.formulation.build import ModelData
from lamoopt.formulation.class_bounds import BoundsStopped, LazyClassBounds
from lamoopt.formulation.configs import Tables
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.instance.load import Problem
from lamoopt.solve.dask_subsolves import sub_solves
from lamoopt.solve.highs import Status, relative_gap
from lamoopt.solve.outcome import Outcome, SolveOptions
from lamoopt.solve.progress import Interrupt
from lamoopt.solve.start import first_fit

RESTRICT_FRACTION = 0.01  # first solve over the classes whose fluid bound is within 1% of the best
SCREEN_GAP = 0.02         # that first solve only screens: its Dinkelbach stops within 2% of its optimum

# solve_space(space, incumbent (or a start: a design without an objective), stage options,
#             Dinkelbach start q, screening) -> Outcome
SpaceSolver = Callable[[set[str], Outcome | None, SolveOptions, float | None, bool], Outcome]


def restrict(tables: Tables, classes: set[str]) -> Tables:
    """The tables with only the given instance classes (and their operating points)."""
    return dataclasses.replace(tables, classes={k: c for k, c in tables.classes.items() if k in classes},
                               points={k: o for k, o in tables.points.items() if o.cls in classes})


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.6g}"


def first_space(bounds: LazyClassBounds, tables: Tables) -> set[str]:
    """The classes of the count master's best design (class_bounds.py), those whose bound is finite
    and within RESTRICT_FRACTION of the best, plus the best class of a role that would otherwise
    be missing; every viable class when none is finite."""
    near = near_best(bounds, RESTRICT_FRACTION)
    if near is None:
        return bounds.viable() or set(tables.classes)
    space = near | bounds.master_classes
    for role in ("prefill", "decode"):
        if not any(tables.classes[q].serves(role) for q in space):
            own = bounds.best({q for q in tables.classes if tables.classes[q].serves(role)})
            space |= {own} if own is not None else set()
    return space


def near_best(bounds: LazyClassBounds, fraction: float) -> set[str] | None:
    """The classes with a finite bound within `fraction` of the best class's own bound; None
    when no class has a finite bound."""
    top = bounds.best()
    if top is None:
        return None
    best = bounds.own(top)
    return {q for q in bounds.above(best - fraction * abs(best)) if math.isfinite(bounds.upper(q))}


def widened(bounds: LazyClassBounds, space: set[str], fraction: float) -> set[str]:
    """The space with every finite class within `fraction` of the best bound (all viable classes
    once fraction reaches 1 or no bound is finite)."""
    near = near_best(bounds, fraction) if fraction < 1.0 else None
    return space | (bounds.viable() if near is None else near)


def proven(out: Outcome, mip_gap: float) -> bool:
    """Whether a stage's own bound already proves its design within the user's gap (a screening
    stage that closed the gap before its node cap needs no exact stage over the same space)."""
    gap = relative_gap(out.objective, out.objective_bound)
    return out.status == Status.OPTIMAL and gap is not None and gap <= mip_gap


def solve_by_class_bounds(prob: Problem, opts: SolveOptions, tables: Tables, d: ModelData,
                          solve_space: SpaceSolver, t0: float | None = None, q0: float | None = None) -> Outcome:
    """Exact solve over a growing set of instance classes.

    Solve over the classes whose bound is near the best (screening: each MILP capped at
    SCREEN_OPTIONS' nodes, Dinkelbach tolerance SCREEN_GAP, from q0 if given); its design z is
    feasible for the full problem, and no design using a class whose bound is worse than z can
    beat it. If the screening closed the user's gap and no class left out has a bound above z,
    z is proven; otherwise solve over every class whose bound is at least z's objective, from z
    (Dinkelbach from its ratio, z as MIP start), to the user's gap; repeat while a class with a
    bound at least the new objective is still out. A
    space with no feasible design widens (x4 in the fraction) until it holds every class. The
    reported bound is max(min(last MILP bound, the space's best class bound), best class bound
    left out): valid for the whole problem whatever stage the time limit stops.

    tables must carry the problem's current limits (budget, rate, utilisation caps). t0: when
    the caller's preparation started (counted as build time)."""
    t0 = time.perf_counter() if t0 is None else t0
    deadline = t0 + opts.time_limit_s   # the time limit covers the preparation too

    def time_left() -> float:
        return 0.0 if Interrupt.requested else deadline - time.perf_counter()
    # the class bounds' sub-solves run where opts.executor says (dask_subsolves.py): the same
    # bounds either way
    with sub_solves(opts.executor, deadline) as remote:
        # a class whose LP is infeasible holds no design; one HiGHS could not decide scores +inf:
        # it stays in every exact stage (screening starts from the decided ones)
        bounds = LazyClassBounds(tables, d, opts.threads, remote, time_left)
        out = _stages(prob, opts, tables, bounds, solve_space, t0, deadline, q0)
        if remote is not None and opts.progress is not None:
            opts.progress.stage(f"class bounding ran {remote.tasks} sub-solve task(s) on {opts.executor}")
        return out


def _stages(prob: Problem, opts: SolveOptions, tables: Tables, bounds: LazyClassBounds, solve_space: SpaceSolver,
            t0: float, deadline: float, q0: float | None) -> Outcome:
    """solve_by_class_bounds' stages, over the class bounds `bounds`; ended early (time_limit,
    interrupted) with the bounds proven so far when they run out of time (BoundsStopped)."""
    sign = 1.0 if ObjectiveSense.of(prob.instance).maximised else -1.0
    out: Outcome | None = None
    incumbent: Outcome | None = None
    space: set[str] = set()
    build_s, solve_s, nodes, iters = 0.0, 0.0, 0, 0
    stopped = False   # the time limit or a Ctrl-C came while class bounds were still being solved
    try:
        bounds.check()
        master_ratio = bounds.root.master if bounds.root.master is not None else bounds.master.ratio_found
        if q0 is None and ObjectiveSense.of(prob.instance).dinkelbach and master_ratio is not None \
                and math.isfinite(master_ratio) and master_ratio > 0:
            # the count master's ratio (a bound of every design when proven, else its best design's):
            # Dinkelbach starts just below it (an untrusted start: any start converges, a close one
            # saves iterations)
            q0 = (1.0 - RESTRICT_FRACTION) * master_ratio
        # the count master's design placed first-fit: a MIP start for the first stage (start.py)
        placed = first_fit(tables, *bounds.master.design) if bounds.master.design is not None else None
        start = None if placed is None else Outcome(status=Status.TIME_LIMIT, method="start", build_time_s=0.0,
                                                    choice=placed)
        # no class in any fluid design: the instance is infeasible; the whole model says so
        space = first_space(bounds, tables)
        fraction, build_s = RESTRICT_FRACTION, time.perf_counter() - t0
        screening = True
        while True:
            stage = dataclasses.replace(opts, time_limit_s=max(deadline - time.perf_counter(), 0.01))
            s0 = time.perf_counter()
            if opts.progress is not None:
                opts.progress.stage(f"{'screening' if screening else 'exact'} stage over {len(space)} of "
                                    f"{len(tables.classes)} instance classes")
            out = solve_space(space, incumbent or start, stage, incumbent.objective if incumbent is not None else q0,
                              screening)
            if opts.progress is not None:
                opts.progress.stage(f"stage {out.status.value}: objective {_fmt(out.objective)}, bound "
                                    f"{_fmt(out.objective_bound)}")
            build_s += max(time.perf_counter() - s0 - out.solve_time_s, 0.0)
            solve_s, nodes, iters = solve_s + out.solve_time_s, nodes + out.nodes, iters + out.iterations
            # an incumbent is a design with an objective value (one without cannot be ranked)
            if out.choice is not None and out.objective is not None and (
                    incumbent is None or incumbent.objective is None
                    or sign * out.objective >= sign * incumbent.objective):
                incumbent = out
            if out.choice is None and out.status == Status.INFEASIBLE and time.perf_counter() < deadline \
                    and not bounds.viable() <= space:
                grown = space
                while grown == space:   # widen until the space really grows (the same space stays infeasible)
                    fraction *= 4.0
                    grown = widened(bounds, space, fraction)
                space = grown
                continue
            if Interrupt.requested and out.status == Status.OPTIMAL:
                out.status = Status.INTERRUPTED   # Ctrl-C between stages: the next one is not started
            if out.status != Status.OPTIMAL or incumbent is None or incumbent.objective is None:
                break
            # the classes left out that may beat the incumbent by more than the gap (count master,
            # class_bounds.beyond; the bound it proves for the rest enters the reported bound)
            score = sign * incumbent.objective
            better = bounds.beyond(space, score + opts.mip_gap * abs(score))
            if not better and (not screening or proven(out, opts.mip_gap)):
                break   # no class left out can beat the incumbent, and the space is solved to the gap
            space, screening = space | better, False
    except BoundsStopped:
        stopped = True
    if out is None:   # stopped before the first stage: no design, the bounds proven so far
        out = Outcome(status=Status.INFEASIBLE, method="milp", build_time_s=0.0)
    if stopped:
        out.status = Status.INTERRUPTED if Interrupt.requested else Status.TIME_LIMIT
        if opts.progress is not None:
            opts.progress.stage(f"{out.status.value} while solving class bounds: the bound covers what was proven")
        build_s = time.perf_counter() - t0 - solve_s
    final = incumbent or out
    final.size = {**out.size, "classes_solved": len(space), "classes": len(tables.classes), "class_lps": bounds.lps}
    if opts.progress is not None and bounds.undecided:
        opts.progress.stage(f"{bounds.undecided} class bound LP(s) undecided by HiGHS (also by interior point): "
                            f"those classes were kept")
    # the designs over `space` are bounded by the last MILP's bound and by the space's best class
    # bound (the tighter of the two counts); the class bounds cover every design running a class
    # left out
    inside = None
    if out.status != Status.INFEASIBLE and space:
        inside = sign * min(sign * b for b in (out.objective_bound, sign * max(bounds.upper(q) for q in space))
                            if b is not None)
    candidates = [b for b in [inside] + [sign * bounds.upper(q) for q in bounds.viable() - space] if b is not None]
    bound = (max(candidates) if sign > 0 else min(candidates)) if candidates else None
    final.objective_bound = bound if bound is None or not math.isinf(bound) else None
    final.mip_gap = relative_gap(final.objective, bound)
    final.status = out.status
    final.build_time_s, final.solve_time_s, final.nodes, final.iterations = build_s, solve_s, nodes, iters
    return final
