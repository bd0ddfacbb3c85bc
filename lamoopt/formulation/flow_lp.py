"""The MILP with every integer variable fixed: a layout (placed tiles) and instance counts per
operating point. What is left is an LP over flows, the rate, the pools' dynamic levels and
shares, leakage and site powers, built from the MILP's own row functions (families.py) through
`FixedLayout`; rows left without variables (the count rows: packing, roles, limits) are checked.

Used by the exhaustive enumerator (solve/enumerate.py: one LP per candidate) and by
solve.run.polish_flows (a solved design's flows to the LP's precision).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from numpy.typing import NDArray

from lamoopt.formulation import families
from lamoopt.formulation.build import class_max_instances, leak_max_W, pool_zmax_W
from lamoopt.formulation.configs import Tables
from lamoopt.formulation.families import (
    cost_usd,
    dynamic_W,
    parameter_values,
    points_by_flow,
    pool_dynamic_W,
    rows_in,
    static_W,
    value_of,
)
from lamoopt.formulation.layout import Choice, site_chips
from lamoopt.formulation.linear import Columns, LinExpr, Row, RowSet
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.formulation.thermal_bound import ThermalBound


class FixedLayout:
    """The MILP's variables with the integers fixed, for the row functions of families.py
    (families.View): Count, Occupied and TypeUsed are numbers; Flow, Rate, DynLevel and, at the
    occupied sites, LeakW are columns with the MILP's bounds. Two variables are replaced by
    what their rows make them once Occupied is fixed (smaller LPs; those rows then come out
    without variables and are checked): at an occupied site DynShare = DynLevel of its pool
    (ShareLevel and ShareFloor with Occupied = 1), elsewhere 0 (ShareOccupied); SitePower_W is
    SitePowerDef's right side; the same for the thermal rows' HotShare (DynHot at an occupied
    site, HotFloor with Occupied = 1; 0 elsewhere) and HotSitePower_W. Used is 1 where a point
    has instances. LeakW is 0 at an empty site (no leakage without a chiplet; the
    MILP's rows leave it free there but no optimum raises it)."""

    def __init__(self, tables: Tables, thermal: ThermalBound, placed: list[tuple[str, int]], counts: dict[str, int],
                 flows: Mapping[str, float] | None = None):
        """flows: a design's flows, fixed too (predictions: solution.site_leakage_W); Flow is then
        a number, DynLevel the pool's dynamic power over its chiplets (ShareSum with the shares
        equal), and only LeakW is left a column."""
        self.tables, self.thermal = tables, thermal
        self.choice0 = Choice(sorted(placed), dict(counts), {}, 0.0)
        chip_at, role_at = site_chips(tables, self.choice0)
        self.chip_at, self.role_at = chip_at, role_at
        self.n_sites = len(chip_at)
        self.sites = list(range(self.n_sites))
        self.chips = sorted(tables.chips)
        self.counts = counts
        pts = sorted(counts)
        self._points = points_by_flow(tables, pts)
        self.pools = sorted({(c, r) for c, r in zip(chip_at, role_at, strict=True) if c is not None and r is not None})
        self._sites_of = {c: [j for j in self.sites if chip_at[j] == c] for c in self.chips}
        self.values = parameter_values(tables, thermal)
        self.flows = flows
        self.cols = Columns()
        if flows is None:
            for o in pts:
                self.cols.var(("Flow", o))
            self.cols.var(("Rate",))
        self._pool_n = {pool: sum(1 for c, r in zip(chip_at, role_at, strict=True) if (c, r) == pool)
                        for pool in self.pools}
        self._leak_max_W = leak_max_W(tables)
        self._zmax_W = {pool: pool_zmax_W(tables, pool) for pool in self.pools}
        self._max_instances = class_max_instances(tables, self.n_sites)
        self._site_power: dict[tuple[str, int], LinExpr | float] = {}
        self._level_W: dict[tuple[str, str], float] = {}   # DynLevel per pool once the flows are fixed   # (expressions are never changed in place)

    def points(self, flow: str | None = None) -> list[str]:
        return self._points[flow]

    def thermal_sites(self, chip: str) -> list[int]:
        return self._sites_of[chip]

    def Count(self, o: str) -> float:
        return float(self.counts[o])

    def Flow(self, o: str) -> LinExpr | float:
        return self.cols.var(("Flow", o)) if self.flows is None else float(self.flows.get(o, 0.0))

    def Rate(self) -> LinExpr:
        return self.cols.var(("Rate",))   # (not asked for with fixed flows: no row of Leakage reads it)

    def Occupied(self, j: int, c: str, r: str) -> float:
        return 1.0 if (self.chip_at[j], self.role_at[j]) == (c, r) else 0.0

    def zmax_W(self, c: str, r: str) -> float:
        return self._zmax_W[(c, r)]

    def DynLevel(self, c: str, r: str) -> LinExpr | float:
        if self.flows is not None:
            if (c, r) not in self._level_W:
                self._level_W[(c, r)] = float(pool_dynamic_W(self, c, r)) / self._pool_n[(c, r)]
            return self._level_W[(c, r)]
        return self.cols.var(("DynLevel", c, r), 0.0, self.zmax_W(c, r))

    def DynShare(self, j: int, c: str, r: str) -> LinExpr | float:
        return self.DynLevel(c, r) if self.Occupied(j, c, r) else 0.0

    def LeakW(self, j: int) -> LinExpr | float:
        return self.cols.var(("LeakW", j), 0.0, self._leak_max_W) if self.chip_at[j] is not None else 0.0

    def DynHot(self, c: str, r: str) -> LinExpr:
        return self.cols.var(("DynHot", c, r), 0.0, self.zmax_W(c, r))

    def HotShare(self, j: int, c: str, r: str) -> LinExpr | float:
        return self.DynHot(c, r) if self.Occupied(j, c, r) else 0.0

    def Used(self, o: str) -> float:
        return 1.0 if self.counts[o] > 0 else 0.0

    def max_instances(self, q: str) -> int:
        return self._max_instances[q]

    def _power_at(self, name: str, j: int, share: Callable[[int, str, str], LinExpr | float]) -> LinExpr | float:
        """SitePowerDef's (or HotSitePowerDef's) right side at site j: base static + share + LeakW."""
        if (name, j) not in self._site_power:
            c, r = self.chip_at[j], self.role_at[j]
            self._site_power[(name, j)] = (0.0 if c is None or r is None else
                                           self.tables.chips[c].base_static_W + share(j, c, r) + self.LeakW(j))
        return self._site_power[(name, j)]

    def SitePower_W(self, j: int) -> LinExpr | float:
        return self._power_at("SitePower_W", j, self.DynShare)

    def HotSitePower_W(self, j: int) -> LinExpr | float:
        return self._power_at("HotSitePower_W", j, self.HotShare)

    def TypeUsed(self, c: str) -> float:
        return 1.0 if self._sites_of[c] else 0.0

    def Chiplets(self, c: str) -> float:
        return float(len(self._sites_of[c]))

    def PoolDynamic_W(self, c: str, r: str) -> LinExpr:
        return LinExpr.of(pool_dynamic_W(self, c, r))

    def Power_W(self) -> LinExpr:
        return LinExpr.of(static_W(self, sum(self.LeakW(j) for j in self.sites)) + dynamic_W(self))

    def Cost_usd(self) -> float:
        return float(cost_usd(self))

    def param(self, name: str, *index: Any) -> float:
        return value_of(self.values, name, index)

    coef = param

    def const(self, value: float) -> float:
        return float(value)


def _holds(row: Row | bool | np.bool_) -> bool:
    """A row without variables: whether it holds."""
    if isinstance(row, Row):
        return row.holds_without_variables()
    return bool(row)


def counts_hold(view: FixedLayout) -> bool:
    """Whether the fixed integers meet the MILP's rows over counts, occupancy and types alone
    (families flagged over_counts: packing, roles, area, cost and type limits)."""
    return all(_holds(row) for f in families.FAMILIES if f.over_counts and not f.pyomo_only for _, row in rows_in(f, view))


class FlowLP:
    """The LP of one fixed layout and point counts (families.py's rows through FixedLayout).
    `feasible` is False when a row without variables fails; `best()` then returns None."""

    def __init__(self, tables: Tables, thermal: ThermalBound, placed: list[tuple[str, int]],
                 counts: dict[str, int]) -> None:
        x = FixedLayout(tables, thermal, placed, counts)
        self.t, self.view, self.points = tables, x, x.points()
        self.choice0 = x.choice0
        rows = RowSet()
        self.feasible = True
        for f in families.FAMILIES:
            if f.pyomo_only:
                continue
            for i, row in rows_in(f, x):
                if isinstance(row, Row) and not row.is_constant:
                    rows.add(f.name, i, row)
                elif not _holds(row):
                    self.feasible = False
        power = x.Power_W()
        self.nv = len(x.cols)
        self.power = np.zeros(self.nv)   # Power_W per unit of each column
        for k, v in power.terms.items():
            self.power[k] = v
        self.static = power.const        # Power_W's part fixed by the integers
        self.rate_col = x.cols.index[("Rate",)]
        A = rows.dense(self.nv)
        lo, hi = rows.lower, rows.upper
        eq = lo == hi
        ub = np.isfinite(hi) & ~eq
        lb = np.isfinite(lo) & ~eq
        self.A = np.vstack([A[ub], -A[lb]])
        self.b = np.concatenate([hi[ub], -lo[lb]])
        self.Aeq, self.beq = A[eq], lo[eq]
        self.bounds = [(lo_, None if math.isinf(up) else up) for lo_, up in zip(x.cols.lower, x.cols.upper, strict=True)]

    def solve(self, c: NDArray[np.float64]) -> NDArray[np.float64] | None:
        if not self.feasible:
            return None
        from scipy.optimize import linprog  # imported here: 0.5 s that only the enumerator needs
        r = linprog(c, A_ub=self.A, b_ub=self.b, A_eq=self.Aeq if len(self.Aeq) else None,
                    b_eq=self.beq if len(self.beq) else None, bounds=self.bounds, method="highs")
        if r.status != 0:
            return None
        x: NDArray[np.float64] = r.x   # scipy is untyped: its OptimizeResult.x is a float array
        return x

    def best(self, sense: ObjectiveSense, tokens: float) -> NDArray[np.float64] | None:
        """Optimal columns for the objective, or None if infeasible. With the counts fixed, the
        design peak and the cost are constants: tokens/s per design-peak watt or per dollar at a
        saturated rate is then max Rate, and at the arrival rate any feasible flow (the least
        activity power is taken, so the flows are unique)."""
        rate = self.rate_col
        if sense.kind == "max_throughput" or (sense.dinkelbach and sense.denominator_fixed_by_counts):
            c = np.zeros(self.nv)
            c[rate] = -1.0
            return self.solve(c)
        if sense.dinkelbach:   # Dinkelbach on the LP (activity power)
            q, x = 0.0, None
            for _ in range(50):
                c = q * self.power.copy()
                c[rate] -= tokens
                xn = self.solve(c)
                if xn is None:
                    return x
                x = xn
                n_val, d_val = tokens * x[rate], self.static + float(self.power @ x)
                if n_val - q * d_val <= 1e-9 * max(n_val, 1.0):
                    return x
                q = n_val / d_val
            return x
        return self.solve(self.power.copy())   # min activity power (feasibility for the others)

    def choice(self, x: NDArray[np.float64]) -> Choice:
        idx = self.view.cols.index
        flows = {o: max(0.0, float(x[idx[("Flow", o)]])) for o in self.points}
        return Choice(self.choice0.placed, dict(self.view.counts), flows, float(x[self.rate_col]))
