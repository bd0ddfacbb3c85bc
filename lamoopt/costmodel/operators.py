"""FLOPs and DRAM bytes of prefill and decode work (per layer and per model), vectorised.

Conventions: FLOPs count a multiply-add as 2; linear layers cost 2 x parameters per token;
attention (QK^T and AV) costs 4 * n_h * d per token per context position. Prefill is causal:
token i attends to i positions, so a prompt of s tokens has s(s+1)/2 context positions in all.
Bytes are DRAM traffic assuming weights are streamed once per forward pass (per batch) and
the KV cache is read once per decode step; activations stay on chip (SRAM) within a layer.
All functions accept numpy arrays (broadcasting) as well as scalars.
"""

from __future__ import annotations

import numpy as np

from lamoopt.costmodel.arch import ModelArch


def attention_flops_per_layer(arch: ModelArch, context_positions):
    """4 * n_h * d * (number of (query, key) pairs)."""
    return 4.0 * arch.num_heads * arch.head_dim * np.asarray(context_positions, dtype=float)


def prefill_flops_per_layer(arch: ModelArch, prompt_tokens, batch=1):
    """One layer's prefill FLOPs for `batch` prompts of `prompt_tokens` each."""
    s = np.asarray(prompt_tokens, dtype=float)
    linear = 2.0 * arch.params_per_layer * s
    attn = attention_flops_per_layer(arch, s * (s + 1.0) / 2.0)
    return np.asarray(batch, dtype=float) * (linear + attn)


def prefill_bytes_per_layer(arch: ModelArch, prompt_tokens, batch=1):
    """One layer's prefill DRAM bytes: weights once per batch + KV cache written."""
    s = np.asarray(prompt_tokens, dtype=float)
    b = np.asarray(batch, dtype=float)
    return arch.weight_bytes_per_layer + b * s * arch.kv_bytes_per_token_per_layer


def decode_flops_per_layer(arch: ModelArch, batch, context_tokens_total):
    """One layer's FLOPs for one decode step of `batch` requests whose contexts sum to
    `context_tokens_total` tokens."""
    b = np.asarray(batch, dtype=float)
    return 2.0 * arch.params_per_layer * b + attention_flops_per_layer(arch, context_tokens_total)


def decode_bytes_per_layer(arch: ModelArch, batch, context_tokens_total):
    """One layer's DRAM bytes for one decode step: all weights once + every request's KV cache
    read + one new KV entry written per request."""
    b = np.asarray(batch, dtype=float)
    ctx = np.asarray(context_tokens_total, dtype=float)
    return (arch.weight_bytes_per_layer
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
