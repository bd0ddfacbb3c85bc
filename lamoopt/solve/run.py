"""Solving an instance: tables -> thermal bound -> model -> HiGHS (Dinkelbach for the ratio
objective) -> choice -> design and predicted metrics."""

from __future__ import annotations

import dataclasses
import math
import time
from collections import Counter

import pyomo.environ as pyo

from lamoopt.design import Design
from lamoopt.formulation.build import ModelData, build_model, model_data
from lamoopt.formulation.configs import Tables
from lamoopt.formulation.flow_lp import FlowLP
from lamoopt.formulation.layout import Choice
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.formulation.ratio import denominator_lower_bound, dinkelbach_start
from lamoopt.formulation.solution import objective_value, predict, to_design
from lamoopt.formulation.thermal_bound import ThermalBound
from lamoopt.formulation.tightening import Tightening
from lamoopt.instance.load import Problem
from lamoopt.solve.enumerate import solve_enumerate
from lamoopt.solve.highs import SolverReport, StartedHighs, Status, relative_gap, solve_model
from lamoopt.solve.outcome import Outcome, Solvable, SolveOptions, prepare
from lamoopt.solve.progress import Describe, Interrupt
from lamoopt.solve.staged import SCREEN_GAP, restrict, solve_by_class_bounds

__all__ = ["Outcome", "SolveOptions", "prepare", "solve", "solve_milp", "solve_on_model", "design_of"]

# A screening MILP (solve.staged) only looks for a good design, so it stops after this many
# branch-and-bound nodes with its best one: a deterministic limit (a time limit would not be).
# Measured on the 6x6 benchmarks: the screening designs were the same as unlimited, and QwQ-32B
# Reason (bench_6x6_4types_reason) went from 244 s to 84 s.
SCREEN_OPTIONS = {"mip_max_nodes": 1000}
DINKELBACH_MAX_ITER = 30
DINKELBACH_TOL = 1e-7   # stop when the Dinkelbach optimum N - qD is below this x N


def extract_choice(m: pyo.ConcreteModel, d: ModelData) -> Choice:
    """The placed tiles as (class, tile index): each kind's placed site sets, in order, go to
    its classes in order, Assign[k, q] sets to class q (KindLink makes the numbers match)."""
    placed_sets: dict[int, list[int]] = {}
    for s in m.SITE_SETS:
        if round(pyo.value(m.Place[s])) == 1:
            placed_sets.setdefault(d.set_kind[s], []).append(s)
    placed = []
    for k, sets in placed_sets.items():
        for q in d.kind_classes[k]:
            n = int(round(pyo.value(m.Assign[k, q])))
            placed += [(q, d.tile_of[(q, s)]) for s in sets[:n]]
            sets = sets[n:]
    placed.sort()
    counts = {o: int(round(pyo.value(m.Count[o]))) for o in m.POINTS if round(pyo.value(m.Count[o])) > 0}
    flows = {o: max(0.0, float(pyo.value(m.Flow[o]))) for o in counts}
    return Choice(placed, counts, flows, float(pyo.value(m.Rate)))


def load_choice(m: pyo.ConcreteModel, d: ModelData, choice: Choice) -> None:
    """Set the integer variables, flows and rate of m to a design (a MIP start; HiGHS completes
    the continuous rest). Every class and point of the choice must be in d's tables."""
    for v in m.component_data_objects(pyo.Var):
        v.set_value(None)
    tile_set = {(q, g): s for (q, s), g in d.tile_of.items()}
    placed = {tile_set[(q, g)]: q for q, g in choice.placed}
    assigned = Counter((d.set_kind[s], q) for s, q in placed.items())
    for s in m.SITE_SETS:
        m.Place[s].set_value(int(s in placed))
    for k in m.ASSIGN:
        m.Assign[k].set_value(assigned[k])
    for o in m.POINTS:
        m.Count[o].set_value(choice.counts.get(o, 0))
        m.Flow[o].set_value(choice.flows.get(o, 0.0))
    m.Rate.set_value(choice.rate_req_per_s)


def model_size(m: pyo.ConcreteModel) -> dict[str, int]:
    nvar = sum(1 for v in m.component_data_objects(pyo.Var, active=True))
    nint = sum(1 for v in m.component_data_objects(pyo.Var, active=True) if v.is_integer() or v.is_binary())
    ncon = sum(1 for c in m.component_data_objects(pyo.Constraint, active=True))
    return {"variables": nvar, "integer_variables": nint, "constraints": ncon}


def solve_milp(prob: Problem, opts: SolveOptions, prepared: tuple[Tables, ThermalBound, ModelData] | None = None,
               prepare_s: float = 0.0) -> Outcome:
    """Build and solve; `prepared` (tables, thermal bound, model data) is built here unless given,
    and its time (prepare_s when given) counts as build time. Objectives with a fluid relaxation
    are solved by class bounding (solve_by_class_bounds), min-latency on the whole model."""
    t0 = time.perf_counter() - prepare_s
    tables, thermal, d = prepared or prepare(prob)
    if not tables.points or not any(p.serves("prefill") for p in tables.points.values()) \
            or not any(p.serves("decode") for p in tables.points.values()):
        return Outcome(status=Status.INFEASIBLE, method="milp", build_time_s=time.perf_counter() - t0,
                       tables=tables, thermal=thermal, message=no_points_message(tables))
    if ObjectiveSense.of(prob.instance).has_fluid_relaxation:
        def on_restricted_model(space: set[str], incumbent: Outcome | None, stage: SolveOptions,
                                q_start: float | None, screening: bool) -> Outcome:
            """A model of only the space's classes."""
            sub = restrict(tables, space)
            ds = model_data(sub, thermal)
            m = build_model(ds)
            return solve_stage(Solvable(prob, sub, thermal, ds, m, StartedHighs()), stage, incumbent, q_start,
                               screening)
        out = solve_by_class_bounds(prob, opts, tables, d, on_restricted_model, t0=t0)
        out.tables, out.thermal = tables, thermal
        return out
    m = build_model(d)
    build_s = time.perf_counter() - t0
    rest = dataclasses.replace(opts, time_limit_s=max(opts.time_limit_s - build_s, 0.01))   # the limit covers the build
    return solve_on_model(Solvable(prob, tables, thermal, d, m, StartedHighs()), rest, build_s=build_s,
                          size=model_size(m))


def solve_stage(s: Solvable, stage: SolveOptions, incumbent: Outcome | None, q_start: float | None,
                screening: bool, size: dict[str, int] | None = None) -> Outcome:
    """One stage of solve.staged.solve_by_class_bounds on a built model: started at the incumbent
    (MIP start, Dinkelbach from its ratio) when there is one, or at a start design (MIP start
    only); a screening stage stops within SCREEN_GAP."""
    if incumbent is not None and incumbent.choice is not None:   # an incumbent has a design: the start
        load_choice(s.model, s.data, incumbent.choice)
        s.solver.remember_start(s.model)
    # a start (a design without an objective) is a MIP start only: q_start is then no design's ratio
    return solve_on_model(s, stage, size=size, q_start=q_start,
                          q_start_is_ratio=incumbent is not None and incumbent.objective is not None,
                          dinkelbach_tol=max(DINKELBACH_TOL, SCREEN_GAP) if screening else DINKELBACH_TOL,
                          screening=screening)


def screened(screening: bool, rep: SolverReport) -> SolverReport:
    """A screening MILP stopped by its node limit with a design counts as done (the stage is a
    heuristic; its bound, HiGHS's at the stop, stays valid)."""
    if screening and rep.has_solution and rep.termination == "iterationLimit":
        rep.status = Status.OPTIMAL
    return rep


def solve_on_model(s: Solvable, opts: SolveOptions, *, build_s: float = 0.0, size: dict[str, int] | None = None,
                   q_start: float | None = None, q_start_is_ratio: bool = False,
                   dinkelbach_tol: float = DINKELBACH_TOL, screening: bool = False) -> Outcome:
    """Solve a built model for the instance's objective; tokens/s/W by Dinkelbach from q_start
    (default: dinkelbach_start; q_start_is_ratio when it is a feasible design's ratio) until
    max N - qD <= dinkelbach_tol * N; a screening solve caps each MILP at SCREEN_OPTIONS. What-if
    sweeps call this on a re-used model."""
    prob, tables, d, m, solver = s.prob, s.tables, s.data, s.model, s.solver
    size = size or model_size(m)
    sense = ObjectiveSense.of(prob.instance)
    rep: SolverReport | None
    if not sense.dinkelbach:
        rep = screened(screening, solve_model(m, opts.time_limit_s, opts.mip_gap, opts.threads, opts.seed,
                                              solver=solver, options=SCREEN_OPTIONS if screening else None,
                                              log=opts.log, progress=opts.progress,
                                              describe=objective_words(sense, tables)))
        bound = rep.bound
        if sense.denominator is not None:   # solved as min P (min C) at Rate = lambda
            bound = arrival_ratio_bound(tables, rep.bound)
        return finish_outcome(s, rep, build_s=build_s, solve_s=rep.solve_time_s, iterations=1, size=size,
                              objective=rep.objective, bound=bound, nodes=int(rep.nodes or 0))
    deadline = time.perf_counter() + opts.time_limit_s
    # Dinkelbach: q_{k+1} = N(x_k)/D(x_k); stop when max N - q D <= tol * N at a q that is a
    # feasible design's ratio (then q is optimal). The start q_0 need not be such a ratio.
    q = dinkelbach_start(tables) if q_start is None else q_start
    total_s, nodes, it, rep, best_q = 0.0, 0, 0, None, None
    f_bound, q_is_ratio, best_choice, converged = None, q_start_is_ratio and q_start is not None, None, False
    abs_gap = opts.mip_gap * max(tables.tokens_per_req * prob.rate_req_per_s, 1e-9) * 1e-2
    for it in range(1, DINKELBACH_MAX_ITER + 1):  # noqa: B007 (it: iterations done, read after the loop)
        m.DinkelbachQ.set_value(q)
        # F(q) is near 0 at the end, where a relative gap means nothing: only the absolute gap
        # (tol x the objective's scale at the target rate) decides
        rep = screened(screening, solve_model(m, deadline - time.perf_counter(), 0.0, opts.threads, opts.seed,
                                              abs_gap=abs_gap, solver=solver,
                                              options=SCREEN_OPTIONS if screening else None, log=opts.log,
                                              progress=opts.progress, describe=dinkelbach_words(it, q, best_q)))
        total_s += rep.solve_time_s
        nodes += int(rep.nodes or 0)
        if not rep.has_solution:
            break
        n_val = tables.tokens_per_req * pyo.value(m.Rate)
        ratio = n_val / pyo.value(m.RatioDenominator)
        if best_q is None or ratio > best_q:
            best_q, best_choice = ratio, extract_choice(m, d)
        f_val, f_bound = rep.objective, rep.bound
        if rep.status == Status.OPTIMAL and Interrupt.requested:
            rep.status = Status.INTERRUPTED   # Ctrl-C between Dinkelbach iterations
        if rep.status != Status.OPTIMAL:
            break
        # |F(q)| <= tol*N also proves it for an untrusted start: the solution's ratio is within
        # tol*N/D of q, and no design beats q + F_ub/D_min
        if f_val <= dinkelbach_tol * n_val and (q_is_ratio or f_val >= -dinkelbach_tol * n_val):
            converged = True
            break
        q, q_is_ratio = ratio, True
        solver.remember_start(m)   # x_k has N - q_{k+1} D = 0: the next iteration starts there
    if rep is not None and rep.status == Status.OPTIMAL and not converged:
        rep.status, rep.termination = Status.TIME_LIMIT, "Dinkelbach iteration limit reached"
    if best_choice is None or best_q is None:   # set together
        return finish_outcome(s, rep, build_s=build_s, solve_s=total_s, iterations=it, size=size, objective=None,
                              bound=None, nodes=nodes)
    # bound on the ratio: for every x, N - qD <= F_ub => N/D <= q + F_ub / D_min
    bound = None
    if f_bound is not None and math.isfinite(f_bound):
        bound = max(q + max(f_bound, 0.0) / denominator_lower_bound(tables), best_q)
    return finish_outcome(s, rep, build_s=build_s, solve_s=total_s, iterations=it, size=size, objective=best_q,
                          bound=bound, nodes=nodes, choice=best_choice)


def _num(x: float | None) -> str:
    return "none" if x is None else f"{x:.6g}"


def objective_words(sense: ObjectiveSense, tables: Tables) -> Describe:
    """A running MILP's incumbent and bound in the objective's units (progress lines)."""
    unit = sense.unit
    if sense.denominator is not None:   # solved as min counted power (cost) at Rate = lambda
        tok = tables.tokens_per_req * tables.problem.rate_req_per_s
        return lambda p, d: (f"incumbent {_num(None if p is None else tok / p)} {unit}, "
                             f"bound {_num(arrival_ratio_bound(tables, d))}")
    return lambda p, d: f"incumbent {_num(p)} {unit}, bound {_num(d)}"


def dinkelbach_words(iteration: int, q: float, best: float | None) -> Describe:
    """A Dinkelbach MILP's progress: max N - qD > 0 means a design beats q."""
    return lambda p, d: (f"Dinkelbach iteration {iteration} at q = {q:.6g} (best design so far "
                         f"{_num(best)}): N - qD incumbent {_num(p)}, bound {_num(d)}")


def arrival_ratio_bound(tables: Tables, denominator_bound: float | None) -> float | None:
    """A ratio judged at the arrival rate is tok * lambda / D, so a lower bound D_lb on the
    denominator (power or cost) bounds it by tok * lambda / D_lb (at least
    denominator_lower_bound)."""
    if denominator_bound is None or not math.isfinite(denominator_bound):
        return None
    d_lb = max(denominator_bound, denominator_lower_bound(tables))
    return tables.tokens_per_req * tables.problem.rate_req_per_s / d_lb


def polish_flows(tables: Tables, thermal: ThermalBound, choice: Choice) -> Choice:
    """The chosen design with its flows and rate re-solved exactly for its placement and counts
    (the enumerator's FlowLP: the MILP's rows with every integer fixed). The MILP's own flows are
    right only to HiGHS's tolerances (about 1e-6 relative), so two solves of one design could
    report different numbers; after this they report the same. If the LP says the design is
    infeasible it is feasible only within HiGHS's tolerances: its flows are kept and
    choice.meta["flows"] says so (the solution file's `notes` carry it)."""
    lp = FlowLP(tables, thermal, choice.placed, choice.counts)
    x = lp.best(ObjectiveSense.of(tables.problem.instance), tables.tokens_per_req)
    if x is not None:
        return lp.choice(x)
    choice.meta["flows"] = INEXACT_FLOWS
    return choice


INEXACT_FLOWS = ("the exact flow re-solve finds no feasible flows for this design: the MILP's flows, reported "
                 "here, meet its rows only within HiGHS's feasibility tolerance (1e-7 absolute)")


def finish_outcome(s: Solvable, rep: SolverReport | None, *, build_s: float, solve_s: float, iterations: int,
                   size: dict[str, int], objective: float | None, bound: float | None, nodes: int,
                   choice: Choice | None = None) -> Outcome:
    """The outcome of a solve: status, timings, and with a design its exactly re-solved flows
    (polish_flows), the linear model's metrics and objective, the bound and the gap."""
    tables, thermal, d, m = s.tables, s.thermal, s.data, s.model
    status = rep.status if rep else Status.ERROR
    out = Outcome(status=status, method="milp", build_time_s=build_s, solve_time_s=solve_s, nodes=nodes,
                  iterations=iterations, tables=tables, thermal=thermal, size=size,
                  message=rep.termination if rep else "")
    if choice is None and (rep is None or not rep.has_solution):
        if status == Status.OPTIMAL:
            out.status = Status.ERROR
        return out
    choice = polish_flows(tables, thermal, choice or extract_choice(m, d))
    predicted = predict(tables, thermal, choice)
    out.choice, out.predicted = choice, predicted
    out.objective = objective_value(tables, predicted) if objective is not None else None
    out.objective_bound = bound
    out.mip_gap = relative_gap(out.objective, bound)
    return out


def no_points_message(tables: Tables) -> str:
    missing = [r for r in ("prefill", "decode") if not any(p.serves(r) for p in tables.points.values())]
    return (f"no {' or '.join(missing)} configuration meets the memory and latency targets on this grid "
            f"(every TP x PP split of {tables.problem.arch.name} either overflows DRAM or misses the "
            f"TTFT/TPOT target)")


def solve(prob: Problem, opts: SolveOptions, method: str = "milp", tightening: Tightening | None = None) -> Outcome:
    if method == "enumerate":
        return solve_enumerate(prob, opts, tightening)
    t0 = time.perf_counter()
    prepared = prepare(prob, tightening)
    return solve_milp(prob, opts, prepared=prepared, prepare_s=time.perf_counter() - t0)


def design_of(outcome: Outcome) -> Design | None:
    """The outcome's design; None without one (or without the tables it refers to)."""
    if outcome.choice is None or outcome.tables is None:
        return None
    return to_design(outcome.tables, outcome.choice)
