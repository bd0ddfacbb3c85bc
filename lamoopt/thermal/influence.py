"""Thermal influence (resistance) matrices for the MILP, and a 1-D stack resistance for reports.

Steady conduction is linear, so temperature rises add: the rise anywhere is
sum_i R[., i] * p_i over the power sources p_i. The MILP gets one matrix per
(observed layer, heated layer) pair, computed once per package and chiplet type.
"""

from __future__ import annotations

import numpy as np

from lamoopt.thermal.geometry import ChipletStack, Layer, PackageGeometry
from lamoopt.thermal.solver import build_thermal_model

# Influence matrices are an input to a conservative MILP bound, where 4 cells per 26 mm site
# (6.5 mm cells) are within ~1 K of the 8-cell model at full power (mesh check in the
# benchmark) and cost a 6x6 grid well under a second.
DEFAULT_INFLUENCE_CELLS_PER_SITE = 4


def influence_matrices(geom: PackageGeometry, stack: ChipletStack,
                       cells_per_site: int = DEFAULT_INFLUENCE_CELLS_PER_SITE
                       ) -> dict[str, np.ndarray]:
    """Temperature-rise influence matrices (K/W) with EVERY site holding `stack`.

    S = rows * cols sites, site index = row * cols + col. Entry [j, i] of
    - 'logic_from_logic': PEAK rise in site j's logic layer(s) per W in site i's logic layer(s),
    - 'logic_from_dram':  PEAK rise in site j's logic per W in site i's DRAM dies,
    - 'dram_from_logic':  rise of site j's hottest DRAM cell per W in site i's logic,
    - 'dram_from_dram':   rise of site j's hottest DRAM cell per W in site i's DRAM dies.
    The same four with suffix '_mean' hold power-weighted MEAN rises instead of peaks (these
    are reciprocal: symmetric for logic_from_logic and dram_from_dram).

    Peaks per column are taken separately for each source, so for powers p >= 0
    sum_i R[j, i] * p_i >= max over site j of the true rise (the max of a sum is <= the sum
    of the maxima): a conservative upper bound, tight when the hot spots of the dominant
    sources coincide (the own site's centre). A stack without DRAM layers gives zero
    *_from_dram columns and NaN dram_* rows.

    One factorisation, 2*S right-hand sides (one per W of logic, one per W of DRAM per site).
    """
    s_total = geom.rows * geom.cols
    model = build_thermal_model(geom, {s: stack.name for s in geom.sites}, {stack.name: stack},
                                cells_per_site)
    stats = model.site_statistics(model.solve_rise(np.eye(2 * s_total)))
    out = {}
    for observed in ("logic", "dram"):
        for suffix, stat in (("", "peak"), ("_mean", "mean")):
            rise = stats[f"{observed}_{stat}"]
            out[f"{observed}_from_logic{suffix}"] = rise[:, :s_total]
            out[f"{observed}_from_dram{suffix}"] = rise[:, s_total:]
    return out


def _undominated_rows(r: np.ndarray, tol: float) -> np.ndarray:
    """Rows of r not dominated (<= elementwise, up to tol) by another kept row.

    For powers >= 0 a dominated row is never the only maximum, so dropping it keeps
    max_k (r @ p) exact."""
    order = np.argsort(-r.sum(axis=1), kind="stable")
    kept: list[int] = []
    for k in order:   # (each candidate against every kept row at once)
        if not kept or not np.any(np.all(r[k] <= r[kept] + tol, axis=1)):
            kept.append(int(k))
    return r[sorted(kept)]


def cell_influence_matrices(geom: PackageGeometry, stack: ChipletStack,
                            cells_per_site: int = DEFAULT_INFLUENCE_CELLS_PER_SITE
                            ) -> dict[str, list[np.ndarray]]:
    """EXACT peak model of the uniform layout: per site, one row per candidate hot cell.

    Returns {'logic': [R_0, ..., R_{S-1}], 'dram': [...], 'logic_mean': [m_0, ..., m_{S-1}]},
    m_j of shape (2S,) the power-weighted mean rise of site j's logic layer per W at each source
    (what leakage follows), and R_j of shape (K_j, 2S): row k is
    the rise (K/W) of one cell of site j's logic layer (resp. DRAM dies) per W of logic
    (columns 0..S-1) and of DRAM (columns S..2S-1) of every site. For powers q >= 0,
    T_amb + max_k (R_j @ q) is the conduction model's peak at site j exactly (not a bound),
    so the MILP can write K_j linear rows per site instead of one loose row. Rows dominated
    by another row are dropped (they can never be the unique maximum), leaving a few per
    site. `influence_matrices` (sum of per-source peaks) over-estimates the peak by up to
    ~60% at a centre site under uniform load on the default package; this does not.
    """
    s_total = geom.rows * geom.cols
    model = build_thermal_model(geom, {s: stack.name for s in geom.sites}, {stack.name: stack},
                                cells_per_site)
    rise = model.solve_rise(np.eye(2 * s_total))
    tol = 1e-12 * float(np.abs(rise).max())
    out: dict[str, list[np.ndarray]] = {"logic": [], "dram": [],
                                        "logic_mean": list(model.site_statistics(rise)["logic_mean"])}
    for site in geom.sites:
        for kind in ("logic", "dram"):
            cells = model.source_cells(site, kind)
            out[kind].append(_undominated_rows(rise[cells], tol) if len(cells)
                             else np.zeros((0, 2 * s_total)))
    return out


def vertical_resistance_K_per_W(stack: ChipletStack, footprint_area_m2: float,
                                above: tuple[Layer, ...] = (),
                                h_top_W_per_m2K: float = 0.0) -> float:
    """1-D series resistance of the whole stack over `footprint_area_m2`: sum t / (k A).

    Optionally continued through the package layers `above` (same area) and a film h_top
    to the coolant (+ 1 / (h A)). No lateral spreading: for reports, to compare stacks
    (e.g. the DC's 8-high stack against the PC's 4-high) and as a sanity scale for the 3-D
    solve, which spreads heat in the lid and therefore runs cooler than this 1-D path."""
    if not footprint_area_m2 > 0:
        raise ValueError("footprint area must be positive")
    layers = tuple(stack.layers) + tuple(above)
    r = sum(layer.thickness_m / (layer.conductivity_W_per_mK * footprint_area_m2)
            for layer in layers)
    if h_top_W_per_m2K > 0:
        r += 1.0 / (h_top_W_per_m2K * footprint_area_m2)
    return float(r)
