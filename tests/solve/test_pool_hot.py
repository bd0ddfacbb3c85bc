"""The Thermal rows read each pool's hottest instance (formulations/lamoopt_milp.md section 4,
item 8a), not the pool's mean dynamic power: a hot and a cool instance of the same pool no longer
hide each other's heat."""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo
import pytest

from lamoopt.catalog.instances import paper_instance
from lamoopt.evaluate.evaluator import evaluate_design
from lamoopt.formulation import families
from lamoopt.formulation.build import build_model
from lamoopt.formulation.error_bounds import STATED_BOUNDS
from lamoopt.formulation.flow_lp import FixedLayout
from lamoopt.formulation.layout import Choice
from lamoopt.formulation.linear import Row
from lamoopt.formulation.solution import design_power, instance_dynamic_W, predict
from lamoopt.instance.checks import check_problem
from lamoopt.instance.load import parse_instance, resolve
from lamoopt.solve.run import SolveOptions, design_of, prepare, solve_milp
from tests.solve.test_milp import TINY, problem

# 1 x 3 grid: a PC prefill instance at (0,0), two single-chiplet PC decode instances at (0,1) and
# (0,2), one at batch 64 carrying most of the flow (hot) and one at batch 8 nearly idle (cool)
PRE, HOT, COOL = "P|PC|t1|p1|c0|b1", "D|PC|t1|p1|c0|b64", "D|PC|t1|p1|c0|b8"
FLOWS = {PRE: 2.0, HOT: 1.9, COOL: 0.1}


def mixed_pool():
    p = problem(**TINY)
    tables, thermal, d = prepare(p)
    placed = [("P|PC|t1|p1|c0", 0), ("D|PC|t1|p1|c0", 1), ("D|PC|t1|p1|c0", 2)]
    return p, tables, thermal, d, Choice(placed, {PRE: 1, HOT: 1, COOL: 1}, dict(FLOWS), 2.0)


def per_chiplet_W(tables, o):
    """p_o by hand: the point's power line at its flow, one chiplet, one instance."""
    e, w = tables.dynamic_terms(o)
    return e * FLOWS[o] + w


def test_the_hot_instances_site_is_read_at_its_own_power_not_the_pool_mean():
    p, tables, thermal, _, choice = mixed_pool()
    hot_W, cool_W = per_chiplet_W(tables, HOT), per_chiplet_W(tables, COOL)
    assert hot_W > cool_W + 50.0   # a real spread: about 126 W against 48 W
    mean_W = 0.5 * (hot_W + cool_W)   # DynLevel of the pool: two chiplets share its power equally

    view = FixedLayout(tables, thermal, choice.placed, choice.counts, flows=choice.flows)
    assert view.DynLevel("PC", "decode") == pytest.approx(mean_W)
    # the least DynHot the rows allow: PointHot gives each point's own power (one instance each)
    # and HotLevel the mean, so the hottest instance's power
    rows = [r for name in ("PointHot", "HotLevel") for i, r in families.rows_in(families.BY_NAME[name], view)
            if i in (HOT, COOL, ("PC", "decode"))]
    assert len(rows) == 3
    col = view.cols.index[("DynHot", "PC", "decode")]
    assert all(set(r.terms) == {col} and r.terms[col] == pytest.approx(1.0) for r in rows)
    least = max(r.lower for r in rows)
    assert least == pytest.approx(hot_W, rel=1e-12)
    assert sorted(r.lower for r in rows) == pytest.approx(sorted([hot_W, cool_W, mean_W]))

    # the Thermal row at the hot instance's site (placed_instances: b64 sorts first, takes tile 1)
    j = 1
    assert instance_dynamic_W(tables, choice)[j] == pytest.approx(hot_W)
    leak = design_power(tables, thermal, choice).leak_W
    thermal_rows = [(i, row) for i, row in families.rows_in(families.BY_NAME["Thermal"], view) if i[0] == "PC" and i[2] == j]
    assert thermal_rows
    x = np.zeros(len(view.cols))   # (columns are made as rows ask for them)
    x[col] = least
    pre_W = per_chiplet_W(tables, PRE)
    x[view.cols.index[("DynHot", "PC", "prefill")]] = pre_W   # a pool of one point: HotLevel's DynLevel
    for j_leak in view.sites:
        if ("LeakW", j_leak) in view.cols.index:
            x[view.cols.index[("LeakW", j_leak)]] = leak[j_leak]
    base = tables.chips["PC"].base_static_W
    for (_, kind, _, k), row in thermal_rows:
        R = thermal.rows("PC", kind, j)[k]
        # by hand: every decode site at the hot instance's power, the prefill site at its own
        by_hand = thermal.ambient_C + (R[0] * (base + pre_W + leak[0]) + R[1] * (base + hot_W + leak[1])
                                       + R[2] * (base + hot_W + leak[2]))
        assert isinstance(row, Row)
        lhs = sum(v * x[i] for i, v in row.terms.items())
        # the row is lhs + const <= limit with here = 1, so its upper bound is limit - const
        row_rise = lhs + (thermal.limit_C("PC", kind) - row.upper)   # ambient + the site powers' rise
        assert row_rise == pytest.approx(by_hand, abs=1e-9)
        mean_rise = by_hand - (R[1] + R[2]) * (hot_W - mean_W)
        assert row_rise > mean_rise + 0.5   # the pool mean would read the hot site > 0.5 K cooler


def test_the_milps_point_rows_read_one_instance_exactly_and_vanish_for_an_unused_point():
    """PointHot in the Pyomo MILP: DynHot >= (e F + w C)/ch - (C - Used) z, at Count 1 exactly
    the instance's per-chiplet power; at Count 0, Used 0 no bound."""
    _, tables, _, d, _ = mixed_pool()
    m = build_model(d)
    for o in m.POINTS:
        m.Count[o].value, m.Flow[o].value, m.Used[o].value = 0, 0.0, 0
    for o in (HOT, COOL):
        m.Count[o].value, m.Flow[o].value, m.Used[o].value = 1, FLOWS[o], 1
    for o, want in ((HOT, per_chiplet_W(tables, HOT)), (COOL, per_chiplet_W(tables, COOL)), ("D|PC|t2|p1|c0|b64", 0.0)):
        row = m.PointHot[o]
        m.DynHot["PC", "decode"].value = want
        assert pyo.value(row.body) == pytest.approx(pyo.value(row.lower) if row.has_lb() else pyo.value(row.upper))
        m.DynHot["PC", "decode"].value = want + 1.0
        assert row.lslack() >= 0 and row.uslack() >= 0
        if want > 0:
            m.DynHot["PC", "decode"].value = want - 1.0
            assert min(row.lslack(), row.uslack()) < 0


def test_predicted_temperatures_put_each_site_at_its_own_instance():
    _, tables, thermal, _, choice = mixed_pool()
    pw = design_power(tables, thermal, choice)
    dyn = instance_dynamic_W(tables, choice)
    assert pw.instance_site_W[1] - pw.site_W[1] == pytest.approx(dyn[1] - 0.5 * (dyn[1] + dyn[2]))
    assert pw.instance_site_W.sum() == pytest.approx(pw.site_W.sum())   # same total, redistributed
    temps = predict(tables, thermal, choice, latencies=False)["site_temperature_C"]
    chips = ["PC", "PC", "PC"]
    assert temps == pytest.approx(list(thermal.temperatures_C(chips, pw.instance_site_W)["logic"]))


def test_mixtral_decode_pool_no_longer_hides_a_hot_instance():
    """Mixtral-8x7B Reason 16 req/s, TP attention: the MILP paired a batch-4 decode instance at
    1 req/s with a batch-64 one at 15 req/s on DC chiplets, predicted 96.8 C and was measured at
    110.4 C (logic and DRAM limits violated). Now the prediction is within the stated thermal
    bound of the evaluator and no temperature limit is violated."""
    d = paper_instance("Mixtral-8x7B", "Reason", 16)
    d["search"] = {"attention_modes": ["tp"]}
    p = resolve(parse_instance(d))
    check_problem(p)
    out = solve_milp(p, SolveOptions.from_problem(p))
    design = design_of(out)
    assert design is not None
    ev = evaluate_design(p, design, num_requests=1000)
    bound = STATED_BOUNDS["peak_temperature_C"]
    err = ev.evaluated["peak_temperature_C"] - out.predicted["peak_temperature_C"]
    assert -bound.low <= err <= bound.high
    hot = [c.name for c in ev.constraints if not c.met and c.name.startswith(("logic_C", "dram_C"))]
    assert hot == []
    assert ev.passed
