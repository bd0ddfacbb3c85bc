"""`lamoopt compare`: the files and the printed table exist, and every ratio it prints equals
the ratio of the metrics it prints (to the rounding of the ratio itself)."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from lamoopt.baselines.compare import METRICS, SIGNIFICANT_DIGITS, add_ratios, ratio_column
from lamoopt.baselines.systems import REFERENCE_KEY
from lamoopt.design import Design
from lamoopt.evaluate.evaluator import evaluate_design
from lamoopt.instance.load import load_instance

DESIGNS = ["3.5D", "3D-PC", "3D-DC", "3.5D-sat", "DGX-A100", "TPUv4"]
RATIO_RTOL = 0.5 * 10 ** (1 - SIGNIFICANT_DIGITS) * 1.001  # half a unit in the ratio's last printed digit


def _num(cell: str) -> float:
    return float("nan") if cell.strip() == "n/a" else float(cell)


def _check_ratios(metrics: dict[str, list[float]], ratios: dict[str, list[float]]) -> int:
    """metrics/ratios: design -> values in METRICS order. Returns the number of ratios checked."""
    ref = metrics[REFERENCE_KEY]
    checked = 0
    for design, values in metrics.items():
        for k, (m, r, b) in enumerate(zip(values, ratios[design], ref)):
            if math.isfinite(m) and math.isfinite(b) and b != 0:
                assert r == pytest.approx(m / b, rel=RATIO_RTOL), (design, METRICS[k][0], m, b, r)
                checked += 1
            else:
                assert math.isnan(r), (design, METRICS[k][0])
    return checked


def _markdown_table(md: str, heading: str) -> dict[str, list[str]]:
    """design -> cells of the first Markdown table after `heading`."""
    lines = md.split(heading, 1)[1].strip().splitlines()
    rows = {}
    for line in lines[2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[0]] = cells[1:]
    return rows


def test_compare_command_writes_all_files(compare_run):
    code, text, out = compare_run
    assert code == 0
    for name in ("compare.csv", "compare.md", "comparison.json"):
        assert (out / name).is_file()
    assert "Regenerate: `lamoopt compare " in (out / "compare.md").read_text()
    for d in DESIGNS:
        assert (out / "designs" / f"{d}.instance.json").is_file()
        assert (out / "designs" / f"{d}.json").is_file(), d
    assert [r["design"] for r in json.loads((out / "comparison.json").read_text())["rows"]] == DESIGNS


def test_written_design_reevaluates_to_the_table(compare_run):
    """designs/<key>.json with designs/<key>.instance.json reproduce the table's numbers."""
    _, _, out = compare_run
    from lamoopt.report.solution import load_design
    data = json.loads((out / "comparison.json").read_text())
    s = data["settings"]
    row = next(r for r in data["rows"] if r["design"] == "TPUv4")
    prob = load_instance(out / "designs" / "TPUv4.instance.json")
    design: Design = load_design(out / "designs" / "TPUv4.json")
    e = evaluate_design(prob, design, seed=s["seed"], num_requests=s["num_requests"],
                        rate_req_per_s=s["rate_req_per_s"]).evaluated
    assert float(f"{e['tokens_per_s_per_W']:.{SIGNIFICANT_DIGITS}g}") == row["tokens_per_s_per_W"]


def test_csv_ratios_equal_ratio_of_csv_metrics(compare_run):
    _, _, out = compare_run
    df = pd.read_csv(out / "compare.csv")
    metrics = {r.design: [getattr(r, k) for k, _ in METRICS] for r in df.itertuples()}
    ratios = {r.design: [getattr(r, ratio_column(k)) for k, _ in METRICS] for r in df.itertuples()}
    assert _check_ratios(metrics, ratios) >= 3 * len(METRICS)
    assert all(v == 1.0 for v in ratios[REFERENCE_KEY])


def test_markdown_ratios_equal_ratio_of_printed_metrics(compare_run):
    _, _, out = compare_run
    md = (out / "compare.md").read_text()
    m = _markdown_table(md, "## Metrics")
    r = _markdown_table(md, f"## Ratios to {REFERENCE_KEY}")
    metrics = {d: [_num(c) for c in cells[:len(METRICS)]] for d, cells in m.items()}
    ratios = {d: [_num(c) for c in cells] for d, cells in r.items()}
    assert list(metrics) == DESIGNS
    assert _check_ratios(metrics, ratios) >= 3 * len(METRICS)


def test_terminal_ratios_equal_ratio_of_printed_metrics(compare_run):
    _, text, _ = compare_run
    table, ratio_part = text.split(f"ratios to {REFERENCE_KEY}:")

    def rows(block: str) -> dict[str, list[float]]:
        out = {}
        for line in block.strip().splitlines():
            parts = line.split()
            if parts and parts[0] in DESIGNS:
                out[parts[0]] = [_num(x) for x in parts[1:]]
        return out

    metrics = rows(table)
    assert _check_ratios(metrics, rows(ratio_part)) >= 3 * len(METRICS)


def test_ratios_use_the_rounded_metrics_and_skip_missing_designs():
    rows = [{"design": REFERENCE_KEY, **{k: 3.0 for k, _ in METRICS}},
            {"design": "x", **{k: 1.0 for k, _ in METRICS}},
            {"design": "none", **{k: float("nan") for k, _ in METRICS}}]
    add_ratios(rows, REFERENCE_KEY)
    assert rows[1][ratio_column("ttft_ms")] == 0.3333
    assert all(math.isnan(rows[2][ratio_column(k)]) for k, _ in METRICS)
    add_ratios(rows[1:], REFERENCE_KEY)  # no reference row: no ratios, no error
    assert math.isnan(rows[1][ratio_column("ttft_ms")])
