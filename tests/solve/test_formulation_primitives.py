"""Direct property tests of the formulation's primitives: the layer split against brute force,
candidate tiles (connected, in the grid, closed under the mirrors the symmetry rows assume),
and dominance pruning (the optimum of every objective is the same without it)."""

from __future__ import annotations

import itertools
import random

import pytest

from lamoopt.formulation import tables as table_building
from lamoopt.formulation.configs import StageCost, split_layers
from lamoopt.formulation.tiles import candidate_tiles
from lamoopt.solve.run import SolveOptions, solve_milp
from tests.solve.test_milp import problem

# A space where pruning drops points (2 of 56 on a 2 x 3 grid).
PRUNED_SPACE = {"package.grid_rows": 2, "package.grid_cols": 3, "search.decode_batches": [8, 16, 64],
                "search.pp_degrees": [1, 2, 3], "search.tp_degrees": [1, 2]}


def compositions(n: int, k: int):
    """Every split of n layers into k stages of at least one layer."""
    for cuts in itertools.combinations(range(1, n), k - 1):
        yield tuple(b - a for a, b in zip((0, *cuts), (*cuts, n)))


def bottleneck(split, cost: StageCost) -> float:
    return max(n * cost.per_layer_s + e for n, e in zip(split, cost.extra_s))


@pytest.mark.parametrize("seed", range(40))
def test_split_layers_minimises_the_slowest_stage_within_memory(seed):
    rng = random.Random(seed)
    layers, pp = rng.randint(1, 9), rng.randint(1, 4)
    cost = StageCost(per_layer_s=rng.uniform(0.5, 2.0), per_layer_J=1.0,
                     extra_s=tuple(rng.choice([0.0, rng.uniform(0, 3)]) for _ in range(pp)), extra_J=(0.0,) * pp)
    max_layers = [rng.randint(0, 5) for _ in range(pp)]
    feasible = [s for s in compositions(layers, pp) if all(n <= m for n, m in zip(s, max_layers))] \
        if pp <= layers else []
    got = split_layers(layers, cost, max_layers)
    if not feasible:
        assert got is None
        return
    assert got is not None and sum(got) == layers and len(got) == pp
    assert all(1 <= n <= m for n, m in zip(got, max_layers))
    assert bottleneck(got, cost) == pytest.approx(min(bottleneck(s, cost) for s in feasible), rel=1e-12)


def connected(sites) -> bool:
    todo, seen = [sites[0]], {sites[0]}
    while todo:
        r, c = todo.pop()
        for nb in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if nb in sites and nb not in seen:
                seen.add(nb)
                todo.append(nb)
    return len(seen) == len(sites)


@pytest.mark.parametrize("rows, cols, tp, pp", [(3, 3, 1, 1), (3, 3, 2, 2), (3, 3, 1, 5), (2, 4, 2, 3),
                                                (4, 4, 4, 2), (3, 5, 1, 3), (1, 3, 2, 1)])
def test_candidate_tiles_are_connected_distinct_and_closed_under_the_mirrors(rows, cols, tp, pp):
    tiles = candidate_tiles(rows, cols, tp, pp)
    sets = [frozenset(t.sites) for t in tiles]
    assert tiles and len(set(sets)) == len(sets)
    for t in tiles:
        assert len(t.sites) == tp * pp == len(set(t.sites))
        assert all(0 <= r < rows and 0 <= c < cols for r, c in t.sites)
        assert connected(list(t.sites))
    # families.mirror_left_right keeps one design of each mirror family: sound only if the
    # mirror image of every candidate site set is a candidate too
    for mirror in (lambda r, c: (r, cols - 1 - c), lambda r, c: (rows - 1 - r, c)):
        assert {frozenset(mirror(*s) for s in ts) for ts in sets} == set(sets)


@pytest.mark.parametrize("kind, extra", [
    ("max_tokens_per_s_per_W", {}),
    ("max_tokens_per_s_per_W", {"objective.rate": "saturated"}),
    ("max_throughput", {"package.power_budget_W": 700.0}),
    ("min_latency", {"search.decode_batches": [8, 64]}),
])
def test_dominance_pruning_keeps_every_optimum(monkeypatch, kind, extra):
    p = problem(**{"objective.kind": kind, **PRUNED_SPACE, **extra})
    pruned = solve_milp(p, SolveOptions.from_problem(p))
    # build_tables (formulation/tables.py) calls prune_dominated by the name it imported
    monkeypatch.setattr(table_building, "prune_dominated", lambda points, classes, with_latency: points)
    whole = solve_milp(p, SolveOptions.from_problem(p))
    assert len(whole.tables.points) > len(pruned.tables.points)   # pruning really dropped points
    assert pruned.objective == pytest.approx(whole.objective, rel=1e-6)
