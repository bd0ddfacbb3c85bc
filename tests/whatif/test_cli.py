"""`lamoopt whatif` end to end: comparison, sweep files, explanation exit code."""

from __future__ import annotations

import json

from lamoopt.cli import main
from tests.small import small
from tests.whatif.conftest import TINY


def instance_file(tmp_path, **changes):
    f = tmp_path / "tiny.json"
    f.write_text(json.dumps(small(**{**TINY, **changes})))
    return str(f)


def test_set_prints_both_optima_and_the_diff(tmp_path, capsys):
    code = main(["whatif", instance_file(tmp_path), "--set", "package.power_budget_W=300", "-o", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "base" in out and "changed" in out and "power_W" in out and "chiplets PC prefill" in out
    saved = json.loads((tmp_path / "whatif.json").read_text())
    assert saved["changed"]["metrics"]["power_W"] <= 300.0 + 1e-6


def test_sweep_writes_csv_and_png(tmp_path, capsys):
    out_dir = tmp_path / "out"
    code = main(["whatif", instance_file(tmp_path), "--sweep", "package.power_budget_W=100:500:200",
                 "-o", str(out_dir), "--no-progress"])
    assert code == 0
    assert (out_dir / "sweep.csv").read_text().count("\n") == 4 and (out_dir / "sweep.png").exists()
    assert "1 infeasible" in capsys.readouterr().out


def test_infeasible_change_is_explained_with_exit_3(tmp_path, capsys):
    code = main(["whatif", instance_file(tmp_path), "--set", "package.power_budget_W=60"])
    out = capsys.readouterr().out
    assert code == 3
    assert "smallest change: package.power_budget_W" in out


def test_explain_names_the_package_with_exit_3(tmp_path, capsys):
    code = main(["whatif", instance_file(tmp_path, **{"workload.arrival_rate_req_per_s": 50.0}), "--explain",
                 "-o", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 3
    assert "Binding limit: the package: the 1x3 grid (3 sites)" in out and "1x4" in out
    assert json.loads((tmp_path / "explanation.json").read_text())["binding"].startswith("the package")


def test_tpot_front_writes_designs(tmp_path, capsys):
    out_dir = tmp_path / "out"
    code = main(["whatif", instance_file(tmp_path), "--pareto", "tpot", "--points", "3", "-o", str(out_dir),
                 "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0 and "TPOT range" in out and "distinct design" in out
    assert {p.name for p in out_dir.iterdir()} == {"pareto.csv", "pareto.png", "pareto.json", "whatif.json"}
    assert (out_dir / "pareto.csv").read_text().count("\n") == 4


def test_too_few_pareto_points_is_bad_input(tmp_path, capsys):
    assert main(["whatif", instance_file(tmp_path), "--pareto", "tpot", "--points", "1"]) == 2
    assert "--points" in capsys.readouterr().err
