"""The optimistic bound (lamoopt.solve.optimistic): the model re-solved at the optimistic end of
its stated error bounds, scaled by the power bound's factor."""

from __future__ import annotations

import json

import pytest

from lamoopt.cli import main
from lamoopt.formulation.error_bounds import STATED_BOUNDS
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.solve.highs import Status
from lamoopt.solve.optimistic import objective_factor, optimistic_bound, relaxed_problem
from lamoopt.solve.run import solve_milp
from tests.small import small
from tests.solve.test_milp import TINY, opts, problem

H = STATED_BOUNDS["power_W"].high


def test_relaxed_limits_are_the_stated_bounds_optimistic_ends():
    p = problem(**TINY)
    relaxed, t, limits = relaxed_problem(p)
    targets, relaxed_targets = p.instance.workload.targets, relaxed.instance.workload.targets
    assert relaxed_targets.ttft_ms == pytest.approx(targets.ttft_ms * (1 + STATED_BOUNDS["ttft_ms"].high))
    assert relaxed_targets.tpot_ms == pytest.approx(targets.tpot_ms * (1 + STATED_BOUNDS["tpot_ms"].high))
    budget = p.instance.package.power_budget_W
    # a design the evaluator measures at <= budget is modelled at <= budget / (1 - h)
    assert budget - t.power_margin_W == pytest.approx(budget / (1 - H))
    assert limits["package.power_budget_W"] == pytest.approx(budget / (1 - H))
    assert set(t.thermal_margin_K) == {c.name for c in p.chiplets}
    assert all(m == -STATED_BOUNDS["peak_temperature_C"].high for m in t.thermal_margin_K.values())


@pytest.mark.parametrize("kind, power, factor", [
    ("max_tokens_per_s_per_W", "activity", 1 / (1 - H)),   # measured power may be (1 - h) x the model's
    ("max_tokens_per_s_per_W", "design_peak", 1.0),        # the design peak is exact
    ("min_power", "activity", 1 - H),
    ("max_throughput", "activity", 1.0),
    ("min_cost", "activity", 1.0)])
def test_objective_factor(kind, power, factor):
    p = problem(**{**TINY, "objective.kind": kind, "objective.power": power} if kind in (
        "max_tokens_per_s_per_W", "min_power") else {**TINY, "objective.kind": kind})
    assert objective_factor(ObjectiveSense.of(p.instance)) == pytest.approx(factor)


def test_a_budget_just_below_the_least_power_is_infeasible_yet_optimistically_within_reach():
    least = solve_milp(p := problem(**{**TINY, "objective.kind": "min_power"}), opts(p))
    assert least.status == Status.OPTIMAL
    p_min = least.objective
    # between (1 - h) P* and P*: no design of the model fits, one may fit under the evaluator's power
    tight = problem(**{**TINY, "objective.kind": "min_power", "package.power_budget_W": (1 - H / 2) * p_min})
    assert solve_milp(tight, opts(tight)).status == Status.INFEASIBLE
    ob = optimistic_bound(tight, opts(tight))
    assert ob.relaxed_status == "optimal"
    assert ob.relaxed_bound == pytest.approx(p_min, rel=1e-4)    # the relaxed budget admits the P* design
    assert ob.value == pytest.approx((1 - H) * ob.relaxed_bound)


def test_the_optimistic_bound_is_at_least_the_proven_optimum_and_reaches_the_solution_file(tmp_path):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(small(**TINY)))
    out = tmp_path / "sol.json"
    assert main(["solve", str(path), "-o", str(out), "--requests", "300", "--optimistic-bound"]) == 0
    sol = json.loads(out.read_text())
    ob = sol["optimistic_bound"]
    assert ob["value"] >= sol["objective"] / (1 - H) * (1 - 1e-9)
    assert ob["factor"] == pytest.approx(1 / (1 - H))


def test_min_latency_has_no_optimistic_bound(tmp_path, capsys):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(small(**{**TINY, "objective.kind": "min_latency"})))
    assert main(["solve", str(path), "-o", str(tmp_path / "s.json"), "--no-recheck", "--optimistic-bound"]) == 2
    err = capsys.readouterr().err
    assert "--optimistic-bound" in err and "min_latency" in err
    assert not (tmp_path / "s.json").exists()
