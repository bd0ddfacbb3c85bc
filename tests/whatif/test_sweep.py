"""Sweeps: every point equals an independent cold solve, the model is re-used, infeasible
points are recorded and the sweep goes on, CSV and PNG are written."""

from __future__ import annotations

import pandas as pd

from lamoopt.whatif.changes import parse_sweep
from lamoopt.whatif.engine import Engine
from lamoopt.whatif.sweep import grid_points, run_sweep, write_sweep
from tests.whatif.conftest import cold, opts_of, same_objective, tiny

SWEEPS = ["package.power_budget_W=100:700:150", "workload.targets.tpot_ms=[2.5,100]"]


def test_every_sweep_point_equals_a_cold_solve_and_infeasible_points_are_recorded(tmp_path):
    base = tiny()
    sweeps = [parse_sweep(s) for s in SWEEPS]
    results = run_sweep(base, opts_of(base), sweeps, progress=False)
    points = grid_points(sweeps)
    assert [r.values for r in results] == points
    statuses = [r.status for r in results]
    assert "infeasible" in statuses and statuses.count("optimal") >= 6   # 100 W is infeasible, the rest goes on
    for r, changes in zip(results, points):
        ref = cold(base, changes)
        assert r.status == ref.status.value, changes
        assert same_objective(r.objective, ref.objective), (changes, r.objective, ref.objective)
    assert {r.mode for r in results} >= {"built", "reused"}
    assert sum(r.mode == "built" for r in results) == 1               # one model for the whole sweep

    written = write_sweep(tmp_path, results, sweeps, "max_tokens_per_s_per_W", "tiny")
    df = pd.read_csv(tmp_path / "sweep.csv")
    assert [p.name for p in written] == ["sweep.csv", "sweep.png"]
    assert {"package.power_budget_W", "workload.targets.tpot_ms", "objective", "status", "power_W",
            "throughput_tokens_per_s", "ttft_ms", "tpot_ms", "peak_temperature_C", "prefill_tp", "decode_pp",
            "chiplets_PC_prefill", "design_changed"} <= set(df.columns)
    assert len(df) == len(points) and (df["status"] == "infeasible").sum() == statuses.count("infeasible")
    assert (tmp_path / "sweep.png").read_bytes()[:4] == b"\x89PNG"


def test_reused_model_follows_rate_and_ambient_changes_exactly():
    base = tiny()
    engine = Engine(base, opts_of(base))
    for changes in ({"package.ambient_C": 70.0}, {"workload.arrival_rate_req_per_s": 5.0},
                    {"package.ambient_C": 80.0, "package.power_budget_W": 400.0}):
        got = engine.solve(changes)
        assert same_objective(got.outcome.objective, cold(base, changes).objective), changes
    assert engine.builds == 1


def test_reused_model_follows_a_tighter_ttft_target_exactly():
    base = tiny()
    engine = Engine(base, opts_of(base), hints={"workload.targets.ttft_ms": 2000.0})
    changes = {"workload.targets.ttft_ms": 60.0}
    got = engine.solve(changes)
    assert got.mode == "built" and engine.builds == 1
    assert same_objective(got.outcome.objective, cold(base, changes).objective)


def test_structural_change_rebuilds():
    base = tiny()
    engine = Engine(base, opts_of(base))
    engine.solve({})
    got = engine.solve({"search.decode_batches": [8]})
    assert got.mode == "built" and engine.builds == 2
    assert same_objective(got.outcome.objective, cold(base, {"search.decode_batches": [8]}).objective)
