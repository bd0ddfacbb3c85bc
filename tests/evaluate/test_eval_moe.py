"""The evaluator times a MoE model with the distinct experts each pass touches (Mixtral-8x7B)."""

import pytest
from evalkit import instance, make_design, make_problem

from lamoopt.costmodel import operators as ops
from lamoopt.evaluate.timing import InstanceTimer

EXPERT = 3 * 4096 * 14336
ATTN_ROUTER = 2 * 4096 * 32 * 128 + 2 * 4096 * 8 * 128 + 4096 * 8
LAYER_OPS = ("qkv_proj", "out_proj", "router", "expert_up_gate", "expert_down")


@pytest.fixture(scope="module")
def timer():
    p = make_problem("Mixtral-8x7B")
    inst = instance("d", "decode", "DC", 2, 1, 32, [[0, 0], [0, 1]])
    design = make_design(inst, instance("p", "prefill", "PC", 2, 1, 32, [[1, 0], [1, 1]]))
    return InstanceTimer(p, design, design.instances[0])


def _layer_gemm_bytes(timer, contexts):
    t = timer.operator_table("decode", contexts)
    assert set(LAYER_OPS) <= set(t.name)
    rows = t[t.name.isin(LAYER_OPS)]
    return float((rows.executions * rows.dram_bytes).sum())


@pytest.mark.parametrize("batch, experts", [(1, 2.0), (4, 5.46875), (256, 8.0)])
def test_decode_step_reads_the_distinct_experts(timer, batch, experts):
    """Per chiplet (TP 2): 32 layers x (attention + router + D(B) experts) / 2 x 2 bytes; the
    router is replicated (h x E on each rank). D(1) = 2, D(4) = 5.46875, D(256) ~ 8."""
    expected = 32 * ((ATTN_ROUTER - 4096 * 8) / 2 + 4096 * 8 + experts * EXPERT / 2) * 2
    assert _layer_gemm_bytes(timer, [500] * batch) == pytest.approx(expected, rel=1e-7)


def test_decode_step_bytes_agree_with_the_roofline_model(timer):
    """Summed over both TP ranks the GEMM weights read equal ops.decode_bytes_per_layer's
    weight part, but for the router's replica on the second rank."""
    for batch in (1, 4, 64):
        weights = float(ops.weight_bytes_read_per_layer(timer.arch, batch)) * 32
        assert 2 * _layer_gemm_bytes(timer, [500] * batch) == pytest.approx(weights + 32 * 4096 * 8 * 2, rel=1e-9)


def test_prefill_flops_are_the_active_experts(timer):
    t = timer.operator_table("prefill", [300])
    rows = t[t.name.isin(LAYER_OPS)]
    per_chiplet = float((rows.executions * rows.flops).sum())
    attn_o = (2 * 4096 * 32 * 128 + 2 * 4096 * 8 * 128) / 2
    assert per_chiplet == pytest.approx(32 * 2 * 300 * (attn_o + 4096 * 8 + 2 * EXPERT / 2), rel=1e-9)
