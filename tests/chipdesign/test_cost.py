"""Cost and yield model on hand-computable cases (lamoopt.chipdesign.cost)."""

import math

import pytest

from lamoopt.chipdesign import cost
from lamoopt.chipdesign.process import DRAM_22NM, LOGIC_NODES, ProcessNode


def test_negative_binomial_yield_by_hand():
    # 100 mm2 = 1 cm2 at D0 = 0.1 /cm2, alpha = 3: (1 + 0.1/3)^-3 = (30/31)^3
    assert cost.negative_binomial_yield(100.0, 0.1, 3.0) == pytest.approx((30 / 31) ** 3, rel=1e-12)
    assert cost.negative_binomial_yield(100.0, 0.0, 3.0) == 1.0
    # large alpha tends to Poisson exp(-A D0)
    assert cost.negative_binomial_yield(200.0, 0.1, 1e6) == pytest.approx(math.exp(-0.2), rel=1e-5)


def test_dies_per_wafer_by_hand():
    # 300 mm wafer, 100 mm2 dies, no edge exclusion or scribe: pi 150^2/100 - pi 300/sqrt(200)
    # = 706.86 - 66.64 = 640.2 -> 640 whole dies
    assert cost.gross_dies_per_wafer(100.0, 300.0, 0.0, 0.0) == 640
    # with the default 5 mm edge exclusion and 0.2 mm scribe: d = 290, A = 10.2^2 = 104.04
    # -> pi 145^2/104.04 - pi 290/sqrt(208.08) = 634.87 - 63.16 = 571.7 -> 571
    assert cost.gross_dies_per_wafer(100.0) == 571
    assert cost.gross_dies_per_wafer(80000.0) == 0          # does not fit


def test_tested_die_with_full_coverage_is_wafer_over_good_dies():
    node = ProcessNode("t", 1000.0, 0.1, 3.0)
    test = cost.DieTest(good_die_s=10.0, bad_die_s=2.0, coverage=1.0, tester_cost_usd_per_s=0.1)
    d = cost.tested_die_cost(100.0, node, test)
    y = (30 / 31) ** 3
    assert d.die_yield == pytest.approx(y)
    assert d.good_probability == pytest.approx(1.0)
    assert d.fabrication_usd == pytest.approx(1000.0 / (571 * y))
    # test cost per good die: r (t_good + t_bad (1/Y - 1))
    assert d.test_usd == pytest.approx(0.1 * (10.0 + 2.0 * (1 / y - 1)))


def test_test_escapes_lower_the_good_probability():
    node = ProcessNode("t", 1000.0, 0.1, 3.0)
    d = cost.tested_die_cost(100.0, node, cost.DieTest(10.0, 2.0, coverage=0.9))
    y = (30 / 31) ** 3
    p = y + (1 - y) * 0.1
    assert d.pass_probability == pytest.approx(p)
    assert d.good_probability == pytest.approx(y / p) and d.good_probability < 1
    assert d.fabrication_usd == pytest.approx(1000.0 / (571 * p))


def test_stack_yield_and_cost_by_hand():
    node = ProcessNode("t", 1000.0, 0.1, 3.0)
    perfect = cost.DieTest(0.0, 0.0, coverage=1.0)
    s = cost.stack_cost(100.0, node, 100.0, node, 3, bond_yield_per_layer=0.9, bond_usd_per_mm2=0.01,
                        logic_test=perfect, dram_test=perfect, stack_test_s=0.0)
    die = 1000.0 / (571 * (30 / 31) ** 3)
    assert s.stack_yield == pytest.approx(0.9 ** 3)
    assert s.cost_usd == pytest.approx((die + 3 * (die + 1.0)) / 0.9 ** 3)
    b = s.breakdown()
    parts = b["logic_die_usd"] + b["dram_dies_usd"] + b["bonding_usd"] + b["stack_test_usd"]
    assert parts == pytest.approx(s.cost_usd)


def test_taller_stacks_cost_more_per_layer():
    per_layer = [cost.stack_cost(546.0, LOGIC_NODES["7nm"], 546.0, DRAM_22NM, n).cost_usd / n for n in (4, 8, 12)]
    assert per_layer[0] < per_layer[1] < per_layer[2]


def test_package_scraps_known_good_chiplets_on_failed_assembly():
    chips = [(500.0, 100.0), (800.0, 100.0)]
    p = cost.package_cost(chips, interposer_area_mm2=300.0)
    y = cost.INTERPOSER_ATTACH_YIELD ** 2 * cost.SUBSTRATE_ATTACH_YIELD
    assert p.assembly_yield == pytest.approx(y)
    assert p.chiplets_usd == pytest.approx((1300.0 + 2 * 100.0 * cost.UBUMP_COST_USD_PER_MM2) / y)
    assert p.interposer_usd == pytest.approx(cost.interposer_cost_usd(300.0) / y)
    assert p.total_usd == pytest.approx(p.chiplets_usd + p.interposer_usd + p.substrate_usd)
    # a chiplet's amortised unit cost is exact for a package of the reference size
    amortised = sum(cost.amortised_unit_cost_usd(c, a, reference_chiplets=2) for c, a in chips)
    assert amortised == pytest.approx(p.chiplets_usd)


def test_interposer_cost_by_hand():
    node = cost.SILICON_INTERPOSER
    area = 800.0
    y = (1 + 8.0 * node.defect_density_per_cm2 / node.clustering_alpha) ** -node.clustering_alpha
    assert cost.interposer_cost_usd(area) == pytest.approx(node.wafer_cost_usd / (cost.gross_dies_per_wafer(area) * y))
    with pytest.raises(ValueError):
        cost.interposer_cost_usd(80000.0)
