"""Combined (chunked-prefill) instance classes and operating points for the tables, generated
when the instance sets serving.chunked_prefill (formulations/lamoopt_milp.md section 1).

A combined class is (chip, TP, pp = 1, tile communication class) for every chiplet type that may
run both roles; an operating point adds the batch cap b (search.decode_batches) and the chunk C
(serving.chunked_prefill.chunk_tokens). Its flow counts in both the prefill and the decode flow
balance (it serves a request from prompt to last token) and it sends no KV over the mesh. The
queue model is combined_queue.CombinedQueue; its iteration costs are the shared cost model's
ForwardPass.chunked (configs.stage_cost), as the evaluator's."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
from numpy.typing import NDArray

from lamoopt.costmodel.passes import ForwardPass, cached_prefix_tokens
from lamoopt.formulation.combined_queue import CombinedQueue, IterationLine
from lamoopt.formulation.configs import (
    MAX_LENGTH_BINS,
    Chip,
    InstanceClass,
    OperatingPoint,
    _points,
    footprint_bytes,
    instance_classes,
    latency_cap,
    length_bins,
    max_layers_by_memory,
    stage_cost,
    stage_energy_J,
    stage_times_s,
)
from lamoopt.instance.load import Problem

COMBINED_PP = 1   # the evaluator runs combined instances as one pipeline stage
# A combined instance's capacity is often far above its share of the load, and its power curve
# (the busy fraction) is concave: one line exact at the cap would charge a lightly loaded
# instance much more than the curve. Further lines end at these fractions of the cap (each a
# point the MILP may choose, capped there); the excess left is each point's power_excess_W.
PIECE_FRACTIONS = (1 / 32, 1 / 16, 1 / 8, 1 / 4, 1 / 2)
# Output-length sub-bins per prompt bin of the TPOT law's request bins (request_bins): its
# quantile is driven by the short outputs, four quantile bins of s resolve them (a trace's
# joint lengths otherwise make thousands of bins).
STEP_SUBBINS = 4


def chunk_segments(tokens: int, prompt_end: float, prompt_new: float) -> tuple[list[float], list[float]]:
    """(ends, pasts) of `tokens` chunk tokens taken from prompts that end at prompt_end with
    prompt_new new tokens each: whole prompts' new parts, then the last part of one more (the
    chunk at the end of its prompt, where its attention reads the longest past)."""
    ends, pasts = [], []
    left, new = float(tokens), max(float(prompt_new), 1.0)
    while left > 1e-9:
        take = min(left, new)
        ends.append(float(prompt_end))
        pasts.append(float(prompt_end) - take)
        left -= take
    return ends, pasts


def request_bins(prob: Problem) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """(n_i, s_i, probability) over the joint lengths: a request's new prompt tokens n_i (prefix
    cache skipped) and decode steps s_i = output - 1 (the iterations its TPOT averages). At most
    MAX_LENGTH_BINS prompt bins (quantiles of n, as length_bins) times STEP_SUBBINS step bins
    (quantiles of s within each); a bin keeps its mean n and the harmonic mean of its s_i (the
    TPOT law goes as 1 / s_i); one-token requests (s = 0, no TPOT) keep a bin of their own."""
    L = prob.lengths
    inp = L.input_tokens.astype(float)
    new = inp - cached_prefix_tokens(inp, prob.instance.workload.prefix_cache_hit_rate)
    steps = np.maximum(L.output_tokens.astype(float) - 1.0, 0.0)
    p = L.probability.astype(float)
    if len(p) <= MAX_LENGTH_BINS * STEP_SUBBINS:
        return new, steps, p
    out: list[tuple[float, float, float]] = []
    order = np.argsort(new, kind="stable")
    edges = np.searchsorted(np.cumsum(p[order]), np.linspace(0, 1, MAX_LENGTH_BINS + 1)[1:-1])
    for idx in np.split(order, edges):
        idx = idx[np.argsort(steps[idx], kind="stable")]
        zero, pos = idx[steps[idx] < 1.0], idx[steps[idx] >= 1.0]
        if p[zero].sum() > 0:
            out.append((float(np.dot(p[zero], new[zero]) / p[zero].sum()), 0.0, float(p[zero].sum())))
        if p[pos].sum() <= 0:
            continue
        sub = np.searchsorted(np.cumsum(p[pos]) / p[pos].sum(), np.linspace(0, 1, STEP_SUBBINS + 1)[1:-1])
        for j in np.split(pos, sub):
            w = float(p[j].sum())
            if w > 0:
                out.append((float(np.dot(p[j], new[j]) / w), w / float(np.dot(p[j], 1.0 / steps[j])), w))
    arr = np.array(out)
    return arr[:, 0], arr[:, 1], arr[:, 2]


def combined_classes(prob: Problem, chips: dict[str, Chip]) -> dict[str, InstanceClass]:
    """Classes of pp = 1 for the chiplet types allowed both roles (instance_classes' rules for TP,
    memory and tiles), role 'combined', keys 'C|chip|t|p1|c'; none without serving.chunked_prefill."""
    if prob.instance.serving.chunked_prefill is None:
        return {}
    one_stage = prob.instance.model_copy(update={"search": prob.instance.search.model_copy(
        update={"pp_degrees": [COMBINED_PP]})})
    both = {c.name for c in prob.chiplets if {"prefill", "decode"} <= set(c.roles)}
    out = {}
    for cls in instance_classes(dataclasses.replace(prob, instance=one_stage), chips).values():
        if cls.role == "prefill" and cls.chip in both:
            key = "C" + cls.key[1:]
            out[key] = InstanceClass(key, "combined", cls.chip, cls.tp, cls.pp, cls.comm, cls.tiles, cls.ep)
    return out


def combined_points(prob: Problem, chip: Chip, cls: InstanceClass, steps: float) -> list[OperatingPoint]:
    """Every (b, C) of a combined class that fits DRAM and meets both latency targets (the cap: the
    largest utilisation whose TTFT and TPOT quantiles meet the targets, CombinedQueue.meets)."""
    a, wl, search = prob.arch, prob.instance.workload, prob.instance.search
    chunked = prob.instance.serving.chunked_prefill
    assert chunked is not None
    L = prob.lengths
    s_bins, p_bins = length_bins(prob)
    req_new, req_steps, req_prob = request_bins(prob)
    new_bins = s_bins - cached_prefix_tokens(s_bins, wl.prefix_cache_hit_rate)
    s_mean, n_mean = float(np.dot(p_bins, s_bins)), float(np.dot(p_bins, new_bins))
    top = int(np.argmax(s_bins))      # the TPOT bound's chunk: the end of the longest prompt bin
    s_top, n_top = float(s_bins[top]), float(new_bins[top])
    ctx_mean = L.mean_input_tokens + L.mean_output_tokens / 2.0   # as decode_points: mean context while decoding
    resident = float(np.dot(L.probability, L.input_tokens + L.output_tokens))  # KV at the end
    pct = wl.targets.percentile
    out: list[OperatingPoint] = []
    for b in search.decode_batches:
        limit = max_layers_by_memory(prob, chip, cls.tp, COMBINED_PP, b * resident)
        if limit[0] < a.num_layers:
            continue
        split = (a.num_layers,)

        def cost(c: int, k: int, end: float = s_mean, new: float = n_mean,
                 split: tuple[int, ...] = split) -> tuple[float, float]:
            ends, pasts = chunk_segments(c, end, new)
            sc = stage_cost(prob, chip, cls.tp, COMBINED_PP, cls.comm, ForwardPass.chunked(ends, pasts, [ctx_mean] * k),
                            cls.ep)
            return float(stage_times_s(sc, split)[0]), stage_energy_J(sc, split)
        for C in chunked.chunk_tokens:
            queue = CombinedQueue(C, b, IterationLine.fit(cost, C, b), new_bins, p_bins, steps,
                                  full_iteration_s=cost(C, b, s_top, n_top)[0],
                                  step_new_tokens=req_new, step_bins=req_steps, step_prob=req_prob)
            mu = queue.capacity_req_per_s
            if not (mu > 0 and math.isfinite(mu)):
                continue

            def meets(r: float, q: CombinedQueue = queue, mu: float = mu) -> bool:
                return q.meets(r * mu, wl.targets.ttft_ms, wl.targets.tpot_ms, pct)
            cap = latency_cap(meets, search.max_utilisation)
            if cap <= 0.0:
                continue
            def power_W(r: NDArray[np.float64], q: CombinedQueue = queue, mu: float = mu) -> NDArray[np.float64]:
                return q.dynamic_W_at(r * mu)

            def ttft_ms(r: float, q: CombinedQueue = queue, mu: float = mu) -> float:
                return 1e3 * q.ttft_quantile_s(r * mu, pct)
            pts = _points(cls, b, split, mu, cap, search.max_utilisation, False, power_W, ttft_ms,
                          footprint_bytes(prob, cls.tp, split, b * resident),
                          (1e3 * queue.full_iteration_s,), queue, tuple(cap * f for f in PIECE_FRACTIONS))
            out += [_chunked(p, C) for p in pts]
    return out


def _chunked(p: OperatingPoint, chunk_tokens: int) -> OperatingPoint:
    return dataclasses.replace(p, key=f"{p.key}|k{chunk_tokens}", chunk_tokens=chunk_tokens)
