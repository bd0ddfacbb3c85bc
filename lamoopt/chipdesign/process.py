"""Process data: wafer prices, defect densities and density/energy scaling per node.

Sources:
- Wafer prices: foundry sale price per 300 mm wafer in 2020, CSET "AI Chips: What They Are and
  Why They Matter" (Khan & Mann, 2020), Table: 16/12 nm $3,984, 10 nm $5,992, 7 nm $9,346,
  5 nm $16,988. The same figures (and 20 nm $3,677, 55 nm $1,937) are the wafer costs of
  Chiplet Actuary (Feng & Ma, DAC 2022) in its open-source parameter set.
- Defect densities D0 and the clustering parameter alpha ("critical level"): Chiplet Actuary
  (7 nm 0.09 /cm2, 5 nm 0.11 /cm2, 12-20 nm 0.07-0.08 /cm2, alpha = 10 for logic; passive
  silicon interposer 0.06 /cm2 with alpha = 6).
- Logic density: TSMC N7 91.2 MTr/mm2, N5 171.3 MTr/mm2, 16/12 nm 28.9 MTr/mm2 (WikiChip
  figures of TSMC's published densities); the area of a MAC scales with 1/density.
- SRAM density: high-density 6T bit cell 0.027 um2 (N7) and 0.021 um2 (N5) (TSMC, IEDM 2016 /
  IEDM 2019); the 7 nm macro density of ~1 MB/mm2 (the catalog's assumption: 8.4 Mbit of
  0.027 um2 cells fill 0.23 mm2, so 23% of a macro is bit cells) scales with the bit cell.
- Energy: TSMC quotes N5 at -30% power at iso-speed against N7, and N7 at -40% against
  16FF+ (-> x 1/0.6 for 16/12 nm); compute energy per FLOP scales by that factor.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProcessNode:
    """One logic (or DRAM) process: price, defects and scaling relative to 7 nm."""

    name: str
    wafer_cost_usd: float
    """Foundry sale price of a processed 300 mm wafer."""
    defect_density_per_cm2: float
    """Killer-defect density D0 of the negative-binomial yield model."""
    clustering_alpha: float
    """Defect clustering parameter alpha (small alpha: strongly clustered defects)."""
    logic_area_scale: float = 1.0
    """Area of a logic block relative to 7 nm (7 nm density / this node's density)."""
    sram_area_scale: float = 1.0
    """Area of an SRAM macro relative to 7 nm (bit-cell area ratio)."""
    energy_scale: float = 1.0
    """Switching energy relative to 7 nm."""


LOGIC_NODES: dict[str, ProcessNode] = {
    "5nm": ProcessNode("5nm", 16988.0, 0.11, 10.0, logic_area_scale=91.2 / 171.3,
                       sram_area_scale=0.021 / 0.027, energy_scale=0.7),
    "7nm": ProcessNode("7nm", 9346.0, 0.09, 10.0),
    "12nm": ProcessNode("12nm", 3984.0, 0.08, 10.0, logic_area_scale=91.2 / 28.9,
                        sram_area_scale=0.070 / 0.027, energy_scale=1.0 / 0.6),
}
"""Logic-die nodes. 12 nm's SRAM bit cell: TSMC 16 nm FinFET HD cell 0.07 um2 (ISSCC 2014)."""

DRAM_22NM = ProcessNode("22nm DRAM", 3677.0, 0.07, 10.0)
"""The paper's 22 nm DRAM dies (LaMoSys3.5D). Price: CSET/Chiplet Actuary 20 nm logic wafer,
$3,677 (an estimate: a foundry-priced 20 nm-class wafer; DRAM has fewer metal layers but
capacitor and TSV steps). D0 0.07 /cm2: Chiplet Actuary's 20 nm value, without credit for
row/column repair (conservative). Cross-check: an 8 GB, 546 mm2 layer then costs ~$59 as a
tested die, ~$7.4/GB, inside the $8-10/GB reported for HBM3E stacks (which also carry the
stacking yield modelled separately in lamoopt.chipdesign.cost)."""

SILICON_INTERPOSER = ProcessNode("65nm passive interposer", 1937.0, 0.06, 6.0)
"""Passive silicon interposer: Chiplet Actuary's silicon interposer (55 nm-class wafer at
$1,937, D0 0.06 /cm2, alpha 6)."""
