"""Discrete-event simulation of disaggregated (prefill/decode) serving of one design.

Model (every choice is an assumption of the evaluator, stated here once):
- Arrivals: the trace's timestamps when the workload has a trace (`problem.lengths.
  arrival_times_s`), each request with its own row's lengths in trace order (more requests than
  rows repeat the trace, shifted by its span plus one mean gap); otherwise Poisson at
  `problem.rate_req_per_s` with (input, output) lengths drawn from `problem.lengths`. All
  randomness comes from one seeded numpy Generator: a seed gives one exact result.
- Routing: each request goes to a prefill instance drawn at random with probability
  proportional to its `rate_req_per_s` (equal when all are 0), then, independently, to a decode
  instance likewise. Random (Bernoulli) splitting of a Poisson stream yields independent
  Poisson streams, so every instance sees Poisson arrivals at its share of the rate: the same
  queueing model as the MILP's per-instance M/D/1 utilisation caps.
- Prefill: a FIFO queue per instance; when stage 0 is free it takes up to `batch` waiting
  prompts as one batch. Each pipeline stage is a server with a FIFO buffer in front of it; a
  batch moves on when the next stage is free. The first token exists when the last stage
  finishes: TTFT ends there. Prompts of output length 1 are done then (no decode).
- Prefix cache (workload.prefix_cache_hit_rate h): the first min(floor(h s), s - 1) tokens of
  every prompt are already cached; a prefill pass computes the rest and attends over the whole
  prompt (lamoopt.costmodel.passes). The KV a request holds and moves is the whole prompt's.
- P->D: the prompt's KV cache (`lamoopt.costmodel.comm.kv_transfer_bytes`) moves from the
  prefill chiplets holding each layer to the decode chiplets holding the same layer (layer
  overlap of the two pipelines; parallel flows between the TP ranks, contention counted on the
  mesh, `network.plan_flows`). Each decode instance's ingress is one FIFO link resource: one
  transfer at a time, in arrival order (head-of-line blocking included).
- Decode admission (= start of the KV transfer, which reserves the KV) needs: fewer than
  `batch` resident requests, and KV room for the request's current context plus one token of
  growth for every resident request (a one-iteration watermark against immediate preemption).
  Capacity in tokens: per chiplet, DRAM capacity minus its weight share over its KV bytes per
  token, the tightest stage deciding (`InstanceTimer.kv_capacity_tokens`).
- Decode: iteration-level (continuous) batching. The resident requests run in pp micro-batches
  ("slots", each up to ceil(batch/pp) requests) that circulate through the stage servers; a
  slot is re-formed each time it enters stage 0 (finished requests leave, transferred requests
  join). Entering stage 0 reserves one KV token per member. When that growth would overflow
  the capacity, the most recently admitted request that is not inside the pipeline (a member
  of the forming slot or a transferred request waiting for a slot) is preempted: its KV is
  dropped, it re-queues at the head of the ingress queue and must receive its KV (its current
  context) again. Preemptions are counted per request.
- Combined instances (role 'combined', chunked prefill with piggybacked decode, Sarathi-Serve;
  one pipeline stage): requests wait in one FIFO queue and are admitted in order while fewer
  than `batch` are resident and the KV room holds the request's whole final context (prompt +
  output: the scheduler reserves it, so there is no preemption). Each iteration carries up to
  `chunk_tokens` prompt tokens of the admitted prompts in FIFO order (a prompt may span several
  iterations and an iteration several prompts; the cached prefix is skipped) plus one decode
  token of every request already past its prefill; its time and work are the shared cost
  model's for that ForwardPass.chunked. A prompt's first token exists when the iteration holding
  its last chunk ends (TTFT); it decodes from the next iteration on; no KV moves.
- A request finishes after `output_tokens` tokens (the first came from prefill); TPOT is
  (finish - first token) / (output - 1), NaN for output 1.
Not modelled: prefill-side KV capacity, mesh contention between different instances' traffic,
the eviction itself (free) and any scheduling overhead.
"""

from __future__ import annotations

import heapq
import math
from collections import deque
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from lamoopt.costmodel import routes
from lamoopt.costmodel.comm import kv_transfer_bytes
from lamoopt.costmodel.passes import ForwardPass, cached_prefix_tokens
from lamoopt.evaluate import network as net
from lamoopt.evaluate import statistics as stats
from lamoopt.evaluate.progress import ProgressBar
from lamoopt.evaluate.timing import InstanceTimer, StageWork

_ARRIVAL, _P_STAGE_DONE, _KV_DONE, _D_STAGE_DONE, _C_ITER_DONE = range(5)
# The steady-state latency distribution reported beside the target percentile
# (`latency_percentiles_ms`: the design report draws it).
DISTRIBUTION_PERCENTILES = (1, 5, 10, 25, 50, 75, 90, 95, 99, 99.9)


class CapacityError(ValueError):
    """A decode instance cannot hold its weights, or one request's KV cache, at all."""


# ----------------------------------------------------------------------------- workload
def generate_requests(problem, seed: int = 0, num_requests: int | None = None):
    """(arrival_s, input_tokens, output_tokens, rng) for the simulation (see module docstring)."""
    rng = np.random.default_rng(seed)
    lg = problem.lengths
    if lg.arrival_times_s is not None:
        rows = len(lg.arrival_times_s)
        n = rows if num_requests is None else int(num_requests)
        idx = np.arange(n) % rows
        t = np.asarray(lg.arrival_times_s, float)
        span = t[-1] - t[0] + (t[-1] - t[0]) / max(rows - 1, 1)
        arrival = t[idx] + (np.arange(n) // rows) * span
        return arrival, lg.input_tokens[idx].astype(int), lg.output_tokens[idx].astype(int), rng
    n = problem.instance.workload.num_requests if num_requests is None else int(num_requests)
    arrival = np.cumsum(rng.exponential(1.0 / problem.rate_req_per_s, n))
    pick = rng.choice(len(lg.probability), size=n, p=lg.probability)
    inp = np.maximum(np.rint(lg.input_tokens[pick]), 1).astype(int)
    out = np.maximum(np.rint(lg.output_tokens[pick]), 1).astype(int)
    return arrival, inp, out, rng


def routing_probabilities(instances) -> np.ndarray:
    """Probabilities proportional to rate_req_per_s (equal if all rates are 0)."""
    r = np.array([i.rate_req_per_s for i in instances], float)
    return r / r.sum() if r.sum() > 0 else np.full(len(r), 1.0 / len(r))


def kv_transfer_plan(p_timer: InstanceTimer, d_timer: InstanceTimer, occupied, rank: int | None = None) -> net.FlowPlan:
    """The routed KV flows (`kv_transfer_flows`) from one prefill to one decode instance (rank: the
    decode rank that receives, dp attention)."""
    return net.plan_flows(routes.kv_transfer_flows(p_timer.layers, p_timer.stage_nodes, d_timer.layers,
                                                   d_timer.stage_nodes, rank), occupied)


def dp_kv_plans(p_timer: InstanceTimer, d_timer: InstanceTimer, occupied) -> tuple[list[net.FlowPlan], net.FlowPlan]:
    """dp attention: per decode rank, the plan of a KV transfer into that rank (what times a
    transfer), and the plan whose byte-hops are their mean (what charges the KV bytes summed over
    the pair's transfers to the nodes: ranks take requests about equally, least loaded first)."""
    ranks = [kv_transfer_plan(p_timer, d_timer, occupied, r) for r in range(d_timer.tp)]
    mean = net.plan_flows([(a, b, w / d_timer.tp) for plan in ranks for a, b, w in plan.flows], occupied)
    return ranks, mean


# ----------------------------------------------------------------------------- servers
class _Pipeline:
    """Stage servers with FIFO buffers, busy time and accumulated work of one instance."""

    def __init__(self, timer: InstanceTimer):
        self.timer = timer
        self.inst = timer.instance
        self.pp = timer.pp
        self.busy = [False] * self.pp
        self.buffers = [deque() for _ in range(self.pp)]
        self.busy_s = np.zeros(self.pp)
        self.work = StageWork.zeros(self.pp, len(timer.nodes))
        self.passes = 0


class _Prefill(_Pipeline):
    def __init__(self, timer):
        super().__init__(timer)
        self.queue: deque[int] = deque()


class _Combined(_Pipeline):
    """A chunked-prefill instance: the admission queue, the admitted prompts in prefill (with
    the prompt tokens done) and the decoding residents."""

    def __init__(self, timer):
        super().__init__(timer)
        if timer.pp != 1:
            raise ValueError(f"combined instance {self.inst.id}: pp must be 1")
        self.capacity_tokens = timer.kv_capacity_tokens
        if self.capacity_tokens <= 0:
            raise CapacityError(f"combined instance {self.inst.id}: weights leave no DRAM for KV cache")
        self.queue: deque[int] = deque()
        self.prefilling: deque[int] = deque()
        self.done: dict[int, int] = {}      # prompt tokens whose KV exists (cached prefix + chunks)
        self.decoding: list[int] = []
        self.kv_tokens = 0                  # reserved: every resident's whole final context
        self.peak_kv_tokens = 0


class _Slot:
    """A decode micro-batch circulating through the pipeline."""

    __slots__ = ("members", "times", "active")

    def __init__(self):
        self.members: list[int] = []
        self.times = None
        self.active = False  # queued or in a stage


class _Decode(_Pipeline):
    def __init__(self, timer):
        super().__init__(timer)
        self.capacity_tokens = timer.kv_capacity_tokens
        if self.capacity_tokens <= 0:
            raise CapacityError(f"decode instance {self.inst.id}: weights leave no DRAM for KV cache")
        self.pending: deque[int] = deque()  # waiting for admission + KV transfer (FIFO)
        self.link_busy = False
        self.resident: list[int] = []  # admitted requests, in admission order
        self.in_transfer: set[int] = set()
        self.ready: deque[int] = deque()  # KV received, waiting for a slot
        self.kv_tokens = 0
        self.peak_kv_tokens = 0
        self.slot_cap = math.ceil(self.inst.batch / self.pp)
        self.slots = [_Slot() for _ in range(self.pp)]
        # dp attention (costmodel.dp_attention): a request's KV lives on one rank, chosen at
        # admission; each rank holds its share of the KV capacity
        self.ranks = timer.tp if timer.dpa else 1
        self.rank_capacity_tokens = self.capacity_tokens // self.ranks


# ----------------------------------------------------------------------------- result
@dataclass
class ServingResult:
    """Outcome of one simulation: per-request records, busy time, activity counters."""

    requests: pd.DataFrame
    """One row per request: ids, lengths, timestamps (s), ttft_s, tpot_s, e2e_s, preemptions."""
    busy_time_s: dict[str, np.ndarray]
    """Per instance: busy seconds of each pipeline stage."""
    stage_work: dict[str, StageWork]
    """Per instance: summed StageWork (per-chiplet FLOPs and DRAM bytes per stage, byte-hops)."""
    kv_bytes: dict[tuple[str, str], float]
    """Summed KV-transfer bytes per (prefill id, decode id), re-transfers included."""
    kv_plans: dict[tuple[str, str], net.FlowPlan] = field(repr=False)
    timers: dict[str, InstanceTimer] = field(repr=False)
    kv_capacity_tokens: dict[str, int]
    peak_kv_tokens: dict[str, int]
    offered_rate_req_per_s: float
    """The arrival rate the run was generated at (the trace's own rate for a trace)."""
    mean_in_system: float
    """Time-average number of requests in the system over [first arrival, last finish],
    integrated from the event stream (independent of the request table)."""
    passes: dict[str, int]
    """Forward passes (prefill batches / decode micro-batch iterations) per instance."""
    log: list | None = field(default=None, repr=False)
    """With record_passes=True: ('prefill'|'decode', instance id, lengths) and
    ('kv', prefill id, decode id, bytes) for every pass and transfer, in event order."""

    @property
    def makespan_s(self) -> float:
        """Last finish minus first arrival."""
        r = self.requests
        return float(r.finish_s.max() - r.arrival_s.min()) if len(r) else 0.0

    @property
    def offered_duration_s(self) -> float:
        """n / offered rate: the mean time n arrivals take. Activity summed over the run divided by
        it is the steady-state mean power (renewal-reward: energy per request x arrival rate),
        free of the empty start and of the drain after the last arrival."""
        return len(self.requests) / self.offered_rate_req_per_s if self.offered_rate_req_per_s > 0 else 0.0

    def kv_peak_bytes_per_chiplet(self, instance_id: str) -> float:
        """Peak KV bytes on the fullest chiplet of a decode instance."""
        return self.peak_kv_tokens[instance_id] * float(
            self.timers[instance_id].kv_bytes_per_token_per_chiplet().max())

    # ------------------------------------------------------------------ activity
    def node_activity(self) -> pd.DataFrame:
        """Activity per chiplet (node: grid site or off-interposer device label): FLOPs, DRAM
        bytes and D2D byte-hops (TP, PP and KV traffic charged per network.py's rules)."""
        rows: dict = {}
        for iid, w in self.stage_work.items():
            t = self.timers[iid]
            for s, nodes in enumerate(t.stage_nodes):
                for node in nodes:
                    rows[node] = dict(node=node, instance=iid, stage=s, chiplet=t.chiplet.name,
                                      flops=w.flops[s], dram_bytes=w.dram_bytes[s], d2d_byte_hops=0.0)
        for iid, w in self.stage_work.items():
            for k, node in enumerate(self.timers[iid].nodes):
                rows[node]["d2d_byte_hops"] += float(w.byte_hops[:, k].sum())
        for pair, b in self.kv_bytes.items():
            for node, x in self.kv_plans[pair].byte_hops_per_node.items():
                rows[node]["d2d_byte_hops"] += b * x
        return pd.DataFrame(list(rows.values()))

    def stage_activity(self) -> pd.DataFrame:
        """Per (instance, stage): busy seconds and per-chiplet FLOPs / DRAM bytes."""
        rows = [dict(instance=iid, stage=s, busy_s=self.busy_time_s[iid][s], flops_per_chiplet=w.flops[s],
                     dram_bytes_per_chiplet=w.dram_bytes[s], d2d_byte_hops=float(w.byte_hops[s].sum()))
                for iid, w in self.stage_work.items() for s in range(len(w.flops))]
        return pd.DataFrame(rows)

    def prefill_relaxation_requests(self) -> float:
        """The longest relaxation time (in requests of the whole stream) of the prefill
        instances' bottleneck stages, each a single-server queue at its measured utilisation
        (statistics.relaxation_requests)."""
        duration = self.offered_duration_s
        out = 1.0
        for iid, busy in self.busy_time_s.items():
            if iid not in self.timers or self.timers[iid].instance.role != "prefill" or not self.passes.get(iid):
                continue
            b = float(np.max(busy))
            if duration <= 0 or b <= 0:
                continue
            out = max(out, stats.relaxation_requests(b / duration, self.passes[iid] / b, self.offered_rate_req_per_s))
        return out

    # ------------------------------------------------------------------ metrics
    def metrics(self, targets, percentile: float | None = None) -> dict:
        """Steady-state throughput, latency percentiles (ms) with a confidence interval for the
        target percentile, the keep-up test, goodput and counts (evaluate.statistics: the first
        requests of the empty start are left out). `targets` has ttft_ms, tpot_ms and percentile
        (the schema's Targets); `percentile` overrides the latter."""
        r = self.requests
        pct = float(targets.percentile if percentile is None else percentile)
        ttft_ms, tpot_ms, e2e_ms = r.ttft_s.to_numpy() * 1e3, r.tpot_s.to_numpy() * 1e3, r.e2e_s.to_numpy() * 1e3
        steady = stats.steady_mask(len(r))

        def q(x, p):
            x = x[steady]
            x = x[~np.isnan(x)]
            return float(np.percentile(x, p)) if x.size else float("nan")

        ok = (ttft_ms <= targets.ttft_ms) & (np.isnan(tpot_ms) | (tpot_ms <= targets.tpot_ms))
        thr = stats.window_throughput(r.arrival_s.to_numpy(), r.prefill_end_s.to_numpy(), r.finish_s.to_numpy(),
                                      r.output_tokens.to_numpy())
        mean_out = float(r.output_tokens.mean()) if len(r) else float("nan")
        relax = self.prefill_relaxation_requests()
        ttft = stats.quantile_ci(ttft_ms, pct, relax)
        tpot = stats.quantile_ci(tpot_ms, pct)
        out = dict(
            throughput_tokens_per_s=thr,
            throughput_req_per_s=thr / mean_out if mean_out > 0 else float("nan"),
            ttft_ms=ttft[0], tpot_ms=tpot[0],
            ttft_ci_ms=[ttft[1], ttft[2]], tpot_ci_ms=[tpot[1], tpot[2]])
        for name, x in (("ttft", ttft_ms), ("tpot", tpot_ms), ("e2e", e2e_ms)):
            for p in (50, 90, 99):
                out[f"{name}_p{p}_ms"] = q(x, p)
        out["latency_percentiles_ms"] = {"percentile": list(DISTRIBUTION_PERCENTILES), **{
            name: [q(x, p) for p in DISTRIBUTION_PERCENTILES]
            for name, x in (("ttft", ttft_ms), ("tpot", tpot_ms), ("e2e", e2e_ms))}}
        out.update(e2e_mean_ms=float(np.mean(e2e_ms[steady])) if steady.any() else float("nan"),
                   goodput=float(ok[steady].mean()) if steady.any() else float("nan"),
                   preemptions=int(r.preemptions.sum()), requests_completed=int(r.finish_s.notna().sum()),
                   requests_decoded=int((r.output_tokens > 1).sum()),
                   keep_up=stats.keep_up_test(e2e_ms / 1e3, relax,
                                              np.column_stack([r.input_tokens.to_numpy(float),
                                                               r.output_tokens.to_numpy(float)]),
                                              arrival_rate=self.offered_rate_req_per_s))
        return out


# ----------------------------------------------------------------------------- simulation
class _Simulation:
    """The event loop and its handlers (one object per simulate() call)."""

    def __init__(self, problem, design, timers, seed, num_requests, progress, record_passes):
        self.problem, self.arch = problem, problem.arch
        self.hit_rate = problem.instance.workload.prefix_cache_hit_rate
        arrival, inp, out, rng = generate_requests(problem, seed, num_requests)
        if problem.lengths.arrival_times_s is not None:   # a trace: its own rate
            span = float(arrival[-1] - arrival[0]) if len(arrival) > 1 else 0.0
            self.offered_rate = (len(arrival) - 1) / span if span > 0 else float(problem.rate_req_per_s)
        else:
            self.offered_rate = float(problem.rate_req_per_s)
        self.n = n = len(arrival)
        self.arrival, self.inp, self.out = arrival, inp.tolist(), out.tolist()
        pre, dec, comb = design.by_role("prefill"), design.by_role("decode"), design.by_role("combined")
        self.prefills = [_Prefill(timers[i.id]) for i in pre]
        self.decodes = [_Decode(timers[i.id]) for i in dec]
        self.combined = [_Combined(timers[i.id]) for i in comb]
        # entry: a prefill instance (then a decode instance) or a combined one, by rate
        entry = pre + comb
        self.p_of = rng.choice(len(entry), size=n, p=routing_probabilities(entry)).tolist()
        self.d_of = (rng.choice(len(dec), size=n, p=routing_probabilities(dec)).tolist() if dec
                     else [-1] * n)
        occupied = net.occupied_sites(design)
        self.kv_plans, self.kv_links, self.kv_bytes = {}, {}, {}
        self.kv_rank_plans: dict[tuple[str, str], list[net.FlowPlan]] = {}
        for p in self.prefills:
            for d in self.decodes:
                key = (p.inst.id, d.inst.id)
                if d.ranks > 1:
                    self.kv_rank_plans[key], self.kv_plans[key] = dp_kv_plans(p.timer, d.timer, occupied)
                else:
                    self.kv_plans[key] = kv_transfer_plan(p.timer, d.timer, occupied)
                self.kv_links[key] = net.link_params(problem, design, [p.inst, d.inst])
                self.kv_bytes[key] = 0.0
        nan = float("nan")
        self.rec = {k: [nan] * n for k in ("prefill_start_s", "prefill_end_s", "kv_transfer_end_s",
                                           "decode_start_s", "finish_s")}
        self.preemptions, self.generated, self.ctx = [0] * n, [0] * n, [0] * n
        self.rank = [0] * n   # dp attention: the rank of the decode instance holding the request's KV
        self.admitted_seq, self._admit_counter = [0] * n, 0
        self.heap: list = []
        self.seq = 0
        self.in_system, self.area, self.last_t = 0, 0.0, float(arrival[0]) if n else 0.0
        self.bar = ProgressBar(n, "simulate", enabled=progress)
        self.log = [] if record_passes else None

    # ------------------------------------------------------------------ events
    def push(self, t, kind, a, b=None):
        self.seq += 1
        heapq.heappush(self.heap, (t, self.seq, kind, a, b))

    def _count(self, now, delta):
        self.area += self.in_system * (now - self.last_t)
        self.last_t, self.in_system = now, self.in_system + delta

    def run(self):
        for r in range(self.n):
            self.push(float(self.arrival[r]), _ARRIVAL, r)
        handlers = {_ARRIVAL: self.on_arrival, _P_STAGE_DONE: self.on_prefill_stage,
                    _KV_DONE: self.on_kv_done, _D_STAGE_DONE: self.on_decode_stage,
                    _C_ITER_DONE: self.on_combined_iteration}
        heap = self.heap
        while heap:
            t, _, kind, a, b = heapq.heappop(heap)
            handlers[kind](t, a, b)
        self.bar.close()

    # ------------------------------------------------------------------ prefill
    def on_arrival(self, now, r, _):
        self._count(now, +1)
        k = self.p_of[r]
        if k >= len(self.prefills):
            c = self.combined[k - len(self.prefills)]
            c.queue.append(r)
            self.try_iterate(c, now)
            return
        p = self.prefills[k]
        p.queue.append(r)
        self.try_start_prefill(p, now)

    # ------------------------------------------------------------------ combined (chunked prefill)
    def admit_combined(self, c: _Combined) -> None:
        """Admit queued requests in FIFO order while the batch cap and the KV room allow."""
        while c.queue and len(c.prefilling) + len(c.decoding) < c.inst.batch:
            r = c.queue[0]
            need = self.inp[r] + self.out[r]
            if need > c.capacity_tokens:
                raise CapacityError(f"combined instance {c.inst.id} holds {c.capacity_tokens} KV tokens, "
                                    f"one request needs {need}")
            if c.kv_tokens + need > c.capacity_tokens:
                return
            c.queue.popleft()
            c.kv_tokens += need
            c.peak_kv_tokens = max(c.peak_kv_tokens, c.kv_tokens)
            c.prefilling.append(r)
            c.done[r] = int(cached_prefix_tokens(self.inp[r], self.hit_rate))

    def try_iterate(self, c: _Combined, now):
        """Start an iteration if the instance is idle and holds work (module docstring)."""
        if c.busy[0]:
            return
        self.admit_combined(c)
        if not c.prefilling and not c.decoding:
            return
        budget, ends, pasts, chunks = c.inst.chunk_tokens, [], [], []
        for r in c.prefilling:
            if budget <= 0:
                break
            take = min(budget, self.inp[r] - c.done[r])
            ends.append(c.done[r] + take)
            pasts.append(c.done[r])
            chunks.append((r, take))
            budget -= take
            if math.isnan(self.rec["prefill_start_s"][r]):
                self.rec["prefill_start_s"][r] = now
        members = list(c.decoding)
        for r in members:
            self.ctx[r] += 1  # this iteration writes the newest token's KV
        contexts = np.array([self.ctx[r] for r in members], float)
        fp = ForwardPass.chunked(ends, pasts, contexts)
        work = c.timer.pass_work(fp)
        c.work = c.work + work
        c.passes += 1
        if self.log is not None:
            self.log.append(("combined", c.inst.id, fp))
        c.busy[0] = True
        c.busy_s[0] += float(work.time_s[0])
        self.push(now + float(work.time_s[0]), _C_ITER_DONE, c, (chunks, members))

    def on_combined_iteration(self, now, c: _Combined, payload):
        chunks, members = payload
        c.busy[0] = False
        for r in members:
            self.generated[r] += 1
            if self.generated[r] >= self.out[r]:
                c.decoding.remove(r)
                c.kv_tokens -= self.inp[r] + self.out[r]
                self.finish(r, now)
        for r, take in chunks:
            c.done[r] += take
            if c.done[r] < self.inp[r]:
                continue
            c.prefilling.remove(r)
            del c.done[r]
            for k in ("prefill_end_s", "kv_transfer_end_s", "decode_start_s"):
                self.rec[k][r] = now
            self.generated[r] = 1
            if self.out[r] == 1:
                c.kv_tokens -= self.inp[r] + self.out[r]
                self.finish(r, now)
            else:
                self.ctx[r] = self.inp[r]
                c.decoding.append(r)
        self.try_iterate(c, now)

    def try_start_prefill(self, p: _Prefill, now):
        if p.busy[0] or not p.queue:
            return
        batch = [p.queue.popleft() for _ in range(min(p.inst.batch, len(p.queue)))]
        lengths = np.array([self.inp[r] for r in batch], float)
        work = p.timer.prefill_work(lengths, cached_prefix_tokens(lengths, self.hit_rate))
        p.work = p.work + work
        p.passes += 1
        if self.log is not None:
            self.log.append(("prefill", p.inst.id, lengths))
        for r in batch:
            self.rec["prefill_start_s"][r] = now
        self.start_stage(p, 0, (batch, work.time_s), now, _P_STAGE_DONE)

    def start_stage(self, pipe: _Pipeline, s, item, now, kind):
        times = item[1] if kind == _P_STAGE_DONE else item.times
        pipe.busy[s] = True
        pipe.busy_s[s] += times[s]
        self.push(now + float(times[s]), kind, pipe, (s, item))

    def on_prefill_stage(self, now, p: _Prefill, payload):
        s, item = payload
        p.busy[s] = False
        if s == p.pp - 1:
            self.finish_prefill(item[0], now)
        else:
            p.buffers[s + 1].append(item)
            if not p.busy[s + 1]:
                self.start_stage(p, s + 1, p.buffers[s + 1].popleft(), now, _P_STAGE_DONE)
        if s == 0:
            self.try_start_prefill(p, now)
        elif p.buffers[s]:
            self.start_stage(p, s, p.buffers[s].popleft(), now, _P_STAGE_DONE)

    def finish_prefill(self, batch, now):
        for r in batch:
            self.rec["prefill_end_s"][r] = now
            self.generated[r] = 1
            if self.out[r] == 1:
                for k in ("kv_transfer_end_s", "decode_start_s", "finish_s"):
                    self.rec[k][r] = now
                self.finish(r, now)
                continue
            d = self.decodes[self.d_of[r]]
            self.ctx[r] = self.inp[r]  # KV entries held: the prompt
            d.pending.append(r)
        for d in {id(self.decodes[self.d_of[r]]): self.decodes[self.d_of[r]] for r in batch}.values():
            self.try_transfer(d, now)

    def finish(self, r, now):
        self.rec["finish_s"][r] = now
        self._count(now, -1)
        self.bar.update(1)

    # ------------------------------------------------------------------ P -> D transfer
    def admissible(self, d: _Decode, r) -> bool:
        need = self.ctx[r]
        if len(d.resident) >= d.inst.batch:
            return False
        if not d.resident and need + 1 > d.rank_capacity_tokens:
            raise CapacityError(f"decode instance {d.inst.id} holds {d.rank_capacity_tokens} KV tokens"
                                + (" per rank" if d.ranks > 1 else "") + f", one request needs {need + 1}")
        if d.ranks > 1:
            return self.dp_rank(d, r) is not None
        return d.kv_tokens + need + len(d.resident) + 1 <= d.capacity_tokens

    def dp_rank(self, d: _Decode, r) -> int | None:
        """dp attention: the rank that takes request r, the one with the fewest resident requests
        (then the least KV, then the lowest index) among those with room for its KV and one
        token of growth per resident request (the instance-wide rule, per rank); None if none."""
        count, kv = [0] * d.ranks, [0] * d.ranks
        for q in d.resident:
            count[self.rank[q]] += 1
            kv[self.rank[q]] += self.ctx[q]
        room = [k for k in range(d.ranks)
                if kv[k] + self.ctx[r] + count[k] + 1 <= d.rank_capacity_tokens]
        return min(room, key=lambda k: (count[k], kv[k], k)) if room else None

    def try_transfer(self, d: _Decode, now):
        if d.link_busy or not d.pending or not self.admissible(d, d.pending[0]):
            return
        r = d.pending.popleft()
        if d.ranks > 1:
            self.rank[r] = self.dp_rank(d, r)
        self._admit_counter += 1
        self.admitted_seq[r] = self._admit_counter
        d.resident.append(r)
        d.in_transfer.add(r)
        d.kv_tokens += self.ctx[r]
        d.peak_kv_tokens = max(d.peak_kv_tokens, d.kv_tokens)
        d.link_busy = True
        key = (self.prefills[self.p_of[r]].inst.id, d.inst.id)
        nbytes = float(kv_transfer_bytes(self.arch, self.ctx[r]))
        self.kv_bytes[key] += nbytes
        if self.log is not None:
            self.log.append(("kv", key[0], key[1], nbytes))
        link = self.kv_links[key]
        plan = self.kv_rank_plans[key][self.rank[r]] if d.ranks > 1 else self.kv_plans[key]
        dt = float(plan.time_s(nbytes, link.bandwidth_Bps, link.latency_s))
        self.push(now + dt, _KV_DONE, d, r)

    def on_kv_done(self, now, d: _Decode, r):
        d.link_busy = False
        d.in_transfer.discard(r)
        if math.isnan(self.rec["kv_transfer_end_s"][r]):
            self.rec["kv_transfer_end_s"][r] = now
        d.ready.append(r)
        self.wake_slots(d, now)
        self.try_transfer(d, now)

    # ------------------------------------------------------------------ decode
    def wake_slots(self, d: _Decode, now):
        for slot in d.slots:
            if not slot.active and d.ready:
                slot.active = True
                d.buffers[0].append(slot)
        self.try_stage0(d, now)

    def try_stage0(self, d: _Decode, now):
        while not d.busy[0] and d.buffers[0]:
            slot = d.buffers[0].popleft()
            if self.form(d, slot, now):
                self.start_stage(d, 0, slot, now, _D_STAGE_DONE)
            else:
                slot.active = False
        self.try_transfer(d, now)  # a preemption may have made the link's head admissible

    def preempt_one(self, d: _Decode, slot: _Slot) -> bool:
        """Preempt the most recently admitted request outside the pipeline; False if none."""
        cands = slot.members + list(d.ready)
        if not cands:
            return False
        v = max(cands, key=lambda r: self.admitted_seq[r])
        if v in slot.members:
            slot.members.remove(v)
        else:
            d.ready.remove(v)
        d.resident.remove(v)
        d.kv_tokens -= self.ctx[v]
        self.preemptions[v] += 1
        d.pending.appendleft(v)
        return True

    def form(self, d: _Decode, slot: _Slot, now) -> bool:
        """Re-form a slot entering stage 0 and reserve its KV growth; False if it is empty."""
        while d.ready and len(slot.members) < d.slot_cap:
            slot.members.append(d.ready.popleft())
        while slot.members and d.kv_tokens + len(slot.members) > d.capacity_tokens:
            self.preempt_one(d, slot)
        if not slot.members:
            return False
        for r in slot.members:
            self.ctx[r] += 1  # this iteration writes the newest token's KV
            if math.isnan(self.rec["decode_start_s"][r]):
                self.rec["decode_start_s"][r] = now
        d.kv_tokens += len(slot.members)
        d.peak_kv_tokens = max(d.peak_kv_tokens, d.kv_tokens)
        contexts = np.array([self.ctx[r] for r in slot.members], float)
        work = d.timer.decode_work(contexts, [self.rank[r] for r in slot.members] if d.ranks > 1 else None)
        d.work = d.work + work
        d.passes += 1
        if self.log is not None:
            self.log.append(("decode", d.inst.id, contexts))
        slot.times = work.time_s
        return True

    def on_decode_stage(self, now, d: _Decode, payload):
        s, slot = payload
        d.busy[s] = False
        if s < d.pp - 1:
            d.buffers[s + 1].append(slot)
            if not d.busy[s + 1]:
                self.start_stage(d, s + 1, d.buffers[s + 1].popleft(), now, _D_STAGE_DONE)
            if d.buffers[s] and s > 0:
                self.start_stage(d, s, d.buffers[s].popleft(), now, _D_STAGE_DONE)
        else:
            self.complete_iteration(d, slot, now)
            if s > 0 and d.buffers[s]:
                self.start_stage(d, s, d.buffers[s].popleft(), now, _D_STAGE_DONE)
        self.try_transfer(d, now)
        self.try_stage0(d, now)

    def complete_iteration(self, d: _Decode, slot: _Slot, now):
        keep = []
        for r in slot.members:
            self.generated[r] += 1
            if self.generated[r] >= self.out[r]:
                d.resident.remove(r)
                d.kv_tokens -= self.ctx[r]
                self.finish(r, now)
            else:
                keep.append(r)
        slot.members = keep
        if keep or d.ready:
            d.buffers[0].append(slot)
        else:
            slot.active = False

    # ------------------------------------------------------------------ result
    def result(self, timers) -> ServingResult:
        rec = self.rec
        entry = self.prefills + self.combined
        df = pd.DataFrame(dict(
            request=np.arange(self.n), arrival_s=self.arrival, input_tokens=self.inp,
            output_tokens=self.out, prefill_instance=[entry[k].inst.id for k in self.p_of],
            decode_instance=[("" if o <= 1 else entry[p].inst.id if p >= len(self.prefills) else self.decodes[k].inst.id)
                             for p, k, o in zip(self.p_of, self.d_of, self.out)],
            **{k: np.array(v) for k, v in rec.items()}, preemptions=self.preemptions))
        df["ttft_s"] = df.prefill_end_s - df.arrival_s
        df["e2e_s"] = df.finish_s - df.arrival_s
        df["tpot_s"] = np.where(df.output_tokens > 1, (df.finish_s - df.prefill_end_s)
                                / np.maximum(df.output_tokens - 1, 1), np.nan)
        pipes = self.prefills + self.decodes + self.combined
        span = df.finish_s.max() - df.arrival_s.min() if self.n else 0.0
        return ServingResult(
            requests=df, busy_time_s={p.inst.id: p.busy_s for p in pipes},
            stage_work={p.inst.id: p.work for p in pipes}, kv_bytes=self.kv_bytes, kv_plans=self.kv_plans,
            timers=dict(timers),
            kv_capacity_tokens={d.inst.id: d.capacity_tokens for d in self.decodes + self.combined},
            peak_kv_tokens={d.inst.id: d.peak_kv_tokens for d in self.decodes + self.combined},
            offered_rate_req_per_s=self.offered_rate, mean_in_system=self.area / span if span > 0 else 0.0,
            passes={p.inst.id: p.passes for p in pipes}, log=self.log)


def simulate(problem, design, timers: dict[str, InstanceTimer], seed: int = 0,
             num_requests: int | None = None, progress: bool = False, *,
             record_passes: bool = False) -> ServingResult:
    """Simulate serving `design` (see the module docstring for the model).

    `timers` maps every design instance id to its InstanceTimer (the caller sets their DRAM
    bandwidth factors, e.g. from temperatures). `num_requests` defaults to the trace length
    with a trace, else the workload's num_requests. `progress` draws a stderr progress bar of
    finished requests; `record_passes` keeps a log of every pass and transfer (tests, audits).
    """
    missing = [i.id for i in design.instances if i.id not in timers]
    if missing:
        raise KeyError(f"no InstanceTimer for design instances {missing}")
    sim = _Simulation(problem, design, timers, seed, num_requests, progress, record_passes)
    sim.run()
    return sim.result(timers)
