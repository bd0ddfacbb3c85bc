"""`lamoopt study`: one command writes the report, the CSV and the plots; the report can be
rebuilt from the per-instance files alone, and the geometric means are what they say."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from lamoopt.baselines.compare import METRICS, ratio_column
from lamoopt.report.study import geometric_means, heterogeneity_verdict, rewrite_report

from .conftest import REQUESTS, run_cli

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def study_dir(tiny_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("study") / "out"
    code, text = run_cli(["study", "--instances", str(tiny_path), "-o", str(out), "--requests", str(REQUESTS)])
    assert code == 0, text
    return out


def test_study_writes_report_csv_and_plots(study_dir):
    md = (study_dir / "study.md").read_text()
    assert md.startswith("# lamoopt study")
    assert "Regenerate: `lamoopt study --instances" in md
    for section in ("## Geometric means", "## tokens/s/W per instance", "## Latency per instance",
                    "## Calibration of the A100 baseline", "## MILP solves"):
        assert section in md
    for png in ("tokens_per_s_per_W.png", "latency.png", "geomean_ratios.png"):
        assert (study_dir / "plots" / png).read_bytes().startswith(PNG_MAGIC)
        assert f"plots/{png}" in md
    df = pd.read_csv(study_dir / "study.csv")
    assert len(df) == 6 and set(df.instance) == {"small"}   # 3.5D, 3D-PC, 3D-DC, 3.5D-sat, two clusters


def test_report_rebuilds_identically_from_the_files(study_dir):
    before = (study_dir / "study.md").read_text()
    rewrite_report(study_dir)
    assert (study_dir / "study.md").read_text() == before


def test_geometric_mean_of_ratios():
    k = METRICS[0][0]
    df = pd.DataFrame({"design": ["a", "a", "a", "b"], ratio_column(k): [2.0, 8.0, float("nan"), 1.0]})
    for key, _ in METRICS[1:]:
        df[ratio_column(key)] = float("nan")
    gm = geometric_means(df, [m for m, _ in METRICS]).set_index("design")
    assert gm.loc["a", k] == pytest.approx(4.0) and gm.loc["a", f"n_{k}"] == 2
    assert math.isnan(gm.loc["b", METRICS[1][0]]) and gm.loc["b", f"n_{METRICS[1][0]}"] == 0
    assert np.isclose(gm.loc["b", k], 1.0)


def test_glob_matching_nothing_is_an_input_error(tmp_path):
    code, _ = run_cli(["study", "--instances", str(tmp_path / "none*.json"), "-o", str(tmp_path / "o")])
    assert code == 2


def _record(mixed, pc, dc):
    """A study record's solver fields: (objective, bound, status) per MILP design."""
    def one(v):
        obj, bound, status = v
        return {"objective": obj, "objective_bound": bound, "status": status}
    return {"solver": {"3.5D": one(mixed), "3D-PC": one(pc), "3D-DC": one(dc)}}


@pytest.mark.parametrize("mixed, pc, dc, verdict, gain", [
    ((1.2, 1.2, "optimal"), (1.0, 1.0, "optimal"), (0.9, 0.9, "optimal"), "mixed", 0.2),
    ((1.0, 1.0, "optimal"), (1.0, 1.0, "optimal"), (0.5, 0.5, "optimal"), "one type", 0.0),
    ((1.2, 1.2, "optimal"), (1.0, 1.3, "time_limit"), (0.9, 0.9, "optimal"), "open", None),
    ((1.2, 1.2, "optimal"), (None, None, "infeasible"), (0.6, 0.6, "optimal"), "mixed", 1.0),
    ((1.2, 1.2, "optimal"), (None, None, "infeasible"), (None, None, "infeasible"), "mixed only", None),
])
def test_heterogeneity_verdict_needs_the_mixed_optimum_above_every_one_type_bound(mixed, pc, dc, verdict, gain):
    v, g = heterogeneity_verdict(_record(mixed, pc, dc))
    assert v == verdict
    assert g == (None if gain is None else pytest.approx(gain))
