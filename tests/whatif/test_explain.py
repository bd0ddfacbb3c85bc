"""Infeasibility explained: the explanation names the right limit, with the smallest change
that makes the instance feasible (verified by a re-solve), on hand-built infeasible instances."""

from __future__ import annotations

import copy

import pytest

from lamoopt.catalog import CHIPLETS
from lamoopt.instance.errors import InputError
from lamoopt.whatif.explain import GRID_FIELD, explain
from tests.whatif.conftest import TINY, base_of, cold, opts_of

BIG_8B = {"catalog": "Llama-3-8B", "weight_bytes": 3.98, "kv_bytes": 2.0}   # 32 GB: one PC by weight, not with KV


def hot(name: str, logic_limit_C: float) -> dict:
    spec = copy.deepcopy(CHIPLETS[name])
    spec["thermal"]["logic_temp_limit_C"] = logic_limit_C
    return spec


def run(**changes):
    base = base_of(**changes)
    return explain(base, {}, opts_of(base))


def finding(exp, field: str):
    found = [f for f in exp.findings if f.field.startswith(field)]
    assert found, (field, exp.text())
    return found[0]


def solvable_alone(exp) -> set[str]:
    return {f.field for f in exp.findings if f.needed is not None}


def test_power_budget_below_static_power():
    exp = run(**{"package.power_budget_W": 60.0})
    assert not exp.feasible and solvable_alone(exp) == {"package.power_budget_W"}
    f = finding(exp, "package.power_budget_W")
    # between the static power of two PCs (~116 W) and it plus two busy decode/prefill chiplets
    assert f.verified and 120.0 < f.needed < 300.0
    assert "power budget 60 W is below the" in f.why and "static power" in f.why


def test_thermal_limits_just_above_ambient():
    exp = run(chiplets=[hot("PC", 46.0), hot("DC", 46.0)])
    assert solvable_alone(exp) == {"package.ambient_C"}
    f = finding(exp, "package.ambient_C")
    assert f.verified and f.needed < 45.0 and "logic temperature limit 46 C" in f.why


def test_memory_rejected_by_the_semantic_checks():
    with pytest.raises(InputError) as err:
        run(model="Llama3-70B")
    assert "package.grid_rows x grid_cols" in err.value.format()


def test_memory_passing_the_checks_but_fitting_no_split():
    exp = run(**{"package.grid_rows": 1, "package.grid_cols": 2, "chiplets": ["PC"], "model": BIG_8B,
                 "search.tp_degrees": [1], "search.pp_degrees": [1]})
    assert exp.cause == "memory"
    f = finding(exp, "package.grid_rows x grid_cols")
    assert f.needed is not None and f.verified and "32.0 GB of weights" in f.why


def test_grid_too_small_for_the_smallest_instances():
    exp = run(**{"package.grid_rows": 1, "package.grid_cols": 2, "chiplets": ["PC"], "model": BIG_8B})
    # SiteTotal and InstancesPerRole make the shortage visible to the LP relaxation
    assert exp.cause == "the LP relaxation is infeasible"
    f = finding(exp, "package.grid_rows x grid_cols")
    assert f.verified and f.needed in ("2x2", "1x4") and "4 sites, but the 1x2 grid has 2" in f.why


def test_too_small_package_is_named_as_the_binding_limit_and_the_smallest_grid_re_solved():
    base = base_of(**{**TINY, "workload.arrival_rate_req_per_s": 50.0})   # 1x3 serves < 42 req/s
    exp = explain(base, {}, opts_of(base))
    assert exp.binding.startswith("the package: the 1x3 grid (3 sites)") and "the 1x4 grid (4 sites)" in exp.binding
    assert "the re-solve is the proof" in exp.binding
    grid = finding(exp, GRID_FIELD)
    assert grid.needed == "1x4" and grid.verified and "1x4 feasible" in grid.proof
    top = float(grid.why.split("serves at most ")[1].split(" req/s")[0])
    assert 30.0 < top < 50.0
    # the other limits name the package instead of "another limit"
    assert "the package binds" in finding(exp, "package.power_budget_W").why
    assert "the package binds" in finding(exp, "package.ambient_C").why
    # the suggestion is feasible by an independent cold solve, the grid as given is not
    assert cold(base, {"package.grid_rows": 1, "package.grid_cols": 4}).status.value == "optimal"
    assert cold(base, {}).status.value == "infeasible"


def test_a_missing_chiplet_type_is_suggested_and_re_solved():
    base = base_of(**{"package.grid_rows": 1, "package.grid_cols": 2, "chiplets": ["PC"], "model": BIG_8B})
    exp = explain(base, {}, opts_of(base))
    types = finding(exp, "chiplets")
    assert types.needed == ["PC", "DC"] and types.verified and "holds no design at all" in exp.binding
    assert cold(base, {"chiplets": ["PC", "DC"]}).status.value == "optimal"


def test_ttft_just_above_the_physical_minimum():
    exp = run(**{"workload.targets.ttft_ms": 25.0})
    assert exp.cause == "latency targets"
    f = finding(exp, "workload.targets.ttft_ms")
    assert f.verified and 25.0 < f.needed < 30.0


def test_ttft_reachable_alone_but_not_with_queueing_at_the_rate():
    exp = run(**{"workload.targets.ttft_ms": 30.0, "workload.arrival_rate_req_per_s": 10.0})
    assert solvable_alone(exp) == {"workload.targets.ttft_ms", "workload.arrival_rate_req_per_s"}
    assert 30.0 < finding(exp, "workload.targets.ttft_ms").needed < 45.0
    assert 0.0 < finding(exp, "workload.arrival_rate_req_per_s").needed < 10.0


def test_lp_infeasible_rate_gets_an_iis():
    exp = run(**{"workload.arrival_rate_req_per_s": 1000.0})
    assert exp.cause == "the LP relaxation is infeasible"
    assert any("RateTarget" in row for row in exp.iis)
    assert solvable_alone(exp) == {"workload.arrival_rate_req_per_s"}


def test_feasible_instance_has_nothing_to_explain():
    assert run().feasible


def test_grid_too_small_with_chunked_prefill_is_explained_with_a_combined_design():
    """A combined (chunked-prefill) instance serves alone, so the grid must hold only it: 1x2
    (one TP2 combined instance), not the 4 sites of a prefill plus a decode instance."""
    exp = run(**{"package.grid_rows": 1, "package.grid_cols": 1, "chiplets": ["PC"], "model": BIG_8B,
                 "serving": {"chunked_prefill": {"chunk_tokens": [512]}}})
    f = finding(exp, "package.grid_rows x grid_cols")
    # the semantic checks let 1x1 through (one combined instance holds the weights once); no
    # split fits, and the smallest grid that does is proven by a re-solve with a combined design
    assert f.verified and f.needed.startswith("1x2 ") and "combined: 1 x PC TP2" in f.proof + f.why
