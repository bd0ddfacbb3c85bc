"""Dataflow of one decoder layer on one chiplet: GEMM DRAM traffic under the paper's D3 reuse
policies, and attention FLOPs and traffic. Shared by the evaluator's operator-level timing
(lamoopt.evaluate.timing) and the MILP's stage costs (lamoopt.formulation.configs): both sides
time an operator as max(FLOPs / compute, bytes / bandwidth) on these numbers, so they agree on
service times and the re-check measures what they do not share (queueing, contention, thermals).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from lamoopt.costmodel import operators as ops
from lamoopt.costmodel.arch import ModelArch
from lamoopt.costmodel.memory import kv_heads_per_chiplet
from lamoopt.costmodel.moe import expected_busiest_group_experts, expected_distinct_experts

SRAM_BYTES_PER_MB = 1e6  # sram_MB is in decimal megabytes, like every other size in the schema
RESIDENT_SRAM_SHARE = 0.5  # half the SRAM holds the resident operand, half double-buffers the
# streamed operand (a stream must be double-buffered to overlap DRAM reads with compute)


@dataclass(frozen=True)
class GemmTraffic:
    """DRAM bytes of one (M x K) @ (K x N) GEMM under the two D3 reuse policies."""

    weight_streaming_bytes: float
    activation_streaming_bytes: float
    min_bytes: float

    @property
    def policy(self) -> str:
        """The policy with the least DRAM traffic (weight-streaming wins ties)."""
        return ("weight_streaming" if self.weight_streaming_bytes <= self.activation_streaming_bytes
                else "activation_streaming")

    @property
    def dram_bytes(self) -> float:
        return min(self.weight_streaming_bytes, self.activation_streaming_bytes)


def gemm_traffic(M: float, K: float, N: float, act_bytes: float, weight_bytes: float,
                 sram_bytes: float) -> GemmTraffic:
    """DRAM traffic of (M x K) activations @ (K x N) weights on a chiplet with `sram_bytes` SRAM.

    Resident budget B = RESIDENT_SRAM_SHARE x SRAM.
    (a) weight-streaming: activation rows (input K + output N elements each) stay resident, tiled
        in M so a tile fits B; the whole weight matrix is streamed once per M-tile. When all M
        rows fit (one tile) the input is the previous operator's SRAM-resident output and the
        output stays for the next operator (no activation traffic); otherwise every activation
        is read once and every output written once.
    (b) activation-streaming: a K x n weight tile stays resident (n columns so it fits B);
        weights are read once in all, activations streamed from DRAM once per weight tile and
        each output tile written once.
    A tile that cannot hold one row/column degrades to one row/column per tile.
    Minimal traffic (roofline): the weights once (they cannot stay on chip between passes).
    """
    w_total = K * N * weight_bytes
    budget = RESIDENT_SRAM_SHARE * sram_bytes
    rows_per_tile = max(1.0, math.floor(budget / ((K + N) * act_bytes)))
    m_tiles = max(1, math.ceil(M / rows_per_tile))
    spill = M * (K + N) * act_bytes if m_tiles > 1 else 0.0
    ws = m_tiles * w_total + spill
    cols_per_tile = max(1.0, math.floor(budget / (K * weight_bytes)))
    n_tiles = max(1, math.ceil(N / cols_per_tile))
    as_ = w_total + n_tiles * M * K * act_bytes + M * N * act_bytes
    return GemmTraffic(ws, as_, w_total)


@dataclass(frozen=True)
class LayerGemm:
    """`count` identical (M x K) @ (K x N) GEMMs of one decoder layer on one chiplet: their FLOPs
    are count x 2MKN and their DRAM traffic count x gemm_traffic(M, K, N)."""

    name: str
    M: float
    K: float
    N: float
    count: float = 1.0
    time_count: float | None = None
    """GEMMs the slowest rank runs, when not `count` (expert parallelism: the busiest expert
    group's experts, costmodel.moe.expected_busiest_group_experts); count stays the mean per
    rank, which is what activity and energy add up."""

    @property
    def time_scale(self) -> float:
        """The slowest rank's time over the mean rank's (1 unless time_count is set)."""
        return 1.0 if self.time_count is None or self.count == 0 else self.time_count / self.count


def _ffn_shapes(arch: ModelArch, width: float, tp: int, prefix: str = "ffn") -> list[tuple[str, float, float]]:
    """(name, K, N) of an FFN of `width` sharded over tp: up and gate as one h x 2w/t GEMM
    (gated) or up h x w/t, then the down projection w/t x h."""
    h = arch.hidden_size
    if arch.gated_ffn:
        return [(f"{prefix}_up_gate", h, 2 * width / tp), (f"{prefix}_down", width / tp, h)]
    return [(f"{prefix}_up", h, width / tp), (f"{prefix}_down", width / tp, h)]


def layer_gemms(arch: ModelArch, tp: int, tokens: float, ep: int = 1) -> list[LayerGemm]:
    """The per-shard GEMMs of one decoder layer for a pass of `tokens` tokens.

    Attention projections: QKV with n_h/t query heads and max(n_kv/t, 1) KV heads, the output
    projection. Dense FFN: up (+gate) and down, sharded over tp. MoE layer (arch docstring):
    - router: tokens x h @ h x E, replicated on every TP rank (each computes all routing);
    - shared experts: one FFN of width n_s*f_s every token runs, sharded like a dense FFN;
    - routed experts, sharded like dense FFNs (each expert's width split over tp): D(T) distinct
      experts run (costmodel.moe: uniform top-k routing; D(1) = k, D(T) -> E), each on T*k/D(T)
      rows on average. FLOPs are those of the active experts only (T*k expert-token pairs);
      DRAM traffic reads the weights of the D(T) distinct experts.
    Expert parallelism inside the TP group (ep divides tp and E; ep = 1: the above): the tp ranks
    form ep groups of tp/ep ranks; group g holds E/ep whole experts, each split over its tp/ep
    ranks (so a chiplet holds E/tp expert-equivalents, as without EP: costmodel.memory). Attention
    stays TP-split, so after its all-reduce every rank holds every token: dispatch is a local
    selection (no traffic), and the FFN all-reduce (costmodel.comm) sums the groups' partial
    outputs (the combine), as for TP-split experts; no all-to-all is needed in this structure.
    A group runs the D_group(T) = D(T)/ep distinct experts its tokens touch on T k/D(T) rows each
    (count, the mean: FLOPs, bytes, energy), and the layer waits for the busiest group
    (time_count, moe.expected_busiest_group_experts): expected bytes equal TP-split experts',
    time is never lower (the MILP keeps EP as a choice; prune_dominated drops it when it loses).
    A model mixing dense and MoE layers gets the mean layer: each kind's FFN GEMMs with `count`
    scaled by its share of the layers, so the sum over all layers is exact (a stage holding more
    layers of the costlier kind than its share is under-timed by that difference).
    """
    check_expert_parallel(arch, tp, ep)
    return local_gemms(arch, tp, tokens) + routed_expert_gemms(arch, tp, tokens, ep)


def local_gemms(arch: ModelArch, tp: int, tokens: float) -> list[LayerGemm]:
    """The GEMMs of one layer that run on the rank's own tokens (layer_gemms without the routed
    experts): attention projections, the dense FFN (its share of the layers), the router and the
    shared experts, each sharded over tp."""
    d = arch.head_dim
    q_heads, kv_heads = arch.num_heads / tp, kv_heads_per_chiplet(arch, tp)
    shapes = [("qkv_proj", arch.hidden_size, (q_heads + 2 * kv_heads) * d), ("out_proj", q_heads * d, arch.hidden_size)]
    out = [LayerGemm(n, tokens, K, N) for n, K, N in shapes]
    dense_share = arch.num_dense_layers / arch.num_layers
    if dense_share:
        out += [LayerGemm(n, tokens, K, N, dense_share) for n, K, N in _ffn_shapes(arch, arch.intermediate_size, tp)]
    if not arch.is_moe:
        return out
    moe_share = 1.0 - dense_share
    out.append(LayerGemm("router", tokens, arch.hidden_size, arch.num_experts, moe_share))
    if arch.num_shared_experts:
        width = arch.num_shared_experts * arch.shared_expert_intermediate_size
        out += [LayerGemm(n, tokens, K, N, moe_share) for n, K, N in _ffn_shapes(arch, width, tp, "shared_expert")]
    return out


def routed_expert_gemms(arch: ModelArch, tp: int, tokens: float, ep: int = 1) -> list[LayerGemm]:
    """The routed experts' GEMMs on one rank for `tokens` tokens routed by the whole instance
    (layer_gemms' docstring: D(T) distinct experts, ep groups of tp/ep ranks); [] for a dense model."""
    if not arch.is_moe:
        return []
    moe_share = 1.0 - arch.num_dense_layers / arch.num_layers
    distinct = float(expected_distinct_experts(arch.num_experts, arch.experts_per_token, tokens, ep))
    if distinct <= 0:
        return []
    rows = tokens * arch.experts_per_token / ep / distinct
    busiest = (moe_share * expected_busiest_group_experts(arch.num_experts, arch.experts_per_token, tokens, ep)
               if ep > 1 else None)
    return [LayerGemm(n, rows, K, N, moe_share * distinct, busiest)
            for n, K, N in _ffn_shapes(arch, arch.expert_intermediate_size, tp // ep, "expert")]


def check_expert_parallel(arch: ModelArch, tp: int, ep: int) -> None:
    """ep must be 1 or, for an MoE model, divide both tp (EP groups of TP ranks) and the experts."""
    if ep == 1:
        return
    if not arch.is_moe:
        raise ValueError(f"{arch.name}: ep = {ep} needs a mixture-of-experts model")
    if ep < 1 or tp % ep or arch.num_experts % ep:
        raise ValueError(f"{arch.name}: ep = {ep} must divide tp = {tp} and num_experts = {arch.num_experts}")


def layer_gemm_shapes(arch: ModelArch, tp: int) -> list[tuple[str, float, float]]:
    """(name, K, N) of the per-shard GEMMs of one decoder layer, each run once on all M = tokens
    rows: exact for dense models. For a MoE model these are the GEMMs of one token (layer_gemms
    at T = 1, the k active experts folded into N): FLOPs are exact at any M, but the weight
    traffic is that of k experts, exact only for one token; a batch reads D(T) >= k experts, so
    callers that time MoE batches must use layer_gemms (the MILP and the evaluator both do; only
    tests call this now)."""
    return [(g.name, g.K, g.N * g.count * g.M) for g in layer_gemms(arch, tp, 1.0)]


def attention_layer(arch: ModelArch, tp: int, phase: str, lengths, sram_bytes: float,
                    cached=None) -> tuple[float, float, float]:
    """(FLOPs, DRAM bytes, minimal DRAM bytes) of one layer's attention on one chiplet.

    Prefill (lengths = prompt lengths s; `cached` = positions c < s before each prompt's new
    tokens whose K/V are already in DRAM: a prefix cache's hit or earlier chunks, default 0):
    causal, the n = s - c new tokens attend to c + 1 .. s positions, n c + n(n+1)/2 (query, key)
    pairs per prompt; the n new K/V are written once. When the new tokens' Q and the prompt's K
    and V fit the resident budget, the cached K/V are read once and the rest used from SRAM;
    otherwise flash-attention keeps Q tiles of half the budget resident and streams all s K/V
    from DRAM once per Q tile (causal skipping ignored: conservative). Minimal traffic: the
    new entries written and the cached ones read once.
    Decode (lengths = context positions the new token attends to, itself included): every
    cached K/V entry is read once and the new entry written once.
    """
    kvt = 2.0 * kv_heads_per_chiplet(arch, tp) * arch.head_dim * arch.kv_bytes   # per chiplet
    x = np.asarray(lengths, float)
    if phase == "prefill":
        if cached is None:   # no cache: the expressions below with c = 0, kept bit-for-bit
            flops = float(ops.attention_flops_per_layer(arch, x * (x + 1.0) / 2.0).sum()) / tp
            q_bytes = x * (arch.num_heads / tp) * arch.head_dim * arch.activation_bytes
            budget = RESIDENT_SRAM_SHARE * sram_bytes
            q_tiles = np.ceil(q_bytes / (budget / 2.0))
            reads = np.where(q_bytes + x * kvt <= budget, 0.0, q_tiles * x * kvt)
            write = float(x.sum()) * kvt
            return flops, write + float(reads.sum()), write
        c = np.broadcast_to(np.asarray(cached, float), x.shape)
        n = x - c
        flops = float(ops.attention_flops_per_layer(arch, n * c + n * (n + 1.0) / 2.0).sum()) / tp
        q_bytes = n * (arch.num_heads / tp) * arch.head_dim * arch.activation_bytes
        budget = RESIDENT_SRAM_SHARE * sram_bytes
        q_tiles = np.ceil(q_bytes / (budget / 2.0))
        reads = np.where(q_bytes + x * kvt <= budget, c * kvt, q_tiles * x * kvt)
        write = float(n.sum()) * kvt
        return flops, write + float(reads.sum()), write + float(c.sum()) * kvt
    total = float(x.sum())
    flops = float(ops.attention_flops_per_layer(arch, total)) / tp
    bytes_ = (total + x.size) * kvt
    return flops, bytes_, bytes_
