"""Configurations ("patterns") precomputed from the cost model.

An *instance class* is (role, chiplet type, TP, PP, tile communication class); an *operating
point* adds the batch (and, for the min-latency objective, a utilisation level). For every
operating point we precompute, from lamoopt.costmodel, its capacity (requests/s at full
utilisation), utilisation cap (from the latency targets via queueing.py), dynamic energy per
request, dynamic power per chiplet when fully busy, layer split, DRAM footprint and latencies.
Products of decisions (TP x batch x layers ...) thus become table look-ups and the MILP stays
linear and exact over this discrete space.

Timing model per pipeline stage of n layers (conservative, all terms added, no overlap of
communication with compute):
  stage_time = n * (roofline(layer FLOPs/t, layer bytes/t) + 2 ring all-reduces)
               + [first] embedding + [last] LM head roofline + [not last] PP transfer.
Rooflines use the achievable compute (compute_efficiency) and bandwidth (bandwidth_efficiency
times the refresh-derated factor at the DRAM temperature limit).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from lamoopt.costmodel import comm, energy, memory, operators as ops
from lamoopt.costmodel.memory import GB
from lamoopt.costmodel.temperature import static_power_W, usable_bandwidth_factor
from lamoopt.formulation import queueing
from lamoopt.formulation.tiles import Tile, TileComm, candidate_tiles
from lamoopt.instance.load import Problem
from lamoopt.instance.schema import ChipletType

UTILISATION_LEVELS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)  # min-latency objective grid


@dataclass(frozen=True)
class Chip:
    """Effective figures of a chiplet type as the MILP sees them."""

    name: str
    index: int
    compute_FLOPS: float          # achievable
    bandwidth_Bps: float          # achievable, refresh-derated at the DRAM limit
    capacity_bytes: float
    static_W: float               # at the temperature limits (conservative bound)
    spec: ChipletType = field(repr=False, compare=False)


@dataclass(frozen=True)
class InstanceClass:
    key: str
    role: str
    chip: str
    tp: int
    pp: int
    comm: TileComm
    tiles: tuple[Tile, ...]

    @property
    def group(self) -> tuple[str, str, int, int]:
        return (self.role, self.chip, self.tp, self.pp)

    @property
    def chiplets(self) -> int:
        return self.tp * self.pp


@dataclass(frozen=True)
class OperatingPoint:
    key: str
    cls: str
    role: str
    chip: str
    batch: int
    layers_per_stage: tuple[int, ...]
    capacity_req_per_s: float       # mu: requests/s at utilisation 1
    rho_cap: float                  # utilisation cap meeting the targets
    energy_per_req_J: float         # dynamic energy per request (compute + DRAM + internal D2D)
    busy_power_W_per_chiplet: float  # dynamic power of one chiplet at utilisation 1
    memory_bytes_per_chiplet: float
    stage_time_ms: tuple[float, ...]
    latency_ms: float               # prefill: TTFT quantile at rho_cap; decode: TPOT
    level: float | None = None      # utilisation level (min-latency objective only)
    service_s: tuple[float, ...] = ()   # prefill: per-request service time per length bin
    batch_latency_p_s: float = 0.0      # prefill: full-batch latency at the quantile prompt
    slot_service_s: float = 0.0         # decode: time a request holds a batch slot
    step_ms: float = 0.0                # decode: full-batch step time (TPOT without waiting)
    kv_ms: float = 0.0                  # decode: P->D KV transfer time
    steps: float = 1.0                  # decode: decode steps per request

    def utilisation_cap(self, target_ms: float, pct: float, rho_max: float, prob_bins: np.ndarray) -> float:
        """The largest utilisation meeting a latency target (TTFT for prefill, TPOT for decode);
        0 when none does. Level points (min-latency) keep their level while it meets the target."""
        if self.level is not None:
            return self.rho_cap if self.latency_ms <= target_ms else 0.0
        if self.role == "prefill":
            return queueing.max_utilisation(lambda r: self.ttft_ms_at(r, prob_bins, pct) / 1e3, target_ms / 1e3, rho_max)
        return queueing.max_utilisation(lambda r: self.tpot_ms_at(r, pct) / 1e3, target_ms / 1e3, rho_max)

    def tpot_ms_at(self, rho: float, pct: float) -> float:
        """Decode: the model's TPOT quantile at utilisation rho: step time plus (KV transfer +
        wait for one of `batch` slots) spread over the request's decode steps."""
        if self.level is not None or not self.slot_service_s:
            return self.latency_ms
        return decode_tpot_ms(rho, self.batch, self.slot_service_s, self.step_ms, self.kv_ms, self.steps, pct)

    def ttft_ms_at(self, rho: float, prob_bins: np.ndarray, pct: float) -> float:
        """Prefill: the model's TTFT quantile at utilisation rho (min-latency points: their level's)."""
        if self.level is not None:
            return self.latency_ms
        return 1e3 * prefill_latency_s(rho, self.capacity_req_per_s, np.array(self.service_s), prob_bins,
                                       self.batch, self.batch_latency_p_s, pct)


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
        """(J per request served, W per instance placed) of operating point o's dynamic power.

        Prefill instances idle between batches: their dynamic power is energy per request x
        flow (plus the P->D KV transfer, sent by the prefill side). A decode instance under
        iteration-level batching steps back to back whenever it holds any request, reading all
        its weights every step whatever the batch, so it is modelled as always busy: the
        power of full-batch steps, per instance, independent of the flow (an upper bound:
        smaller batches draw no more power than full ones)."""
        op = self.points[o]
        if op.role == "prefill":
            return op.energy_per_req_J + self.kv_energy_per_req_J, 0.0
        return 0.0, op.busy_power_W_per_chiplet * self.classes[op.cls].chiplets


# ----------------------------------------------------------------------------- chips
def effective_chip(spec: ChipletType, index: int) -> Chip:
    th, pw = spec.thermal, spec.power
    bw_factor = float(usable_bandwidth_factor(th.dram_temp_limit_C, th.dram_refresh_threshold_C))
    static = float(static_power_W(th.logic_temp_limit_C, th.dram_temp_limit_C, pw.static_W,
                                  pw.static_reference_C, pw.leakage_fraction_of_static,
                                  pw.leakage_increase_per_40K, pw.dram_refresh_W,
                                  th.dram_refresh_threshold_C))
    return Chip(spec.name, index, spec.compute_TFLOPS * 1e12 * spec.compute_efficiency,
                spec.dram_bandwidth_GBps * 1e9 * spec.bandwidth_efficiency * bw_factor,
                spec.dram_capacity_GB * GB, static, spec)


# ----------------------------------------------------------------------------- stage timing
@dataclass(frozen=True)
class StageCost:
    """Affine stage cost: time = n * per_layer + extra; energy likewise."""

    per_layer_s: float
    per_layer_J: float
    extra_s: tuple[float, ...]      # per stage
    extra_J: tuple[float, ...]


def _op_cost(flops, dram_bytes, d2d_link_bytes, chip: Chip, link_pJ: float):
    t = float(ops.roofline_time_s(flops, dram_bytes, chip.compute_FLOPS, chip.bandwidth_Bps))
    e = float(energy.compute_energy_J(flops, chip.spec.power.compute_pJ_per_FLOP)
              + energy.dram_energy_J(dram_bytes, chip.spec.power.dram_pJ_per_bit)
              + energy.d2d_energy_J(d2d_link_bytes, chip.spec.power.d2d_pJ_per_bit + link_pJ))
    return t, e


def stage_cost(prob: Problem, chip: Chip, tp: int, pp: int, tc: TileComm,
               layer_flops: float, layer_bytes: float, tokens: float, head_tokens: float) -> StageCost:
    """Per-layer and per-stage costs of one forward pass over `tokens` tokens (all requests of
    the batch), of which `head_tokens` need logits."""
    a, pkg = prob.arch, prob.instance.package
    bw, lat = pkg.link_bandwidth_GBps * 1e9, pkg.link_latency_ns * 1e-9
    msg = float(comm.tp_allreduce_bytes_per_layer(a, tokens)) / comm.ALLREDUCES_PER_LAYER
    ar_t = comm.ALLREDUCES_PER_LAYER * float(comm.ring_allreduce_time_s(msg, tp, bw, lat, tc.tp_link_load, tc.tp_step_hops))
    ar_bytes = comm.ALLREDUCES_PER_LAYER * float(comm.ring_allreduce_link_bytes(msg, tp, tc.tp_step_hops))
    t_l, e_l = _op_cost(layer_flops / tp, layer_bytes / tp, 0.0, chip, pkg.link_energy_pJ_per_bit)
    e_l += float(energy.d2d_energy_J(ar_bytes, chip.spec.power.d2d_pJ_per_bit + pkg.link_energy_pJ_per_bit)) / tp
    # embedding look-up: reads tokens x h weights; LM head: logits for head_tokens
    emb_t, emb_e = _op_cost(0.0, tokens * a.hidden_size * a.weight_bytes / tp, 0.0, chip, 0.0)
    head_t, head_e = _op_cost(float(ops.lm_head_flops(a, head_tokens)) / tp, ops.lm_head_bytes(a) / tp,
                              0.0, chip, 0.0)
    pp_bytes = float(comm.pp_transfer_bytes(a, tokens)) / tp
    pp_t = float(comm.point_to_point_time_s(pp_bytes, bw, lat, tc.pp_hops)) * max(tc.pp_hops, 1)
    pp_e = float(energy.d2d_energy_J(pp_bytes * tp, chip.spec.power.d2d_pJ_per_bit + pkg.link_energy_pJ_per_bit,
                                     tc.pp_hops))
    extra_s, extra_J = [], []
    for s in range(pp):
        ts = (emb_t if s == 0 else 0.0) + (head_t if s == pp - 1 else 0.0) + (pp_t if s < pp - 1 else 0.0)
        es = (emb_e if s == 0 else 0.0) + (head_e if s == pp - 1 else 0.0) + (pp_e / tp if s < pp - 1 else 0.0)
        extra_s.append(ts)
        extra_J.append(es * tp)  # energy of all tp chiplets of the stage
    return StageCost(t_l + ar_t, e_l * tp, tuple(extra_s), tuple(extra_J))


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

    cands = sorted({n * per + cost.extra_s[s] for s in range(pp) for n in range(1, num_layers + 1)})
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


def stage_times_s(cost: StageCost, split: tuple[int, ...]) -> np.ndarray:
    return np.array([n * cost.per_layer_s + cost.extra_s[s] for s, n in enumerate(split)])


def stage_energy_J(cost: StageCost, split: tuple[int, ...]) -> float:
    return float(sum(n * cost.per_layer_J + cost.extra_J[s] for s, n in enumerate(split)))


def max_layers_by_memory(prob: Problem, chip: Chip, tp: int, pp: int, kv_tokens: float) -> list[int]:
    """Largest layer count each stage can hold with `kv_tokens` tokens of KV cache resident."""
    a = prob.arch
    out = []
    for s in range(pp):
        fixed = memory.stage_weight_bytes_per_chiplet(a, 0, tp, s == 0, s == pp - 1)
        per = (memory.stage_weight_bytes_per_chiplet(a, 1, tp, False, False)
               + kv_tokens * memory.kv_bytes_per_token_per_chiplet(a, 1, tp))
        out.append(int(max(0.0, chip.capacity_bytes - fixed) // per))
    return out


def footprint_bytes(prob: Problem, tp: int, split: tuple[int, ...], kv_tokens: float) -> float:
    a, pp = prob.arch, len(split)
    return max(memory.stage_weight_bytes_per_chiplet(a, n, tp, s == 0, s == pp - 1)
               + kv_tokens * memory.kv_bytes_per_token_per_chiplet(a, n, tp) for s, n in enumerate(split))


# ----------------------------------------------------------------------------- lengths
MAX_LENGTH_BINS = 24  # traces are binned into <= 24 quantile bins to bound precompute time


def length_bins(prob: Problem) -> tuple[np.ndarray, np.ndarray]:
    """(prompt lengths, probabilities), at most MAX_LENGTH_BINS bins (bin means of quantiles)."""
    L = prob.lengths
    s, p = L.input_tokens.astype(float), L.probability.astype(float)
    if len(s) <= MAX_LENGTH_BINS:
        return s, p
    order = np.argsort(s, kind="stable")
    s, p = s[order], p[order]
    edges = np.searchsorted(np.cumsum(p), np.linspace(0, 1, MAX_LENGTH_BINS + 1)[1:-1])
    out_s, out_p = [], []
    for chunk_s, chunk_p in zip(np.split(s, edges), np.split(p, edges)):
        if chunk_p.sum() > 0:
            out_s.append(float(np.dot(chunk_s, chunk_p) / chunk_p.sum()))
            out_p.append(float(chunk_p.sum()))
    return np.array(out_s), np.array(out_p)


# ----------------------------------------------------------------------------- prefill points
def prefill_latency_s(rho: float, mu: float, service_s: np.ndarray, prob_s: np.ndarray, batch: int,
                      batch_latency_p_s: float, pct: float) -> float:
    """TTFT quantile at utilisation rho: M/G/1 wait quantile with per-request service D_b/b, plus
    rho * (E[D_b] - E[D_b]/b) for the longer residual of a busy batch, plus the latency of a full
    batch at the quantile prompt length (conservative: partial batches are faster)."""
    lam = rho * mu
    wait = queueing.wait_quantile_s(lam, service_s, prob_s, pct)
    mean_batch = float(np.dot(prob_s, service_s)) * batch
    return wait + rho * (mean_batch - mean_batch / batch) + batch_latency_p_s


def prefill_points(prob: Problem, chip: Chip, cls: InstanceClass, levels: bool) -> list[OperatingPoint]:
    a, wl, search = prob.arch, prob.instance.workload, prob.instance.search
    s_bins, p_bins = length_bins(prob)
    s_mean, s_max = float(np.dot(p_bins, s_bins)), float(s_bins.max())
    s_pct = prob.lengths.input_percentile(wl.targets.percentile)
    out = []
    for b in search.prefill_batches:
        def cost_at(s: float) -> StageCost:
            return stage_cost(prob, chip, cls.tp, cls.pp, cls.comm,
                              float(ops.prefill_flops_per_layer(a, s, b)),
                              float(ops.prefill_bytes_per_layer(a, s, b)), b * s, b)
        mean_cost = cost_at(s_mean)
        split = split_layers(a.num_layers, mean_cost,
                             max_layers_by_memory(prob, chip, cls.tp, cls.pp, b * s_max))
        if split is None:
            continue
        costs = [cost_at(s) for s in s_bins]
        bottleneck = np.array([stage_times_s(c, split).max() for c in costs])
        batch_energy = np.array([stage_energy_J(c, split) for c in costs])
        lat_p = float(stage_times_s(cost_at(s_pct), split).sum())
        mu = b / float(np.dot(p_bins, bottleneck))
        service = bottleneck / b
        target_s = wl.targets.ttft_ms / 1e3

        def lat(rho: float) -> float:
            return prefill_latency_s(rho, mu, service, p_bins, b, lat_p, wl.targets.percentile)

        cap = queueing.max_utilisation(lat, target_s, search.max_utilisation)
        if cap <= 0.0:
            continue
        e_req = float(np.dot(p_bins, batch_energy)) / b
        busy_W = float(np.dot(p_bins, batch_energy)) / float(np.dot(p_bins, bottleneck)) / cls.chiplets
        mem = footprint_bytes(prob, cls.tp, split, b * s_max)
        st_ms = tuple(float(x) * 1e3 for x in stage_times_s(mean_cost, split))
        for r in _levels(cap, levels):
            key = f"{cls.key}|b{b}" + (f"|u{r:.3f}" if levels else "")
            out.append(OperatingPoint(key, cls.key, "prefill", cls.chip, b, split, mu, r, e_req, busy_W,
                                      mem, st_ms, lat(r) * 1e3, r if levels else None,
                                      tuple(float(x) for x in service), lat_p))
    return out


# ----------------------------------------------------------------------------- decode points
def decode_tpot_ms(rho: float, slots: int, slot_service_s: float, step_ms: float, kv_ms: float,
                   steps: float, pct: float) -> float:
    """TPOT quantile: a request waits for one of `slots` batch slots (M/M/c bound, queueing.py),
    receives its KV cache, then decodes at the full-batch step time; the wait and the transfer
    delay its second token, so they are spread over its decode steps."""
    lam = rho * slots / slot_service_s
    wait_ms = 1e3 * queueing.multi_server_wait_quantile_s(lam, slot_service_s, slots, pct)
    return step_ms + (kv_ms + wait_ms) / steps


def _levels(cap: float, levels: bool) -> list[float]:
    """Utilisation levels of a point: the cap alone, or (min-latency objective) the grid below it too."""
    return sorted({r for r in UTILISATION_LEVELS if r < cap} | {cap}) if levels else [cap]


def decode_points(prob: Problem, chip: Chip, cls: InstanceClass, kv_ms: float, steps: float,
                  levels: bool = False) -> list[OperatingPoint]:
    """Decode with iteration-level batching at batch cap b. With pp > 1 the batch circulates as
    pp micro-batches of ceil(b/pp): every stage is always busy, a token takes pp stage slots,
    so a step takes pp * (slowest stage at the micro-batch). A request holds one of b slots for
    its decode steps; TPOT adds the wait for a slot and the P->D KV transfer spread over those
    steps (decode_tpot_ms), and the utilisation cap is the largest meeting the TPOT target."""
    a, wl, search = prob.arch, prob.instance.workload, prob.instance.search
    L = prob.lengths
    ctx_mean = L.mean_input_tokens + L.mean_output_tokens / 2.0   # average context while decoding
    resident = float(np.dot(L.probability, L.input_tokens + L.output_tokens))  # KV at the end
    out = []
    for b in search.decode_batches:
        m = math.ceil(b / cls.pp)
        cost = stage_cost(prob, chip, cls.tp, cls.pp, cls.comm,
                          float(ops.decode_flops_per_layer(a, m, m * ctx_mean)),
                          float(ops.decode_bytes_per_layer(a, m, m * ctx_mean)), m, m)
        split = split_layers(a.num_layers, cost, max_layers_by_memory(prob, chip, cls.tp, cls.pp, b * resident))
        if split is None:
            continue
        times = stage_times_s(cost, split)
        step_s = cls.pp * float(times.max())
        hold_s = step_s * steps
        pct = wl.targets.percentile
        cap = queueing.max_utilisation(
            lambda rho: decode_tpot_ms(rho, b, hold_s, step_s * 1e3, kv_ms, steps, pct) / 1e3,
            wl.targets.tpot_ms / 1e3, search.max_utilisation)
        if cap <= 0.0:
            continue
        step_J = cls.pp * stage_energy_J(cost, split)   # all pp micro-batches advance one token
        mu = b / hold_s
        for r in _levels(cap, levels):
            out.append(OperatingPoint(
                f"{cls.key}|b{b}" + (f"|u{r:.3f}" if levels else ""), cls.key, "decode", cls.chip, b, split, mu,
                r, step_J / b * steps, step_J / step_s / cls.chiplets, footprint_bytes(prob, cls.tp, split, b * resident),
                tuple(float(x) * 1e3 for x in times), decode_tpot_ms(r, b, hold_s, step_s * 1e3, kv_ms, steps, pct),
                r if levels else None, slot_service_s=hold_s, step_ms=step_s * 1e3, kv_ms=kv_ms, steps=steps))
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
                    for k, (tc, tiles) in enumerate(sorted(by_comm.items(), key=lambda kv: _comm_order(kv[0]))):
                        key = f"{role[0].upper()}|{spec.name}|t{tp}|p{pp}|c{k}"
                        out[key] = InstanceClass(key, role, spec.name, tp, pp, tc, tuple(tiles))
    return out


def _comm_order(tc: TileComm) -> tuple[int, int, int]:
    return (tc.tp_link_load, tc.tp_step_hops, tc.pp_hops)


def build_tables(prob: Problem, levels: bool | None = None) -> Tables:
    """Precompute every instance class and operating point of the instance."""
    if levels is None:
        levels = prob.instance.objective.kind == "min_latency"
    a, pkg, L = prob.arch, prob.instance.package, prob.lengths
    chips = {c.name: effective_chip(c, i) for i, c in enumerate(prob.chiplets)}
    classes = instance_classes(prob, chips)
    kv_bytes = float(comm.kv_transfer_bytes(a, L.mean_input_tokens))
    longest_route = (pkg.grid_rows - 1) + (pkg.grid_cols - 1)
    kv_ms = 1e3 * float(comm.point_to_point_time_s(kv_bytes, pkg.link_bandwidth_GBps * 1e9,
                                                   pkg.link_latency_ns * 1e-9, max(longest_route, 1)))
    pj = max(c.power.d2d_pJ_per_bit for c in prob.chiplets) + pkg.link_energy_pJ_per_bit
    kv_J = float(energy.d2d_energy_J(kv_bytes, pj, max(longest_route, 1)))
    steps = max(L.mean_output_tokens - 1.0, 1.0)
    tokens = L.mean_output_tokens + (L.mean_input_tokens
                                     if prob.instance.objective.tokens_counted == "input_and_output" else 0.0)
    points: dict[str, OperatingPoint] = {}
    for cls in classes.values():
        chip = chips[cls.chip]
        pts = (prefill_points(prob, chip, cls, levels) if cls.role == "prefill"
               else decode_points(prob, chip, cls, kv_ms, steps, levels))
        points.update((p.key, p) for p in pts)
    points = prune_dominated(points, classes, with_latency=levels)
    used = {p.cls for p in points.values()}
    classes = {k: v for k, v in classes.items() if k in used}
    return Tables(prob, chips, classes, points, kv_bytes, kv_J, kv_ms, steps, tokens)


def prune_dominated(points: dict[str, OperatingPoint], classes: dict[str, InstanceClass],
                    with_latency: bool) -> dict[str, OperatingPoint]:
    """Drop operating points another point dominates; the optimum of every objective is unchanged.

    A dominates B when both have the same role, chip type and chiplet count, every tile
    (site set) B may occupy is also one A may occupy, and A serves at least as much
    (rho_cap * mu) with no more dynamic energy per request and no more dynamic power per
    chiplet when fully busy (and, for the min-latency objective, no more latency). Any design
    using B stays feasible with A in its place (same sites, same static power, no more dynamic
    power anywhere, no less capacity) and is no worse in any objective. Ties keep the point
    with the smaller key.
    """
    tile_sets = {k: frozenset(frozenset(t.sites) for t in c.tiles) for k, c in classes.items()}
    groups: dict[tuple, list[OperatingPoint]] = {}
    for o in points.values():
        groups.setdefault((o.role, o.chip, classes[o.cls].chiplets), []).append(o)

    def vector(o: OperatingPoint) -> tuple:
        v = (-o.rho_cap * o.capacity_req_per_s, o.energy_per_req_J, o.busy_power_W_per_chiplet * o.rho_cap)
        return v + ((o.latency_ms,) if with_latency else ())

    keep = {}
    for group in groups.values():
        vecs = {o.key: vector(o) for o in group}
        for b in group:
            vb = vecs[b.key]
            dominated = False
            for a in group:
                if a.key == b.key or not tile_sets[b.cls] <= tile_sets[a.cls]:
                    continue
                va = vecs[a.key]
                if all(x <= y + 1e-12 * max(abs(y), 1.0) for x, y in zip(va, vb)) and (
                        any(x < y - 1e-12 * max(abs(y), 1.0) for x, y in zip(va, vb)) or a.key < b.key):
                    dominated = True
                    break
            if not dominated:
                keep[b.key] = b
    return keep
