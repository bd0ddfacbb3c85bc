"""Group bounds with integer instance counts: the fluid relaxation (fluid.py) at t = 1 with every
n_o integer, a small MILP over counts and flows (no placement), solved by HiGHS per group.

Every design of the MILP maps to a point of it with an objective at least as good (fluid.py's
argument: the same rows, the same power floor; the counts of a design are integers), so its
optimum with sum_{o in G} n_o >= 1 bounds every design running a class of G, like the LP but
without the LP's fractional instances. That is where the LP is weakest: with integer counts the
prefill and decode capacities no longer match exactly, and the LP's bound ignores the idle
capacity every real design pays static power for (formulations/lamoopt_milp.md section 6).

What a solve returns, as a score (larger is better, like class_bounds.py):
- objectives without a ratio (max_throughput, min_power, min_cost): the MILP's dual bound;
- a ratio judged at the arrival rate (R = lambda): min Q over integer counts, so the score is
  tok lambda / Q_lb with Q_lb the dual bound;
- a ratio at a saturated rate: a test at a threshold x, the Dinkelbach form max tok R - x Q; a
  dual bound F_ub <= 0 proves that no design of the group beats x (score x), otherwise nothing
  is proven (None).
An infeasible MILP proves the group holds no design (-inf). The node limit keeps each solve
short; a stopped solve's dual bound is still valid.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Hashable, Sequence
from typing import Any

import highspy
import numpy as np

from lamoopt.formulation.fluid import FluidRelaxation
from lamoopt.formulation.forced_runs import MasterResult, forced_mip
from lamoopt.formulation.lp_arrays import LpArrays, quiet_highs
from lamoopt.formulation.ratio import denominator_lower_bound, dinkelbach_start
from lamoopt.formulation.subsolve_tasks import master_score

MASTER_MAX_NODES = 2000   # per group solve: a deterministic cap (its dual bound stays valid)
MASTER_REL_GAP = 1e-6
MASTER_DINKELBACH_ITER = 30


def master_options(threads: int) -> dict[str, Any]:
    """The count master's HiGHS options (here and on a Dask worker)."""
    return {"threads": int(threads), "mip_rel_gap": MASTER_REL_GAP, "mip_max_nodes": MASTER_MAX_NODES,
            # HiGHS's MIP presolve (probing over thousands of general integers) ran for minutes on
            # bench_4x4_24variants' 3,567 counts; without it a group solves in under a second there
            "presolve": "off"}


class CountMaster:
    """The integer-count MILP of one fluid relaxation; `score(group, threshold)` solves it."""

    def __init__(self, fluid: FluidRelaxation):
        self.fluid = fluid
        sense = fluid.sense
        lp = fluid.h.getLp()
        self.options = master_options(fluid.threads)
        h = quiet_highs(self.options)
        h.passModel(lp)
        h.changeColBounds(fluid.it, 1.0, 1.0)
        for i in range(fluid.n_points):
            h.changeColIntegrality(i, highspy.HighsVarType.kInteger)
        self.ratio = sense.denominator is not None
        self.dinkelbach = sense.dinkelbach
        if fluid.norm_row is not None:
            h.changeRowBounds(fluid.norm_row, -np.inf, np.inf)
        if self.ratio and not self.dinkelbach:   # at the arrival rate: min Q
            h.changeColsCost(len(fluid.counted), np.arange(len(fluid.counted), dtype=np.int32), fluid.counted)
            h.changeObjectiveSense(highspy.ObjSense.kMinimize)
        self.tokens_per_s = fluid.tables.tokens_per_req * fluid.tables.problem.rate_req_per_s
        self.h = h
        self.solves = 0
        self.x: np.ndarray | None = None
        self.design: tuple[dict[str, int], dict[str, float], float] | None = None
        self.ratio_found: float | None = None
        self.time_left: Callable[[], float] = lambda: math.inf   # seconds the caller allows (LazyClassBounds sets it)
        self._shared: tuple[str, object] | None = None   # (model token, handle): the model shared with the remote

    def _run(self, row: int | None) -> MasterResult:
        """('infeasible' | 'bound' | 'none', dual bound) with the group's row switched on (none:
        the whole relaxation); the solution, if any, is in self.x."""
        left = self.time_left()
        # a solve stopped by its time limit still has a valid dual bound (HiGHS's at the stop)
        self.h.setOptionValue("time_limit", float(max(left, 0.01)) if math.isfinite(left) else np.inf)
        result, self.x = forced_mip(self.h, row)
        self.solves += 1
        return result

    def _q_costs(self, q: float) -> np.ndarray:
        """The Dinkelbach objective max tok R - q Q, per column."""
        coefs = -q * self.fluid.counted
        coefs[self.fluid.iR] += self.fluid.tables.tokens_per_req
        return coefs

    def _set_q(self, q: float) -> None:
        coefs = self._q_costs(q)
        self.h.changeColsCost(len(coefs), np.arange(len(coefs), dtype=np.int32), coefs)

    def _classes(self, x: np.ndarray) -> set[str]:
        pts = self.fluid.tables.points
        return {pts[o].cls for i, o in enumerate(self.fluid.point_keys) if x[i] > 0.5}

    def best(self) -> tuple[set[str], float | None]:
        """The classes of the relaxation's best integer-count design (no forcing) and a score
        bound of every design (None if unproven); the design itself is left in self.design
        (counts and flows per point, rate) and, for a saturated ratio, its ratio in self.ratio_found.
        Saturated ratio: Dinkelbach on this MILP from ratio.dinkelbach_start (untrusted: if no
        design reaches it, the next q is the best design's ratio), then from each iterate's ratio
        (a design's, so they rise) until max tok R - q Q <= 0, which proves q.
        Short of that (no progress within HiGHS's tolerances, the iteration or time limit), each
        iterate's dual bound B_k still proves q_k + max(B_k, 0) / D_min (every design has
        N - q_k D <= B_k, and D >= D_min = denominator_lower_bound): the least of these."""
        if not self.dinkelbach:
            score = self._scored(self._run(None), 0.0)
            self._keep(self.x)
            return (set() if self.x is None or score == -np.inf else self._classes(self.x)), score
        q, trusted, classes = dinkelbach_start(self.fluid.tables), False, set[str]()
        d_min = denominator_lower_bound(self.fluid.tables)
        proven: float | None = None   # the least q_k + max(B_k, 0) / D_min over the iterations
        for _ in range(MASTER_DINKELBACH_ITER):
            self._set_q(q)
            what, bound = self._run(None)
            if what == "infeasible":
                return set(), -np.inf
            if what == "bound":
                # every design has N - q D <= B, so N / D <= q + max(B, 0) / D_min
                here = q + max(bound, 0.0) / d_min
                proven = here if proven is None else min(proven, here)
            if self.x is None:
                return classes, proven
            n_val = self.fluid.tables.tokens_per_req * self.x[self.fluid.iR]
            d_val = float(self.fluid.counted @ self.x)
            ratio = n_val / d_val if d_val > 0 else -np.inf
            if self.ratio_found is None or ratio > self.ratio_found:
                self.ratio_found, classes = ratio, self._classes(self.x)
                self._keep(self.x)
            if what == "bound" and bound <= 0.0:
                if trusted:
                    return classes, q
                # the start (no design's ratio) was above every design: go on from the best found
                q, trusted = self.ratio_found, True
                continue
            if ratio <= q:
                return classes, proven   # no progress (HiGHS's tolerances): what the bounds proved
            q, trusted = ratio, True
        return classes, proven

    def _keep(self, x: np.ndarray | None) -> None:
        """Remember a design of this MILP: instances and flows per operating point, and the rate."""
        if x is None:
            return
        P = self.fluid.n_points
        counts = {o: int(round(x[i])) for i, o in enumerate(self.fluid.point_keys) if round(x[i]) > 0}
        flows = {o: max(0.0, float(x[P + i])) for i, o in enumerate(self.fluid.point_keys) if o in counts}
        self.design = (counts, flows, float(x[self.fluid.iR]))

    def score_of(self, classes: set[str], threshold: float) -> tuple[float | None, set[str]]:
        """score (as `score`) of the designs running at least one instance of any of `classes`,
        with the classes its best such design uses (empty without one): the forcing row
        sum_{o in classes} n_o >= 1 is added for this solve only."""
        pts = self.fluid.tables.points
        cols = np.array([i for i, o in enumerate(self.fluid.point_keys) if pts[o].cls in classes], dtype=np.int32)
        if cols.size == 0:
            return -np.inf, set()
        if self.dinkelbach:
            self._set_q(threshold)
        h = self.h
        h.addRow(1.0, np.inf, cols.size, cols, np.ones(cols.size))
        row = h.getNumRow() - 1
        try:
            score = self._scored(self._run(None), threshold)
            return score, (set() if self.x is None else self._classes(self.x))
        finally:
            h.deleteRows(1, np.array([row], dtype=np.int32))

    def _scored(self, result: tuple[str, float], threshold: float) -> float | None:
        what, bound = result
        if what == "infeasible":
            return -np.inf
        if what == "none":
            return None
        if self.dinkelbach:
            return threshold if bound <= 0.0 else None
        if self.ratio:
            return self.tokens_per_s / bound if bound > 0 else None
        return bound if self.fluid.maximise else -bound

    def score(self, group: Hashable, threshold: float) -> float | None:
        """A valid score bound of the designs running group's classes, or None when the solve
        proves nothing (module docstring); threshold is used by the saturated ratio only."""
        if self.dinkelbach:
            self._set_q(threshold)
        return self._scored(self._run(self.fluid.force_row[group]), threshold)

    def scores(self, groups: Sequence[Hashable], threshold: float) -> list[float | None]:
        """`score` of each group. With the fluid relaxation's remote executor and a saturated
        ratio, the groups are tasks (subsolve_tasks.master_score): each such solve sets the
        objective first, which makes HiGHS drop the solution it kept, so it does not depend on the
        solves before it and the tasks give the local answers. The other objectives' solves keep
        HiGHS's previous solution as their MIP start (a chain), so they stay here, in order. A
        task the executor did not finish (Ctrl-C, the time limit) proves nothing (None)."""
        remote = self.fluid.remote
        if remote is None or not self.dinkelbach or not groups:
            return [self.score(g, threshold) for g in groups]
        model = self._model()
        if self._shared is None or self._shared[0] != model.token:
            self._shared = (model.token, remote.share(model))
        costs = self._q_costs(threshold)
        done = remote.run(master_score, [(self._shared[1], self.options, costs, self.fluid.force_row[g])
                                         for g in groups])
        self.solves += sum(r is not None for r in done)
        return [None if r is None else self._scored(r, threshold) for r in done]

    def _model(self) -> LpArrays:
        """This MILP as arrays, as HiGHS holds it now (an added row may have left its matrix
        row-wise), with zero costs: every task sets its own."""
        model = LpArrays.of(self.h)
        return dataclasses.replace(model, col_cost=np.zeros_like(model.col_cost))
