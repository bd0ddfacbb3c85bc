"""The report of a what-if directory (`lamoopt report DIR`): the sweep or Pareto plot, a table of
the points, and each point's floorplan one click away (click a point in the plot or its row's
link).

It reads what `lamoopt whatif --sweep/--pareto -o DIR` wrote: DIR/sweep.csv and/or
DIR/pareto.csv, whose column `design_json` holds each point's optimal design as JSON
(lamoopt.whatif.sweep.results_table). Older directories without that column get the plot and
the table, and the page says the designs are missing.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

from lamoopt.instance.errors import InputError
from lamoopt.report import html as H
from lamoopt.report.figures_svg import whatif_svg
from lamoopt.report.floorplan_svg import Scale, floorplan_svg
from lamoopt.report.solution import parse_design
from lamoopt.whatif.pareto import SECOND, TPOT_PATH

TABLES = ("sweep.csv", "pareto.csv")
REQUIRED = ("objective", "status")
DESIGN_COLUMN = "design_json"    # lamoopt.whatif.sweep.results_table
SHOWN = ("throughput_tokens_per_s", "power_W", "tokens_per_s_per_W", "ttft_ms", "tpot_ms", "peak_temperature_C")


def load_tables(directory: Path) -> dict[str, pd.DataFrame]:
    """{file name: table} of the what-if tables in `directory`; InputError when there is none or
    one lacks a required column."""
    if not directory.is_dir():
        raise InputError([("<directory>", str(directory), "a solution file or a what-if output directory")])
    out = {}
    for name in TABLES:
        path = directory / name
        if not path.is_file():
            continue
        try:
            df = pd.read_csv(path, keep_default_na=True)
        except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
            raise InputError([("<file>", str(path), f"a CSV table written by lamoopt whatif ({exc})")]) from None
        missing = [c for c in REQUIRED if c not in df.columns]
        if missing:
            raise InputError([(c, None, "a column of every what-if table (written by lamoopt whatif)")
                              for c in missing], str(path))
        out[name] = df
    if not out:
        expected = f"a what-if output directory holding {' or '.join(TABLES)} (lamoopt whatif --sweep/--pareto -o DIR)"
        raise InputError([("<directory>", str(directory), expected)])
    return out


def swept_columns(df: pd.DataFrame) -> list[str]:
    """The swept parameters: the columns before `objective`."""
    return list(df.columns[:list(df.columns).index("objective")])


def _value(v):
    """A CSV cell as a plain value (NaN -> None)."""
    if isinstance(v, float) and math.isnan(v):
        return None
    return v.item() if hasattr(v, "item") else v


def plot_points(name: str, df: pd.DataFrame) -> tuple[list[dict], str, str, bool]:
    """(points, x label, y label, step) of the plot: sweeps against the first swept parameter
    (a line per value of the second); fronts against their second metric."""
    paths = swept_columns(df)
    if name == "pareto.csv":
        metric = SECOND["tpot" if TPOT_PATH in paths else "throughput"][0]
        x, line = metric, None
    else:
        x, line = paths[0], (paths[1] if len(paths) > 1 else None)
    points = []
    for k, row in df.iterrows():
        points.append({"x": _value(row.get(x)), "y": _value(row["objective"]) if row["status"] == "optimal" else None,
                       "line": f"{line} = {row[line]}" if line else "optimal points",
                       "hollow": name == "pareto.csv" and not bool(row.get("pareto", True)),
                       "anchor": point_anchor(name, k)})
    return points, x, "objective (proven optimum at each point)", name == "pareto.csv"


def point_anchor(table: str, k: int) -> str:
    return f"{table.split('.')[0]}-point-{k}"


def table_section(name: str, df: pd.DataFrame, title: str) -> H.Section:
    points, xlabel, ylabel, step = plot_points(name, df)
    svg = whatif_svg(points, xlabel, ylabel, step=step, name=name.split(".")[0])
    paths = swept_columns(df)
    shown = [c for c in SHOWN if c in df.columns]
    stem = name.split(".")[0]
    rows = []
    for k, row in df.iterrows():
        has = DESIGN_COLUMN in df.columns and isinstance(row[DESIGN_COLUMN], str) and row[DESIGN_COLUMN]
        link = H.Raw(f'<a href="#{point_anchor(name, k)}">floorplan</a>') if has else "–"
        rows.append([k] + [_value(row[p]) for p in paths] + [row["status"]]
                    + [H.num(_value(row[c]), f"{stem}[{k}].{c}") for c in ("objective", "objective_bound", "mip_gap")]
                    + [H.num(_value(row[c]), f"{stem}[{k}].{c}", 4) for c in shown] + [link])
    parts = [H.figure(svg, f"{title}: the proven optimum at each point (click a point for its floorplan)"),
             H.table(["point"] + paths + ["status", "objective (proven)", "bound (proven)", "gap"]
                     + [f"{c} (predicted)" for c in shown] + ["design"], rows)]
    if DESIGN_COLUMN not in df.columns:
        parts.append(H.para(f"the points' designs: not in this {name} (written before designs were stored); "
                            f"re-run lamoopt whatif"))
    return H.Section(name.split(".")[0], title, parts, wide=True)


def point_sections(name: str, df: pd.DataFrame, scale: Scale, source: str) -> list[H.Section]:
    if DESIGN_COLUMN not in df.columns:
        return []
    out = []
    paths = swept_columns(df)
    for k, row in df.iterrows():
        what = ", ".join(f"{p} = {row[p]}" for p in paths)
        cell = row[DESIGN_COLUMN]
        head = H.key_values([("status", row["status"], ""),
                             ("objective", H.num(_value(row["objective"]), f"{name.split('.')[0]}[{k}].objective"),
                              H.PROVEN)])
        if not (isinstance(cell, str) and cell):
            out.append(H.Section(point_anchor(name, k), f"Point {k}: {what}", [head, H.para("no design at this point")],
                                 in_nav=False))
            continue
        try:
            data = json.loads(cell)
        except json.JSONDecodeError as exc:
            raise InputError([(f"row {k}: {DESIGN_COLUMN}", cell[:40], f"the point's design as JSON ({exc.msg})")], source) from None
        design = parse_design(data, f"{source} row {k}")
        mapping = H.table(["instance", "role", "chiplet", "TP", "PP", "batch", "layers per stage"],
                          [[i.id, i.role, i.chiplet, i.tp, i.pp, i.batch, "/".join(map(str, i.layers_per_stage))]
                           for i in design.instances])
        svg = floorplan_svg(design, scale, width_in=6.0, name=point_anchor(name, k)) if any(
            i.sites for i in design.instances) else ""
        out.append(H.Section(point_anchor(name, k), f"Point {k}: {what}",
                             [head, H.Raw(svg), mapping, H.para(f"floorplan {scale.note}")], in_nav=False))
    return out


def whatif_page(directory: Path, scale: Scale) -> str:
    """The report of a what-if directory (see the module docstring)."""
    tables = load_tables(directory)
    sections = []
    for name, df in tables.items():
        title = "Pareto front" if name == "pareto.csv" else "Sweep"
        sections.append(table_section(name, df, title))
        sections += point_sections(name, df, scale, str(directory / name))
    n = sum(len(df) for df in tables.values())
    sub = [f"what-if directory {directory}: {', '.join(tables)} ({n} points)",
           f"Objectives and bounds: {H.PROVEN} at each point; metrics: {H.PREDICTED}."]
    return H.page(f"lamoopt what-if report: {directory.name}", sub, sections)
