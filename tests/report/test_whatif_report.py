"""The report of a what-if directory: the plot's points and the table's rows link to each point's
section, which draws the point's own optimal design (stored in sweep.csv's design_json column);
numbers equal the CSV's; an older directory without designs says so."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from lamoopt.cli import EXIT_OK, main
from lamoopt.design import Design
from lamoopt.report.floorplan_svg import Scale
from lamoopt.report.whatif_report import DESIGN_COLUMN, point_anchor, whatif_page
from lamoopt.whatif.changes import parse_sweep
from lamoopt.whatif.sweep import run_sweep, write_sweep
from tests.report.pagekit import printed_equals, read_page
from tests.whatif.conftest import opts_of, tiny

SWEEP = "package.power_budget_W=[100,400,700]"     # 100 W: infeasible on the tiny instance


@pytest.fixture(scope="module")
def swept(tmp_path_factory):
    base = tiny()
    sweeps = [parse_sweep(SWEEP)]
    results = run_sweep(base, opts_of(base), sweeps, progress=False)
    out = tmp_path_factory.mktemp("sweep")
    write_sweep(out, results, sweeps, "max_tokens_per_s_per_W", "tiny")
    return out, results


def test_the_csv_stores_each_points_design(swept):
    out, results = swept
    df = pd.read_csv(out / "sweep.csv", keep_default_na=False)
    assert {r.status for r in results} == {"infeasible", "optimal"}
    for cell, r in zip(df[DESIGN_COLUMN], results):
        if r.status == "optimal":
            assert Design.model_validate(json.loads(cell)).model_dump() == r.design
        else:
            assert cell == "" and r.design is None


def test_each_point_is_one_click_from_the_plot_and_the_table(swept):
    out, results = swept
    page = read_page(whatif_page(out, Scale()))
    assert ("sweep", "Sweep") in page.sections
    sections = dict(page.sections)
    for k, r in enumerate(results):
        anchor = point_anchor("sweep.csv", k)
        assert anchor in sections                                   # the point's own section
        assert f'xlink:href="#{anchor}"' in page.text               # its marker in the plot links there
        if r.design is not None:
            assert f'<a href="#{anchor}">floorplan</a>' in page.text  # and its row in the table
            for inst in r.design["instances"]:
                assert inst["id"] in page.svg_text[anchor]           # the point's own design is drawn
        else:
            assert "no design at this point" in page.section_text[anchor]


def test_whatif_numbers_equal_the_csv(swept):
    out, _ = swept
    df = pd.read_csv(out / "sweep.csv")
    page = read_page(whatif_page(out, Scale()))
    rows = df.to_dict("records")
    checked = 0
    for path, scale, text, _ in page.numbers:
        stem, rest = path.split("[", 1)
        k, column = rest.split("].", 1)
        assert stem == "sweep"
        assert printed_equals(text, rows[int(k)][column], scale), (path, text)
        checked += 1
    assert checked >= 2 * sum(df["status"] == "optimal")
    assert "http://" not in page.text and "https://" not in page.text and "<script" not in page.text


def test_an_older_directory_without_designs_gets_plot_and_table_and_says_so(swept, tmp_path):
    out, _ = swept
    pd.read_csv(out / "sweep.csv").drop(columns=[DESIGN_COLUMN]).to_csv(tmp_path / "sweep.csv", index=False)
    page = read_page(whatif_page(tmp_path, Scale()))
    assert [s for s, _ in page.sections] == ["sweep"]
    assert "re-run lamoopt whatif" in page.section_text["sweep"]


def test_report_command_on_a_directory_writes_report_html(swept, capsys):
    out, _ = swept
    assert main(["report", str(out)]) == EXIT_OK
    assert (out / "report.html").read_text().startswith("<!DOCTYPE html>")
    assert "schematic, not to scale" in (out / "report.html").read_text()


def test_a_whatif_run_records_its_instance_so_the_report_draws_to_scale(tmp_path, capsys):
    """`lamoopt whatif --sweep -o DIR` writes whatif.json (the instance file and the --set changes);
    `lamoopt report DIR` then draws the floorplans to that instance's scale without --instance."""
    inst = tmp_path / "tiny.json"
    inst.write_text(json.dumps(tiny().data))
    out = tmp_path / "run"
    assert main(["whatif", str(inst), "--sweep", SWEEP, "-o", str(out), "--no-progress",
                 "--set", "package.ambient_C=40"]) == EXIT_OK
    run = json.loads((out / "whatif.json").read_text())
    assert run == {"instance_file": str(inst.resolve()), "changes": {"package.ambient_C": 40}}
    assert main(["report", str(out)]) == EXIT_OK
    page = (out / "report.html").read_text()
    assert f"to scale (from {inst.resolve()})" in page and "schematic, not to scale" not in page
