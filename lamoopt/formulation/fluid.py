"""The fluid relaxation: the MILP without placement, thermal rows or integrality, and per-class
bounds from it (used by lamoopt.solve.run to solve large instances over fewer classes).

Variables (one LP, solved with HiGHS directly): instances n_o >= 0 and flow f_o >= 0 per
operating point o, the rate R and, for the ratio objective, the Charnes-Cooper scale t > 0
(t = 1 otherwise). Every row is a row of the MILP with placement summed out:

    f_o <= rho_o mu_o n_o                      (Capacity)
    f_o kv <= u B tp pp n_o                    (KvLinks)
    sum_prefill f_o = R = sum_decode f_o       (flow balance)
    R >= lambda t   (R = lambda t for objectives judged at the arrival rate)
    sum_{o in role} n_o >= t                   (InstancesPerRole)
    sum_o tp pp n_o <= |sites| t               (SitePacking summed over the sites)
    sum_{o in q} n_o <= N_q t                  (instances of a class)
    P(n, f) = sum_o h_c [(static_o + w_o) n_o + e_o f_o] <= budget t   (PowerBudget)
    area, cost and per-type counts when the instance sets them.

static_o: the chiplets' static power at ambient (Chip.static_floor_W), h_c = 1 + beta_c r_c with
r_c the least self-heating of chip c (K per W of its own power): every chiplet's leakage is at
least leak_c(ambient) + beta_c r_c (its power), build.define_leakage_floor's argument summed over
the chiplets, so P(n, f) is at most the MILP's Power_W for the same counts and flows.

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
from collections.abc import Hashable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

import highspy
import numpy as np
import scipy.sparse as sp
from pyomo.common.tee import capture_output

from lamoopt.formulation.configs import Tables
from lamoopt.formulation.objective import ObjectiveSense

CLASS_BOUND_WORKERS = 2   # class LPs solved side by side (the CI machine's 2 cores; fixed, for determinism)


class FluidRelaxation:
    """The LP above for one table set; `bound()` and `class_bounds()` solve it."""

    def __init__(self, tables: Tables, max_instances: dict[str, int], n_sites: int, threads: int,
                 groups: Mapping[Hashable, Sequence[str]] | None = None,
                 self_rise_K_per_W: Mapping[str, float] | None = None):
        """threads: HiGHS's thread scheduler is process-global, so every HiGHS in the process
        must ask for the same count (the solve's --threads). groups: sets of classes that
        `group_bounds` can force (sum over the group's instances >= t); every class alone is
        always one (key: the class). self_rise_K_per_W: per chip type, a lower bound r_c of its
        chiplets' self-heating (ThermalBound.self_rise_K_per_W); P(n, f) then counts the leakage
        that heating implies (the power rows above, times 1 + beta_c r_c)."""
        sense = ObjectiveSense.of(tables.problem.instance)
        if not sense.has_fluid_relaxation:
            raise ValueError(f"no fluid relaxation for objective {sense.kind!r}")
        kind = sense.kind
        self.tables, self.kind, self.maximise = tables, kind, sense.maximised
        self.classes = sorted(tables.classes)
        pts = sorted(tables.points)
        self.point_keys = pts
        P = len(pts)
        self.n_points = P
        iR, it = 2 * P, 2 * P + 1
        nv = 2 * P + 2
        rows: list[dict[int, float]] = []
        lo: list[float] = []
        hi: list[float] = []

        def add(coefs: dict[int, float], lower: float, upper: float) -> int:
            rows.append(coefs)
            lo.append(lower)
            hi.append(upper)
            return len(rows) - 1

        t_, prob = tables, tables.problem
        pkg, search = prob.instance.package, prob.instance.search
        specs = {c.name: c for c in prob.chiplets}
        link_GBps = pkg.link_bandwidth_GBps * search.link_utilisation_cap
        power: dict[int, float] = {}
        peak: dict[int, float] = {}      # the design peak of each point's instances
        chiplets, cost, area = np.zeros(P), np.zeros(P), np.zeros(P)
        per_chip: dict[str, dict[int, float]] = {}
        rise = self_rise_K_per_W or {}
        for i, o in enumerate(pts):
            p = t_.points[o]
            n = t_.classes[p.cls].chiplets
            e_J, w_W = t_.dynamic_terms(o)
            heat = 1.0 + t_.chips[p.chip].leak_slope_W_per_K * rise.get(p.chip, 0.0)
            power[i] = heat * (n * t_.chips[p.chip].static_floor_W(pkg.ambient_C) + w_W)
            power[P + i] = heat * e_J
            peak[i] = n * specs[p.chip].power.peak_W
            chiplets[i] = n
            cost[i], area[i] = n * specs[p.chip].cost_usd, n * specs[p.chip].area_mm2
            per_chip.setdefault(p.chip, {})[i] = float(n)
            # Capacity and KvLinks are both f_o <= a n_o: one row with the smaller a
            kv_cap = link_GBps * n / (t_.kv_bytes_per_req / 1e9) if t_.kv_bytes_per_req > 0 and p.sends_kv else np.inf
            add({P + i: 1.0, i: -min(p.rho_cap * p.capacity_req_per_s, kv_cap)}, -np.inf, 0.0)
        for role in ("prefill", "decode"):
            own = [i for i, o in enumerate(pts) if t_.points[o].serves(role)]
            add({**{P + i: 1.0 for i in own}, iR: -1.0}, 0.0, 0.0)
            add({**{i: 1.0 for i in own}, it: -1.0}, 0.0, np.inf)
        # the ratio's denominator Q: the counted power, or the units' cost (the NRE of the types
        # used is left out: it only adds, so the relaxation still bounds every design)
        counted = {i: float(cost[i]) for i in range(P)} if sense.denominator == "cost" else \
            peak if sense.power == "design_peak" else power
        add({iR: 1.0, it: -prob.rate_req_per_s}, 0.0, 0.0 if sense.fixed_rate else np.inf)
        add({**{i: chiplets[i] for i in range(P)}, it: -float(n_sites)}, -np.inf, 0.0)
        add({**power, it: -pkg.power_budget_W}, -np.inf, 0.0)
        if pkg.area_limit_mm2 is not None:
            add({**{i: area[i] for i in range(P)}, it: -pkg.area_limit_mm2}, -np.inf, 0.0)
        if pkg.cost_limit_usd is not None:
            add({**{i: cost[i] for i in range(P)}, it: -pkg.cost_limit_usd}, -np.inf, 0.0)
        for chip, coefs in sorted(per_chip.items()):
            max_count = specs[chip].max_count
            if max_count is not None:
                add({**coefs, it: -float(max_count)}, -np.inf, 0.0)
        members = {q: [i for i, o in enumerate(pts) if t_.points[o].cls == q] for q in self.classes}
        for q in self.classes:
            add({**{i: 1.0 for i in members[q]}, it: -float(max_instances[q])}, -np.inf, 0.0)
        # one row per class and group, inactive (lower bound -inf) until a bound switches it on
        forced: dict[Hashable, Sequence[str]] = {**{q: (q,) for q in self.classes}, **(groups or {})}
        self.force_row = {g: add({**{i: 1.0 for q in qs for i in members[q]}, it: -1.0}, -np.inf, np.inf)
                          for g, qs in forced.items()}
        obj = np.zeros(nv)
        self.iR, self.it, self.sense = iR, it, sense
        self.counted = np.zeros(nv)     # the counted power (or cost) per column: the ratio's denominator
        for k, v in counted.items():
            self.counted[k] = v
        self.norm_row: int | None = None   # Charnes-Cooper's Q = 1 (ratio objectives)
        if sense.denominator is not None:
            self.norm_row = add(counted, 1.0, 1.0)
            obj[iR] = t_.tokens_per_req
            t_bounds = (0.0, np.inf)
        else:
            t_bounds = (1.0, 1.0)
            if kind == "max_throughput":
                obj[iR] = t_.tokens_per_req
            elif kind == "min_power":
                for k, v in counted.items():
                    obj[k] = v
            else:
                obj[:P] = cost
        A = sp.lil_matrix((len(rows), nv))
        for r, coefs in enumerate(rows):
            for k, v in coefs.items():
                A[r, k] = v
        A = A.tocsc()
        with capture_output(capture_fd=True):   # HiGHS prints a banner when it is created
            h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", int(threads))
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = nv, len(rows)
        lp.col_cost_ = obj
        lower, upper = np.zeros(nv), np.full(nv, np.inf)
        lower[it], upper[it] = t_bounds
        lp.col_lower_, lp.col_upper_ = lower, upper   # (assigned whole: the properties return copies)
        lp.row_lower_, lp.row_upper_ = np.array(lo), np.array(hi)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = A.indptr, A.indices, A.data
        lp.sense_ = highspy.ObjSense.kMaximize if self.maximise else highspy.ObjSense.kMinimize
        h.passModel(lp)
        self.h = h
        self.threads = int(threads)
        self.undecided = 0   # LPs HiGHS could not decide (their classes are kept: _solve)
        self._lock = threading.Lock()
        self._copies: list[highspy.Highs] = []   # the LP's copies for group_bounds' other workers

    def _solve(self, h: highspy.Highs | None = None) -> float:
        """The LP's optimum (on h, default the relaxation's own HiGHS); the worst value (-inf
        maximising, +inf minimising) when it is infeasible; the best value (+inf maximising) when
        HiGHS cannot decide (status unknown, unbounded, a limit), so that a class whose LP is
        undecided is kept, never pruned. An undecided LP is solved once more from scratch by the
        interior-point method first."""
        h = self.h if h is None else h
        worst, best = (-np.inf, np.inf) if self.maximise else (np.inf, -np.inf)
        for method in ("choose", "ipm"):
            if method != "choose":
                h.clearSolver()
                h.setOptionValue("solver", method)
            h.run()
            status = h.getModelStatus()
            if method != "choose":
                h.setOptionValue("solver", "choose")
            if status == highspy.HighsModelStatus.kOptimal:
                return float(h.getInfo().objective_function_value)
            if status == highspy.HighsModelStatus.kInfeasible:
                return worst
        with self._lock:
            self.undecided += 1
        return best

    def bound(self) -> float:
        return self._solve()

    def _copy(self) -> highspy.Highs:
        """Another HiGHS holding the same LP (for a worker of class_bounds)."""
        with capture_output(capture_fd=True):   # HiGHS prints a banner when it is created
            h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", self.threads)
        h.passModel(self.h.getLp())
        return h

    def _bounds_of(self, h: highspy.Highs, keys: Sequence[Hashable]) -> dict[Hashable, float]:
        out = {}
        for g in keys:
            r = self.force_row[g]
            h.changeRowBounds(r, 0.0, np.inf)
            out[g] = self._solve(h)
            h.changeRowBounds(r, -np.inf, np.inf)
        return out

    def group_bounds(self, keys: Sequence[Hashable], workers: int = CLASS_BOUND_WORKERS) -> dict[Hashable, float]:
        """Per group (or class) key g: the relaxation's optimum over designs running at least one
        instance of g's classes. The keys are split into `workers` fixed contiguous slices, each
        solved in order on its own copy of the LP in a thread (HiGHS releases the GIL while it
        runs): the same partition on every machine, so the same hot starts and the same bounds."""
        n = max(1, min(workers, len(keys)))
        size = -(-len(keys) // n)
        if n == 1:
            return self._bounds_of(self.h, keys)
        slices = [keys[k * size:(k + 1) * size] for k in range(n)]
        while len(self._copies) < n - 1:
            self._copies.append(self._copy())
        with ThreadPoolExecutor(max_workers=n) as pool:
            parts = list(pool.map(self._bounds_of, [self.h, *self._copies[:n - 1]], slices))
        return {g: v for part in parts for g, v in part.items()}

    def class_bounds(self, workers: int = CLASS_BOUND_WORKERS) -> dict[str, float]:
        """Per class q: the relaxation's optimum over designs running at least one instance of q."""
        return {str(q): v for q, v in self.group_bounds(self.classes, workers).items()}
