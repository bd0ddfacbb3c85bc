"""`lamoopt report PATH`: the design report of a solution file, or the report of a what-if
directory, written as one self-contained HTML file (atomically; nothing is written when the
input is bad)."""

from __future__ import annotations

from pathlib import Path

from lamoopt.report.files import write_text_atomic
from lamoopt.report.floorplan_svg import Scale

WHATIF_REPORT = "report.html"


def default_output(path: Path) -> Path:
    """<solution stem>.html beside a solution file; DIR/report.html for a what-if directory."""
    return path / WHATIF_REPORT if path.is_dir() else path.with_suffix(".html")


def recorded_scale(directory: Path) -> Scale | None:
    """The scale of the instance a what-if run recorded beside its tables (whatif.json: the
    instance file and its --set changes), or None when there is no record or the file is gone."""
    import json

    from lamoopt.whatif.changes import BaseInstance
    record = directory / "whatif.json"
    if not record.is_file():
        return None
    run = json.loads(record.read_text())
    source = Path(run.get("instance_file", ""))
    if not source.is_file():
        return None
    return Scale.of_problem(BaseInstance.from_file(source).problem(run.get("changes") or None), str(source))


def report_html(path: Path, instance: str | None = None) -> str:
    """The page for `path` (see the module docstring); `instance` gives the drawings their scale."""
    if path.is_dir():
        from lamoopt.instance import load_and_check
        from lamoopt.report.whatif_report import whatif_page
        if instance:
            scale = Scale.of_problem(load_and_check(instance), instance)
        else:
            scale = recorded_scale(path) or Scale(
                note="schematic, not to scale (give --instance FILE for the package's scale)")
        return whatif_page(path, scale)
    from lamoopt.report.design_report import scale_for, solution_page
    from lamoopt.report.solution_file import load_solution_file
    sol, design = load_solution_file(path)
    return solution_page(sol, design, scale_for(sol, path, instance), str(path))


def write_report(path: str | Path, output: str | Path | None = None, instance: str | None = None) -> Path:
    path = Path(path)
    text = report_html(path, instance)
    return write_text_atomic(Path(output) if output else default_output(path), text)
