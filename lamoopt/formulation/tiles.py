"""Candidate tiles: the sets of grid sites one TP x PP instance may occupy.

A tile is an ordered list of n = tp * pp sites, stage-major (sites[s*tp + r] is TP rank r of
stage s), along a path whose consecutive sites are mesh neighbours. Candidates:
- every rectangle a x b with a*b = n at every position, ordered as a boustrophedon (snake)
  along its longer side;
- every contiguous segment of length n of the 8 snake orders of the whole grid (row-wise or
  column-wise, starting in each corner), which adds L- and S-shaped tiles (e.g. 5 sites in a
  3 x 3 grid, where no 1 x 5 rectangle fits).
Tiles with the same site set are kept once (rectangles first). Each tile carries its
communication class (see `tile_comm`), which the configurations use for their timing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from lamoopt.costmodel.routes import busiest_link

Site = tuple[int, int]


@dataclass(frozen=True)
class TileComm:
    """Communication figures of a tile, worst over its stages.

    tp_link_load: most ring chunks crossing one directed link in one ring step (1 = no
    sharing); tp_step_hops: most links one ring step crosses; pp_hops: most links between
    TP rank r of stage s and rank r of stage s+1.
    """

    tp_link_load: int
    tp_step_hops: int
    pp_hops: int
    a2a_link_load: int = 0
    """dp-attention classes only (costmodel.dp_attention): most ordered rank pairs of one stage
    whose XY routes share a directed link in an all-to-all; 0 elsewhere."""
    a2a_hops: int = 0
    """the longest route between two ranks of a stage"""
    a2a_pair_hops: int = 0
    """the hops of all ordered rank pairs of a stage, summed (the link energy per unit sent)"""


@dataclass(frozen=True)
class Tile:
    sites: tuple[Site, ...]
    comm: TileComm


def manhattan(a: Site, b: Site) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def xy_links(a: Site, b: Site) -> list[tuple[Site, Site]]:
    """Directed links of the dimension-ordered (column first, then row) route from a to b."""
    links, (r, c) = [], a
    while c != b[1]:
        nc = c + (1 if b[1] > c else -1)
        links.append(((r, c), (r, nc)))
        c = nc
    while r != b[0]:
        nr = r + (1 if b[0] > r else -1)
        links.append(((r, c), (nr, c)))
        r = nr
    return links


def ring_figures(ring: tuple[Site, ...]) -> tuple[int, int]:
    """(max chunks per directed link, max hops per step) of a unidirectional ring whose
    ranks all send to their successor at once (every step of a ring all-reduce)."""
    if len(ring) < 2:
        return 0, 0
    load: dict[tuple[Site, Site], int] = {}
    hops = 0
    for k, a in enumerate(ring):
        b = ring[(k + 1) % len(ring)]
        route = xy_links(a, b)
        hops = max(hops, len(route))
        for link in route:
            load[link] = load.get(link, 0) + 1
    return max(load.values()), hops


def tile_comm(sites: tuple[Site, ...], tp: int, pp: int) -> TileComm:
    load, step_hops, pp_hops = 0, 0, 0
    for s in range(pp):
        ring = sites[s * tp:(s + 1) * tp]
        l, h = ring_figures(ring)
        load, step_hops = max(load, l), max(step_hops, h)
        if s + 1 < pp:
            nxt = sites[(s + 1) * tp:(s + 2) * tp]
            pp_hops = max(pp_hops, max(manhattan(a, b) for a, b in zip(ring, nxt, strict=True)))
    return TileComm(load, step_hops, pp_hops)


def all_to_all_figures(sites: tuple[Site, ...], tp: int, pp: int) -> tuple[int, int, int]:
    """(a2a_link_load, a2a_hops, a2a_pair_hops) of TileComm, worst over the stages: every rank of
    a stage sends one unit to every other rank of the stage at once, routed XY."""
    load, hops, pair_hops = 0, 0, 0
    for s in range(pp):
        ranks = sites[s * tp:(s + 1) * tp]
        pairs = [(a, b) for a in ranks for b in ranks if a != b]
        share, longest = busiest_link([(a, b, 1.0) for a, b in pairs])
        load, hops = max(load, round(share)), max(hops, longest)
        pair_hops = max(pair_hops, sum(manhattan(a, b) for a, b in pairs))
    return load, hops, pair_hops


def _snake_orders(rows: int, cols: int) -> list[list[Site]]:
    """The 8 boustrophedon orders of the grid: row- or column-wise, from each corner."""
    orders = []
    for by_row in (True, False):
        outer, inner = (rows, cols) if by_row else (cols, rows)
        for flip_outer in (False, True):
            for flip_inner in (False, True):
                seq: list[Site] = []
                for i in range(outer):
                    oi = outer - 1 - i if flip_outer else i
                    js = list(range(inner))
                    if (i % 2 == 1) != flip_inner:
                        js.reverse()
                    seq.extend((oi, j) if by_row else (j, oi) for j in js)
                orders.append(seq)
    return orders


def _rectangle_paths(rows: int, cols: int, n: int) -> list[list[Site]]:
    """Every a x b rectangle of n sites, as a row-wise and as a column-wise snake."""
    paths = []
    for a in range(1, n + 1):
        if n % a:
            continue
        b = n // a  # a rows x b cols
        if a > rows or b > cols:
            continue
        for r0 in range(rows - a + 1):
            for c0 in range(cols - b + 1):
                paths.append([(r0 + i, c0 + (j if i % 2 == 0 else b - 1 - j)) for i in range(a) for j in range(b)])
                paths.append([(r0 + (i if j % 2 == 0 else a - 1 - i), c0 + j) for j in range(b) for i in range(a)])
    return paths


def _ring_friendly(group: list[Site]) -> list[Site]:
    """A TP group that is a 2 x k block is ordered out along one line and back along the other,
    so its ring closes with one hop."""
    rows_ = sorted({g[0] for g in group})
    cols_ = sorted({g[1] for g in group})
    if len(group) >= 4 and len(rows_) == 2 and len(cols_) * 2 == len(group):
        return [(rows_[0], c) for c in cols_] + [(rows_[1], c) for c in reversed(cols_)]
    if len(group) >= 4 and len(cols_) == 2 and len(rows_) * 2 == len(group):
        return [(r, cols_[0]) for r in rows_] + [(r, cols_[1]) for r in reversed(rows_)]
    return group


@cache
def _cycle_variants(n: int) -> np.ndarray:
    """Rotations and the reversal of a ring of n ranks, as index arrays (2n, n): row k < n is
    the ring started at rank k, row n + k the reversed ring started at its rank k. Same ring
    figures, different rank labels."""
    base = np.arange(n)
    rotations = [(base + k) % n for k in range(n)]
    return np.array(rotations + [base[::-1][r] for r in rotations])


def _orient(path: list[Site], tp: int, pp: int) -> tuple[Site, ...]:
    """Split a path into stages of tp sites, make each ring friendly, and label the ranks of
    each stage (a rotation/reversal of its ring) to minimise the PP hops to the stage before
    (the largest Manhattan distance between ranks of equal label; the first such labelling)."""
    stages = [_ring_friendly(path[s * tp:(s + 1) * tp]) for s in range(pp)]
    variants = _cycle_variants(tp)
    for s in range(1, pp):
        prev, here = np.array(stages[s - 1]), np.array(stages[s])
        hops = np.abs(here[variants] - prev[None]).sum(axis=2).max(axis=1)
        stages[s] = [stages[s][i] for i in variants[int(np.argmin(hops))]]
    return tuple(site for stage in stages for site in stage)


def _cost(comm: TileComm) -> tuple[int, int]:
    return (comm.tp_link_load, comm.tp_step_hops + comm.pp_hops)


@cache
def candidate_tiles(rows: int, cols: int, tp: int, pp: int) -> tuple[Tile, ...]:
    """All distinct candidate site sets for a tp x pp instance on a rows x cols grid, each
    with the best ordering found among its paths (least link sharing, then fewest hops)."""
    n = tp * pp
    if n > rows * cols:
        return ()
    best: dict[frozenset[Site], Tile] = {}
    paths = _rectangle_paths(rows, cols, n)
    for order in _snake_orders(rows, cols):
        paths.extend(order[k:k + n] for k in range(len(order) - n + 1))
    shapes: dict[tuple[Site, ...], tuple[tuple[Site, ...], TileComm]] = {}
    for path in paths:
        key = frozenset(path)
        origin, shape = _at_origin(path)
        if shape not in shapes:
            sites = _orient(list(shape), tp, pp)
            shapes[shape] = sites, tile_comm(sites, tp, pp)
        sites, comm = shapes[shape]
        if key not in best or _cost(comm) < _cost(best[key].comm):
            best[key] = Tile(tuple((r + origin[0], c + origin[1]) for r, c in sites), comm)
    return tuple(sorted(best.values(), key=lambda t: t.sites))


def _at_origin(path: list[Site]) -> tuple[Site, tuple[Site, ...]]:
    """(origin, shape): the path's least row and column, and the path moved by minus them.

    candidate_tiles orients and costs each shape once and moves the result back: exact, since
    _orient labels the ranks from differences of sites and sorted rows and columns, and
    tile_comm counts hops and shared links, all unchanged by a translation; a large grid's
    paths are mostly translates of a few shapes."""
    r0, c0 = min(r for r, _ in path), min(c for _, c in path)
    return (r0, c0), tuple((r - r0, c - c0) for r, c in path)
