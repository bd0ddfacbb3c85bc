"""The parametric DRAM-on-logic chiplet: a `ChipletDesign` (instance schema) -> a `ChipletType` dict.

Published anchors (LaMoSys3.5D, arXiv 2512.08731): PC 16 x 16 PEs x cores, 32 GB 4-high,
10.6 TB/s, 400 TFLOPS, 546 mm2, 438 W peak; DC 32 x 8, 64 GB 8-high, 26.2 TB/s, 400 TFLOPS,
584 mm2, 638 W peak; logic 7 nm at 800 MHz; DRAM 22 nm; ~0.7 pJ/bit DRAM access; AIB 2.0 D2D
at 800 GB/s. Two PC/DC numbers per quantity allow at most two coefficients to be calibrated
per quantity; the calibrated ones say so.

Compute:    TFLOPS = cores x pes_per_core x macs_per_pe x 2 FLOP/MAC x clock.
            The paper's 256 PEs x 1024 MACs (32 x 32) at 0.8 GHz give 419.4 TFLOPS, 4.9% above
            its rounded "400 TFLOPS" (1024 MACs per PE is an assumption: not published).
DRAM:       capacity = layers x capacity_per_layer;
            bandwidth = layers x channels_per_layer x channel_width x pin_rate / 8 (every die has
            its own channels on the TSV/bond bus, so bandwidth grows with the layers). PC: 4 x 32
            x 128 bit x 5.2 Gb/s = 10.65 TB/s; DC: 8 x 32 x 128 bit x 6.4 Gb/s = 26.2 TB/s (the
            channel organisation and rates are not published; 5.2 and 6.4 Gb/s are HBM3-class
            pin rates, JESD238 tops at 6.4).
Area:       logic = MACs x MAC_AREA x node scale + SRAM / SRAM density x node scale
                    + D2D ports x D2D_PORT_AREA + layers x channels x DRAM_CHANNEL_AREA;
            DRAM die = capacity_per_layer / DRAM density; footprint = max(logic, DRAM die) (the
            DRAM dies cover the logic die's footprint and vice versa).
Power:      compute_pJ_per_FLOP = 0.8 x node energy scale; DRAM 0.7 pJ/bit; D2D 0.5 pJ/bit;
            static = LOGIC_LEAKAGE x logic area + STACK_IO_BACKGROUND x layers x bandwidth;
            refresh = REFRESH x capacity;
            peak = TFLOPS x pJ/FLOP + bandwidth x 8 x pJ/bit + D2D bandwidth x 8 x pJ/bit
                   + static + refresh.
Thermal:    lamoopt.catalog.stacks.dram_on_logic_stack(layers) and its limits.
Cost:       lamoopt.chipdesign.cost: a good stack of the logic die and `layers` DRAM dies of the
            footprint's area, amortised over assembly in the reference package.
"""

from __future__ import annotations

from lamoopt.catalog.stacks import DRAM_ON_LOGIC_THERMAL_LIMITS, dram_on_logic_stack
from lamoopt.chipdesign.cost import amortised_unit_cost_usd, stack_cost
from lamoopt.chipdesign.process import DRAM_22NM, LOGIC_NODES
from lamoopt.instance.schema import ChipletDesign

FLOPS_PER_MAC = 2
"""A multiply-accumulate is two floating-point operations."""
MAC_AREA_UM2 = 1427.0
"""Calibrated at 7 nm: area per FP16 MAC including its share of PE buffers, control and NoC,
back-solved from the PC's 546 mm2 after SRAM (128 mm2), D2D (6 mm2) and the DRAM channel
interfaces (38 mm2): 374 mm2 / 262,144 MACs. (A bare FP16 MAC at 7 nm is a few hundred um2;
the rest is the PE's local storage and wiring.)"""
SRAM_MB_PER_MM2 = 1.0
"""7 nm SRAM macros ~1 MB/mm2 (the catalog's assumption; see lamoopt.chipdesign.process)."""
D2D_PORT_AREA_MM2 = 1.5
"""Estimate: AIB 2.0 targets ~1.6 Tb/s per mm of die edge, so a 200 GB/s (1.6 Tb/s) port takes
~1 mm of shoreline and ~1.5 mm deep for PHY and adapter."""
DRAM_CHANNEL_AREA_MM2 = 0.296875
"""Calibrated: the DC's extra 38 mm2 over the PC (584 - 546) holds its 128 extra DRAM channels
(8 x 32 against 4 x 32): 0.30 mm2 per 128-bit channel for the TSV/bond field and the memory
controller. Not scaled with the logic node (pads and TSVs do not shrink with transistors)."""
DRAM_DENSITY_GBIT_PER_MM2 = 0.125
"""Estimate for 22 nm-class DRAM dies with a TSV field: 20 nm-class 8 Gb DDR4 dies are ~60-65 mm2
(~0.13 Gb/mm2). An 8 GB layer needs 512 mm2, inside the PC's 546 mm2 footprint."""
COMPUTE_PJ_PER_FLOP_7NM = 0.8
"""lamoopt.catalog.chiplets: the paper's ~1 TFLOPS/W for the whole chiplet leaves ~0.8 pJ/FLOP
for compute at peak."""
DRAM_PJ_PER_BIT = 0.7
"""Paper: ~0.7 pJ/bit DRAM access (short TSV/hybrid-bond path, no PHY)."""
D2D_PJ_PER_BIT = 0.5
"""AIB 2.0 specification target (<= 0.5 pJ/bit)."""
LOGIC_LEAKAGE_W_PER_MM2 = 0.0463
"""Calibrated at 65 C: with STACK_IO_BACKGROUND, the two-coefficient split of the catalog's static
powers (PC 52.9 W, DC 163.1 W, the remainders of the published peaks) that keeps the paper's
0.7 pJ/bit: 0.0463 x 546 mm2 = 25.3 W of logic leakage for the PC, plausible for a 7 nm HPC die
(~5% of peak)."""
STACK_IO_BACKGROUND_W_PER_LAYER_TBPS = 0.649
"""Calibrated (see LOGIC_LEAKAGE_W_PER_MM2): DRAM background power grows with layers x bandwidth,
read as every die's share of the TSV bus (drivers, receivers, clocking) idling at the stack's
rate: PC 0.649 x 4 x 10.6 = 27.5 W, DC 0.649 x 8 x 26.2 = 136 W. No per-layer or per-bandwidth
term alone splits the published peaks with a positive leakage."""
REFRESH_W_PER_GB = 0.08
"""lamoopt.catalog.chiplets: ~80 mW per GB below 85 C (JEDEC IDD5B-class refresh currents)."""

PAPER_DESIGNS: dict[str, dict] = {
    "PC": {},
    "DC": dict(cores=8, pes_per_core=32, dram_layers=8, dram_pin_rate_Gbps=6.4),
}
"""The paper's chiplets as template parameters (changes to ChipletDesign's defaults)."""

_DIGITS = 4


def logic_area_mm2(d: ChipletDesign) -> float:
    """Logic die area: MACs, SRAM, D2D PHYs and DRAM channel interfaces (module docstring)."""
    node = LOGIC_NODES[d.logic_node]
    macs = d.cores * d.pes_per_core * d.macs_per_pe
    return (macs * MAC_AREA_UM2 * 1e-6 * node.logic_area_scale + d.sram_MB / SRAM_MB_PER_MM2 * node.sram_area_scale
            + d.d2d_ports * D2D_PORT_AREA_MM2 + d.dram_layers * d.dram_channels_per_layer * DRAM_CHANNEL_AREA_MM2)


def dram_die_area_mm2(d: ChipletDesign) -> float:
    """Area of one DRAM die's arrays and TSV field."""
    return d.dram_capacity_per_layer_GB * 8.0 / DRAM_DENSITY_GBIT_PER_MM2


def compute_TFLOPS(d: ChipletDesign) -> float:
    return d.cores * d.pes_per_core * d.macs_per_pe * FLOPS_PER_MAC * d.clock_GHz * 1e-3


def dram_bandwidth_GBps(d: ChipletDesign) -> float:
    return d.dram_layers * d.dram_channels_per_layer * d.dram_channel_width_bits * d.dram_pin_rate_Gbps / 8.0


def chiplet_breakdown(d: ChipletDesign) -> dict:
    """Every derived quantity of a design, with the area, power and cost parts."""
    node = LOGIC_NODES[d.logic_node]
    logic, dram = logic_area_mm2(d), dram_die_area_mm2(d)
    footprint = max(logic, dram)
    tflops, bw = compute_TFLOPS(d), dram_bandwidth_GBps(d)
    capacity = d.dram_layers * d.dram_capacity_per_layer_GB
    d2d = d.d2d_ports * d.d2d_port_bandwidth_GBps
    pj_flop = COMPUTE_PJ_PER_FLOP_7NM * node.energy_scale
    power = dict(compute_W=tflops * pj_flop, dram_W=bw * 8 * DRAM_PJ_PER_BIT * 1e-3,
                 d2d_W=d2d * 8 * D2D_PJ_PER_BIT * 1e-3, leakage_W=LOGIC_LEAKAGE_W_PER_MM2 * logic,
                 stack_io_W=STACK_IO_BACKGROUND_W_PER_LAYER_TBPS * d.dram_layers * bw * 1e-3,
                 refresh_W=REFRESH_W_PER_GB * capacity)
    stack = stack_cost(logic, node, footprint, DRAM_22NM, d.dram_layers)
    return dict(compute_TFLOPS=tflops, dram_bandwidth_GBps=bw, dram_capacity_GB=capacity, d2d_bandwidth_GBps=d2d,
                logic_area_mm2=logic, dram_die_area_mm2=dram, area_mm2=footprint, compute_pJ_per_FLOP=pj_flop,
                power=power, peak_W=sum(power.values()), stack_cost=stack.breakdown(),
                stack_cost_usd=stack.cost_usd, cost_usd=amortised_unit_cost_usd(stack.cost_usd, footprint))


def chiplet_type(name: str, d: ChipletDesign) -> dict:
    """The design as a dict valid for the instance schema's ChipletType."""
    b = chiplet_breakdown(d)
    p = b["power"]

    def r(x: float) -> float:
        return round(x, _DIGITS)

    out = dict(name=name, roles=list(d.roles), compute_TFLOPS=r(b["compute_TFLOPS"]),
               dram_bandwidth_GBps=r(b["dram_bandwidth_GBps"]), dram_capacity_GB=r(b["dram_capacity_GB"]),
               dram_layers=d.dram_layers, sram_MB=d.sram_MB, d2d_ports=d.d2d_ports,
               d2d_bandwidth_GBps=r(b["d2d_bandwidth_GBps"]), area_mm2=r(b["area_mm2"]), cost_usd=round(b["cost_usd"], 2),
               power=dict(static_W=r(p["leakage_W"] + p["stack_io_W"]), dram_refresh_W=r(p["refresh_W"]),
                          compute_pJ_per_FLOP=r(b["compute_pJ_per_FLOP"]), dram_pJ_per_bit=DRAM_PJ_PER_BIT,
                          d2d_pJ_per_bit=D2D_PJ_PER_BIT, peak_W=r(b["peak_W"])),
               thermal=dict(stack=dram_on_logic_stack(d.dram_layers), **DRAM_ON_LOGIC_THERMAL_LIMITS))
    if d.max_count is not None:
        out["max_count"] = d.max_count
    return out
