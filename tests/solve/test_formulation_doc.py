"""formulations/lamoopt_milp.md section 4 names exactly the constraint families the code builds:
a family added, renamed or dropped in families.py without the document (or the reverse) fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pyomo.environ as pyo

from lamoopt.catalog import CHIPLETS
from lamoopt.formulation.build import build_model
from lamoopt.solve.run import prepare
from tests.solve.test_milp import TINY, problem

DOC = Path(__file__).resolve().parents[2] / "formulations" / "lamoopt_milp.md"


def documented_rows() -> set[str]:
    """Backticked CamelCase names (`Name` or `Name[...]`) in sections 3 and 4."""
    text = DOC.read_text()
    body = text[text.index("## 3. Variables"):text.index("## 5. Objectives")]
    return set(re.findall(r"`([A-Z][A-Za-z]+)(?:\[[^`]*\])?`", body))


def built(**changes) -> pyo.ConcreteModel:
    p = problem(**{**TINY, **changes})
    _, _, d = prepare(p)
    return build_model(d)


def names(m, kind) -> set[str]:
    return {c.local_name for c in m.component_objects(kind)}


def test_every_built_constraint_family_is_documented_and_every_documented_name_is_built():
    limits = {"package.area_limit_mm2": 5000.0, "package.cost_limit_usd": 1e6,
              "chiplets": [{**CHIPLETS["PC"], "cost_usd": 900.0, "max_count": 2}, {**CHIPLETS["DC"], "cost_usd": 1500.0}],
              "package.grid_cols": 3, "package.grid_rows": 3, "package.max_chiplet_types": 2}
    models = [built(**limits), built(**{"objective.kind": "min_latency", "search.decode_batches": [64]}),
              built(**{"serving": {"chunked_prefill": {"chunk_tokens": [512]}}})]   # RolePairing
    constraints = set().union(*(names(m, pyo.Constraint) for m in models))
    other = set().union(*(names(m, kind) for m in models for kind in (pyo.Var, pyo.Expression)))
    documented = documented_rows()
    assert constraints - documented == set(), "built but not in formulations/lamoopt_milp.md"
    assert documented - constraints - other == set(), "documented but not in the built model"


def test_every_built_row_has_a_family_with_a_meaning_in_the_instances_terms():
    """formulation.families.FAMILIES is the one list of row families: every constraint any model
    builds belongs to one (what-if explanations name infeasible rows by its meaning), and every
    family's rows are documented."""
    from lamoopt.formulation.families import FAMILIES, ROW_MEANINGS
    limits = {"package.area_limit_mm2": 5000.0, "package.cost_limit_usd": 1e6, "package.max_chiplet_types": 2,
              "chiplets": [{**CHIPLETS["PC"], "nre_usd": 1e4, "max_count": 2}, CHIPLETS["DC"]]}
    models = [built(**limits), built(**{"objective.kind": "min_latency", "search.decode_batches": [64]}),
              built(**{"serving": {"chunked_prefill": {"chunk_tokens": [512]}}})]   # RolePairing
    constraints = set().union(*(names(m, pyo.Constraint) for m in models))
    assert constraints <= set(ROW_MEANINGS)
    assert {f.name for f in FAMILIES} <= documented_rows()
    assert all(f.meaning for f in FAMILIES)
