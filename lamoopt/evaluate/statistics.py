"""Steady-state estimates from one simulated run, with their uncertainty.

A run starts empty, so its first requests see shorter queues than the steady state: the first
WARMUP_FRACTION of the requests (by arrival) are left out of every latency statistic. The rest
are cut into consecutive batches; the batch means method (Law & Kelton, Simulation Modeling and
Analysis, ch. 9.5) treats the per-batch statistics as independent, which holds once a batch is
much longer than the series' correlation: the integrated autocorrelation time tau of the
per-request latencies (1 + 2 sum of the autocorrelations up to the first lag below 0.05) is
measured (and floored by the prefill queues' relaxation time, relaxation_requests), batches are
at least BATCH_TAUS tau long, at most BATCHES of them; with fewer than MIN_BATCHES the interval
comes from the sample quantile's asymptotic law with n / tau effective samples
(effective_sample_ci: wide when the queue relaxes slowly);
- a two-sided 95 % confidence interval for a latency quantile: the mean of the batches'
  quantiles +- t(0.975, B-1) s / sqrt(B);
- the keep-up test: a least-squares trend of the batches' mean sojourn time against the batch
  index (batches of >= BATCH_TAUS correlation times, as above). A system that keeps up has no
  trend; one that does not accumulates a backlog, so its sojourn times grow in proportion to
  time. The design is judged not to keep up when the slope's t statistic exceeds t(0.99, B-2): a
  false-alarm rate of 1 % for independent batch means, and only when that trend amounts to a
  backlog larger than a stationary system's own fluctuation (keep_up_test). With fewer than
  MIN_BATCHES batches the test is inconclusive (reported as such, not as a violation).
"""

from __future__ import annotations

import math

import numpy as np

WARMUP_FRACTION = 0.1
BATCHES = 10
MIN_BATCHES = 4
BATCH_TAUS = 5.0
CI_LEVEL = 0.95
KEEP_UP_ALPHA = 0.01


def _t_quantile(p: float, dof: int) -> float:
    from scipy.stats import t
    return float(t.ppf(p, dof))


def _z_quantile(p: float) -> float:
    from scipy.stats import norm
    return float(norm.ppf(p))


def steady_mask(n: int) -> np.ndarray:
    """Requests (in arrival order) kept for steady-state statistics."""
    keep = np.ones(n, bool)
    keep[:int(math.floor(WARMUP_FRACTION * n))] = False
    return keep


def correlation_time(x: np.ndarray) -> float:
    """Integrated autocorrelation time of a series (in samples): 1 + 2 sum of its
    autocorrelations up to the first lag where they fall below 0.05 (FFT estimate)."""
    x = np.asarray(x, float) - float(np.mean(x))
    n = x.size
    var = float(np.dot(x, x))
    if n < 3 or var <= 0.0:
        return 1.0
    f = np.fft.rfft(x, 2 * n)
    acf = np.fft.irfft(f * np.conj(f))[:n] / var
    below = np.nonzero(acf < 0.05)[0]
    cut = int(below[0]) if below.size else n
    return 1.0 + 2.0 * float(acf[1:cut].sum())


def relaxation_requests(utilisation: float, service_rate: float, arrival_rate: float) -> float:
    """The relaxation time of a single-server queue, 1 / (mu (1 - sqrt(rho))^2) (Morse 1955, for
    M/M/1), in requests of a stream at `arrival_rate`: how long the queue remembers its state.
    A short run under-estimates the autocorrelation of a slowly relaxing queue, so this is a
    floor for the measured correlation time."""
    if not 0.0 < utilisation < 1.0 or service_rate <= 0.0:
        return 1.0   # idle, or saturated (no stationary state to relax to: the trend test decides)
    return arrival_rate / (service_rate * (1.0 - math.sqrt(utilisation)) ** 2)


def quantile_ci(x: np.ndarray, pct: float, min_correlation: float = 1.0) -> tuple[float, float, float]:
    """(estimate, low, high): the p-quantile of the steady part of x (arrival order, NaN ignored)
    and its batch-means 95 % confidence interval (NaN bounds when the run holds fewer than
    MIN_BATCHES batches of BATCH_TAUS correlation times; the correlation time is the measured one
    or `min_correlation`, whichever is longer)."""
    x = np.asarray(x, float)[steady_mask(len(x))]
    x = x[~np.isnan(x)]
    if x.size == 0:
        return math.nan, math.nan, math.nan
    est = float(np.percentile(x, pct))
    if float(np.ptp(x)) <= 1e-9 * max(abs(est), 1e-12):   # a constant series: no uncertainty
        return est, est, est
    tau = max(correlation_time(x), min_correlation)
    batches = min(BATCHES, int(x.size // max(BATCH_TAUS * tau, 1.0))) if math.isfinite(tau) else 0
    if batches < MIN_BATCHES:
        return effective_sample_ci(x, pct, est, tau)
    per = np.array([np.percentile(b, pct) for b in np.array_split(x, batches)])
    half = _t_quantile(0.5 + CI_LEVEL / 2, batches - 1) * float(per.std(ddof=1)) / math.sqrt(batches)
    mean = float(per.mean())
    return est, mean - half, mean + half


def effective_sample_ci(x: np.ndarray, pct: float, est: float, tau: float) -> tuple[float, float, float]:
    """The interval of a quantile from the asymptotic law of a sample quantile with the effective
    sample size n / tau: est +- z sqrt(p (1 - p) / n_eff) / f(q), the density f(q) read off the
    empirical quantiles at p +- 5 %. Used when the run is too short for batch means; wide when the
    queue relaxes slowly, NaN when fewer than 2 effective samples remain."""
    n_eff = x.size / tau if math.isfinite(tau) else 0.0
    if n_eff < 2.0:
        return est, math.nan, math.nan
    p = pct / 100.0
    lo_p, hi_p = max(p - 0.05, 0.0), min(p + 0.05, 1.0)
    spread = float(np.percentile(x, 100 * hi_p) - np.percentile(x, 100 * lo_p))
    half = 1.96 * math.sqrt(p * (1 - p) / n_eff) * spread / (hi_p - lo_p)
    return est, max(est - half, float(x.min())), est + half   # no quantile lies below the sample minimum


def keep_up_test(sojourn_s: np.ndarray, min_correlation: float = 1.0,
                 sizes: np.ndarray | None = None, arrival_rate: float | None = None) -> dict:
    """Trend of the batch means of the steady requests' sojourn times (module docstring), over at
    most BATCHES batches of at least BATCH_TAUS correlation times (measured, floored by
    `min_correlation`): {'t_statistic', 'critical', 'kept_up', 'growth_s_per_batch', 'batches'}.
    kept_up is None (inconclusive) when fewer than MIN_BATCHES such batches fit in the run: it is
    too short to tell a slowly relaxing queue from a growing backlog at this load.

    `sizes` (one row per request: its input and output tokens) are regressed out first: a
    request's sojourn grows with its own length, so a run whose sampled lengths happen to drift
    (the same seed gives every design the same requests) would otherwise look like a backlog.
    The test is then on the sojourn not explained by the request's own size, where a backlog's
    growth remains (it does not depend on the request's size).

    With `arrival_rate` (requests/s) a significant trend must also amount to a backlog: by
    Little's law the trend's growth of the sojourn over the run, times the arrival rate, is the
    growth of the number in the system; a stationary system's number in system is about
    Poisson(L), L = arrival_rate * mean sojourn (exact for M/G/infinity), so its change between
    two distant times has standard deviation sqrt(2 L). Growth below z(1 - KEEP_UP_ALPHA) sqrt(2 L)
    is what the arrival sample's own fluctuations make (every design is offered the same sample,
    so a busy stretch late in it raises every design's sojourn): not a backlog. Reported as
    'backlog_growth_requests' beside its threshold."""
    steady = steady_mask(len(sojourn_s))
    x = np.asarray(sojourn_s, float)[steady]
    if sizes is not None:
        x = _residual_after(x, np.asarray(sizes, float)[steady])
    x = x[~np.isnan(x)]
    # the correlation of the series around its trend: a backlog's linear growth is the signal
    # under test, not memory
    i = np.arange(x.size, dtype=float)
    detrended = x - np.polyval(np.polyfit(i, x, 1), i) if x.size > 2 else x
    tau = max(correlation_time(detrended), min_correlation) if x.size > 2 else math.inf
    batches = min(BATCHES, int(x.size // max(BATCH_TAUS * tau, 1.0))) if math.isfinite(tau) else 0
    if batches < MIN_BATCHES:
        return {"t_statistic": math.nan, "critical": math.nan, "kept_up": None, "growth_s_per_batch": math.nan,
                "batches": batches}
    crit = _t_quantile(1.0 - KEEP_UP_ALPHA, batches - 2)
    y = np.array([b.mean() for b in np.array_split(x, batches)])
    k = np.arange(batches, dtype=float)
    kc = k - k.mean()
    slope = float(np.dot(kc, y - y.mean()) / np.dot(kc, kc))
    resid = y - y.mean() - slope * kc
    se = math.sqrt(float(np.dot(resid, resid)) / (batches - 2) / float(np.dot(kc, kc)))
    t_stat = slope / se if se > 0 else (math.inf if slope > 0 else 0.0)
    out = {"t_statistic": t_stat, "critical": crit, "kept_up": bool(t_stat <= crit), "growth_s_per_batch": slope,
           "batches": batches}
    if arrival_rate is not None and arrival_rate > 0:
        growth = arrival_rate * slope * (batches - 1)
        threshold = _z_quantile(1.0 - KEEP_UP_ALPHA) * math.sqrt(2.0 * arrival_rate * float(np.mean(x)))
        out.update(backlog_growth_requests=growth, backlog_threshold_requests=threshold,
                   kept_up=bool(t_stat <= crit or growth <= threshold))
    return out


def _residual_after(x: np.ndarray, covariates: np.ndarray) -> np.ndarray:
    """x minus its least-squares fit on [1, covariates] (NaN where x is NaN); the mean is kept,
    so the residual is in x's units around x's level."""
    ok = ~np.isnan(x)
    if ok.sum() <= covariates.shape[1] + 2:
        return x
    A = np.column_stack([np.ones(int(ok.sum())), covariates[ok]])
    coef, *_ = np.linalg.lstsq(A, x[ok], rcond=None)
    out = np.full_like(x, np.nan)
    out[ok] = x[ok] - A @ coef + float(np.mean(x[ok]))
    return out


def window_throughput(arrival_s: np.ndarray, first_token_s: np.ndarray, finish_s: np.ndarray,
                      output_tokens: np.ndarray) -> float:
    """Tokens produced per second over the steady window [first steady arrival, last arrival]:
    a request's first token counts at its first-token time, the others spread evenly over
    (first token, finish]. Neither the empty start nor the drain after the last arrival is in
    the window, so a system that keeps up measures its offered load."""
    keep = steady_mask(len(arrival_s))
    if keep.sum() < 2:
        return math.nan
    t0, t1 = float(np.asarray(arrival_s)[keep].min()), float(np.max(arrival_s))
    if t1 <= t0:
        return math.nan
    a, b = np.asarray(first_token_s, float), np.asarray(finish_s, float)
    out = np.asarray(output_tokens, float)
    first = ((a >= t0) & (a <= t1)).astype(float)
    span = np.maximum(b - a, 0.0)
    overlap = np.clip(np.minimum(b, t1) - np.maximum(a, t0), 0.0, None)
    rest = np.where(span > 0, overlap / np.where(span > 0, span, 1.0), 0.0) * (out - 1.0)
    return float(np.nansum(first + rest)) / (t1 - t0)
