"""Which chiplets to make (issue 15): the NRE of each type used, a limit on the distinct types,
tokens/s per dollar (exact, like tokens/s/W), and the MILP equal to the enumerator on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lamoopt.catalog import CHIPLETS
from lamoopt.instance.load import parse_instance, resolve
from lamoopt.solve.enumerate import solve_enumerate
from lamoopt.solve.highs import Status
from lamoopt.solve.run import design_of, solve_milp
from tests.solve.test_milp import TINY, opts, problem

ROOT = Path(__file__).resolve().parents[2]
NRE = [{**CHIPLETS["PC"], "nre_usd": 5000.0}, {**CHIPLETS["DC"], "nre_usd": 3000.0}]

CASES = {
    "tokens_per_usd_arrival": {"objective.kind": "max_tokens_per_s_per_usd"},
    "tokens_per_usd_saturated": {"objective.kind": "max_tokens_per_s_per_usd", "objective.rate": "saturated"},
    "min_cost_with_nre": {"objective.kind": "min_cost", "chiplets": NRE, "package.production_volume_packages": 2},
    "tokens_per_W_one_type": {"package.max_chiplet_types": 1},
    "tokens_per_W_cost_cap": {"package.cost_limit_usd": 3000.0, "chiplets": NRE,
                              "package.production_volume_packages": 10},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_milp_matches_the_enumerator(case):
    p = problem(**{**TINY, **CASES[case]})
    milp, enum = solve_milp(p, opts(p)), solve_enumerate(p, opts(p))
    assert milp.status == enum.status == Status.OPTIMAL
    assert milp.objective == pytest.approx(enum.objective, rel=1e-6)


def units_and_nre(p, design) -> float:
    specs = {c.name: c for c in p.chiplets}
    counts = design.chiplet_counts()
    units = sum(specs[c].cost_usd * (v["prefill"] + v["decode"]) for c, v in counts.items())
    used = [c for c, v in counts.items() if v["prefill"] + v["decode"]]
    return units + sum(specs[c].nre_usd for c in used) / p.instance.package.production_volume_packages


def test_cost_is_units_plus_the_nre_share_of_the_types_used():
    p = problem(**{**TINY, **CASES["min_cost_with_nre"]})
    out = solve_milp(p, opts(p))
    assert out.objective == pytest.approx(units_and_nre(p, design_of(out)), rel=1e-9)
    # an NRE far above any saving makes a one-type design optimal when one exists
    heavy = problem(**{**TINY, "objective.kind": "min_cost", "chiplets": [
        CHIPLETS["PC"], {**CHIPLETS["DC"], "nre_usd": 1e7}]})
    d = design_of(solve_milp(heavy, opts(heavy)))
    assert set(c for c, v in d.chiplet_counts().items() if v["prefill"] + v["decode"]) == {"PC"}


def test_tokens_per_usd_at_the_arrival_rate_is_tokens_at_lambda_over_the_least_cost():
    p = problem(**{**TINY, "objective.kind": "max_tokens_per_s_per_usd"})
    ratio = solve_milp(p, opts(p))
    least = solve_milp(q := problem(**{**TINY, "objective.kind": "min_cost"}), opts(q))
    tok = ratio.tables.tokens_per_req
    assert ratio.objective == pytest.approx(tok * p.rate_req_per_s / least.objective, rel=1e-9)
    assert ratio.objective_bound >= ratio.objective * (1 - 1e-9)


def test_a_type_limit_of_one_gives_a_one_type_design_the_evaluator_accepts():
    from lamoopt.evaluate.evaluator import evaluate_design
    p = problem(**{**TINY, "package.max_chiplet_types": 1})
    d = design_of(solve_milp(p, opts(p)))
    assert sum(1 for v in d.chiplet_counts().values() if v["prefill"] + v["decode"]) == 1
    ev = evaluate_design(p, d, num_requests=200)
    check = next(c for c in ev.constraints if c.name == "chiplet_types")
    assert check.met and check.value == 1.0


def test_min_cost_on_the_default_instance_reports_the_catalog_cost():
    data = json.loads((ROOT / "instances" / "default.json").read_text())
    data["objective"] = {"kind": "min_cost"}
    p = resolve(parse_instance(data))
    out = solve_milp(p, opts(p))
    assert out.status == Status.OPTIMAL
    assert out.objective > 0
    assert out.objective == pytest.approx(units_and_nre(p, design_of(out)), rel=1e-9)
