"""Sensitivity (binding limits, gains measured by re-solving) and Pareto fronts
(epsilon-constraint, every point proven optimal)."""

from __future__ import annotations

import pandas as pd

from lamoopt.whatif.pareto import mark_front, tpot_front, write_front
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


def test_tpot_front_is_exact_and_every_point_proven(tmp_path):
    base = tiny()
    results = tpot_front(base, opts_of(base), {}, max_points=12, progress=False)
    optimal = [r for r in results if r.status == "optimal"]
    # TPOT includes the queueing wait for a decode slot, so the front is fine-grained: it ends at
    # infeasibility or at max_points
    assert len(optimal) >= 3 and (results[-1].status == "infeasible" or len(results) == 12)
    assert all(r.mip_gap is not None and r.mip_gap <= 1e-4 for r in optimal)
    tpots = [r.figures["tpot_ms"] for r in optimal]
    objs = [r.objective for r in optimal]
    assert tpots == sorted(tpots, reverse=True) and objs == sorted(objs, reverse=True)
    assert all(mark_front(optimal, "tpot_ms", -1, "max_tokens_per_s_per_W"))
    mid = optimal[len(optimal) // 2]
    assert same_objective(mid.objective, cold(base, mid.values).objective)
    write_front(tmp_path, results, "tpot", "max_tokens_per_s_per_W", "tiny")
    df = pd.read_csv(tmp_path / "pareto.csv")
    assert {"workload.targets.tpot_ms", "objective", "tpot_ms", "mip_gap", "pareto", "status"} <= set(df.columns)
    assert (tmp_path / "pareto.png").stat().st_size > 1000


def test_dominated_points_are_flagged():
    from lamoopt.whatif.figures import PointResult
    pts = [PointResult({}, "optimal", 3.0, 3.0, 0.0, {"tpot_ms": 5.0}),
           PointResult({}, "optimal", 2.0, 2.0, 0.0, {"tpot_ms": 6.0}),     # worse in both
           PointResult({}, "optimal", 1.0, 1.0, 0.0, {"tpot_ms": 1.0})]
    assert mark_front(pts, "tpot_ms", -1, "max_tokens_per_s_per_W") == [True, False, True]
