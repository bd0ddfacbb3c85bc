"""The serving simulation: queueing theory, conservation, determinism, KV capacity."""

import math

import numpy as np
import pandas as pd
import pytest
from evalkit import instance, make_design, make_problem, timers_for, tiny_chiplet

from lamoopt.costmodel.memory import stage_weight_bytes_per_chiplet
from lamoopt.evaluate.serving import CapacityError, simulate
from lamoopt.evaluate.timing import InstanceTimer

STAMPS = ["arrival_s", "prefill_start_s", "prefill_end_s", "kv_transfer_end_s", "decode_start_s", "finish_s"]
LAYERS_8B = 32


def single_design(decode_batch=8, decode_chiplet="DC"):
    return make_design(instance("p", "prefill", "PC", 1, 1, LAYERS_8B, [[0, 0]]),
                       instance("d", "decode", decode_chiplet, 1, 1, LAYERS_8B, [[0, 1]], batch=decode_batch))


def check_invariants(result, n):
    r = result.requests
    assert len(r) == n and r.request.is_unique and set(r.request) == set(range(n))
    assert r[STAMPS].notna().all().all(), "a request never finished (lost)"
    for a, b in zip(STAMPS, STAMPS[1:]):
        assert (r[a] <= r[b] + 1e-12).all(), f"{a} after {b}"
    assert result.metrics(_Targets())["requests_completed"] == n


class _Targets:
    ttft_ms, tpot_ms, percentile = 1000.0, 100.0, 90.0


# ----------------------------------------------------------------------------- M/D/1 and Little
RHO, N_MD1 = 0.2, 20_000


@pytest.fixture(scope="module")
def md1_run():
    """One prefill instance of batch 1 with deterministic prompts: an M/D/1 queue."""
    design = single_design()
    probe = make_problem(rate=1.0, input_tokens=512, output_tokens=2)
    D = float(InstanceTimer(probe, design, design.instances[0]).prefill_stage_times_s([512])[0])
    problem = make_problem(rate=RHO / D, input_tokens=512, output_tokens=2)
    return problem, D, simulate(problem, design, timers_for(problem, design), seed=1, num_requests=N_MD1)


def test_prefill_wait_matches_md1(md1_run):
    problem, D, res = md1_run
    wait = (res.requests.prefill_start_s - res.requests.arrival_s).to_numpy()
    expected = RHO / (2 * (1 / D) * (1 - RHO))
    # tolerance: 4 standard errors of the sample mean, inflated by sqrt((1+rho)/(1-rho)) for the
    # positive correlation of successive waits (AR(1)-like); ~10% here, never above 15%
    tol = 4 * wait.std() / math.sqrt(len(wait)) * math.sqrt((1 + RHO) / (1 - RHO)) / expected
    assert tol < 0.15
    assert wait.mean() == pytest.approx(expected, rel=tol)


def test_littles_law(md1_run):
    problem, _, res = md1_run
    e2e_mean = res.requests.e2e_s.mean()
    assert res.mean_in_system == pytest.approx(problem.rate_req_per_s * e2e_mean, rel=0.03)


def test_md1_run_conserves_requests(md1_run):
    check_invariants(md1_run[2], N_MD1)


# ----------------------------------------------------------------------------- a busy mixed design
HIST = [dict(input_tokens=128, output_tokens=1, weight=1), dict(input_tokens=700, output_tokens=40, weight=2),
        dict(input_tokens=2000, output_tokens=12, weight=1), dict(input_tokens=64, output_tokens=90, weight=1)]


def mixed_design():
    """Two prefill (pp 2 batch 2; tp 2) and two decode instances (tp 2 pp 2; tp 1), unequal rates."""
    return make_design(
        instance("p-a", "prefill", "PC", 1, 2, LAYERS_8B, [[0, 0], [0, 1]], batch=2, rate=3.0),
        instance("p-b", "prefill", "PC", 2, 1, LAYERS_8B, [[1, 0], [1, 1]], batch=1, rate=1.0),
        instance("d-a", "decode", "DC", 2, 2, LAYERS_8B, [[0, 2], [1, 2], [2, 2], [2, 1]], batch=16, rate=1.0),
        instance("d-b", "decode", "DC", 1, 1, LAYERS_8B, [[2, 0]], batch=4, rate=1.0))


@pytest.fixture(scope="module")
def mixed():
    problem = make_problem(rate=25.0, histogram=HIST)
    design = mixed_design()
    timers = timers_for(problem, design)
    return problem, design, timers, simulate(problem, design, timers, seed=3, num_requests=1500, record_passes=True)


def test_mixed_design_conserves_requests_and_orders_timestamps(mixed):
    check_invariants(mixed[3], 1500)


def test_routing_follows_the_instance_rates(mixed):
    r = mixed[3].requests
    share_a = (r.prefill_instance == "p-a").mean()
    assert share_a == pytest.approx(0.75, abs=4 * math.sqrt(0.75 * 0.25 / len(r)))
    assert set(r.decode_instance[r.output_tokens > 1]) == {"d-a", "d-b"}
    assert (r.decode_instance[r.output_tokens == 1] == "").all()


def test_tpot_is_nan_only_for_single_token_outputs(mixed):
    r = mixed[3].requests
    assert r.tpot_s.isna().equals(r.output_tokens == 1)
    one = r[r.output_tokens == 1]
    assert (one.finish_s == one.prefill_end_s).all()


def test_metrics_are_complete_and_consistent(mixed):
    problem, _, _, res = mixed
    m = res.metrics(problem.instance.workload.targets)
    keys = {"throughput_tokens_per_s", "throughput_req_per_s", "ttft_ms", "tpot_ms", "e2e_mean_ms",
            "goodput", "preemptions", "requests_completed"}
    keys |= {f"{k}_p{p}_ms" for k in ("ttft", "tpot", "e2e") for p in (50, 90, 99)}
    assert keys <= set(m)
    r = res.requests
    # the steady window [first arrival after the warm-up tenth, last arrival]; a request's first
    # token counts at its first-token time, the rest evenly over (first token, finish]
    t0, t1 = r.arrival_s.iloc[len(r) // 10], r.arrival_s.max()
    tokens = 0.0
    for a, b, n in zip(r.prefill_end_s, r.finish_s, r.output_tokens):
        tokens += 1.0 if t0 <= a <= t1 else 0.0
        if b > a:
            tokens += (n - 1) * max(0.0, min(b, t1) - max(a, t0)) / (b - a)
    assert m["throughput_tokens_per_s"] == pytest.approx(tokens / (t1 - t0))
    # the fixture keeps up with its offered load: the window measures it
    assert m["keep_up"]["kept_up"]
    assert m["throughput_req_per_s"] == pytest.approx(res.offered_rate_req_per_s, rel=0.1)
    assert m["ttft_ms"] == pytest.approx(m["ttft_p90_ms"])
    assert m["ttft_p50_ms"] <= m["ttft_p90_ms"] <= m["ttft_p99_ms"]
    assert 0.0 <= m["goodput"] <= 1.0
    tight = type("T", (), dict(ttft_ms=1e-9, tpot_ms=1e-9, percentile=50.0))
    assert res.metrics(tight)["goodput"] == 0.0


def test_busy_time_equals_the_passes_logged(mixed):
    _, design, timers, res = mixed
    for inst in design.instances:
        t = timers[inst.id]
        phase = inst.role
        passes = [e[2] for e in res.log if e[0] == phase and e[1] == inst.id]
        assert len(passes) == res.passes[inst.id]
        work = [t.prefill_stage_times_s(x) if phase == "prefill" else t.decode_stage_times_s(x) for x in passes]
        np.testing.assert_allclose(res.busy_time_s[inst.id], np.sum(work, axis=0), rtol=1e-9)
        # a server is never busy for longer than the run
        assert (res.busy_time_s[inst.id] <= res.makespan_s + 1e-9).all()


def test_decode_tokens_are_conserved(mixed):
    """Every generated token beyond the first is one request-slot in one decode pass."""
    res = mixed[3]
    r = res.requests
    logged = sum(len(e[2]) for e in res.log if e[0] == "decode")
    assert logged == int((r.output_tokens - 1).sum())  # no preemption wastes a pass here
    assert r.preemptions.sum() == 0


def test_deterministic_for_a_seed():
    problem = make_problem(rate=25.0, histogram=HIST)
    design = mixed_design()
    timers = timers_for(problem, design)
    a = simulate(problem, design, timers, seed=11, num_requests=300).requests
    b = simulate(problem, design, timers, seed=11, num_requests=300).requests
    c = simulate(problem, design, timers, seed=12, num_requests=300).requests
    pd.testing.assert_frame_equal(a, b)
    assert not a.arrival_s.equals(c.arrival_s)


# ----------------------------------------------------------------------------- pipelining
def test_prefill_pipeline_overlaps_stages():
    problem = make_problem(rate=1e6, input_tokens=1024, output_tokens=2)  # all arrive at once
    design = make_design(instance("p", "prefill", "PC", 1, 2, LAYERS_8B, [[0, 0], [0, 1]]),
                         instance("d", "decode", "DC", 1, 1, LAYERS_8B, [[1, 1]], batch=64))
    timers = timers_for(problem, design)
    stages = timers["p"].prefill_stage_times_s([1024])
    r = simulate(problem, design, timers, seed=0, num_requests=50).requests.sort_values("prefill_end_s")
    assert r.prefill_end_s.iloc[0] - r.prefill_start_s.iloc[0] == pytest.approx(stages.sum())
    gaps = np.diff(r.prefill_end_s.to_numpy())
    np.testing.assert_allclose(gaps, stages.max(), rtol=1e-6)  # throughput set by the slowest stage


def test_prefill_batches_up_to_batch_prompts():
    problem = make_problem(rate=1e6, input_tokens=256, output_tokens=2)
    design = make_design(instance("p", "prefill", "PC", 1, 1, LAYERS_8B, [[0, 0]], batch=4),
                         instance("d", "decode", "DC", 1, 1, LAYERS_8B, [[1, 1]], batch=64))
    res = simulate(problem, design, timers_for(problem, design), seed=0, num_requests=40, record_passes=True)
    sizes = [len(e[2]) for e in res.log if e[0] == "prefill"]
    assert max(sizes) == 4 and sum(sizes) == 40


# ----------------------------------------------------------------------------- KV capacity
def tiny_problem(kv_tokens, rate=50.0, input_tokens=128, output_tokens=200):
    probe = make_problem()
    a = probe.arch
    w = stage_weight_bytes_per_chiplet(a, a.num_layers, 1, True, True)
    return make_problem(rate=rate, input_tokens=input_tokens, output_tokens=output_tokens,
                        extra_chiplets=[tiny_chiplet(w, kv_tokens, a.kv_bytes_per_token)])


def test_decode_never_exceeds_kv_capacity_and_preempts_when_tiny():
    problem = tiny_problem(kv_tokens=700)
    design = single_design(decode_batch=8, decode_chiplet="TINY")
    timers = timers_for(problem, design)
    assert timers["d"].kv_capacity_tokens == 700
    res = simulate(problem, design, timers, seed=0, num_requests=60, record_passes=True)
    check_invariants(res, 60)
    assert 0 < res.peak_kv_tokens["d"] <= res.kv_capacity_tokens["d"]
    assert res.kv_peak_bytes_per_chiplet("d") <= 700 * problem.arch.kv_bytes_per_token
    r = res.requests
    assert r.preemptions.sum() > 0
    assert res.metrics(_Targets())["preemptions"] == r.preemptions.sum()
    # every preemption re-sends the KV: more bytes than the prompts alone
    prompts_bytes = r.input_tokens.sum() * problem.arch.kv_bytes_per_token
    assert sum(res.kv_bytes.values()) > prompts_bytes
    # and no request ever held more tokens than it should: each decode pass has contexts
    # between prompt+1 and prompt+output-1
    ctx = np.concatenate([e[2] for e in res.log if e[0] == "decode"])
    assert ctx.min() >= 129 and ctx.max() <= 128 + 199


def test_ample_capacity_has_no_preemption():
    problem = tiny_problem(kv_tokens=100_000)
    design = single_design(decode_batch=8, decode_chiplet="TINY")
    res = simulate(problem, design, timers_for(problem, design), seed=0, num_requests=60)
    assert res.requests.preemptions.sum() == 0


def test_a_request_that_can_never_fit_raises():
    problem = tiny_problem(kv_tokens=100, input_tokens=500)
    design = single_design(decode_chiplet="TINY")
    with pytest.raises(CapacityError):
        simulate(problem, design, timers_for(problem, design), seed=0, num_requests=5)


# ----------------------------------------------------------------------------- arrivals
def test_trace_timestamps_and_lengths_are_used_in_order(tmp_path):
    csv = tmp_path / "trace.csv"
    csv.write_text("TIMESTAMP,ContextTokens,GeneratedTokens\n0.0,100,3\n0.5,200,4\n2.0,300,5\n")
    from lamoopt.instance.load import resolve
    problem = make_problem(trace_csv=csv)
    problem = resolve(problem.instance, base_dir=tmp_path)
    design = single_design()
    res = simulate(problem, design, timers_for(problem, design), seed=0, num_requests=6)
    r = res.requests
    np.testing.assert_allclose(r.arrival_s[:3], [0.0, 0.5, 2.0])
    np.testing.assert_allclose(r.arrival_s[3:], np.array([0.0, 0.5, 2.0]) + 3.0)  # span + mean gap
    assert list(r.input_tokens) == [100, 200, 300] * 2 and list(r.output_tokens) == [3, 4, 5] * 2
    assert len(simulate(problem, design, timers_for(problem, design)).requests) == 3


def test_poisson_arrival_rate():
    problem = make_problem(rate=7.0)
    design = single_design()
    res = simulate(problem, design, timers_for(problem, design), seed=5, num_requests=4000)
    gaps = np.diff(res.requests.arrival_s.to_numpy())
    assert 1 / gaps.mean() == pytest.approx(7.0, rel=4 / math.sqrt(len(gaps)))


def test_progress_bar_on_stderr(capsys):
    problem = make_problem(rate=5.0)
    design = single_design()
    simulate(problem, design, timers_for(problem, design), seed=0, num_requests=20, progress=True)
    err = capsys.readouterr().err
    assert "100.0%" in err and "20/20" in err


def test_decode_micro_batches_respect_the_batch_cap(mixed):
    res = mixed[3]
    sizes = {iid: max(len(e[2]) for e in res.log if e[0] == "decode" and e[1] == iid) for iid in ("d-a", "d-b")}
    assert sizes["d-a"] <= 16 // 2  # pp 2: two micro-batches share the cap of 16
    assert sizes["d-b"] <= 4
    assert sizes["d-a"] > 1  # the load does batch


def test_kv_transfers_into_one_decode_instance_queue_on_its_ingress():
    problem = make_problem(rate=1e6, input_tokens=1500, output_tokens=3)
    design = make_design(instance("p", "prefill", "PC", 1, 1, LAYERS_8B, [[0, 0]], batch=4),
                         instance("d", "decode", "DC", 1, 1, LAYERS_8B, [[2, 2]], batch=64))
    res = simulate(problem, design, timers_for(problem, design), seed=0, num_requests=5)
    r = res.requests.sort_values("kv_transfer_end_s")
    # the first arrival finds the instance idle and runs alone; the next 4 form one batch
    second = r[r.prefill_end_s == r.prefill_end_s.max()]
    assert len(second) == 4
    plan = res.kv_plans[("p", "d")]
    one = float(plan.time_s(1500 * problem.arch.kv_bytes_per_token, 200e9, 5e-9))
    np.testing.assert_allclose(second.kv_transfer_end_s - second.prefill_end_s, one * np.arange(1, 5), rtol=1e-9)
