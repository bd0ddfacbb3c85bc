"""The TPOT law of combined (chunked-prefill) instances (combined_queue.py, formulations/
lamoopt_milp.md section 1): by hand on small numbers, increasing in the load, the cap search on
it, and the evaluator's re-check of a MILP-chosen combined design at a TPOT target the old bound
T_full could not meet, within error_bounds.CHUNKED_BOUNDS."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import special

from lamoopt.evaluate.evaluator import evaluate_design
from lamoopt.formulation.combined_queue import CombinedQueue, IterationLine
from lamoopt.formulation.configs import LATENCY_CAP_TOL, latency_cap
from lamoopt.formulation.error_bounds import stated_bound
from lamoopt.formulation.tables import build_tables
from lamoopt.solve.highs import Status
from lamoopt.solve.run import SolveOptions, design_of, solve
from tests.solve.test_milp import problem

Z90 = 1.2815515655446004   # Phi^-1(0.9): a Normal's p90, tau + Z90 sigma


def paper_queue(steps: float = 63.0) -> CombinedQueue:
    """T(c, k) = 2 ms + 0.04 ms c + 0.01 ms k; every prompt 512 new tokens, chunk 512 (one chunk
    iteration, no room left), b = 64, every request `steps` decode steps."""
    line = IterationLine(2e-3, 4e-5, 1e-5, 1.0, 0.01, 0.02)
    return CombinedQueue(512, 64, line, np.array([512.0]), np.array([1.0]), steps,
                         full_iteration_s=2e-3 + 4e-5 * 512 + 1e-5 * 64,
                         step_bins=np.array([steps]), step_prob=np.array([1.0]))


def test_law_by_hand():
    q = paper_queue()
    # idle: the lone decode step T(0, 1) = T0 + delta, no spread
    assert q.tpot_quantile_s(0.0, 90.0) == pytest.approx(2.01e-3, rel=1e-9)
    lam = 5.0
    a = 4e-5 * 512 + 1e-5 * 63                       # 0.02111 s per req/s
    den = 1 - lam * a                                # 0.89445
    t = 2e-3 / den                                   # T(lam) = 2.2360 ms
    t_c = 2e-3 + 4e-5 * 512 + 1e-5 * lam * 63 * t   # full-chunk iteration: 22.487 ms
    rho_p = lam * t_c                                # 0.11244: one chunk iteration per prompt
    w = lam * t_c ** 2 / (2 * (1 - rho_p))           # P-K mean wait, deterministic service: 1.4243 ms
    w_var = w ** 2 + lam * t_c ** 3 / (3 * (1 - rho_p))
    bs = lam * 512 * (w + t_c)                       # queued at the prefill's end: 61.21 tokens
    bs_var = lam * 512 ** 2 * (w + t_c) + (lam * 512) ** 2 * w_var
    tau = (2.01e-3 + 4e-5 * bs / 63) / den           # 2.2906 ms
    assert bs == pytest.approx(61.21, abs=0.01)
    assert tau == pytest.approx(2.2906e-3, rel=1e-4)
    var = 4e-5 ** 2 * (bs_var + lam * 512 ** 2 * 63 * tau) / (63 * den) ** 2
    tau_m, sd_m = q.tpot_moments_s(lam)
    assert float(tau_m[0]) == pytest.approx(tau, rel=1e-9) and float(sd_m[0]) == pytest.approx(math.sqrt(var), rel=1e-9)
    # the law: T(0, 1) plus a Gamma with mean tau - T(0, 1) and variance var, at its p90
    m = tau - 2.01e-3
    k, theta = m ** 2 / var, var / m
    assert q.tpot_quantile_s(lam, 90.0) == pytest.approx(2.01e-3 + theta * special.gammaincinv(k, 0.9), rel=1e-5)
    # below the Normal's p90 here (k = 0.71: most windows carry no prompt, a few carry one or more)
    assert k < 1.0 and q.tpot_quantile_s(lam, 90.0) < tau + Z90 * math.sqrt(var)
    # the ceiling: a full chunk at the load's decode steps plus the request's own (the slots admit
    # 64 / 64 prompts an iteration, more than the chunk's one), below T_full
    assert q.chunk_tokens_limit(np.array([63.0]))[0] == 512.0
    assert float(q.tpot_ceiling_s(lam)[0]) == pytest.approx(t_c + 1e-5) and float(q.tpot_ceiling_s(lam)[0]) < q.full_iteration_s
    # b = 8: the slots admit 8 / 64 prompts an iteration, 64 tokens, and a window of 63 iterations
    # at most 63 / 64 + 1 turnovers of them: 64 (1 + 64 / 63) = 129.0 tokens an iteration
    q8 = CombinedQueue(512, 8, q.line, q.new_tokens, q.prob, 63.0, q.full_iteration_s,
                       step_bins=np.array([63.0]), step_prob=np.array([1.0]))
    assert q8.chunk_tokens_limit(np.array([63.0]))[0] == pytest.approx(64 * (1 + 64 / 63))
    assert float(q8.tpot_ceiling_s(lam)[0]) == pytest.approx(2e-3 + 4e-5 * 64 * (1 + 64 / 63) + 1e-5 * (1 + lam * 63 * t))
    # the spread of the window's arrivals shrinks like 1 / sqrt(s): four times the steps, about half
    # the standard deviation (the backlog's share shrinks faster, like 1 / s)
    sd4 = float(paper_queue(4 * 63.0).tpot_moments_s(lam)[1][0])
    assert sd4 < 0.55 * float(sd_m[0])


def test_one_token_requests_have_no_tpot():
    q = paper_queue()
    mixed = CombinedQueue(q.chunk_tokens, q.batch, q.line, q.new_tokens, q.prob, 31.5, q.full_iteration_s,
                          step_bins=np.array([0.0, 63.0]), step_prob=np.array([0.5, 0.5]))
    # the law holds only the requests with s >= 1; their TPOT moments are the 63-step ones
    tau, sd = mixed.tpot_moments_s(5.0)
    assert tau.shape == (1,)
    ones = CombinedQueue(q.chunk_tokens, q.batch, q.line, q.new_tokens, q.prob, 0.0, q.full_iteration_s,
                         step_bins=np.array([0.0]), step_prob=np.array([1.0]))
    assert ones.tpot_cdf(5.0)[0](0.0) == 1.0


@pytest.mark.parametrize("chunk, steps", [(512, 63.0), (256, 15.0), (1024, 255.0)])
def test_quantile_increases_with_the_load(chunk, steps):
    q = paper_queue(steps)
    q = CombinedQueue(chunk, 64, q.line, np.array([256.0, 1024.0, 3072.0]), np.array([0.3, 0.4, 0.3]), steps,
                      q.full_iteration_s, step_bins=np.array([steps / 4, steps, 4 * steps]),
                      step_prob=np.array([0.3, 0.4, 0.3]))
    mu = q.capacity_req_per_s
    qs = [q.tpot_quantile_s(r * mu, 90.0) for r in np.linspace(0.0, 0.995, 200)]
    assert all(b >= a * (1 - 1e-9) for a, b in zip(qs, qs[1:], strict=False))
    assert qs[0] == pytest.approx(2.01e-3) and qs[-1] <= q.full_iteration_s
    assert math.isinf(q.tpot_quantile_s(mu, 90.0))


def test_cap_search_finds_the_load_at_the_target():
    q = paper_queue()
    mu = q.capacity_req_per_s
    target_ms = 1e3 * q.tpot_quantile_s(0.6 * mu, 90.0)
    cap = latency_cap(lambda r: q.tpot_meets(r * mu, target_ms * (1 + 1e-6), 90.0), 1.0)
    assert cap == pytest.approx(0.6, abs=2 * LATENCY_CAP_TOL)


TIGHT = {"serving": {"chunked_prefill": {"chunk_tokens": [512]}}, "workload.targets.tpot_ms": 10.0}


def test_tables_cap_combined_points_by_the_law():
    """TPOT target 10 ms, below T_full (about 26 ms for C = 512): the old bound left no combined
    point; the law caps them where its quantile (or the TTFT's) reaches the target."""
    p = problem(**TIGHT)
    t = build_tables(p)
    pts = [o for o in t.points.values() if o.role == "combined" and o.rho_cap > 0]
    assert pts and all(1e3 * o.combined_queue.full_iteration_s > 10.0 for o in pts)
    wl = p.instance.workload
    for o in pts:
        q, mu = o.combined_queue, o.capacity_req_per_s
        assert q.meets(o.rho_cap * mu, wl.targets.ttft_ms, 10.0, 90.0)
        assert o.cap_at_targets(wl.targets.ttft_ms, 10.0, 90.0, p.instance.search.max_utilisation) >= o.rho_cap - 1e-12
    top = max(pts, key=lambda o: o.rho_cap)
    q, mu = top.combined_queue, top.capacity_req_per_s
    if top.rho_cap < p.instance.search.max_utilisation - 1e-3 and q.ttft_meets((top.rho_cap + 0.01) * mu,
                                                                             wl.targets.ttft_ms, 90.0):
        assert not q.tpot_meets((top.rho_cap + 0.01) * mu, 10.0, 90.0)


def test_milp_chooses_combined_at_a_tight_tpot_and_the_evaluator_agrees():
    p = problem(**TIGHT)
    out = solve(p, SolveOptions.from_problem(p))
    assert out.status == Status.OPTIMAL
    design = design_of(out)
    assert any(i.role == "combined" for i in design.instances)
    ev = evaluate_design(p, design, seed=1, num_requests=5000).evaluated
    lo, hi = ev["tpot_ci_ms"]
    assert math.isfinite(lo) and math.isfinite(hi)
    assert stated_bound("tpot_ms", True).holds(out.predicted["tpot_ms"], ev["tpot_ms"], [lo, hi]), (
        out.predicted["tpot_ms"], ev["tpot_ms"], lo, hi)
    assert ev["tpot_ms"] <= 10.0 * 1.1


def test_request_bins_keep_the_joint_lengths_and_bin_a_long_histogram():
    from lamoopt.formulation.combined import STEP_SUBBINS, request_bins
    from lamoopt.formulation.configs import MAX_LENGTH_BINS
    short = problem(**{"workload.lengths": {"histogram": [
        {"input_tokens": 256, "output_tokens": 1, "weight": 0.5}, {"input_tokens": 1024, "output_tokens": 65, "weight": 0.5}]}})
    n, s, p = request_bins(short)
    assert n.tolist() == [256.0, 1024.0] and s.tolist() == [0.0, 64.0] and p.tolist() == [0.5, 0.5]
    rng = np.random.default_rng(0)
    rows = [{"input_tokens": int(i), "output_tokens": int(o), "weight": 1.0}
            for i, o in zip(rng.integers(64, 4096, 300), rng.integers(1, 600, 300), strict=True)]
    n, s, p = request_bins(problem(**{"workload.lengths": {"histogram": rows}}))
    assert len(p) <= 2 * MAX_LENGTH_BINS * STEP_SUBBINS and p.sum() == pytest.approx(1.0)
    L = problem(**{"workload.lengths": {"histogram": rows}}).lengths
    assert float(np.dot(p, n)) == pytest.approx(L.mean_input_tokens)     # bin means keep the mean prompt
    steps = L.output_tokens - 1.0
    keep = steps >= 1
    # the harmonic mean of s over the requests with a TPOT is kept
    assert float(p[s >= 1].sum() / np.dot(p[s >= 1], 1 / s[s >= 1])) == pytest.approx(
        float(L.probability[keep].sum() / np.dot(L.probability[keep], 1 / steps[keep])))
