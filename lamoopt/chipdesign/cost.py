"""Cost and yield of 3.5D chiplets: known-good dies, DRAM-on-logic stacks, interposer, assembly.

The model follows Chiplet Actuary (Feng & Ma, DAC 2022, "Chiplet Actuary: a quantitative cost
model and multi-chiplet architecture exploration"; its open-source parameter set supplies most
constants) and the VLSI-test cost accounting of tested good dies. All costs are recurring
(per unit); NRE is not part of a unit cost.

1. Dies per wafer (gross, whole dies): with the usable diameter d = D - 2 e (edge exclusion e)
   and the die area grown by the scribe lane s, A = (sqrt(A_die) + s)^2,
       N = floor( pi (d/2)^2 / A  -  pi d / sqrt(2 A) ).
2. Die yield, negative binomial (clustered defects, Stapper):
       Y = (1 + A_die D0 / alpha)^(-alpha),   A_die in cm2.
3. Known-good-die (KGD) test with coverage c: a die passes with probability
   P = Y + (1 - Y)(1 - c); a passed die is good with probability q = Y / P (the rest are test
   escapes, caught only at stack or package test). Per passed die:
       fabrication = W / (N P),
       test        = r [Y t_good + (1 - Y)(c t_bad + (1 - c) t_good)] / P,
   with W the wafer price, r the tester cost per second, t_good the full program, t_bad the
   mean time to the first failing test.
4. DRAM-on-logic stack of n DRAM dies, die-to-wafer hybrid bonded one layer at a time, tested
   once at the end (a failed stack scraps every die on it, no rework of hybrid bonds):
       Y_stack = q_logic (q_dram y_bond)^n,
       cost per good stack = (C_logic + n (C_dram + C_bond) + C_stack_test) / Y_stack.
5. Package, chip-last on a passive silicon interposer (Chiplet Actuary's SI package): the
   interposer is made and tested first (cost per good interposer C_int / Y_int); N chiplets
   are attached with yield y_attach each, then the interposer goes on an organic substrate with
   yield y_sub. A failed assembly scraps the known-good chiplets and the interposer on it:
       cost per good package = (sum_i (C_i + C_ubump,i) + C_int / Y_int) / (y_attach^N y_sub)
                               + C_substrate / y_sub.
6. A chiplet's unit cost for a linear model (the MILP's cost_usd): its share of a reference
   package of N_ref chiplets, (C_i + C_ubump,i) / (y_attach^N_ref y_sub). This is exact for a
   package with N_ref chiplets; the interposer and substrate are package constants (they do not
   depend on which chiplets fill the sites) and are left out (see `package_cost`).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from lamoopt.chipdesign.process import SILICON_INTERPOSER, ProcessNode

# ----------------------------------------------------------------------------- wafer geometry
WAFER_DIAMETER_MM = 300.0
"""300 mm wafers (every node in lamoopt.chipdesign.process)."""
EDGE_EXCLUSION_MM = 5.0
"""Chiplet Actuary, parameter `edge_loss`: 5 mm at the rim yields no dies."""
SCRIBE_LANE_MM = 0.2
"""Chiplet Actuary, parameter `scribe_lane`: 0.2 mm added to each die edge."""

# ----------------------------------------------------------------------------- testing
TESTER_COST_USD_PER_S = 0.05
"""Estimate: a ~$2M ATE depreciated over 5 years at 80% utilisation costs ~$0.016/s; with the
prober or handler, probe cards, floor space and labour about three times that, ~$0.05/s."""
LOGIC_GOOD_DIE_TEST_S = 30.0
"""Estimate: wafer sort of a large AI logic die (scan/ATPG, memory BIST of 128 MB SRAM,
at-speed tests) takes tens of seconds."""
LOGIC_BAD_DIE_TEST_S = 5.0
"""Estimate: stop on first fail; gross failures show in the first seconds (continuity,
IDDQ, scan chain integrity)."""
DRAM_GOOD_DIE_TEST_S = 10.0
"""Estimate: effective per-die time of massively parallel DRAM wafer test (retention and
pattern tests run on hundreds of dies at once, so minutes of tester time per touchdown shrink
to seconds per die)."""
DRAM_BAD_DIE_TEST_S = 2.0
"""Estimate, as LOGIC_BAD_DIE_TEST_S."""
STACK_TEST_S = 30.0
"""Estimate: final test of a stacked chiplet (logic program plus DRAM through the TSV bus)."""
TEST_COVERAGE = 0.99
"""Estimate: share of defective dies that wafer sort catches (a stuck-at fault coverage
target of >= 99% is the usual sign-off bar); the rest escape into stacks."""

# ----------------------------------------------------------------------------- stacking
HYBRID_BOND_YIELD_PER_LAYER = 0.95
"""3D-Carbon (Zhao et al., DAC 2024), parameters/configs/bonding_yield.json: die-to-wafer hybrid
bonding 0.95 per bond (wafer-to-wafer 0.97, but W2W cannot select known-good dies)."""
HYBRID_BOND_COST_USD_PER_MM2 = 0.01
"""Estimate: preparing a fine-pitch bond interface priced like Chiplet Actuary's micro-bump cost
factor (`u_bump_cost_factor` 0.01 $/mm2), per bonded layer."""

# ----------------------------------------------------------------------------- package
INTERPOSER_AREA_SCALE = 1.1
"""Chiplet Actuary `si_area_scale_factor`: interposer area = 1.1 x summed chiplet area."""
INTERPOSER_ATTACH_YIELD = 0.95
"""Chiplet Actuary `bonding_yield_si`: 0.95 per chiplet attached to a silicon interposer
(3D-Carbon's die-to-wafer micro-bump value, 0.96, agrees)."""
UBUMP_COST_USD_PER_MM2 = 0.01
"""Chiplet Actuary `u_bump_cost_factor`: micro-bumping a chiplet for the interposer, per mm2."""
SUBSTRATE_AREA_SCALE = 4.0
"""Chiplet Actuary `os_area_scale_factor`: organic substrate area = 4 x interposer area."""
SUBSTRATE_COST_USD_PER_MM2 = 0.005
"""Chiplet Actuary `cost_factor_os`: organic substrate cost per mm2."""
SUBSTRATE_ATTACH_YIELD = 0.99
"""Chiplet Actuary `bonding_yield_os`: attaching the interposer to the substrate (C4)."""
REFERENCE_PACKAGE_CHIPLETS = 9
"""Chiplets per package for a chiplet's amortised unit cost: the paper's representative system
(5 PC + 4 DC) and the default 3 x 3 grid."""


def gross_dies_per_wafer(die_area_mm2: float, wafer_diameter_mm: float = WAFER_DIAMETER_MM,
                         edge_exclusion_mm: float = EDGE_EXCLUSION_MM,
                         scribe_lane_mm: float = SCRIBE_LANE_MM) -> int:
    """Whole dies per wafer: floor(pi (d/2)^2 / A - pi d / sqrt(2 A)), d the usable diameter
    (wafer minus twice the edge exclusion), A the die area grown by the scribe lane. 0 when the
    die does not fit."""
    if die_area_mm2 <= 0:
        raise ValueError(f"die area must be positive (got {die_area_mm2} mm2)")
    d = wafer_diameter_mm - 2.0 * edge_exclusion_mm
    a = (math.sqrt(die_area_mm2) + scribe_lane_mm) ** 2
    return max(0, math.floor(math.pi * (d / 2.0) ** 2 / a - math.pi * d / math.sqrt(2.0 * a)))


def negative_binomial_yield(area_mm2: float, defect_density_per_cm2: float, alpha: float) -> float:
    """Y = (1 + A D0 / alpha)^(-alpha) with A in cm2 (area_mm2 / 100)."""
    if area_mm2 < 0 or defect_density_per_cm2 < 0 or alpha <= 0:
        raise ValueError(f"need area >= 0, D0 >= 0, alpha > 0 (got {area_mm2}, {defect_density_per_cm2}, {alpha})")
    return (1.0 + area_mm2 / 100.0 * defect_density_per_cm2 / alpha) ** (-alpha)


@dataclass(frozen=True)
class DieTest:
    """Wafer-sort test of one die type."""

    good_die_s: float
    """Tester time of the full program (good dies and escapes)."""
    bad_die_s: float
    """Mean tester time until a caught bad die fails."""
    coverage: float = TEST_COVERAGE
    """Share of bad dies caught."""
    tester_cost_usd_per_s: float = TESTER_COST_USD_PER_S


LOGIC_DIE_TEST = DieTest(LOGIC_GOOD_DIE_TEST_S, LOGIC_BAD_DIE_TEST_S)
DRAM_DIE_TEST = DieTest(DRAM_GOOD_DIE_TEST_S, DRAM_BAD_DIE_TEST_S)


@dataclass(frozen=True)
class DieCost:
    """A tested die: what it costs and how likely it is good (module docstring, steps 1-3)."""

    area_mm2: float
    dies_per_wafer: int
    die_yield: float
    pass_probability: float
    """P = Y + (1 - Y)(1 - c)."""
    good_probability: float
    """q = Y / P: a passed die is good (1 - q are test escapes)."""
    fabrication_usd: float
    """Wafer cost per passed die, W / (N P)."""
    test_usd: float
    """Tester cost per passed die."""

    @property
    def cost_usd(self) -> float:
        """Cost of one die that passed wafer sort."""
        return self.fabrication_usd + self.test_usd


def tested_die_cost(area_mm2: float, node: ProcessNode, test: DieTest) -> DieCost:
    """Cost of a die that passed wafer sort, and the probability that it is good."""
    n = gross_dies_per_wafer(area_mm2)
    if n < 1:
        raise ValueError(f"a {area_mm2:g} mm2 die does not fit on a {WAFER_DIAMETER_MM:g} mm wafer")
    y = negative_binomial_yield(area_mm2, node.defect_density_per_cm2, node.clustering_alpha)
    c = test.coverage
    p = y + (1.0 - y) * (1.0 - c)
    seconds = y * test.good_die_s + (1.0 - y) * (c * test.bad_die_s + (1.0 - c) * test.good_die_s)
    return DieCost(area_mm2=area_mm2, dies_per_wafer=n, die_yield=y, pass_probability=p,
                   good_probability=y / p, fabrication_usd=node.wafer_cost_usd / (n * p),
                   test_usd=test.tester_cost_usd_per_s * seconds / p)


@dataclass(frozen=True)
class StackCost:
    """A DRAM-on-logic stack (module docstring, step 4) with its breakdown."""

    logic: DieCost
    dram: DieCost
    dram_layers: int
    bond_yield_per_layer: float
    bond_usd_per_layer: float
    stack_test_usd: float

    @property
    def stack_yield(self) -> float:
        """Y_stack = q_logic (q_dram y_bond)^n."""
        return self.logic.good_probability * (self.dram.good_probability * self.bond_yield_per_layer) ** self.dram_layers

    @property
    def materials_usd(self) -> float:
        """One attempt: tested logic die, n tested DRAM dies, n bonds, the final test."""
        return (self.logic.cost_usd + self.dram_layers * (self.dram.cost_usd + self.bond_usd_per_layer)
                + self.stack_test_usd)

    @property
    def cost_usd(self) -> float:
        """Cost per good stack: one attempt over the stack yield."""
        return self.materials_usd / self.stack_yield

    def breakdown(self) -> dict:
        """Cost per good stack split by cause (the parts sum to cost_usd)."""
        scale = 1.0 / self.stack_yield
        return {
            "logic_die_usd": self.logic.cost_usd * scale,
            "dram_dies_usd": self.dram_layers * self.dram.cost_usd * scale,
            "bonding_usd": self.dram_layers * self.bond_usd_per_layer * scale,
            "stack_test_usd": self.stack_test_usd * scale,
            "stack_yield": self.stack_yield,
            "logic_die": asdict(self.logic) | {"cost_usd": self.logic.cost_usd},
            "dram_die": asdict(self.dram) | {"cost_usd": self.dram.cost_usd},
        }


def stack_cost(logic_area_mm2: float, logic_node: ProcessNode, dram_area_mm2: float, dram_node: ProcessNode,
               dram_layers: int, bond_yield_per_layer: float = HYBRID_BOND_YIELD_PER_LAYER,
               bond_usd_per_mm2: float = HYBRID_BOND_COST_USD_PER_MM2,
               logic_test: DieTest = LOGIC_DIE_TEST, dram_test: DieTest = DRAM_DIE_TEST,
               stack_test_s: float = STACK_TEST_S) -> StackCost:
    """Cost of a good DRAM-on-logic stack of `dram_layers` DRAM dies on one logic die."""
    if dram_layers < 1:
        raise ValueError(f"a stack needs at least one DRAM die (got {dram_layers})")
    return StackCost(logic=tested_die_cost(logic_area_mm2, logic_node, logic_test),
                     dram=tested_die_cost(dram_area_mm2, dram_node, dram_test), dram_layers=dram_layers,
                     bond_yield_per_layer=bond_yield_per_layer,
                     bond_usd_per_layer=bond_usd_per_mm2 * dram_area_mm2,
                     stack_test_usd=logic_test.tester_cost_usd_per_s * stack_test_s)


def interposer_cost_usd(area_mm2: float, node: ProcessNode = SILICON_INTERPOSER) -> float:
    """Cost of a good (tested) passive interposer: W / (N Y). A reticle-stitched interposer is
    treated as one die; ValueError when it does not fit on a wafer."""
    n = gross_dies_per_wafer(area_mm2)
    if n < 1:
        raise ValueError(f"a {area_mm2:g} mm2 interposer does not fit on a {WAFER_DIAMETER_MM:g} mm wafer")
    return node.wafer_cost_usd / (n * negative_binomial_yield(area_mm2, node.defect_density_per_cm2,
                                                               node.clustering_alpha))


def assembly_yield(n_chiplets: int, attach_yield: float = INTERPOSER_ATTACH_YIELD,
                   substrate_yield: float = SUBSTRATE_ATTACH_YIELD) -> float:
    """y_attach^N y_sub: a package with N chiplets survives assembly."""
    return attach_yield ** n_chiplets * substrate_yield


def amortised_unit_cost_usd(chiplet_cost_usd: float, area_mm2: float,
                            reference_chiplets: int = REFERENCE_PACKAGE_CHIPLETS) -> float:
    """A chiplet's share of a good reference package (module docstring, step 6):
    (C + C_ubump) / (y_attach^N_ref y_sub)."""
    return (chiplet_cost_usd + UBUMP_COST_USD_PER_MM2 * area_mm2) / assembly_yield(reference_chiplets)


@dataclass(frozen=True)
class PackageCost:
    """Cost of a good package (module docstring, step 5), split by cause; parts sum to total."""

    chiplets_usd: float
    """Known-good chiplets and their micro-bumps, over the assembly yield."""
    interposer_usd: float
    """Good interposer, over the assembly yield."""
    substrate_usd: float
    """Organic substrate, over its attach yield."""
    assembly_yield: float

    @property
    def total_usd(self) -> float:
        return self.chiplets_usd + self.interposer_usd + self.substrate_usd


def package_cost(chiplets: list[tuple[float, float]], interposer_area_mm2: float | None = None) -> PackageCost:
    """Cost of a good package of chiplets given as (cost of a good chiplet, area_mm2) pairs. The
    interposer area defaults to INTERPOSER_AREA_SCALE x the summed chiplet area."""
    if not chiplets:
        raise ValueError("a package needs at least one chiplet")
    area = sum(a for _, a in chiplets)
    int_area = interposer_area_mm2 if interposer_area_mm2 is not None else INTERPOSER_AREA_SCALE * area
    y = assembly_yield(len(chiplets))
    chips = sum(c + UBUMP_COST_USD_PER_MM2 * a for c, a in chiplets)
    return PackageCost(chiplets_usd=chips / y, interposer_usd=interposer_cost_usd(int_area) / y,
                       substrate_usd=SUBSTRATE_COST_USD_PER_MM2 * SUBSTRATE_AREA_SCALE * int_area
                       / SUBSTRATE_ATTACH_YIELD, assembly_yield=y)
