"""Sensitivity (binding limits, gains measured by re-solving) and Pareto fronts
(epsilon-constraint, every point proven optimal)."""

from __future__ import annotations

import json

import pandas as pd

from lamoopt.whatif.figures import PointResult
from lamoopt.whatif.pareto import (
    FLOOR_REL_TOL,
    TPOT_MET,
    TPOT_PATH,
    Front,
    fewer_designs_note,
    mark_front,
    tpot_front,
    write_front,
)
from lamoopt.whatif.sensitivity import sensitivity
from tests.whatif.conftest import cold, opts_of, same_objective, tiny


def rows_by_field(rows):
    return {r.field: r for r in rows}


def test_binding_ttft_target_gains_when_relaxed_and_slack_limits_are_not_re_solved():
    # at a saturated rate the design grows until a limit binds (at the arrival rate the tiny
    # instance's least-power design has TTFT slack)
    base = tiny(**{"workload.targets.ttft_ms": 30.0, "objective.rate": "saturated"})
    solved, rows = sensitivity(base, {}, opts_of(base), step=0.05)
    by = rows_by_field(rows)
    ttft = by["workload.targets.ttft_ms"]
    assert ttft.binds and ttft.slack <= 1e-4
    relaxed = cold(base, {"workload.targets.ttft_ms": 31.5})
    assert same_objective(ttft.objective_relaxed, relaxed.objective, rel=1e-3)   # 1e-3: build.py zmax, see test_sweep
    assert ttft.gain > 0
    power = by["package.power_budget_W"]
    assert not power.binds and power.slack > 100 and power.gain is None


def test_binding_power_budget():
    base = tiny(**{"package.power_budget_W": 300.0, "objective.rate": "saturated"})
    _, rows = sensitivity(base, {}, opts_of(base), step=0.05)
    power = rows_by_field(rows)["package.power_budget_W"]
    assert power.binds and power.relaxed_to == 315.0
    assert same_objective(power.objective_relaxed, cold(base, {"package.power_budget_W": 315.0}).objective)
    assert power.gain > 0


def test_tpot_front_spans_the_range_with_distinct_proven_designs(tmp_path):
    base = tiny()
    front = tpot_front(base, opts_of(base), {}, max_points=6, progress=False)
    res = front.results
    assert len(res) == 6 and all(r.status == "optimal" and r.mip_gap <= 1e-4 for r in res)
    # the range: the instance's optimum at the top, the bisected floor at the bottom
    eps = [r.values[TPOT_PATH] for r in res]
    floor = front.span["floor"]
    assert eps == sorted(eps, reverse=True) and eps[-1] == floor["hi_ms"]
    assert floor["lo_ms"] < floor["hi_ms"] <= floor["lo_ms"] * (1 + FLOOR_REL_TOL) * (1 + 1e-9)
    assert cold(base, {TPOT_PATH: floor["lo_ms"]}).status.value == "infeasible"
    assert res[0].figures[TPOT_MET] == front.span["top_ms"] and eps[1] < front.span["top_ms"]
    # distinct designs (not flow re-allocations of one), each meeting its target
    labels = front.labels
    assert len(set(labels)) >= 3 and front.note == ""
    assert all(r.figures[TPOT_MET] <= e * (1 + 1e-6) for r, e in zip(res, eps))
    # tighter targets never improve the objective (nested feasible sets), the front's TPOT falls with it
    objs = [r.objective for r in res]
    assert all(b <= a * (1 + 1e-4) for a, b in zip(objs, objs[1:]))
    on = [r for r, f in zip(res, mark_front(res, TPOT_MET, -1, "max_tokens_per_s_per_W")) if f]
    tpots = [r.figures[TPOT_MET] for r in on]
    assert len(on) >= 3 and tpots == sorted(tpots, reverse=True)
    mid = res[len(res) // 2]
    assert same_objective(mid.objective, cold(base, mid.values).objective, rel=1e-4)
    write_front(tmp_path, front, "tiny")
    df = pd.read_csv(tmp_path / "pareto.csv")
    assert {TPOT_PATH, "objective", TPOT_MET, "tpot_ms", "mip_gap", "pareto", "design", "design_changed",
            "prefill_mapping", "decode_mapping", "chiplets_PC_prefill"} <= set(df.columns)
    assert list(df["design"]) == labels and df["design_changed"].sum() == len(set(labels)) - 1
    summary = json.loads((tmp_path / "pareto.json").read_text())
    assert summary["distinct_designs"] == len(set(labels)) and summary["span"]["floor"]["hi_ms"] == eps[-1]
    assert (tmp_path / "pareto.png").stat().st_size > 1000


def test_fewer_designs_are_explained():
    one = PointResult({TPOT_PATH: 5.0}, "optimal", 2.0, 2.0, 0.0, {TPOT_MET: 1.0}, signature="A")
    span = {"top_ms": 1.0, "instance_target_ms": 5.0, "grid_targets_ms": [], "floor": {"hi_ms": 1.0}}
    note = fewer_designs_note(Front("tpot", "max_tokens_per_s_per_W", [one], span))
    assert note.startswith("only 1 distinct design") and "no TPOT to trade" in note
    two = PointResult({TPOT_PATH: 0.5}, "optimal", 1.0, 1.0, 0.0, {TPOT_MET: 0.5}, signature="B")
    span = {"top_ms": 1.0, "instance_target_ms": 5.0, "grid_targets_ms": [0.5], "floor": {"hi_ms": 0.5}}
    note = fewer_designs_note(Front("tpot", "max_tokens_per_s_per_W", [one, two], span))
    assert note.startswith("only 2 distinct designs") and "at most 0.5 ms apart" in note and "--points" in note


def test_dominated_points_are_flagged():
    pts = [PointResult({}, "optimal", 3.0, 3.0, 0.0, {"tpot_ms": 5.0}),
           PointResult({}, "optimal", 2.0, 2.0, 0.0, {"tpot_ms": 6.0}),     # worse in both
           PointResult({}, "optimal", 1.0, 1.0, 0.0, {"tpot_ms": 1.0})]
    assert mark_front(pts, "tpot_ms", -1, "max_tokens_per_s_per_W") == [True, False, True]


def test_the_tpot_a_combined_design_meets_is_its_tpot_law():
    """A chunked-prefill design serving only with combined instances meets the TPOT of its
    combined queue's law (CombinedQueue.tpot_quantile_s at its own load), not nothing."""
    from types import SimpleNamespace

    from lamoopt.solve.run import SolveOptions, solve_milp
    from lamoopt.whatif.pareto import tpot_target_met_ms
    from tests.solve.test_milp import TINY, problem
    p = problem(**{**TINY, "serving": {"chunked_prefill": {"chunk_tokens": [512]}}, "workload.targets.tpot_ms": 10.0})
    out = solve_milp(p, SolveOptions.from_problem(p))
    combined = {o: n for o, n in out.choice.counts.items() if n and out.tables.points[o].role == "combined"}
    assert combined and set(combined) == {o for o, n in out.choice.counts.items() if n}   # combined only
    pct = p.instance.workload.targets.percentile
    expected = max(1e3 * out.tables.points[o].combined_queue.tpot_quantile_s(out.choice.flows[o] / n, pct)
                   for o, n in combined.items())
    met = tpot_target_met_ms(SimpleNamespace(outcome=out, problem=p))
    assert met == expected and 0 < met <= 10.0
