"""The exhaustive reference: every placement of instances on the grid, every assignment of
operating points to them, and for each the continuous part (flows, rate) solved as a small LP
with scipy's linprog (formulation/flow_lp.py: the MILP's rows with the integers fixed). The
placement and the point split are searched without the MILP's placement model (site sets,
kinds, links, symmetry breaking) or its branch and bound, so a disagreement exposes a mistake
in either; the rows themselves are shared (families.py).

Only for small instances: the number of placements grows exponentially with the grid.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator

from lamoopt.formulation.configs import Tables
from lamoopt.formulation.flow_lp import FixedLayout, FlowLP, counts_hold
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.formulation.solution import objective_value, predict
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
        # the rows over counts, occupancy and types (roles, area, cost, type limits) depend on
        # the placement alone: any one split over the classes' points decides them
        some = {min(p.key for p in tables.points_of(ck)): n for ck, n in class_counts.items()}
        if not counts_hold(FixedLayout(tables, thermal, placed, some)):
            continue
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
