"""Which limits bind at the optimum, and what relaxing each by a stated step gains, measured
by re-solving the relaxed instance (not read from MILP duals, which a MILP does not have).

A limit binds when its rows have (almost) no slack at the optimum: the power budget, a chip
type's logic/DRAM temperature rows on occupied sites, the rate target (Rate >= lambda; always
for Rate == lambda objectives), the utilisation caps set by the TTFT target, the TPOT target
(it drops decode points that the relaxed target would admit) and the grid (every site
occupied). Each relaxation is an instance change (the same as `--set`), so its gain is what
that change of the instance would really give; budget, rate, ambient and targets re-use the
model, chip temperature limits and the grid rebuild it.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import pyomo.environ as pyo

from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.solve.highs import Status
from lamoopt.whatif.changes import BaseInstance, Changes
from lamoopt.whatif.engine import Engine

BIND_REL_TOL = 1e-4      # slack below this share of the limit's scale counts as binding
BIND_TEMP_K = 0.01


@dataclass
class Row:
    """One limit at the optimum and the effect of relaxing it."""

    limit: str
    field: str
    value: object
    slack: float | None          # in the limit's unit (W, K, req/s, ...); None: not a row slack
    binds: bool
    relaxed_to: object = None
    objective: float | None = None
    objective_relaxed: float | None = None
    gain: float | None = None    # improvement (positive = better, whatever the sense)
    gain_rel: float | None = None
    status: str = ""

    def text(self) -> str:
        slack = "" if self.slack is None else f"slack {self.slack:.4g}"
        head = f"  {self.limit:<34s} {str(self.value):<12s} {'binds' if self.binds else 'slack':<6s} {slack}"
        if self.relaxed_to is None or not self.binds:
            return head
        gain = "n/a" if self.gain is None else f"{self.gain:+.6g} ({self.gain_rel:+.2%})"
        return f"{head}\n      relaxed to {self.field} = {_fmt(self.relaxed_to)}: objective gain {gain} [{self.status}]"


def _fmt(x) -> str:
    return f"{x:.6g}" if isinstance(x, float) else str(x)


def sensitivity(base: BaseInstance, changes: Changes, opts, step: float = 0.05) -> tuple[object, list[Row]]:
    """(the solved point, a Row per limit) with every binding limit relaxed by `step`."""
    prob = base.problem(changes)
    t = prob.instance.workload.targets
    hints = {"workload.targets.ttft_ms": t.ttft_ms * (1 + step), "workload.targets.tpot_ms": t.tpot_ms * (1 + step)}
    engine = Engine(base, opts, hints=hints, infer=False)
    solved = engine.solve(changes)
    if solved.outcome.status != Status.OPTIMAL:
        return solved, []
    rows = _limits(engine, solved.problem, step)
    sense = 1.0 if ObjectiveSense.of(prob.instance).maximised else -1.0
    for row in rows:
        if row.binds and row.relaxed_to is not None:
            _measure(engine, dict(changes), row, solved.outcome.objective, sense)
    return solved, rows


def _measure(engine: Engine, changes: Changes, row: Row, objective: float, sense: float) -> None:
    """Re-solve with the relaxation (a rebuild when the field needs one) and record the gain."""
    relaxed = {**changes, **_as_changes(row)}
    solved = engine.solve(relaxed)
    row.objective, row.status = objective, solved.outcome.status.value
    row.objective_relaxed = solved.outcome.objective
    if solved.outcome.objective is not None:
        row.gain = sense * (solved.outcome.objective - objective)
        row.gain_rel = row.gain / abs(objective) if objective else math.nan


def _as_changes(row: Row) -> Changes:
    if row.field == "package.grid_rows x grid_cols":
        rows, cols = (int(x) for x in str(row.relaxed_to).split("x"))
        return {"package.grid_rows": rows, "package.grid_cols": cols}
    return {row.field: row.relaxed_to}


def _limits(engine: Engine, prob, step: float) -> list[Row]:
    built, m = engine.built, engine.built.model
    return ([_power(m, prob, step), _rate(m, prob, step)] + _thermal(engine, prob, step)
            + [_ttft(m, built, prob, step), _tpot(built, prob, step), _grid(m, built, prob)])


def _power(m, prob, step: float) -> Row:
    budget = prob.instance.package.power_budget_W
    slack = budget - pyo.value(m.Power_W)
    return Row("power budget (W)", "package.power_budget_W", budget, slack, slack <= BIND_REL_TOL * budget,
               budget * (1 + step))


def _rate(m, prob, step: float) -> Row:
    lam = prob.rate_req_per_s
    fixed = ObjectiveSense.of(prob.instance).fixed_rate
    slack = pyo.value(m.Rate) - lam
    return Row("arrival rate (req/s)", "workload.arrival_rate_req_per_s", lam, slack,
               fixed or slack <= BIND_REL_TOL * lam, lam * (1 - step))


def _thermal(engine: Engine, prob, step: float) -> list[Row]:
    """A row per chip type and limit kind (slack: the coolest margin over occupied sites), and
    the ambient (cooling) when any of them binds."""
    m, th = engine.built.model, engine.built.thermal
    amb = prob.instance.package.ambient_C
    names = [c.name for c in prob.chiplets]
    out = []
    for chip in sorted(th.logic_limit):
        occupied = [j for j in m.SITES if sum(pyo.value(m.Occupied[j, c, r]) for c, r in m.POOLS if c == chip) > 0.5]
        for kind in ("logic", "dram"):
            rows = [m.Thermal[idx] for idx in m.THERMAL_ROWS if idx[:2] == (chip, kind) and idx[2] in occupied]
            if not rows:
                continue
            slack = min(-pyo.value(r.body) for r in rows)
            limit = th.limit_C(chip, kind)
            out.append(Row(f"{chip} {kind} temperature limit (C)",
                           f"chiplets[{names.index(chip)}].thermal.{kind}_temp_limit_C", limit, slack,
                           slack <= BIND_TEMP_K, round(limit + step * (limit - amb), 6)))
    if any(r.binds for r in out):
        headroom = min(r.value for r in out) - amb
        out.append(Row("ambient / coolant (C)", "package.ambient_C", amb, min(r.slack for r in out), True,
                       round(amb - step * headroom, 6)))
    return out


def _ttft(m, built, prob, step: float) -> Row:
    """The TTFT target binds when a used prefill point runs at a cap below max_utilisation."""
    rho_max = prob.instance.search.max_utilisation
    target = prob.instance.workload.targets.ttft_ms
    slacks = []
    for o in m.PREFILL_POINTS:
        count = pyo.value(m.Count[o])
        cap = pyo.value(m.rho_cap[o])
        if count > 0.5 and cap < rho_max - 1e-9:
            mu = built.tables.points[o].capacity_req_per_s
            slacks.append((cap * mu * count - pyo.value(m.Flow[o])) / (mu * count))
    slack = min(slacks) if slacks else None
    binds = slack is not None and slack <= BIND_REL_TOL
    return Row("TTFT target (ms)", "workload.targets.ttft_ms", target, slack, binds, target * (1 + step))


def _tpot(built, prob, step: float) -> Row:
    """The TPOT target binds when the relaxed target admits decode points it now drops."""
    target = prob.instance.workload.targets.tpot_ms
    admitted = [p for p in built.tables.points.values()
                if p.role == "decode" and target < p.latency_ms <= target * (1 + step)]
    return Row("TPOT target (ms)", "workload.targets.tpot_ms", target, None, bool(admitted), target * (1 + step))


def _grid(m, built, prob) -> Row:
    pkg = prob.instance.package
    free = sum(1 for j in m.SITES if sum(pyo.value(m.Occupied[j, c, r]) for c, r in m.POOLS) < 0.5)
    return Row("grid (free sites)", "package.grid_rows x grid_cols", f"{pkg.grid_rows}x{pkg.grid_cols}", float(free),
               free == 0, f"{pkg.grid_rows}x{pkg.grid_cols + 1}")


def rows_text(rows: list[Row], step: float, objective_kind: str) -> str:
    head = (f"sensitivity ({objective_kind}; each binding limit relaxed by {step:.0%} and re-solved; "
            f"gain > 0 is better):")
    return "\n".join([head] + [r.text() for r in rows])


def rows_dicts(rows: list[Row]) -> list[dict]:
    return [asdict(r) for r in rows]
