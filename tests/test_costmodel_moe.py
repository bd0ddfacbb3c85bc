"""Mixture of experts in the cost model, against hand-computed cases (Mixtral-8x7B: h 4096,
32 layers, 32 query / 8 KV heads of 128, 8 experts of width 14336, top-2, vocab 32000, BF16)."""

import numpy as np
import pytest

from lamoopt.catalog import MODELS, PUBLISHED_ACTIVE_PARAMS_B, PUBLISHED_PARAMS_B
from lamoopt.costmodel import dataflow, memory
from lamoopt.costmodel import operators as ops
from lamoopt.costmodel.arch import arch_from_config, moe_layer_indices
from lamoopt.costmodel.moe import expected_distinct_experts

# Hand counts (parameters) of one Mixtral layer.
ATTN = 2 * 4096 * 32 * 128 + 2 * 4096 * 8 * 128       # q, o + k, v = 41,943,040
EXPERT = 3 * 4096 * 14336                              # gated expert = 176,160,768
ROUTER = 4096 * 8                                      # 32,768
EMB_HEAD = 2 * 32000 * 4096                            # untied embedding + LM head
KV_PER_TOKEN_LAYER = 2 * 8 * 128 * 2                   # bytes, BF16


@pytest.fixture(scope="module")
def mixtral():
    return arch_from_config("Mixtral-8x7B", MODELS["Mixtral-8x7B"])


def test_mixtral_parameter_counts(mixtral):
    assert mixtral.total_params == 32 * (ATTN + 8 * EXPERT + ROUTER) + EMB_HEAD == 46_702_526_464
    assert mixtral.active_params == 32 * (ATTN + 2 * EXPERT + ROUTER) + EMB_HEAD == 12_879_659_008
    assert mixtral.total_params / 1e9 == pytest.approx(46.7, rel=0.005)
    assert mixtral.active_params / 1e9 == pytest.approx(12.9, rel=0.005)


def test_qwen3_moe_parameter_counts():
    a = arch_from_config("q", MODELS["Qwen3-30B-A3B"])
    attn = 2 * 2048 * 32 * 128 + 2 * 2048 * 4 * 128
    per_layer_active = attn + 8 * 3 * 2048 * 768 + 2048 * 128
    assert a.active_params == 48 * per_layer_active + 2 * 151936 * 2048 == 3_352_821_760
    assert a.total_params / 1e9 == pytest.approx(PUBLISHED_PARAMS_B["Qwen3-30B-A3B"], rel=0.005)
    assert a.active_params / 1e9 == pytest.approx(PUBLISHED_ACTIVE_PARAMS_B["Qwen3-30B-A3B"], rel=0.02)


def test_expected_distinct_experts():
    assert expected_distinct_experts(8, 2, 1) == pytest.approx(2.0)          # one token: k
    assert expected_distinct_experts(8, 2, 4) == 8 * (1 - 0.75 ** 4) == 5.46875
    assert expected_distinct_experts(8, 2, 256) == pytest.approx(8.0, rel=1e-12)  # all experts
    assert expected_distinct_experts(8, 2, 4, ep=2) == 5.46875 / 2            # per EP rank
    assert np.all(np.diff(expected_distinct_experts(128, 8, np.arange(1, 200))) > 0)
    with pytest.raises(ValueError, match="experts_per_token"):
        expected_distinct_experts(8, 9, 1)
    with pytest.raises(ValueError, match="ep"):
        expected_distinct_experts(8, 2, 1, ep=3)


def test_mixtral_decode_bytes_per_step(mixtral):
    """Batch 1 reads 2 experts, batch 4 the expected 5.46875, batch 256 all 8."""
    def kv(batch, ctx):
        return (ctx + batch) * KV_PER_TOKEN_LAYER
    assert ops.decode_bytes_per_layer(mixtral, 1, 1000) == (ATTN + ROUTER + 2 * EXPERT) * 2 + kv(1, 1000) \
        == 788_594_688 + 4_100_096
    assert ops.decode_bytes_per_layer(mixtral, 4, 4000) == 2_010_710_016 + kv(4, 4000)
    assert ops.decode_bytes_per_layer(mixtral, 256, 0) == pytest.approx(
        (ATTN + ROUTER + 8 * EXPERT) * 2 + kv(256, 0), rel=1e-9)
    # a dense 8-expert read would be 4x the batch-1 expert traffic: the model is not dense
    assert ops.decode_bytes_per_layer(mixtral, 1, 0) < 0.3 * mixtral.weight_bytes_per_layer


def test_mixtral_flops_per_prefill_token(mixtral):
    """Two experts per token: 2 x active parameters per layer, plus attention."""
    s = 100
    expected = 2 * (ATTN + ROUTER + 2 * EXPERT) * s + 4 * 32 * 128 * s * (s + 1) / 2
    assert ops.prefill_flops_per_layer(mixtral, s) == expected
    gemm_flops = sum(g.count * 2 * g.M * g.K * g.N for g in dataflow.layer_gemms(mixtral, 1, s))
    assert gemm_flops == pytest.approx(2 * (ATTN + ROUTER + 2 * EXPERT) * s, rel=1e-12)


@pytest.mark.parametrize("tp", [1, 2, 4])
def test_expert_gemms_read_the_distinct_experts_and_hold_all(mixtral, tp):
    """Weights of the layer GEMMs (count x K x N) at T tokens: attention, router and D(T)
    experts per chiplet; at a large batch all experts, which is what memory holds."""
    def weights(tokens):
        return sum(g.count * g.K * g.N for g in dataflow.layer_gemms(mixtral, tp, tokens))
    attn_router = weights(1) - 2 * EXPERT / tp  # one token runs 2 experts
    assert weights(4) == pytest.approx(attn_router + 5.46875 * EXPERT / tp, rel=1e-12)
    assert weights(10_000) * 2 == pytest.approx(memory.stage_weight_bytes_per_chiplet(mixtral, 1, tp, False, False))
    assert memory.stage_weight_bytes_per_chiplet(mixtral, 1, 1, False, False) == (ATTN + 8 * EXPERT + ROUTER) * 2


def test_gemm_shapes_of_one_token_fold_the_active_experts(mixtral):
    shapes = dict((n, (K, N)) for n, K, N in dataflow.layer_gemm_shapes(mixtral, 2))
    assert shapes["expert_up_gate"] == pytest.approx((4096, 2 * 2 * 14336 / 2))
    assert shapes["expert_down"] == pytest.approx((14336 / 2, 2 * 4096))


def test_dense_models_gemms_are_unchanged():
    """Dense: one GEMM of every shape on all tokens; the shapes are the pre-MoE formulas."""
    a = arch_from_config("L", MODELS["Llama3-70B"])
    for tp in (1, 2, 4, 8, 16):
        h, d, f = 8192, 128, 28672
        kvh = max(8 / tp, 1.0)
        assert dataflow.layer_gemm_shapes(a, tp) == [
            ("qkv_proj", h, (64 / tp + 2 * kvh) * d), ("out_proj", 64 / tp * d, h),
            ("ffn_up_gate", h, 2 * f / tp), ("ffn_down", f / tp, h)]
        assert all(g.count == 1.0 and g.M == 77 for g in dataflow.layer_gemms(a, tp, 77))


def test_moe_layer_layouts():
    base = dict(hidden_size=64, num_hidden_layers=6, num_attention_heads=4, intermediate_size=256,
                vocab_size=100, num_experts_per_tok=2, moe_intermediate_size=32)
    assert moe_layer_indices({**base, "num_experts": 8}) == (0, 1, 2, 3, 4, 5)
    assert moe_layer_indices({**base, "num_experts": 8, "decoder_sparse_step": 2}) == (1, 3, 5)
    assert moe_layer_indices({**base, "num_experts": 8, "mlp_only_layers": [0, 5]}) == (1, 2, 3, 4)
    assert moe_layer_indices({**base, "n_routed_experts": 8, "first_k_dense_replace": 1}) == (1, 2, 3, 4, 5)
    assert moe_layer_indices({**base, "n_routed_experts": 8, "moe_layer_freq": 2}) == (0, 2, 4)
    assert moe_layer_indices(base | {"num_experts_per_tok": None}) == ()


def test_deepseek_style_shared_experts_and_dense_first_layer():
    """DeepSeek-V2 keys: 2 shared experts of the expert width; layer 0 dense. Totals count each
    kind; the mean layer's FLOPs sum exactly; memory takes the larger kind."""
    cfg = dict(hidden_size=64, num_hidden_layers=4, num_attention_heads=4, intermediate_size=512,
               vocab_size=100, n_routed_experts=8, num_experts_per_tok=2, moe_intermediate_size=32,
               n_shared_experts=2, first_k_dense_replace=1)
    a = arch_from_config("ds", cfg)
    attn, dense, expert, router = 4 * 64 * 64, 3 * 64 * 512, 3 * 64 * 32, 64 * 8
    moe_stored, moe_active = 8 * expert + 2 * expert + router, 2 * expert + 2 * expert + router
    assert a.total_params == 4 * attn + dense + 3 * moe_stored + 2 * 100 * 64
    assert a.active_params == 4 * attn + dense + 3 * moe_active + 2 * 100 * 64
    assert 4 * (ops.prefill_flops_per_layer(a, 1) - ops.attention_flops_per_layer(a, 1)) == \
        2 * (4 * attn + dense + 3 * moe_active)
    assert memory.stage_weight_bytes_per_chiplet(a, 1, 1, False, False) == (attn + max(dense, moe_stored)) * 2
    gemm_flops = sum(g.count * 2 * g.M * g.K * g.N for g in dataflow.layer_gemms(a, 1, 10))
    assert gemm_flops == pytest.approx(2 * 10 * (attn + (dense + 3 * moe_active) / 4), rel=1e-12)


def test_qwen2_style_one_shared_expert():
    cfg = dict(hidden_size=64, num_hidden_layers=2, num_attention_heads=4, intermediate_size=512,
               vocab_size=100, num_experts=4, num_experts_per_tok=1, moe_intermediate_size=32,
               shared_expert_intermediate_size=128)
    a = arch_from_config("q2", cfg)
    assert (a.num_shared_experts, a.shared_expert_intermediate_size) == (1, 128)
    assert a.active_params == 2 * (4 * 64 * 64 + 3 * 64 * 32 + 3 * 64 * 128 + 64 * 4) + 2 * 100 * 64
