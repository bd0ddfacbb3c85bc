"""The evaluator's steady-state statistics (lamoopt/evaluate/statistics.py)."""

from __future__ import annotations

import numpy as np

from lamoopt.evaluate import statistics as stats


def test_keep_up_test_flags_a_growing_backlog_and_passes_a_stationary_stream():
    rng = np.random.default_rng(7)
    stationary = rng.exponential(1.0, 5000)
    growing = stationary + np.linspace(0.0, 20.0, 5000)      # sojourn grows with time: backlog
    assert stats.keep_up_test(stationary)["kept_up"] is True
    assert stats.keep_up_test(growing)["kept_up"] is False
    assert stats.keep_up_test(stationary[:10])["kept_up"] is None   # too few to test


def test_a_drift_in_the_sampled_lengths_is_not_a_backlog_but_a_backlog_still_shows():
    """Sojourn = own service (proportional to the request's output length) + wait. Lengths that
    happen to drift upward over the run make the raw sojourns trend; with the lengths regressed
    out the stationary wait passes, and a growing wait is still caught."""
    rng = np.random.default_rng(3)
    n = 1000
    # the sample happens to hold longer requests later in the run (a drift of 1,500 tokens)
    out_tokens = rng.integers(100, 4000, n).astype(float) + np.linspace(0.0, 1500.0, n)
    sizes = np.column_stack([np.full(n, 500.0), out_tokens])
    wait = rng.exponential(0.5, n)
    sojourn = 0.002 * out_tokens + wait
    assert stats.keep_up_test(sojourn)["kept_up"] is False                  # the raw series trends
    assert stats.keep_up_test(sojourn, sizes=sizes)["kept_up"] is True
    backlog = sojourn + np.linspace(0.0, 5.0, n)
    assert stats.keep_up_test(backlog, sizes=sizes)["kept_up"] is False


def test_a_significant_but_tiny_trend_is_not_a_backlog_a_capacity_shortfall_is():
    """At 2 req/s over 1,000 requests (500 s) with 10 s sojourns (L = 20 in the system): a
    sojourn drift of 0.2 s over the run is 0.4 requests of growth, far inside the stationary
    number in system's sqrt(2 L) = 6.3; a 5 % capacity shortfall adds 0.05 x 500 s of sojourn,
    50 requests: a backlog."""
    rng = np.random.default_rng(9)
    n, lam = 1000, 2.0
    base = 10.0 + rng.normal(0.0, 0.05, n)
    drift = base + np.linspace(0.0, 0.2, n)
    short = base + np.linspace(0.0, 0.05 * n / lam, n)
    assert stats.keep_up_test(drift)["kept_up"] is False                     # significant as a trend
    small = stats.keep_up_test(drift, arrival_rate=lam)
    assert small["kept_up"] is True and small["backlog_growth_requests"] < small["backlog_threshold_requests"]
    big = stats.keep_up_test(short, arrival_rate=lam)
    assert big["kept_up"] is False and big["backlog_growth_requests"] > 40


def test_false_alarm_rate_of_the_keep_up_test_is_near_its_level():
    """Independent stationary runs: the 1 % test rejects about 1 % of them (<= 3 % of 400)."""
    rng = np.random.default_rng(11)
    alarms = sum(not stats.keep_up_test(rng.exponential(1.0, 2000))["kept_up"] for _ in range(400))
    assert alarms <= 12


def test_quantile_interval_covers_the_true_quantile_of_independent_samples():
    """For i.i.d. exponential samples (p90 = ln 10) the 95 % interval covers the truth in most
    of 200 runs (>= 85 %: batch means of 10 batches)."""
    rng = np.random.default_rng(5)
    covered = 0
    for _ in range(200):
        est, lo, hi = stats.quantile_ci(rng.exponential(1.0, 3000), 90.0)
        covered += lo <= np.log(10.0) <= hi
    assert covered >= 170


def test_window_throughput_counts_tokens_inside_the_steady_window():
    # 100 requests arriving every second, each with 11 tokens produced over 10 s after a 1 s TTFT
    arrival = np.arange(100.0)
    first = arrival + 1.0
    finish = first + 10.0
    out = np.full(100, 11)
    # in steady state the window sees 11 tokens per second
    assert abs(stats.window_throughput(arrival, first, finish, out) - 11.0) < 0.7


def test_a_saturated_queue_sets_no_relaxation_floor_and_a_slow_one_a_long_one():
    assert stats.relaxation_requests(1.2, 5.0, 6.0) == 1.0
    assert stats.relaxation_requests(0.95, 1.0, 0.95) > 1000.0     # 1 / (1 - sqrt(0.95))^2 = 1560
