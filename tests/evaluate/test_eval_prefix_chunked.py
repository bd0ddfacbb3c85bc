"""The evaluator simulates the prefix cache (workload.prefix_cache_hit_rate) and combined
chunked-prefill instances (design role 'combined'), against hand-computed timelines."""

from __future__ import annotations

import pytest
from evalkit import instance, make_design, make_problem, timers_for

from lamoopt.costmodel.passes import ForwardPass
from lamoopt.evaluate.serving import simulate
from lamoopt.instance.load import Problem

TARGETS = dict(ttft_ms=5000.0, tpot_ms=200.0, percentile=90.0)


def _with_hit_rate(prob: Problem, h: float) -> Problem:
    wl = prob.instance.workload.model_copy(update={"prefix_cache_hit_rate": h})
    inst = prob.instance.model_copy(update={"workload": wl})
    return Problem(inst, prob.arch, prob.lengths, prob.chiplets, prob.source)


def test_ttft_falls_with_the_hit_rate_and_the_kv_moved_does_not():
    """A PC prefill + DC decode pair at 2 req/s, 2048-token prompts: each request's TTFT falls
    with h; a lone request's TTFT is its prefill pass with the cached prefix skipped, by hand
    from the timer (h = 0.5: 1024 cached tokens); the KV sent to decode stays the whole prompt's."""
    base = make_problem("Llama-3-8B", rate=2.0, input_tokens=2048, output_tokens=4, num_requests=300,
                        targets=TARGETS)
    design = make_design(instance("p", "prefill", "PC", 1, 1, 32, [[0, 0]]),
                         instance("d", "decode", "DC", 1, 1, 32, [[0, 1]], batch=8))
    ttft, kv = {}, {}
    for h in (0.0, 0.5, 0.9):
        prob = _with_hit_rate(base, h)
        timers = timers_for(prob, design)
        res = simulate(prob, design, timers, seed=3)
        ttft[h] = res.metrics(prob.instance.workload.targets)["ttft_p50_ms"]
        kv[h] = sum(res.kv_bytes.values())
        first = res.requests.iloc[0]           # the first request finds the instance idle
        cached = {0.0: None, 0.5: [1024], 0.9: [1843]}[h]
        assert first.ttft_s == pytest.approx(float(timers["p"].prefill_stage_times_s([2048], cached).sum()),
                                             rel=1e-12)
    assert ttft[0.0] > ttft[0.5] > ttft[0.9]
    assert kv[0.0] == kv[0.5] == kv[0.9] > 0


def _trace(tmp_path, rows):
    path = tmp_path / "trace.csv"
    path.write_text("TIMESTAMP,ContextTokens,GeneratedTokens\n" + "".join(f"{t},{s},{o}\n" for t, s, o in rows))
    return path


def test_chunked_instance_timeline_by_hand(tmp_path):
    """Chunk 256, request A (256-token prompt, 5 tokens) at t = 0, B (512, 2) at t = 1e-4 s.
    Iterations: 1 A's prompt alone; 2 B's first chunk + A's decode (context 257); 3 B's second
    chunk (past 256) + A (258); 4 A (259) + B (513) decode; 5 A (260) alone. So A's TTFT = t1
    and its TPOT = (t2 + t3 + t4 + t5) / 4, which includes B's prefill chunks; B's TTFT =
    t1 + t2 + t3 - 1e-4 and its TPOT = t4."""
    prob = make_problem("Llama-3-8B", trace_csv=_trace(tmp_path, [(0.0, 256, 5), (1e-4, 512, 2)]),
                        targets=TARGETS)
    design = make_design(instance("c", "combined", "PC", 1, 1, 32, [[0, 0]], batch=4, chunk_tokens=256))
    timers = timers_for(prob, design)
    res = simulate(prob, design, timers, record_passes=True)

    def t(ends, pasts, contexts):
        return float(timers["c"].pass_work(ForwardPass.chunked(ends, pasts, contexts)).time_s[0])
    t1, t2, t3 = t([256], [0], []), t([256], [0], [257]), t([512], [256], [258])
    t4, t5 = t([], [], [259, 513]), t([], [], [260])
    a, b = res.requests.iloc[0], res.requests.iloc[1]
    assert a.ttft_s == pytest.approx(t1, rel=1e-12)
    assert a.tpot_s == pytest.approx((t2 + t3 + t4 + t5) / 4, rel=1e-12)
    assert b.ttft_s == pytest.approx(t1 + t2 + t3 - 1e-4, rel=1e-9)
    assert b.tpot_s == pytest.approx(t4, rel=1e-12)
    # piggybacking makes A's decode iterations slower than decode alone
    assert t2 > t([], [], [257]) and t3 > t([], [], [258])
    assert res.passes["c"] == 5 and res.requests.decode_instance.tolist() == ["c", "c"]
    assert (res.requests.preemptions == 0).all() and sum(res.kv_bytes.values()) == 0


def test_chunked_instance_skips_the_cached_prefix(tmp_path):
    """With h = 0.5 a 512-token prompt starts at position 256: one chunk of 256 (past 256)."""
    prob = _with_hit_rate(make_problem("Llama-3-8B", trace_csv=_trace(tmp_path, [(0.0, 512, 1), (5.0, 512, 1)]),
                                       targets=TARGETS), 0.5)
    design = make_design(instance("c", "combined", "PC", 1, 1, 32, [[0, 0]], batch=4, chunk_tokens=256))
    timers = timers_for(prob, design)
    res = simulate(prob, design, timers)
    expected = float(timers["c"].pass_work(ForwardPass.chunked([512], [256], [])).time_s[0])
    assert res.requests.ttft_s.iloc[0] == pytest.approx(expected, rel=1e-12)
    assert res.passes["c"] == 2


def test_design_rules_for_combined_instances():
    from pydantic import ValidationError
    with pytest.raises(ValidationError, match="chunk_tokens is required"):
        make_design(instance("c", "combined", "PC", 1, 1, 32, [[0, 0]]))
    with pytest.raises(ValidationError, match="chunk_tokens is required"):
        make_design(instance("p", "prefill", "PC", 1, 1, 32, [[0, 0]], chunk_tokens=8),
                    instance("d", "decode", "DC", 1, 1, 32, [[0, 1]]))
    with pytest.raises(ValidationError, match="pp = 2"):
        make_design(instance("c", "combined", "PC", 1, 2, 32, [[0, 0], [0, 1]], chunk_tokens=8))
    with pytest.raises(ValidationError, match="at least one decode"):
        make_design(instance("p", "prefill", "PC", 1, 1, 32, [[0, 0]]),
                    instance("c", "combined", "PC", 1, 1, 32, [[0, 1]], chunk_tokens=8))
