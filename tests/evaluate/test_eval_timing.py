"""Operator timing: never faster than the roofline; the D3 dataflow picks the lower traffic."""

import numpy as np
import pytest
from evalkit import instance, make_design, make_problem
from hypothesis import given, settings
from hypothesis import strategies as st

from lamoopt.costmodel import operators as ops
from lamoopt.costmodel.dataflow import gemm_traffic
from lamoopt.costmodel.memory import stage_weight_bytes_per_chiplet
from lamoopt.evaluate.timing import InstanceTimer

GRID = 5
SITES = [[r, c if r % 2 == 0 else GRID - 1 - c] for r in range(GRID) for c in range(GRID)]  # snake


@pytest.fixture(scope="module")
def problem_8b():
    return make_problem("Llama-3-8B")


def timer_for(problem, chiplet, tp, pp, factor=1.0, role="prefill"):
    layers = problem.arch.num_layers
    inst = instance("x", role, chiplet, tp, pp, layers, SITES[:tp * pp])
    other = instance("y", "decode" if role == "prefill" else "prefill", "DC", 1, 1, layers, [SITES[-1]])
    design = make_design(inst, other, rows=GRID, cols=GRID)
    return InstanceTimer(problem, design, design.instances[0], factor)


COMBOS = [("PC", 1, 1), ("PC", 2, 1), ("PC", 4, 2), ("DC", 8, 1), ("DC", 2, 4), ("PC", 1, 8)]
PROMPTS = [[17], [512], [2048, 100, 7], [4096, 4096, 4096, 4096]]
CONTEXTS = [[1], [600] * 8, list(range(100, 6500, 100)), [8000] * 256]


@pytest.mark.parametrize("combo", COMBOS)
def test_every_operator_is_at_least_its_roofline(problem_8b, combo):
    t = timer_for(problem_8b, *combo)
    for phase, cases in (("prefill", PROMPTS), ("decode", CONTEXTS)):
        for lengths in cases:
            table = t.operator_table(phase, lengths)
            assert (table.time_s >= table.roofline_s * (1 - 1e-12)).all(), table[table.time_s < table.roofline_s]
            assert (table.dram_bytes >= table.min_dram_bytes * (1 - 1e-12)).all()
            # the stage times are exactly the operators summed
            per_stage = (table.executions * table.time_s).groupby(table.stage).sum().to_numpy()
            work = t.prefill_work(lengths) if phase == "prefill" else t.decode_work(lengths)
            np.testing.assert_allclose(work.time_s, per_stage, rtol=1e-12)


@pytest.mark.parametrize("combo", COMBOS)
def test_stage_times_are_at_least_the_cost_model_roofline(problem_8b, combo):
    """An independent lower bound from lamoopt.costmodel: each stage's share of the model FLOPs
    over peak compute, and its weights over peak bandwidth (the embedding table excepted: a
    look-up reads only the rows of the tokens)."""
    a = problem_8b.arch
    t = timer_for(problem_8b, *combo)
    c = t.chiplet
    peak_FLOPS, peak_Bps = c.compute_TFLOPS * 1e12, c.dram_bandwidth_GBps * 1e9
    weights = np.array([stage_weight_bytes_per_chiplet(a, int(L), t.tp, s == 0, s == t.pp - 1)
                        for s, L in enumerate(t.layers)])
    weights[0] -= a.embedding_bytes / t.tp
    for prompts in PROMPTS:
        flops = t.layers * float(np.sum(ops.prefill_flops_per_layer(a, np.array(prompts)))) / t.tp
        bound = np.maximum(flops / peak_FLOPS, weights / peak_Bps)
        assert (t.prefill_stage_times_s(prompts) >= bound).all()
    for ctx in CONTEXTS:
        ctx = np.array(ctx)
        flops = t.layers * float(ops.decode_flops_per_layer(a, ctx.size, ctx.sum())) / t.tp
        bound = np.maximum(flops / peak_FLOPS, weights / peak_Bps)
        assert (t.decode_stage_times_s(ctx) >= bound).all()


def test_d3_picks_the_lower_traffic_policy_hand_computed():
    MB = 1e6
    # 1000 x 1000 @ 1000 x 1000 in FP16 on 4 MB SRAM (2 MB resident budget)
    big = gemm_traffic(1000, 1000, 1000, 2, 2, 4 * MB)
    # weight-streaming: a row holds (1000 + 1000) x 2 B = 4 kB -> 500 rows per tile, 2 tiles:
    # weights 2 x 2 MB + activations spilled once (2 MB in + 2 MB out) = 8 MB
    assert big.weight_streaming_bytes == pytest.approx(8 * MB)
    # activation-streaming: 1000 columns x 1000 x 2 B = 2 MB fit one tile: weights 2 MB +
    # activations in 2 MB + out 2 MB = 6 MB
    assert big.activation_streaming_bytes == pytest.approx(6 * MB)
    assert big.policy == "activation_streaming" and big.dram_bytes == pytest.approx(6 * MB)
    # 10 tokens: activations (40 kB) stay resident, weights streamed once: 2 MB
    small = gemm_traffic(10, 1000, 1000, 2, 2, 4 * MB)
    assert small.weight_streaming_bytes == pytest.approx(2 * MB)
    assert small.policy == "weight_streaming" and small.dram_bytes == pytest.approx(2 * MB)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 20000), st.integers(64, 30000), st.integers(64, 60000),
       st.sampled_from([1e6, 8e6, 128e6]))
def test_d3_traffic_is_the_minimum_and_above_the_weights(M, K, N, sram):
    g = gemm_traffic(M, K, N, 2.0, 2.0, sram)
    assert g.dram_bytes == min(g.weight_streaming_bytes, g.activation_streaming_bytes)
    assert g.dram_bytes >= g.min_bytes == K * N * 2.0


@pytest.mark.parametrize("tp", [1, 2, 4, 8, 16])
def test_gemm_weights_match_the_memory_model(problem_8b, tp):
    t = timer_for(problem_8b, "DC", tp, 1)
    a = problem_8b.arch
    per_layer = sum(g.count * g.K * g.N for g in t.layer_gemms(1)) * a.weight_bytes
    assert per_layer == pytest.approx(stage_weight_bytes_per_chiplet(a, 1, tp, False, False))


def test_decode_time_grows_with_context_and_shrinks_with_bandwidth(problem_8b):
    fast = timer_for(problem_8b, "DC", 2, 1, role="decode")
    slow = timer_for(problem_8b, "DC", 2, 1, factor=0.8, role="decode")
    short, long_ = fast.decode_stage_times_s([100] * 32), fast.decode_stage_times_s([8000] * 32)
    assert long_[0] > short[0]
    assert slow.decode_stage_times_s([8000] * 32)[0] > long_[0]  # bandwidth-bound step


def test_prefill_is_causal_in_attention_flops(problem_8b):
    t = timer_for(problem_8b, "PC", 1, 1)
    table = t.operator_table("prefill", [1000])
    attn = table[table.name == "attention"].iloc[0]
    assert attn.flops == pytest.approx(float(ops.attention_flops_per_layer(problem_8b.arch, 1000 * 1001 / 2)))


def test_tp_adds_two_allreduces_per_layer_and_pp_adds_transfers(problem_8b):
    t = timer_for(problem_8b, "PC", 4, 2)
    table = t.operator_table("prefill", [512])
    ar = table[table.name == "tp_allreduce"]
    assert list(ar.executions) == [2 * L for L in t.layers]
    assert (table.name == "pp_send").sum() == 1 and (table.name == "lm_head").sum() == 1
    assert table[table.name == "lm_head"].stage.iloc[0] == 1
    e = t.prefill_stage_energy_J([512])
    assert (e.d2d_J > 0).all() and (e.compute_J > 0).all() and (e.dram_J > 0).all()


def test_kv_capacity_uses_the_memory_model(problem_8b):
    t = timer_for(problem_8b, "PC", 1, 1, role="decode")
    a = problem_8b.arch
    free = 32e9 - stage_weight_bytes_per_chiplet(a, a.num_layers, 1, True, True)
    assert t.kv_capacity_tokens == int(free // a.kv_bytes_per_token)


def test_bandwidth_factor_per_chiplet_takes_the_slowest_rank(problem_8b):
    per_stage = timer_for(problem_8b, "DC", 2, 2, factor=[1.0, 0.7], role="decode")
    per_chiplet = timer_for(problem_8b, "DC", 2, 2, factor=[1.0, 1.0, 0.9, 0.7], role="decode")
    np.testing.assert_allclose(per_stage.decode_stage_times_s([5000] * 64),
                               per_chiplet.decode_stage_times_s([5000] * 64))
    with pytest.raises(ValueError):
        timer_for(problem_8b, "DC", 2, 2, factor=[1.0, 1.0, 1.0])
