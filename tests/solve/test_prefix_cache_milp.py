"""The MILP with a prefix-cache hit rate (workload.prefix_cache_hit_rate): its prefill tables
use the shared cost model's cached passes, it solves, and the evaluator's re-check of its design
is within the stated error bounds (formulation.error_bounds, formulations/lamoopt_milp.md s. 8)."""

from __future__ import annotations

import math

import pytest

from lamoopt.costmodel.passes import ForwardPass
from lamoopt.evaluate.evaluator import evaluate_design
from lamoopt.evaluate.timing import InstanceTimer
from lamoopt.formulation.error_bounds import STATED_BOUNDS
from lamoopt.formulation.tables import build_tables
from lamoopt.solve.highs import Status
from lamoopt.solve.run import SolveOptions, design_of, solve
from tests.solve.test_milp import problem

H = 0.5
CHANGES = {"workload.arrival_rate_req_per_s": 4.0, "workload.targets.ttft_ms": 400.0}


def test_prefill_points_gain_capacity_with_the_hit_rate():
    """Every prefill class serves more with half of each prompt cached (the linear layers run on
    half the tokens); decode points are unchanged (the KV held and moved is the whole prompt's)."""
    cold = build_tables(problem(**CHANGES))
    warm = build_tables(problem(**CHANGES, **{"workload.prefix_cache_hit_rate": H}))
    for key, op in warm.points.items():
        if op.role == "decode":
            assert key in cold.points and cold.points[key].capacity_req_per_s == op.capacity_req_per_s
        elif key in cold.points:
            assert op.capacity_req_per_s > 1.6 * cold.points[key].capacity_req_per_s
    assert warm.kv_bytes_per_req == cold.kv_bytes_per_req


def test_milp_with_hit_rate_solves_and_the_evaluator_agrees():
    p = problem(**CHANGES, **{"workload.prefix_cache_hit_rate": H})
    out = solve(p, SolveOptions.from_problem(p))
    assert out.status == Status.OPTIMAL
    design = design_of(out)
    pre = design.by_role("prefill")[0]
    # the MILP's prefill stage times are the evaluator's cached pass (up to the refresh derating)
    op = next(o for o in out.choice.counts if out.tables.points[o].role == "prefill")
    timer = InstanceTimer(p, design, pre)
    s = p.lengths.mean_input_tokens
    eval_ms = 1e3 * float(timer.pass_work(ForwardPass.prefill([s], H)).time_s.max())
    assert out.tables.points[op].stage_time_ms[0] == pytest.approx(eval_ms, rel=0.05)
    ev = evaluate_design(p, design, seed=1, num_requests=3000).evaluated
    pred = out.predicted
    for m in ("power_W", "throughput_tokens_per_s", "peak_temperature_C"):
        assert STATED_BOUNDS[m].holds(pred[m], ev[m]), (m, pred[m], ev[m])
    for m in ("ttft_ms", "tpot_ms"):
        lo, hi = ev[m.replace("_ms", "_ci_ms")]
        if math.isfinite(lo) and math.isfinite(hi):
            assert STATED_BOUNDS[m].holds(pred[m], ev[m], [lo, hi]), (m, pred[m], lo, hi)
