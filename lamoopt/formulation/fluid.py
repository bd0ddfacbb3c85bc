"""The fluid relaxation: the MILP without placement, thermal rows or integrality, and per-class
bounds from it (used by lamoopt.solve.run to solve large instances over fewer classes).

Variables (one LP, solved with HiGHS directly): instances n_o >= 0 and flow f_o >= 0 per
operating point o, the rate R and, for the ratio objective, the Charnes-Cooper scale t > 0
(t = 1 otherwise). The rows are the MILP's own (families.py, FLUID_ROWS below, written through
FluidView with every right-hand side times t), with placement summed out:

    f_o <= rho_o mu_o n_o                      (Capacity)
    f_o kv <= u B tp pp n_o                    (KvLinks)
    sum_prefill f_o = R = sum_decode f_o       (PrefillFlow, DecodeFlow)
    R >= lambda t   (R = lambda t for objectives judged at the arrival rate)   (RateTarget)
    sum_{o in role} n_o >= t                   (InstancesPerRole)
    sum_o tp pp n_o <= |sites| t               (SiteTotal)
    P(n, f) <= budget t                        (PowerBudget)
    area, cost and per-type counts when the instance sets them (AreaLimit, CostLimit, MaxCount),
and one row of its own: sum_{o in q} n_o <= N_q t (instances of a class; the MILP: its tiles).

P(n, f) is the MILP's Power_W (families.static_W + dynamic_W) with the leakage of LeakageFloor
summed over each instance's chiplets at r_c, the least self-heating of chip c (K per W of its
own power): every chiplet's leakage is at least leak_c(ambient) + beta_c r_c (its power), so
P(n, f) is at most the MILP's Power_W for the same counts and flows.

Objective, with Q the counted power (objective.power: P(n, f), or the design peak
sum_o peak_o tp pp n_o) and C the units' cost sum_o cost_o tp pp n_o: tokens/s/W (per dollar)
by Charnes-Cooper (Q = 1 (C = 1), maximise tok R: the LP optimum equals the largest tok R / Q
over the relaxation's points; with R = lambda t it is tok lambda / min Q), tokens/s (max tok R),
power (min Q), cost (min C). Every design of the MILP maps to a point of this LP with an
objective at least as good (the NRE of the types a design uses and the limit on their number
are left out: the NRE only adds to the cost), so its optimum bounds the MILP's. `class_bounds` adds sum_{o in q} n_o >= t for one
class q at a time: a bound on every design that runs at least one instance of q.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import highspy
import numpy as np

from lamoopt.formulation import families
from lamoopt.formulation.configs import Tables
from lamoopt.formulation.families import (
    cost_usd,
    counted_power_W,
    dynamic_W,
    leak_floor_coefs,
    parameter_values,
    peak_power_W,
    points_by_flow,
    pool_dynamic_W,
    ratio_denominator,
    rows_in,
    static_W,
    value_of,
)
from lamoopt.formulation.forced_runs import forced_lp
from lamoopt.formulation.linear import Columns, LinExpr, RowSet
from lamoopt.formulation.lp_arrays import LpArrays, quiet_highs
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.formulation.subsolve_tasks import Remote, lp_slice

CLASS_BOUND_WORKERS = 2   # class LPs solved side by side (the CI machine's 2 cores; fixed, for determinism)


# the MILP's rows the relaxation keeps (families.py), in this order; placement, thermal and
# leakage rows are summed out (leakage through FluidView.leakage_W)
FLUID_ROWS = ("SiteTotal", "InstancesPerRole", "PrefillFlow", "DecodeFlow", "Capacity", "KvLinks",
              "RateTarget", "PowerBudget", "AreaLimit", "CostLimit", "MaxCount")


class FluidView:
    """The relaxation's columns for the row functions of families.py (families.View): Count[o]
    is n_o >= 0 (columns 0..P-1), Flow[o] is f_o (P..2P-1), Rate is R (2P), and t (2P+1) scales
    every right-hand side (param, const). Chiplets[c] = sum_o tp_o pp_o n_o over c's points.
    Leakage is LeakageFloor summed over each instance's chiplets at the chip's least
    self-heating r_c (self_rise_K_per_W; 0 when not given): sum_o tp_o pp_o n_o (leak_c(ambient)
    + beta_c r_c sf_c) + beta_c r_c (e_o f_o + w_o n_o). Types in use carry no NRE here (it only
    adds to the cost)."""

    def __init__(self, tables: Tables, n_sites: int, self_rise_K_per_W: Mapping[str, float]):
        self.tables, self.n_sites = tables, n_sites
        self.rise = self_rise_K_per_W
        self.chips = sorted(tables.chips)
        pts = sorted(tables.points)
        self._points = points_by_flow(tables, pts)
        self.pools = sorted({(p.chip, p.role) for p in tables.points.values()})
        self.values = parameter_values(tables, None)
        self.cols = Columns()
        for name in ("Count", "Flow"):
            for o in pts:
                self.cols.var((name, o))
        self.iR = self.cols.index[("Rate",)] = len(self.cols)
        self.cols.lower.append(0.0)
        self.cols.upper.append(np.inf)
        self.it = len(self.cols)
        self.cols.var(("t",))

    def points(self, flow: str | None = None) -> list[str]:
        return self._points[flow]

    def Count(self, o: str) -> LinExpr:
        return self.cols.var(("Count", o))

    def Flow(self, o: str) -> LinExpr:
        return self.cols.var(("Flow", o))

    def Rate(self) -> LinExpr:
        return LinExpr({self.iR: 1.0})

    def t(self) -> LinExpr:
        return LinExpr({self.it: 1.0})

    def TypeUsed(self, c: str) -> float:
        return 0.0

    def Chiplets(self, c: str) -> LinExpr:
        t = self.tables
        return sum((t.classes[t.points[o].cls].chiplets * self.Count(o) for o in self.points()
                    if t.points[o].chip == c), LinExpr())

    def PoolDynamic_W(self, c: str, r: str) -> LinExpr:
        return LinExpr.of(pool_dynamic_W(self, c, r))

    def leakage_W(self) -> LinExpr:
        t = self.tables
        out = LinExpr()
        for o in self.points():
            p = t.points[o]
            per_site, per_W = leak_floor_coefs(t.chips[p.chip], self.rise.get(p.chip, 0.0), self.values["ambient_C"])
            e_J, w_W = t.dynamic_terms(o)
            out = out + (t.classes[p.cls].chiplets * per_site + per_W * w_W) * self.Count(o) + per_W * e_J * self.Flow(o)
        return out

    def Power_W(self) -> LinExpr:
        return LinExpr.of(static_W(self, self.leakage_W()) + dynamic_W(self))

    def Cost_usd(self) -> LinExpr:
        return LinExpr.of(cost_usd(self))

    def param(self, name: str, *index: Any) -> LinExpr:
        return value_of(self.values, name, index) * self.t()

    def coef(self, name: str, *index: Any) -> float:
        return value_of(self.values, name, index)

    def const(self, value: float) -> LinExpr:
        return float(value) * self.t()


class FluidRelaxation:
    """The LP above for one table set; `bound()` and `class_bounds()` solve it."""

    def __init__(self, tables: Tables, max_instances: dict[str, int], n_sites: int, threads: int,
                 groups: Mapping[Hashable, Sequence[str]] | None = None,
                 self_rise_K_per_W: Mapping[str, float] | None = None, remote: Remote | None = None):
        """threads: HiGHS's thread scheduler is process-global, so every HiGHS in the process
        must ask for the same count (the solve's --threads). groups: sets of classes that
        `group_bounds` can force (sum over the group's instances >= t); every class alone is
        always one (key: the class). self_rise_K_per_W: per chip type, a lower bound r_c of its
        chiplets' self-heating (ThermalBound.self_rise_K_per_W); P(n, f) then counts the leakage
        that heating implies (FluidView). remote: where group_bounds' slices run (None: threads
        here; see subsolve_tasks.Remote)."""
        sense = ObjectiveSense.of(tables.problem.instance)
        if not sense.has_fluid_relaxation:
            raise ValueError(f"no fluid relaxation for objective {sense.kind!r}")
        self.tables, self.kind, self.maximise = tables, sense.kind, sense.maximised
        self.classes = sorted(tables.classes)
        x = FluidView(tables, n_sites, self_rise_K_per_W or {})
        self.point_keys = x.points()
        self.n_points = len(self.point_keys)
        rows = RowSet()
        for name in FLUID_ROWS:
            for i, row in rows_in(families.BY_NAME[name], x):
                assert all(b in (0.0, np.inf, -np.inf) for b in (row.lower, row.upper)), f"{name}[{i}] not homogeneous in t"
                rows.add(name, i, row)
        members = {q: [o for o in x.points() if tables.points[o].cls == q] for q in self.classes}
        for q in self.classes:   # instances of a class (the MILP: its tiles)
            rows.add("ClassInstances", q, sum((x.Count(o) for o in members[q]), LinExpr())
                     <= float(max_instances[q]) * x.t())
        # one row per class and group, inactive (lower bound -inf) until a bound switches it on
        forced: dict[Hashable, Sequence[str]] = {**{q: (q,) for q in self.classes}, **(groups or {})}
        self.force_row = {}
        for g, qs in forced.items():
            row = sum((x.Count(o) for q in qs for o in members[q]), LinExpr()) - x.t() >= 0.0
            row.lower = -np.inf
            self.force_row[g] = rows.add("Force", g, row)
        cost = x.Cost_usd()
        counted = LinExpr.of(ratio_denominator(x, counted_power_W(x, x.Power_W(), LinExpr.of(peak_power_W(x))), cost))
        nv = len(x.cols)
        obj = np.zeros(nv)
        self.iR, self.it, self.sense = x.iR, x.it, sense
        self.counted = np.zeros(nv)     # the counted power (or cost) per column: the ratio's denominator
        for k, v in counted.terms.items():
            self.counted[k] = v
        self.norm_row: int | None = None   # Charnes-Cooper's Q = 1 (ratio objectives)
        if sense.denominator is not None:
            self.norm_row = rows.add("Normalise", None, counted == 1.0)
            obj[x.iR] = tables.tokens_per_req
            t_bounds = (0.0, np.inf)
        else:
            t_bounds = (1.0, 1.0)
            if self.kind == "max_throughput":
                obj[x.iR] = tables.tokens_per_req
            else:   # min_power: the counted power; min_cost: the cost
                for k, v in (cost if sense.cost_minimised else counted).terms.items():
                    obj[k] = v
        A = rows.matrix(nv)
        lower, upper = np.array(x.cols.lower), np.array(x.cols.upper)
        lower[x.it], upper[x.it] = t_bounds
        model = LpArrays(col_cost=obj, col_lower=lower, col_upper=upper, row_lower=np.asarray(rows.lower, dtype=float),
                         row_upper=np.asarray(rows.upper, dtype=float), colwise=True, start=A.indptr,
                         index=A.indices, value=A.data, integrality=np.zeros(0, dtype=np.int8),
                         maximise=self.maximise, offset=0.0)
        self.threads = int(threads)
        self.h = model.highs({"threads": self.threads})
        self.undecided = 0   # LPs HiGHS could not decide (their classes are kept: forced_runs.lp_optimum)
        self._lock = threading.Lock()
        self._copies: list[highspy.Highs] = []   # the LP's copies for group_bounds' other workers
        # per HiGHS of group_bounds' slices (0: self.h, k: self._copies[k - 1]), the forcing rows
        # of its solves so far, in order (None: no row): what a Dask worker replays to reach
        # the same state (the same hot start, so the same bounds)
        self._history: list[list[int | None]] = [[]]
        self.remote = remote
        self._shared: object | None = None   # the LP as shared with the remote workers (remote.share)

    def _solve(self, slot: int, row: int | None) -> float:
        """forced_runs.forced_lp on slice `slot`'s HiGHS (0: self.h), recorded in its history."""
        h = self.h if slot == 0 else self._copies[slot - 1]
        value, decided = forced_lp(h, row, self.maximise)
        self._history[slot].append(row)
        if not decided:
            with self._lock:
                self.undecided += 1
        return value

    def bound(self) -> float:
        """The relaxation's optimum (no group forced)."""
        return self._solve(0, None)

    def _copy(self) -> highspy.Highs:
        """Another HiGHS holding the same LP (for a worker of class_bounds)."""
        h = quiet_highs({"threads": self.threads})
        h.passModel(self.h.getLp())
        return h

    def _bounds_of(self, slot: int, keys: Sequence[Hashable],
                   stop: Callable[[], bool] | None = None) -> dict[Hashable, float]:
        out = {}
        for g in keys:
            if stop is not None and stop():
                break
            out[g] = self._solve(slot, self.force_row[g])
        return out

    def group_bounds(self, keys: Sequence[Hashable], workers: int = CLASS_BOUND_WORKERS,
                     stop: Callable[[], bool] | None = None) -> dict[Hashable, float]:
        """Per group (or class) key g: the relaxation's optimum over designs running at least one
        instance of g's classes. The keys are split into `workers` fixed contiguous slices, each
        solved in order on its own copy of the LP in a thread (HiGHS releases the GIL while it
        runs): the same partition on every machine, so the same hot starts and the same bounds.
        With a remote executor the slices are tasks (_remote_bounds), with the same result; the
        keys of a slice it did not finish (Ctrl-C, the time limit) are left out. stop (here):
        asked before each LP; once it says so the keys left are not solved (absent from the
        answer)."""
        n = max(1, min(workers, len(keys)))
        size = -(-len(keys) // n)
        slices = [keys[k * size:(k + 1) * size] for k in range(n)]
        if self.remote is not None:
            parts = self._remote_bounds(slices)
        elif n == 1:
            return self._bounds_of(0, keys, stop)
        else:
            while len(self._copies) < n - 1:
                self._copies.append(self._copy())
                self._history.append([])
            with ThreadPoolExecutor(max_workers=n) as pool:
                parts = list(pool.map(self._bounds_of, range(n), slices, [stop] * n))
        return {g: v for part in parts for g, v in part.items()}

    def _remote_bounds(self, slices: list[Sequence[Hashable]]) -> list[dict[Hashable, float]]:
        """The slices as tasks (subsolve_tasks.lp_slice), slice k on a worker's HiGHS that has
        replayed slice k's history first: the solves of the local path, on the same LP in the
        same order. A slice the executor did not finish (Ctrl-C, the time limit) is left out, and
        its HiGHS's history stays as it was (a worker that solved part of it replays anew)."""
        assert self.remote is not None
        if self._shared is None:
            self._shared = self.remote.share(LpArrays.of(self.h))
        while len(self._history) < len(slices):
            self._history.append([])
        rows = [tuple(self.force_row[g] for g in keys) for keys in slices]
        used = [k for k, keys in enumerate(slices) if keys]
        done = self.remote.run(lp_slice, [(self._shared, self.threads, tuple(self._history[k]), rows[k]) for k in used],
                               slots=[("fluid", k) for k in used])
        parts = []
        for k, result in zip(used, done):
            if result is None:
                continue
            self._history[k] += rows[k]
            self.undecided += result.undecided
            parts.append(dict(zip(slices[k], result.values)))
        return parts

    def class_bounds(self, workers: int = CLASS_BOUND_WORKERS) -> dict[str, float]:
        """Per class q: the relaxation's optimum over designs running at least one instance of q
        (group_bounds: all of them, unless a remote executor was stopped)."""
        return {str(q): v for q, v in self.group_bounds(self.classes, workers).items()}
