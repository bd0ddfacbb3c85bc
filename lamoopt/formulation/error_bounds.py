"""How far the linear model may lie from the evaluator: the error bounds formulations/
lamoopt_milp.md section 8 derives, one table for the re-check, the design report, the
optimistic bound (lamoopt.solve.optimistic) and tests/report/test_recheck_tolerance.py, which
re-evaluates every shipped design against them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class StatedBound:
    """How far the model's prediction may lie from the evaluator's measurement.

    kind `relative`: |evaluated / predicted - 1| <= high (low = high); `absolute`:
    |evaluated - predicted| <= high (in the metric's unit); `interval`: the prediction within
    the evaluator's 95 % interval [lo, hi] widened to [lo (1 - low), hi (1 + high)]."""

    kind: str
    low: float
    high: float
    text: str

    def holds(self, predicted: object, evaluated: object, interval: Sequence[object] | None = None) -> bool | None:
        """Whether the prediction keeps the bound (None: the values or the interval are missing)."""
        vals = [predicted, evaluated] if self.kind != "interval" else [predicted, *(interval or [None, None])]
        nums = [float(v) for v in vals if isinstance(v, (int, float)) and math.isfinite(v)]
        if len(nums) != len(vals):
            return None
        if self.kind == "relative":
            p, e = nums
            return p != 0 and abs(e / p - 1.0) <= self.high
        if self.kind == "absolute":
            p, e = nums
            return abs(e - p) <= self.high
        p, lo, hi = nums
        return lo * (1.0 - self.low) <= p <= hi * (1.0 + self.high)


STATED_BOUNDS = {
    "power_W": StatedBound("relative", 0.05, 0.05, "±5 %"),
    "peak_temperature_C": StatedBound("absolute", 2.0, 2.0, "±2 K"),
    "throughput_tokens_per_s": StatedBound("relative", 0.05, 0.05, "±5 %"),
    "ttft_ms": StatedBound("interval", 0.05, 0.05, "interval −5 % / +5 %"),
    "tpot_ms": StatedBound("interval", 0.10, 0.10, "interval −10 % / +10 %"),
}

# A design with combined (chunked-prefill) instances: their TPOT is the law of combined_queue.py
# (formulations/lamoopt_milp.md section 1, "Chunked prefill", the measured table). Its omitted
# terms (the prompts left queued when a window ends, the chunk limit inside a short window) all
# make it high: measured (benchmarks/bench_combined_tpot.py, 10,000 requests, 24 loads from 0.2 to
# 0.95 of the point's capacity where the model's slot rule holds, and the 18 up to 0.8 again with
# a second seed) from 4.1 % below the evaluator's 95 % interval to 56 % above it. Stated: -10 %
# (the -4.1 % of a spread histogram at light load plus the decode steps
# costed at the mean context and the refresh derating at the DRAM limit, the ordinary TPOT row's
# -10 %) and +75 % (the +56 % of b = 16 near its slot limit, where the evaluator's slot turnover
# caps TPOT below the law's ceiling, plus a third for seeds and lengths not measured). Mixed with
# prefill/decode instances the quantile mixes laws, so this bound also covers those designs' TPOT.
CHUNKED_BOUNDS = {
    "tpot_ms": StatedBound("interval", 0.10, 0.75, "interval −10 % / +75 %"),
}


def stated_bound(metric: str, combined: bool = False) -> StatedBound | None:
    """The bound the re-check holds a metric to; combined: the design has combined instances."""
    return (CHUNKED_BOUNDS.get(metric) if combined else None) or STATED_BOUNDS.get(metric)
