"""Vertical layer stacks of chiplets, bottom (interposer side) to top (cold-plate side), in the
instance schema's `StackLayer` terms. Shared by the catalog chiplets and the chiplet template
(lamoopt.chipdesign.template), so a generated chiplet gets exactly the catalog's stack.

DRAM-on-logic stack (LaMoSys3.5D, arXiv 2512.08731: DRAM dies hybrid-bonded on a 7 nm logic
die): logic die 100 um Si (k = 120 W/mK at ~85 C), hybrid-bond layers 5 um (Cu/SiO2,
effective k ~ 2 W/mK), DRAM dies 40 um thinned Si, the top DRAM die 100 um (unthinned enough
to handle). The heat path to the cold plate therefore lengthens by 45 um and one bond layer per
DRAM die: the thermal stack follows from the layer count.
"""

from __future__ import annotations

LOGIC_DIE_THICKNESS_UM = 100.0
BOND_THICKNESS_UM = 5.0
BOND_CONDUCTIVITY_W_PER_MK = 2.0
DRAM_DIE_THICKNESS_UM = 40.0
TOP_DRAM_DIE_THICKNESS_UM = 100.0
SILICON_CONDUCTIVITY_W_PER_MK = 120.0


def dram_on_logic_stack(n_layers: int) -> list[dict]:
    """Logic die, then `n_layers` DRAM dies each joined by a hybrid-bond layer (bottom to top)."""
    if n_layers < 1:
        raise ValueError(f"a DRAM-on-logic stack needs at least one DRAM die (got {n_layers})")
    layers = [dict(name="logic", thickness_um=LOGIC_DIE_THICKNESS_UM,
                   conductivity_W_per_mK=SILICON_CONDUCTIVITY_W_PER_MK, heat_source="logic")]
    for i in range(n_layers):
        layers.append(dict(name=f"bond{i}", thickness_um=BOND_THICKNESS_UM,
                           conductivity_W_per_mK=BOND_CONDUCTIVITY_W_PER_MK))
        top = i == n_layers - 1
        layers.append(dict(name=f"dram{i}", thickness_um=TOP_DRAM_DIE_THICKNESS_UM if top else DRAM_DIE_THICKNESS_UM,
                           conductivity_W_per_mK=SILICON_CONDUCTIVITY_W_PER_MK, heat_source="dram"))
    return layers


# Temperature limits of a DRAM-on-logic chiplet: logic 105 C (the paper's study range, 65-105 C);
# DRAM 95 C (refresh throttling past ~95 C, paper); refresh threshold 85 C (JEDEC: 64 ms
# retention below 85 C).
DRAM_ON_LOGIC_THERMAL_LIMITS = dict(logic_temp_limit_C=105.0, dram_temp_limit_C=95.0,
                                    dram_refresh_threshold_C=85.0)
