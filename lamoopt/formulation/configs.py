"""Configurations ("patterns") precomputed from the cost model.

An *instance class* is (role, chiplet type, TP, PP, tile communication class); an *operating
point* adds the batch (and, for the min-latency objective, a utilisation level). For every
operating point we precompute, from lamoopt.costmodel, its capacity (requests/s at full
utilisation), utilisation cap (from the latency targets via the queue models prefill_queue.py
and decode_slots.py), its dynamic power line (power_pieces.py), layer split, DRAM footprint
and latencies.
Products of decisions (TP x batch x layers ...) thus become table look-ups and the MILP stays
linear and exact over this discrete space.

Timing model per pipeline stage of n layers (conservative, all terms added, no overlap of
communication with compute):
  stage_time = n * (sum over the layer's operators of roofline(op FLOPs, op bytes) + 2 ring all-reduces)
               + [first] embedding + [last] LM head roofline + [not last] PP transfer,
the operators and their DRAM traffic from lamoopt.costmodel.dataflow (shared with the
evaluator). Rooflines use the achievable compute (compute_efficiency) and bandwidth
(bandwidth_efficiency times the refresh-derated factor at the DRAM temperature limit).
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from lamoopt.costmodel import comm, dataflow, dp_attention, energy, memory
from lamoopt.costmodel import operators as ops
from lamoopt.costmodel.arch import ModelArch
from lamoopt.costmodel.memory import GB
from lamoopt.costmodel.passes import ForwardPass
from lamoopt.costmodel.temperature import refresh_multiplier, static_power_W, usable_bandwidth_factor
from lamoopt.formulation import power_pieces
from lamoopt.formulation.combined_queue import CombinedQueue
from lamoopt.formulation.decode_slots import DecodeSlots, exact_stage_rows, sampled_stage_rows, slot_period_s
from lamoopt.formulation.prefill_queue import PrefillQueue
from lamoopt.formulation.tiles import Tile, TileComm, all_to_all_figures, candidate_tiles
from lamoopt.instance.load import Problem
from lamoopt.instance.schema import ChipletType

Role = Literal["prefill", "decode", "combined"]   # an instance's role ('combined': chunked prefill, combined.py)
# the flow balances a role's flow counts in: a combined instance serves a request's prefill and decode
FLOW_ROLES: dict[str, tuple[str, ...]] = {"prefill": ("prefill", "combined"), "decode": ("decode", "combined")}

UTILISATION_LEVELS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)  # min-latency objective grid


# Leakage(T) is convex, so its chord from LEAKAGE_CHORD_FROM_C (or a colder ambient) to the logic
# limit bounds it from above at every temperature in between; 0 C keeps that range valid for
# every ambient a what-if can reach without rebuilding the model. Error: at most the chord's gap,
# <= 3 % of the leakage at the reference temperature for the shipped +20 %/40 K law
# (tests/solve/test_queue_models.py checks it).
LEAKAGE_CHORD_FROM_C = 0.0


@dataclass(frozen=True)
class Chip:
    """Effective figures of a chiplet type as the MILP sees them."""

    name: str
    index: int
    compute_FLOPS: float          # achievable
    bandwidth_Bps: float          # achievable, refresh-derated at the DRAM limit
    capacity_bytes: float
    base_static_W: float          # static power that does not follow the logic temperature: the
    #                               non-leakage part + DRAM refresh at the DRAM limit (an upper bound)
    leak_from_C: float            # the leakage chord starts here
    leak_from_W: float            # leakage at leak_from_C
    leak_slope_W_per_K: float     # chord slope from leak_from_C to the logic limit
    static_W: float               # at the temperature limits (upper bound at any feasible temperature)
    spec: ChipletType = field(repr=False, compare=False)

    def leakage_W(self, T_C: float) -> float:
        """The chord: an upper bound of leakage at any T in [leak_from_C, logic limit]."""
        return self.leak_from_W + self.leak_slope_W_per_K * (T_C - self.leak_from_C)

    def static_floor_W(self, ambient_C: float) -> float:
        """The model's static power of a chiplet at ambient: a lower bound of it in any design
        (no site is colder than ambient)."""
        return self.base_static_W + self.leakage_W(max(ambient_C, self.leak_from_C))


@dataclass(frozen=True)
class InstanceClass:
    key: str
    role: Role
    chip: str
    tp: int
    pp: int
    comm: TileComm
    tiles: tuple[Tile, ...]
    ep: int = 1                     # expert-parallel groups of the TP ranks (MoE; costmodel.dataflow)
    dpa: bool = False               # data-parallel attention, experts over the ranks (costmodel.dp_attention)

    @property
    def group(self) -> tuple[str, str, int, int]:
        return (self.role, self.chip, self.tp, self.pp)

    @property
    def chiplets(self) -> int:
        return self.tp * self.pp

    def serves(self, flow: str) -> bool:
        """Whether the class's flow counts in the prefill or decode flow balance (FLOW_ROLES)."""
        return self.role in FLOW_ROLES[flow]


@dataclass(frozen=True, kw_only=True)
class OperatingPoint:
    """One line of one configuration's power curve with its utilisation cap (power_pieces.py)."""

    key: str
    cls: str
    role: Role
    chip: str
    batch: int
    layers_per_stage: tuple[int, ...]
    capacity_req_per_s: float       # mu: requests/s at utilisation 1
    rho_cap: float                  # utilisation cap: min(rho_hi, the cap meeting the latency target)
    rho_hi: float                   # the power line bounds the curve on [0, rho_hi]
    dyn_W_per_inst: float           # power line: W per instance ...
    dyn_J_per_req: float            # ... + J per request served
    power_excess_W: float           # the line's largest excess over the curve (linearisation error)
    memory_bytes_per_chiplet: float
    stage_time_ms: tuple[float, ...]
    latency_ms: float               # prefill and combined: TTFT quantile at rho_cap; decode: TPOT quantile
    queue: PrefillQueue | DecodeSlots | CombinedQueue = field(repr=False, compare=False)
    level: float | None = None      # utilisation level (min-latency objective only)
    chunk_tokens: int | None = None  # combined points: prompt tokens per iteration

    def serves(self, flow: str) -> bool:
        """Whether the point's flow counts in the prefill or decode flow balance (FLOW_ROLES)."""
        return self.role in FLOW_ROLES[flow]

    @property
    def sends_kv(self) -> bool:
        """Whether its requests' KV crosses the mesh (P->D): not for a combined instance."""
        return self.role != "combined"

    @property
    def combined_queue(self) -> CombinedQueue:
        """The queue model of a combined point (TypeError otherwise)."""
        if not isinstance(self.queue, CombinedQueue):
            raise TypeError(f"operating point {self.key} ({self.role}) has no combined queue model")
        return self.queue

    def cap_at_targets(self, ttft_ms: float, tpot_ms: float, pct: float, rho_max: float) -> float:
        """utilisation_cap at the target of the point's role; a combined point meets both (its TTFT
        and TPOT laws, combined_queue.CombinedQueue.meets)."""
        if self.role == "combined":
            q, mu = self.combined_queue, self.capacity_req_per_s
            return min(self.rho_hi, latency_cap(lambda r: q.meets(r * mu, ttft_ms, tpot_ms, pct), rho_max))
        return self.utilisation_cap(ttft_ms if self.role == "prefill" else tpot_ms, pct, rho_max)

    @property
    def prefill_queue(self) -> PrefillQueue:
        """The queue model of a prefill point (TypeError for a decode point)."""
        if not isinstance(self.queue, PrefillQueue):
            raise TypeError(f"operating point {self.key} ({self.role}) has no prefill queue model")
        return self.queue

    @property
    def decode_queue(self) -> DecodeSlots:
        """The queue model of a decode point (TypeError for a prefill point)."""
        if not isinstance(self.queue, DecodeSlots):
            raise TypeError(f"operating point {self.key} ({self.role}) has no decode queue model")
        return self.queue

    def latency_ms_at(self, rho: float, pct: float) -> float:
        """The queue model's latency quantile (TTFT for prefill, TPOT for decode) at utilisation rho."""
        return queue_latency_ms(self.queue, rho * self.capacity_req_per_s, pct)

    def meets(self, rho: float, target_ms: float, pct: float) -> bool:
        return queue_meets(self.queue, rho * self.capacity_req_per_s, target_ms, pct)

    def utilisation_cap(self, target_ms: float, pct: float, rho_max: float) -> float:
        """The largest utilisation meeting a latency target (TTFT for prefill, TPOT for decode) and
        within the power line's range; 0 when none does. Level points (min-latency) keep their
        level while it meets the target."""
        if self.level is not None:
            return self.rho_hi if self.meets(self.rho_hi, target_ms, pct) else 0.0
        return min(self.rho_hi, latency_cap(lambda r: self.meets(r, target_ms, pct), rho_max))


def queue_latency_ms(queue: PrefillQueue | DecodeSlots | CombinedQueue, lam: float, pct: float) -> float:
    """A queue model's latency p-quantile (TTFT for prefill and combined, TPOT for decode) at
    arrival rate lam."""
    if isinstance(queue, (PrefillQueue, CombinedQueue)):
        return 1e3 * queue.ttft_quantile_s(lam, pct)
    return 1e3 * queue.tpot_quantile_s(lam, pct)


def queue_meets(queue: PrefillQueue | DecodeSlots | CombinedQueue, lam: float, target_ms: float, pct: float) -> bool:
    """Whether a queue model's latency quantile (TTFT for prefill and combined, TPOT for decode)
    at arrival rate lam is within the target: P(latency <= target) >= p, read from the model's
    law (no quantile search); False at or beyond the model's saturation."""
    if isinstance(queue, CombinedQueue):
        return queue.ttft_meets(lam, target_ms, pct)
    if isinstance(queue, PrefillQueue):
        if lam >= queue.saturation_req_per_s:
            return False
        F = queue.ttft_cdf(lam)[0]
    else:
        if lam >= queue.capacity_req_per_s:
            return False
        F = queue.tpot_cdf(lam)[0]
    return F(target_ms / 1e3) >= pct / 100.0 - 1e-12


def latency_cap(meets: Callable[[float], bool], rho_max: float) -> float:
    """Largest utilisation in [0, rho_max] with meets(rho) (bisection: the latency quantile
    increases with the load), rounded down to LATENCY_CAP_TOL; 0 if even an idle instance fails."""
    if not meets(0.0):
        return 0.0
    if meets(rho_max):
        return rho_max
    lo, hi = 0.0, rho_max
    while hi - lo > LATENCY_CAP_TOL:
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if meets(mid) else (lo, mid)
    return lo


LATENCY_CAP_TOL = 1e-4   # utilisation resolution of the caps (the cap is rounded down to it)


@dataclass
class Tables:
    """Everything the MILP, the enumerator and the predictor read."""

    problem: Problem
    chips: dict[str, Chip]
    classes: dict[str, InstanceClass]
    points: dict[str, OperatingPoint]
    kv_bytes_per_req: float
    kv_energy_per_req_J: float      # P->D transfer, bounded by the grid's longest route
    kv_transfer_ms: float
    decode_steps_per_req: float
    tokens_per_req: float           # tokens counted by the throughput objective

    def points_of(self, cls_key: str) -> list[OperatingPoint]:
        return [p for p in self.points.values() if p.cls == cls_key]

    def dynamic_terms(self, o: str) -> tuple[float, float]:
        """(J per request served, W per instance placed) of operating point o's dynamic power:
        its power line (power_pieces.py), plus, for prefill, the P->D KV transfer (sent by the
        prefill side) per request."""
        op = self.points[o]
        kv = self.kv_energy_per_req_J if op.role == "prefill" else 0.0
        return op.dyn_J_per_req + kv, op.dyn_W_per_inst

    def dynamic_per_chiplet_W(self, o: str, flow_req_per_s: float) -> float:
        """The dynamic power of one chiplet of an instance at point o serving flow_req_per_s: its
        power line w_o + e_o f (dynamic_terms) spread over the instance's tp*pp chiplets."""
        per_req_J, per_inst_W = self.dynamic_terms(o)
        return (per_inst_W + per_req_J * flow_req_per_s) / self.classes[self.points[o].cls].chiplets

    def peak_dynamic_per_chiplet_W(self, o: str) -> float:
        """z_o: the largest dynamic power of one chiplet of an instance at point o, over the
        utilisations it may run at: the power line over f in [0, rho_cap mu] is largest at an end
        (at the cap, or at f = 0 where e_o < 0: a concave MoE power curve gives a falling line)."""
        op = self.points[o]
        return max(self.dynamic_per_chiplet_W(o, 0.0), self.dynamic_per_chiplet_W(o, op.rho_cap * op.capacity_req_per_s))


# ----------------------------------------------------------------------------- chips
def effective_chip(spec: ChipletType, index: int, ambient_C: float) -> Chip:
    th, pw = spec.thermal, spec.power
    bw_factor = float(usable_bandwidth_factor(th.dram_temp_limit_C, th.dram_refresh_threshold_C))

    def static_at(T_logic_C: float) -> float:
        return float(static_power_W(T_logic_C, th.dram_temp_limit_C, pw.static_W, pw.static_reference_C,
                                    pw.leakage_fraction_of_static, pw.leakage_increase_per_40K,
                                    pw.dram_refresh_W, th.dram_refresh_threshold_C))
    base = pw.static_W * (1.0 - pw.leakage_fraction_of_static) + float(
        pw.dram_refresh_W * refresh_multiplier(th.dram_temp_limit_C, th.dram_refresh_threshold_C))
    t_from, t_to = min(LEAKAGE_CHORD_FROM_C, ambient_C), th.logic_temp_limit_C
    leak_from, leak_to = static_at(t_from) - base, static_at(t_to) - base
    slope = (leak_to - leak_from) / (t_to - t_from) if t_to > t_from else 0.0
    return Chip(spec.name, index, spec.compute_TFLOPS * 1e12 * spec.compute_efficiency,
                spec.dram_bandwidth_GBps * 1e9 * spec.bandwidth_efficiency * bw_factor,
                spec.dram_capacity_GB * GB, base, t_from, leak_from, slope, static_at(t_to), spec)


def chip_at_dram_temperature(chip: Chip, dram_C: float) -> Chip:
    """The chip with the DRAM bandwidth it has at `dram_C` (refresh derating,
    costmodel.temperature.usable_bandwidth_factor) instead of at its DRAM limit: for predictions
    of a known design whose DRAM temperatures the model has solved (solution.design_decode_queue);
    the tables and caps keep the limit's bandwidth (an upper bound of every stage time)."""
    th, spec = chip.spec.thermal, chip.spec
    factor = float(usable_bandwidth_factor(dram_C, th.dram_refresh_threshold_C))
    return dataclasses.replace(chip, bandwidth_Bps=spec.dram_bandwidth_GBps * 1e9 * spec.bandwidth_efficiency * factor)


# ----------------------------------------------------------------------------- stage timing
@dataclass(frozen=True)
class StageCost:
    """Affine stage cost: time = n * per_layer + extra; energy likewise."""

    per_layer_s: float
    per_layer_J: float
    extra_s: tuple[float, ...]      # per stage
    extra_J: tuple[float, ...]


def _op_cost(flops: float, dram_bytes: float, chip: Chip) -> tuple[float, float]:
    """(time, energy) of one operator on one chiplet: roofline time at the achievable rates;
    compute and DRAM energy."""
    t = float(ops.roofline_time_s(flops, dram_bytes, chip.compute_FLOPS, chip.bandwidth_Bps))
    e = float(energy.compute_energy_J(flops, chip.spec.power.compute_pJ_per_FLOP)
              + energy.dram_energy_J(dram_bytes, chip.spec.power.dram_pJ_per_bit))
    return t, e


def _gemm_cost(M: float, K: float, N: float, chip: Chip, arch: ModelArch, count: float = 1.0) -> tuple[float, float]:
    """`count` GEMMs of (M x K) @ (K x N), one after another (an MoE layer's distinct experts)."""
    tr = dataflow.gemm_traffic(M, K, N, arch.activation_bytes, arch.weight_bytes,
                               chip.spec.sram_MB * dataflow.SRAM_BYTES_PER_MB)
    return _op_cost(count * 2.0 * M * K * N, count * tr.dram_bytes, chip)


def stage_cost(prob: Problem, chip: Chip, tp: int, pp: int, tc: TileComm, fp: ForwardPass,
               ep: int = 1, dpa: bool = False) -> StageCost:
    """Per-layer and per-stage costs of one forward pass `fp` (costmodel.passes: prefill
    segments with their cached past, decode steps, or both in a chunked-prefill iteration).
    Operators as the evaluator's timing (costmodel.dataflow: D3 GEMM traffic, attention), each
    timed by its own roofline and run one after another; two TP ring all-reduces per layer;
    embedding on the first stage, LM head on the last, the PP transfer on every stage but the
    last. `ep`: expert parallelism inside the TP group (the slowest expert group sets the time);
    `dpa`: data-parallel attention (_dp_stage_cost)."""
    if dpa:
        return _dp_stage_cost(prob, chip, tp, pp, tc, fp)
    a, pkg = prob.arch, prob.instance.package
    tokens = fp.tokens
    bw, lat = pkg.link_bandwidth_GBps * 1e9, pkg.link_latency_ns * 1e-9
    link_pJ = chip.spec.power.d2d_pJ_per_bit + pkg.link_energy_pJ_per_bit
    msg = float(comm.tp_allreduce_bytes_per_layer(a, tokens)) / comm.ALLREDUCES_PER_LAYER
    ar_t = comm.ALLREDUCES_PER_LAYER * float(comm.ring_allreduce_time_s(msg, tp, bw, lat, tc.tp_link_load, tc.tp_step_hops))
    ar_bytes = comm.ALLREDUCES_PER_LAYER * float(comm.ring_allreduce_link_bytes(msg, tp, tc.tp_step_hops))
    t_l, e_l, emb_t, emb_e, head_t, head_e = _compute_memo(("tp", _Same(a), _Same(chip), tp, ep, _pass_key(fp)),
                                                           lambda: _tp_compute(a, chip, tp, fp, ep))
    e_l += float(energy.d2d_energy_J(ar_bytes, link_pJ)) / tp
    pp_bytes = float(comm.pp_transfer_bytes(a, tokens)) / tp
    pp_t = float(comm.point_to_point_time_s(pp_bytes, bw, lat, tc.pp_hops)) * max(tc.pp_hops, 1)
    pp_e = float(energy.d2d_energy_J(pp_bytes * tp, link_pJ, tc.pp_hops))
    extra_s, extra_J = [], []
    for s in range(pp):
        ts = (emb_t if s == 0 else 0.0) + (head_t if s == pp - 1 else 0.0) + (pp_t if s < pp - 1 else 0.0)
        es = (emb_e if s == 0 else 0.0) + (head_e if s == pp - 1 else 0.0) + (pp_e / tp if s < pp - 1 else 0.0)
        extra_s.append(ts)
        extra_J.append(es * tp)  # energy of all tp chiplets of the stage
    return StageCost(t_l + ar_t, e_l * tp, tuple(extra_s), tuple(extra_J))


def _tp_compute(a: ModelArch, chip: Chip, tp: int, fp: ForwardPass, ep: int) -> tuple[float, ...]:
    """stage_cost's parts that neither the tile nor the pipeline depth change: (time, energy)
    of one layer's operators on one chiplet, of the embedding look-up (tokens x h weights)
    and of the LM head (logits for every sequence's last token)."""
    t_l, e_l = 0.0, 0.0
    for g in dataflow.layer_gemms(a, tp, fp.tokens, ep):   # an MoE layer: the distinct experts the batch runs
        t, e = _gemm_cost(g.M, g.K, g.N, chip, a, g.count)
        t_l, e_l = t_l + t * g.time_scale, e_l + e
    att_flops, att_bytes, _ = fp.attention_layer(a, tp, chip.spec.sram_MB * dataflow.SRAM_BYTES_PER_MB)
    t, e = _op_cost(att_flops, att_bytes, chip)
    t_l, e_l = t_l + t, e_l + e
    emb_t, emb_e = _op_cost(0.0, fp.tokens * a.hidden_size * a.weight_bytes / tp, chip)
    head_t, head_e = _gemm_cost(float(fp.sequences), a.hidden_size, a.vocab_size / tp, chip, a)
    return t_l, e_l, emb_t, emb_e, head_t, head_e


def _pass_key(fp: ForwardPass) -> tuple[bytes, bytes, bytes]:
    """A forward pass's tokens, exactly, as a dictionary key."""
    return fp.prefill_end_tokens.tobytes(), fp.prefill_past_tokens.tobytes(), fp.decode_contexts.tobytes()


@dataclass(frozen=True, eq=False)
class _Same:
    """A key part equal only to a key part holding the very same object (which it keeps alive,
    so its id is not reused)."""

    obj: object

    def __hash__(self) -> int:
        return id(self.obj)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.obj is self.obj


_COMPUTE: dict[tuple[object, ...], tuple[float, ...]] = {}
_COMPUTE_MAX = 16384   # entries kept (the memo is emptied when full)


def _compute_memo(key: tuple[object, ...], compute: Callable[[], tuple[float, ...]]) -> tuple[float, ...]:
    """compute(), memoised under key: the operator costs of a pass on a chip type, shared by
    every tile (communication class) and pipeline depth of its classes (the same floats).
    Keys hold the model and the effective chip themselves (_Same), so every input of the cost
    model's operator timing and energy is part of them."""
    value = _COMPUTE.get(key)
    if value is None:
        value = compute()
        if len(_COMPUTE) >= _COMPUTE_MAX:
            _COMPUTE.clear()
        _COMPUTE[key] = value
    return value


def _dp_stage_cost(prob: Problem, chip: Chip, tp: int, pp: int, tc: TileComm, fp: ForwardPass) -> StageCost:
    """stage_cost under data-parallel attention (costmodel.dp_attention, as the evaluator's
    timing): the pass's sequences spread over the tp ranks (rank_passes: balanced); per layer the
    busiest rank's local operators (attention and its projections, router, shared experts, at
    tp = 1 on the rank's tokens), then per MoE layer the dispatch all-to-all, the busiest expert
    group's routed experts and the combine all-to-all, each phase L * T_max * unit / bandwidth +
    H * hop latency (tc.a2a_*). Energy: every rank's local operators, tp ranks' experts, the
    all-to-all's byte-hops (balanced ranks: T/tp tokens each over the stage's a2a_pair_hops).
    Embedding look-up and LM head on each rank's own tokens (replicated tables); the PP transfer
    sends each rank's tokens to the same rank of the next stage."""
    a, pkg = prob.arch, prob.instance.package
    bw, lat = pkg.link_bandwidth_GBps * 1e9, pkg.link_latency_ns * 1e-9
    link_pJ = chip.spec.power.d2d_pJ_per_bit + pkg.link_energy_pJ_per_bit
    layer_t, layer_e, busiest, emb_t, emb_e, head_t, head_e = _compute_memo(
        ("dp", _Same(a), _Same(chip), tp, _pass_key(fp)), lambda: _dp_compute(a, chip, tp, fp))
    unit, share = dp_attention.all_to_all_unit_bytes(a, tp), dp_attention.moe_layer_share(a)
    phase_t = float(comm.point_to_point_time_s(tc.a2a_link_load * busiest * unit, bw, lat, tc.a2a_hops))
    a2a_t = 2.0 * share * phase_t if busiest > 0 else 0.0
    a2a_J = float(energy.d2d_energy_J(2.0 * share * fp.tokens / tp * unit * tc.a2a_pair_hops, link_pJ))
    pp_bytes = float(comm.pp_transfer_bytes(a, busiest))
    pp_t = float(comm.point_to_point_time_s(pp_bytes, bw, lat, tc.pp_hops)) * max(tc.pp_hops, 1)
    pp_e = float(energy.d2d_energy_J(float(comm.pp_transfer_bytes(a, fp.tokens)), link_pJ, tc.pp_hops))
    extra_s = tuple((emb_t if s == 0 else 0.0) + (head_t if s == pp - 1 else 0.0) + (pp_t if s < pp - 1 else 0.0)
                    for s in range(pp))
    extra_J = tuple((emb_e if s == 0 else 0.0) + (head_e if s == pp - 1 else 0.0) + (pp_e if s < pp - 1 else 0.0)
                    for s in range(pp))
    return StageCost(layer_t + a2a_t, layer_e + a2a_J, extra_s, extra_J)


def _dp_compute(a: ModelArch, chip: Chip, tp: int, fp: ForwardPass) -> tuple[float, ...]:
    """_dp_stage_cost's parts that neither the tile nor the pipeline depth change: one layer's
    time without the all-to-all (the busiest rank's local operators, then the experts) and
    energy (every rank's local operators, tp ranks' experts), the busiest rank's tokens, and
    the embedding look-up's and LM head's (time, energy)."""
    sram = chip.spec.sram_MB * dataflow.SRAM_BYTES_PER_MB
    layer = dp_attention.dp_layer(a, tp, dp_attention.rank_passes(fp, tp))
    rank_t, rank_e = [], []
    emb, head = [], []
    for p, gemms in zip(layer.passes, layer.local, strict=True):
        costs = [_gemm_cost(g.M, g.K, g.N, chip, a, g.count) for g in gemms]
        if p.sequences:
            att_flops, att_bytes, _ = p.attention_layer(a, 1, sram)
            costs.append(_op_cost(att_flops, att_bytes, chip))
            emb.append(_op_cost(0.0, p.tokens * a.hidden_size * a.weight_bytes, chip))
            head.append(_gemm_cost(float(p.sequences), a.hidden_size, a.vocab_size, chip, a))
        rank_t.append(sum(t for t, _ in costs))
        rank_e.append(sum(e for _, e in costs))
    ex = [(_gemm_cost(g.M, g.K, g.N, chip, a, g.count), g.time_scale) for g in layer.experts]
    ex_t, ex_e = sum(t * k for (t, _), k in ex), sum(e for (_, e), _ in ex)
    return (max(rank_t) + ex_t, sum(rank_e) + tp * ex_e, float(layer.busiest_tokens),
            max((t for t, _ in emb), default=0.0), sum(e for _, e in emb),
            max((t for t, _ in head), default=0.0), sum(e for _, e in head))


def split_layers(num_layers: int, cost: StageCost, max_layers: list[int]) -> tuple[int, ...] | None:
    """Layers per stage minimising the slowest stage, each stage within its memory limit
    (max_layers) and holding at least one layer; None when no split fits.

    For a bottleneck T, stage s holds at most min(max_layers[s], floor((T - extra_s)/per_layer))
    layers; the smallest T whose capacities sum to >= L is optimal. Candidate T values are the
    stage times n * per_layer + extra_s; surplus layers are removed from the last stages first.
    """
    pp = len(max_layers)
    if any(m < 1 for m in max_layers) or sum(max_layers) < num_layers or pp > num_layers:
        return None
    per = max(cost.per_layer_s, 1e-15)

    def caps(T: float) -> list[int]:
        return [min(max_layers[s], max(0, math.floor((T - cost.extra_s[s]) / per + 1e-9))) for s in range(pp)]

    n = np.arange(1, num_layers + 1)[:, None]
    cands: list[float] = np.unique(n * per + np.array(cost.extra_s)[None, :]).tolist()   # sorted, distinct
    lo, hi = 0, len(cands) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        c = caps(cands[mid])
        if sum(c) >= num_layers and min(c) >= 1:
            hi = mid
        else:
            lo = mid + 1
    c = caps(cands[lo])
    if sum(c) < num_layers or min(c) < 1:
        return None
    surplus = sum(c) - num_layers
    for s in reversed(range(pp)):
        take = min(surplus, c[s] - 1)
        c[s] -= take
        surplus -= take
    return tuple(c)


def stage_times_s(cost: StageCost, split: tuple[int, ...]) -> NDArray[np.float64]:
    return np.array([n * cost.per_layer_s + cost.extra_s[s] for s, n in enumerate(split)])


def stage_energy_J(cost: StageCost, split: tuple[int, ...]) -> float:
    return float(sum(n * cost.per_layer_J + cost.extra_J[s] for s, n in enumerate(split)))


def max_layers_by_memory(prob: Problem, chip: Chip, tp: int, pp: int, kv_tokens: float, dpa: bool = False) -> list[int]:
    """Largest layer count each stage can hold with `kv_tokens` tokens of KV cache resident
    (dpa: data-parallel attention's weights, and the mean rank's share of the KV)."""
    a = prob.arch
    out = []
    for s in range(pp):
        fixed = memory.stage_weight_bytes_per_chiplet(a, 0, tp, s == 0, s == pp - 1, dpa)
        per = (memory.stage_weight_bytes_per_chiplet(a, 1, tp, False, False, dpa)
               + kv_tokens * memory.kv_bytes_per_token_per_chiplet(a, 1, tp, dpa))
        out.append(int(max(0.0, chip.capacity_bytes - fixed) // per))
    return out


def footprint_bytes(prob: Problem, tp: int, split: tuple[int, ...], kv_tokens: float, dpa: bool = False) -> float:
    a, pp = prob.arch, len(split)
    return max(memory.stage_weight_bytes_per_chiplet(a, n, tp, s == 0, s == pp - 1, dpa)
               + kv_tokens * memory.kv_bytes_per_token_per_chiplet(a, n, tp, dpa) for s, n in enumerate(split))


# ----------------------------------------------------------------------------- lengths
MAX_LENGTH_BINS = 24  # traces are binned into <= 24 quantile bins to bound precompute time


def length_bins(prob: Problem) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """(prompt lengths, probabilities), at most MAX_LENGTH_BINS bins (bin means of quantiles)."""
    L = prob.lengths
    s, p = L.input_tokens.astype(float), L.probability.astype(float)
    if len(s) <= MAX_LENGTH_BINS:
        return s, p
    order = np.argsort(s, kind="stable")
    s, p = s[order], p[order]
    edges = np.searchsorted(np.cumsum(p), np.linspace(0, 1, MAX_LENGTH_BINS + 1)[1:-1])
    out_s, out_p = [], []
    for chunk_s, chunk_p in zip(np.split(s, edges), np.split(p, edges), strict=True):
        if chunk_p.sum() > 0:
            out_s.append(float(np.dot(chunk_s, chunk_p) / chunk_p.sum()))
            out_p.append(float(chunk_p.sum()))
    return np.array(out_s), np.array(out_p)


# ----------------------------------------------------------------------------- operating points
def _levels(cap: float, levels: bool) -> tuple[float, ...]:
    """Utilisation levels the min-latency objective chooses among (below the cap); none otherwise."""
    return tuple(r for r in UTILISATION_LEVELS if r < cap) if levels else ()


def _points(cls: InstanceClass, batch: int, split: tuple[int, ...], mu: float, cap: float, rho_max: float,
            levels: bool, curve_W: Callable[[NDArray[np.float64]], NDArray[np.float64]],
            latency_ms_at: Callable[[float], float],
            memory_bytes: float, stage_ms: tuple[float, ...],
            queue: PrefillQueue | DecodeSlots | CombinedQueue,
            pieces_at: tuple[float, ...] = ()) -> list[OperatingPoint]:
    """The operating points of one configuration: its power line over [0, rho_max] (power_pieces;
    independent of the latency targets, so a tighter target only lowers the cap and the model
    stays monotone in every target) with the latency cap; for min-latency one point per
    utilisation level below the cap, each with the line over [0, level]. pieces_at: utilisations
    below the cap where further lines end (each a point capped there, exact there: combined.py)."""
    lv = _levels(cap, levels)
    ends = lv + tuple(r for r in pieces_at if 0.0 < r < cap)
    grid = power_pieces.utilisation_grid(rho_max, ends)
    P = np.asarray(curve_W(grid), dtype=float)
    forced = tuple(int(np.searchsorted(grid, r)) for r in ends)
    out = []
    for piece in power_pieces.pieces(grid, P, forced):
        if levels and piece.rho_hi > cap:
            piece = dataclasses.replace(piece, rho_hi=cap)   # the top level is the cap itself
        top = piece.rho_hi >= min(cap, rho_max) * (1.0 - 1e-12)
        tag = "" if (top and not levels) else f"|u{piece.rho_hi:.3f}"
        rho = min(piece.rho_hi, cap)
        out.append(OperatingPoint(
            key=f"{cls.key}|b{batch}{tag}", cls=cls.key, role=cls.role, chip=cls.chip, batch=batch,
            layers_per_stage=split, capacity_req_per_s=mu, rho_cap=rho, rho_hi=piece.rho_hi,
            dyn_W_per_inst=piece.intercept_W, dyn_J_per_req=piece.slope_W / mu, power_excess_W=piece.excess_W,
            memory_bytes_per_chiplet=memory_bytes, stage_time_ms=stage_ms, latency_ms=latency_ms_at(rho),
            queue=queue, level=piece.rho_hi if levels else None))
    return out


def prefill_points(prob: Problem, chip: Chip, cls: InstanceClass, levels: bool) -> list[OperatingPoint]:
    """Prefill at the smallest batch b of the search space (larger ones are dominated under the
    TTFT bound, prefill_queue.py). Capacity mu = 1 / E[S_1] (the slowest stage's time for one
    prompt); energy per request = a batch of one prompt's (an upper bound for any batch: the
    weights are read once per batch); the cap is the largest utilisation whose TTFT quantile
    (prefill_queue.PrefillQueue) meets the target."""
    a, wl, search = prob.arch, prob.instance.workload, prob.instance.search
    s_bins, p_bins = length_bins(prob)
    s_mean, s_max = float(np.dot(p_bins, s_bins)), float(s_bins.max())
    b = min(search.prefill_batches)
    hit_rate = wl.prefix_cache_hit_rate

    def cost_at(s: float, k: int) -> StageCost:
        return stage_cost(prob, chip, cls.tp, cls.pp, cls.comm, ForwardPass.prefill([s] * k, hit_rate), cls.ep)
    mean_cost = cost_at(s_mean, b)
    split = split_layers(a.num_layers, mean_cost, max_layers_by_memory(prob, chip, cls.tp, cls.pp, b * s_max))
    if split is None:
        return []
    one = [cost_at(s, 1) for s in s_bins]
    service = np.array([stage_times_s(c, split).max() for c in one])
    full = one if b == 1 else [cost_at(s, b) for s in s_bins]
    latency = np.array([stage_times_s(c, split).sum() for c in full])
    e_req = float(np.dot(p_bins, [stage_energy_J(c, split) for c in one]))
    queue = PrefillQueue(b, service, p_bins, latency)
    mu = queue.saturation_req_per_s
    pct = wl.targets.percentile

    cap = latency_cap(lambda r: queue_meets(queue, r * mu, wl.targets.ttft_ms, pct), search.max_utilisation)
    if cap <= 0.0:
        return []
    mem = footprint_bytes(prob, cls.tp, split, b * s_max)
    st_ms = tuple(float(x) * 1e3 for x in stage_times_s(mean_cost, split))
    return _points(cls, b, split, mu, cap, search.max_utilisation, levels, lambda r: r * mu * e_req,
                   lambda r: queue_latency_ms(queue, r * mu, pct), mem, st_ms, queue)


def decode_micro_batch_cost(prob: Problem, chip: Chip, cls: InstanceClass) -> Callable[[int], StageCost]:
    """m -> the stage cost of a decode micro-batch of m requests at the mean context (cached:
    shared by every batch cap b of the class)."""
    L = prob.lengths
    ctx_mean = L.mean_input_tokens + L.mean_output_tokens / 2.0   # average context while decoding

    @functools.cache
    def cost(m: int) -> StageCost:
        return stage_cost(prob, chip, cls.tp, cls.pp, cls.comm, ForwardPass.decode([ctx_mean] * m), cls.ep, cls.dpa)
    return cost


def decode_slots_of(prob: Problem, cls: InstanceClass, b: int, split: tuple[int, ...],
                    cost: Callable[[int], StageCost], kv_ms: float, steps: float) -> DecodeSlots:
    """The slot chain (decode_slots.DecodeSlots) of a decode configuration at batch cap b with
    this layer split, from the micro-batch costs `cost(m)` (decode_micro_batch_cost)."""
    m_b = math.ceil(b / cls.pp)

    def stage_s(m: int) -> NDArray[np.float64]:
        return stage_times_s(cost(m), split)
    # dense: the stage time is convex in m, so the sampled interpolant bounds it; an MoE
    # layer's expert reads grow concavely with m (costmodel.moe), so every m is costed
    moe = prob.arch.is_moe
    rows = (exact_stage_rows if moe else sampled_stage_rows)(stage_s, m_b)
    e1, e2 = stage_energy_J(cost(1), split), stage_energy_J(cost(2), split)
    return DecodeSlots(b, cls.pp, slot_period_s(rows, b, cls.pp), steps, kv_ms / 1e3,
                       pass_weight_J=2.0 * e1 - e2, token_J=e2 - e1,
                       pass_J=np.array([0.0] + [stage_energy_J(cost(m), split) for m in range(1, m_b + 1)])
                       if moe else None)


def decode_points(prob: Problem, chip: Chip, cls: InstanceClass, kv_ms: float, steps: float,
                  levels: bool = False) -> list[OperatingPoint]:
    """Decode with iteration-level batching at batch cap b (decode_slots.DecodeSlots): pp
    micro-batches of at most ceil(b/pp) requests circulate through the stages; capacity, TPOT
    quantile and dynamic power come from the slot chain; the cap is the largest utilisation
    whose TPOT quantile meets the target."""
    a, wl, search = prob.arch, prob.instance.workload, prob.instance.search
    L = prob.lengths
    resident = float(np.dot(L.probability, L.input_tokens + L.output_tokens))  # KV at the end
    pct = wl.targets.percentile
    out = []
    cost = decode_micro_batch_cost(prob, chip, cls)
    for b in search.decode_batches:
        m_b = math.ceil(b / cls.pp)
        full = cost(m_b)
        split = split_layers(a.num_layers, full, max_layers_by_memory(prob, chip, cls.tp, cls.pp, b * resident, cls.dpa))
        if split is None:
            continue
        queue = decode_slots_of(prob, cls, b, split, cost, kv_ms, steps)
        mu = queue.capacity_req_per_s

        def meets(r: float, q: DecodeSlots = queue, mu: float = mu) -> bool:
            return queue_meets(q, r * mu, wl.targets.tpot_ms, pct)

        def dynamic_W(r: NDArray[np.float64], q: DecodeSlots = queue, mu: float = mu) -> NDArray[np.float64]:
            return q.dynamic_W_at(r * mu)

        def latency_ms(r: float, q: DecodeSlots = queue, mu: float = mu) -> float:
            return queue_latency_ms(q, r * mu, pct)

        cap = latency_cap(meets, search.max_utilisation)
        if cap <= 0.0:
            continue
        mem = footprint_bytes(prob, cls.tp, split, b * resident, cls.dpa)
        st_ms = tuple(float(x) * 1e3 for x in stage_times_s(full, split))
        out += _points(cls, b, split, mu, cap, search.max_utilisation, levels, dynamic_W, latency_ms, mem, st_ms,
                       queue)
    return out


# ----------------------------------------------------------------------------- all tables
def instance_classes(prob: Problem, chips: dict[str, Chip]) -> dict[str, InstanceClass]:
    pkg, search, a = prob.instance.package, prob.instance.search, prob.arch
    out: dict[str, InstanceClass] = {}
    for spec in prob.chiplets:
        chip = chips[spec.name]
        for role in sorted(set(spec.roles)):
            for tp in sorted(set(search.tp_degrees)):
                if a.num_heads % tp:
                    continue
                for pp in sorted(set(search.pp_degrees)):
                    if pp > a.num_layers or sum(max_layers_by_memory(prob, chip, tp, pp, 0.0)) < a.num_layers:
                        continue
                    by_comm: dict[TileComm, list[Tile]] = {}
                    for tile in candidate_tiles(pkg.grid_rows, pkg.grid_cols, tp, pp):
                        by_comm.setdefault(tile.comm, []).append(tile)
                    tp_attention = not (role == "decode" and a.is_moe and tp >= 2
                                        and "tp" not in search.attention_modes)
                    for k, (tc, tiles) in enumerate(sorted(by_comm.items(), key=lambda kv: _comm_order(kv[0]))):
                        for ep in expert_parallel_degrees(prob, tp) if tp_attention else ():
                            key = f"{role[0].upper()}|{spec.name}|t{tp}|p{pp}|c{k}" + (f"|e{ep}" if ep > 1 else "")
                            out[key] = InstanceClass(key, role, spec.name, tp, pp, tc, tuple(tiles), ep)
                    if dp_attention_allowed(prob, role, tp):
                        out.update(_dp_attention_classes(prob, chip, tp, pp))
    return out


def dp_attention_allowed(prob: Problem, role: str, tp: int) -> bool:
    """Whether decode classes of TP degree tp may also run data-parallel attention: an MoE
    model, "dp" in search.attention_modes, tp >= 2 dividing the experts (costmodel.dp_attention).
    Decode only: a prefill pass of one prompt would run on one rank while the others idle (the
    prefill queue model has one server per instance), so dp prefill is never offered."""
    a = prob.arch
    return (role == "decode" and a.is_moe and "dp" in prob.instance.search.attention_modes
            and tp >= 2 and a.num_experts % tp == 0)


def _dp_attention_classes(prob: Problem, chip: Chip, tp: int, pp: int) -> dict[str, InstanceClass]:
    """Decode classes of (chip, tp, pp) with data-parallel attention: the candidate tiles grouped
    by their PP hops and all-to-all figures (tiles.all_to_all_figures; no ring runs, so the ring
    figures are left at 0); none when the replicated weights leave no room for the layers."""
    pkg, a = prob.instance.package, prob.arch
    if sum(max_layers_by_memory(prob, chip, tp, pp, 0.0, dpa=True)) < a.num_layers:
        return {}
    by_comm: dict[TileComm, list[Tile]] = {}
    for tile in candidate_tiles(pkg.grid_rows, pkg.grid_cols, tp, pp):
        load, hops, pair_hops = all_to_all_figures(tile.sites, tp, pp)
        tc = TileComm(0, 0, tile.comm.pp_hops, load, hops, pair_hops)
        by_comm.setdefault(tc, []).append(tile)
    out = {}
    for k, (tc, tiles) in enumerate(sorted(by_comm.items(), key=lambda kv: _dp_comm_order(kv[0]))):
        key = f"D|{chip.name}|t{tp}|p{pp}|c{k}|dpa"
        out[key] = InstanceClass(key, "decode", chip.name, tp, pp, tc, tuple(tiles), tp, dpa=True)
    return out


def _dp_comm_order(tc: TileComm) -> tuple[int, int, int, int]:
    return (tc.a2a_link_load, tc.a2a_hops, tc.a2a_pair_hops, tc.pp_hops)


def expert_parallel_degrees(prob: Problem, tp: int) -> tuple[int, ...]:
    """EP degrees a class of TP degree tp may run: 1 (every expert TP-split), and for an MoE model
    each `search.ep_degrees` entry > 1 dividing tp and the experts (costmodel.dataflow.layer_gemms).
    A dense model: (1,), so its classes are exactly those without the EP dimension."""
    a = prob.arch
    if not a.is_moe:
        return (1,)
    return (1,) + tuple(sorted({e for e in prob.instance.search.ep_degrees
                                if e > 1 and tp % e == 0 and a.num_experts % e == 0}))


def _comm_order(tc: TileComm) -> tuple[int, int, int]:
    return (tc.tp_link_load, tc.tp_step_hops, tc.pp_hops)


def kv_transfer_s(prob: Problem, kv_bytes: float, ports: int = 1) -> float:
    """One request's P->D KV transfer over the grid's longest route, split evenly over `ports`
    parallel D2D ports (1: every design, what the tables and caps use; a design's own count in
    solution.design_kv_s)."""
    pkg = prob.instance.package
    hops = max((pkg.grid_rows - 1) + (pkg.grid_cols - 1), 1)
    return float(comm.point_to_point_time_s(kv_bytes / ports, pkg.link_bandwidth_GBps * 1e9,
                                            pkg.link_latency_ns * 1e-9, hops))


def prune_dominated(points: dict[str, OperatingPoint], classes: dict[str, InstanceClass],
                    with_latency: bool) -> dict[str, OperatingPoint]:
    """Drop operating points another point dominates; the optimum of every objective is unchanged.

    A dominates B when both have the same role, chip type and chiplet count, every tile
    (site set) B may occupy is also one A may occupy, A serves at least as much (rho_cap * mu)
    and A's power line is nowhere above B's over B's flows [0, F_B] (w_A <= w_B and
    w_A + e_A F_B <= w_B + e_B F_B: lines, so the two ends suffice), and, for the min-latency
    objective, A's latency is no larger. Any design using B stays feasible with A in its place
    (same sites, same static power, no more dynamic power anywhere, no less capacity) and is no
    worse in any objective. Ties keep the point with the smaller key.
    """
    tile_sets = _tile_site_sets(classes)
    groups: dict[tuple[str, str, int], list[OperatingPoint]] = {}
    for o in points.values():
        groups.setdefault((o.role, o.chip, classes[o.cls].chiplets), []).append(o)
    keep = {}
    for group in groups.values():
        # per group, over all candidate dominators a at once: the class-level tile relation, the
        # key order, and the vectors (-rho mu, w, w + e F_B[, latency]) at each b's flow F_B
        cls = sorted({o.cls for o in group})
        ci = {q: i for i, q in enumerate(cls)}
        covers = np.array([[tile_sets[qb] <= tile_sets[qa] for qa in cls] for qb in cls])   # [b, a]
        a_cls = np.array([ci[o.cls] for o in group])
        rank = np.argsort(np.argsort(np.array([o.key for o in group], dtype=object), kind="stable"), kind="stable")
        cap = np.array([o.rho_cap * o.capacity_req_per_s for o in group])
        w = np.array([o.dyn_W_per_inst for o in group])
        e = np.array([o.dyn_J_per_req for o in group])
        lat = np.array([o.latency_ms for o in group])
        for i, b in enumerate(group):
            F = cap[i]
            comps = [(-cap, -cap[i]), (w, w[i]), (w + e * F, w[i] + e[i] * F)] + ([(lat, lat[i])] if with_latency else [])
            no_worse = np.ones(len(group), dtype=bool)
            better = np.zeros(len(group), dtype=bool)
            for va, y in comps:
                tol = 1e-12 * max(abs(y), 1.0)
                no_worse &= va <= y + tol
                better |= va < y - tol
            dominated = covers[a_cls[i], a_cls] & no_worse & (better | (rank < rank[i]))
            dominated[i] = False
            if not dominated.any():
                keep[b.key] = b
    return keep


def _tile_site_sets(classes: dict[str, InstanceClass]) -> dict[str, frozenset[frozenset[tuple[int, int]]]]:
    """Each class's tiles as a set of site sets. Classes share their Tile objects (candidate_tiles
    is cached), so each tile's site set is built once (by identity) and its hash, which a
    frozenset caches, is computed once."""
    of_tile: dict[int, frozenset[tuple[int, int]]] = {}

    def site_set(t: Tile) -> frozenset[tuple[int, int]]:
        if id(t) not in of_tile:
            of_tile[id(t)] = frozenset(t.sites)
        return of_tile[id(t)]
    return {k: frozenset(site_set(t) for t in c.tiles) for k, c in classes.items()}
