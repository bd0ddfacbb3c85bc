"""Package and chiplet-stack geometry for the thermal model (SI units throughout).

The package is a rectangle of `rows x cols` square sites of side `pitch_m`. Bottom to top:
the package layers under the chiplets (`below`, e.g. the interposer), the chiplet zone,
then the package layers over the chiplets (`above`, e.g. TIM and lid, cooled from the top).

In the chiplet zone every site holds either nothing (mould compound, "gap fill") or one
chiplet: a square footprint of side sqrt(area) centred in the site, carrying its own vertical
stack of layers. Outside footprints the zone is gap fill. Where a stack is shorter than the
tallest stack of the layout, the column above it is filled to the common height with a dummy
silicon spacer, so the TIM and lid above stay flat (see `SPACER_CONDUCTIVITY_W_PER_MK`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np

HeatSource = Literal["logic", "dram", "none"]

# Height-matching spacers are standard in multi-stack packages (e.g. HBM-next-to-logic
# CoWoS packages grind or add dummy silicon so that all dies present one flat surface to the
# TIM and lid). Dummy silicon: k = 120 W/mK, the catalog's value for silicon at ~85 C
# (bulk Si is ~150 W/mK at 25 C, ~120 W/mK at 85 C; Glassbrenner & Slack 1964).
SPACER_CONDUCTIVITY_W_PER_MK = 120.0
# Silicon volumetric heat capacity: rho c = 2330 kg/m3 x 750 J/(kg K) = 1.75e6 J/(m3 K)
# (also HotSpot's default p_chip). Used for spacers in the HotSpot export.
SILICON_HEAT_CAPACITY_J_PER_M3K = 1.75e6
# Epoxy mould compound: rho ~1.9e3 kg/m3, c ~0.9e3 J/(kg K) -> ~1.7e6 J/(m3 K) (typical EMC
# datasheet values). Only used for the gap fill in the HotSpot export (steady state ignores it).
GAP_FILL_HEAT_CAPACITY_J_PER_M3K = 1.7e6

UM_TO_M = 1e-6
MM_TO_M = 1e-3
# Two stack interfaces closer than this are the same height (1 nm, far below any layer).
INTERFACE_TOLERANCE_M = 1e-9


@dataclass(frozen=True)
class Layer:
    """One homogeneous layer: a chiplet-stack layer or a package layer."""

    name: str
    thickness_m: float
    conductivity_W_per_mK: float
    heat_capacity_J_per_m3K: float = SILICON_HEAT_CAPACITY_J_PER_M3K
    heat_source: HeatSource = "none"

    def __post_init__(self) -> None:
        if not (self.thickness_m > 0 and self.conductivity_W_per_mK > 0
                and self.heat_capacity_J_per_m3K > 0):
            raise ValueError(f"layer {self.name!r}: thickness, conductivity and heat capacity "
                             f"must be positive")
        if self.heat_source not in ("logic", "dram", "none"):
            raise ValueError(f"layer {self.name!r}: heat_source must be logic, dram or none")


@dataclass(frozen=True)
class ChipletStack:
    """A chiplet type's square footprint and vertical stack, bottom (interposer) to top."""

    name: str
    side_m: float
    layers: tuple[Layer, ...]

    def __post_init__(self) -> None:
        if not self.side_m > 0 or not self.layers:
            raise ValueError(f"stack {self.name!r}: needs a positive side and at least one layer")

    @property
    def height_m(self) -> float:
        """Total stack thickness."""
        return float(sum(layer.thickness_m for layer in self.layers))

    @property
    def footprint_area_m2(self) -> float:
        return self.side_m ** 2

    def interfaces_m(self) -> np.ndarray:
        """Heights of all layer boundaries above the stack bottom, 0 first, height last."""
        return np.concatenate([[0.0], np.cumsum([layer.thickness_m for layer in self.layers])])

    def layer_index_at(self, z_m: float) -> int | None:
        """Index of the layer containing height z_m above the stack bottom; None above the top."""
        tops = self.interfaces_m()[1:]
        i = int(np.searchsorted(tops, z_m, side="right"))
        return i if i < len(self.layers) else None

    def source_layers(self, kind: HeatSource) -> tuple[int, ...]:
        """Indices of the layers that dissipate `kind` power."""
        return tuple(i for i, layer in enumerate(self.layers) if layer.heat_source == kind)


@dataclass(frozen=True)
class PackageGeometry:
    """The package: site grid, full-area layers under/over the chiplets, fills and cooling."""

    rows: int
    cols: int
    pitch_m: float
    below: tuple[Layer, ...]
    above: tuple[Layer, ...]
    gap_conductivity_W_per_mK: float
    spacer_conductivity_W_per_mK: float
    h_top_W_per_m2K: float
    h_bottom_W_per_m2K: float
    ambient_C: float

    def __post_init__(self) -> None:
        if self.rows < 1 or self.cols < 1 or not self.pitch_m > 0:
            raise ValueError("package needs >= 1 row and column and a positive pitch")
        if not (self.gap_conductivity_W_per_mK > 0 and self.spacer_conductivity_W_per_mK > 0):
            raise ValueError("gap and spacer conductivities must be positive")
        if self.h_top_W_per_m2K < 0 or self.h_bottom_W_per_m2K < 0:
            raise ValueError("heat-transfer coefficients must be >= 0")
        if self.h_top_W_per_m2K == 0 and self.h_bottom_W_per_m2K == 0:
            raise ValueError("at least one of h_top and h_bottom must be > 0 (no path to ambient)")

    @property
    def width_m(self) -> float:
        """Extent along x (columns)."""
        return self.cols * self.pitch_m

    @property
    def depth_m(self) -> float:
        """Extent along y (rows)."""
        return self.rows * self.pitch_m

    @property
    def area_m2(self) -> float:
        return self.width_m * self.depth_m

    @property
    def sites(self) -> list[tuple[int, int]]:
        """All (row, col) sites, row-major (site index = row * cols + col)."""
        return [(r, c) for r in range(self.rows) for c in range(self.cols)]

    def site_index(self, site: tuple[int, int]) -> int:
        r, c = site
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise ValueError(f"site {site} outside the {self.rows} x {self.cols} grid")
        return r * self.cols + c

    def footprint_origin_m(self, site: tuple[int, int], side_m: float) -> tuple[float, float]:
        """(x, y) of the lower-left corner of a footprint of side `side_m` centred in `site`.

        Row r spans y in [r*pitch, (r+1)*pitch], column c spans x in [c*pitch, (c+1)*pitch]."""
        margin = footprint_margin_m(self.pitch_m, side_m)
        r, c = site
        return c * self.pitch_m + margin, r * self.pitch_m + margin


def footprint_margin_m(pitch_m: float, side_m: float) -> float:
    """Distance from a site edge to its centred footprint; rejects footprints wider than the pitch."""
    if side_m > pitch_m * (1 + 1e-12):
        raise ValueError(f"footprint side {side_m * 1e3:.3f} mm exceeds the site pitch "
                         f"{pitch_m * 1e3:.3f} mm")
    return max(0.0, 0.5 * (pitch_m - side_m))


def occupied_stacks(layout: dict[tuple[int, int], str | None],
                    stacks: dict[str, ChipletStack]) -> dict[str, ChipletStack]:
    """The stacks of the types present in `layout` (KeyError-free: unknown types raise ValueError)."""
    present = {}
    for site, name in layout.items():
        if name is None:
            continue
        if name not in stacks:
            raise ValueError(f"site {site}: chiplet type {name!r} has no stack "
                             f"(known: {sorted(stacks)})")
        present[name] = stacks[name]
    return present


def chiplet_zone_interfaces_m(stacks: list[ChipletStack]) -> np.ndarray:
    """Sorted union of the layer interfaces of `stacks` (0 and the tallest height included).

    Every stack layer of every stack is then a union of consecutive intervals, so a z-grid on
    these interfaces gives every layer its own cells. Interfaces closer than
    INTERFACE_TOLERANCE_M are merged."""
    if not stacks:
        return np.array([0.0])
    z = np.sort(np.concatenate([s.interfaces_m() for s in stacks]))
    keep = np.concatenate([[True], np.diff(z) > INTERFACE_TOLERANCE_M])
    return z[keep]


def validate_layout(geom: PackageGeometry, layout: dict[tuple[int, int], str | None]) -> None:
    """The layout must name every site of the grid exactly once, and no other site."""
    expected = set(geom.sites)
    given = set(layout)
    if given != expected:
        missing, extra = sorted(expected - given), sorted(given - expected)
        raise ValueError(f"layout must map every site of the {geom.rows} x {geom.cols} grid "
                         f"(missing {missing}, unknown {extra})")


# ----------------------------------------------------------------------------- from the schema
def _layer_from_schema(layer, heat_source: HeatSource | None = None) -> Layer:
    """A schema StackLayer / PackageLayer (thickness in um) -> Layer (metres)."""
    return Layer(name=layer.name, thickness_m=layer.thickness_um * UM_TO_M,
                 conductivity_W_per_mK=layer.conductivity_W_per_mK,
                 heat_capacity_J_per_m3K=layer.heat_capacity_J_per_m3K,
                 heat_source=heat_source or getattr(layer, "heat_source", "none"))


def stack_from_chiplet(chiplet) -> ChipletStack:
    """A schema ChipletType -> its ChipletStack (square footprint of side sqrt(area_mm2))."""
    return ChipletStack(name=chiplet.name, side_m=math.sqrt(chiplet.area_mm2) * MM_TO_M,
                        layers=tuple(_layer_from_schema(l) for l in chiplet.thermal.stack))


def geometry_from_problem(problem) -> tuple[PackageGeometry, dict[str, ChipletStack]]:
    """Convert a loaded Problem's package and chiplet types (um, mm) to the thermal geometry (m)."""
    pkg = problem.instance.package
    geom = PackageGeometry(
        rows=pkg.grid_rows, cols=pkg.grid_cols, pitch_m=pkg.site_pitch_mm * MM_TO_M,
        below=tuple(_layer_from_schema(l, "none") for l in pkg.below_chiplets),
        above=tuple(_layer_from_schema(l, "none") for l in pkg.above_chiplets),
        gap_conductivity_W_per_mK=pkg.gap_fill_conductivity_W_per_mK,
        spacer_conductivity_W_per_mK=SPACER_CONDUCTIVITY_W_PER_MK,
        h_top_W_per_m2K=pkg.cooling.top_heat_transfer_W_per_m2K,
        h_bottom_W_per_m2K=pkg.cooling.bottom_heat_transfer_W_per_m2K,
        ambient_C=pkg.ambient_C,
    )
    stacks = {c.name: stack_from_chiplet(c) for c in problem.chiplets}
    return geom, stacks
