"""The package as a limit: does it bind, and which is the smallest package that serves the
instance, each answer proven by a solve of HiGHS.

- `relaxed_max_rate`: the largest rate the package serves with the power budget, the
  temperature limits and both latency targets lifted: the MILP built for loose targets
  (LOOSE_TARGET_MS), its PowerBudget, Thermal and RateTarget rows removed, maximising Rate to
  proven optimality. Below the rate asked for, the package binds: no budget, cooling or
  latency target can help, whatever the others are. Its LP relaxation bounds the same rate
  from above, quickly: used to rule out a whole range of grids at once.
- `first_feasible`: candidate changes tried in order, each by a *feasibility re-solve* of the
  changed instance (`feasibility`: the instance's own MILP with every limit as given and a zero
  objective): HiGHS proves each candidate infeasible or finds a design that meets every row.
  The first feasible one is the answer; the re-solve is the proof.
- Candidates: grids with up to GRID_GROW_MAX more rows and up to as many more columns, fewest
  sites first (then the squarer, then fewer rows); the catalog's interposer chiplets the
  instance does not offer, each added alone on the given grid (BASELINE_DEVICES are separate
  packages, not chiplets).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pyomo.environ as pyo

from lamoopt.catalog.chiplets import BASELINE_DEVICES, CHIPLETS
from lamoopt.formulation.build import build_model
from lamoopt.formulation.solution import to_design
from lamoopt.instance.errors import InputError
from lamoopt.solve.highs import Status, solve_model
from lamoopt.solve.run import extract_choice, prepare
from lamoopt.whatif.changes import BaseInstance, Changes
from lamoopt.whatif.engine import with_targets
from lamoopt.whatif.figures import ROLES, role_mapping

LOOSE_TARGET_MS = 1e6     # "no latency target"
GRID_GROW_MAX = 2         # grids with up to this many more rows and as many more columns


@dataclass
class Check:
    """One feasibility re-solve: 'feasible', 'infeasible', 'undecided' (time limit or solver
    error) or 'rejected' (the semantic checks refuse the changed instance), with the design
    found (its mapping per role) or the reason, and the time it took."""

    label: str
    status: str
    detail: str
    time_s: float


def _roles_present(tables) -> bool:
    """Some point serves the prefill flow and some the decode flow (a combined point serves both)."""
    return all(any(p.serves(flow) for p in tables.points.values()) for flow in ("prefill", "decode"))


def _solve_with(m: pyo.ConcreteModel, expr, sense, opts):
    """Solve m for another objective (the instance's own one deactivated)."""
    for obj in m.component_data_objects(pyo.Objective, active=True):
        obj.deactivate()
    m.WhatIfObjective = pyo.Objective(expr=expr, sense=sense)
    return solve_model(m, opts.time_limit_s, opts.mip_gap, opts.threads, opts.seed)


def feasibility(base: BaseInstance, changes: Changes, opts, label: str) -> Check:
    """Is base + changes feasible? A zero-objective solve of its MILP (every limit as given)."""
    t0 = time.perf_counter()
    try:
        prob = base.problem(changes)
    except InputError as err:
        return Check(label, "rejected", err.format(), time.perf_counter() - t0)
    tables, _, d = prepare(prob)
    if not _roles_present(tables):
        return Check(label, "infeasible", "no prefill or decode configuration fits", time.perf_counter() - t0)
    m = build_model(d)
    rep = _solve_with(m, 0.0, pyo.minimize, opts)
    if rep.status == Status.OPTIMAL and rep.has_solution:
        design = to_design(tables, extract_choice(m, d))
        detail = "; ".join(f"{r}: {', '.join(role_mapping(design, r))}" for r in ROLES if role_mapping(design, r))
        return Check(label, "feasible", detail, time.perf_counter() - t0)
    status = "infeasible" if rep.status == Status.INFEASIBLE else "undecided"
    return Check(label, status, rep.termination, time.perf_counter() - t0)


def first_feasible(base: BaseInstance, fixed: Changes, candidates: list[tuple[Changes, str]],
                   opts) -> tuple[Check | None, list[Check]]:
    """The first candidate (changes, label) that is feasible on top of `fixed`, and every
    check made up to it (in order)."""
    checks = []
    for change, label in candidates:
        check = feasibility(base, {**fixed, **change}, opts, label)
        checks.append(check)
        if check.status == "feasible":
            return check, checks
    return None, checks


def relaxed_max_rate(base: BaseInstance, changes: Changes, opts, bound_only: bool = False) -> float | None:
    """The largest rate (req/s) the package serves with the power budget, the temperature
    limits and the latency targets lifted: the MILP's proven optimum, or with bound_only its LP
    relaxation's (an upper bound, found in a fraction of the time); None when no design exists
    even so (the smallest prefill and decode instances do not fit)."""
    prob = with_targets(base.problem(changes), LOOSE_TARGET_MS, LOOSE_TARGET_MS)
    tables, _, d = prepare(prob)
    if not _roles_present(tables):
        return None
    m = build_model(d)
    for name in ("PowerBudget", "Thermal", "RateTarget"):
        if hasattr(m, name):
            getattr(m, name).deactivate()
    if bound_only:
        pyo.TransformationFactory("core.relax_integer_vars").apply_to(m)
    rep = _solve_with(m, m.Rate, pyo.maximize, opts)
    if rep.status != Status.OPTIMAL or not rep.has_solution:
        return None
    return float(pyo.value(m.Rate))


def grid_candidates(rows: int, cols: int, grow: int = GRID_GROW_MAX) -> list[tuple[Changes, str]]:
    """Grids with up to `grow` more rows and columns, fewest sites first, then the squarer."""
    grids = [(r, c) for r in range(rows, rows + grow + 1) for c in range(cols, cols + grow + 1)
             if (r, c) != (rows, cols)]
    grids.sort(key=lambda rc: (rc[0] * rc[1], abs(rc[0] - rc[1]), rc))
    return [({"package.grid_rows": r, "package.grid_cols": c}, f"{r}x{c}") for r, c in grids]


def chiplet_candidates(offered: list) -> list[tuple[Changes, str]]:
    """The catalog's interposer chiplets not offered, each added alone."""
    names = [c if isinstance(c, str) else c.get("name") for c in offered]
    extra = [n for n in CHIPLETS if n not in names and n not in BASELINE_DEVICES]
    return [({"chiplets": list(offered) + [n]}, f"chiplets + {n}") for n in extra]


def checks_text(checks: list[Check]) -> str:
    """'3x4 infeasible (2.1 s), 4x5 feasible (15.0 s)'."""
    return ", ".join(f"{c.label} {c.status} ({c.time_s:.1f} s)" for c in checks)
