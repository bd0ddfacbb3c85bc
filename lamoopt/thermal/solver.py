"""Steady-state 3-D finite-volume heat conduction in the package.

Discretisation
- Lateral: the package rectangle (cols*pitch x rows*pitch) is cut into `cells_per_site` x
  `cells_per_site` square cells per site. Footprints need not align with cells: a cell partly
  covered by a chiplet footprint gets the area-weighted (parallel) mix of the chiplet material
  and the gap fill, k = f*k_chip + (1-f)*k_gap with f the covered fraction of the cell's area.
  This is exact for vertical conduction (parallel paths) and a mild approximation laterally;
  it keeps the footprint area (hence the power density) exact at any cells_per_site, which
  snapping footprints to cells would not (at 4 cells per 26 mm site, snapping would change a
  23.4 mm die's area by up to +/-30%).
- Vertical: package layers under the chiplets, the chiplet zone, package layers above. Every
  layer gets one z-cell, or several if thicker than MAX_CELL_THICKNESS_M. The chiplet zone is
  cut at the union of the layer interfaces of all stacks present, so every stack layer of
  every type owns whole z-cells; each column takes the material of its own stack at that
  height, a silicon spacer above a shorter stack, gap fill outside footprints.
- Conductance between neighbouring cell centres: series (harmonic) combination of the two
  half-cells. Top face: convection h_top to ambient in series with the top half-cell;
  bottom face likewise with h_bottom (0 = adiabatic).
- Heat sources: a site's logic power is spread over its logic layer(s) in proportion to
  volume x footprint coverage; its DRAM power is split equally between its DRAM dies, each
  share spread the same way over that die.

The system G * (T - T_amb) = P is symmetric positive definite; it is factorised once
(multifrontal nested-dissection Cholesky by default, SuperLU on request; see
lamoopt.thermal.factor) and reused for every power vector.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

import numpy as np
import scipy.sparse as sp

from lamoopt.thermal.factor import NestedDissectionCholesky, SuperLUFactor
from lamoopt.thermal.geometry import (
    ChipletStack,
    Layer,
    PackageGeometry,
    chiplet_zone_interfaces_m,
    footprint_margin_m,
    occupied_stacks,
    validate_layout,
)

Site = tuple[int, int]
Layout = dict[Site, "str | None"]

# Layers thicker than this get several z-cells (a 1.5 mm lid gets 8); the die layers
# (5-100 um) stay one cell each. Checked on the default instance (5 PC + 4 DC at peak,
# 8 cells per site): the hottest cell moves by 0.03 K between a 10 mm limit (lid = 1 cell,
# 21 z-cells) and 50 um (53 z-cells), so 200 um is converged.
MAX_CELL_THICKNESS_M = 200e-6
# Fixed-point iteration gives up above this temperature: silicon devices are destroyed well
# below it, so any iterate this hot means the leakage/refresh feedback has no usable fixed point.
RUNAWAY_LIMIT_C = 500.0
DEFAULT_CELLS_PER_SITE = 8
Factorisation = Literal["nested_dissection", "superlu"]


class ThermalError(RuntimeError):
    """Base class of thermal-solve failures."""


class ThermalRunaway(ThermalError):
    """The temperature/static-power feedback diverges (no stable operating point)."""


class ThermalNotConverged(ThermalError):
    """The feedback iteration still contracts but did not reach the tolerance in max_iter."""


# ----------------------------------------------------------------------------- result types
@dataclass(frozen=True)
class ZCell:
    """One z-cell layer of the grid."""

    name: str
    """Package layer name, or 'chiplet[z0-z1um]' in the chiplet zone."""
    thickness_m: float
    zone: Literal["below", "chiplet", "above"]
    layer: Layer | None
    """The package layer (below/above zones); None in the chiplet zone."""
    z_mid_m: float
    """Centre height above the chiplet-zone bottom (chiplet zone only; NaN elsewhere)."""


@dataclass(frozen=True)
class SiteTemperature:
    """Temperatures of one occupied site (C). DRAM values are NaN for stacks without DRAM."""

    chiplet: str
    logic_peak_C: float
    logic_mean_C: float
    """Power-weighted mean over the logic layer(s) = volume mean within the footprint."""
    dram_peak_C: float
    """Hottest cell of all the site's DRAM dies."""
    dram_mean_C: float
    """Power-weighted mean over the DRAM dies (each die weighted equally)."""


@dataclass(frozen=True, eq=False)
class ThermalResult:
    """A steady-state temperature field and its per-site summary."""

    temperature_C: np.ndarray
    """Field, shape (nz, ny, nx): z bottom to top, y along rows, x along columns."""
    sites: dict[Site, SiteTemperature]
    """Per occupied site."""
    heat_out_top_W: float
    heat_out_bottom_W: float
    power_in_W: float
    peak_C: float
    """Hottest cell of the whole package."""
    logic_plane_C: np.ndarray
    """(ny, nx) map: per column, the hottest of its site's logic z-cells (gap fill and empty
    sites: the hottest of the logic z-cells of any stack)."""
    cell_size_m: float
    z_cells: tuple[ZCell, ...]
    footprints_m: dict[Site, tuple[float, float, float]] = field(default_factory=dict)
    """(x0, y0, side) of every occupied site's footprint."""


class FeedbackSolution(NamedTuple):
    """Outcome of `solve_with_feedback`."""

    result: ThermalResult
    static_power_W: dict[Site, tuple[float, float]]
    """Converged per-site static (logic_W, dram_W) used for `result`."""
    iterations: int


# ----------------------------------------------------------------------------- z grid
def _n_sub_cells(thickness_m: float) -> int:
    """Number of z-cells for a layer of this thickness."""
    return max(1, math.ceil(thickness_m / MAX_CELL_THICKNESS_M - 1e-9))


def _package_zcells(layers: tuple[Layer, ...], zone: str) -> list[ZCell]:
    out = []
    for layer in layers:
        n = _n_sub_cells(layer.thickness_m)
        out += [ZCell(layer.name, layer.thickness_m / n, zone, layer, math.nan)] * n
    return out


def _chiplet_zcells(interfaces_m: np.ndarray) -> list[ZCell]:
    out = []
    for z0, z1 in zip(interfaces_m[:-1], interfaces_m[1:]):
        n = _n_sub_cells(z1 - z0)
        dz = (z1 - z0) / n
        name = f"chiplet[{z0 * 1e6:.0f}-{z1 * 1e6:.0f}um]"
        out += [ZCell(name, dz, "chiplet", None, z0 + (k + 0.5) * dz) for k in range(n)]
    return out


def build_z_cells(geom: PackageGeometry, stacks: list[ChipletStack]) -> list[ZCell]:
    """All z-cells bottom to top: package layers below, chiplet zone, package layers above."""
    return (_package_zcells(geom.below, "below")
            + _chiplet_zcells(chiplet_zone_interfaces_m(stacks))
            + _package_zcells(geom.above, "above"))


def footprint_coverage(pitch_m: float, side_m: float, cells_per_site: int) -> np.ndarray:
    """(cps, cps) covered area fraction of each cell of a site by a centred square footprint."""
    margin = footprint_margin_m(pitch_m, side_m)
    edges = np.linspace(0.0, pitch_m, cells_per_site + 1)
    lo = np.maximum(edges[:-1], margin)
    hi = np.minimum(edges[1:], margin + side_m)
    frac = np.clip((hi - lo) / (pitch_m / cells_per_site), 0.0, 1.0)  # clip round-off
    return np.outer(frac, frac)


# ----------------------------------------------------------------------------- the model
class ThermalModel:
    """A factorised conduction model of one layout; `solve` maps site powers to temperatures."""

    def __init__(self, geom: PackageGeometry, layout: Layout, stacks: dict[str, ChipletStack],
                 cells_per_site: int = DEFAULT_CELLS_PER_SITE,
                 factorisation: Factorisation = "nested_dissection"):
        if cells_per_site < 1:
            raise ValueError("cells_per_site must be >= 1")
        validate_layout(geom, layout)
        self.geom = geom
        self.layout: Layout = dict(layout)
        self.stacks = occupied_stacks(layout, stacks)
        self.cells_per_site = cells_per_site
        self.nx, self.ny = geom.cols * cells_per_site, geom.rows * cells_per_site
        self.cell_size_m = geom.pitch_m / cells_per_site
        self.z_cells = tuple(build_z_cells(geom, list(self.stacks.values())))
        self.nz = len(self.z_cells)
        self.dz_m = np.array([zc.thickness_m for zc in self.z_cells])
        self.n_cells = self.nz * self.ny * self.nx
        self.occupied_sites = [s for s in geom.sites if self.layout[s] is not None]
        self._coverage = {n: footprint_coverage(geom.pitch_m, s.side_m, cells_per_site)
                          for n, s in self.stacks.items()}
        self.conductivity_W_per_mK = self._conductivity_field()
        conductance, self._g_top, self._g_bottom = self._conductance_matrix()
        self._factor = _factorise(conductance, (self.nz, self.ny, self.nx), factorisation)
        self.power_matrix = self._power_matrix()
        self._site_cells = self._site_cell_sets()

    # -- geometry helpers ------------------------------------------------------------------
    def _site_slices(self, site: Site) -> tuple[slice, slice]:
        """(y, x) slices of the lateral cells of a site."""
        r, c = site
        n = self.cells_per_site
        return slice(r * n, (r + 1) * n), slice(c * n, (c + 1) * n)

    def _chiplet_z(self) -> list[int]:
        return [i for i, zc in enumerate(self.z_cells) if zc.zone == "chiplet"]

    def _stack_layer_at(self, stack: ChipletStack, iz: int) -> int | None:
        """Index of the stack layer occupying z-cell iz (None: spacer above the stack)."""
        return stack.layer_index_at(self.z_cells[iz].z_mid_m)

    def _z_cells_of_layer(self, stack: ChipletStack, layer_index: int) -> list[int]:
        return [iz for iz in self._chiplet_z() if self._stack_layer_at(stack, iz) == layer_index]

    # -- material field --------------------------------------------------------------------
    def _conductivity_field(self) -> np.ndarray:
        """k per cell (nz, ny, nx), with area-weighted mixing in partly covered cells."""
        g = self.geom
        k = np.empty((self.nz, self.ny, self.nx))
        for iz, zc in enumerate(self.z_cells):
            k[iz] = zc.layer.conductivity_W_per_mK if zc.layer else g.gap_conductivity_W_per_mK
        for site in self.occupied_sites:
            stack = self.stacks[self.layout[site]]
            cov = self._coverage[stack.name]
            ys, xs = self._site_slices(site)
            for iz in self._chiplet_z():
                li = self._stack_layer_at(stack, iz)
                k_chip = (stack.layers[li].conductivity_W_per_mK if li is not None
                          else g.spacer_conductivity_W_per_mK)
                k[iz, ys, xs] = cov * k_chip + (1.0 - cov) * g.gap_conductivity_W_per_mK
        return k

    # -- conductance matrix ----------------------------------------------------------------
    def _index(self) -> np.ndarray:
        return np.arange(self.n_cells).reshape(self.nz, self.ny, self.nx)

    def _face_conductance_W_per_K(self, k_face: np.ndarray, h: float, dz_face: float
                                  ) -> np.ndarray:
        """Per-cell conductance from a cell centre through its half-cell and a film h to ambient."""
        area = self.cell_size_m ** 2
        if h <= 0:
            return np.zeros(self.ny * self.nx)
        return (area / (dz_face / (2.0 * k_face) + 1.0 / h)).ravel()

    def _conductance_matrix(self) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
        """Assemble G (W/K) with G @ (T - T_amb) = P, plus the top and bottom film conductances."""
        k, idx, d = self.conductivity_W_per_mK, self._index(), self.cell_size_m
        dz = self.dz_m[:, None, None]
        links = []
        # lateral links: series of two half-cells of length d/2, face area d * dz
        for axis in (2, 1):
            k_a, k_b = _neighbours(k, axis)
            i_a, i_b = _neighbours(idx, axis)
            dz_a = np.broadcast_to(dz, k.shape)
            dz_a, _ = _neighbours(dz_a, axis)
            g = d * dz_a / (0.5 * d / k_a + 0.5 * d / k_b)
            links.append((i_a.ravel(), i_b.ravel(), g.ravel()))
        # vertical links: series of two half-cells of heights dz/2, face area d^2
        r_half = dz / (2.0 * k)
        g_z = d * d / (r_half[:-1] + r_half[1:])
        links.append((idx[:-1].ravel(), idx[1:].ravel(), g_z.ravel()))

        g_top = self._face_conductance_W_per_K(k[-1], self.geom.h_top_W_per_m2K, self.dz_m[-1])
        g_bottom = self._face_conductance_W_per_K(k[0], self.geom.h_bottom_W_per_m2K,
                                                  self.dz_m[0])
        i_a = np.concatenate([l[0] for l in links])
        i_b = np.concatenate([l[1] for l in links])
        g = np.concatenate([l[2] for l in links])
        diag = np.bincount(i_a, g, self.n_cells) + np.bincount(i_b, g, self.n_cells)
        diag[idx[-1].ravel()] += g_top
        diag[idx[0].ravel()] += g_bottom
        rows = np.concatenate([i_a, i_b, np.arange(self.n_cells)])
        cols = np.concatenate([i_b, i_a, np.arange(self.n_cells)])
        vals = np.concatenate([-g, -g, diag])
        return sp.csr_matrix((vals, (rows, cols)), shape=(self.n_cells,) * 2), g_top, g_bottom

    # -- heat sources ----------------------------------------------------------------------
    def _source_weights(self, site: Site, kind: str) -> tuple[np.ndarray, np.ndarray]:
        """(flat cell indices, weights summing to 1) of a site's logic or DRAM power.

        Weight = volume x coverage within each source layer; for DRAM each die gets an equal
        share. Empty arrays when the stack has no layer of that kind."""
        stack = self.stacks[self.layout[site]]
        layers = stack.source_layers(kind)
        if not layers:
            return np.empty(0, int), np.empty(0)
        idx, cov = self._index(), self._coverage[stack.name]
        ys, xs = self._site_slices(site)
        cells, weights = [], []
        # logic: one pool over all logic layers (uniform by volume); DRAM: one pool per die
        pools = [layers] if kind == "logic" else [(li,) for li in layers]
        for pool in pools:
            zs = [iz for li in pool for iz in self._z_cells_of_layer(stack, li)]
            w = self.dz_m[zs, None, None] * cov[None]
            cells.append(idx[zs, ys, xs].ravel())
            weights.append((w / w.sum() / len(pools)).ravel())
        cells, weights = np.concatenate(cells), np.concatenate(weights)
        keep = weights > 0
        return cells[keep], weights[keep]

    def _power_matrix(self) -> sp.csc_matrix:
        """B (n_cells x 2S): column i spreads 1 W of site i's logic power, column S+i its DRAM."""
        s_total = self.geom.rows * self.geom.cols
        rows, cols, vals = [], [], []
        for site in self.occupied_sites:
            i = self.geom.site_index(site)
            for offset, kind in ((0, "logic"), (s_total, "dram")):
                cells, w = self._source_weights(site, kind)
                rows.append(cells)
                cols.append(np.full(len(cells), i + offset))
                vals.append(w)
        if not rows:
            return sp.csc_matrix((self.n_cells, 2 * s_total))
        return sp.csc_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
                             shape=(self.n_cells, 2 * s_total))

    def _site_cell_sets(self) -> dict[Site, dict[str, tuple[np.ndarray, np.ndarray]]]:
        """Per occupied site: {'logic'|'dram': (cells, weights)} used for peaks and means."""
        return {s: {kind: self._source_weights(s, kind) for kind in ("logic", "dram")}
                for s in self.occupied_sites}

    def source_cells(self, site: Site, kind: str) -> np.ndarray:
        """Flat indices of the cells of an occupied site's logic or DRAM layers (footprint)."""
        return self._site_cells[site][kind][0]

    # -- solving ---------------------------------------------------------------------------
    def power_vector(self, site_power: dict[Site, tuple[float, float]]) -> np.ndarray:
        """(2S,) vector [logic_W of every site..., DRAM_W of every site...] from a site dict."""
        s_total = self.geom.rows * self.geom.cols
        q = np.zeros(2 * s_total)
        for site, (logic_W, dram_W) in site_power.items():
            i = self.geom.site_index(site)
            if not (math.isfinite(logic_W) and math.isfinite(dram_W)) or min(logic_W, dram_W) < 0:
                raise ValueError(f"site {site}: powers must be finite and >= 0, got "
                                 f"({logic_W}, {dram_W})")
            if self.layout[site] is None and (logic_W or dram_W):
                raise ValueError(f"site {site} is empty but was given power ({logic_W}, {dram_W})")
            for kind, watts, col in (("logic", logic_W, i), ("dram", dram_W, s_total + i)):
                if watts and not len(self._site_cells[site][kind][0]):
                    raise ValueError(f"site {site}: {self.layout[site]} has no {kind} layer "
                                     f"but was given {watts} W of {kind} power")
                q[col] = watts
        return q

    def solve_rise(self, q: np.ndarray) -> np.ndarray:
        """Temperature rise over ambient (K) for power vector(s) q: (2S,) -> (N,), (2S, m) -> (N, m)."""
        rhs = self.power_matrix @ q
        if sp.issparse(rhs):
            rhs = rhs.toarray()
        return self._factor.solve(np.ascontiguousarray(rhs, dtype=float))

    def site_statistics(self, rise: np.ndarray) -> dict[str, np.ndarray]:
        """Per-site peak and mean of logic and DRAM rise for rise vector(s).

        rise: (N,) or (N, m). Returns {'logic_peak', 'logic_mean', 'dram_peak', 'dram_mean'},
        each (S,) or (S, m), indexed by site index, NaN where a site has no such cells."""
        rise2 = rise.reshape(self.n_cells, -1)
        s_total = self.geom.rows * self.geom.cols
        out = {k: np.full((s_total, rise2.shape[1]), np.nan)
               for k in ("logic_peak", "logic_mean", "dram_peak", "dram_mean")}
        for site, sets in self._site_cells.items():
            i = self.geom.site_index(site)
            for kind, (cells, w) in sets.items():
                if len(cells):
                    vals = rise2[cells]
                    out[f"{kind}_peak"][i] = vals.max(axis=0)
                    out[f"{kind}_mean"][i] = w @ vals
        return {k: (v[:, 0] if rise.ndim == 1 else v) for k, v in out.items()}

    def solve(self, site_power: dict[Site, tuple[float, float]]) -> ThermalResult:
        """Steady-state temperatures for per-site (logic_W, dram_W); missing sites dissipate 0."""
        q = self.power_vector(site_power)
        return self._result(self.solve_rise(q), float(q.sum()))

    def _result(self, rise: np.ndarray, power_in_W: float) -> ThermalResult:
        amb = self.geom.ambient_C
        field3 = rise.reshape(self.nz, self.ny, self.nx)
        stats = self.site_statistics(rise)
        sites = {}
        for site in self.occupied_sites:
            i = self.geom.site_index(site)
            sites[site] = SiteTemperature(
                chiplet=self.layout[site],
                **{f"{k}_C": float(amb + stats[k][i]) for k in stats})
        return ThermalResult(
            temperature_C=amb + field3, sites=sites,
            heat_out_top_W=float(self._g_top @ field3[-1].ravel()),
            heat_out_bottom_W=float(self._g_bottom @ field3[0].ravel()),
            power_in_W=power_in_W, peak_C=float(amb + field3.max()),
            logic_plane_C=amb + self._logic_plane(field3),
            cell_size_m=self.cell_size_m, z_cells=self.z_cells,
            footprints_m=self.footprints_m())

    def footprints_m(self) -> dict[Site, tuple[float, float, float]]:
        """(x0, y0, side) of each occupied site's footprint."""
        out = {}
        for site in self.occupied_sites:
            side = self.stacks[self.layout[site]].side_m
            out[site] = (*self.geom.footprint_origin_m(site, side), side)
        return out

    def _logic_z(self, stack: ChipletStack) -> list[int]:
        return [iz for li in stack.source_layers("logic") for iz in self._z_cells_of_layer(stack, li)]

    def _logic_plane(self, field3: np.ndarray) -> np.ndarray:
        """Per column: hottest of its site's logic z-cells (else of any stack's logic z-cells)."""
        union = sorted({iz for s in self.stacks.values() for iz in self._logic_z(s)})
        plane = field3[union].max(axis=0) if union else field3[0].copy()
        for site in self.occupied_sites:
            zs = self._logic_z(self.stacks[self.layout[site]])
            if zs:
                ys, xs = self._site_slices(site)
                plane[ys, xs] = field3[zs, ys, xs].max(axis=0)
        return plane


def _factorise(matrix: sp.csr_matrix, shape: tuple[int, int, int], method: Factorisation):
    """Factorise the conduction matrix once; the result has .solve(b)."""
    if method == "nested_dissection":
        return NestedDissectionCholesky(matrix, shape)
    if method == "superlu":
        return SuperLUFactor(matrix)
    raise ValueError(f"factorisation must be 'nested_dissection' or 'superlu', got {method!r}")


def _neighbours(a: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of neighbouring entries of `a` along `axis` (lower, upper)."""
    n = a.shape[axis]
    return np.take(a, range(n - 1), axis=axis), np.take(a, range(1, n), axis=axis)


def build_thermal_model(geom: PackageGeometry, layout: Layout, stacks: dict[str, ChipletStack],
                        cells_per_site: int = DEFAULT_CELLS_PER_SITE,
                        factorisation: Factorisation = "nested_dissection") -> ThermalModel:
    """Discretise and factorise the package for `layout` ({(row, col): type name or None})."""
    return ThermalModel(geom, layout, stacks, cells_per_site, factorisation)


# ----------------------------------------------------------------------------- feedback
StaticPowerFn = Callable[[Site, float, float], tuple[float, float]]
TemperatureKind = Literal["mean", "peak"]


def _site_temperatures(result: ThermalResult, logic_kind: TemperatureKind,
                       dram_kind: TemperatureKind) -> dict[Site, tuple[float, float]]:
    return {s: (getattr(t, f"logic_{logic_kind}_C"), getattr(t, f"dram_{dram_kind}_C"))
            for s, t in result.sites.items()}


def _max_change_K(a: dict[Site, tuple[float, float]], b: dict[Site, tuple[float, float]]) -> float:
    diffs = [abs(x - y) for s in a for x, y in zip(a[s], b[s]) if not (math.isnan(x) or math.isnan(y))]
    return max(diffs, default=0.0)


def _diverged(history: list[float], peak_C: float) -> bool:
    """True when the iteration is not contracting, or its geometric extrapolation passes the limit."""
    if len(history) < 2 or history[-2] == 0:
        return False
    ratio = history[-1] / history[-2]
    if ratio >= 1.0:
        return True
    return peak_C + history[-1] * ratio / (1.0 - ratio) > RUNAWAY_LIMIT_C


def solve_with_feedback(model: ThermalModel, dynamic_power: dict[Site, tuple[float, float]],
                        static_power_fn: StaticPowerFn, tol_K: float = 0.01, max_iter: int = 50,
                        logic_temperature: TemperatureKind = "mean",
                        dram_temperature: TemperatureKind = "peak") -> FeedbackSolution:
    """Fixed point of temperature <-> temperature-dependent static power.

    static_power_fn(site, T_logic_C, T_dram_C) -> (logic_W, dram_W) is the static part at the
    given temperatures; total = dynamic + static. Defaults: leakage follows the logic layer's
    power-weighted MEAN temperature (leakage sums over the die; at ~20%/40 K it is nearly
    linear in T, so the mean is accurate), refresh the HOTTEST DRAM cell (the refresh mode
    must guarantee retention everywhere). T_dram is NaN for stacks without DRAM layers.

    Iteration starts at ambient. With static power non-decreasing in T the iterates increase
    monotonically to the lowest fixed point (the stable operating point). Stops when no site
    temperature moves by tol_K or more; raises ThermalRunaway when an iterate exceeds
    RUNAWAY_LIMIT_C or the iteration stops contracting, ThermalNotConverged when it still
    contracts after max_iter iterations.
    """
    amb = model.geom.ambient_C
    temps = {s: (amb, amb if len(model.source_cells(s, "dram")) else math.nan)
             for s in model.occupied_sites}
    sites = set(model.occupied_sites) | set(dynamic_power)  # solve() rejects power on empty sites
    history: list[float] = []
    for it in range(1, max_iter + 1):
        static = {s: _static_at(static_power_fn, s, *temps[s]) for s in model.occupied_sites}
        total = {s: tuple(d + st for d, st in zip(dynamic_power.get(s, (0.0, 0.0)),
                                                  static.get(s, (0.0, 0.0))))
                 for s in sites}
        result = model.solve(total)
        if not math.isfinite(result.peak_C) or result.peak_C > RUNAWAY_LIMIT_C:
            raise ThermalRunaway(
                f"thermal runaway: iteration {it} reached {result.peak_C:.0f} C "
                f"(> {RUNAWAY_LIMIT_C:.0f} C) with {result.power_in_W:.0f} W; the static power "
                f"grows faster with temperature than the package can remove it")
        new = _site_temperatures(result, logic_temperature, dram_temperature)
        history.append(_max_change_K(temps, new))
        temps = new
        if history[-1] < tol_K:
            return FeedbackSolution(result, static, it)
    if _diverged(history, result.peak_C):
        raise ThermalRunaway(
            f"thermal runaway: no fixed point after {max_iter} iterations; temperature changes "
            f"{history[-2]:.3g} K -> {history[-1]:.3g} K are not shrinking fast enough "
            f"(peak {result.peak_C:.1f} C)")
    raise ThermalNotConverged(
        f"no convergence to {tol_K} K in {max_iter} iterations (last change {history[-1]:.3g} K, "
        f"peak {result.peak_C:.1f} C); raise max_iter")


def _static_at(fn: StaticPowerFn, site: Site, t_logic_C: float, t_dram_C: float
               ) -> tuple[float, float]:
    """Call the static-power function and check its answer."""
    logic_W, dram_W = (float(v) for v in fn(site, t_logic_C, t_dram_C))
    if not (math.isfinite(logic_W) and math.isfinite(dram_W)):
        raise ThermalRunaway(f"site {site}: static power is not finite at T_logic = "
                             f"{t_logic_C:.1f} C, T_dram = {t_dram_C:.1f} C")
    return logic_W, dram_W
