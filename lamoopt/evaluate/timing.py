"""Operator-level timing and activity of one serving instance on its chiplet type.

What one pipeline stage does per forward pass (per TP shard, i.e. per chiplet):
- per decoder layer: QKV projection, attention (QK^T and AV over the actual context lengths,
  causal in prefill), output projection, FFN (gated: up+gate as one (h x 2f/t) GEMM, then down;
  classic: up, then down; MoE: router, shared experts and the distinct routed experts the pass
  touches, costmodel.dataflow.layer_gemms), and two TP ring all-reduces (after attention and
  after the FFN; Megatron-style) on the stage's actual sites;
- stage 0: the embedding look-up (vocab-parallel: each shard reads its 1/t expected share of
  the rows) and, for t > 1, its all-reduce;
- last stage: the LM head (prefill: only each prompt's last position; decode: every request).
  Sampling is greedy top-1 done distributedly (each shard's (max, index) pair is exchanged):
  a few bytes, neglected;
- every stage but the last: the PP activation transfer to the next stage. Each destination
  rank needs the full activation, which every source rank holds after the all-reduce, so source
  rank i sends the whole tokens x h activation to destination rank i (parallel paths).
Neglected: norms, residual adds, rotary embeddings and softmax (element-wise on SRAM-resident
activations; < 0.1% of FLOPs and no DRAM traffic).

Time of an operator: compute and DRAM streaming overlap within the operator (double buffering),
so time = max(FLOPs / (peak x compute_efficiency), DRAM bytes / (peak bandwidth x
bandwidth_efficiency x dram_bandwidth_factor)). Operators run one after another and
communication does not overlap compute (conservative: no compute/communication overlap).

GEMM DRAM traffic follows the paper's D3 dataflow, choosing per GEMM shape between two reuse
policies (`lamoopt.costmodel.dataflow`, shared with the MILP). Head counts per shard follow `lamoopt.costmodel.memory`: n_h/t
query heads, max(n_kv/t, 1) KV heads (KV heads replicated when t > n_kv).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lamoopt.costmodel import dp_attention
from lamoopt.costmodel import energy as en
from lamoopt.costmodel.comm import ALLREDUCES_PER_LAYER, pp_transfer_bytes, tp_allreduce_bytes_per_layer
from lamoopt.costmodel.dataflow import SRAM_BYTES_PER_MB, LayerGemm, gemm_traffic, layer_gemms
from lamoopt.costmodel.memory import (
    kv_bytes_per_token_per_chiplet,
    kv_heads_per_chiplet,
    stage_weight_bytes_per_chiplet,
)
from lamoopt.costmodel.passes import ForwardPass
from lamoopt.evaluate import network as net

LINEAR_CACHE_ENTRIES = 8192  # (tokens, sequences) keys kept; cleared when full (bounded memory)


# ----------------------------------------------------------------------------- records
@dataclass(frozen=True)
class OpCost:
    """One operator of one stage, per chiplet and per execution (`count` executions per pass)."""

    name: str
    stage: int
    executions: float
    flops: float
    dram_bytes: float
    min_dram_bytes: float
    time_s: float
    roofline_s: float
    policy: str = ""
    byte_hops: np.ndarray | None = None  # per execution, over the timer's node index


@dataclass
class StageWork:
    """Per-stage time and per-chiplet activity of one forward pass (arrays over stages)."""

    time_s: np.ndarray
    flops: np.ndarray  # per chiplet of the stage
    dram_bytes: np.ndarray  # per chiplet of the stage
    byte_hops: np.ndarray  # (stages, nodes): D2D byte-hops charged to each node

    def __add__(self, other: StageWork) -> StageWork:
        return StageWork(self.time_s + other.time_s, self.flops + other.flops,
                         self.dram_bytes + other.dram_bytes, self.byte_hops + other.byte_hops)

    @classmethod
    def zeros(cls, stages: int, nodes: int) -> StageWork:
        return cls(np.zeros(stages), np.zeros(stages), np.zeros(stages), np.zeros((stages, nodes)))


@dataclass(frozen=True)
class EnergyBreakdown:
    """Energy per stage (all chiplets of the stage), split by where it is spent."""

    compute_J: np.ndarray  # logic: FLOPs (SRAM access energy is part of pJ/FLOP, see power.py)
    dram_J: np.ndarray  # DRAM access
    d2d_J: np.ndarray  # D2D PHY + interposer link, per byte-hop

    @property
    def total_J(self) -> np.ndarray:
        return self.compute_J + self.dram_J + self.d2d_J


# ----------------------------------------------------------------------------- the timer
class InstanceTimer:
    """Timing, activity and energy of one design instance (see the module docstring).

    `dram_bandwidth_factor` scales the usable DRAM bandwidth (temperature: refresh overhead):
    a scalar, one value per stage, or one value per chiplet (tp*pp, stage-major as the sites);
    per chiplet, the slowest chiplet of a stage sets the stage's pace (TP ranks synchronise at
    every all-reduce).
    """

    def __init__(self, problem, design, instance, dram_bandwidth_factor=1.0):
        self.problem, self.design, self.instance = problem, design, instance
        self.arch = a = problem.arch
        self.chiplet = c = net.chiplet_by_name(problem, instance.chiplet)
        self.tp, self.pp, self.ep = instance.tp, instance.pp, instance.ep
        self.dpa = instance.attention == "dp"
        if self.dpa:
            dp_attention.check_dp_attention(a, self.tp)
        self.layers = np.asarray(instance.layers_per_stage, float)
        if int(self.layers.sum()) != a.num_layers:
            raise ValueError(f"{instance.id}: layers_per_stage sums to {int(self.layers.sum())}, "
                             f"the model has {a.num_layers} layers")
        factor = self._stage_factors(dram_bandwidth_factor)
        self.peak_FLOPS = c.compute_TFLOPS * 1e12
        self.eff_FLOPS = self.peak_FLOPS * c.compute_efficiency
        self.peak_Bps = c.dram_bandwidth_GBps * 1e9
        self.eff_Bps = self.peak_Bps * c.bandwidth_efficiency * factor  # per stage
        self.sram_bytes = c.sram_MB * SRAM_BYTES_PER_MB
        # per-shard head counts (lamoopt.costmodel.memory conventions)
        self.q_heads = a.num_heads / self.tp
        self.kv_heads = kv_heads_per_chiplet(a, self.tp)
        self.kv_bytes_per_token_layer = 2.0 * self.kv_heads * a.head_dim * a.kv_bytes  # per chiplet
        self._linear_cache: dict[tuple[int, int], StageWork] = {}
        self._a2a_plans: dict[tuple[float, ...], list[tuple[net.FlowPlan, net.FlowPlan]]] = {}
        self._dp_cache: dict[tuple[tuple[float, int], ...], tuple] = {}
        self._build_network()

    def _stage_factors(self, factor) -> np.ndarray:
        f = np.asarray(factor, float).ravel()
        if f.size == 1:
            return np.full(self.pp, float(f[0]))
        if f.size == self.pp:
            return f.copy()
        if f.size == self.tp * self.pp:
            return f.reshape(self.pp, self.tp).min(axis=1)
        raise ValueError(f"{self.instance.id}: dram_bandwidth_factor has {f.size} values; give 1, "
                         f"pp = {self.pp} or tp*pp = {self.tp * self.pp}")

    # ------------------------------------------------------------------ network
    def _build_network(self) -> None:
        nodes = net.instance_nodes(self.instance)
        self.stage_nodes = net.stage_nodes(self.instance)
        self.link = net.link_params(self.problem, self.design, [self.instance])
        self.occupied = occupied = net.occupied_sites(self.design)
        self.rings = [net.ring_candidates(sn, occupied) for sn in self.stage_nodes]
        # source rank i sends the full activation to destination rank i: share 1 per flow
        self.pp_plans = [net.plan_flows(net.pair_flows(self.stage_nodes[s], self.stage_nodes[s + 1],
                                                       share=self.tp), occupied)
                         for s in range(self.pp - 1)]
        # dp attention: the all-to-all of every rank with tokens covers every route it can take
        a2a = [p for pair in self._a2a((1.0,) * self.tp) for p in pair] if self.dpa else []
        touched = list(nodes)
        for plan in [p for cands in self.rings for p in cands] + self.pp_plans + a2a:
            bh = plan.step.byte_hops_per_node if isinstance(plan, net.RingPlan) else plan.byte_hops_per_node
            touched += [n for n in bh if n not in touched]
        self.nodes: list[net.Node] = list(dict.fromkeys(touched))
        self.node_index = {n: k for k, n in enumerate(self.nodes)}
        pj = net.node_d2d_pJ_per_bit(self.problem, self.design)
        own = self.chiplet.power.d2d_pJ_per_bit
        self.node_d2d_pJ_per_bit = np.array([pj.get(n, own) for n in self.nodes])

    def _vector(self, per_node: dict) -> np.ndarray:
        v = np.zeros(len(self.nodes))
        for n, x in per_node.items():
            v[self.node_index[n]] += x
        return v

    # ------------------------------------------------------------------ operators
    def _compute_op(self, name, stage, count, flops, dram_bytes, min_bytes, policy="") -> OpCost:
        t = max(flops / self.eff_FLOPS, dram_bytes / self.eff_Bps[stage])
        roof = max(flops / self.peak_FLOPS, min_bytes / self.peak_Bps)
        return OpCost(name, stage, count, flops, dram_bytes, min_bytes, t, roof, policy)

    def _gemm_op(self, name, stage, count, M, K, N, gemms=1.0, time_scale=1.0) -> OpCost:
        """`gemms` identical GEMMs (MoE: the distinct experts run) as one operator: their FLOPs
        and traffic add, and so do their roofline times. `time_scale`: the slowest rank's time
        over the mean rank's (expert parallelism, costmodel.dataflow.LayerGemm.time_scale); the
        activity stays the mean rank's."""
        a = self.arch
        tr = gemm_traffic(M, K, N, a.activation_bytes, a.weight_bytes, self.sram_bytes)
        op = self._compute_op(name, stage, count, gemms * 2.0 * M * K * N, gemms * tr.dram_bytes,
                              gemms * tr.min_bytes, tr.policy)
        if time_scale == 1.0:
            return op
        return dataclasses.replace(op, time_s=op.time_s * time_scale, roofline_s=op.roofline_s * time_scale)

    def _allreduce_op(self, name, stage, count, message_bytes) -> OpCost:
        link = self.link
        ring = net.best_ring(self.rings[stage], message_bytes, link.bandwidth_Bps, link.latency_s)
        t = float(ring.time_s(message_bytes, link.bandwidth_Bps, link.latency_s))
        bh = self._vector(ring.byte_hops_per_node()) * message_bytes
        return OpCost(name, stage, count, 0.0, 0.0, 0.0, t, 0.0, f"ring{ring.ranks}", bh)

    def _transfer_op(self, name, stage, plan: net.FlowPlan, message_bytes) -> OpCost:
        t = float(plan.time_s(message_bytes, self.link.bandwidth_Bps, self.link.latency_s))
        bh = self._vector(plan.byte_hops_per_node) * message_bytes
        return OpCost(name, stage, 1.0, 0.0, 0.0, 0.0, t, 0.0, "p2p", bh)

    def layer_gemms(self, tokens: float) -> list[LayerGemm]:
        """The per-shard GEMMs of one decoder layer for a pass of `tokens` tokens (MoE: the
        distinct experts the tokens touch, costmodel.dataflow.layer_gemms)."""
        return layer_gemms(self.arch, self.tp, tokens, self.ep)

    def _linear_ops(self, tokens: int, seqs: int) -> list[OpCost]:
        """Every operator except attention, for a pass of `tokens` tokens from `seqs` sequences."""
        a, tp, out = self.arch, self.tp, []
        ar_msg = float(tp_allreduce_bytes_per_layer(a, tokens)) / ALLREDUCES_PER_LAYER
        for s in range(self.pp):
            L = self.layers[s]
            out += [self._gemm_op(g.name, s, L, g.M, g.K, g.N, g.count, g.time_scale) for g in self.layer_gemms(tokens)]
            if tp > 1:
                out.append(self._allreduce_op("tp_allreduce", s, ALLREDUCES_PER_LAYER * L, ar_msg))
        emb = tokens * a.hidden_size * a.weight_bytes / tp  # rows gathered from this shard
        out.append(self._compute_op("embedding", 0, 1.0, 0.0, emb, emb))
        if tp > 1:
            out.append(self._allreduce_op("embedding_allreduce", 0, 1.0, ar_msg))
        out.append(self._gemm_op("lm_head", self.pp - 1, 1.0, seqs, a.hidden_size, a.vocab_size / tp))
        pp_msg = float(pp_transfer_bytes(a, tokens))
        out += [self._transfer_op("pp_send", s, self.pp_plans[s], pp_msg) for s in range(self.pp - 1)]
        return out

    def _attention_layer(self, fp: ForwardPass) -> tuple[float, float, float]:
        """(FLOPs, DRAM bytes, minimal DRAM bytes) of one layer's attention on one chiplet
        (costmodel.passes.ForwardPass.attention_layer)."""
        return fp.attention_layer(self.arch, self.tp, self.sram_bytes)

    def _attention_ops(self, fp: ForwardPass) -> list[OpCost]:
        flops, b, mb = self._attention_layer(fp)
        return [self._compute_op("attention", s, self.layers[s], flops, b, mb) for s in range(self.pp)]

    @staticmethod
    def forward_pass(phase: str, lengths, cached_tokens=None) -> ForwardPass:
        """The ForwardPass of a prefill batch (prompt lengths, optional cached prefixes) or a
        decode step (context lengths)."""
        if phase == "prefill":
            x = np.asarray(lengths, float).ravel()
            past = np.zeros_like(x) if cached_tokens is None else np.asarray(cached_tokens, float).ravel()
            return ForwardPass(x, past, np.zeros(0))
        return ForwardPass.decode(lengths)

    def operators(self, phase: str | ForwardPass, lengths=None, ranks=None) -> list[OpCost]:
        """All operators of one pass (prefill: prompt lengths; decode: context lengths; or a
        ForwardPass, e.g. a chunked-prefill iteration). ranks: dp attention's rank of each decode
        step (default balanced)."""
        fp = phase if isinstance(phase, ForwardPass) else self.forward_pass(phase, lengths)
        if self.dpa:
            return self._dp_ops(fp, ranks)
        return self._linear_ops(int(fp.tokens), fp.sequences) + self._attention_ops(fp)

    # ------------------------------------------------------------------ data-parallel attention
    def _a2a(self, rank_tokens: tuple[float, ...]) -> list[tuple[net.FlowPlan, net.FlowPlan]]:
        """Per stage: the (dispatch, combine) flow plans of one all-to-all phase, rank i sending
        rank_tokens[i] units to every other rank (combine: the reverse); message = one unit
        (costmodel.dp_attention.all_to_all_unit_bytes)."""
        plans = self._a2a_plans.get(rank_tokens)
        if plans is None:
            if len(self._a2a_plans) >= LINEAR_CACHE_ENTRIES:
                self._a2a_plans.clear()
            pairs = [(i, j) for i in range(self.tp) for j in range(self.tp) if i != j]
            plans = [(net.plan_flows([(nodes[i], nodes[j], rank_tokens[i]) for i, j in pairs], self.occupied),
                      net.plan_flows([(nodes[j], nodes[i], rank_tokens[i]) for i, j in pairs], self.occupied))
                     for nodes in self.stage_nodes]
            self._a2a_plans[rank_tokens] = plans
        return plans

    def _dp_local_ops(self, layer: dp_attention.DpLayer, s: int, r: int) -> list[OpCost]:
        """Rank r's operators of stage s that depend only on its token and sequence counts (all
        but attention): its projections, router and shared experts, embedding, LM head."""
        a, p = self.arch, layer.passes[r]
        ops = [self._gemm_op(g.name, s, self.layers[s], g.M, g.K, g.N, g.count) for g in layer.local[r]]
        if p.sequences and s == 0:
            emb = p.tokens * a.hidden_size * a.weight_bytes
            ops.append(self._compute_op("embedding", 0, 1.0, 0.0, emb, emb))
        if p.sequences and s == self.pp - 1:
            ops.append(self._gemm_op("lm_head", s, 1.0, float(p.sequences), a.hidden_size, a.vocab_size))
        return ops

    def _dp_attention_op(self, p: ForwardPass, s: int) -> list[OpCost]:
        """A rank's attention (all heads, its own contexts) at stage s; none without sequences."""
        if not p.sequences:
            return []
        flops, b, mb = p.attention_layer(self.arch, 1, self.sram_bytes)
        return [self._compute_op("attention", s, self.layers[s], flops, b, mb)]

    def _dp_shared_ops(self, layer: dp_attention.DpLayer, s: int) -> list[OpCost]:
        """Stage s's operators that every rank waits for: the routed experts (the busiest expert
        group's time), the dispatch and combine all-to-alls on the stage's sites with the ranks'
        actual token counts, the PP transfer of each rank's tokens to the same rank of the next
        stage."""
        a = self.arch
        out = [self._gemm_op(g.name, s, self.layers[s], g.M, g.K, g.N, g.count, g.time_scale) for g in layer.experts]
        if layer.busiest_tokens <= 0:
            return out
        moe_layers = dp_attention.moe_layer_share(a) * self.layers[s]
        if moe_layers > 0:
            unit = dp_attention.all_to_all_unit_bytes(a, self.tp)
            plans = self._a2a(tuple(float(t) for t in layer.rank_tokens))[s]
            out += [dataclasses.replace(self._transfer_op(name, s, plan, unit), executions=moe_layers)
                    for name, plan in zip(("a2a_dispatch", "a2a_combine"), plans, strict=True)]
        if s < self.pp - 1:
            flows = [(self.stage_nodes[s][i], self.stage_nodes[s + 1][i], t) for i, t in enumerate(layer.rank_tokens)]
            plan = net.plan_flows(flows, self.occupied)
            out.append(self._transfer_op("pp_send", s, plan, float(pp_transfer_bytes(a, 1.0))))
        return out

    def _dp_ops(self, fp: ForwardPass, decode_ranks=None) -> list[OpCost]:
        """Operators of one pass under data-parallel attention (costmodel.dp_attention): per
        stage, each rank's local operators on its own requests (_dp_local_ops and its attention),
        reported with the busiest rank's time and the mean rank's activity, then the operators
        every rank waits for (_dp_shared_ops)."""
        layer = dp_attention.dp_layer(self.arch, self.tp, dp_attention.rank_passes(fp, self.tp, decode_ranks))
        out: list[OpCost] = []
        for s in range(self.pp):
            per_rank = [self._dp_local_ops(layer, s, r) + self._dp_attention_op(p, s) for r, p in enumerate(layer.passes)]
            out += _busiest_rank_ops(per_rank, self.tp) + self._dp_shared_ops(layer, s)
        return out

    def _dp_work(self, fp: ForwardPass, decode_ranks=None) -> StageWork:
        """_aggregate(_dp_ops(fp, decode_ranks)), fast: the operators that depend only on the
        ranks' token and sequence counts are cached per counts; attention is vectorised."""
        tp = self.tp
        passes = dp_attention.rank_passes(fp, tp, decode_ranks)
        key = tuple((p.tokens, p.sequences) for p in passes)
        cached = self._dp_cache.get(key)
        if cached is None:
            if len(self._dp_cache) >= LINEAR_CACHE_ENTRIES:
                self._dp_cache.clear()
            layer = dp_attention.dp_layer(self.arch, tp, passes)
            local = [[self._aggregate(self._dp_local_ops(layer, s, r)) for r in range(tp)] for s in range(self.pp)]
            lin_t = np.array([[w.time_s[s] for w in local[s]] for s in range(self.pp)])
            lin_flops = np.array([sum(w.flops[s] for w in local[s]) for s in range(self.pp)]) / tp
            lin_bytes = np.array([sum(w.dram_bytes[s] for w in local[s]) for s in range(self.pp)]) / tp
            shared = self._aggregate([o for s in range(self.pp) for o in self._dp_shared_ops(layer, s)])
            cached = self._dp_cache[key] = (lin_t, lin_flops, lin_bytes, shared)
        lin_t, lin_flops, lin_bytes, shared = cached
        att = np.array([p.attention_layer(self.arch, 1, self.sram_bytes)[:2] if p.sequences else (0.0, 0.0)
                        for p in passes])                                    # (tp, 2): per layer
        att_t = np.maximum(att[None, :, 0] / self.eff_FLOPS, att[None, :, 1] / self.eff_Bps[:, None]) * self.layers[:, None]
        return StageWork((lin_t + att_t).max(axis=1) + shared.time_s,
                         lin_flops + shared.flops + att[:, 0].sum() / tp * self.layers,
                         lin_bytes + shared.dram_bytes + att[:, 1].sum() / tp * self.layers, shared.byte_hops)

    def operator_table(self, phase: str | ForwardPass, lengths=None) -> pd.DataFrame:
        """The operators of one pass as a table (per chiplet, per execution; `executions` per pass)."""
        rows = [{k: getattr(o, k) for k in ("name", "stage", "executions", "flops", "dram_bytes",
                                             "min_dram_bytes", "time_s", "roofline_s", "policy")}
                for o in self.operators(phase, lengths)]
        return pd.DataFrame(rows)

    # ------------------------------------------------------------------ aggregation
    def _aggregate(self, op_list: list[OpCost]) -> StageWork:
        w = StageWork.zeros(self.pp, len(self.nodes))
        for o in op_list:
            w.time_s[o.stage] += o.executions * o.time_s
            w.flops[o.stage] += o.executions * o.flops
            w.dram_bytes[o.stage] += o.executions * o.dram_bytes
            if o.byte_hops is not None:
                w.byte_hops[o.stage] += o.executions * o.byte_hops
        return w

    def _linear_work(self, tokens: int, seqs: int) -> StageWork:
        key = (tokens, seqs)
        w = self._linear_cache.get(key)
        if w is None:
            if len(self._linear_cache) >= LINEAR_CACHE_ENTRIES:
                self._linear_cache.clear()
            w = self._linear_cache[key] = self._aggregate(self._linear_ops(tokens, seqs))
        return w

    def _attention_work(self, fp: ForwardPass) -> StageWork:
        """Vectorised over stages (same numbers as `_attention_ops`)."""
        flops, b, _ = self._attention_layer(fp)
        t = np.maximum(flops / self.eff_FLOPS, b / self.eff_Bps) * self.layers
        return StageWork(t, flops * self.layers, b * self.layers, np.zeros((self.pp, len(self.nodes))))

    def pass_work(self, fp: ForwardPass, decode_ranks=None) -> StageWork:
        """Time and activity per stage of one forward pass (costmodel.passes: prefill segments,
        decode steps, or both in a chunked-prefill iteration). decode_ranks: under dp attention,
        the rank holding each decode step's request (default: balanced, rank_passes)."""
        if self.dpa:
            return self._dp_work(fp, decode_ranks)
        return self._linear_work(int(fp.tokens), fp.sequences) + self._attention_work(fp)

    def prefill_work(self, prompt_tokens, cached_tokens=None) -> StageWork:
        """Time and activity per stage of one prefill batch of prompts with these lengths, the
        first `cached_tokens` of each already in the prefix cache (costmodel.passes)."""
        return self.pass_work(self.forward_pass("prefill", prompt_tokens, cached_tokens))

    def decode_work(self, context_tokens, ranks=None) -> StageWork:
        """Time and activity per stage of one decode step of a batch with these contexts (dp
        attention: `ranks`, the rank of each request)."""
        return self.pass_work(ForwardPass.decode(context_tokens), ranks)

    def prefill_stage_times_s(self, prompt_tokens, cached_tokens=None) -> np.ndarray:
        return self.prefill_work(prompt_tokens, cached_tokens).time_s

    def decode_stage_times_s(self, context_tokens) -> np.ndarray:
        return self.decode_work(context_tokens).time_s

    # ------------------------------------------------------------------ energy
    def energy(self, work: StageWork) -> EnergyBreakdown:
        """Energy per stage of a StageWork (all tp chiplets of each stage)."""
        pw = self.chiplet.power
        d2d = en.d2d_energy_J(work.byte_hops, self.node_d2d_pJ_per_bit).sum(axis=1)
        return EnergyBreakdown(en.compute_energy_J(work.flops * self.tp, pw.compute_pJ_per_FLOP),
                               en.dram_energy_J(work.dram_bytes * self.tp, pw.dram_pJ_per_bit), d2d)

    def prefill_stage_energy_J(self, prompt_tokens) -> EnergyBreakdown:
        return self.energy(self.prefill_work(prompt_tokens))

    def decode_stage_energy_J(self, context_tokens) -> EnergyBreakdown:
        return self.energy(self.decode_work(context_tokens))

    # ------------------------------------------------------------------ memory
    def stage_weight_bytes_per_chiplet(self) -> np.ndarray:
        """Weights held by one chiplet of each stage (lamoopt.costmodel.memory)."""
        a, pp = self.arch, self.pp
        return np.array([stage_weight_bytes_per_chiplet(a, int(L), self.tp, s == 0, s == pp - 1, self.dpa)
                         for s, L in enumerate(self.layers)])

    def kv_bytes_per_token_per_chiplet(self) -> np.ndarray:
        """KV bytes of one token held by one chiplet of each stage (dp attention: the mean rank's
        share; a rank holds all of its own requests' KV)."""
        return np.array([kv_bytes_per_token_per_chiplet(self.arch, int(L), self.tp, self.dpa) for L in self.layers])

    @property
    def kv_capacity_tokens(self) -> int:
        """Tokens of KV cache the instance can hold: per chiplet, DRAM capacity minus its weight
        share, divided by its KV bytes per token; the tightest stage decides (0 if none fit)."""
        free = self.chiplet.dram_capacity_GB * 1e9 - self.stage_weight_bytes_per_chiplet()
        return int(max(0.0, np.floor(np.min(free / self.kv_bytes_per_token_per_chiplet()))))


def _busiest_rank_ops(per_rank: list[list[OpCost]], ranks: int) -> list[OpCost]:
    """One stage's local operators under dp attention: the busiest rank's operators (largest
    summed time), each with the mean rank's activity (FLOPs, DRAM bytes summed over the ranks'
    operators of the same name, divided by the ranks)."""
    busiest = max(per_rank, key=lambda ops: sum(o.executions * o.time_s for o in ops))
    out = []
    for o in busiest:
        same = [x for ops in per_rank for x in ops if x.name == o.name]
        out.append(dataclasses.replace(o, flops=sum(x.flops for x in same) / ranks,
                                       dram_bytes=sum(x.dram_bytes for x in same) / ranks,
                                       min_dram_bytes=sum(x.min_dram_bytes for x in same) / ranks))
    return out
