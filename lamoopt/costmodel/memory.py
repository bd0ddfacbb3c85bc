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


def stage_weight_bytes_per_chiplet(arch: ModelArch, layers: int, tp: int, first: bool, last: bool) -> float:
    """Weights on one chiplet of a stage: its layers' share (KV projections replicated when
    tp > n_kv) plus the embedding on the first stage and the LM head on the last, split by tp."""
    h, d = arch.hidden_size, arch.head_dim
    q_o = 2 * h * arch.num_heads * d / tp
    kv = 2 * h * d * kv_heads_per_chiplet(arch, tp)
    ffn = arch.ffn_params_per_layer / tp
    per_layer = (q_o + kv + ffn) * arch.weight_bytes
    extra = (arch.embedding_bytes if first else 0.0) + (arch.lm_head_bytes if last else 0.0)
    return layers * per_layer + extra / tp


def kv_bytes_per_token_per_chiplet(arch: ModelArch, layers: int, tp: int) -> float:
    """KV cache of one token held by one chiplet of a stage with `layers` layers."""
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
