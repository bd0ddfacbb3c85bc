"""The queue model of a combined (chunked-prefill, piggybacked-decode) instance: capacity, TTFT,
TPOT and dynamic power, from a handful of iteration costs (formulation/combined.py computes them
with the shared cost model; formulations/lamoopt_milp.md section 1, "Chunked prefill").

The evaluator's discipline (lamoopt.evaluate.serving): one FIFO queue; a request is admitted
while fewer than b are resident (prefilling or decoding) and its whole final context fits the KV
room; every iteration carries up to C prompt tokens of the admitted prompts (FIFO, packed across
prompts) and one decode token of every request past its prefill; iterations run back to back
while anything is resident.

Iteration time, affine in its tokens (fitted to the cost model, CombinedQueue.fit):
T(c, k) = T0 + alpha c + delta k for c chunk tokens and k decode steps (at the mean context).

Mean-value model at arrival rate lam (Little's law on tokens): an iteration of mean length T
carries c = lam n T prompt tokens (n the mean new tokens per prompt) and k = lam s T decode steps
(s the mean decode steps per request: each is one iteration), so
    T(lam) = T0 / (1 - lam a),   a = alpha n + delta s.
Capacity mu: the load at which the mean iteration fills its chunk (c = C) or its residents
(lam T (s + p) = b, p = E[ceil(n_i / C)] the iterations a prompt spends in prefill):
    y = min(C / n, b / (s + p)),   mu = y / (T0 + a y).
TTFT (an approximation): the prompts form an M/G/1 FIFO queue whose server works through C
prompt tokens per chunk-carrying iteration of T_C(lam) = T0 + alpha C + delta k(lam); a prompt of
n_i new tokens occupies ceil(n_i / C) such iterations (packing across prompts only shortens it)
and waits on arrival for the iteration in progress (mean half an iteration):
    TTFT = W + ceil(n_i / C) T_C(lam) + T(lam) / 2.
Admission blocking at the batch cap is kept out of the TTFT quantile by the cap instead of
modelled: a load meets the target only if, besides, an arrival finds all b slots taken with
probability at most SLOT_FULL_SHARE (1 - p) (residents Poisson with mean lam (s + p) T_u, as for
the power below), so at most that share of the requests, all in the tail beyond the p-quantile's
mass, can wait for a slot. The KV room is sized for b residents (configs.footprint_bytes).
TPOT (an approximation; the law tpot_cdf). A request's TPOT is the mean of the s_i iterations
it decodes in (evaluator: (finish - first token) / (output - 1)); they run back to back (the
request keeps the instance busy) and each carries its own decode step, the other residents'
steps and up to C tokens of the queued prompts. Over its window D_i the chunks carry
X_i = B_i + A(D_i) prompt tokens: B_i those queued when its prefill ends (by FIFO, the prompts
that arrived during its own wait W and service S_i = ceil(n_i / C) T_C of the TTFT model, less
the room C ceil(n_i / C) - n_i its last chunk leaves), A(D_i) those arriving during the window
(compound Poisson: mean lam n D_i, variance lam E[n^2] D_i); the other residents add lam s D_i
steps (Little). So D_i = s_i (T0 + delta) + alpha X_i + delta lam s D_i, and in the mean
    tau_i = (T0 + delta + alpha E[B_i] / s_i) / (1 - lam a)
(at lam -> 0 the lone decode step T(0, 1) = T0 + delta; 1 / (1 - lam a) is T(lam)'s Little
feedback: the window's extra time admits more tokens, which it also works). Given the bin,
    sigma_i^2 = alpha^2 (Var(B_i) + lam E[n^2] s_i tau_i) / (s_i (1 - lam a))^2,
E[B_i] = lam n E[W + S_i] - room_i, Var(B_i) = lam E[n^2] E[W + S_i] + (lam n)^2 Var(W)
(compound Poisson over the request's own W + S_i; W's first two moments Pollaczek-Khinchine's
for the prompts' M/G/1 queue of the TTFT model, service ceil(n_j / C) T_C, rho_p = lam E[S]).
The window's arrivals spread TPOT like 1 / sqrt(s_i) (a request averages s_i iterations), the
backlog like 1 / s_i. TPOT_i - T(0, 1) >= 0 is a sum of few large chunk bursts when lam D_i is
small (most windows carry no prompt), so the law takes it Gamma-distributed with that mean
tau_i - T(0, 1) and variance sigma_i^2 (shape k_i = (tau_i - T(0, 1))^2 / sigma_i^2: skewed
for small k_i, Normal-like for large); a Normal put the p90 up to 2.8x above the evaluator's on
a spread histogram. The law over all requests mixes these over the request bins (joint prompt
and output lengths, combined.request_bins; s_i = output - 1, one-token requests have no TPOT),
each bin capped at min(T_full, T0 + alpha c_i + delta (1 + k(lam))): a window's iterations carry
on average at most c_i = min(C, n y (1 + h / s_i)) prompt tokens (the chunk, or the slots: b
slots held h = s + p iterations admit n y = n b / h tokens an iteration in the long run, the
capacity's y, and a window of s_i iterations sees at most s_i / h + 1 turnovers of them), so no
mean of them exceeds that iteration at the load's decode steps k(lam) plus the request's own,
nor T_full = T(C, b) (combined.py costs it at the end of the longest prompt bin, the decode
steps at the mean context; the one-sided bound this law replaces). At or beyond the prompts'
saturation (rho_p >= 1) the law is that ceiling. Every tau_i, sigma_i and ceiling grows with
lam; the mixture's p-quantile is checked increasing on a grid (tests/solve/
test_combined_tpot_law.py), so the cap (the largest load meeting the target) stays a bisection.
Left out, all making the law high: the prompts still queued when the window ends (the window
works B_i + A(D_i) minus those), the chunk limit C per iteration inside a short window (a
backlog of several chunks spreads past it; the law overshoots most near saturation, until the
cap). Left out and small: the other residents' fluctuation (delta^2 Var(K); delta << alpha n / s
on the cost model) and admission blocking at b (the TTFT cap keeps the slots rarely full).
Measured against the evaluator (benchmarks/bench_combined_tpot.py): formulations/
lamoopt_milp.md section 1 and error_bounds.CHUNKED_BOUNDS.
Dynamic power (mean value): weights read once per iteration, E_w, plus each request's token
energy e: P(lam) = u E_w / T_u + lam e, with u the busy fraction (iterations run only while a
request is resident) and T_u the mean busy iteration, T_u = T0 / (1 - lam a / u) (the tokens of a
second are spread over u / T_u iterations). Residents as an infinite-server queue (Poisson
occupancy, exact for M/G/inf; the batch cap is far at the caps): u = 1 - exp(-lam (s + p) T_u),
solved by fixed-point iteration. The MILP's line lies above this curve on [0, cap]
(power_pieces.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import special

from lamoopt.formulation.decode_slots import cdf_quantile
from lamoopt.formulation.prefill_queue import PrefillQueue


@dataclass(frozen=True)
class IterationLine:
    """T(c, k) = zero_s + per_chunk_token_s c + per_decode_step_s k (and the same for energy)."""

    zero_s: float
    per_chunk_token_s: float
    per_decode_step_s: float
    zero_J: float
    per_chunk_token_J: float
    per_decode_step_J: float

    @classmethod
    def fit(cls, cost: Callable[[int, int], tuple[float, float]], chunk_tokens: int, batch: int) -> IterationLine:
        """Through the cost model's (time s, energy J) of three iterations: one decode step, k2 =
        max(b, 2) decode steps, and a full chunk with b decode steps (a secant plane: exact at those
        three points)."""
        k2 = max(batch, 2)
        (t1, e1), (tk, ek), (tc, ec) = cost(0, 1), cost(0, k2), cost(chunk_tokens, k2)
        d_t, d_e = (tk - t1) / (k2 - 1), (ek - e1) / (k2 - 1)
        return cls(t1 - d_t, (tc - tk) / chunk_tokens, d_t, e1 - d_e, (ec - ek) / chunk_tokens, d_e)


@dataclass(frozen=True)
class CombinedQueue:
    """The combined instance's queue model (module docstring)."""

    chunk_tokens: int
    batch: int
    line: IterationLine
    new_tokens: np.ndarray        # (bins,) new prompt tokens per length bin (prefix cache skipped)
    prob: np.ndarray              # (bins,) bin probabilities
    decode_steps: float           # mean decode steps per request
    full_iteration_s: float       # T(C, b): the longest iteration, an upper end of the TPOT law
    step_bins: np.ndarray | None = None   # (req bins,) decode steps s_i = output - 1 (None: one bin at decode_steps)
    step_prob: np.ndarray | None = None   # (req bins,) their probabilities (over all requests)
    step_new_tokens: np.ndarray | None = None   # (req bins,) the request's own new prompt tokens n_i (None: the mean)

    @property
    def mean_new_tokens(self) -> float:
        return float(np.dot(self.prob, self.new_tokens))

    @property
    def chunk_iterations(self) -> NDArray[np.float64]:
        """ceil(n_i / C): the chunk-carrying iterations a prompt of each bin occupies."""
        return np.ceil(self.new_tokens / self.chunk_tokens - 1e-9)

    @property
    def load_s_per_req(self) -> float:
        """a = alpha n + delta s: iteration seconds added per request/s of load."""
        return self.line.per_chunk_token_s * self.mean_new_tokens + self.line.per_decode_step_s * self.decode_steps

    @property
    def capacity_req_per_s(self) -> float:
        n = max(self.mean_new_tokens, 1e-9)
        y = min(self.chunk_tokens / n, self.batch / (self.decode_steps + float(np.dot(self.prob, self.chunk_iterations))))
        return y / (self.line.zero_s + self.load_s_per_req * y)

    def iteration_s(self, lam: float | NDArray[np.float64]) -> NDArray[np.float64]:
        """The mean iteration time T(lam) (inf at or beyond 1 / a)."""
        den = 1.0 - np.asarray(lam, float) * self.load_s_per_req
        return np.where(den > 0, self.line.zero_s / np.maximum(den, 1e-300), np.inf)

    def chunk_iteration_s(self, lam: float) -> float:
        """T_C(lam): a full chunk with the mean decode steps at load lam."""
        L = self.line
        k = min(lam * self.decode_steps * float(self.iteration_s(lam)), float(self.batch))
        return L.zero_s + L.per_chunk_token_s * self.chunk_tokens + L.per_decode_step_s * k

    def prefill_queue(self, lam: float) -> PrefillQueue:
        """The prompts' M/G/1 model at load lam (module docstring)."""
        t_c = self.chunk_iteration_s(lam)
        service = self.chunk_iterations * t_c
        return PrefillQueue(1, service, self.prob, service + 0.5 * float(self.iteration_s(lam)))

    @property
    def saturation_req_per_s(self) -> float:
        return self.capacity_req_per_s

    def ttft_cdf(self, lam: float) -> tuple[Callable[[float], float], float, float]:
        return self.prefill_queue(lam).ttft_cdf(lam)

    def slots_full_probability(self, lam: float) -> float:
        """P(an arrival finds b residents): the Poisson tail P(N >= b) at mean lam (s + p) T_u."""
        _, t_u = self.busy(np.array([lam]))
        hold = self.decode_steps + float(np.dot(self.prob, self.chunk_iterations))
        return float(special.gammainc(self.batch, lam * hold * float(t_u[0])))   # P(Poisson(m) >= b)

    def ttft_meets(self, lam: float, target_ms: float, pct: float) -> bool:
        """P(TTFT <= target) >= p at load lam, with the slots rarely full (module docstring);
        False at or beyond either saturation."""
        q = self.prefill_queue(lam)
        if lam >= min(self.capacity_req_per_s, q.saturation_req_per_s):
            return False
        if self.slots_full_probability(lam) > SLOT_FULL_SHARE * (1.0 - pct / 100.0):
            return False
        return q.ttft_cdf(lam)[0](target_ms / 1e3) >= pct / 100.0 - 1e-12

    def ttft_quantile_s(self, lam: float, pct: float) -> float:
        q = self.prefill_queue(lam)
        return math.inf if lam >= min(self.capacity_req_per_s, q.saturation_req_per_s) else q.ttft_quantile_s(lam, pct)

    @property
    def mean_sq_new_tokens(self) -> float:
        """E[n^2]: second moment of the new prompt tokens (the chunk tokens' compound Poisson variance)."""
        return float(np.dot(self.prob, self.new_tokens ** 2))

    def _steps(self) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
        """(s_i, probability, own new tokens n_i) of the request bins that have a TPOT (s_i >= 1),
        probabilities renormalised."""
        if self.step_bins is None or self.step_prob is None:
            return np.array([max(self.decode_steps, 1.0)]), np.array([1.0]), np.array([self.mean_new_tokens])
        s, p = np.asarray(self.step_bins, float), np.asarray(self.step_prob, float)
        own = (np.full_like(s, self.mean_new_tokens) if self.step_new_tokens is None
               else np.asarray(self.step_new_tokens, float))
        keep = (s >= 1.0) & (p > 0)
        if not keep.any():
            return np.zeros(0), np.zeros(0), np.zeros(0)
        return s[keep], p[keep] / p[keep].sum(), own[keep]

    def prompt_backlog(self, lam: float) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """(mean, variance) of B_i per request bin, the new prompt tokens queued when the request's
        prefill ends (module docstring): by FIFO, those of the prompts that arrived during its own
        wait W and service S_i = ceil(n_i / C) T_C, less the room its last chunk leaves; a
        compound Poisson sum over W + S_i with the Pollaczek-Khinchine moments of the TTFT
        model's M/G/1 wait; inf at or beyond the prompts' saturation."""
        _, _, own = self._steps()
        t_c = self.chunk_iteration_s(lam)
        service = self.chunk_iterations * t_c
        m1, m2, m3 = (float(np.dot(self.prob, service ** k)) for k in (1, 2, 3))
        rho_p = lam * m1
        if rho_p >= 1.0:
            return np.full_like(own, math.inf), np.full_like(own, math.inf)
        w1 = lam * m2 / (2.0 * (1.0 - rho_p))                        # E[W]
        w_var = w1 ** 2 + lam * m3 / (3.0 * (1.0 - rho_p))            # E[W^2] - E[W]^2
        chunks = np.ceil(own / self.chunk_tokens - 1e-9)
        hold_s = w1 + chunks * t_c                                   # E[W + S_i]; Var(W + S_i) = Var(W)
        room = chunks * self.chunk_tokens - own
        n1, n2 = self.mean_new_tokens, self.mean_sq_new_tokens
        return np.maximum(lam * n1 * hold_s - room, 0.0), lam * n2 * hold_s + (lam * n1) ** 2 * w_var

    def tpot_moments_s(self, lam: float) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """(tau_i, sigma_i) per request bin: a request's TPOT mean and standard deviation given its
        s_i decode steps and n_i prompt tokens (module docstring); inf at or beyond 1 / a or the
        prompts' saturation."""
        s, _, _ = self._steps()
        den = 1.0 - lam * self.load_s_per_req
        b_mean, b_var = self.prompt_backlog(lam)
        if den <= 0 or not np.isfinite(b_mean).all():
            return np.full_like(s, math.inf), np.full_like(s, math.inf)
        L = self.line
        tau = (L.zero_s + L.per_decode_step_s + L.per_chunk_token_s * b_mean / s) / den
        var = L.per_chunk_token_s ** 2 * (b_var + lam * self.mean_sq_new_tokens * s * tau) / (s * den) ** 2
        return tau, np.sqrt(var)

    def chunk_tokens_limit(self, steps: NDArray[np.float64]) -> NDArray[np.float64]:
        """c_i = min(C, n y (1 + h / s_i)): the most prompt tokens an iteration of a window of s_i
        iterations carries on average, by the chunk or by the slots. b slots held h = s + p
        iterations admit n y = n b / h tokens an iteration in the long run (Little; the
        capacity's y), and a window of s_i iterations sees at most s_i / h + 1 turnovers of them
        (the one in progress at its start)."""
        n = self.mean_new_tokens
        hold = self.decode_steps + float(np.dot(self.prob, self.chunk_iterations))
        return np.minimum(float(self.chunk_tokens), n * self.batch / hold * (1.0 + hold / steps))

    def tpot_ceiling_s(self, lam: float) -> NDArray[np.float64]:
        """Per request bin, min(T_full, T0 + alpha c_i + delta (1 + k(lam))): no mean of a window's
        iterations exceeds one carrying c_i prompt tokens (chunk_tokens_limit), the load's mean
        decode steps k(lam) and the request's own; nor T_full = T(C, b), the longest iteration."""
        s, _, _ = self._steps()
        L = self.line
        k = min(lam * self.decode_steps * float(self.iteration_s(lam)), float(self.batch))
        top = L.zero_s + L.per_chunk_token_s * self.chunk_tokens_limit(s) + L.per_decode_step_s * (1.0 + k)
        return np.minimum(self.full_iteration_s, top)

    def tpot_cdf(self, lam: float) -> tuple[Callable[[float], float], float, float]:
        """The TPOT law at load lam (module docstring): F(x) = sum_i P_i G_i(x - T(0, 1)), G_i the
        Gamma CDF of mean tau_i - T(0, 1) and standard deviation sigma_i, below the ceiling, 1
        from it on; (F, lo, hi) with F(lo) = 0 and F(hi) = 1."""
        _, p, _ = self._steps()
        if p.size == 0:
            return (lambda x: 1.0), 0.0, 0.0
        tau, sd = self.tpot_moments_s(lam)
        tops = self.tpot_ceiling_s(lam)
        top = float(tops.max())
        if not np.isfinite(tau).all():
            return (lambda x: float(np.dot(p, x >= tops * (1.0 - 1e-12)))), 0.0, top

        floor = self.line.zero_s + self.line.per_decode_step_s     # T(0, 1): no iteration is shorter
        point = (sd <= 0) | (tau <= floor)                           # no spread (lam = 0): all at tau
        excess = np.where(point, 1.0, tau - floor)
        var = np.where(point, 1.0, sd ** 2)
        shape, scale = excess ** 2 / var, var / excess              # Gamma(k, theta): mean tau - floor, sd sigma

        def F(x: float) -> float:
            if x < floor:
                return 0.0
            gamma = special.gammainc(shape, (x - floor) / scale)
            below = np.where(point, (x >= tau).astype(float), gamma)
            return float(np.dot(p, np.where(x >= tops * (1.0 - 1e-12), 1.0, below)))
        return F, min(floor, top), top

    def tpot_quantile_s(self, lam: float, pct: float) -> float:
        """The TPOT p-quantile of the law (inf at or beyond the capacity)."""
        if lam >= self.capacity_req_per_s:
            return math.inf
        F, lo, hi = self.tpot_cdf(lam)
        return cdf_quantile(F, lo, hi, pct)

    def tpot_meets(self, lam: float, target_ms: float, pct: float) -> bool:
        """P(TPOT <= target) >= p at load lam; False at or beyond the capacity."""
        if lam >= self.capacity_req_per_s:
            return False
        return self.tpot_cdf(lam)[0](target_ms / 1e3) >= pct / 100.0 - 1e-12

    def meets(self, lam: float, ttft_ms: float, tpot_ms: float, pct: float) -> bool:
        """Both latency targets at load lam (the cap's test)."""
        return self.ttft_meets(lam, ttft_ms, pct) and self.tpot_meets(lam, tpot_ms, pct)

    def busy(self, lams: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """(u, T_u): the busy fraction and the mean busy iteration at each load (module docstring;
        BUSY_ITERATIONS fixed-point steps from u = 1, where T_u = T(lam))."""
        lams = np.asarray(lams, float)
        hold = self.decode_steps + float(np.dot(self.prob, self.chunk_iterations))   # iterations resident
        u = np.ones_like(lams)
        for _ in range(BUSY_ITERATIONS):
            den = np.maximum(1.0 - lams * self.load_s_per_req / np.maximum(u, 1e-12), 1e-12)
            t_u = self.line.zero_s / den
            u = np.maximum(1.0 - np.exp(-lams * hold * t_u), 1e-12)
        den = np.maximum(1.0 - lams * self.load_s_per_req / u, 1e-12)
        return u, self.line.zero_s / den

    def dynamic_W_at(self, lams: NDArray[np.float64]) -> NDArray[np.float64]:
        """P(lam) = u E_w / T_u + lam e (module docstring)."""
        lams = np.asarray(lams, float)
        per_req_J = (self.line.per_chunk_token_J * self.mean_new_tokens
                     + self.line.per_decode_step_J * self.decode_steps)
        u, t_u = self.busy(lams)
        return u * self.line.zero_J / t_u + lams * per_req_J


SLOT_FULL_SHARE = 0.1   # of the tail beyond the latency percentile: arrivals that may find the slots full
BUSY_ITERATIONS = 60   # fixed-point steps of the busy fraction (converged to < 1e-9 on the test instances)
