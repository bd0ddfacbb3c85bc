"""Class bounding (formulation/fluid.py, solve.run.solve_by_class_bounds): the fluid relaxation
really bounds the MILP, per class and overall, and the staged solve finds the whole model's optimum."""

from __future__ import annotations

import math

import pyomo.environ as pyo
import pytest

from lamoopt.catalog import CHIPLETS
from lamoopt.formulation.build import build_model
from lamoopt.formulation.fluid import FluidRelaxation
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.solve.highs import StartedHighs, Status
from lamoopt.solve.outcome import Solvable
from lamoopt.solve.run import SolveOptions, prepare, solve_milp, solve_on_model
from tests.solve.test_milp import TINY, problem

OBJECTIVES = [
    ("max_tokens_per_s_per_W", {}),
    ("max_tokens_per_s_per_W", {"objective.rate": "saturated"}),
    ("max_tokens_per_s_per_W", {"objective.rate": "saturated", "objective.power": "design_peak"}),
    ("max_tokens_per_s_per_W", {"objective.power": "design_peak"}),
    ("max_throughput", {"package.power_budget_W": 700.0}),
    ("min_power", {"workload.arrival_rate_req_per_s": 6.0}),
    ("min_cost", {"chiplets": [{**CHIPLETS["PC"], "cost_usd": 900.0}, {**CHIPLETS["DC"], "cost_usd": 1500.0}]}),
]


def whole_model(p, force_class: str | None = None):
    """The MILP over every class (no bounding), optionally with >= 1 instance of one class."""
    tables, thermal, d = prepare(p)
    m = build_model(d)
    if force_class is not None:
        m.Force = pyo.Constraint(expr=sum(m.Count[o] for o in m.POINTS if tables.points[o].cls == force_class) >= 1)
    return solve_on_model(Solvable(p, tables, thermal, d, m, StartedHighs()), SolveOptions.from_problem(p))


def no_worse(kind: str, bound: float, value: float) -> bool:
    tol = 1e-7 * max(abs(value), 1.0)
    return bound >= value - tol if ObjectiveSense(kind, "arrival", "activity").maximised else bound <= value + tol


@pytest.mark.parametrize("kind, extra", OBJECTIVES)
def test_every_class_bound_bounds_the_designs_running_that_class(kind, extra):
    p = problem(**{"objective.kind": kind, **TINY, **extra})
    tables, _, d = prepare(p)
    bounds = FluidRelaxation(tables, d.max_instances, len(d.sites), p.instance.solver.threads).class_bounds()
    assert len(bounds) >= 6
    feasible = 0
    for q, b in bounds.items():
        out = whole_model(p, force_class=q)
        if out.status == Status.INFEASIBLE:
            continue
        feasible += 1
        assert out.status == Status.OPTIMAL and math.isfinite(b)
        assert no_worse(kind, b, out.objective), (q, b, out.objective)
    assert feasible >= 2


@pytest.mark.parametrize("kind, extra", OBJECTIVES)
def test_staged_solve_equals_the_whole_model(kind, extra):
    p = problem(**{"objective.kind": kind, **TINY, **extra})
    staged, whole = solve_milp(p, SolveOptions.from_problem(p)), whole_model(p)
    assert staged.status == whole.status == Status.OPTIMAL
    assert staged.objective == pytest.approx(whole.objective, rel=1e-9)
    assert no_worse(kind, staged.objective_bound, staged.objective)
    assert staged.size["classes_solved"] <= staged.size["classes"]


def test_bounding_leaves_classes_out_and_stays_optimal():
    """Four chip types on a 2 x 3 grid: most classes are provably useless, and the staged solve
    still returns the whole model's optimum with a bound that covers the classes left out."""
    pc600 = {**CHIPLETS["PC"], "name": "PC-slow", "compute_TFLOPS": CHIPLETS["PC"]["compute_TFLOPS"] * 0.5}
    dc_hot = {**CHIPLETS["DC"], "name": "DC-hot",
              "power": {**CHIPLETS["DC"]["power"], "static_W": CHIPLETS["DC"]["power"]["static_W"] * 1.5}}
    p = problem(**{"package.grid_rows": 2, "package.grid_cols": 3, "chiplets": ["PC", "DC", pc600, dc_hot],
                   "search.tp_degrees": [1, 2], "search.pp_degrees": [1], "search.decode_batches": [16, 64]})
    staged, whole = solve_milp(p, SolveOptions.from_problem(p)), whole_model(p)
    assert staged.status == whole.status == Status.OPTIMAL
    assert staged.objective == pytest.approx(whole.objective, rel=1e-9)
    assert staged.size["classes_solved"] < staged.size["classes"]
    assert staged.objective_bound >= staged.objective * (1 - 1e-9)


BEST_KNOWN_6X6 = 0.0814736                # tokens/s/W of a design found (a lower bound of the optimum)
BEST_BOUND_6X6 = 0.0817040152100176       # a proven upper bound of the optimum (the count master's ratio)


@pytest.mark.parametrize("time_limit_s", [3.0, 12.0])
def test_a_time_limited_solve_of_the_6x6_benchmark_reports_a_valid_bound(time_limit_s):
    """Whatever stage the time limit stops (class bounds, screening, the final solve), the bound
    reported covers every class: it is at least the best design known, 0.0814736 tokens/s/W
    (the screening stage's design of `lamoopt solve benchmarks/instances/bench_6x6_4types.json`),
    and no design reported beats the best bound known, 0.0817040: the count master's ratio
    (count_master.CountMaster.best, proven by Dinkelbach on it)."""
    from pathlib import Path

    from lamoopt.instance import load_and_check
    p = load_and_check(Path(__file__).parents[2] / "benchmarks" / "instances" / "bench_6x6_4types.json")
    out = solve_milp(p, SolveOptions.from_problem(p, time_limit_s=time_limit_s, threads=1))
    assert out.status in (Status.TIME_LIMIT, Status.OPTIMAL)
    if out.objective_bound is not None:
        assert out.objective_bound >= BEST_KNOWN_6X6 * (1 - 1e-9)
    if out.objective is not None:
        assert out.objective <= BEST_BOUND_6X6 * (1 + 1e-9) and out.objective <= out.objective_bound * (1 + 1e-9)


def test_a_remembered_start_is_handed_to_highs():
    """StartedHighs passes the remembered design as HiGHS's MIP start: with no branching and no
    heuristics allowed, the re-solve still returns that design's objective."""
    p = problem(**{"objective.kind": "max_throughput", **TINY})
    tables, thermal, d = prepare(p)
    m = build_model(d)
    solver = StartedHighs()
    first = solver.solve(m, load_solutions=True)
    best = pyo.value(m.Objective)
    solver.remember_start(m)
    for v in m.component_data_objects(pyo.Var):
        v.set_value(None)
    capped = {"mip_max_nodes": 0, "mip_heuristic_effort": 0.0, "presolve": "off", "mip_max_improving_sols": 1}
    again = solver.solve(m, load_solutions=False, raise_exception_on_nonoptimal_result=False, solver_options=capped)
    assert first.incumbent_objective == pytest.approx(best)
    assert again.incumbent_objective == pytest.approx(best, rel=1e-9)


def test_fluid_power_bound_counts_at_least_one_instance_per_role():
    """min_power at a fixed rate: the fluid bound holds one whole prefill and one whole decode
    instance (InstancesPerRole), so it is at least their static power; and it stays below the
    MILP's optimum. (A fluid LP whose scale t could drop to 0 once reported 0 W here.)"""
    from lamoopt.formulation.ratio import denominator_lower_bound
    p = problem(**{"objective.kind": "min_power", **TINY, "workload.arrival_rate_req_per_s": 6.0})
    tables, _, d = prepare(p)
    fluid = FluidRelaxation(tables, d.max_instances, len(d.sites), p.instance.solver.threads).bound()
    assert denominator_lower_bound(tables) <= fluid <= whole_model(p).objective * (1 + 1e-9)


@pytest.mark.parametrize("kind, extra", OBJECTIVES)
def test_lazy_bounds_with_the_count_master_still_bound_every_class(kind, extra):
    """LazyClassBounds after an exact pass at -inf (every group's LP and count master solved):
    upper(q) still bounds the designs running q, and it is never looser than the LP's bound."""
    from lamoopt.formulation.class_bounds import LazyClassBounds
    p = problem(**{"objective.kind": kind, **TINY, **extra})
    tables, _, d = prepare(p)
    lazy = LazyClassBounds(tables, d, p.instance.solver.threads)
    sign = 1.0 if ObjectiveSense(kind, "arrival", "activity").maximised else -1.0
    lazy.above(-math.inf, exact=True)
    lp = FluidRelaxation(tables, d.max_instances, len(d.sites), p.instance.solver.threads).class_bounds()
    for q in tables.classes:
        score, lp_score = lazy.upper(q), sign * lp[q]
        assert score <= lp_score + 1e-9 * max(1.0, abs(lp_score))
        bound = sign * score
        out = whole_model(p, force_class=q)
        if out.status == Status.OPTIMAL and math.isfinite(bound):
            assert no_worse(kind, bound, out.objective), (q, bound, out.objective)
    assert lazy.master.solves > 0


def test_the_count_master_is_tighter_than_the_lp_and_still_a_bound():
    """min_power at 6 req/s on the tiny grid: integer counts cannot match prefill and decode
    capacity exactly, so the count master's bound lies strictly between the LP's and the MILP's
    optimum (inclusive of the latter)."""
    from lamoopt.formulation.count_master import CountMaster
    p = problem(**{"objective.kind": "min_power", **TINY, "workload.arrival_rate_req_per_s": 6.0})
    tables, _, d = prepare(p)
    fluid = FluidRelaxation(tables, d.max_instances, len(d.sites), 1)
    lp = fluid.bound()
    classes, score = CountMaster(fluid).best()
    optimum = whole_model(p).objective
    assert lp < -score <= optimum * (1 + 1e-9)
    assert classes


def test_the_count_masters_dinkelbach_proves_a_ratio_bound_and_keeps_its_best_design():
    """Saturated tokens/s/W on the tiny grid: the count master's Dinkelbach ends with a proven
    ratio bound (q_k + max(B_k, 0) / D_min at worst) between the whole model's optimum and the
    LP's, and keeps the best integer-count design it met (its ratio is at most the bound)."""
    from lamoopt.formulation.count_master import CountMaster
    p = problem(**{**TINY, "objective.rate": "saturated"})
    tables, _, d = prepare(p)
    fluid = FluidRelaxation(tables, d.max_instances, len(d.sites), 1)
    lp = fluid.bound()
    master = CountMaster(fluid)
    classes, ratio = master.best()
    optimum = whole_model(p).objective
    assert ratio is not None and optimum * (1 - 1e-9) <= ratio <= lp * (1 + 1e-9)
    assert classes and master.design is not None
    assert master.ratio_found is not None and master.ratio_found <= ratio * (1 + 1e-9)


def test_leakage_floor_is_a_valid_inequality():
    """LeakageFloor cuts off no design: the whole model's optimum is the same with its rows
    deactivated, and it raises (never lowers) the LP relaxation's static power."""
    p = problem(**{"objective.kind": "min_power", **TINY, "workload.arrival_rate_req_per_s": 6.0})
    tables, thermal, d = prepare(p)
    with_floor, without = build_model(d), build_model(d)
    without.LeakageFloor.deactivate()
    a = solve_on_model(Solvable(p, tables, thermal, d, with_floor, StartedHighs()), SolveOptions.from_problem(p))
    b = solve_on_model(Solvable(p, tables, thermal, d, without, StartedHighs()), SolveOptions.from_problem(p))
    assert a.status == b.status == Status.OPTIMAL
    assert a.objective == pytest.approx(b.objective, rel=1e-9)
    relaxed = []
    for m in (with_floor, without):
        pyo.TransformationFactory("core.relax_integer_vars").apply_to(m)
        pyo.SolverFactory("appsi_highs").solve(m)
        relaxed.append(pyo.value(m.Objective))
    assert relaxed[0] >= relaxed[1] * (1 - 1e-9)


@pytest.mark.parametrize("kind, extra", OBJECTIVES)
def test_beyond_leaves_out_only_classes_that_cannot_beat_the_threshold(kind, extra):
    """class_bounds.beyond from the count master's first classes, at the whole model's optimum:
    every class it leaves out has upper(q) <= the threshold, and no design running it beats the
    threshold (the whole MILP forced to run it)."""
    from lamoopt.formulation.class_bounds import LazyClassBounds
    p = problem(**{"objective.kind": kind, **TINY, **extra})
    tables, _, d = prepare(p)
    lazy = LazyClassBounds(tables, d, p.instance.solver.threads)
    sign = 1.0 if ObjectiveSense(kind, "arrival", "activity").maximised else -1.0
    threshold = sign * whole_model(p).objective
    space = set(lazy.master_classes)
    kept = lazy.beyond(space, threshold)
    for q in set(tables.classes) - space - kept:
        assert lazy.upper(q) <= threshold + 1e-9 * max(1.0, abs(threshold))
        out = whole_model(p, force_class=q)
        if out.status == Status.OPTIMAL:
            assert sign * out.objective <= threshold + 1e-7 * max(1.0, abs(threshold)), q
