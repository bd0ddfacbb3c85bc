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

import math

import numpy as np


def mean_wait_s(lam: float, service_s: np.ndarray, prob: np.ndarray) -> float:
    """Pollaczek-Khinchine mean wait; inf at or above saturation."""
    es, es2 = float(np.dot(prob, service_s)), float(np.dot(prob, service_s ** 2))
    rho = lam * es
    if rho >= 1.0:
        return math.inf
    return lam * es2 / (2.0 * (1.0 - rho))


def decay_rate(lam: float, service_s: np.ndarray, prob: np.ndarray) -> float:
    """theta > 0 with lam (E[e^{theta S}] - 1) = theta (requires rho < 1)."""
    smax = float(np.max(service_s))

    def f(th: float) -> float:
        return lam * (float(np.dot(prob, np.exp(th * service_s))) - 1.0) - th

    lo, hi = 0.0, 1.0 / smax
    while f(hi) < 0.0:  # f < 0 just right of 0 when rho < 1; grows without bound
        lo, hi = hi, hi * 2.0
    for _ in range(100):
        mid = 0.5 * (lo + hi)
        if f(mid) < 0.0:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def wait_quantile_s(lam: float, service_s: np.ndarray, prob: np.ndarray, pct: float) -> float:
    """p-quantile of the M/G/1 waiting time (exponential-tail bound); inf when saturated."""
    if lam <= 0.0:
        return 0.0
    rho = lam * float(np.dot(prob, service_s))
    if rho >= 1.0:
        return math.inf
    tail = 1.0 - pct / 100.0
    if rho <= tail:
        return 0.0
    return math.log(rho / tail) / decay_rate(lam, service_s, prob)


def max_utilisation(latency_at, target: float, rho_cap: float, tol: float = 1e-6) -> float:
    """Largest rho in [0, rho_cap] with latency_at(rho) <= target, for latency increasing in rho;
    0 when even rho -> 0 misses the target (the caller drops such points)."""
    if latency_at(1e-9) > target:
        return 0.0
    if latency_at(rho_cap) <= target:
        return rho_cap
    lo, hi = 0.0, rho_cap
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        if latency_at(mid) <= target:
            lo = mid
        else:
            hi = mid
    return lo


def erlang_c(servers: int, offered_load: float) -> float:
    """Probability that an arrival waits in an M/M/c queue (Erlang C), offered load a = lambda/mu
    < c; computed with the stable Erlang-B recursion B_k = a B_{k-1} / (k + a B_{k-1})."""
    if offered_load <= 0.0:
        return 0.0
    if offered_load >= servers:
        return 1.0
    b = 1.0
    for k in range(1, servers + 1):
        b = offered_load * b / (k + offered_load * b)
    rho = offered_load / servers
    return b / (1.0 - rho + rho * b)


def multi_server_wait_quantile_s(lam: float, service_s: float, servers: int, pct: float) -> float:
    """p-quantile of the wait for one of c servers (M/M/c: P(W > t) = C e^{-(c mu - lam) t}); with
    near-deterministic service (M/D/c) the true wait is shorter, so this is conservative."""
    if lam <= 0.0:
        return 0.0
    mu = 1.0 / service_s
    if lam >= servers * mu:
        return math.inf
    c = erlang_c(servers, lam / mu)
    tail = 1.0 - pct / 100.0
    if c <= tail:
        return 0.0
    return math.log(c / tail) / (servers * mu - lam)


WAIT_LATTICE_STEPS_PER_SERVICE = 100   # dx = E[S] / 100 (see the module docstring)
WAIT_TAIL_MASS = 1e-3                   # horizon: P(W > horizon) <= this (Kingman's bound); the
# lattice is zero-padded to twice the horizon, so the mass the FFT wraps around is <= 1e-6
WAIT_LATTICE_MAX = 2 ** 17              # cap on lattice points (dx grows beyond it)


def mg1_wait_pmf(lam: float, service_s: np.ndarray, prob: np.ndarray) -> tuple[np.ndarray, float]:
    """(pmf on the lattice 0, dx, 2dx, ..., dx) of the M/G/1 FIFO waiting time, rounded up to the
    lattice (module docstring); requires rho = lam E[S] < 1."""
    service_s, prob = np.asarray(service_s, float), np.asarray(prob, float)
    es = float(np.dot(prob, service_s))
    rho = lam * es
    if not 0.0 <= rho < 1.0:
        raise ValueError(f"M/G/1 needs utilisation in [0, 1), got {rho:.6g}")
    if rho == 0.0:
        return np.array([1.0]), es / WAIT_LATTICE_STEPS_PER_SERVICE
    horizon = math.log(1.0 / WAIT_TAIL_MASS) / decay_rate(lam, service_s, prob) + float(service_s.max())
    dx = es / WAIT_LATTICE_STEPS_PER_SERVICE
    n = 1 << max(10, math.ceil(math.log2(horizon / dx)))
    if n > WAIT_LATTICE_MAX:
        n, dx = WAIT_LATTICE_MAX, horizon / WAIT_LATTICE_MAX
    # residual-law mass of cell [k dx, (k+1) dx) = (1/E[S]) * sum_j p_j * |[k dx, (k+1) dx) ∩ [0, s_j)|,
    # put at lattice point k + 1 (rounded up)
    starts = np.arange(n) * dx
    cells = (prob[None, :] * np.clip(service_s[None, :] - starts[:, None], 0.0, dx)).sum(axis=1) / es
    a = np.zeros(2 * n)
    a[1:n + 1] = cells
    w = np.fft.irfft((1.0 - rho) / (1.0 - rho * np.fft.rfft(a)), 2 * n)[:n]
    return np.clip(w, 0.0, None), dx

