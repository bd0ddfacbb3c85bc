"""Sweeps over one or two instance parameters: points, results table (CSV) and plot (PNG).

Points run through `executors.run_points`, so a sweep re-uses one built model per worker
where the swept fields are parameters (`engine.PARAM_PATHS`) and rebuilds per point
otherwise. Every point is validated before the first solve (a bad value stops the sweep with
exit code 2 naming it); an infeasible point is recorded with status 'infeasible' and the sweep
goes on.
"""

from __future__ import annotations

import io
import itertools
import json
import math
from pathlib import Path

import pandas as pd

from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.report.files import write_text_atomic
from lamoopt.whatif.changes import BaseInstance, Changes, Sweep
from lamoopt.whatif.engine import TARGET_PATHS, TIGHTER
from lamoopt.whatif.executors import Job, run_points
from lamoopt.whatif.figures import PointResult
from lamoopt.whatif.plots import write_sweep_png


def grid_points(sweeps: list[Sweep], fixed: Changes | None = None) -> list[Changes]:
    """Every combination; the first swept parameter varies fastest (so consecutive points on
    one worker differ in one parameter)."""
    fixed = dict(fixed or {})
    axes = [[(s.path, v) for v in s.values] for s in sweeps]
    return [{**fixed, **dict(reversed(combo))} for combo in itertools.product(*reversed(axes))]


def target_hints(points: list[Changes]) -> Changes:
    """The loosest latency target any point asks for: the model is built for it once."""
    hints = {}
    for path in TARGET_PATHS:
        values = [p[path] for p in points if isinstance(p.get(path), (int, float))]
        if values:
            hints[path] = max(values)
    return hints


def validate_points(base: BaseInstance, points: list[Changes]) -> None:
    """Raise the InputError of the first invalid point before any solve."""
    for changes in points:
        base.problem(changes)


def solve_order(points: list[Changes], sweeps: list[Sweep], fixed_rate: bool) -> list[int]:
    """Point indices from loose to tight along every swept parameter that has a direction
    (engine.TIGHTER; the last swept parameter major), so that later points tighten earlier
    ones and the engine can often keep the previous optimum without a solve."""
    def sign(path: str) -> int:
        if path == "workload.arrival_rate_req_per_s" and fixed_rate:
            return 0
        return TIGHTER.get(path, 0)

    def key(k: int) -> tuple:
        return tuple(sign(s.path) * points[k][s.path] if sign(s.path) else 0 for s in reversed(sweeps))
    return sorted(range(len(points)), key=key)


def run_sweep(base: BaseInstance, opts, sweeps: list[Sweep], fixed: Changes | None = None,
              executor: str = "local", workers: int = 1, progress: bool = True) -> list[PointResult]:
    """Results in grid order (`grid_points`), solved in `solve_order`."""
    points = grid_points(sweeps, fixed)
    validate_points(base, points)
    order = solve_order(points, sweeps, ObjectiveSense.of(base.problem(points[0]).instance).fixed_rate)
    job = Job(base, opts, target_hints(points))
    solved = run_points(job, [points[k] for k in order], executor, workers, progress, label="sweep")
    results: list[PointResult | None] = [None] * len(points)
    for k, r in zip(order, solved):
        results[k] = r
    return results


def design_changes(results: list[PointResult], line_of) -> list[bool]:
    """True where a point's design differs from the previous feasible point on its line."""
    last: dict = {}
    out = []
    for r in results:
        line = line_of(r)
        changed = bool(r.signature) and line in last and last[line] != r.signature
        out.append(changed)
        if r.signature:
            last[line] = r.signature
    return out


def results_table(results: list[PointResult], paths: list[str], changed: list[bool]) -> pd.DataFrame:
    """A row per point: a column per swept parameter, objective, status, gap, key figures, and
    last `design_json`: the point's optimal design as compact JSON (the lamoopt.design.Design format
    `lamoopt evaluate` reads; empty without one), which `lamoopt report DIR` draws."""
    rows = []
    for r, ch in zip(results, changed):
        row = {p: r.values.get(p) for p in paths}
        row.update(objective=r.objective, status=r.status, objective_bound=r.objective_bound,
                   mip_gap=r.mip_gap, design_changed=ch)
        row.update(r.figures)
        row.update(model=r.mode, time_s=round(r.time_s, 4), message=r.message if r.status != "optimal" else "")
        row["design_json"] = json.dumps(r.design, separators=(",", ":")) if r.design is not None else ""
        rows.append(row)
    return pd.DataFrame(rows)


def write_csv(path: Path, df: pd.DataFrame) -> Path:
    buf = io.StringIO()
    df.to_csv(buf, index=False)
    return write_text_atomic(path, buf.getvalue())


def write_sweep(out_dir: str | Path, results: list[PointResult], sweeps: list[Sweep], objective_kind: str,
                title: str) -> list[Path]:
    """sweep.csv and sweep.png into out_dir."""
    out_dir = Path(out_dir)
    paths = [s.path for s in sweeps]
    second = paths[1] if len(paths) > 1 else None
    changed = design_changes(results, lambda r: r.values.get(second) if second else None)
    df = results_table(results, paths, changed)
    written = [write_csv(out_dir / "sweep.csv", df)]
    written.append(write_sweep_png(out_dir / "sweep.png", df, paths, objective_kind, title))
    return written


def sweep_summary(results: list[PointResult], sweeps: list[Sweep]) -> str:
    """A short text: points, statuses, models built, objective range."""
    status = pd.Series([r.status for r in results]).value_counts().to_dict()
    objs = [r.objective for r in results if r.objective is not None and math.isfinite(r.objective)]
    built = sum(r.mode == "built" for r in results)
    span = f"objective {min(objs):.6g} .. {max(objs):.6g}" if objs else "no feasible point"
    return (f"sweep over {' x '.join(f'{s.path} ({len(s.values)})' for s in sweeps)}: {len(results)} points "
            f"({', '.join(f'{n} {k}' for k, n in status.items())}); {span}; model built {built} time(s), "
            f"re-used for the other points")
