"""The exhaustive reference: every placement of instances on the grid, every assignment of
operating points to them, and for each the continuous part (flows, rate) solved as a small LP
with scipy's linprog. Same tables and the same linear model as the MILP, implemented
independently of the Pyomo build, so a disagreement exposes a mistake in either.

Only for small instances: the number of placements grows exponentially with the grid.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator

import numpy as np
from numpy.typing import NDArray

from lamoopt.formulation.build import pool_zmax_W
from lamoopt.formulation.configs import Tables
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.formulation.solution import (
    Choice,
    leakage_system,
    objective_value,
    package_limits_met,
    predict,
    site_chips,
)
from lamoopt.formulation.thermal_bound import ThermalBound
from lamoopt.formulation.tightening import Tightening
from lamoopt.formulation.tiles import Site
from lamoopt.instance.errors import InputError
from lamoopt.instance.load import Problem
from lamoopt.solve.highs import Status
from lamoopt.solve.outcome import Outcome, SolveOptions, prepare

MAX_CANDIDATES = 200_000  # discrete candidates (placement x point assignment) we agree to try


def placements(tile_keys: list[tuple[str, int]], tiles: dict[tuple[str, int], frozenset[Site]]
               ) -> Iterator[list[tuple[str, int]]]:
    """All sets of pairwise-disjoint tiles (recursive, in tile_keys order)."""
    def rec(start: int, used: frozenset[Site], chosen: list[tuple[str, int]]) -> Iterator[list[tuple[str, int]]]:
        yield list(chosen)
        for k in range(start, len(tile_keys)):
            key = tile_keys[k]
            if tiles[key] & used:
                continue
            chosen.append(key)
            yield from rec(k + 1, used | tiles[key], chosen)
            chosen.pop()
    yield from rec(0, frozenset(), [])


def compositions(n: int, parts: int) -> Iterator[list[int]]:
    """All ways to write n as an ordered sum of `parts` non-negative integers."""
    for bars in itertools.combinations(range(n + parts - 1), parts - 1):
        prev, out = -1, []
        for b in bars + (n + parts - 1,):
            out.append(b - prev - 1)
            prev = b
        yield out


def point_assignments(tables: Tables, class_counts: dict[str, int]) -> Iterator[dict[str, int]]:
    """Every split of each class's instance count over its operating points."""
    per_class = []
    for q, n in sorted(class_counts.items()):
        pts = sorted(p.key for p in tables.points_of(q))
        per_class.append([{o: c for o, c in zip(pts, comp, strict=True) if c > 0}
                          for comp in compositions(n, len(pts))])
    for combo in itertools.product(*per_class):
        merged: dict[str, int] = {}
        for part in combo:
            merged.update(part)
        yield merged


def roles_valid(roles: set[str]) -> bool:
    """The roles of a design the MILP allows (InstancesPerRole, RolePairing): prefill and decode
    instances (with or without combined ones), or combined ones only."""
    return ("prefill" in roles) == ("decode" in roles) and bool(roles & {"prefill", "combined"})


class FlowLP:
    """The continuous part for a fixed placement and point counts.

    Variables: flow f_o per used point, Rate, then leakage X_j per occupied site. Site power
    j = base_c + D_pool / N_pool + X_j with D_pool = sum_{o in pool} f_o * e_o (equal share) and
    X_j bounded below by the leakage chord at the site's mean temperature (build.define_leakage),
    so every constraint is linear in (f, Rate, X).
    """

    def __init__(self, tables: Tables, thermal: ThermalBound, placed: list[tuple[str, int]],
                 counts: dict[str, int]) -> None:
        self.t, self.th = tables, thermal
        self.points = sorted(counts)
        self.counts = counts
        self.choice0 = Choice(sorted(placed), counts, {}, 0.0)
        chips, roles = site_chips(tables, self.choice0)
        self.chips, self.roles = chips, roles
        n = len(self.points)
        occ, leak_a, leak_B, leak_C = leakage_system(tables, thermal, chips)
        self.nv = n + 1 + len(occ)
        ix = n + 1 + np.arange(len(occ))          # columns of X
        prob = tables.problem
        pool_n: dict[tuple[str, str], int] = {}
        for c, r in zip(chips, roles, strict=True):
            if c is not None and r is not None:     # site_chips sets both or neither
                pool_n[(c, r)] = pool_n.get((c, r), 0) + 1
        self.pool_n = pool_n
        e = np.zeros(self.nv)  # dynamic power per unit flow (W per req/s)
        fixed: dict[tuple[str, str], float] = {}   # dynamic power per pool that depends on the counts only (W)
        for k, o in enumerate(self.points):
            op = tables.points[o]
            e[k], per_inst_W = tables.dynamic_terms(o)
            fixed[(op.chip, op.role)] = fixed.get((op.chip, op.role), 0.0) + counts[o] * per_inst_W
        self.e, self.fixed = e, fixed
        self.power = e.copy()  # power per unit of each variable: e for flows, 1 for leakage
        self.power[ix] = 1.0
        self.static = (sum(tables.chips[c].base_static_W for c in chips if c is not None) + sum(fixed.values()))
        A, b, Aeq, beq = [], [], [], []
        row = np.zeros(self.nv)
        for role in ("prefill", "decode"):
            row = np.zeros(self.nv)
            for k, o in enumerate(self.points):
                if tables.points[o].serves(role):   # a combined point is in both balances
                    row[k] = 1.0
            row[n] = -1.0
            Aeq.append(row)
            beq.append(0.0)
        pkg, search = prob.instance.package, prob.instance.search
        link = pkg.link_bandwidth_GBps * 1e9 * search.link_utilisation_cap
        for k, o in enumerate(self.points):
            op = tables.points[o]
            kv_cap = link * tables.classes[op.cls].chiplets / tables.kv_bytes_per_req if op.sends_kv else np.inf
            cap = min(op.rho_cap * op.capacity_req_per_s, kv_cap) * counts[o]
            row = np.zeros(self.nv)
            row[k] = 1.0
            A.append(row)
            b.append(cap)
        # pool dynamic level <= zmax (the MILP's variable bound)
        for pool, npool in pool_n.items():
            zmax = pool_zmax_W(tables, pool)
            A.append(self._pool_row(pool) / npool)
            b.append(zmax - fixed.get(pool, 0.0) / npool)
        # power budget
        A.append(self.power.copy())
        b.append(pkg.power_budget_W - self.static)
        # site power as a function of the variables: static_site + share @ x
        amb = pkg.ambient_C
        static_site = np.array([tables.chips[c].base_static_W + fixed.get((c, r), 0.0) / pool_n[(c, r)]
                                if c and r is not None else 0.0 for c, r in zip(chips, roles, strict=True)])
        share = np.zeros((len(chips), self.nv))
        for j, (c, r) in enumerate(zip(chips, roles, strict=True)):
            if c is not None and r is not None:
                share[j] = self._pool_row((c, r)) / pool_n[(c, r)]
        share[occ, ix] = 1.0
        # leakage rows: X >= a + C (static_site + share x)  <=>  C share x - X <= -a - C static_site
        for k in range(len(occ)):
            row = leak_C[k] @ share
            row[ix[k]] -= 1.0
            A.append(row)
            b.append(-leak_a[k] - float(leak_C[k] @ static_site))
        self.leak_bound = np.array([ch.leakage_W(ch.spec.thermal.logic_temp_limit_C)
                                    for ch in (tables.chips[c] for c in chips if c is not None)])
        # thermal rows
        for j, c in enumerate(chips):
            if c is None:
                continue
            for kind in ("logic", "dram"):
                for R in thermal.rows(c, kind, j):
                    A.append(R @ share)
                    b.append(thermal.limit_C(c, kind) - amb - float(R @ static_site))
        self.A, self.b, self.Aeq, self.beq = np.array(A), np.array(b), np.array(Aeq), np.array(beq)
        lam = prob.rate_req_per_s
        fixed_rate = ObjectiveSense.of(prob.instance).fixed_rate
        self.bounds = ([(0, None)] * n + ([(lam, lam)] if fixed_rate else [(lam, None)])
                       + [(0, float(u)) for u in self.leak_bound])

    def _pool_row(self, pool: tuple[str, str]) -> NDArray[np.float64]:
        row = np.zeros(self.nv)
        for k, o in enumerate(self.points):
            op = self.t.points[o]
            if (op.chip, op.role) == pool:
                row[k] = self.e[k]
        return row

    def solve(self, c: NDArray[np.float64]) -> NDArray[np.float64] | None:
        from scipy.optimize import linprog  # imported here: 0.5 s that only the enumerator needs
        r = linprog(c, A_ub=self.A, b_ub=self.b, A_eq=self.Aeq, b_eq=self.beq, bounds=self.bounds,
                    method="highs")
        if r.status != 0:
            return None
        x: NDArray[np.float64] = r.x   # scipy is untyped: its OptimizeResult.x is a float array
        return x

    def best(self, sense: ObjectiveSense, tokens: float) -> NDArray[np.float64] | None:
        """Optimal (flows, Rate, leakage) for the objective, or None if infeasible. With the
        counts fixed, the design peak and the cost are constants: tokens/s per design-peak watt
        or per dollar at a saturated rate is then max Rate, and at the arrival rate any feasible
        flow (the least activity power is taken, so the flows are unique)."""
        rate = len(self.points)
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
        flows = {o: max(0.0, float(x[k])) for k, o in enumerate(self.points)}
        return Choice(self.choice0.placed, dict(self.counts), flows, float(x[len(self.points)]))


def solve_enumerate(prob: Problem, opts: SolveOptions, tightening: Tightening | None = None) -> Outcome:
    t0 = time.perf_counter()
    tables, thermal, d = prepare(prob, tightening)
    build_s = time.perf_counter() - t0
    sense = ObjectiveSense.of(prob.instance)
    tiles = {(ck, g): frozenset(tables.classes[ck].tiles[g].sites) for ck, g in d.tile_keys}
    t1 = time.perf_counter()
    best, best_val, tried = None, None, 0
    for placed in placements(d.tile_keys, tiles):
        class_counts: dict[str, int] = {}
        for ck, _ in placed:
            class_counts[ck] = class_counts.get(ck, 0) + 1
        if not roles_valid({tables.classes[ck].role for ck in class_counts}):
            continue
        chips = [tables.classes[ck].chip for ck, _ in placed for _ in range(tables.classes[ck].chiplets)]
        if not package_limits_met(prob, chips):
            continue   # area, cost, per-type and type-count limits
        for counts in point_assignments(tables, class_counts):
            tried += 1
            if tried > MAX_CANDIDATES:
                raise InputError([("package.grid_rows x grid_cols", f"{prob.instance.package.grid_rows}x"
                                   f"{prob.instance.package.grid_cols}",
                                   f"a grid small enough for --method enumerate (more than {MAX_CANDIDATES:,} "
                                   f"candidates); use the MILP")], prob.source)
            lp = FlowLP(tables, thermal, placed, counts)
            x = lp.best(sense, tables.tokens_per_req)
            if x is None:
                continue
            choice = lp.choice(x)
            val = objective_value(tables, predict(tables, thermal, choice, latencies=False))
            if val is not None and sense.better(val, best_val):   # None: undefined, cannot be ranked
                best, best_val = choice, val
    solve_s = time.perf_counter() - t1
    if best is None:
        return Outcome(status=Status.INFEASIBLE, method="enumerate", build_time_s=build_s, solve_time_s=solve_s,
                       iterations=tried, tables=tables, thermal=thermal,
                       message=f"no feasible design among {tried} candidates")
    choice = best
    pred = predict(tables, thermal, choice)
    return Outcome(status=Status.OPTIMAL, method="enumerate", build_time_s=build_s, solve_time_s=solve_s,
                   objective=best_val, objective_bound=best_val, mip_gap=0.0, iterations=tried, choice=choice,
                   predicted=pred, tables=tables, thermal=thermal, size={"candidates": tried},
                   message=f"{tried} candidates enumerated")
