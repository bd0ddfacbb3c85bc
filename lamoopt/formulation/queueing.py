"""Queueing bounds that turn latency targets into utilisation caps (precomputed, exact per point).

An instance receives a Poisson stream (random splitting of a Poisson stream stays Poisson) and
serves it FIFO with service times S drawn from the workload's length distribution: an M/G/1
queue. Its waiting time has
- mean (Pollaczek-Khinchine): W = lambda E[S^2] / (2 (1 - rho)), which is rho/(2 mu (1-rho))
  for deterministic service (M/D/1);
- tail P(W > x) ~ rho exp(-theta x) (Cramer-Lundberg), theta > 0 the root of
  lambda (E[exp(theta S)] - 1) = theta. The p-quantile is then max(0, ln(rho/(1-p)) / theta).
  For M/M/1 this is exact; for M/D/1 it is the exact asymptotic decay with the conservative
  prefactor rho (the true prefactor is below rho).
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
