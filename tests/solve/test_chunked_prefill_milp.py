"""The MILP with combined (chunked-prefill) instances (serving.chunked_prefill): the queue model
against hand-computed numbers, the tables against the shared cost model, the MILP against the
enumerator, the default unchanged, and the evaluator's re-check within the stated bounds
(formulation.error_bounds, formulations/lamoopt_milp.md sections 1 and 8)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lamoopt.costmodel.passes import ForwardPass
from lamoopt.evaluate.evaluator import evaluate_design
from lamoopt.evaluate.timing import InstanceTimer
from lamoopt.formulation.combined import chunk_segments
from lamoopt.formulation.combined_queue import CombinedQueue, IterationLine
from lamoopt.formulation.error_bounds import stated_bound
from lamoopt.formulation.tables import build_tables
from lamoopt.instance.errors import InputError
from lamoopt.instance.load import parse_instance
from lamoopt.solve.highs import Status
from lamoopt.solve.run import SolveOptions, design_of, solve, solve_milp
from tests.small import small
from tests.solve.test_milp import TINY, problem

CHUNKED = {"serving": {"chunked_prefill": {"chunk_tokens": [512]}}}


def hand_queue(batch: int = 16) -> CombinedQueue:
    """T(c, k) = 2 ms + 0.04 ms c + 0.01 ms k; E(c, k) = 1 J + 0.01 J c + 0.02 J k; prompts of 1024
    and 3072 new tokens (1/2 each), chunk 512, 63 decode steps."""
    line = IterationLine(2e-3, 4e-5, 1e-5, 1.0, 0.01, 0.02)
    return CombinedQueue(512, batch, line, np.array([1024.0, 3072.0]), np.array([0.5, 0.5]), 63.0,
                         full_iteration_s=2e-3 + 4e-5 * 512 + 1e-5 * batch)


def test_schema_reads_one_chunk_size_and_names_a_bad_one():
    inst = parse_instance(small(**{"serving": {"chunked_prefill": {"chunk_tokens": 256}}}))
    assert inst.serving.chunked_prefill is not None and inst.serving.chunked_prefill.chunk_tokens == [256]
    assert parse_instance(small()).serving.chunked_prefill is None
    with pytest.raises(InputError, match="chunk_tokens"):
        parse_instance(small(**{"serving": {"chunked_prefill": {"chunk_tokens": [0]}}}))


def test_queue_model_by_hand():
    q = hand_queue()
    # a = alpha n + delta s = 4e-5 * 2048 + 1e-5 * 63
    a = 4e-5 * 2048 + 1e-5 * 63
    assert q.load_s_per_req == pytest.approx(a)
    # prefill iterations p = E[ceil(n / 512)] = (2 + 6) / 2 = 4; y = min(512 / 2048, 16 / (63 + 4))
    y = min(512 / 2048, 16 / 67)
    assert q.capacity_req_per_s == pytest.approx(y / (2e-3 + a * y))
    assert float(q.iteration_s(5.0)) == pytest.approx(2e-3 / (1 - 5.0 * a))
    # TPOT: a law below T(C, b) = T_full (tests/solve/test_combined_tpot_law.py has it by hand)
    F, _, hi = q.tpot_cdf(3.0)
    full = 2e-3 + 4e-5 * 512 + 1e-5 * 16
    assert hi <= full and F(hi) == 1.0 and F(full) == 1.0 and q.tpot_quantile_s(3.0, 90.0) < full
    # TTFT service: ceil(n / C) chunk iterations of T_C(lam) = T0 + alpha C + delta k(lam)
    lam = 5.0
    k = lam * 63 * float(q.iteration_s(lam))
    t_c = 2e-3 + 4e-5 * 512 + 1e-5 * k
    pq = q.prefill_queue(lam)
    assert pq.service_s == pytest.approx([2 * t_c, 6 * t_c])
    assert pq.latency_s == pytest.approx([2 * t_c + 0.5 * float(q.iteration_s(lam))] * 1 + [6 * t_c + 0.5 * float(q.iteration_s(lam))])
    # power: u E_w / T_u + lam e with e = 0.01 J x 2048 + 0.02 J x 63, u the busy fraction's fixed point
    u, t_u = q.busy(np.array([lam]))
    assert float(t_u[0]) == pytest.approx(2e-3 / (1 - lam * a / float(u[0])))
    assert float(u[0]) == pytest.approx(1 - math.exp(-lam * 67 * float(t_u[0])), rel=1e-9)
    e = 0.01 * 2048 + 0.02 * 63
    assert float(q.dynamic_W_at(np.array([lam]))[0]) == pytest.approx(float(u[0]) * 1.0 / float(t_u[0]) + lam * e)
    # the slot rule: with one slot, P(full) = 1 - exp(-m), m = lam (s + p) T_u
    q1 = hand_queue(batch=1)
    u1, t1 = q1.busy(np.array([0.5]))
    assert q1.slots_full_probability(0.5) == pytest.approx(1 - math.exp(-0.5 * 67 * float(t1[0])))


def test_iteration_line_is_the_secant_plane_of_the_cost():
    def cost(c: int, k: int) -> tuple[float, float]:
        return 1.0 + 0.5 * c + 0.25 * k + 1e-3 * c * k, 2.0 + c + 3.0 * k
    line = IterationLine.fit(cost, 8, 4)
    # decode slope from k = 1 to 4, chunk slope at k = 4, intercept through T(0, 1)
    assert line.per_decode_step_s == pytest.approx(0.25)
    assert line.per_chunk_token_s == pytest.approx(0.5 + 4e-3)
    assert line.zero_s == pytest.approx(1.0) and line.zero_J == pytest.approx(2.0)
    assert line.per_chunk_token_J == pytest.approx(1.0) and line.per_decode_step_J == pytest.approx(3.0)


def test_chunk_segments():
    assert chunk_segments(512, 1024, 1024) == ([1024.0], [512.0])
    assert chunk_segments(1536, 1024, 1024) == ([1024.0, 1024.0], [0.0, 512.0])


def test_tables_cost_the_evaluators_iteration():
    """The TPOT bound is the evaluator's time of a full chunk (at the end of the longest prompt
    bin) with b decode steps at the mean context (up to the refresh derating at the DRAM limit)."""
    p = problem(**CHUNKED)
    t = build_tables(p)
    combined = [o for o in t.points.values() if o.role == "combined"]
    assert combined and all(o.chunk_tokens == 512 and o.serves("prefill") and o.serves("decode") and not o.sends_kv
                            for o in combined)
    op = combined[0]
    q = op.combined_queue
    out = solve(p, SolveOptions.from_problem(p))
    design = design_of(out)
    inst = next(i for i in design.instances if i.role == "combined") if any(
        i.role == "combined" for i in design.instances) else None
    if inst is None:
        pytest.skip("the optimum has no combined instance")
    opd = next(o for o in out.choice.counts if out.tables.points[o].role == "combined")
    qd = out.tables.points[opd].combined_queue
    L = p.lengths
    s = float(L.input_tokens.max())
    ctx = L.mean_input_tokens + L.mean_output_tokens / 2.0
    fp = ForwardPass.chunked([s], [s - 512], [ctx] * inst.batch)
    eval_s = float(InstanceTimer(p, design, inst).pass_work(fp).time_s.max())
    assert qd.full_iteration_s == pytest.approx(eval_s, rel=0.05)
    assert q.capacity_req_per_s > 0


def test_default_off_leaves_the_tables_unchanged():
    off = build_tables(problem())
    explicit = build_tables(problem(**{"serving": {"chunked_prefill": None}}))
    assert sorted(off.points) == sorted(explicit.points)
    assert not any(o.role == "combined" for o in off.points.values())
    on = build_tables(problem(**CHUNKED))
    for k, o in off.points.items():
        assert on.points[k].rho_cap == o.rho_cap and on.points[k].dyn_J_per_req == o.dyn_J_per_req


@pytest.mark.parametrize("extra", [{}, {"objective.rate": "saturated"}, {"objective.kind": "min_power"}])
def test_milp_with_combined_points_equals_enumeration(extra):
    p = problem(**{**TINY, **CHUNKED, **extra})
    assert any(o.role == "combined" for o in build_tables(p).points.values())
    a = solve_milp(p, SolveOptions.from_problem(p))
    b = solve(p, SolveOptions.from_problem(p), method="enumerate")
    assert a.status == b.status == Status.OPTIMAL
    assert a.objective == pytest.approx(b.objective, rel=1e-6)


def test_milp_with_chunked_prefill_solves_and_the_evaluator_agrees():
    p = problem(**CHUNKED)
    out = solve(p, SolveOptions.from_problem(p))
    assert out.status == Status.OPTIMAL
    off = solve(problem(), SolveOptions.from_problem(problem()))
    assert out.objective >= off.objective * (1 - 1e-9)      # a superset of the design space
    design = design_of(out)
    assert any(i.role == "combined" and i.chunk_tokens == 512 for i in design.instances)
    ev = evaluate_design(p, design, seed=1, num_requests=3000).evaluated
    pred = out.predicted
    for m in ("power_W", "throughput_tokens_per_s", "peak_temperature_C"):
        assert stated_bound(m, True).holds(pred[m], ev[m]), (m, pred[m], ev[m])
    for m in ("ttft_ms", "tpot_ms"):
        lo, hi = ev[m.replace("_ms", "_ci_ms")]
        if math.isfinite(lo) and math.isfinite(hi):
            assert stated_bound(m, True).holds(pred[m], ev[m], [lo, hi]), (m, pred[m], lo, hi)
