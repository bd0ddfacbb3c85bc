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
TPOT (a bound): a request decodes in consecutive iterations, each with at most C chunk tokens and
at most b decode steps, so TPOT <= T_full = T(C, b) (combined.py costs it with the chunk at the end
of the longest prompt bin and the decode steps at the mean context; the time grows with both).
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
    full_iteration_s: float       # T(C, b): the TPOT bound

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

    def tpot_cdf(self, lam: float) -> tuple[Callable[[float], float], float, float]:
        """The TPOT bound as a law: every request at T_full (independent of the load)."""
        t = self.full_iteration_s

        def F(x: float) -> float:
            return 1.0 if x >= t * (1.0 - 1e-12) else 0.0
        return F, 0.0, t

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
