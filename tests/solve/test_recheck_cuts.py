"""The re-check loop's cuts come from the measurement and are recorded (lamoopt/orchestrate.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lamoopt.evaluate.checks import Check, CheckKind
from lamoopt.formulation.tightening import Tightening, apply
from lamoopt.orchestrate import tighten
from lamoopt.solve.run import SolveOptions, solve_milp
from tests.solve.test_milp import TINY, problem


@pytest.fixture(scope="module")
def outcome():
    p = problem(**{"objective.kind": "max_throughput", **TINY})
    return solve_milp(p, SolveOptions.from_problem(p))


def evaluation(outcome, constraints, per_site=()):
    ev = dict(outcome.predicted, offered_rate_req_per_s=outcome.choice.rate_req_per_s)
    return SimpleNamespace(evaluated=ev, constraints=constraints, per_site=list(per_site))


def test_a_measured_ttft_above_target_recaps_the_prefill_points_below_their_load(outcome):
    t = Tightening()
    target = outcome.predicted["ttft_ms"]
    measured = 1.3 * target
    action = tighten(t, evaluation(outcome, [Check(kind=CheckKind.TTFT, name="ttft_p90_ms", value=measured,
                                                   limit=target, met=False)]), outcome)
    assert action
    pre = {o: outcome.choice.flows[o] / (n * outcome.tables.points[o].capacity_req_per_s)
           for o, n in outcome.choice.counts.items() if outcome.tables.points[o].role == "prefill"}
    assert set(t.caps) == set(pre)
    for o, rho in pre.items():
        assert t.caps[o] < rho                                   # the design as it was is cut off
        # at the new cap the measured/predicted ratio times the model meets the target
        op = outcome.tables.points[o]
        pct = outcome.tables.problem.instance.workload.targets.percentile
        assert 1.3 * op.latency_ms_at(t.caps[o], pct) <= target * (1 + 1e-9)
    assert all(r["measured"]["measured_ms"] == measured for r in t.records)
    tables, _ = apply(t, outcome.tables, outcome.thermal)
    assert all(tables.points[o].rho_cap == pytest.approx(t.caps[o]) for o in pre)


def test_temperature_and_power_cuts_are_the_measured_excess(outcome):
    t = Tightening()
    chip = outcome.tables.classes[next(iter(outcome.choice.counts)).split("|b")[0]].chip
    cons = [Check(kind=CheckKind.LOGIC_TEMPERATURE, name="logic_C[0,0]", value=107.5, limit=105.0, met=False,
                  site=(0, 0)),
            Check(kind=CheckKind.POWER, name="power_W", value=1030.0, limit=1000.0, met=False)]
    tighten(t, evaluation(outcome, cons, [{"row": 0, "col": 0, "chiplet": chip}]), outcome)
    assert t.thermal_margin_K[chip] == pytest.approx(2.5)
    assert t.power_margin_W == pytest.approx(30.0)
    assert len(t.records) == 2 and all("measured" in r and r["why"] for r in t.records)


def test_a_ttft_cut_recaps_combined_points_too():
    """A combined (chunked-prefill) point's queue model gives its TTFT, so a measured TTFT above
    target calibrates and re-caps it like a prefill point's."""
    p = problem(**{**TINY, "serving": {"chunked_prefill": {"chunk_tokens": [256]}},
                   "objective.kind": "max_throughput"})
    out = solve_milp(p, SolveOptions.from_problem(p))
    combined = {o for o, n in out.choice.counts.items() if n and out.tables.points[o].role == "combined"}
    assert combined   # this instance's throughput optimum runs combined instances
    t = Tightening()
    target = out.predicted["ttft_ms"]
    tighten(t, evaluation(out, [Check(kind=CheckKind.TTFT, name="ttft_p90_ms", value=1.3 * target,
                                      limit=target, met=False)]), out)
    assert combined <= set(t.caps)
    pct = p.instance.workload.targets.percentile
    for o in combined:
        assert 1.3 * out.tables.points[o].latency_ms_at(t.caps[o], pct) <= target * (1 + 1e-9)
