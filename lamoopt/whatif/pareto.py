"""Pareto fronts of the instance's objective against a second one, by the epsilon-constraint
method: the second objective becomes a constraint `second <= eps` (or `>= eps`) and the
first is optimised, to proven optimality, for a sequence of eps.

- `tpot`: the TPOT target is the epsilon (decode points whose TPOT quantile exceeds it at a
  load get their utilisation capped, those that miss it even idle get Count <= 0; one model
  built for the instance's target serves every eps). The front spans the whole range of TPOT
  a planner can trade for the objective:
  - top: the TPOT of the objective's optimum at the instance's own target (the first point);
  - floor: the lowest TPOT target any design meets, bracketed by bisection on the target to
    FLOOR_REL_TOL (relative): every solve at or below the bracket's low end is proven
    infeasible (by HiGHS, or rejected by the semantic checks' physical minimum), the high end
    has a proven optimum;
  - then `points - 1` targets on an even grid from the top down to the floor, each solved to
    proven optimality. A grid, not a step "just below the last optimum": TPOT includes queueing
    waits, so a hair below the last TPOT the same design re-allocates its flows, and such a
    walk crawls along one design.
  The TPOT of a point is the one the target constrains, `tpot_target_met_ms`: the largest
  TPOT p-quantile over the design's decode instances under the MILP's latency model (each
  instance's own slot queue at its load, Poisson arrivals), i.e. the tightest TPOT target the
  design meets. The evaluator-model prediction `tpot_ms` (the design's own, smoother, arrival
  stream) is lower and is reported beside it.
- `throughput`: Rate >= eps through the rate parameter, eps on an even grid from the
  instance's rate to the largest servable rate (a max_throughput solve of the same instance).

A *distinct design* is a different multiset of serving instances (chiplet type, role, TP, PP,
batch cap, layer split: `figures.design_signature`); placement and flow split are ignored (the
solver picks any of several symmetric placements). Designs get letters A, B, ... in the order
they appear from loose to tight, and the CSV, the PNG and pareto.json mark where the design
changes. Fewer than MIN_DESIGNS distinct designs on a TPOT front come with the reason (printed
and in pareto.json).

Each point reports its status and MIP gap; points dominated by another are flagged
(pareto = False) but kept in the CSV.

Ctrl-C (progress.Interrupt): no solve starts after it and the one running stops at its
incumbent (status 'interrupted', with bound and gap). The front keeps the points solved; the
targets of its grid not solved have status 'not_solved'; a floor bisection cut short keeps the
bracket it had (its high end proven); the note (printed and in pareto.json) says the front was
interrupted.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import numpy as np

from lamoopt.formulation.configs import queue_latency_ms
from lamoopt.formulation.objective import ObjectiveSense, maximised
from lamoopt.instance.errors import InputError
from lamoopt.report.files import write_json_atomic
from lamoopt.solve.progress import Interrupt
from lamoopt.whatif.changes import BaseInstance, Changes
from lamoopt.whatif.engine import Engine
from lamoopt.whatif.executors import Job, run_points
from lamoopt.whatif.figures import NOT_SOLVED, PointResult, not_solved, point_result
from lamoopt.whatif.plots import write_pareto_png
from lamoopt.whatif.sweep import results_table, write_csv

TPOT_PATH, RATE_PATH = "workload.targets.tpot_ms", "workload.arrival_rate_req_per_s"
TPOT_MET = "tpot_target_met_ms"
SECOND = {"tpot": (TPOT_MET, -1), "throughput": ("throughput_tokens_per_s", +1)}   # metric, sense (+1 max)
FLOOR_REL_TOL = 0.005   # the floor's bracket [lo, hi] ends when hi / lo <= 1 + this
MIN_DESIGNS = 3         # fewer distinct designs on a TPOT front are explained
REJECTED = "rejected"   # a point's mode when the semantic checks reject its changed instance
INTERRUPTED_NOTE = ("interrupted (Ctrl-C) before the front was complete: the targets not solved have status "
                    "not_solved and the range may be cut short")


@dataclass
class Front:
    """A computed front: its points (loose to tight), the range it spans and how each end is
    known (JSON-able), and why it has fewer than MIN_DESIGNS distinct designs ('' if not)."""

    kind: str
    objective_kind: str
    results: list[PointResult]
    span: dict = field(default_factory=dict)
    note: str = ""

    @property
    def labels(self) -> list[str]:
        """The design letter of every point ('' without a design)."""
        return design_labels(self.results)

    def designs(self) -> dict[str, str]:
        """Letter -> the design's mapping per role, in order of appearance."""
        out: dict[str, str] = {}
        for r, label in zip(self.results, self.labels):
            if label and label not in out:
                out[label] = mapping_text(r)
        return out


# ----------------------------------------------------------------------------- designs
def design_labels(results: list[PointResult]) -> list[str]:
    """A letter per distinct design signature, in order of appearance ('' without a design)."""
    letters: dict[str, str] = {}
    out = []
    for r in results:
        if r.signature and r.signature not in letters:
            k = len(letters)
            letters[r.signature] = string.ascii_uppercase[k % 26] + (str(k // 26) if k >= 26 else "")
        out.append(letters.get(r.signature, ""))
    return out


def design_changed(labels: list[str]) -> list[bool]:
    """True where a point's design differs from the previous point that has one."""
    out, last = [], ""
    for label in labels:
        out.append(bool(label) and bool(last) and label != last)
        last = label or last
    return out


def mapping_text(r: PointResult) -> str:
    """'prefill: 1 x PC TP2 PP3 batch 1; decode: ...' from a point's figures."""
    return "; ".join(f"{role}: {r.figures.get(f'{role}_mapping') or '-'}" for role in ("prefill", "decode"))


# ----------------------------------------------------------------------------- TPOT front
def tpot_target_met_ms(solved) -> float | None:
    """The tightest TPOT target the solved design meets: the largest TPOT p-quantile over its
    decode and combined instances under the MILP's latency model (the point's slot queue at the instance's
    own load, Poisson arrivals; a min-latency level point at its level, which is what the
    target admits it by). None without a design."""
    o = solved.outcome
    if o.choice is None:
        return None
    pct = solved.problem.instance.workload.targets.percentile

    def met_ms(key: str, n: int) -> float:
        p = o.tables.points[key]
        lam = o.choice.flows.get(key, 0.0) / n
        if p.role == "combined":   # its queue model's TPOT law (latency_ms_at is its TTFT)
            return 1e3 * p.combined_queue.tpot_quantile_s(lam, pct)
        if p.level is not None:
            return p.latency_ms_at(p.rho_hi, pct)
        return queue_latency_ms(p.queue, lam, pct)
    lat = [met_ms(k, n) for k, n in o.choice.counts.items() if o.tables.points[k].serves("decode") and n > 0]
    return max(lat) if lat else None


def solve_target(engine: Engine, fixed: Changes, eps: float) -> PointResult:
    """The proven optimum at TPOT target eps (a target below the semantic checks' physical
    minimum is recorded as infeasible with their message)."""
    try:
        solved = engine.solve({**fixed, TPOT_PATH: eps})
    except InputError as err:
        return PointResult({TPOT_PATH: eps}, "infeasible", None, None, None, mode=REJECTED, message=err.format())
    r = point_result({TPOT_PATH: eps}, solved)
    r.figures[TPOT_MET] = tpot_target_met_ms(solved)
    return r


def zero_load_floor_ms(engine: Engine, pct: float) -> float:
    """The smallest TPOT quantile of any decode operating point with no load: no design meets a
    lower target (every decode point would get Count <= 0)."""
    return min(p.latency_ms_at(0.0, pct) for p in engine.built.tables.points.values() if p.role == "decode")


def floor_bracket(engine: Engine, fixed: Changes, top: PointResult, pct: float) -> tuple[dict, PointResult]:
    """Bisect (geometrically) on the TPOT target for the lowest one any design meets; returns
    the bracket (JSON-able, with how each end is known) and the optimum at its high end."""
    hi, hi_point = top.values[TPOT_PATH], top
    lo = zero_load_floor_ms(engine, pct) * (1 - FLOOR_REL_TOL)
    lo_how, solves = "below every decode point's zero-load TPOT", 0
    probe = solve_target(engine, fixed, lo)
    solves += 1
    if probe.status == "optimal":
        return {"lo_ms": None, "hi_ms": lo, "solves": solves, "lo_how": "", "stopped": ""}, probe
    if probe.status == "interrupted":
        return {"lo_ms": None, "hi_ms": hi, "solves": solves, "lo_how": "",
                "stopped": f"the lowest probe ({lo:.6g} ms) was interrupted (Ctrl-C)"}, hi_point
    lo_how = _infeasible_how(probe) or lo_how
    stopped = ""
    while hi / lo > 1 + FLOOR_REL_TOL:
        if Interrupt.requested:
            stopped = f"bisection stopped by Ctrl-C between {lo:.6g} and {hi:.6g} ms"
            break
        mid = float(f"{math.sqrt(lo * hi):.10g}")
        r = solve_target(engine, fixed, mid)
        solves += 1
        if r.status == "optimal":
            hi, hi_point = mid, r
        elif r.status == "infeasible":
            lo, lo_how = mid, _infeasible_how(r)
        else:
            stopped = f"bisection stopped at {mid:.6g} ms: {r.status} ({r.message})"
            break
    return {"lo_ms": lo, "hi_ms": hi, "solves": solves, "lo_how": lo_how, "stopped": stopped}, hi_point


def _infeasible_how(r: PointResult) -> str:
    """How an infeasible probe is known to be infeasible."""
    if r.mode == REJECTED:
        return "rejected by the semantic checks: below the physical minimum"
    return f"proven infeasible: {r.message}" if " " in r.message else "proven infeasible by HiGHS"


def grid_targets(top_ms: float, floor_ms: float, count: int) -> list[float]:
    """`count` targets on an even grid from just below top_ms down to floor_ms (included)."""
    if count < 1 or top_ms <= floor_ms:
        return []
    return [float(f"{v:.10g}") for v in np.linspace(top_ms, floor_ms, count + 1)[1:]]


def tpot_front(base: BaseInstance, opts, fixed: Changes, max_points: int, progress: bool = True) -> Front:
    """The instance's optimum, the floor of the TPOT range, then max_points - 1 targets on an
    even grid between them (module docstring); every point solved to proven optimality."""
    from lamoopt.evaluate.progress import ProgressBar
    prob = base.problem(fixed)
    kind, pct = prob.instance.objective.kind, prob.instance.workload.targets.percentile
    engine = Engine(base, opts, hints={TPOT_PATH: prob.instance.workload.targets.tpot_ms})
    top = solve_target(engine, fixed, prob.instance.workload.targets.tpot_ms)
    if top.status != "optimal" or top.figures.get(TPOT_MET) is None:
        return Front("tpot", kind, [top], note=_interrupted_or(f"no front: the instance is {top.status} at its own "
                                                               "TPOT target", [top]))
    bracket, floor_point = floor_bracket(engine, fixed, top, pct)
    targets = grid_targets(top.figures[TPOT_MET], bracket["hi_ms"], max_points - 1)
    results = [top]
    with ProgressBar(len(targets), "pareto", enabled=progress) as bar:
        for eps in targets:
            results.append(grid_point(engine, fixed, eps, bracket["hi_ms"], floor_point))
            if results[-1].status != NOT_SOLVED:
                bar.update()
    span = {"top_ms": top.figures[TPOT_MET], "top_predicted_tpot_ms": top.figures.get("tpot_ms"),
            "instance_target_ms": top.values[TPOT_PATH], "floor": bracket, "grid_targets_ms": targets}
    front = Front("tpot", kind, results, span)
    front.note = _interrupted_or(fewer_designs_note(front), results, bracket["stopped"])
    return front


def grid_point(engine: Engine, fixed: Changes, eps: float, floor_ms: float, floor_point: PointResult) -> PointResult:
    """The grid's point at target eps: the floor's optimum at its own target, not solved after a
    Ctrl-C, else the proven optimum at eps."""
    if eps == floor_ms:
        return floor_point
    return not_solved({TPOT_PATH: eps}) if Interrupt.requested else solve_target(engine, fixed, eps)


def _interrupted_or(note: str, results: list[PointResult], stopped: str = "") -> str:
    """INTERRUPTED_NOTE when a Ctrl-C cut the front short (a point not solved or stopped at its
    incumbent, or the floor's bisection `stopped`), else `note`."""
    cut = stopped or any(r.status in (NOT_SOLVED, "interrupted") for r in results)
    return INTERRUPTED_NOTE if Interrupt.requested and cut else note


def fewer_designs_note(front: Front) -> str:
    """Why the TPOT front has fewer than MIN_DESIGNS distinct designs ('' when it has enough)."""
    distinct = len({label for label in front.labels if label})
    if distinct >= MIN_DESIGNS:
        return ""
    span = front.span
    floor = span["floor"]
    head = f"only {distinct} distinct design{'s' if distinct != 1 else ''} on the front: "
    if span["top_ms"] <= floor["hi_ms"] * (1 + FLOOR_REL_TOL):
        return head + (f"the objective's optimum already meets a TPOT target of {span['top_ms']:.6g} ms, within "
                       f"{FLOOR_REL_TOL:.1%} of the lowest target any design meets ({floor['hi_ms']:.6g} ms): "
                       f"there is no TPOT to trade for {front.objective_kind}")
    bad = [r for r in front.results if r.status != "optimal"]
    if bad:
        return head + f"{len(bad)} of the {len(front.results)} targets have no proven optimum ({bad[0].status})"
    targets = [span["top_ms"], *span["grid_targets_ms"]]
    gap = max((a - b for a, b in pairwise(targets)), default=0.0)
    return head + (f"each of the {len(front.results)} targets from {span['top_ms']:.6g} down to {floor['hi_ms']:.6g} "
                   f"ms has a proven optimum and these are all the designs optimal at them; a design optimal "
                   f"only strictly between two adjacent targets (at most {gap:.4g} ms apart) is not excluded: "
                   f"more --points narrow the gaps")


# ----------------------------------------------------------------------------- throughput front
def throughput_front(base: BaseInstance, opts, fixed: Changes, points: int, executor: str = "local",
                     workers: int = 1, progress: bool = True) -> Front:
    """Rate >= eps on an even grid from the instance's rate to the largest servable rate."""
    prob = base.problem(fixed)
    kind = prob.instance.objective.kind
    if kind == "max_throughput":
        raise InputError([("--pareto", "throughput", "a second objective other than the instance's "
                           "objective.kind = max_throughput (e.g. --pareto tpot)")])
    # trading efficiency for capacity: each point is judged at a saturated rate (Rate >= eps)
    saturated = {"objective.rate": "saturated"} if ObjectiveSense.of(prob.instance).denominator else {}
    top = Engine(base, opts).solve({**fixed, "objective.kind": "max_throughput", "objective.rate": "saturated",
                                    "objective.power": "activity"})
    if top.outcome.status.value != "optimal":
        return Front("throughput", kind, [point_result({RATE_PATH: prob.rate_req_per_s}, top)],
                     note=f"no front: the largest servable rate has no proven optimum ({top.outcome.status.value})")
    rate_max = top.outcome.choice.rate_req_per_s * (1 - 1e-6)
    lo = prob.rate_req_per_s
    grid = np.linspace(lo, max(rate_max, lo), max(points, 2)) if rate_max > lo else np.array([lo])
    pts = [{**fixed, **saturated, RATE_PATH: float(f"{v:.10g}")} for v in grid]
    results = run_points(Job(base, opts), pts, executor, workers, progress, label="pareto")
    return Front("throughput", kind, results, {"rate_req_per_s": [lo, rate_max]},
                 note=_interrupted_or("", results))


# ----------------------------------------------------------------------------- output
def mark_front(results: list[PointResult], metric: str, metric_sense: int, objective_kind: str) -> list[bool]:
    """True for points no other optimal point dominates (objective and metric both at least
    as good, one strictly better; relative tolerance 1e-9)."""
    obj_sense = 1 if maximised(objective_kind) else -1
    ok = [(k, obj_sense * r.objective, metric_sense * r.figures[metric]) for k, r in enumerate(results)
          if r.status == "optimal" and r.objective is not None and r.figures.get(metric) is not None]
    tol = 1e-9
    front = [False] * len(results)
    for k, a, b in ok:
        front[k] = not any((a2 >= a - tol * abs(a) and b2 >= b - tol * abs(b))
                           and (a2 > a + tol * abs(a) or b2 > b + tol * abs(b)) for _, a2, b2 in ok)
    return front


def front_table(front: Front):
    """The CSV's rows: the epsilon, the optimum, pareto flag, design letter and change, figures."""
    metric, sense = SECOND[front.kind]
    path = TPOT_PATH if front.kind == "tpot" else RATE_PATH
    labels = front.labels
    df = results_table(front.results, [path], design_changed(labels))
    at = df.columns.get_loc("design_changed")
    df.insert(at, "pareto", mark_front(front.results, metric, sense, front.objective_kind))
    df.insert(at + 1, "design", labels)
    return df


def front_summary(front: Front) -> dict:
    """pareto.json: the range and how each end is known, the designs, the reason for few."""
    labels = front.labels
    return {"kind": front.kind, "objective_kind": front.objective_kind, "points": len(front.results),
            "span": front.span, "distinct_designs": len(front.designs()), "designs": front.designs(),
            "design_changes_at": [r.values for r, ch in zip(front.results, design_changed(labels)) if ch],
            "note": front.note}


def write_front(out_dir: str | Path, front: Front, title: str) -> list[Path]:
    """pareto.csv, pareto.png and pareto.json into out_dir."""
    metric, _ = SECOND[front.kind]
    df = front_table(front)
    out_dir = Path(out_dir)
    return [write_csv(out_dir / "pareto.csv", df),
            write_pareto_png(out_dir / "pareto.png", df, metric, front.objective_kind, title, front.designs()),
            write_json_atomic(out_dir / "pareto.json", front_summary(front))]


def _num(x, fmt: str = ".6g") -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else format(x, fmt)


def span_text(front: Front) -> list[str]:
    """How the TPOT range was found, each end saying whether it is proven or computed."""
    s = front.span
    if front.kind != "tpot" or not s:
        return []
    f = s["floor"]
    lo = (f"no design meets {f['lo_ms']:.6g} ms ({f['lo_how']})" if f["lo_ms"] is not None
          else "no target proven infeasible" if f["stopped"] else "the lowest probe was already feasible")
    stopped = f"; {f['stopped']}" if f["stopped"] else ""
    grid = (f"    then {len(s['grid_targets_ms'])} targets on an even grid from {s['top_ms']:.6g} down to "
            f"{f['hi_ms']:.6g} ms" if s["grid_targets_ms"] else "    no grid: the range is empty")
    return [(f"  TPOT range {min(f['hi_ms'], s['top_ms']):.6g} .. {s['top_ms']:.6g} ms ({TPOT_MET}: the TPOT "
             "target a design meets "
             "under the MILP's latency model):"),
            (f"    top: the optimum at the instance's target {s['instance_target_ms']:g} ms meets targets down to "
             f"{s['top_ms']:.6g} ms (computed from its design; evaluator-model prediction tpot_ms "
             f"{_num(s['top_predicted_tpot_ms'])} ms)"),
            (f"    floor: {lo}; proven optimum at {f['hi_ms']:.6g} ms (bisection, {f['solves']} solves, "
             f"to {FLOOR_REL_TOL:.1%}){stopped}"),
            grid]


def front_text(front: Front) -> str:
    """The printed front: range, one line per point (design letter, * where it changes), the
    designs, and the count of distinct designs or why there are few."""
    metric, _ = SECOND[front.kind]
    path = TPOT_PATH if front.kind == "tpot" else RATE_PATH
    marks = mark_front(front.results, metric, SECOND[front.kind][1], front.objective_kind)
    labels = front.labels
    changed = design_changed(labels)
    lines = [(f"Pareto front: {front.objective_kind} against {metric} (epsilon-constraint, {len(front.results)} "
              "points, each a proven optimum unless its status says otherwise):"), *span_text(front)]
    lines.append(f"  {'epsilon':>12s} {'objective':>12s} {metric:>20s} {'tpot_ms (pred.)':>16s} {'gap':>9s} "
                 "design  status")
    for r, on, label, ch in zip(front.results, marks, labels, changed):
        obj = "-" if r.objective is None else f"{r.objective:.6g}"
        gap = "-" if r.mip_gap is None else f"{r.mip_gap:.1e}"
        lines.append(f"  {r.values.get(path, 0):>12.6g} {obj:>12s} {_num(r.figures.get(metric)):>20s} "
                     f"{_num(r.figures.get('tpot_ms')):>16s} {gap:>9s} {(label + ('*' if ch else '')):>6s}  "
                     f"{r.status}{'' if on or r.status != 'optimal' else ' (dominated)'}")
    designs = front.designs()
    lines.append("  designs (* = the design changes there; distinct = other instances by chiplet, role, TP, PP, "
                 "batch, layer split):")
    lines += [f"    {k}: {v}" for k, v in designs.items()]
    lines.append(f"  {len(designs)} distinct design{'s' if len(designs) != 1 else ''}"
                 + (f"; {front.note}" if front.note else ""))
    return "\n".join(lines)
