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
