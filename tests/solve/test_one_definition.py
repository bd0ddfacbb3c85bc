"""Each row family is written once (formulation/families.py): the MILP (build.py), the fluid
relaxation (fluid.py) and the fixed-layout flow LP (flow_lp.py, the enumerator's) are all built
from it. Changing one family in the registry must change all three models alike."""

from __future__ import annotations

import dataclasses

import pyomo.environ as pyo
import pytest

from lamoopt.formulation import families
from lamoopt.formulation.build import build_model
from lamoopt.formulation.families import BY_NAME, FAMILIES, SCALAR, View
from lamoopt.formulation.flow_lp import FixedLayout, FlowLP
from lamoopt.formulation.fluid import FLUID_ROWS, FluidRelaxation
from lamoopt.formulation.linear import LinExpr, Row
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.solve.run import SolveOptions, prepare, solve, solve_milp
from tests.solve.test_milp import TINY, problem

HALF = 0.5


def half_capacity(x: View, o: str):
    """Capacity with every instance's service rate halved."""
    return x.Flow(o) <= HALF * x.coef("rho_cap", o) * x.tables.points[o].capacity_req_per_s * x.Count(o)


@pytest.fixture
def halved(monkeypatch):
    """The registry with Capacity replaced: the one place a change is made."""
    new = dataclasses.replace(BY_NAME["Capacity"], rule=half_capacity)
    monkeypatch.setattr(families, "FAMILIES", tuple(new if f.name == "Capacity" else f for f in FAMILIES))
    monkeypatch.setattr(families, "BY_NAME", {**BY_NAME, "Capacity": new})


def throughput_problem():
    return problem(**{**TINY, "objective.kind": "max_throughput", "package.power_budget_W": 700.0})


def fluid_bound(p) -> float:
    tables, _, d = prepare(p)
    return FluidRelaxation(tables, d.max_instances, len(d.sites), 1).bound()


def test_a_family_changed_in_the_registry_changes_the_milp_the_relaxation_and_the_flow_lp(halved):
    p = throughput_problem()
    tables, thermal, d = prepare(p)
    m = build_model(d)
    o = next(iter(m.Capacity))
    m.Count[o].value, m.Flow[o].value = 1, 0.0
    # the MILP's row: Flow - (rho mu / 2) Count <= 0, so at Count = 1 the body's slack is rho mu / 2
    point = tables.points[o]
    assert pyo.value(m.Capacity[o].body) == pytest.approx(-HALF * point.rho_cap * point.capacity_req_per_s)

    a = solve_milp(p, SolveOptions.from_problem(p))
    b = solve(p, SolveOptions.from_problem(p), method="enumerate")
    assert a.objective == pytest.approx(b.objective, rel=1e-6)
    assert a.objective <= fluid_bound(p) * (1 + 1e-9)


def test_the_halved_capacity_lowers_all_three_models(monkeypatch):
    p = throughput_problem()
    before = (fluid_bound(p), solve_milp(p, SolveOptions.from_problem(p)).objective,
              solve(p, SolveOptions.from_problem(p), method="enumerate").objective)
    new = dataclasses.replace(BY_NAME["Capacity"], rule=half_capacity)
    monkeypatch.setattr(families, "FAMILIES", tuple(new if f.name == "Capacity" else f for f in FAMILIES))
    monkeypatch.setattr(families, "BY_NAME", {**BY_NAME, "Capacity": new})
    after = (fluid_bound(p), solve_milp(p, SolveOptions.from_problem(p)).objective,
             solve(p, SolveOptions.from_problem(p), method="enumerate").objective)
    for x, y in zip(before, after, strict=True):
        assert y < x * (1 - 1e-3)


def test_every_row_of_the_relaxation_and_the_flow_lp_is_a_registered_family():
    p = problem(**TINY)
    tables, thermal, d = prepare(p)
    assert set(FLUID_ROWS) <= set(BY_NAME)
    point = sorted(tables.points)[0]
    cls = tables.points[point].cls
    lp = FlowLP(tables, thermal, [(cls, 0)], {point: 1})
    assert lp.A.shape[1] == lp.nv
    # the flow LP's rows are exactly the non-placement families' rows with variables left
    view = FixedLayout(tables, thermal, [(cls, 0)], {point: 1})
    n_rows = 0
    for f in FAMILIES:
        if f.pyomo_only:
            continue
        for _, row in families.rows_in(f, view):
            if isinstance(row, Row) and not row.is_constant:
                n_rows += 1 + (row.lower != row.upper and row.lower > -float("inf") and row.upper < float("inf"))
    assert len(lp.b) + len(lp.beq) == n_rows


def test_linear_expressions_give_the_rows_pyomo_would():
    a, b = LinExpr({0: 1.0}), LinExpr({1: 2.0}, 3.0)
    row = 2 * a - b + 1 <= 4 * LinExpr.of(1.0)
    assert row.terms == {0: 2.0, 1: -2.0} and row.lower == -float("inf") and row.upper == pytest.approx(6.0)
    eq = sum([a, b, 1.0]) == 5
    assert eq.lower == eq.upper == pytest.approx(1.0)
    with pytest.raises(ValueError, match="not linear"):
        _ = a * b
    assert SCALAR == ((),)


def test_the_flow_lp_rejects_a_layout_that_breaks_a_count_row():
    """A design of prefill instances only breaks InstancesPerRole: the flow LP's count rows
    (no variables left) say so and it has no solution."""
    p = problem(**TINY)
    tables, thermal, _ = prepare(p)
    prefill = sorted(o for o, q in tables.points.items() if q.role == "prefill")[0]
    lp = FlowLP(tables, thermal, [(tables.points[prefill].cls, 0)], {prefill: 1})
    assert not lp.feasible
    assert lp.best(ObjectiveSense.of(p.instance), tables.tokens_per_req) is None
