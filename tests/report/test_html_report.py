"""The design report of the shipped default solution, read back as a page: every section, every
instance and every site appear; every number with a source path equals the solution file's to
the printed precision; each number names its source; the page needs nothing from the network.
Also the report of older or thinner solution files, the drawing's KV routes against the
evaluator's, and `lamoopt report` / `solve --report` on good and bad input."""

from __future__ import annotations

import copy
import itertools
import json
import re
import shutil
from pathlib import Path

import pytest

from lamoopt.cli import EXIT_INPUT, EXIT_OK, main
from lamoopt.formulation.error_bounds import STATED_BOUNDS
from lamoopt.report import html as H
from lamoopt.report.design_report import solution_page
from lamoopt.report.floorplan_svg import Scale, kv_paths, region_mask
from lamoopt.report.pages import report_html
from lamoopt.report.solution_file import load_solution_file
from tests.report.pagekit import lookup, printed_equals, read_page

ROOT = Path(__file__).resolve().parents[2]
SOLUTION = ROOT / "solutions" / "default.json"
SECTIONS = [("floorplan", "Floorplan"), ("thermal", "Thermal map"), ("mapping", "Mapping"), ("proof", "Proof"),
            ("recheck", "Re-check"), ("latency", "Latency distribution"), ("power", "Power")]


@pytest.fixture(scope="module")
def sol() -> dict:
    return json.loads(SOLUTION.read_text())


@pytest.fixture(scope="module")
def page(sol):
    return read_page(report_html(SOLUTION))


def page_of(data: dict, tmp_path: Path, name: str = "s.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data))
    sol, design = load_solution_file(path)
    return read_page(solution_page(sol, design, Scale(), str(path)))


# ----------------------------------------------------------------------------- content
def test_every_section_is_there_with_its_heading_and_in_the_contents(page):
    assert page.sections == SECTIONS
    assert page.nav == [f"#{sid}" for sid, _ in SECTIONS]


def test_every_instance_appears_in_the_mapping_and_on_each_of_its_chiplets(page, sol):
    for inst in sol["design"]["instances"]:
        row = page.rows[("instance", inst["id"])]
        assert row[:6] == [inst["id"], inst["role"], inst["chiplet"], str(inst["tp"]), str(inst["pp"]), str(inst["batch"])]
        assert row[6] == "/".join(map(str, inst["layers_per_stage"]))
        assert row[8] == " ".join(f"[{r},{c}]" for r, c in inst["sites"])
        # one label per chiplet in the floorplan, naming the instance
        assert page.svg_text["floorplan"].count(inst["id"]) == inst["tp"] * inst["pp"]


def test_every_site_appears_with_its_chiplet_stage_rank_and_readings(page, sol):
    d = sol["design"]
    where = {tuple(s): (i, k) for i in d["instances"] for k, s in enumerate(i["sites"])}
    readings = {(s["row"], s["col"]): s for s in sol["recheck"]["per_site"]}
    for r in range(d["grid_rows"]):
        for c in range(d["grid_cols"]):
            row = page.rows[("site", f"{r},{c}")]
            assert row[0] == f"[{r},{c}]"
            assert f"[{r},{c}]" in page.svg_text["floorplan"]          # the site's label in the drawing
            if (r, c) not in where:
                assert row[1] == "empty"
                continue
            inst, k = where[(r, c)]
            assert row[1:5] == [inst["chiplet"], inst["role"], inst["id"], f"{k // inst['tp']} · {k % inst['tp']}"]
            assert printed_equals(row[5], readings[(r, c)]["logic_peak_C"])
            assert printed_equals(row[7], readings[(r, c)]["dram_peak_C"])


def test_every_printed_number_equals_the_solution_file_to_its_printed_precision(page, sol):
    assert len(page.numbers) > 100
    for path, scale, text, section in page.numbers:
        assert printed_equals(text, lookup(sol, path), scale), (path, text, lookup(sol, path), section)
    shown = {path for path, *_ in page.numbers}
    rc = sol["recheck"]
    must = {"objective", "objective_bound", "mip_gap", "recheck.evaluated_objective", "solve_time_s",
            "model_size.variables", "model_size.integer_variables", "model_size.constraints"}
    must |= {f"recheck.comparison[{k}].{f}" for k in range(len(rc["comparison"])) for f in ("predicted", "evaluated")}
    must |= {f"recheck.per_site[{k}].{f}" for k in range(len(rc["per_site"])) for f in ("logic_peak_C", "dram_peak_C")}
    must |= {f"recheck.power_by_chiplet_W.{t}.{f}" for t in rc["power_by_chiplet_W"]
             for f in ("static_W", "compute_W", "dram_W", "d2d_W", "total_W")}
    must |= {f"recheck.evaluated.latency_percentiles_ms.{m}[{k}]" for m in ("ttft", "tpot")
             for k in range(len(rc["evaluated"]["latency_percentiles_ms"]["percentile"]))}
    must |= {f"design.instances[{k}].rate_req_per_s" for k in range(len(sol["design"]["instances"]))}
    assert must <= shown, sorted(must - shown)


def test_objective_bound_and_gap_are_printed_as_in_the_file(page, sol):
    printed = {path: text for path, _, text, _ in page.numbers}
    assert printed["objective"] == f"{sol['objective']:.6g}"
    assert printed["objective_bound"] == f"{sol['objective_bound']:.6g}"
    assert printed["mip_gap"] == f"{sol['mip_gap']:.3g}"


def test_each_number_says_whether_it_is_proven_predicted_or_measured(page):
    proof = page.section_text["proof"]
    assert "proven optimum" in proof and "proven bound" in proof and "measured (evaluator" in proof
    recheck = page.section_text["recheck"]
    assert "predicted (MILP)" in recheck and "evaluated (measured)" in recheck
    for sid in ("thermal", "latency", "power"):
        assert "measured" in page.section_text[sid], sid


def test_recheck_rows_state_the_model_error_bound_and_whether_it_holds(page, sol):
    text = page.section_text["recheck"]
    for r in sol["recheck"]["comparison"]:
        bound = STATED_BOUNDS.get(r["metric"])
        if bound is None:
            continue
        assert bound.text in text
        assert bound.holds(r["predicted"], r["evaluated"], r["evaluated_ci95"]) in (True, None), r["metric"]
    assert "none recorded" in text     # the shipped default needed no tightening


def test_the_page_is_self_contained(page):
    text = page.text
    for needle in ("http://", "https://", "<script", "<link", "<img", "@import", "src="):
        assert needle not in text, needle
    assert all(u.startswith("url(#") for u in re.findall(r"url\([^)]*\)", text))
    assert text.count("<svg") == 4     # floorplan, thermal map, latency, power: inline drawings


# ----------------------------------------------------------------------------- other files
def test_an_older_solution_file_says_what_it_lacks_instead_of_recomputing(sol, tmp_path):
    old = copy.deepcopy(sol)
    del old["recheck"]["power_by_chiplet_W"]
    del old["recheck"]["evaluated"]["latency_percentiles_ms"]
    p = page_of(old, tmp_path)
    assert H.MISSING in p.section_text["power"] and H.MISSING in p.section_text["latency"]
    ev = sol["recheck"]["evaluated"]
    shown = {path: text for path, _, text, _ in p.numbers}
    for m in ("ttft", "tpot"):
        for q in (50, 90, 99):                       # the percentiles the old format holds
            assert printed_equals(shown[f"recheck.evaluated.{m}_p{q}_ms"], ev[f"{m}_p{q}_ms"])


def test_a_solution_without_design_or_recheck_still_gives_every_section(sol, tmp_path):
    bare = {k: v for k, v in sol.items() if k not in ("recheck",)}
    bare.update(status="infeasible", design=None, predicted=None, objective=None, objective_bound=None, mip_gap=None)
    p = page_of(bare, tmp_path)
    assert p.sections == SECTIONS
    assert "no placed design" in p.section_text["floorplan"] and H.MISSING in p.section_text["recheck"]


def test_without_its_instance_file_the_floorplan_is_a_schematic_that_says_so(sol, tmp_path):
    moved = dict(sol, instance_file="nowhere/missing.json")
    path = tmp_path / "moved.json"
    path.write_text(json.dumps(moved))
    p = read_page(report_html(path))
    assert "schematic, not to scale" in p.section_text["floorplan"]
    assert "nowhere/missing.json" in p.section_text["floorplan"]
    assert "to scale (from instances/default.json)" in read_page(report_html(SOLUTION)).section_text["floorplan"]


# ----------------------------------------------------------------------------- drawing
def test_drawn_kv_routes_are_the_routes_the_evaluator_charges(sol):
    from lamoopt.evaluate import network as net
    from lamoopt.evaluate.serving import kv_transfer_plan
    from lamoopt.evaluate.timing import InstanceTimer
    from lamoopt.instance import load_and_check
    _, design = load_solution_file(SOLUTION)
    prob = load_and_check(ROOT / "instances" / "default.json")
    paths = kv_paths(design)
    for p in design.by_role("prefill"):
        for d in design.by_role("decode"):
            mine = [(sites, share) for pid, did, sites, share in paths if (pid, did) == (p.id, d.id)]
            assert sum(share for _, share in mine) == pytest.approx(1.0)      # the whole KV cache moves
            links = {link for sites, _ in mine for link in itertools.pairwise(sites)}
            assert all(net.hops(a, b) == 1 for a, b in links)                  # along the mesh
            plan = kv_transfer_plan(InstanceTimer(prob, design, p), InstanceTimer(prob, design, d),
                                    net.occupied_sites(design))
            assert links == set(plan.link_share)


def test_group_outline_follows_the_cells_inset_from_every_outside_site():
    n = 40
    m = region_mask({(0, 0), (0, 1), (1, 0)}, 2, 2, 0.1)[1:-1, 1:-1]        # an L of three cells
    assert not m[n:, n:].any()                                               # the missing cell
    assert m[n // 2, n // 2] and m[n // 2, n + n // 2] and m[n + n // 2, n // 2]
    assert not m[:3, :].any() and not m[:, :3].any()                         # inset from the edge
    assert not m[n - 3, n + n // 2] and not m[n + n // 2, n - 3]          # inset from the missing cell


# ----------------------------------------------------------------------------- command line
def snapshot(root: Path) -> dict:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*")}


def test_report_writes_the_page_beside_the_solution_or_where_asked(tmp_path, capsys):
    src = tmp_path / "solutions" / "default.json"
    src.parent.mkdir()
    shutil.copy(SOLUTION, src)
    assert main(["report", str(src)]) == EXIT_OK
    assert (tmp_path / "solutions" / "default.html").read_text().startswith("<!DOCTYPE html>")
    assert main(["report", str(src), "-o", str(tmp_path / "out" / "r.html"),
                 "--instance", str(ROOT / "instances" / "default.json")]) == EXIT_OK
    assert "to scale" in (tmp_path / "out" / "r.html").read_text()
    assert "wrote" in capsys.readouterr().out


def _bad_per_site(sol):
    bad = copy.deepcopy(sol)
    bad["recheck"]["per_site"][0]["row"] = "zero"
    return bad


@pytest.mark.parametrize("make, needles", [
    (lambda s: None, ["missing.json'", "an existing, readable JSON file"]),
    (lambda s: "{not json", ["line 1 column 2", "valid JSON"]),
    (lambda s: json.loads((ROOT / "instances" / "default.json").read_text()), ["status", "a solution file"]),
    (lambda s: {k: v for k, v in s["design"].items() if k in ("instances", "grid_rows", "grid_cols")},
     ["status", "bare design"]),
    (lambda s: dict(s, status="solved"), ["status = 'solved'", "'optimal'"]),
    (lambda s: dict(s, design=dict(s["design"], instances=s["design"]["instances"][:1])), ["design.instances"]),
    (_bad_per_site, ["recheck.per_site.0.row", "'zero'"]),
], ids=["missing", "not-json", "instance-file", "bare-design", "bad-status", "bad-design", "bad-per-site"])
def test_bad_input_names_the_file_and_field_exits_2_and_writes_nothing(tmp_path, capsys, sol, make, needles):
    content = make(sol)
    path = tmp_path / ("missing.json" if content is None else "bad.json")
    if content is not None:
        path.write_text(content if isinstance(content, str) else json.dumps(content))
    before = snapshot(tmp_path)
    capsys.readouterr()
    assert main(["report", str(path)]) == EXIT_INPUT
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("lamoopt: error: ") and "Traceback" not in err
    assert path.name in err
    for needle in needles:
        assert needle in err, (needle, err)
    assert snapshot(tmp_path) == before


def test_bad_directory_or_instance_exits_2(tmp_path, capsys):
    assert main(["report", str(tmp_path)]) == EXIT_INPUT
    assert "sweep.csv or pareto.csv" in capsys.readouterr().err
    assert main(["report", str(SOLUTION), "-o", str(tmp_path / "r.html"), "--instance", "nope.json"]) == EXIT_INPUT
    assert "'nope.json'" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_solve_report_writes_the_page_of_the_written_solution(tmp_path, capsys):
    out = tmp_path / "small.json"
    rc = main(["solve", str(ROOT / "tests" / "fixtures" / "small_instance.json"), "-o", str(out), "--report",
               "--requests", "200"])
    assert rc in (EXIT_OK, 5)
    sol = json.loads(out.read_text())
    p = read_page((tmp_path / "small.html").read_text())
    assert p.sections == SECTIONS
    for inst in sol["design"]["instances"]:
        assert ("instance", inst["id"]) in p.rows
    assert "to scale" in p.section_text["floorplan"]
    assert all(printed_equals(t, lookup(sol, f), s) for f, s, t, _ in p.numbers)
