"""TTFT of one prefill instance at a load: the quantile the prefill utilisation caps come from.

The evaluator's discipline (lamoopt.evaluate.serving): Poisson arrivals at lambda, one FIFO
queue; whenever stage 0 is free it takes up to b waiting prompts as one batch; the batch passes
the pipeline stages (a FIFO buffer before each); its prompts' first tokens exist when the last
stage finishes.

The model, TTFT = W + L_b(bin):
- W is the M/G/1 FIFO wait (queueing.mg1_wait_pmf) of a server whose per-request service is
  S_1(bin) = the slowest stage's time for a batch of ONE prompt of that length.
- L_b(bin) is the summed stage time of a batch of b prompts of the request's length.
- b = 1, one prompt length: exact. A tandem of FIFO stages whose service times are the same for
  every job has the sojourn time of its slowest stage alone plus the other stages' times
  (Friedman 1965, "Reduction methods for tandem queuing systems"), i.e. W + L_1.
- b = 1, several lengths: every job's stage times are ordered alike, and the reduction is then
  an approximation; the evaluator measures it.
- b > 1 (an upper bound): a batch takes no longer than its prompts one after another whenever
  T(k) <= k T(1) (the cost model reads the weights once per batch and scales everything else
  with the tokens), so, by induction over the batches, a prompt's batch starts no later than
  W minus the work of the prompts ahead of it in that batch, and the batch holds at most b
  prompts: TTFT <= W + L_b.
Rounding: W is rounded up to the lattice and so is the shift by L_b, so the computed quantile is
an upper bound of the model's by at most two lattice steps (dx = E[S_1]/100).

Consequence for the MILP (configs.prefill_points): at every lambda batch 1's TTFT is no larger
than any b > 1 bound, its DRAM footprint is the smallest, and the energy per request the MILP
charges (batch 1's, an upper bound for any batch since the weights are read once per batch) is
the same, so only the smallest batch of the search space is generated: a larger one would be
dominated. The price: for prompts short enough that batching saves time (T(k) well below
k T(1)), the bound forgoes that capacity.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lamoopt.formulation import queueing


@dataclass(frozen=True)
class PrefillQueue:
    batch: int
    service_s: NDArray[np.float64]      # (bins,) S_1: slowest stage, batch of one prompt of the bin's length
    prob: NDArray[np.float64]           # (bins,) length-bin probabilities
    latency_s: NDArray[np.float64]      # (bins,) L_b: summed stage times of a batch of b prompts

    @property
    def saturation_req_per_s(self) -> float:
        """lambda at which the model's M/G/1 server saturates (1 / E[S_1])."""
        return 1.0 / float(np.dot(self.prob, self.service_s))

    def ttft_lattice(self, lam: float) -> tuple[NDArray[np.float64], float]:
        """(pmf, dx) of TTFT = W + L_b on the lattice (module docstring); lam below saturation."""
        pmf, dx = queueing.mg1_wait_pmf(lam, self.service_s, self.prob)
        shifts = np.ceil(self.latency_s / dx - 1e-9).astype(int)
        total = np.zeros(len(pmf) + int(shifts.max()))
        for p_bin, s in zip(self.prob, shifts, strict=True):
            total[s:s + len(pmf)] += p_bin * pmf
        return total, dx

    def ttft_cdf(self, lam: float) -> tuple[Callable[[float], float], float, float]:
        """x (s) -> P(TTFT <= x), with the lattice's [lo, hi] range."""
        total, dx = self.ttft_lattice(lam)
        cdf = np.cumsum(total)

        def F(x: float) -> float:
            k = int(math.floor(x / dx + 1e-9))
            return 0.0 if k < 0 else float(cdf[min(k, len(cdf) - 1)])
        return F, 0.0, len(cdf) * dx

    def ttft_quantile_s(self, lam: float, pct: float) -> float:
        """p-quantile of TTFT = W + L_b (module docstring); inf at or beyond saturation."""
        if lam >= self.saturation_req_per_s:
            return math.inf
        total, dx = self.ttft_lattice(lam)
        k = int(np.searchsorted(np.cumsum(total), pct / 100.0 - 1e-12))
        return k * dx
