"""`lamoopt export-hotspot --hotspot BINARY`: the plumbing with a stand-in binary, and, when the
LAMOOPT_HOTSPOT environment variable names a HotSpot 6 binary, the real agreement.

The repository holds no HotSpot code; README.md ("Checking a design with HotSpot") says how to
build it. HotSpot's solver (Gauss-Seidel without SuperLU) takes about 6 CPU minutes per design.
"""

from __future__ import annotations

import csv
import json
import math
import os
import sys
from pathlib import Path

import pytest

from lamoopt.cli import main

REPO = Path(__file__).resolve().parents[2]
HOTSPOT = os.environ.get("LAMOOPT_HOTSPOT")
# The acceptance bound: HotSpot within 2 K of the evaluator at every site peak.
AGREEMENT_K = 2.0

# Stand-in for HotSpot: every block of the power layers at $FAKE_KELVIN (read from the ptrace
# header, as HotSpot would list them), plus one of HotSpot's own package nodes.
FAKE_HOTSPOT = """#!/bin/sh
[ -n "${FAKE_FAIL:-}" ] && { echo "fake: fatal error" >&2; exit 1; }
head -n 1 package.ptrace | tr '\\t' '\\n' | awk -v k="${FAKE_KELVIN:-350}" '{print "layer_1_" $0 "\\t" k}' > package.steady
echo "inode_0	330.0" >> package.steady
"""


def _rows(directory: Path) -> list[dict]:
    with open(directory / "hotspot_vs_lamoopt.csv", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def export_with_fake(tmp_path):
    """export-hotspot of the default solution into tmp_path/hs with the stand-in HotSpot:
    returns (exit code, output directory)."""
    fake = tmp_path / "fake-hotspot"
    fake.write_text(FAKE_HOTSPOT)
    fake.chmod(0o755)
    out = tmp_path / "hs"

    def run() -> tuple[int, Path]:
        return main(["export-hotspot", str(REPO / "solutions" / "default.json"), str(out), "--hotspot",
                     str(fake), "--requests", "200"]), out
    return run


@pytest.mark.skipif(sys.platform == "win32", reason="run_hotspot.sh is a POSIX shell script")
def test_export_runs_hotspot_and_compares(export_with_fake, capsys, monkeypatch):
    monkeypatch.setenv("FAKE_KELVIN", "350.15")
    rc, out = export_with_fake()
    text = capsys.readouterr().out
    assert rc == 0, text
    rows = _rows(out)
    design = json.loads((REPO / "solutions" / "default.json").read_text())["design"]
    occupied = {tuple(site) for inst in design["instances"] for site in inst["sites"]}
    assert len(rows) == len(occupied) and {r["chiplet"] for r in rows} == {"PC", "DC"}   # a row per chiplet
    for r in rows:
        assert float(r["logic_hotspot_C"]) == pytest.approx(77.0) == float(r["dram_hotspot_C"])
        assert 40 < float(r["logic_lamoopt_C"]) < 120 and 40 < float(r["dram_lamoopt_C"]) < 120
    diffs = [77.0 - float(r[k]) for r in rows for k in ("logic_lamoopt_C", "dram_lamoopt_C")]
    assert f"max {max(diffs):+.2f} K" in text and "hotspot_vs_lamoopt.csv" in text


@pytest.mark.skipif(sys.platform == "win32", reason="run_hotspot.sh is a POSIX shell script")
def test_failing_hotspot_is_reported(export_with_fake, capfd, monkeypatch):
    monkeypatch.setenv("FAKE_FAIL", "1")
    rc, out = export_with_fake()
    err = capfd.readouterr().err  # capfd: HotSpot's own messages come from a child process
    assert rc == 1 and f"HotSpot failed in {out}" in err and "fake: fatal error" in err
    assert not (out / "hotspot_vs_lamoopt.csv").exists()


def test_missing_binary_is_bad_input(tmp_path, capsys):
    rc = main(["export-hotspot", str(REPO / "solutions" / "default.json"), str(tmp_path / "hs"),
               "--hotspot", str(tmp_path / "no-such-hotspot")])
    assert rc == 2 and "--hotspot" in capsys.readouterr().err
    assert not (tmp_path / "hs").exists()


@pytest.mark.skipif(not HOTSPOT, reason="set LAMOOPT_HOTSPOT to a HotSpot 6 binary to run HotSpot")
@pytest.mark.parametrize("solution", ["default.json", "Llama3-70B_Reason_1rps.json"])
def test_hotspot_agrees_with_the_evaluator(tmp_path, solution, capsys):
    out = tmp_path / "hs"
    rc = main(["export-hotspot", str(REPO / "solutions" / solution), str(out), "--hotspot", HOTSPOT])
    text = capsys.readouterr().out
    assert rc == 0, text
    rows = _rows(out)
    assert rows
    for r in rows:
        for kind in ("logic", "dram"):
            hotspot_C, ours_C = float(r[f"{kind}_hotspot_C"]), float(r[f"{kind}_lamoopt_C"])
            assert math.isfinite(hotspot_C) == math.isfinite(ours_C)
            if math.isfinite(ours_C):
                assert abs(hotspot_C - ours_C) < AGREEMENT_K, (r, text)


def test_unwritable_directory_is_bad_input_before_evaluating(tmp_path, capsys, monkeypatch):
    import lamoopt.evaluate.evaluator as evaluator

    def evaluate(*a, **k):
        raise AssertionError("evaluated although the directory is unusable")
    monkeypatch.setattr(evaluator, "evaluate_design", evaluate)
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    rc = main(["export-hotspot", str(REPO / "solutions" / "default.json"), str(blocker / "hs")])
    err = capsys.readouterr().err
    assert rc == 2 and "Traceback" not in err
    assert f"cannot create files in {blocker / 'hs'}: Not a directory: {blocker}" in err
