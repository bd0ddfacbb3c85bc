"""Elastic re-solves and HiGHS's IIS on a built model.

`elastic_solve` clones a built model, replaces the rows of chosen limits by versions with a
non-negative slack (a <= row gets `- slack`, a >= row `+ slack`, an equality `+ slack` on its
left side: serve less) and minimises the slacks, each relative to its limit. A slack group
that is non-zero at the optimum names a limit that must move; with one group alone, its
slack is the smallest change of that limit that makes the instance feasible.

`lp_iis` writes the model as an LP file with symbolic names, reads it into highspy, solves the
LP relaxation and, when that is infeasible, asks HiGHS for an irreducible infeasible subset
(iis_strategy 4: irreducible; the default strategy returned nothing here). Row and column
names map back to the constraint families of formulations/lamoopt_milp.md.
"""

from __future__ import annotations

import logging
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyomo.environ as pyo

from lamoopt.solve.highs import Status, solve_model

RATE_SLACK_SHARE_MAX = 0.999   # an elastic rate keeps >= 0.1 % of the demand: serving nothing is no design
IIS_STRATEGY = 4
_ROW_NAME = re.compile(r"^(?:c_[elur]_)?([A-Za-z]+)(?:\((.*)\))?_?$")


@dataclass(frozen=True)
class Group:
    """A limit made elastic: the rows it relaxes, and the scale its slack is measured against."""

    name: str
    rows: tuple[str, ...]          # full constraint names in the model
    scale: float                   # slack / scale is the relative relaxation (objective weight)
    slack_max: float | None = None


@dataclass
class ElasticResult:
    """Slack per group at the elastic optimum, and the solved clone (for the design's figures)."""

    slacks: dict[str, float]
    model: pyo.ConcreteModel = field(repr=False)

    def named(self, tol: float = 1e-6) -> list[str]:
        """Groups whose slack is non-zero (relative to their scale)."""
        return [g for g, s in self.slacks.items() if s > tol]


def thermal_rows(m: pyo.ConcreteModel, chip: str | None = None, kind: str | None = None) -> tuple[str, ...]:
    """Names of the Thermal rows (all, or one chip type's logic or DRAM rows)."""
    if not hasattr(m, "Thermal"):
        return ()
    return tuple(m.Thermal[idx].name for idx in m.THERMAL_ROWS
                 if (chip is None or idx[0] == chip) and (kind is None or idx[1] == kind))


def _relax(clone: pyo.ConcreteModel, group: Group, k: int) -> pyo.Var:
    slack = pyo.Var(domain=pyo.NonNegativeReals, bounds=(0, group.slack_max))
    rows = pyo.ConstraintList()
    clone.add_component(f"ElasticSlack_{k}", slack)
    clone.add_component(f"ElasticRows_{k}", rows)
    for name in group.rows:
        row = clone.find_component(name)
        row.deactivate()
        if row.equality:
            rows.add(row.body + slack == row.upper)
            continue
        if row.has_ub():
            rows.add(row.body - slack <= row.upper)
        if row.has_lb():
            rows.add(row.body + slack >= row.lower)
    return slack


def elastic_solve(m: pyo.ConcreteModel, groups: list[Group], opts, extra=None) -> ElasticResult | None:
    """Minimise sum(slack_g / scale_g) over a clone of `m` with the groups' rows relaxed; None
    when even that is infeasible. `extra(clone)` may add further elastic terms and returns
    {name: (slack expression, scale)}."""
    clone = m.clone()
    for obj in clone.component_data_objects(pyo.Objective, active=True):
        obj.deactivate()
    terms = {g.name: (_relax(clone, g, k), g.scale) for k, g in enumerate(groups)}
    if extra is not None:
        terms.update(extra(clone))
    clone.ElasticObjective = pyo.Objective(expr=sum(s / scale for s, scale in terms.values()), sense=pyo.minimize)
    rep = solve_model(clone, opts.time_limit_s, 1e-6, opts.threads, opts.seed)
    if not rep.has_solution or rep.status != Status.OPTIMAL:
        return None
    return ElasticResult({name: max(0.0, float(pyo.value(s))) for name, (s, _) in terms.items()}, clone)


def worst_row(clone: pyo.ConcreteModel, rows: tuple[str, ...]) -> tuple[str, float]:
    """The original row (by name) with the largest excess body - upper at the clone's values."""
    best, excess = rows[0], -float("inf")
    for name in rows:
        row = clone.find_component(name)
        value = pyo.value(row.body) - pyo.value(row.upper)
        if value > excess:
            best, excess = name, value
    return best, excess


# ----------------------------------------------------------------------------- IIS
def lp_iis(m: pyo.ConcreteModel, threads: int) -> list[str] | None:
    """Names of the rows and bounded columns of an IIS of the LP relaxation; None when the LP
    relaxation is feasible (the instance is then infeasible only through integrality)."""
    import highspy
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.lp"
        level = logging.getLogger("pyomo").level
        logging.getLogger("pyomo").setLevel(logging.ERROR)
        try:
            m.write(str(path), format="lp", io_options={"symbolic_solver_labels": True})
        finally:
            logging.getLogger("pyomo").setLevel(level)
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", int(threads))
        h.readModel(str(path))
    h.setOptionValue("solve_relaxation", True)
    h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kInfeasible:
        return None
    h.setOptionValue("iis_strategy", IIS_STRATEGY)
    _, iis = h.getIis()
    lp = h.getLp()
    return ([lp.row_names_[i] for i in iis.row_index_]
            + [f"{lp.col_names_[i]} bound" for i in iis.col_index_])


def family(name: str) -> str:
    """'c_u_Thermal(PC_logic_3)_' -> 'Thermal'; 'Count(P_PC_t1_p1_c0_b1) bound' -> 'Count bound'."""
    bound = name.endswith(" bound")
    base = name[:-len(" bound")] if bound else name
    mt = _ROW_NAME.match(base)
    fam = mt.group(1) if mt else base
    return f"{fam} bound" if bound else fam
