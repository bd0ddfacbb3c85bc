"""Affine upper bounds of an instance's dynamic power as a function of its load.

An operating point's mean dynamic power P(rho) (W per instance at utilisation rho = lambda/mu)
comes from its queue model (prefill: energy per request x lambda; decode: decode_slots). The
MILP needs it linear in the flow, so each *piece* k is a line
    l_k(rho) = P(r_k) + s_k (rho - r_k),  s_k = min_{g: rho_g < r_k} (P(r_k) - P(rho_g)) / (r_k - rho_g)
through the curve at its end r_k with the steepest slope that keeps it above every grid point
rho_g < r_k: l_k >= P on the grid over [0, r_k] (the curve is taken piecewise linear between
grid points, so checking the grid points suffices), and l_k(r_k) = P(r_k). A piece is one
operating point whose utilisation cap is at most r_k; in the MILP its power is
Count * (P(r_k) - s_k r_k) + Flow * s_k / mu: an upper bound of the curve for any flow the piece
may carry. Several pieces of one configuration let the MILP pick the tightest line for each
instance's load (for a concave curve, the lower envelope of its tangents).

Pieces are added greedily where the envelope of the lines so far is furthest above the curve,
until that excess is below PIECE_TOLERANCE of the curve's largest value or MAX_PIECES lines
exist. The excess left is the linearisation's error bound (reported per point as
`power_excess_W`); formulations/lamoopt_milp.md states it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

PIECE_TOLERANCE = 0.02   # stop when the envelope is within 2 % of max P above the curve
MAX_PIECES = 1           # lines per configuration (each is another integer count for the MILP): one, exact at the cap
GRID_POINTS = 41         # utilisation grid 0, rho_max/40, ..., rho_max


@dataclass(frozen=True)
class Piece:
    rho_hi: float          # the line is an upper bound of the curve on [0, rho_hi]
    intercept_W: float     # per instance (rho = 0)
    slope_W: float         # per unit of utilisation
    excess_W: float        # max over the grid on [0, rho_hi] of (envelope - curve) when chosen


def utilisation_grid(rho_max: float, levels: tuple[float, ...] = ()) -> NDArray[np.float64]:
    """0 .. rho_max in GRID_POINTS steps, plus the given levels below it."""
    return np.array(sorted(set(np.linspace(0.0, rho_max, GRID_POINTS).tolist())
                           | {x for x in levels if 0 < x < rho_max}))


def _line(rho: NDArray[np.float64], P: NDArray[np.float64], k: int) -> tuple[float, float]:
    """(intercept, slope) of the line through (rho_k, P_k) above every grid point before k."""
    slope = float(np.min((P[k] - P[:k]) / (rho[k] - rho[:k])))
    return float(P[k] - slope * rho[k]), slope


def pieces(rho: NDArray[np.float64], P: NDArray[np.float64], forced: tuple[int, ...] = ()) -> list[Piece]:
    """Greedy piece selection (module docstring); rho ascending from 0, P >= 0 on it. The
    pieces ending at grid indices `forced` (besides the last) are kept, and then no others are
    added (the min-latency objective's utilisation levels already split the range)."""
    chosen = sorted({len(rho) - 1} | {k for k in forced if k > 0})
    lines = {k: _line(rho, P, k) for k in chosen}

    def envelope() -> NDArray[np.float64]:
        env = np.full(len(rho), np.inf)
        for k, (a, s) in lines.items():
            env[:k + 1] = np.minimum(env[:k + 1], a + s * rho[:k + 1])
        return env

    scale = max(float(P.max()), 1e-12)
    while True:
        gap = envelope() - P
        gap[0] = 0.0          # a piece ending at rho = 0 could carry no flow
        worst = int(np.argmax(gap))
        if (gap[worst] <= PIECE_TOLERANCE * scale or len(chosen) >= MAX_PIECES or worst in lines
                or forced):
            break
        chosen.append(worst)
        lines[worst] = _line(rho, P, worst)
    gap = envelope() - P
    out = []
    for k in sorted(chosen):
        a, s = lines[k]
        out.append(Piece(float(rho[k]), max(a, 0.0), s, float(gap[:k + 1].max())))
    return out
