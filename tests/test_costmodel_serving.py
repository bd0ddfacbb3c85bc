"""Prefix cache and chunked-prefill passes in the shared cost model (lamoopt.costmodel.passes),
against hand-computed cases.

Tiny model: h 64, 2 layers, 4 query / 2 KV heads of 16, FFN 128 (gated), vocab 100, FP16.
Per layer: QKV 64 x (4 + 2 x 2) x 16 = 8,192 parameters, output 64 x 64 = 4,096, FFN
3 x 64 x 128 = 24,576: 36,864 parameters; K/V of one token 2 x 2 x 16 x 2 = 128 bytes."""

import numpy as np
import pytest

from lamoopt.costmodel import dataflow
from lamoopt.costmodel.arch import arch_from_config
from lamoopt.costmodel.passes import ForwardPass, cached_prefix_tokens
from tests.evaluate.evalkit import instance, make_design, make_problem, timers_for

PARAMS_PER_LAYER = 8192 + 4096 + 24576
KVT = 128.0             # K/V bytes per token per layer
SRAM = 128e6            # a PC's SRAM: everything of the tiny model stays resident


@pytest.fixture(scope="module")
def tiny():
    return arch_from_config("tiny", dict(hidden_size=64, num_hidden_layers=2, num_attention_heads=4,
                                         num_key_value_heads=2, intermediate_size=128, vocab_size=100))


def test_cached_prefix_tokens():
    assert list(cached_prefix_tokens([100, 7, 1], 0.25)) == [25.0, 1.0, 0.0]   # floor(h s)
    assert list(cached_prefix_tokens([10], 0.99)) == [9.0]                       # the last token is computed
    assert list(cached_prefix_tokens([10, 3], 0.0)) == [0.0, 0.0]


def _linear_flops(arch, fp):
    return sum(2.0 * g.M * g.K * g.N * g.count for g in dataflow.layer_gemms(arch, 1, fp.tokens))


def test_prefill_with_hit_rate_by_hand(tiny):
    """s = 100, h = 0.25: 25 cached, 75 computed. Linear FLOPs scale by 75/100; attention has
    75 x 25 + 75 x 76 / 2 = 4,725 (query, key) pairs (h = 0: 5,050); it writes 75 new K/V
    and reads the 25 cached ones once (all fits the SRAM)."""
    cold, warm = ForwardPass.prefill([100]), ForwardPass.prefill([100], 0.25)
    assert (cold.tokens, warm.tokens, warm.sequences) == (100.0, 75.0, 1)
    assert _linear_flops(tiny, cold) == 2 * 100 * PARAMS_PER_LAYER
    assert _linear_flops(tiny, warm) == 2 * 75 * PARAMS_PER_LAYER == 0.75 * _linear_flops(tiny, cold)
    assert cold.attention_layer(tiny, 1, SRAM) == (4 * 4 * 16 * 5050, 100 * KVT, 100 * KVT)
    assert warm.attention_layer(tiny, 1, SRAM) == (4 * 4 * 16 * 4725, 75 * KVT + 25 * KVT, 100 * KVT)


def test_prefill_with_hit_rate_spills_like_a_whole_prompt(tiny):
    """A prompt whose K/V exceed the resident budget streams every K/V (cached ones included)
    once per Q tile of the NEW tokens: SRAM 0.1 MB, budget 50 kB, Q tile 25 kB = 200 new tokens
    of 4 x 16 x 2 bytes; s = 1000, h = 0.5: 500 new tokens -> 3 tiles x 1000 K/V read."""
    flops, b, mb = ForwardPass.prefill([1000], 0.5).attention_layer(tiny, 1, 0.1e6)
    assert flops == 4 * 4 * 16 * (500 * 500 + 500 * 501 / 2)
    assert b == 500 * KVT + 3 * 1000 * KVT
    assert mb == 1000 * KVT


def test_chunked_pass_by_hand(tiny):
    """A chunk of 64 tokens of a prompt whose first 200 are done, plus 3 decode steps at contexts
    10, 20, 30: 67 rows in every linear layer, 4 LM-head rows; attention pairs
    64 x 200 + 64 x 65 / 2 + 60; bytes: 64 written + 200 cached read, and (60 + 3) for decode."""
    fp = ForwardPass.chunked([264], [200], [10, 20, 30])
    assert (fp.tokens, fp.sequences) == (67.0, 4)
    flops, b, mb = fp.attention_layer(tiny, 1, SRAM)
    assert flops == 4 * 4 * 16 * (64 * 200 + 64 * 65 / 2 + 60)
    assert b == (64 + 200) * KVT + 63 * KVT == mb
    with pytest.raises(ValueError, match="past <= end"):
        ForwardPass.chunked([10], [20], [])


# ----------------------------------------------------------------------------- Llama-3-8B on a PC
H, L, NH, NKV, D, F, V = 4096, 32, 32, 8, 128, 14336, 128256
PC_FLOPS = 400e12 * 0.8        # catalog PC: 400 TFLOPS x compute_efficiency 0.8
PC_BPS = 10600e9 * 0.85        # 10.6 TB/s x bandwidth_efficiency 0.85


def _chunked_step_by_hand(chunk, past, contexts, bandwidth_Bps=PC_BPS):
    """One tp = pp = 1 iteration on a PC: per layer QKV, output, up+gate, down GEMMs on
    T = chunk + decodes rows (each reads its weights once: T rows fit the SRAM tile), one
    attention operator (the chunk's and the decode steps' FLOPs and bytes together); embedding
    reads T rows; LM head for the chunk and each decode step."""
    def _roof(flops, nbytes):
        return max(flops / PC_FLOPS, nbytes / bandwidth_Bps)
    T = chunk + len(contexts)
    kvt = 2 * NKV * D * 2
    layer = sum(_roof(2 * T * K * N, K * N * 2) for K, N in
                ((H, (NH + 2 * NKV) * D), (NH * D, H), (H, 2 * F), (F, H)))
    att_flops = 4 * NH * D * (chunk * past + chunk * (chunk + 1) / 2 + sum(contexts))
    att_bytes = (chunk + past) * kvt + (sum(contexts) + len(contexts)) * kvt
    layer += _roof(att_flops, att_bytes)
    seqs = 1 + len(contexts)
    return L * layer + _roof(0, T * H * 2) + _roof(2 * seqs * H * V, H * V * 2)


def test_chunked_step_time_by_hand_in_evaluator_and_milp():
    """The chunked-prefill step time, hand-computed from the operator rooflines, is what the
    evaluator's timer and the MILP's stage cost both compute (one shared cost model)."""
    from lamoopt.formulation.configs import effective_chip, stage_cost, stage_times_s
    from lamoopt.formulation.tiles import TileComm

    prob = make_problem("Llama-3-8B")
    design = make_design(instance("c", "combined", "PC", 1, 1, L, [[0, 0]], batch=8, chunk_tokens=256))
    timer = timers_for(prob, design)["c"]
    fp = ForwardPass.chunked([1280], [1024], [1000, 1500, 2000, 2500])
    expected = _chunked_step_by_hand(256, 1024, [1000, 1500, 2000, 2500])
    assert float(timer.pass_work(fp).time_s[0]) == pytest.approx(expected, rel=1e-12)
    pc = next(c for c in prob.chiplets if c.name == "PC")
    chip = effective_chip(pc, 0, prob.instance.package.ambient_C)
    # the MILP reads DRAM at the refresh-derated bandwidth of its DRAM limit
    assert chip.bandwidth_Bps < PC_BPS
    cost = stage_cost(prob, chip, 1, 1, TileComm(0, 0, 0), fp)
    milp = float(stage_times_s(cost, (L,))[0])
    assert milp == pytest.approx(_chunked_step_by_hand(256, 1024, [1000, 1500, 2000, 2500], chip.bandwidth_Bps),
                                 rel=1e-12)
    assert np.isclose(float(timer.pass_work(ForwardPass.prefill([1280], 0.8)).time_s[0]),
                      float(timer.prefill_stage_times_s([1280], [1024])[0]), rtol=0, atol=0)
