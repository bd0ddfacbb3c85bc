"""One decode instance under iteration-level (continuous) batching, as a birth-death chain.

The evaluator's discipline (lamoopt.evaluate.serving): a request is admitted when fewer than b
requests are resident, receives its KV cache over the instance's ingress link, and then joins
one of pp micro-batches ("slots", at most ceil(b/pp) requests each) that circulate through the
pipeline stages; every pass of a slot through all stages gives each member one token.

The chain: state n = requests at the instance (resident, k = min(n, b), plus waiting).
- k residents occupy a_k = min(k, pp) slots of m_k = ceil(k / a_k) requests (a new request
  wakes an idle slot when stage 0 is free, so requests spread over the slots);
- one pass of a slot takes period(k) = max(sum_s tau_s(m_k), a_k * max_s tau_s(m_k)): its own
  trip through the stages, or, when the slots queue for the slowest stage, a_k turns of it;
- a request holds its slot from its admission, which starts its KV transfer (kv), through
  `steps` tokens, one per period(k): the chain leaves state n at rate
  d(k) = k / (kv + steps * period(k)) (exponential holding: the approximation; the stationary
  occupancy of the b-slot loss part is insensitive to it);
- arrivals are Poisson (random routing of a Poisson stream).
From the stationary law pi(n) (product form):
- capacity mu = d(b) (requests/s at full occupancy), utilisation rho = lambda / mu;
- wait for a slot: P(W > t) = P(N >= b) exp(-(d(b) - lambda) t) (Erlang-C form of the chain);
- time per token of a resident: period(k) under the token-weighted occupancy
  w(n) ~ pi(n) k / period(k); its spread over-states that of a request's TPOT, which averages
  the period over its residency;
- TPOT = period(K) + (kv transfer + M/D/1 wait on the ingress link + W) / steps, K and W taken
  independent (they are positively correlated: an under-estimate of the tail's spread);
  its p-quantile is read from that law (tpot_cdf);
- dynamic power: a pass of a slot with m members costs E_w + m E_r (weights read once per pass,
  KV/FLOPs per member), so P = sum_n pi(n) (a_k E_w + k E_r) / period(k); an MoE model's pass
  energy is tabulated per m instead (pass_J: its expert reads are concave in m).
formulations/lamoopt_milp.md states the measured error against the evaluator.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

TAIL_MASS = 1e-12   # the chain is truncated where the geometric tail beyond b holds less than this


@dataclass(frozen=True)
class DecodeSlots:
    batch: int                     # b: slots for resident requests
    pp: int                        # pipeline stages (micro-batches)
    period_s: NDArray[np.float64]  # (b + 1,) period(k) for k = 0..b (entry 0 unused)
    steps: float                   # decode steps per request (E[output] - 1)
    kv_s: float                    # P->D KV transfer of one request
    pass_weight_J: float           # E_w: the weights part of one slot's pass through every stage
    token_J: float                 # E_r: the per-member part of one pass (one token of one request)
    pass_J: NDArray[np.float64] | None = None
    """Energy of one slot's pass with m = 0..ceil(b/pp) members, when it is not E_w + m E_r (an
    MoE layer reads the distinct experts its members route to: concave in m); None: linear."""

    @property
    def active_slots(self) -> NDArray[np.int_]:
        k = np.arange(self.batch + 1)
        return np.minimum(k, self.pp)

    @functools.cached_property
    def departure_rate(self) -> NDArray[np.float64]:
        """d(k) = k / (kv + steps * period(k)), k = 0..b: a request holds its slot from the start
        of its KV transfer (admission) to its last token. Computed once (read-only): every load's
        chain reads it."""
        k = np.arange(self.batch + 1, dtype=float)
        d = np.zeros(self.batch + 1)
        d[1:] = k[1:] / (self.kv_s + self.steps * self.period_s[1:])
        d.flags.writeable = False
        return d

    @property
    def capacity_req_per_s(self) -> float:
        return float(self.departure_rate[-1])

    def occupancy(self, lam: float, variability: float = 1.0) -> tuple[NDArray[np.float64], float]:
        """(pi(0..b), P(N > b)) of the stationary chain; requires lam < capacity. With
        `variability` v < 1 (the arrival stream's squared coefficient of variation; 1 for
        Poisson) the law is sharpened to pi^(1/v), renormalised: about its mode this scales the
        variance by v, as the occupancy of an infinite-server queue with renewal arrivals scales
        with c_a^2 (for predictions of a known design, solution.decode_wait_scales)."""
        d = self.departure_rate
        if not 0.0 <= lam < d[-1]:
            raise ValueError(f"decode chain needs 0 <= lambda < {d[-1]:.6g}, got {lam:.6g}")
        logw = np.zeros(self.batch + 1)
        if lam > 0.0:
            logw[1:] = np.cumsum(np.log(lam) - np.log(d[1:]))
        logw = logw / variability
        r = (lam / d[-1]) ** (1.0 / variability)
        tail_factor = r / (1.0 - r)            # sum_{n > b} r^(n-b)
        w = np.exp(logw - logw.max())
        total = w.sum() + w[-1] * tail_factor
        return w / total, float(w[-1] * tail_factor / total)

    def _period_weights(self, lam: float, variability: float = 1.0) -> tuple[NDArray[np.float64], float]:
        """(tokens produced per second in each state k = 0..b, P(an arrival finds every slot taken))."""
        pi, beyond = self.occupancy(lam, variability)
        k = np.arange(self.batch + 1, dtype=float)
        busy = pi.copy()
        busy[-1] += beyond                      # n > b behaves like n = b for the residents
        tokens = np.zeros_like(busy)
        tokens[1:] = busy[1:] * k[1:] / self.period_s[1:]
        wait_prob = pi[-1] + beyond             # an arrival finds all b slots taken (PASTA)
        return tokens, wait_prob

    def tpot_cdf(self, lam: float, wait_scale: float = 1.0, variability: float = 1.0
                 ) -> tuple[Callable[[float], float], float, float]:
        """x (s) -> P(TPOT <= x) of the model at arrival rate lam < capacity: TPOT = period(K) +
        (kv + link wait + W) / steps with K ~ the token-weighted occupancy and W independent of
        it, P(W > t) = P(wait) exp(-(mu - lam) t / wait_scale). wait_scale = 1 is the chain's
        Poisson-arrival law; predictions for a known design scale the wait of the requests that
        wait (and so the mean wait) by its arrival stream's variability (heavy-traffic form of
        the two-moment approximation, solution.decode_wait_scales) and sharpen the occupancy
        law by the stream's variability (occupancy)."""
        tokens, wait_prob = self._period_weights(lam, variability) if lam > 0 else (None, 0.0)
        if tokens is None:
            periods, weights = self.period_s[1:2], np.array([1.0])
        else:
            periods, weights = self.period_s[1:], tokens[1:] / tokens[1:].sum()
        link_rho = lam * self.kv_s
        link_wait = link_rho * self.kv_s / (2.0 * (1.0 - link_rho)) if link_rho < 1.0 else math.inf
        fixed = (self.kv_s + link_wait) / self.steps
        decay = (self.capacity_req_per_s - lam) / wait_scale if wait_scale > 0 else math.inf
        waits = wait_prob

        def F(x: float) -> float:
            t = self.steps * (x - fixed - periods)          # wait each period leaves room for
            if math.isinf(decay):                            # no request waits
                ok = (t >= 0).astype(float)
            else:
                ok = np.where(t < 0, 0.0, 1.0 - waits * np.exp(-decay * np.maximum(t, 0.0)))
            return float(np.dot(weights, ok))
        return F, float(periods.min()) + fixed, float(periods.max()) + fixed

    def tpot_quantile_s(self, lam: float, pct: float, wait_scale: float = 1.0) -> float:
        """TPOT p-quantile of the model (tpot_cdf) at arrival rate lam; inf at or above capacity."""
        if lam >= self.capacity_req_per_s:
            return math.inf
        F, lo, hi = self.tpot_cdf(lam, wait_scale)
        return cdf_quantile(F, lo, hi, pct)

    def dynamic_W(self, lam: float) -> float:
        """Mean dynamic power of the instance at arrival rate lam (module docstring)."""
        return float(self.dynamic_W_at(np.array([lam]))[0])

    def dynamic_W_at(self, lams: NDArray[np.float64]) -> NDArray[np.float64]:
        """dynamic_W at each of several arrival rates (each below capacity), all in one array
        computation: the stationary law of `occupancy` per rate (rows), then its mean pass power."""
        lams = np.asarray(lams, dtype=float)
        out = np.zeros(lams.shape)
        on = lams > 0.0
        if not on.any():
            return out
        lam = lams[on]
        d = self.departure_rate
        if np.any(lam >= d[-1]):
            raise ValueError(f"decode chain needs 0 <= lambda < {d[-1]:.6g}, got {lam.max():.6g}")
        n = np.arange(1, self.batch + 1, dtype=float)
        logw = np.zeros((lam.size, self.batch + 1))
        logw[:, 1:] = np.log(lam)[:, None] * n[None, :] - np.cumsum(np.log(d[1:]))[None, :]
        r = lam / d[-1]
        w = np.exp(logw - logw.max(axis=1, keepdims=True))
        tail = w[:, -1] * r / (1.0 - r)            # sum_{n > b} of the geometric tail
        busy = w.copy()
        busy[:, -1] += tail                        # n > b behaves like n = b for the residents
        busy /= (w.sum(axis=1) + tail)[:, None]
        k = np.arange(self.batch + 1, dtype=float)
        rate = np.zeros(self.batch + 1)
        rate[1:] = self.slots_pass_J(k[1:], self.active_slots[1:].astype(float)) / self.period_s[1:]
        out[on] = busy @ rate
        return out

    def slots_pass_J(self, k: NDArray[np.float64], a: NDArray[np.float64]) -> NDArray[np.float64]:
        """Energy of one pass of every active slot, k residents over a slots: a E_w + k E_r; with a
        pass_J table, a x pass_J interpolated at k/a, exact since the slots hold floor(k/a) or
        ceil(k/a) members (k - a floor(k/a) of them the larger)."""
        if self.pass_J is None:
            return a * self.pass_weight_J + k * self.token_J
        m = np.arange(self.pass_J.size, dtype=float)
        return a * np.interp(k / a, m, self.pass_J)


def slot_period_s(stage_rows: NDArray[np.float64], batch: int, pp: int) -> NDArray[np.float64]:
    """period(k), k = 0..b (module docstring), from stage_rows[m - 1] = the per-stage times (s)
    of a micro-batch of m requests, m = 1..ceil(b/pp) (every size a k <= b gives)."""
    total = np.array([float(row.sum()) for row in stage_rows])   # one sum per size m
    slowest = stage_rows.max(axis=1)
    k = np.arange(1, batch + 1)
    a = np.minimum(k, pp)                      # active slots
    m = -(-k // a)                             # ceil(k / a) members each
    out = np.zeros(batch + 1)
    out[1:] = np.maximum(total[m - 1], a * slowest[m - 1])
    return out


def exact_stage_rows(stage_s_at: Callable[[int], ArrayLike], m_max: int) -> NDArray[np.float64]:
    """stage_s_at(m) for m = 1..m_max, as rows (slot_period_s)."""
    return np.array([np.asarray(stage_s_at(m), np.float64) for m in range(1, m_max + 1)])


def sampled_stage_rows(stage_s_at: Callable[[int], ArrayLike], m_max: int) -> NDArray[np.float64]:
    """stage_s_at evaluated at m = 1, 2, 4, ..., m_max and interpolated linearly in m between,
    as rows for m = 1..m_max (slot_period_s).

    The cost model's stage time is convex in the micro-batch m (a roofline max of two affine
    functions of m plus affine communication), so the interpolant is >= the exact stage time
    and equal to it at the sampled sizes: a conservative, cheap stand-in (log2(m_max) + 2 cost
    evaluations instead of m_max). Row m is table[i-1] + w (table[i] - table[i-1]),
    w = (m - grid[i-1]) / (grid[i] - grid[i-1]), i the first sample >= m (at least 1)."""
    ms = sorted({1, m_max} | {1 << e for e in range(max(0, m_max.bit_length() - 1) + 1) if (1 << e) <= m_max})
    table = np.array([np.asarray(stage_s_at(m), np.float64) for m in ms])
    if len(ms) == 1:
        return np.repeat(table, m_max, axis=0)
    grid = np.array(ms, float)
    m = np.arange(1, m_max + 1)
    i = np.clip(np.searchsorted(grid, m), 1, len(grid) - 1)
    w = (m - grid[i - 1]) / (grid[i] - grid[i - 1])
    rows: NDArray[np.float64] = table[i - 1] + w[:, None] * (table[i] - table[i - 1])
    return rows


def cdf_quantile(F: Callable[[float], float], lo: float, hi: float, pct: float, rel_tol: float = 1e-6) -> float:
    """Smallest x with F(x) >= p/100 for a non-decreasing F, F(lo) <= p <= F(hi -> inf): the
    upper end grows until F reaches p, then bisection."""
    p = pct / 100.0
    if F(lo) >= p:
        return lo
    step = max(hi - lo, abs(hi) * 1e-6, 1e-12)
    while F(hi) < p:
        lo, hi = hi, hi + step
        step *= 2.0
    while hi - lo > rel_tol * hi:
        mid = 0.5 * (lo + hi)
        if F(mid) >= p:
            hi = mid
        else:
            lo = mid
    return hi
