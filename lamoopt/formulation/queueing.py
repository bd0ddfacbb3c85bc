"""Queueing mathematics that turns latency targets into utilisation caps (precomputed per point).

An instance receives a Poisson stream (random splitting of a Poisson stream stays Poisson) and
serves it FIFO with service times S drawn from the workload's length distribution: an M/G/1
queue. Its waiting time W has
- mean (Pollaczek-Khinchine): E[W] = lambda E[S^2] / (2 (1 - rho));
- distribution (Benes / Pollaczek-Khinchine): P(W <= x) = (1 - rho) sum_n rho^n F_e^{*n}(x),
  F_e the equilibrium (residual) law of S with density P(S > t) / E[S]. `mg1_wait_pmf`
  evaluates it exactly up to a lattice discretisation: F_e is put on the lattice k*dx with each
  cell's mass at the cell's right end, which makes the computed W stochastically LARGER than
  the true one (every summand of every convolution is rounded up), so quantiles read from it
  are upper bounds; the excess is at most (number of summands) * dx and, with dx = E[S]/100,
  below 1 % of the quantiles the caps are set at (measured in tests/solve/test_queueing.py
  against the exact M/D/1 formula);
- exponential tail P(W > x) <= exp(-theta x) (Kingman), theta > 0 the root of
  lambda (E[exp(theta S)] - 1) = theta: used only to choose the lattice's horizon (quantiles up
  to 1 - WAIT_TAIL_MASS are read from the lattice; the FFT's wrapped-around mass is <= 1e-6).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray


def decay_rate(lam: float, service_s: NDArray[np.float64], prob: NDArray[np.float64],
               settled: Callable[[float, float], bool] | None = None) -> float:
    """theta > 0 with lam (E[e^{theta S}] - 1) = theta (requires rho < 1), by bisection to
    adjacent floats; or, given `settled`, as soon as settled(lo, hi) with 0 < lo (the caller
    uses theta only through something equal at every theta in [lo, hi], a bracket holding
    the root the full bisection would return)."""
    smax = float(np.max(service_s))

    def f(th: float) -> float:
        return lam * (float(np.dot(prob, np.exp(th * service_s))) - 1.0) - th

    lo, hi = 0.0, 1.0 / smax
    while f(hi) < 0.0:  # f < 0 just right of 0 when rho < 1; grows without bound
        lo, hi = hi, hi * 2.0
    for _ in range(100):
        if settled is not None and lo > 0.0 and settled(lo, hi):
            break
        mid = 0.5 * (lo + hi)
        before = lo, hi
        if f(mid) < 0.0:
            lo = mid
        else:
            hi = mid
        if (lo, hi) == before:   # mid is lo or hi: every further step repeats this one
            break
    return 0.5 * (lo + hi)


WAIT_LATTICE_STEPS_PER_SERVICE = 100   # dx = E[S] / 100 (see the module docstring)
WAIT_TAIL_MASS = 1e-3                   # horizon: P(W > horizon) <= this (Kingman's bound); the
# lattice is zero-padded to twice the horizon, so the mass the FFT wraps around is <= 1e-6
WAIT_LATTICE_MAX = 2 ** 17              # cap on lattice points (dx grows beyond it)


def mg1_wait_pmf(lam: float, service_s: NDArray[np.float64], prob: NDArray[np.float64]
                 ) -> tuple[NDArray[np.float64], float]:
    """(pmf on the lattice 0, dx, 2dx, ..., dx) of the M/G/1 FIFO waiting time, rounded up to the
    lattice (module docstring); requires rho = lam E[S] < 1."""
    service_s, prob = np.asarray(service_s, float), np.asarray(prob, float)
    es = float(np.dot(prob, service_s))
    rho = lam * es
    if not 0.0 <= rho < 1.0:
        raise ValueError(f"M/G/1 needs utilisation in [0, 1), got {rho:.6g}")
    if rho == 0.0:
        return np.array([1.0]), es / WAIT_LATTICE_STEPS_PER_SERVICE
    smax = float(service_s.max())

    def lattice(theta: float) -> tuple[int, float]:
        """(points n, step dx) of the lattice for decay rate theta (module docstring)."""
        horizon = math.log(1.0 / WAIT_TAIL_MASS) / theta + smax
        dx = es / WAIT_LATTICE_STEPS_PER_SERVICE
        n = 1 << max(10, math.ceil(math.log2(horizon / dx)))
        return (WAIT_LATTICE_MAX, horizon / WAIT_LATTICE_MAX) if n > WAIT_LATTICE_MAX else (n, dx)
    # the horizon decreases with theta and n, dx follow it monotonically, so a bracket whose
    # ends give the same lattice gives it at the root too: the bisection stops there
    n, dx = lattice(decay_rate(lam, service_s, prob, settled=lambda lo, hi: lattice(lo) == lattice(hi)))
    spectrum = _residual_spectrum(tuple(service_s.tolist()), tuple(prob.tolist()), es, n, dx)
    w = np.fft.irfft((1.0 - rho) / (1.0 - rho * spectrum), 2 * n)[:n]
    return np.clip(w, 0.0, None), dx


@functools.lru_cache(maxsize=16)
def _residual_spectrum(service_s: tuple[float, ...], prob: tuple[float, ...], es: float, n: int, dx: float
                       ) -> NDArray[np.complex128]:
    """rfft of the residual law F_e on the lattice of n points of dx, zero-padded to 2n: the mass
    of cell [k dx, (k+1) dx) = (1/E[S]) * sum_j p_j * |[k dx, (k+1) dx) ∩ [0, s_j)| put at
    lattice point k + 1 (rounded up). Independent of the load, so the loads a utilisation cap's
    bisection tries (mostly the same n) share it (cached; read-only)."""
    service, p = np.array(service_s), np.array(prob)
    starts = np.arange(n) * dx
    cells = (p[None, :] * np.clip(service[None, :] - starts[:, None], 0.0, dx)).sum(axis=1) / es
    a = np.zeros(2 * n)
    a[1:n + 1] = cells
    spectrum = np.fft.rfft(a)
    spectrum.flags.writeable = False
    return spectrum

