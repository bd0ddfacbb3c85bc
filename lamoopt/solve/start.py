"""A MIP start from the count master's design (formulation/count_master.py): its instances put
on the grid first-fit, each class's tiles in their table order, so that the first MILP begins
with a design instead of searching for one (on bench_8x8_6types the screening MILP found none
in three minutes without it).

The start is only a suggestion: HiGHS completes the continuous variables and checks every row
(thermal, leakage, power), and drops a start that breaks one. First-fit may also fail to pack
the instances (fragmentation): then there is no start.
"""

from __future__ import annotations

from lamoopt.formulation.configs import Tables
from lamoopt.formulation.layout import Choice


def first_fit(tables: Tables, counts: dict[str, int], flows: dict[str, float], rate_req_per_s: float) -> Choice | None:
    """The design with counts[o] instances of each operating point o on disjoint tiles, largest
    instances first (ties by key); None if they do not all fit."""
    used: set[tuple[int, int]] = set()
    placed: list[tuple[str, int]] = []
    order = sorted(counts, key=lambda o: (-tables.classes[tables.points[o].cls].chiplets, o))
    for o in order:
        cls = tables.classes[tables.points[o].cls]
        need = counts[o]
        for g, tile in enumerate(cls.tiles):
            if need == 0:
                break
            if used.isdisjoint(tile.sites):
                used.update(tile.sites)
                placed.append((cls.key, g))
                need -= 1
        if need:
            return None
    return Choice(sorted(placed), dict(counts), dict(flows), rate_req_per_s)
