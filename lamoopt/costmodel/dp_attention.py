"""Data-parallel attention with expert parallelism: how DeepSeek-V3 and SGLang's
`--enable-dp-attention` serve mixture-of-experts models, and where all-to-all traffic comes from.

Structure of one instance of tp chiplets per stage (the "dp" attention mode, MoE models only):
- every chiplet is a rank with its own requests: it holds the whole attention (all heads, no TP
  split), the router, the shared experts, the dense FFNs of dense layers, the embedding and the
  LM head (replicated), and the KV cache of its own requests only (all KV heads, no replication);
- the routed experts are spread over the ranks, E/tp whole experts each (ep = tp);
- per layer, each rank runs attention, the router and the shared experts on its own tokens
  (`local_gemms` at tp = 1); per MoE layer it then sends each token's hidden vector once to
  every other rank holding one of the token's k experts (dispatch: all-to-all), every rank runs
  its experts on the tokens it received from all ranks (`routed_expert_gemms` with ep = tp),
  and sends each partial output back (combine: all-to-all, the same volume reversed). No TP
  all-reduce is needed anywhere.

Volumes. With uniform top-k routing a token reaches r = expected_remote_ranks(E, k, tp) other
ranks (costmodel.moe), so rank i sends T_i r / (tp - 1) token vectors of h activation elements
to each other rank in each of the two phases (all_to_all_unit_bytes: the bytes per token and
destination rank). On the mesh a phase's time is the busiest directed link's bytes over the
link bandwidth plus the longest route's hop latencies (the cut-through flow model of
evaluate.network); with balanced ranks (T_i = T_max) that is
    L * T_max * unit / bandwidth + H * hop latency,
L the most ordered rank pairs whose XY routes share one directed link and H the longest route
(formulation.tiles.all_to_all_figures), which is what the MILP uses.

Balance. A pass's sequences are spread over the ranks; `rank_passes` puts sequence i on rank
i mod tp (a balanced split: ranks differ by at most one sequence). The MILP costs every pass
this way. The evaluator keeps each request on the rank its KV cache was placed on (the least
loaded at admission), so its ranks can be less balanced; a layer waits for the busiest rank's
local work and the busiest expert group, which is what both sides time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lamoopt.costmodel.arch import ModelArch
from lamoopt.costmodel.dataflow import LayerGemm, local_gemms, routed_expert_gemms
from lamoopt.costmodel.moe import expected_remote_ranks
from lamoopt.costmodel.passes import ForwardPass

ATTENTION_MODES = ("tp", "dp")   # attention split over the TP ranks (default) or data-parallel


def check_dp_attention(arch: ModelArch, tp: int) -> None:
    """dp attention needs an MoE model and tp > 1 ranks that divide the experts (ep = tp)."""
    if not arch.is_moe:
        raise ValueError(f"{arch.name}: data-parallel attention needs a mixture-of-experts model")
    if tp < 2 or arch.num_experts % tp:
        raise ValueError(f"{arch.name}: data-parallel attention over tp = {tp} ranks needs tp >= 2 "
                         f"dividing num_experts = {arch.num_experts} (ep = tp)")


def rank_passes(fp: ForwardPass, ranks: int, decode_ranks=None) -> list[ForwardPass]:
    """fp's sequences spread over the ranks: prefill segment i and, unless decode_ranks gives
    each decode step's rank, decode step j on rank (i or j) mod ranks (module docstring)."""
    seg = np.arange(fp.prefill_end_tokens.size) % ranks
    dec = (np.arange(fp.decode_contexts.size) % ranks if decode_ranks is None
           else np.asarray(decode_ranks, int).ravel())
    return [ForwardPass(fp.prefill_end_tokens[seg == r], fp.prefill_past_tokens[seg == r],
                        fp.decode_contexts[dec == r]) for r in range(ranks)]


def all_to_all_unit_bytes(arch: ModelArch, ranks: int) -> float:
    """Bytes one rank sends to one other rank per token it holds, in one phase (dispatch or
    combine) of one MoE layer: h activation elements times the expected remote ranks per token
    spread evenly over the tp - 1 other ranks."""
    if ranks < 2:
        return 0.0
    remote = expected_remote_ranks(arch.num_experts, arch.experts_per_token, ranks)
    return arch.hidden_size * arch.activation_bytes * remote / (ranks - 1)


def moe_layer_share(arch: ModelArch) -> float:
    """The share of the layers that are MoE layers (the all-to-all runs only there)."""
    return 1.0 - arch.num_dense_layers / arch.num_layers


@dataclass(frozen=True)
class DpLayer:
    """One decoder layer of a pass under dp attention: per rank, its own pass and local GEMMs;
    the routed experts' GEMMs on one rank (mean, with the busiest group's time scale); the tokens
    each rank sends in each all-to-all phase."""

    passes: tuple[ForwardPass, ...]
    local: tuple[tuple[LayerGemm, ...], ...]
    experts: tuple[LayerGemm, ...]
    rank_tokens: tuple[float, ...]

    @property
    def busiest_tokens(self) -> float:
        return max(self.rank_tokens, default=0.0)


def dp_layer(arch: ModelArch, ranks: int, passes: list[ForwardPass]) -> DpLayer:
    """The layer's work for these rank passes (rank_passes)."""
    check_dp_attention(arch, ranks)
    tokens = tuple(p.tokens for p in passes)
    return DpLayer(tuple(passes), tuple(tuple(local_gemms(arch, 1, t)) if t > 0 else () for t in tokens),
                   tuple(routed_expert_gemms(arch, ranks, float(sum(tokens)), ranks)), tokens)
