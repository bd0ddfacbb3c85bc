"""FLOPs and DRAM bytes of prefill and decode work (per layer and per model), vectorised.

Conventions: FLOPs count a multiply-add as 2; linear layers cost 2 x parameters per token;
attention (QK^T and AV) costs 4 * n_h * d per token per context position. Prefill is causal:
token i attends to i positions, so a prompt of s tokens has s(s+1)/2 context positions in all.
Bytes are DRAM traffic assuming weights are streamed once per forward pass (per batch) and
the KV cache is read once per decode step; activations stay on chip (SRAM) within a layer.
MoE layers (costmodel.arch): FLOPs run the k active experts per token; a pass of T tokens reads
the weights of the D(T) = E(1 - (1 - k/E)^T) distinct experts it touches (costmodel.moe, an
upper bound of the expectation under i.i.d. routing). A model mixing dense and MoE layers is
costed per mean layer (exact summed over all layers).
All functions accept numpy arrays (broadcasting) as well as scalars.
"""

from __future__ import annotations

import numpy as np

from lamoopt.costmodel.arch import ModelArch
from lamoopt.costmodel.moe import expected_distinct_experts


def attention_flops_per_layer(arch: ModelArch, context_positions):
    """4 * n_h * d * (number of (query, key) pairs)."""
    return 4.0 * arch.num_heads * arch.head_dim * np.asarray(context_positions, dtype=float)


def mean_active_params_per_layer(arch: ModelArch) -> float:
    """Parameters one token runs through in the mean decoder layer (= params_per_layer when dense)."""
    return (arch.active_params - arch.embedding_params - arch.lm_head_params) / arch.num_layers


def weight_bytes_read_per_layer(arch: ModelArch, tokens):
    """Weight bytes the mean layer reads in one pass of `tokens` tokens: attention, dense FFN,
    and for MoE layers the router, the shared experts and the D(tokens) distinct experts touched."""
    if not arch.is_moe:
        return arch.weight_bytes_per_layer
    dense = arch.num_dense_layers * arch.dense_ffn_params
    experts = expected_distinct_experts(arch.num_experts, arch.experts_per_token, tokens) * arch.expert_params
    moe = arch.num_moe_layers * (experts + arch.moe_ffn_params(0))
    return (arch.attention_params_per_layer + (dense + moe) / arch.num_layers) * arch.weight_bytes


def prefill_flops_per_layer(arch: ModelArch, prompt_tokens, batch=1):
    """One layer's prefill FLOPs for `batch` prompts of `prompt_tokens` each."""
    s = np.asarray(prompt_tokens, dtype=float)
    linear = 2.0 * mean_active_params_per_layer(arch) * s
    attn = attention_flops_per_layer(arch, s * (s + 1.0) / 2.0)
    return np.asarray(batch, dtype=float) * (linear + attn)


def prefill_bytes_per_layer(arch: ModelArch, prompt_tokens, batch=1):
    """One layer's prefill DRAM bytes: weights once per batch (MoE: the experts its b*s tokens
    touch) + KV cache written."""
    s = np.asarray(prompt_tokens, dtype=float)
    b = np.asarray(batch, dtype=float)
    return weight_bytes_read_per_layer(arch, b * s) + b * s * arch.kv_bytes_per_token_per_layer


def decode_flops_per_layer(arch: ModelArch, batch, context_tokens_total):
    """One layer's FLOPs for one decode step of `batch` requests whose contexts sum to
    `context_tokens_total` tokens."""
    b = np.asarray(batch, dtype=float)
    return 2.0 * mean_active_params_per_layer(arch) * b + attention_flops_per_layer(arch, context_tokens_total)


def decode_bytes_per_layer(arch: ModelArch, batch, context_tokens_total):
    """One layer's DRAM bytes for one decode step: all weights once (MoE: the D(batch) distinct
    experts the batch touches) + every request's KV cache read + one new KV entry written per
    request."""
    b = np.asarray(batch, dtype=float)
    ctx = np.asarray(context_tokens_total, dtype=float)
    return (weight_bytes_read_per_layer(arch, b)
            + (ctx + b) * arch.kv_bytes_per_token_per_layer)


def lm_head_flops(arch: ModelArch, tokens):
    """Logits for `tokens` positions (prefill needs only the last position of each prompt)."""
    return 2.0 * arch.vocab_size * arch.hidden_size * np.asarray(tokens, dtype=float)


def lm_head_bytes(arch: ModelArch):
    """LM-head weights streamed once per forward pass."""
    return arch.lm_head_bytes


def roofline_time_s(flops, dram_bytes, compute_FLOPS, bandwidth_Bps):
    """max(FLOPs / compute, bytes / bandwidth): the lower bound on an operator's time."""
    return np.maximum(np.asarray(flops, float) / compute_FLOPS,
                      np.asarray(dram_bytes, float) / bandwidth_Bps)
