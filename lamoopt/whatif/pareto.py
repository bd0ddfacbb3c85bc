"""Pareto fronts of the instance's objective against a second one, by the epsilon-constraint
method: the second objective becomes a constraint `second <= eps` (or `>= eps`) and the
first is optimised, to proven optimality, for a sequence of eps.

- `tpot`: the TPOT target is the epsilon (decode points above it get Count <= 0, on one model
  built for the loosest target). TPOT only takes the step times of decode points, so after
  each optimum with TPOT t the next eps is just below t: every Pareto-optimal point is found,
  no grid needed (exact front), until the instance turns infeasible or the semantic checks'
  physical minimum is reached.
- `throughput`: Rate >= eps through the rate parameter, eps on an even grid from the
  instance's rate to the largest servable rate (a max_throughput solve of the same instance).

Each point reports its status and MIP gap; points dominated by another are flagged
(pareto = False) but kept in the CSV.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from lamoopt.instance.errors import InputError
from lamoopt.whatif.changes import BaseInstance, Changes
from lamoopt.whatif.engine import Engine
from lamoopt.whatif.executors import Job, run_points
from lamoopt.whatif.figures import PointResult, point_result
from lamoopt.whatif.plots import write_pareto_png
from lamoopt.whatif.sweep import results_table, write_csv

TPOT_PATH, RATE_PATH = "workload.targets.tpot_ms", "workload.arrival_rate_req_per_s"
SECOND = {"tpot": ("tpot_ms", -1), "throughput": ("throughput_tokens_per_s", +1)}   # metric, sense (+1 max)
MAXIMISED = ("max_tokens_per_s_per_W", "max_throughput")
EPS_STEP_REL = 1e-9    # next TPOT epsilon: just below the last optimum's TPOT


def tpot_front(base: BaseInstance, opts, fixed: Changes, max_points: int, progress: bool = True) -> list[PointResult]:
    """Exact front over TPOT: eps starts at the instance's target and steps below each optimum."""
    from lamoopt.evaluate.progress import ProgressBar
    eps = base.problem(fixed).instance.workload.targets.tpot_ms
    engine = Engine(base, opts, hints={TPOT_PATH: eps})
    out: list[PointResult] = []
    with ProgressBar(max_points, "pareto", enabled=progress) as bar:
        while len(out) < max_points:
            changes = {**fixed, TPOT_PATH: eps}
            try:
                solved = engine.solve(changes)
            except InputError as err:   # below the physical minimum of the semantic checks
                out.append(PointResult({TPOT_PATH: eps}, "infeasible", None, None, None, message=err.format()))
                break
            r = point_result({TPOT_PATH: eps}, solved)
            out.append(r)
            bar.update()
            if r.objective is None or r.figures.get("tpot_ms") is None:
                break
            eps = r.figures["tpot_ms"] * (1 - EPS_STEP_REL)
    return out


def throughput_front(base: BaseInstance, opts, fixed: Changes, points: int, executor: str = "local",
                     workers: int = 1, progress: bool = True) -> list[PointResult]:
    """Rate >= eps on an even grid from the instance's rate to the largest servable rate."""
    prob = base.problem(fixed)
    if prob.instance.objective.kind == "max_throughput":
        raise InputError([("--pareto", "throughput", "a second objective other than the instance's "
                           "objective.kind = max_throughput (e.g. --pareto tpot)")])
    top = Engine(base, opts).solve({**fixed, "objective.kind": "max_throughput"})
    if top.outcome.status.value != "optimal":
        return [point_result({RATE_PATH: prob.rate_req_per_s}, top)]
    rate_max = top.outcome.choice.rate_req_per_s * (1 - 1e-6)
    lo = prob.rate_req_per_s
    grid = np.linspace(lo, max(rate_max, lo), max(points, 2)) if rate_max > lo else np.array([lo])
    pts = [{**fixed, RATE_PATH: float(f"{v:.10g}")} for v in grid]
    return run_points(Job(base, opts), pts, executor, workers, progress, label="pareto")


def mark_front(results: list[PointResult], metric: str, metric_sense: int, objective_kind: str) -> list[bool]:
    """True for points no other optimal point dominates (objective and metric both at least
    as good, one strictly better; relative tolerance 1e-9)."""
    obj_sense = 1 if objective_kind in MAXIMISED else -1
    ok = [(k, obj_sense * r.objective, metric_sense * r.figures[metric]) for k, r in enumerate(results)
          if r.status == "optimal" and r.objective is not None and r.figures.get(metric) is not None]
    tol = 1e-9
    front = [False] * len(results)
    for k, a, b in ok:
        front[k] = not any((a2 >= a - tol * abs(a) and b2 >= b - tol * abs(b))
                           and (a2 > a + tol * abs(a) or b2 > b + tol * abs(b)) for _, a2, b2 in ok)
    return front


def write_front(out_dir: str | Path, results: list[PointResult], kind: str, objective_kind: str,
                title: str) -> list[Path]:
    """pareto.csv and pareto.png into out_dir."""
    metric, sense = SECOND[kind]
    path = TPOT_PATH if kind == "tpot" else RATE_PATH
    front = mark_front(results, metric, sense, objective_kind)
    df = results_table(results, [path], [False] * len(results))
    df.insert(df.columns.get_loc("design_changed"), "pareto", front)
    df = df.drop(columns=["design_changed"])
    out_dir = Path(out_dir)
    return [write_csv(out_dir / "pareto.csv", df),
            write_pareto_png(out_dir / "pareto.png", df, metric, objective_kind, title)]


def front_text(results: list[PointResult], kind: str, objective_kind: str) -> str:
    metric, sense = SECOND[kind]
    front = mark_front(results, metric, sense, objective_kind)
    lines = [f"Pareto front: {objective_kind} against {metric} (epsilon-constraint, {len(results)} solves):",
             f"  {'epsilon':>12s} {'objective':>12s} {metric:>24s} {'gap':>9s}  status"]
    path = TPOT_PATH if kind == "tpot" else RATE_PATH
    for r, on in zip(results, front):
        obj = "-" if r.objective is None else f"{r.objective:.6g}"
        val = r.figures.get(metric)
        gap = "-" if r.mip_gap is None else f"{r.mip_gap:.1e}"
        lines.append(f"  {r.values.get(path, 0):>12.6g} {obj:>12s} {'-' if val is None else f'{val:.6g}':>24s} "
                     f"{gap:>9s}  {r.status}{'' if on or r.status != 'optimal' else ' (dominated)'}")
    return "\n".join(lines)
