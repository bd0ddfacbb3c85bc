"""Communication volumes and times: TP all-reduce, PP transfer, P->D KV-cache transfer.

Ring all-reduce over t chiplets moves 2(t-1)/t of the message over each link and takes
2(t-1) latency-bound steps; each step crosses `hops` links (1 on a ring embedded in a
rectangle, more when the ring must close over a longer path). Link bandwidth is one
direction of one D2D link; a ring uses one direction of each of its links.
"""

from __future__ import annotations

import numpy as np

from lamoopt.costmodel.arch import ModelArch

ALLREDUCES_PER_LAYER = 2  # Megatron-style TP: one after attention, one after the FFN.


def tp_allreduce_bytes_per_layer(arch: ModelArch, tokens):
    """Message size of one layer's all-reduces: 2 x tokens x h x activation bytes."""
    return ALLREDUCES_PER_LAYER * np.asarray(tokens, float) * arch.hidden_size * arch.activation_bytes


def pp_transfer_bytes(arch: ModelArch, tokens):
    """Activations crossing one pipeline-stage boundary: tokens x h x activation bytes."""
    return np.asarray(tokens, float) * arch.hidden_size * arch.activation_bytes


def kv_transfer_bytes(arch: ModelArch, prompt_tokens):
    """The prompt's KV cache sent once from the prefill to the decode instance."""
    return np.asarray(prompt_tokens, float) * arch.kv_bytes_per_token


def ring_allreduce_time_s(message_bytes, tp, link_bandwidth_Bps, hop_latency_s, link_load=1, step_hops=1):
    """2(t-1)/t * message * link_load / link bandwidth + 2(t-1) * step_hops * hop latency.

    link_load is the most ring chunks sharing one directed link in a step (1 when the ring is
    embedded in the mesh with one hop per step); step_hops the most links one step crosses.
    Zero for t = 1.
    """
    t = np.asarray(tp, float)
    frac = np.where(t > 1, 2.0 * (t - 1.0) / np.maximum(t, 1.0), 0.0)
    steps = np.where(t > 1, 2.0 * (t - 1.0), 0.0)
    return (frac * np.asarray(message_bytes, float) * np.asarray(link_load, float) / link_bandwidth_Bps
            + steps * np.asarray(step_hops, float) * hop_latency_s)


def ring_allreduce_link_bytes(message_bytes, tp, step_hops=1):
    """Bytes times links crossed by one ring all-reduce: each of t ranks sends 2(t-1)/t of the
    message per all-reduce, every chunk over step_hops links: 2(t-1) * message * hops."""
    t = np.asarray(tp, float)
    return np.where(t > 1, 2.0 * (t - 1.0), 0.0) * np.asarray(message_bytes, float) * np.asarray(step_hops, float)


def point_to_point_time_s(message_bytes, link_bandwidth_Bps, hop_latency_s, hops=1):
    """A store-and-forward-free (cut-through) transfer over `hops` links."""
    return np.asarray(message_bytes, float) / link_bandwidth_Bps + np.asarray(hops, float) * hop_latency_s
