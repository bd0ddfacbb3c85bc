"""What an objective is judged at (formulation/objective.py): tokens/s/W at the arrival rate is
tok * lambda over the least counted power, at a saturated rate the design's capacity per watt;
the evaluator offers each design the rate its objective was judged at."""

from __future__ import annotations

import pytest

from lamoopt.evaluate.evaluator import evaluate_design
from lamoopt.solve.highs import Status
from lamoopt.solve.run import design_of, solve_milp
from tests.solve.test_milp import TINY, opts, problem


def solved(**changes):
    p = problem(**{**TINY, **changes})
    out = solve_milp(p, opts(p))
    assert out.status == Status.OPTIMAL
    return p, out


@pytest.mark.parametrize("power, metric", [("activity", "power_W"), ("design_peak", "design_peak_power_W")])
def test_arrival_ratio_is_tokens_at_lambda_over_the_least_power(power, metric):
    p, ratio = solved(**{"objective.power": power})
    _, least = solved(**{"objective.kind": "min_power", "objective.power": power})
    lam = p.rate_req_per_s
    tok = ratio.tables.tokens_per_req
    assert ratio.choice.rate_req_per_s == pytest.approx(lam, rel=1e-9)            # Rate = lambda
    assert ratio.predicted[metric] == pytest.approx(least.objective, rel=1e-6)     # the same least power
    assert ratio.objective == pytest.approx(tok * lam / least.objective, rel=1e-6)
    assert ratio.objective_bound >= ratio.objective * (1 - 1e-9)
    assert ratio.objective_bound == pytest.approx(tok * lam / least.objective_bound, rel=1e-6)


def test_saturated_ratio_serves_at_least_lambda_and_beats_the_arrival_design_at_its_own_rate():
    p, sat = solved(**{"objective.rate": "saturated"})
    _, arr = solved()
    assert sat.choice.rate_req_per_s >= p.rate_req_per_s
    # the arrival design is feasible for the saturated problem (Rate = lambda >= lambda)
    assert sat.objective >= arr.objective * (1 - 1e-9)
    assert sat.predicted["throughput_req_per_s"] > arr.predicted["throughput_req_per_s"]


def test_design_peak_counts_the_chiplets_peak_power():
    p, out = solved(**{"objective.power": "design_peak"})
    peak = {c.name: c.power.peak_W for c in p.chiplets}
    design = design_of(out)
    assert out.predicted["design_peak_power_W"] == pytest.approx(
        sum(peak[i.chiplet] * i.tp * i.pp for i in design.instances))
    assert out.objective == pytest.approx(out.predicted["tokens_per_s_per_design_peak_W"])


@pytest.mark.parametrize("rate", ["arrival", "saturated"])
def test_evaluator_offers_the_rate_the_objective_was_judged_at(rate):
    p, out = solved(**{"objective.rate": rate})
    ev = evaluate_design(p, design_of(out), num_requests=300).evaluated
    judged = out.predicted["throughput_req_per_s"]
    assert ev["offered_rate_req_per_s"] == pytest.approx(judged, rel=1e-9)
    if rate == "arrival":
        assert judged == pytest.approx(p.rate_req_per_s)
    assert ev["design_peak_power_W"] == pytest.approx(out.predicted["design_peak_power_W"])
    assert ev["tokens_per_s_per_design_peak_W"] == pytest.approx(
        ev["throughput_tokens_per_s"] / ev["design_peak_power_W"])
