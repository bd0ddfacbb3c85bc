"""Semantic checks (lamoopt.instance.checks) against numbers derived by hand in the tests.

Llama3-70B (meta-llama/Meta-Llama-3-70B config.json): h = 8192, L = 80, n_h = 64, n_kv = 8,
d = h / n_h = 128, f = 28672, V = 128256, untied LM head, bf16 (2 bytes per weight).
  attention per layer = 2 h n_h d + 2 h n_kv d = 134,217,728 + 16,777,216 = 150,994,944
  gated FFN per layer = 3 h f                                        = 704,643,072
  per layer                                                          = 855,638,016
  80 layers + embedding + LM head (2 V h = 2,101,346,304)            = 70,552,387,584
  weights = 2 bytes x params                                          = 141,104,775,168 B = 141.1 GB
Chiplets: PC 32 GB, 10.6 TB/s; DC 64 GB, 26.2 TB/s; both 400 TFLOPS; default efficiencies
0.85 (bandwidth) and 0.8 (compute).
"""

from __future__ import annotations

import math

import pytest

from lamoopt.catalog import CHIPLETS
from lamoopt.instance import InputError, load_and_check

H, L, NH, NKV, D, F, V = 8192, 80, 64, 8, 128, 28672, 128256
PARAMS_PER_LAYER = 2 * H * NH * D + 2 * H * NKV * D + 3 * H * F
PARAMS = L * PARAMS_PER_LAYER + 2 * V * H
WEIGHT_BYTES = 2 * PARAMS
GB = 1e9


def test_hand_derived_llama3_70b_numbers():
    assert PARAMS_PER_LAYER == 855_638_016
    assert PARAMS == 70_552_387_584
    assert WEIGHT_BYTES == 141_104_775_168


def problems(path) -> list[tuple[str, object, str]]:
    with pytest.raises(InputError) as ei:
        load_and_check(path)
    return ei.value.problems


def only(probs, path):
    hits = [p for p in probs if p[0] == path]
    assert len(hits) == 1, probs
    return hits[0]


def test_weights_do_not_fit_even_with_every_site_holding_the_largest_chiplet(default_data, write):
    default_data["package"].update(grid_rows=1, grid_cols=2)
    default_data["chiplets"] = ["PC"]
    need = math.ceil(WEIGHT_BYTES / (32 * GB))  # 141.1 / 32 = 4.41
    assert need == 5
    path, value, expected = only(problems(write(default_data)), "package.grid_rows x grid_cols")
    assert value == "1x2 = 2 sites"
    assert f"at least {need} sites" in expected
    assert "141.1 GB" in expected and "PC" in expected and "32 GB" in expected


def test_capacity_uses_the_largest_chiplet(default_data, write):
    # with DC (64 GB) available, 3 sites hold one copy: ceil(141.1 / 64) = 3
    default_data["package"].update(grid_rows=1, grid_cols=2)
    _, _, expected = only(problems(write(default_data)), "package.grid_rows x grid_cols")
    assert "at least 3 sites" in expected and "DC" in expected


def test_grid_too_small_for_two_copies(default_data, write):
    # one copy fits in ceil(141.1 / 64) = 3 DC sites, but prefill + decode need 2 x 3 = 6 > 4
    default_data["package"].update(grid_rows=2, grid_cols=2)
    default_data["chiplets"] = ["DC"]
    _, value, expected = only(problems(write(default_data)), "package.grid_rows x grid_cols")
    assert value == "2x2 = 4 sites"
    assert "at least 6 sites" in expected and "twice" in expected and "3 x DC" in expected


def test_grid_exactly_large_enough_for_two_copies_passes(default_data, write):
    default_data["package"].update(grid_rows=2, grid_cols=3)
    default_data["chiplets"] = ["DC"]
    assert load_and_check(write(default_data)).sites == 6


def tpot_min_ms(sites: int) -> float:
    best_bw = 26200 * 0.85 * GB  # DC, bytes/s
    return 1e3 * WEIGHT_BYTES / (sites * best_bw)


def test_tpot_below_physical_minimum(default_data, write):
    expected_ms = tpot_min_ms(9)
    assert expected_ms == pytest.approx(0.70401, rel=1e-4)
    default_data["workload"]["targets"]["tpot_ms"] = 0.5
    _, value, expected = only(problems(write(default_data)), "workload.targets.tpot_ms")
    assert value == 0.5
    assert f"at least {expected_ms:.3f} ms" in expected  # 0.704 ms


def test_tpot_just_above_the_minimum_passes(default_data, write):
    default_data["workload"]["targets"]["tpot_ms"] = tpot_min_ms(9) * 1.001
    load_and_check(write(default_data))
    default_data["workload"]["targets"]["tpot_ms"] = tpot_min_ms(9) * 0.999
    assert only(problems(write(default_data)), "workload.targets.tpot_ms")


def ttft_min_ms(prompt: int, sites: int) -> float:
    # per layer: 2 x params x s (linear) + 4 n_h d x s(s+1)/2 (causal attention); LM head for the
    # last position only: 2 V h; compute 400 TFLOPS x 0.8 per site
    per_layer = 2 * PARAMS_PER_LAYER * prompt + 4 * NH * D * prompt * (prompt + 1) / 2
    flops = L * per_layer + 2 * V * H
    return 1e3 * flops / (sites * 400e12 * 0.8)


def test_ttft_below_physical_minimum(default_data, write):
    expected_ms = ttft_min_ms(2071, 9)  # Code workload: 2071-token prompts
    assert 95 < expected_ms < 105
    default_data["workload"]["targets"]["ttft_ms"] = 50.0
    _, value, expected = only(problems(write(default_data)), "workload.targets.ttft_ms")
    assert value == 50.0
    assert f"at least {expected_ms:.3f} ms" in expected
    assert "2071 tokens" in expected and "p90" in expected


def test_ttft_minimum_uses_the_percentile_prompt_of_a_histogram(default_data, write):
    # 85% of prompts are 1000 tokens, 15% are 4000: the p90 prompt is 4000 tokens
    default_data["workload"]["lengths"] = {"histogram": [
        {"input_tokens": 1000, "output_tokens": 20, "weight": 85},
        {"input_tokens": 4000, "output_tokens": 20, "weight": 15}]}
    expected_ms = ttft_min_ms(4000, 9)
    default_data["workload"]["targets"]["ttft_ms"] = expected_ms * 0.99
    _, _, expected = only(problems(write(default_data)), "workload.targets.ttft_ms")
    assert f"at least {expected_ms:.3f} ms" in expected and "4000 tokens" in expected
    default_data["workload"]["targets"]["ttft_ms"] = expected_ms * 1.01
    load_and_check(write(default_data))


def test_no_chiplet_type_may_decode(small_data, write):
    small_data["chiplets"] = [small_data["chiplets"][1]]
    small_data["chiplets"][0]["roles"] = ["prefill"]
    probs = problems(write(small_data))
    path, value, expected = only(probs, "chiplets")
    assert value == ["mini"] and "role 'decode'" in expected


def test_no_chiplet_type_may_prefill(small_data, write):
    small_data["chiplets"] = [small_data["chiplets"][1]]
    small_data["chiplets"][0]["roles"] = ["decode"]
    _, _, expected = only(problems(write(small_data)), "chiplets")
    assert "role 'prefill'" in expected


def test_roles_spread_over_two_types_pass(small_data, write):
    small_data["chiplets"] = [small_data["chiplets"][1], dict(small_data["chiplets"][1])]
    small_data["chiplets"][0]["roles"] = ["prefill"]
    small_data["chiplets"][1]["roles"] = ["decode"]
    small_data["chiplets"][1]["name"] = "mini-decode"
    assert [c.roles for c in load_and_check(write(small_data)).chiplets] == [["prefill"], ["decode"]]


def test_tp_degrees_must_divide_the_heads(default_data, write):
    default_data["search"] = {"tp_degrees": [1, 3, 5, 8]}
    _, value, expected = only(problems(write(default_data)), "search.tp_degrees")
    assert value == [3, 5] and "64 attention heads" in expected


def test_thermal_limits_against_ambient_and_refresh(small_data, write):
    th = small_data["chiplets"][1]["thermal"]
    th.update(logic_temp_limit_C=40.0, dram_temp_limit_C=80.0)  # ambient 45; refresh default 85
    probs = problems(write(small_data))
    assert only(probs, "chiplets[1].thermal.logic_temp_limit_C")[1] == 40.0
    assert only(probs, "chiplets[1].thermal.dram_refresh_threshold_C")[1] == 85.0


def test_all_problems_are_reported_together(default_data, write):
    default_data["workload"]["targets"].update(tpot_ms=0.1, ttft_ms=1.0)
    default_data["chiplets"] = ["PC"]
    default_data["package"].update(grid_rows=1, grid_cols=2)
    paths = [p[0] for p in problems(write(default_data))]
    assert paths == ["package.grid_rows x grid_cols", "workload.targets.tpot_ms", "workload.targets.ttft_ms"]


def test_absurd_weight_bytes_do_not_crash_the_capacity_check(default_data, write):
    default_data["model"] = {"catalog": "Llama3-70B", "weight_bytes": 1e308}
    probs = problems(write(default_data))
    assert any(p[0] == "package.grid_rows x grid_cols" for p in probs)


@pytest.mark.parametrize("field", ["dram_bandwidth_GBps", "compute_TFLOPS"])
def test_denormal_rates_do_not_crash_the_latency_checks(small_data, write, field):
    # 5e-324 x efficiency 0.4 rounds to 0.0: the minimum latency is infinite, not a ZeroDivisionError
    small_data["chiplets"] = [small_data["chiplets"][1]]
    small_data["chiplets"][0].update({field: 5e-324, "bandwidth_efficiency": 0.4, "compute_efficiency": 0.4})
    target = "workload.targets.tpot_ms" if field == "dram_bandwidth_GBps" else "workload.targets.ttft_ms"
    _, _, expected = only(problems(write(small_data)), target)
    assert expected.startswith("at least inf ms")


def test_chunked_prefill_needs_only_one_copy(default_data, write):
    """With serving.chunked_prefill and a type allowed both roles, one combined instance serves
    alone: the 4-site grid that two copies overflow (3 + 3 DC sites, above) passes the checks."""
    default_data["package"].update(grid_rows=2, grid_cols=2)
    default_data["chiplets"] = ["DC"]
    default_data["serving"] = {"chunked_prefill": {"chunk_tokens": [512]}}
    assert load_and_check(write(default_data)).sites == 4
    default_data["chiplets"] = [{**CHIPLETS["DC"], "roles": ["decode"]}, {**CHIPLETS["PC"], "roles": ["prefill"]}]
    _, _, expected = only(problems(write(default_data)), "package.grid_rows x grid_cols")
    assert "twice" in expected   # no type may run a combined instance: two copies again
