"""`lamoopt solve`, `evaluate` and `export` end to end on a small instance."""

from __future__ import annotations

import json

import pytest

from lamoopt.cli import main
from tests.small import small

TINY = {"package.grid_rows": 1, "package.grid_cols": 3, "search.tp_degrees": [1, 2],
        "search.pp_degrees": [1], "search.decode_batches": [8, 64]}


def two_instance_design(prefill_chiplet: str) -> dict:
    """A hand-written 1 x 3 design: one single-chiplet prefill and one decode instance."""
    return {"grid_rows": 1, "grid_cols": 3, "instances": [
        {"id": "p", "role": "prefill", "chiplet": prefill_chiplet, "tp": 1, "pp": 1, "batch": 1,
         "layers_per_stage": [32], "sites": [[0, 0]]},
        {"id": "d", "role": "decode", "chiplet": "DC", "tp": 1, "pp": 1, "batch": 64, "layers_per_stage": [32],
         "sites": [[0, 2]]}]}


@pytest.fixture
def tiny_file(tmp_path):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(small(**TINY)))
    return path


def test_solve_writes_solution_csvs_and_rechecks(tiny_file, tmp_path, capsys):
    out = tmp_path / "sol" / "tiny.json"
    code = main(["solve", str(tiny_file), "-o", str(out), "--requests", "300"])
    text = capsys.readouterr().out
    sol = json.loads(out.read_text())
    assert code == 0, text
    assert sol["status"] == "optimal" and sol["mip_gap"] <= 1e-6
    assert sol["objective"] == pytest.approx(sol["predicted"]["tokens_per_s_per_W"])
    for key in ("objective_bound", "solve_time_s", "nodes", "design", "predicted", "recheck"):
        assert key in sol
    d = sol["design"]
    assert set(d) >= {"chiplet_counts", "placement", "prefill_mapping", "decode_mapping", "instances"}
    assert sol["recheck"]["passed"] is True
    assert {r["metric"] for r in sol["recheck"]["comparison"]} >= {"throughput_tokens_per_s", "ttft_ms", "power_W"}
    assert (out.parent / "tiny.sites.csv").is_file() and (out.parent / "tiny.instances.csv").is_file()
    assert "objective" in text and "re-check" in text
    # proven and measured numbers say which they are; no cut, so the status is the instance's
    assert "(proven, linear model)" in text and "evaluated objective" in text and "(measured" in text
    assert sol["status_scope"] == "instance" and sol["tightenings"] == []
    ev = sol["recheck"]["evaluated"]
    assert sol["recheck"]["evaluated_objective"] == pytest.approx(
        ev["throughput_req_per_s"] * sol["predicted"]["throughput_tokens_per_s"]
        / sol["predicted"]["throughput_req_per_s"] / ev["power_W"])
    assert ev["offered_rate_req_per_s"] == pytest.approx(sol["predicted"]["throughput_req_per_s"])


def test_solve_is_deterministic(tiny_file, tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["solve", str(tiny_file), "-o", str(a), "--no-recheck"]) == 0
    assert main(["solve", str(tiny_file), "-o", str(b), "--no-recheck"]) == 0
    sa, sb = json.loads(a.read_text()), json.loads(b.read_text())
    for s in (sa, sb):
        for k in ("solve_time_s", "build_time_s"):
            s.pop(k)
    assert sa == sb


def test_infeasible_instance_exits_3(tmp_path, capsys):
    path = tmp_path / "inf.json"
    path.write_text(json.dumps(small(**{**TINY, "package.power_budget_W": 50.0})))
    out = tmp_path / "inf_sol.json"
    assert main(["solve", str(path), "-o", str(out)]) == 3
    assert json.loads(out.read_text())["status"] == "infeasible"
    assert "infeasible" in capsys.readouterr().out


def test_time_limit_exits_4_with_incumbent_or_says_none(tmp_path):
    path = tmp_path / "big.json"
    path.write_text(json.dumps(small(**{"package.grid_rows": 3, "package.grid_cols": 3})))
    out = tmp_path / "big_sol.json"
    code = main(["solve", str(path), "-o", str(out), "--time-limit", "0.05", "--no-recheck"])
    sol = json.loads(out.read_text())
    assert code == 4 and sol["status"] == "time_limit"


def test_evaluate_a_solution_and_a_handwritten_design(tiny_file, tmp_path):
    sol = tmp_path / "s.json"
    assert main(["solve", str(tiny_file), "-o", str(sol), "--no-recheck"]) == 0
    ev = tmp_path / "ev.json"
    assert main(["evaluate", str(tiny_file), str(sol), "-o", str(ev), "--requests", "200"]) == 0
    data = json.loads(ev.read_text())
    assert data["evaluated"]["requests_completed"] == 200
    assert ev.with_suffix(".png").is_file()
    hand = tmp_path / "hand.json"
    hand.write_text(json.dumps(two_instance_design("PC")))
    code = main(["evaluate", str(tiny_file), str(hand), "--requests", "100"])
    checks = json.loads(hand.with_suffix(".evaluation.json").read_text())["constraints"]
    assert code == (0 if all(c["met"] for c in checks) else 5)   # exit 5: a check is violated


def test_evaluate_rejects_a_design_with_a_foreign_chiplet(tiny_file, tmp_path, capsys):
    hand = tmp_path / "bad.json"
    hand.write_text(json.dumps(two_instance_design("H100")))
    assert main(["evaluate", str(tiny_file), str(hand)]) == 2
    err = capsys.readouterr().err
    assert "design.instances[0].chiplet" in err and "H100" in err and "Traceback" not in err


@pytest.mark.parametrize("flag", ["--lp", "--mps"])
def test_export_writes_the_model(tiny_file, tmp_path, flag):
    target = tmp_path / f"model.{flag[2:]}"
    assert main(["export", str(tiny_file), flag, str(target)]) == 0
    text = target.read_text()
    assert "PowerBudget" in text and "Capacity" in text and "Thermal" in text


def test_export_hotspot_from_a_solution(tiny_file, tmp_path, capsys):
    sol = tmp_path / "s.json"
    assert main(["solve", str(tiny_file), "-o", str(sol), "--no-recheck"]) == 0
    out = tmp_path / "hs"
    assert main(["export-hotspot", str(sol), str(out), "--requests", "100"]) == 0
    names = {p.name for p in out.iterdir()}
    assert {"hotspot.config", "package.lcf", "package.ptrace"} <= names
    header, watts = (out / "package.ptrace").read_text().splitlines()[:2]
    assert len(header.split("\t")) == len(watts.split("\t"))
    assert sum(float(w) for w in watts.split("\t")) > 0


def test_progress_goes_to_stderr_stage_by_stage(tiny_file, tmp_path, capsys):
    """--progress: a line per class-bounding stage on stderr from the start (by default lines
    start after 5 s, which this solve does not reach); stdout unchanged."""
    out = tmp_path / "p.json"
    assert main(["solve", str(tiny_file), "-o", str(out), "--no-recheck"]) == 0
    quiet = capsys.readouterr()
    assert main(["solve", str(tiny_file), "-o", str(out), "--no-recheck", "--progress"]) == 0
    loud = capsys.readouterr()
    stages = [line for line in loud.err.splitlines() if line.startswith("lamoopt: [")]
    assert any("stage over" in s for s in stages) and any("] stage optimal" in s for s in stages)
    assert "lamoopt: " not in quiet.err
    strip = [line for line in loud.out.splitlines() if "build" not in line]   # timings differ
    assert strip == [line for line in quiet.out.splitlines() if "build" not in line]
