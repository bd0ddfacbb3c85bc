"""Expert parallelism inside the TP group (costmodel.moe, dataflow, memory, comm), against
hand-computed cases on Mixtral-8x7B (h 4096, 8 experts of width 14336, top-2, BF16)."""

import numpy as np
import pytest

from lamoopt.catalog import MODELS
from lamoopt.costmodel import comm, dataflow, memory
from lamoopt.costmodel.arch import arch_from_config
from lamoopt.costmodel.moe import expected_busiest_group_experts, expected_distinct_experts

EXPERT = 3 * 4096 * 14336            # parameters of one gated expert: 176,160,768
ROUTER = 4096 * 8
EXPERT_OPS = ("expert_up_gate", "expert_down")


@pytest.fixture(scope="module")
def mixtral():
    return arch_from_config("Mixtral-8x7B", MODELS["Mixtral-8x7B"])


def test_busiest_group_by_hand():
    # ep = 4 groups of 2 experts, one token: each group's count ~ Binomial(2, 1/4)
    # P(X <= 0) = 0.5625, P(X <= 1) = 0.9375; E[max] = (1 - 0.5625^4) + (1 - 0.9375^4)
    assert expected_busiest_group_experts(8, 2, 1, 4) == pytest.approx(
        (1 - 0.5625 ** 4) + (1 - 0.9375 ** 4), rel=1e-12) == pytest.approx(1.1274108887, rel=1e-9)
    assert expected_busiest_group_experts(8, 2, 1, 8) == 1.0                 # floor ceil(k/ep) = 1
    assert expected_busiest_group_experts(8, 2, 4, 1) == expected_distinct_experts(8, 2, 4)  # no EP
    assert expected_busiest_group_experts(8, 2, 256, 4) == pytest.approx(2.0)  # every expert touched


@pytest.mark.parametrize("E, k, ep, T", [(8, 2, 2, 1), (8, 2, 4, 4), (128, 8, 8, 4)])
def test_busiest_group_against_exact_top_k_routing(E, k, ep, T):
    """Monte Carlo of exact top-k routing (k distinct experts per token): within 3 %, the
    module docstring's measured error, plus the sampling error of 3,000 draws."""
    rng = np.random.default_rng(1)
    draws = []
    for _ in range(3000):
        touched = np.zeros(E, bool)
        for _ in range(T):
            touched[rng.choice(E, k, replace=False)] = True
        draws.append(touched.reshape(ep, E // ep).sum(axis=1).max())
    assert expected_busiest_group_experts(E, k, T, ep) == pytest.approx(np.mean(draws), rel=0.04)


@pytest.mark.parametrize("tp, ep", [(4, 1), (4, 2), (4, 4), (8, 8), (2, 2)])
def test_expert_bytes_per_chiplet(mixtral, tp, ep):
    """A chiplet holds E/ep whole experts split over tp/ep ranks: E/tp expert-equivalents for
    every ep (tp = ep = 4: 2 whole experts, 704,643,072 bytes per layer in BF16)."""
    assert memory.ffn_params_per_chiplet(mixtral, tp, ep) == pytest.approx(8 / tp * EXPERT + ROUTER, rel=1e-15)
    if (tp, ep) == (4, 4):
        assert (memory.ffn_params_per_chiplet(mixtral, 4, 4) - ROUTER) * 2 == 704_643_072


def _expert_weights(arch, tp, ep, tokens, field="count"):
    """Expert weight parameters read per chiplet of one layer (count x K x N over the expert GEMMs)."""
    return sum(getattr(g, field) * g.K * g.N for g in dataflow.layer_gemms(arch, tp, tokens, ep)
               if g.name in EXPERT_OPS)


def test_decode_step_bytes_with_ep_at_batch_1_and_256(mixtral):
    """TP 4, EP 4. Batch 1: the mean chiplet reads D(1)/4 = 0.5 whole experts (= 2 experts
    split 4 ways, as without EP), the busiest 1.1274 experts (time); batch 256: every chiplet
    reads its 2 whole experts (all it holds)."""
    assert _expert_weights(mixtral, 4, 4, 1) == pytest.approx(0.5 * EXPERT, rel=1e-12)
    assert _expert_weights(mixtral, 4, 1, 1) == pytest.approx(0.5 * EXPERT, rel=1e-12)
    busiest = _expert_weights(mixtral, 4, 4, 1, "time_count")
    assert busiest == pytest.approx(1.127410888671875 * EXPERT, rel=1e-12)
    assert busiest * 2 == pytest.approx(397_211_136, rel=1e-12)  # bytes: 352,321,536 x 4175/32768 more
    assert _expert_weights(mixtral, 4, 4, 256) * 2 == pytest.approx(2 * EXPERT * 2, rel=1e-12)
    assert _expert_weights(mixtral, 4, 4, 256, "time_count") == pytest.approx(2 * EXPERT, rel=1e-12)
    # FLOPs: the mean chiplet runs T k / ep token-expert pairs whatever ep is
    flops = [sum(g.count * 2 * g.M * g.K * g.N for g in dataflow.layer_gemms(mixtral, 4, 16, ep)
                 if g.name in EXPERT_OPS) for ep in (1, 4)]
    assert flops[0] == pytest.approx(flops[1], rel=1e-12) == pytest.approx(16 * 2 / 4 * 2 * EXPERT, rel=1e-12)


def test_ep_communication_is_the_tp_all_reduce(mixtral):
    """Dispatch is local (tokens are replicated by the attention all-reduce) and the combine is
    the FFN all-reduce of T x h activations: for a 4-rank group at T = 16, 2 x 131,072 bytes
    per layer, each ring all-reduce 2(t-1)/t x 131,072 B / 200 GB/s + 6 x 5 ns = 1.0130 us."""
    msg = float(comm.tp_allreduce_bytes_per_layer(mixtral, 16)) / comm.ALLREDUCES_PER_LAYER
    assert msg == 16 * 4096 * 2 == 131_072
    assert float(comm.ring_allreduce_time_s(msg, 4, 200e9, 5e-9)) == pytest.approx(1.5 * 131_072 / 200e9 + 6 * 5e-9)
    assert float(comm.ring_allreduce_time_s(msg, 4, 200e9, 5e-9)) == pytest.approx(1.0130e-6, rel=1e-4)


def test_ep_must_divide_tp_and_experts(mixtral):
    with pytest.raises(ValueError, match="ep = 3"):
        dataflow.layer_gemms(mixtral, 6, 1, 3)
    with pytest.raises(ValueError, match="ep = 4 must divide tp = 2"):
        dataflow.layer_gemms(mixtral, 2, 1, 4)
    dense = arch_from_config("L", MODELS["Llama3-70B"])
    with pytest.raises(ValueError, match="mixture-of-experts"):
        dataflow.layer_gemms(dense, 4, 1, 2)
