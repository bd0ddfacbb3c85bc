"""Export of a package, layout and power map as HotSpot 6 grid-model inputs, and reading back.

HotSpot (Skadron et al., UVA; github.com/uvahotspot/HotSpot) solves the same steady-state
conduction problem with its own grid; these files let anyone re-check our solver with it.
Measured with HotSpot commit f18831e (README, "Checking a design with HotSpot"): every site
peak of solutions/default.json and solutions/Llama3-70B_Reason_1rps.json within +0.02 to
+0.15 K of ours.

Written files (all atomically, with the umask's mode):
- `layerNN_<name>.flp`: one floorplan per HotSpot layer, bottom (NN = 00) to top. Package
  layers are one block; each chiplet-zone layer (a slab between consecutive interfaces of
  all stacks present, as in our solver) holds per site the chiplet's block (its footprint:
  `<TYPE>_r<row>c<col>_<layer>`, with `_p<j>` when a stack layer spans several slabs; the
  silicon spacer above a shorter stack is `<TYPE>_r<row>c<col>_spacer`) and gap-fill blocks
  (`gap_s<slab>_r<row>c<col>[_w|_e|_s|_n]`) that tile the rest of the site, so every
  floorplan covers the package rectangle exactly. Every line carries the block's volumetric
  heat capacity and thermal resistivity (HotSpot 6 `-detailed_3D on` heterogeneous layers).
- `package.lcf`: per layer the 7 lines layer number, lateral heat flow (Y), power
  dissipation (Y/N), heat capacity J/(m^3 K), resistivity m K/W, thickness m, floorplan.
- `package.ptrace`: tab-separated names of every block of every power-dissipating layer,
  then one line of watts (0 for fillers and passive blocks).
- `hotspot.config`: ambient, grid, and our top and bottom films mapped onto HotSpot's
  spreader/sink/convection and secondary path (hotspot_package_map).
- `run_hotspot.sh`: the exact command; refuses to run without `-detailed_3D on`.

Not reproduced: a non-square package (rows != cols) needs a square spreader and sink that
overhang its short sides (heat reaches the overhang only through the 10 um plates), and its
grid cells are not square, where HotSpot 6's detailed_3D find_res uses a cell's x resistance
for its north-south neighbours; all shipped instances are square.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lamoopt.report.files import write_text_atomic
from lamoopt.thermal.geometry import (
    GAP_FILL_HEAT_CAPACITY_J_PER_M3K,
    SILICON_HEAT_CAPACITY_J_PER_M3K,
    ChipletStack,
    Layer,
    PackageGeometry,
    chiplet_zone_interfaces_m,
    footprint_margin_m,
    occupied_stacks,
    validate_layout,
)

if TYPE_CHECKING:
    from lamoopt.thermal.solver import SiteTemperature

Site = tuple[int, int]
KELVIN_OFFSET = 273.15
# HotSpot's grid resolution; without SuperLU its solver wants powers of two.
HOTSPOT_GRID_CELLS = 64

# ---- cooling: how our two films map onto HotSpot's package model ---------------------------
# Our solver removes heat through a film h_top on the top face of the last layer (the lid) and
# a film h_bottom under the first (the interposer). HotSpot (v6, grid model, -detailed_3D on)
# instead always stacks a heat spreader and a heat sink on the last lcf layer and convects from
# the sink; its optional "secondary path" (-model_secondary 1) puts substrate, solder and PCB
# layers under the first lcf layer and convects from the PCB. Both paths are mapped so that per
# grid cell the vertical resistance from the outer face of the outermost lcf layer to ambient
# equals ours (derivation in hotspot_package_map; tests/thermal/test_thermal_hotspot.py recomputes it
# the way HotSpot's temperature_grid.c does).
#
# The added plates are mapping devices, not hardware: they are made so thin that their own
# lateral conduction (k x t = 400 W/mK x 10 um = 4e-3 W/K per plate) is under 1 % of the lid's
# (default lid: 390 W/mK x 1.5 mm = 0.585 W/K), and their vertical resistance (t/k = 2.5e-8
# m2K/W each) is subtracted from the convection resistance exactly. Copper k and rho c: HotSpot's defaults
# (temperature.c: k_sink = k_spreader = 400 W/mK, p_sink = p_spreader = 3.55e6 J/(m3 K)).
COPPER_CONDUCTIVITY_W_PER_MK = 400.0
COPPER_HEAT_CAPACITY_J_PER_M3K = 3.55e6
MAPPING_PLATE_THICKNESS_M = 10e-6
# HotSpot needs its spreader and sink at least as wide as the chip (temperature_grid.c:
# "inordinate floorplan size") and the sink strictly wider than the spreader (with equal sides
# its sink periphery resistances r_hs2 + r_hs are 0 and the solver divides by zero: NaN).
# Likewise the secondary path's PCB must be wider than its solder layer. Each plate is
# therefore 10 um wider per side than the one below it. HotSpot convects from the sink's
# overhang as well, but the sink reaches only 20 um past the package on each side: that area
# (s_sink^2 - side^2 ~ 8 x side x 10 um) is 0.1 % of a 78 mm package's, and heat reaches it
# only sideways through the 10 um plates (the tests bound the whole periphery's conductance).
MAPPING_PLATE_OVERHANG_M = 10e-6
# HotSpot's secondary-path conductivities are compile-time constants (temperature.h:
# RHO_SUB 0.5, RHO_SOLDER 0.06, RHO_PCB 0.333 m K/W); only their thicknesses are settable.
HOTSPOT_K_SUB_W_PER_MK = 1.0 / 0.5
HOTSPOT_K_SOLDER_W_PER_MK = 1.0 / 0.06
HOTSPOT_K_PCB_W_PER_MK = 1.0 / 0.333
# In -detailed_3D mode HotSpot connects its spreader to its sink through rz_sp/2 + rz_sink/2
# and the sink to ambient through the full rz_sink, where rz_sink already includes the cell's
# share of r_convec (populate_R_model_grid adds r_convec * s_sink^2 / cell area to the sink's
# rz; find_res takes half of it again for the spreader-sink link): the sink layer and its
# convection count 1.5 times.
HOTSPOT_SINK_SERIES_FACTOR = 1.5
# A zero h_top (only possible in hand-built geometries; instances require h_top > 0) is an
# adiabatic top: HotSpot has no such option, so the sink gets 1e9 K/W, ~1e11 times the
# default instance's r_convec (5.5e-3 K/W).
ADIABATIC_R_CONVEC_K_PER_W = 1e9
# Convection capacitances only matter for transient runs; HotSpot's defaults.
HOTSPOT_DEFAULT_C_CONVEC_J_PER_K = 140.4
HOTSPOT_DEFAULT_C_CONVEC_SEC_J_PER_K = 140.4


@dataclass(frozen=True)
class Block:
    """One floorplan unit (metres, J/(m^3 K), m K/W, W)."""

    name: str
    width_m: float
    height_m: float
    left_m: float
    bottom_m: float
    heat_capacity_J_per_m3K: float
    resistivity_mK_per_W: float
    power_W: float = 0.0
    site: Site | None = None
    """The site of a chiplet's block (None: package layers and gap fill)."""
    heat_source: str = "none"
    """'logic', 'dram' or 'none': what the block's stack layer dissipates."""


@dataclass(frozen=True)
class HotSpotLayer:
    """One HotSpot layer: thickness, defaults, whether it dissipates power, its blocks."""

    name: str
    thickness_m: float
    heat_capacity_J_per_m3K: float
    resistivity_mK_per_W: float
    has_power: bool
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class HotSpotFiles:
    """Paths written by write_hotspot."""

    config: Path
    lcf: Path
    ptrace: Path
    floorplans: tuple[Path, ...]
    script: Path
    """run_hotspot.sh: the HotSpot command (with -detailed_3D on, which it insists on)."""


# ----------------------------------------------------------------------------- layers
def _package_layer(geom: PackageGeometry, layer: Layer) -> HotSpotLayer:
    block = Block(layer.name, geom.width_m, geom.depth_m, 0.0, 0.0,
                  layer.heat_capacity_J_per_m3K, 1.0 / layer.conductivity_W_per_mK)
    return HotSpotLayer(layer.name, layer.thickness_m, layer.heat_capacity_J_per_m3K,
                        1.0 / layer.conductivity_W_per_mK, False, (block,))


def _gap_blocks(geom: PackageGeometry, site: Site, slab: int, side_m: float | None
                ) -> list[Block]:
    """Gap fill of a site around a centred footprint of side_m (None: the whole site)."""
    r, c = site
    x0, y0, p = c * geom.pitch_m, r * geom.pitch_m, geom.pitch_m
    rc, rho = GAP_FILL_HEAT_CAPACITY_J_PER_M3K, 1.0 / geom.gap_conductivity_W_per_mK
    base = f"gap_s{slab:02d}_r{r}c{c}"
    if side_m is None:
        return [Block(base, p, p, x0, y0, rc, rho)]
    m = footprint_margin_m(p, side_m)
    # edges computed once, widths as edge differences: neighbouring blocks share exact edges
    xs = (x0, x0 + m, x0 + m + side_m, (c + 1) * p)
    ys = (y0, y0 + m, y0 + m + side_m, (r + 1) * p)
    strips = [("w", xs[0], ys[0], xs[1], ys[3]), ("e", xs[2], ys[0], xs[3], ys[3]),
              ("s", xs[1], ys[0], xs[2], ys[1]), ("n", xs[1], ys[2], xs[2], ys[3])]
    return [Block(f"{base}_{tag}", xb - xa, yb - ya, xa, ya, rc, rho)
            for tag, xa, ya, xb, yb in strips if xb > xa and yb > ya]


def _slab_layer_parts(stack: ChipletStack, interfaces_m) -> dict[int | None, list[int]]:
    """For each stack layer index (None = spacer) the slabs it occupies, bottom to top."""
    parts: dict[int | None, list[int]] = {}
    for k, (z0, z1) in enumerate(zip(interfaces_m[:-1], interfaces_m[1:])):
        parts.setdefault(stack.layer_index_at(0.5 * (z0 + z1)), []).append(k)
    return parts


def _source_power_W(stack: ChipletStack, li: int, slab_m: float,
                    power: tuple[float, float]) -> float:
    """Power in one slab of stack layer li; same split as the solver (logic by volume,
    DRAM equal per die then by volume)."""
    layer = stack.layers[li]
    logic_W, dram_W = power
    if layer.heat_source == "logic":
        total_m = sum(stack.layers[i].thickness_m for i in stack.source_layers("logic"))
        return logic_W * slab_m / total_m
    if layer.heat_source == "dram":
        return dram_W / len(stack.source_layers("dram")) * slab_m / layer.thickness_m
    return 0.0


def _chiplet_block(geom: PackageGeometry, site: Site, stack: ChipletStack, li: int | None,
                   part: int | None, slab_m: float, power: tuple[float, float]) -> Block:
    """The footprint block of `site` in one slab: a stack layer (or part of one), or spacer."""
    r, c = site
    x, y = geom.footprint_origin_m(site, stack.side_m)
    if li is None:
        label, source = "spacer", "none"
        rc, rho = SILICON_HEAT_CAPACITY_J_PER_M3K, 1.0 / geom.spacer_conductivity_W_per_mK
        watts = 0.0
    else:
        layer = stack.layers[li]
        label, source = layer.name, layer.heat_source
        rc, rho = layer.heat_capacity_J_per_m3K, 1.0 / layer.conductivity_W_per_mK
        watts = _source_power_W(stack, li, slab_m, power)
    name = f"{stack.name}_r{r}c{c}_{label}" + ("" if part is None else f"_p{part}")
    return Block(name, stack.side_m, stack.side_m, x, y, rc, rho, watts, site, source)


def _chiplet_layers(geom: PackageGeometry, layout: dict[Site, str | None],
                    stacks: dict[str, ChipletStack],
                    site_power: dict[Site, tuple[float, float]]) -> list[HotSpotLayer]:
    """One HotSpot layer per slab of the chiplet zone."""
    interfaces = chiplet_zone_interfaces_m(list(stacks.values()))
    parts = {name: _slab_layer_parts(s, interfaces) for name, s in stacks.items()}
    layers = []
    for k, (z0, z1) in enumerate(zip(interfaces[:-1], interfaces[1:])):
        blocks, has_power = [], False
        for site in geom.sites:
            name = layout[site]
            if name is None:
                blocks += _gap_blocks(geom, site, k, None)
                continue
            stack = stacks[name]
            li = stack.layer_index_at(0.5 * (z0 + z1))
            slabs = parts[name][li]
            part = None if len(slabs) == 1 else slabs.index(k)
            blocks.append(_chiplet_block(geom, site, stack, li, part, z1 - z0,
                                         site_power.get(site, (0.0, 0.0))))
            blocks += _gap_blocks(geom, site, k, stack.side_m)
            has_power |= li is not None and stack.layers[li].heat_source != "none"
        layers.append(HotSpotLayer(f"chiplet_{z0 * 1e6:.0f}-{z1 * 1e6:.0f}um", z1 - z0,
                                   GAP_FILL_HEAT_CAPACITY_J_PER_M3K,
                                   1.0 / geom.gap_conductivity_W_per_mK, has_power,
                                   tuple(blocks)))
    return layers


def hotspot_layers(geom: PackageGeometry, layout: dict[Site, str | None],
                   stacks: dict[str, ChipletStack],
                   site_power: dict[Site, tuple[float, float]]) -> list[HotSpotLayer]:
    """All HotSpot layers bottom to top: package layers below, chiplet slabs, layers above."""
    validate_layout(geom, layout)
    present = occupied_stacks(layout, stacks)
    for site in site_power:
        if layout.get(site) is None and any(site_power[site]):
            raise ValueError(f"site {site} is empty or unknown but was given power")
    return ([_package_layer(geom, l) for l in geom.below]
            + _chiplet_layers(geom, layout, present, site_power)
            + [_package_layer(geom, l) for l in geom.above])


# ----------------------------------------------------------------------------- text
def _num(value: float) -> str:
    """Shortest text that reads back as the same double (adjacent blocks stay gap-free)."""
    return repr(float(value))


def floorplan_text(layer: HotSpotLayer, number: int) -> str:
    """A .flp file: one line per block, heat capacity and resistivity appended (detailed_3D)."""
    head = [f"# HotSpot floorplan of layer {number} ({layer.name}), written by lamoopt",
            "# Line Format: <unit-name>\t<width>\t<height>\t<left-x>\t<bottom-y>\t"
            "<specific-heat>\t<resistivity>",
            "# metres; specific heat in J/(m^3 K); resistivity in (m K)/W"]
    rows = ["\t".join([b.name] + [_num(v) for v in (b.width_m, b.height_m, b.left_m,
                                                     b.bottom_m, b.heat_capacity_J_per_m3K,
                                                     b.resistivity_mK_per_W)])
            for b in layer.blocks]
    return "\n".join(head + rows) + "\n"


def lcf_text(layers: list[HotSpotLayer], floorplan_names: list[str]) -> str:
    """The layer configuration file, layer 0 at the bottom, the last layer under the spreader."""
    out = ["# HotSpot layer configuration written by lamoopt (bottom = interposer side first;",
           "# HotSpot puts its heat spreader and sink on top of the last layer)",
           "# <Layer Number>", "# <Lateral heat flow Y/N?>", "# <Power Dissipation Y/N?>",
           "# <Specific heat capacity in J/(m^3K)>", "# <Resistivity in (m-K)/W>",
           "# <Thickness in m>", "# <floorplan file>", ""]
    for i, (layer, flp) in enumerate(zip(layers, floorplan_names)):
        out += [f"# Layer {i}: {layer.name}", str(i), "Y", "Y" if layer.has_power else "N",
                _num(layer.heat_capacity_J_per_m3K), _num(layer.resistivity_mK_per_W),
                _num(layer.thickness_m), flp, ""]
    return "\n".join(out)


def ptrace_text(layers: list[HotSpotLayer]) -> str:
    """Header of all blocks of power-dissipating layers, then one line of their watts."""
    blocks = [b for layer in layers if layer.has_power for b in layer.blocks]
    return ("\t".join(b.name for b in blocks) + "\n"
            + "\t".join(_num(b.power_W) for b in blocks) + "\n")


@dataclass(frozen=True)
class HotSpotPackageMap:
    """HotSpot package parameters (hotspot.config) that reproduce our top and bottom films."""

    s_spreader_m: float
    s_sink_m: float
    t_plate_m: float
    """Thickness of the spreader and of the sink."""
    k_plate_W_per_mK: float
    r_convec_K_per_W: float
    model_secondary: bool
    """Whether the bottom film is mapped (HotSpot's secondary path; False when h_bottom = 0)."""
    s_sub_m: float
    s_solder_m: float
    s_pcb_m: float
    t_secondary_m: float
    """Thickness of each secondary-path layer (substrate, solder, PCB)."""
    r_convec_sec_K_per_W: float


def hotspot_package_map(geom: PackageGeometry) -> HotSpotPackageMap:
    """Spreader, sink, secondary path and convection resistances matching our films.

    Per HotSpot grid cell of area A (HotSpot 6, temperature_grid.c, grid model, -detailed_3D on):

    Top. find_res links the last lcf layer (our lid) to the spreader through rz_lid/2 + rz_sp/2,
    the spreader to the sink through rz_sp/2 + rz_hs/2, and single_iteration_steady_grid links
    the sink to ambient through rz_hs, where populate_R_model_grid sets
    rz_sp = t_sp/(k_sp A) and rz_hs = t_hs/(k_hs A) + r_convec s_sink^2 / A. Lid top face to
    ambient is therefore [t_sp/k_sp + 1.5 t_hs/k_hs + 1.5 r_convec s_sink^2] / A, and ours is
    1/(h_top A), so
        r_convec = (1/h_top - t_sp/k_sp - 1.5 t_hs/k_hs) / (1.5 s_sink^2).

    Bottom. With -model_secondary 1 and an lcf HotSpot inserts PCB (layer 0), solder (1) and
    substrate (2) under our first lcf layer (the interposer, layer 3). find_res links 3-2 and
    2-1 through half of each rz and 1-0 through rz_solder/2 + rz_pcb (the link to layer 0 takes
    its full rz), and the PCB reaches ambient through r_convec_sec s_pcb^2 / A. Interposer
    bottom face to ambient is [t_sub/K_SUB + t_solder/K_SOLDER + t_pcb/K_PCB
    + r_convec_sec s_pcb^2] / A, and ours is 1/(h_bottom A), so
        r_convec_sec = (1/h_bottom - t_sub/K_SUB - t_solder/K_SOLDER - t_pcb/K_PCB) / s_pcb^2.
    h_bottom = 0 (adiabatic) leaves the secondary path off, as our solver does.

    Raises ValueError when a film is so strong that the mapping plates alone exceed 1/h.
    """
    side_m = max(geom.width_m, geom.depth_m)
    t, k = MAPPING_PLATE_THICKNESS_M, COPPER_CONDUCTIVITY_W_PER_MK
    spreader_m = side_m + 2 * MAPPING_PLATE_OVERHANG_M
    sink_m = spreader_m + 2 * MAPPING_PLATE_OVERHANG_M
    f = HOTSPOT_SINK_SERIES_FACTOR
    if geom.h_top_W_per_m2K > 0:
        plates_m2K_per_W = t / k + f * t / k
        film_m2K_per_W = 1.0 / geom.h_top_W_per_m2K
        if film_m2K_per_W <= plates_m2K_per_W:
            raise ValueError(f"h_top = {geom.h_top_W_per_m2K:g} W/m2K is too large to map onto "
                             f"HotSpot's sink (1/h_top must exceed the plates' "
                             f"{plates_m2K_per_W:.3g} m2K/W)")
        r_convec = (film_m2K_per_W - plates_m2K_per_W) / (f * sink_m ** 2)
    else:
        r_convec = ADIABATIC_R_CONVEC_K_PER_W
    sub_m = solder_m = spreader_m
    pcb_m = solder_m + 2 * MAPPING_PLATE_OVERHANG_M
    secondary = geom.h_bottom_W_per_m2K > 0
    r_convec_sec = 1.0  # HotSpot's default; unused when the secondary path is off
    if secondary:
        layers_m2K_per_W = t * (1 / HOTSPOT_K_SUB_W_PER_MK + 1 / HOTSPOT_K_SOLDER_W_PER_MK
                                + 1 / HOTSPOT_K_PCB_W_PER_MK)
        film_m2K_per_W = 1.0 / geom.h_bottom_W_per_m2K
        if film_m2K_per_W <= layers_m2K_per_W:
            raise ValueError(f"h_bottom = {geom.h_bottom_W_per_m2K:g} W/m2K is too large to map "
                             f"onto HotSpot's secondary path (1/h_bottom must exceed its "
                             f"layers' {layers_m2K_per_W:.3g} m2K/W)")
        r_convec_sec = (film_m2K_per_W - layers_m2K_per_W) / pcb_m ** 2
    return HotSpotPackageMap(
        s_spreader_m=spreader_m, s_sink_m=sink_m, t_plate_m=t, k_plate_W_per_mK=k,
        r_convec_K_per_W=r_convec, model_secondary=secondary, s_sub_m=sub_m,
        s_solder_m=solder_m, s_pcb_m=pcb_m, t_secondary_m=t, r_convec_sec_K_per_W=r_convec_sec)


# The exact HotSpot command. -detailed_3D is read only from HotSpot's command line (hotspot.c,
# global_config_from_strs); a config-file entry is ignored, and without it HotSpot drops the
# per-block resistivities and treats every chiplet layer as gap fill (~320 C on the default).
HOTSPOT_ARGS = ("-c", "hotspot.config", "-p", "package.ptrace", "-model_type", "grid",
                "-detailed_3D", "on", "-grid_layer_file", "package.lcf",
                "-steady_file", "package.steady", "-grid_steady_file", "package.grid.steady")


def config_text(geom: PackageGeometry, lcf_name: str) -> str:
    """hotspot.config: our cooling mapped onto HotSpot's spreader/sink/secondary-path model."""
    m = hotspot_package_map(geom)
    ambient_K = geom.ambient_C + KELVIN_OFFSET
    top = (f"K/W: 1.5 x r_convec x s_sink^2 + spreader + 1.5 x sink = 1/h_top "
           f"({_num(geom.h_top_W_per_m2K)} W/m2K) per unit area") if geom.h_top_W_per_m2K else \
        "K/W: adiabatic top (h_top = 0)"
    params = [
        ("# top film h_top on the lid -> HotSpot spreader + sink + convection (per grid cell "
         "the same lid-to-ambient resistance; lamoopt.thermal.hotspot.hotspot_package_map)", None),
        ("-r_convec", f"{_num(m.r_convec_K_per_W)}\t# {top}"),
        ("-c_convec", f"{_num(HOTSPOT_DEFAULT_C_CONVEC_J_PER_K)}\t# J/K, transient only "
                      f"(HotSpot default)"),
        (f"# spreader and sink: thin copper mapping plates ({m.t_plate_m * 1e6:g} um), "
         f"{MAPPING_PLATE_OVERHANG_M * 1e6:g} um wider per side than the layer below", None),
        ("-s_spreader", _num(m.s_spreader_m)), ("-t_spreader", _num(m.t_plate_m)),
        ("-k_spreader", _num(m.k_plate_W_per_mK)),
        ("-p_spreader", _num(COPPER_HEAT_CAPACITY_J_PER_M3K)),
        ("-s_sink", _num(m.s_sink_m)), ("-t_sink", _num(m.t_plate_m)),
        ("-k_sink", _num(m.k_plate_W_per_mK)),
        ("-p_sink", _num(COPPER_HEAT_CAPACITY_J_PER_M3K)),
    ]
    if m.model_secondary:
        params += [
            (f"# bottom film h_bottom = {_num(geom.h_bottom_W_per_m2K)} W/m2K under the "
             f"interposer -> HotSpot's secondary path: thin substrate, solder and PCB layers "
             f"({m.t_secondary_m * 1e6:g} um each) and r_convec_sec", None),
            ("-model_secondary", "1"),
            ("-r_convec_sec", f"{_num(m.r_convec_sec_K_per_W)}\t# K/W: layers + r_convec_sec x "
                              f"s_pcb^2 = 1/h_bottom per unit area"),
            ("-c_convec_sec", f"{_num(HOTSPOT_DEFAULT_C_CONVEC_SEC_J_PER_K)}\t# J/K, transient "
                              f"only (HotSpot default)"),
            ("-s_sub", _num(m.s_sub_m)), ("-t_sub", _num(m.t_secondary_m)),
            ("-s_solder", _num(m.s_solder_m)), ("-t_solder", _num(m.t_secondary_m)),
            ("-s_pcb", _num(m.s_pcb_m)), ("-t_pcb", _num(m.t_secondary_m)),
        ]
    else:
        params += [("# h_bottom = 0: adiabatic bottom, as in our solver", None),
                   ("-model_secondary", "0")]
    params += [
        ("-ambient", f"{_num(ambient_K)}\t# K ({_num(geom.ambient_C)} C)"),
        ("-init_temp", _num(ambient_K)),
        ("-model_type", "grid"),
        ("-grid_rows", str(HOTSPOT_GRID_CELLS)), ("-grid_cols", str(HOTSPOT_GRID_CELLS)),
        ("-grid_layer_file", lcf_name),
        ("# a block's temperature is the hottest grid cell in it (as our per-site peaks)", None),
        ("-grid_map_mode", "max"),
        ("-leakage_used", "0"), ("-package_model_used", "0"),
    ]
    head = ["# HotSpot 6 configuration written by lamoopt.thermal.hotspot",
            f"# package {geom.rows} x {geom.cols} sites at {_num(geom.pitch_m * 1e3)} mm pitch",
            "# steady state: ./run_hotspot.sh in this directory runs",
            "#   hotspot " + " ".join(HOTSPOT_ARGS),
            "# -detailed_3D on must be on the command line: HotSpot ignores it in this file and "
            "would then treat every chiplet layer as gap fill", ""]
    lines = [key if value is None else f"{key}\t{value}" for key, value in params]
    return "\n".join(head + lines) + "\n"


def run_script_text() -> str:
    """run_hotspot.sh: HotSpot's exact command; refuses any -detailed_3D other than on."""
    args = " ".join(HOTSPOT_ARGS)
    return f"""#!/bin/sh
# Steady-state HotSpot 6 run of this lamoopt export (written by lamoopt.thermal.hotspot).
# Usage: ./run_hotspot.sh [extra HotSpot options, e.g. -grid_rows 32 -grid_cols 32]
# HotSpot binary: $LAMOOPT_HOTSPOT if set, else `hotspot` on the PATH.
# Writes package.steady (hottest grid cell of each block, K) and package.grid.steady here.
set -eu
cd "$(dirname "$0")"
HOTSPOT="${{LAMOOPT_HOTSPOT:-hotspot}}"
set -- {args} "$@"
# HotSpot reads -detailed_3D only from its command line (not from hotspot.config); without
# "on" it drops the per-block materials of the .flp files, treats every chiplet layer as gap
# fill and reports temperatures ~250 K too high, without any warning. Refuse instead.
detailed=""
prev=""
for arg in "$@"; do
    if [ "$(printf '%s' "$prev" | tr 'A-Z' 'a-z')" = "-detailed_3d" ]; then
        if [ "$arg" != "on" ]; then
            echo "run_hotspot.sh: refusing to run HotSpot with -detailed_3D $arg (must be on)" >&2
            exit 2
        fi
        detailed="on"
    fi
    prev="$arg"
done
if [ "$detailed" != "on" ]; then
    echo "run_hotspot.sh: refusing to run HotSpot without -detailed_3D on" >&2
    exit 2
fi
rm -f package.steady package.grid.steady
echo "running $HOTSPOT $*"
"$HOTSPOT" "$@"
if awk 'tolower($NF) ~ /nan|inf/ {{bad = 1}} END {{exit !bad}}' package.steady; then
    echo "run_hotspot.sh: HotSpot wrote non-finite temperatures to package.steady" >&2
    exit 3
fi
"""


# ----------------------------------------------------------------------------- reading back
@dataclass(frozen=True)
class SiteComparison:
    """One site's peak temperatures (C) from HotSpot and from our solver."""

    site: Site
    chiplet: str
    logic_hotspot_C: float
    logic_lamoopt_C: float
    dram_hotspot_C: float
    """NaN for stacks without DRAM (as dram_lamoopt_C)."""
    dram_lamoopt_C: float

    @property
    def differences_K(self) -> list[float]:
        """HotSpot minus ours, logic then DRAM (stacks with DRAM)."""
        pairs = [(self.logic_hotspot_C, self.logic_lamoopt_C), (self.dram_hotspot_C, self.dram_lamoopt_C)]
        return [h - o for h, o in pairs if math.isfinite(h) and math.isfinite(o)]


def read_steady_file(path: str | Path) -> dict[str, float]:
    """HotSpot's block steady file -> {block of an lcf layer: C}.

    HotSpot writes `layer_<n>_<block>  <K>` for the blocks of the lcf layers, then lines for
    its own nodes (hsp_*, hsink_*, sub_*, solder_*, pcb_*, inode_*), which are skipped.
    Raises ValueError naming the file and line for a line that is not `<name> <number>`
    and for a non-finite temperature (HotSpot diverged)."""
    path = Path(path)
    temps: dict[str, float] = {}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split()
        try:
            kelvin = float(fields[1]) if len(fields) == 2 else math.nan
        except ValueError:
            kelvin = math.nan
        if not math.isfinite(kelvin):
            raise ValueError(f"{path}:{number}: expected `<name> <kelvin>`, got {line!r}")
        m = re.fullmatch(r"layer_\d+_(.+)", fields[0])
        if m:
            temps[m.group(1)] = kelvin - KELVIN_OFFSET
    return temps


def compare_sites(layers: list[HotSpotLayer], hotspot_C: dict[str, float],
                  ours: dict[Site, SiteTemperature]) -> list[SiteComparison]:
    """Per occupied site: HotSpot's hottest logic and DRAM block (grid_map_mode max, i.e. the
    hottest grid cell of each block) beside our logic_peak_C and dram_peak_C."""
    peaks: dict[tuple[Site, str], float] = {}
    for layer in layers:
        for b in layer.blocks:
            if b.site is not None and b.heat_source in ("logic", "dram"):
                if b.name not in hotspot_C:
                    raise ValueError(f"HotSpot reported no temperature for block {b.name}")
                key = (b.site, b.heat_source)
                peaks[key] = max(peaks.get(key, -math.inf), hotspot_C[b.name])
    return [SiteComparison(site, t.chiplet, peaks.get((site, "logic"), math.nan), t.logic_peak_C,
                           peaks.get((site, "dram"), math.nan), t.dram_peak_C)
            for site, t in sorted(ours.items())]


def comparison_text(rows: list[SiteComparison]) -> str:
    """A table of the per-site peaks and the min / mean / max of HotSpot minus ours."""
    out = ["site     chiplet  logic HotSpot  lamoopt   diff    DRAM HotSpot  lamoopt   diff"]
    for r in rows:
        d_logic = r.logic_hotspot_C - r.logic_lamoopt_C
        d_dram = r.dram_hotspot_C - r.dram_lamoopt_C
        out.append(f"r{r.site[0]}c{r.site[1]:<5d} {r.chiplet:8s} {r.logic_hotspot_C:9.2f} C "
                   f"{r.logic_lamoopt_C:7.2f} C {d_logic:+6.2f} K  {r.dram_hotspot_C:9.2f} C "
                   f"{r.dram_lamoopt_C:7.2f} C {d_dram:+6.2f} K")
    diffs = [d for r in rows for d in r.differences_K]
    if diffs:
        out.append(f"HotSpot - lamoopt over {len(diffs)} site peaks: min {min(diffs):+.2f} K, "
                   f"mean {sum(diffs) / len(diffs):+.2f} K, max {max(diffs):+.2f} K")
    return "\n".join(out)


# ----------------------------------------------------------------------------- writing
def write_hotspot(directory: str | Path, geom: PackageGeometry,
                  layout: dict[Site, str | None], stacks: dict[str, ChipletStack],
                  site_power: dict[Site, tuple[float, float]]) -> HotSpotFiles:
    """Write floorplans, package.lcf, package.ptrace, hotspot.config and run_hotspot.sh."""
    directory = Path(directory)
    layers = hotspot_layers(geom, layout, stacks, site_power)
    config = config_text(geom, "package.lcf")  # raises before writing if the films do not map
    names = [f"layer{i:02d}_{layer.name}.flp" for i, layer in enumerate(layers)]
    floorplans = tuple(write_text_atomic(directory / n, floorplan_text(layer, i))
                       for i, (layer, n) in enumerate(zip(layers, names)))
    lcf = write_text_atomic(directory / "package.lcf", lcf_text(layers, names))
    ptrace = write_text_atomic(directory / "package.ptrace", ptrace_text(layers))
    config_path = write_text_atomic(directory / "hotspot.config", config)
    script = write_text_atomic(directory / "run_hotspot.sh", run_script_text(), executable=True)
    return HotSpotFiles(config=config_path, lcf=lcf, ptrace=ptrace, floorplans=floorplans,
                        script=script)
