"""Splitting a chiplet's power between its logic die and its DRAM dies (thermal scenarios)."""

from __future__ import annotations

TFLOPS_TO_FLOP_PER_S = 1e12
GBPS_TO_BIT_PER_S = 8e9
PJ_TO_J = 1e-12


def peak_power_split_W(chiplet) -> tuple[float, float]:
    """(logic_W, dram_W) at the published peak power of a schema ChipletType.

    The catalog gives one peak_W per chiplet; the split follows the two dynamic terms at
    full load: compute at peak (compute_TFLOPS x compute_pJ_per_FLOP) goes to the logic die,
    DRAM access at full bandwidth (dram_bandwidth_GBps x 8 x dram_pJ_per_bit) to the DRAM
    dies, and peak_W is divided in that ratio (static, D2D and refresh power are not split
    by the catalog, so they follow the same shares). PC: 438 W -> 369.4 W logic + 68.6 W
    DRAM; DC: 638 W -> 437.5 W + 200.5 W.
    """
    compute_W = (chiplet.compute_TFLOPS * TFLOPS_TO_FLOP_PER_S
                 * chiplet.power.compute_pJ_per_FLOP * PJ_TO_J)
    dram_W = (chiplet.dram_bandwidth_GBps * GBPS_TO_BIT_PER_S
              * chiplet.power.dram_pJ_per_bit * PJ_TO_J)
    logic_share = compute_W / (compute_W + dram_W)
    peak_W = chiplet.power.peak_W
    return peak_W * logic_share, peak_W * (1.0 - logic_share)
