"""Export of a package, layout and power map as HotSpot 6 grid-model inputs.

HotSpot (Skadron et al., UVA; github.com/uvahotspot/HotSpot) solves the same steady-state
conduction problem with its own grid; these files let anyone re-check our solver with it.

Written files (all atomically):
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
- `hotspot.config`: ambient, convection, grid and sink/spreader parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lamoopt.report.files import write_text_atomic
from lamoopt.thermal.geometry import (
    GAP_FILL_HEAT_CAPACITY_J_PER_M3K, SILICON_HEAT_CAPACITY_J_PER_M3K, ChipletStack, Layer,
    PackageGeometry, chiplet_zone_interfaces_m, footprint_margin_m, occupied_stacks,
    validate_layout,
)

Site = tuple[int, int]
KELVIN_OFFSET = 273.15
# HotSpot's grid resolution; its multigrid solver wants powers of two.
HOTSPOT_GRID_CELLS = 64
# HotSpot always adds a heat spreader and a heat sink above the last lcf layer and needs
# both to be larger than the chip (its peripheral resistances divide by the overhang).
# Our lid is already the last lcf layer and our film h_top sits on it, so both are thin
# copper plates (k = 400 W/mK, rho c = 3.55e6 J/(m3 K), HotSpot's defaults for copper)
# overhanging by 1 mm per side; 100 um of copper adds 2.5e-7 m2K/W, 0.5% of 1/h_top at
# 2e4 W/m2K, so HotSpot should read at most a few tenths of a kelvin hotter than our solver.
COPPER_CONDUCTIVITY_W_PER_MK = 400.0
COPPER_HEAT_CAPACITY_J_PER_M3K = 3.55e6
NOMINAL_PLATE_THICKNESS_M = 100e-6
PLATE_OVERHANG_M = 1e-3
# Convection capacitance only matters for transient runs; HotSpot's default value.
HOTSPOT_DEFAULT_C_CONVEC_J_PER_K = 140.4


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
        label = "spacer"
        rc, rho = SILICON_HEAT_CAPACITY_J_PER_M3K, 1.0 / geom.spacer_conductivity_W_per_mK
        watts = 0.0
    else:
        layer = stack.layers[li]
        label = layer.name
        rc, rho = layer.heat_capacity_J_per_m3K, 1.0 / layer.conductivity_W_per_mK
        watts = _source_power_W(stack, li, slab_m, power)
    name = f"{stack.name}_r{r}c{c}_{label}" + ("" if part is None else f"_p{part}")
    return Block(name, stack.side_m, stack.side_m, x, y, rc, rho, watts)


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


def config_text(geom: PackageGeometry, lcf_name: str) -> str:
    """hotspot.config: our cooling mapped onto HotSpot's spreader/sink/convection model."""
    spreader_m = max(geom.width_m, geom.depth_m) + 2 * PLATE_OVERHANG_M
    sink_m = spreader_m + 2 * PLATE_OVERHANG_M
    r_convec = 1.0 / (geom.h_top_W_per_m2K * geom.area_m2) if geom.h_top_W_per_m2K else 1e9
    ambient_K = geom.ambient_C + KELVIN_OFFSET
    params = [
        ("# heat removal: our film h_top over the package top -> one convection resistance", None),
        ("-r_convec", f"{_num(r_convec)}\t# K/W = 1 / (h_top {_num(geom.h_top_W_per_m2K)} "
                      f"W/m2K x package area {_num(geom.area_m2)} m2)"),
        ("-c_convec", f"{_num(HOTSPOT_DEFAULT_C_CONVEC_J_PER_K)}\t# J/K, transient only "
                      f"(HotSpot default)"),
        ("# HotSpot needs a spreader and a sink above the last lcf layer (our lid): thin "
         "copper plates, 1 mm overhang", None),
        ("-s_spreader", _num(spreader_m)), ("-t_spreader", _num(NOMINAL_PLATE_THICKNESS_M)),
        ("-k_spreader", _num(COPPER_CONDUCTIVITY_W_PER_MK)),
        ("-p_spreader", _num(COPPER_HEAT_CAPACITY_J_PER_M3K)),
        ("-s_sink", _num(sink_m)), ("-t_sink", _num(NOMINAL_PLATE_THICKNESS_M)),
        ("-k_sink", _num(COPPER_CONDUCTIVITY_W_PER_MK)),
        ("-p_sink", _num(COPPER_HEAT_CAPACITY_J_PER_M3K)),
        ("# bottom path (our h_bottom = "
         f"{_num(geom.h_bottom_W_per_m2K)} W/m2K) is not mapped: HotSpot's secondary path "
         "models C4/substrate/solder/PCB layers of its own; without it HotSpot is adiabatic "
         "below and reads slightly hotter (the bottom carries a few % of the heat)", None),
        ("-model_secondary", "0"),
        ("-ambient", f"{_num(ambient_K)}\t# K ({_num(geom.ambient_C)} C)"),
        ("-init_temp", _num(ambient_K)),
        ("-model_type", "grid"),
        ("-grid_rows", str(HOTSPOT_GRID_CELLS)), ("-grid_cols", str(HOTSPOT_GRID_CELLS)),
        ("-grid_layer_file", lcf_name),
        ("# heterogeneous layers: per-block heat capacity and resistivity in the .flp files", None),
        ("-detailed_3D", "on"),
        ("# a block's temperature is the hottest grid cell in it (as our per-site peaks)", None),
        ("-grid_map_mode", "max"),
        ("-leakage_used", "0"), ("-package_model_used", "0"),
    ]
    head = ["# HotSpot 6 configuration written by lamoopt.thermal.hotspot",
            f"# package {geom.rows} x {geom.cols} sites at {_num(geom.pitch_m * 1e3)} mm pitch",
            "# steady state, run from this directory:",
            "#   hotspot -c hotspot.config -p package.ptrace -steady_file package.steady "
            "-grid_steady_file package.grid.steady", ""]
    lines = [key if value is None else f"{key}\t{value}" for key, value in params]
    return "\n".join(head + lines) + "\n"


# ----------------------------------------------------------------------------- writing
def write_hotspot(directory: str | Path, geom: PackageGeometry,
                  layout: dict[Site, str | None], stacks: dict[str, ChipletStack],
                  site_power: dict[Site, tuple[float, float]]) -> HotSpotFiles:
    """Write floorplans, package.lcf, package.ptrace and hotspot.config into `directory`."""
    directory = Path(directory)
    layers = hotspot_layers(geom, layout, stacks, site_power)
    names = [f"layer{i:02d}_{layer.name}.flp" for i, layer in enumerate(layers)]
    floorplans = tuple(write_text_atomic(directory / n, floorplan_text(layer, i))
                       for i, (layer, n) in enumerate(zip(layers, names)))
    lcf = write_text_atomic(directory / "package.lcf", lcf_text(layers, names))
    ptrace = write_text_atomic(directory / "package.ptrace", ptrace_text(layers))
    config = write_text_atomic(directory / "hotspot.config", config_text(geom, lcf.name))
    return HotSpotFiles(config=config, lcf=lcf, ptrace=ptrace, floorplans=floorplans)
