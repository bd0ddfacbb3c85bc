"""The count master's design as a MIP start (solve/start.py)."""

from __future__ import annotations

from lamoopt.solve.outcome import prepare
from lamoopt.solve.start import first_fit
from tests.solve.test_milp import TINY, problem


def test_first_fit_puts_instances_on_disjoint_tiles_or_gives_up():
    p = problem(**TINY)                       # a 1 x 3 grid
    tables, _, _ = prepare(p)
    one_chiplet = sorted(o for o, pt in tables.points.items() if tables.classes[pt.cls].chiplets == 1)
    o = one_chiplet[0]
    start = first_fit(tables, {o: 3}, {o: 1.0}, 1.0)
    assert start is not None and len(start.placed) == 3
    sites = [s for q, g in start.placed for s in tables.classes[q].tiles[g].sites]
    assert len(sites) == len(set(sites)) == 3
    assert first_fit(tables, {o: 4}, {o: 1.0}, 1.0) is None    # four chiplets do not fit three sites
