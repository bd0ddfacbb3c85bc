"""DRAM footprint per chiplet for a (TP, PP) split with given layers per stage."""

from __future__ import annotations

import numpy as np

from lamoopt.costmodel.arch import ModelArch

GB = 1e9


def balanced_layer_split(num_layers: int, pp: int) -> list[int]:
    """Layers per stage for a homogeneous pipeline: the first L mod p stages take one extra
    layer, so the largest stage has ceil(L/p) layers (the bottleneck and the memory peak)."""
    base, extra = divmod(num_layers, pp)
    return [base + (1 if i < extra else 0) for i in range(pp)]


def kv_heads_per_chiplet(arch: ModelArch, tp: int) -> float:
    """KV heads held per chiplet; with tp > n_kv each KV head is replicated tp/n_kv times."""
    return max(arch.num_kv_heads / tp, 1.0)


def ffn_params_per_chiplet(arch: ModelArch, tp: int, ep: int = 1, dp_attention: bool = False) -> float:
    """FFN parameters one chiplet holds for one layer, the larger layer kind's: dense FFNs split
    by tp; a MoE layer's routed experts spread over the tp chiplets: with expert parallelism ep
    (costmodel.dataflow.layer_gemms: ep groups of tp/ep ranks) a chiplet holds E/ep whole experts
    split over its group's tp/ep ranks, E/tp expert-equivalents for every ep (Mixtral, tp = ep = 4:
    2 whole experts of 176,160,768 parameters); the shared experts split by tp, and the router
    (h x E) replicated. dp_attention (costmodel.dp_attention): E/tp whole experts, and the dense
    FFN, the shared experts and the router whole on every chiplet."""
    split = 1 if dp_attention else tp
    kinds = [arch.dense_ffn_params / split] if arch.num_dense_layers else []
    if arch.is_moe:
        if ep == 1 and not dp_attention:
            kinds.append((arch.num_experts * arch.expert_params + arch.shared_experts_params) / tp + arch.router_params)
        else:
            group_experts = arch.num_experts // ep * arch.expert_params / (tp // ep)
            kinds.append(group_experts + arch.shared_experts_params / split + arch.router_params)
    return max(kinds)


def stage_weight_bytes_per_chiplet(arch: ModelArch, layers: int, tp: int, first: bool, last: bool,
                                   dp_attention: bool = False) -> float:
    """Weights on one chiplet of a stage: its layers' share (KV projections replicated when
    tp > n_kv; per layer the larger kind's FFN, see ffn_params_per_chiplet) plus the embedding on
    the first stage and the LM head on the last, split by tp. dp_attention: the attention, the
    embedding and the LM head whole on every chiplet, the experts spread (ep = tp)."""
    h, d = arch.hidden_size, arch.head_dim
    split = 1 if dp_attention else tp
    q_o = 2 * h * arch.num_heads * d / split
    kv = 2 * h * d * kv_heads_per_chiplet(arch, split)
    ffn = ffn_params_per_chiplet(arch, tp, tp if dp_attention else 1, dp_attention)
    per_layer = (q_o + kv + ffn) * arch.weight_bytes
    extra = (arch.embedding_bytes if first else 0.0) + (arch.lm_head_bytes if last else 0.0)
    return layers * per_layer + extra / split


def kv_bytes_per_token_per_chiplet(arch: ModelArch, layers: int, tp: int, dp_attention: bool = False) -> float:
    """KV cache of one token held by one chiplet of a stage with `layers` layers. dp_attention:
    a request's KV (all heads) lives on one of the tp ranks, so a chiplet holds 1/tp of the
    instance's tokens' KV on average (the mean rank; costmodel.dp_attention's balance note)."""
    if dp_attention:
        return layers * 2.0 * arch.num_kv_heads * arch.head_dim * arch.kv_bytes / tp
    return layers * 2.0 * kv_heads_per_chiplet(arch, tp) * arch.head_dim * arch.kv_bytes


def max_chiplet_footprint_bytes(arch: ModelArch, tp: int, pp: int, tokens_resident) -> np.ndarray:
    """Largest per-chiplet DRAM footprint over the stages of a balanced (tp, pp) split holding
    `tokens_resident` tokens of KV cache (array-friendly in tokens_resident)."""
    split = balanced_layer_split(arch.num_layers, pp)
    toks = np.asarray(tokens_resident, float)
    worst = np.zeros_like(toks)
    for i, layers in enumerate(split):
        w = stage_weight_bytes_per_chiplet(arch, layers, tp, first=(i == 0), last=(i == pp - 1))
        worst = np.maximum(worst, w + toks * kv_bytes_per_token_per_chiplet(arch, layers, tp))
    return worst
