"""The MILP against the exhaustive enumerator and against hand-derived optima."""

from __future__ import annotations

import math

import numpy as np
import pyomo.environ as pyo
import pytest

from lamoopt.catalog import CHIPLETS
from lamoopt.costmodel.memory import GB
from lamoopt.formulation.build import build_model
from lamoopt.formulation.solution import predict, site_power_W, to_design
from lamoopt.instance.checks import check_problem
from lamoopt.instance.load import parse_instance, resolve
from lamoopt.solve.highs import Status
from lamoopt.solve.run import SolveOptions, extract_choice, prepare, solve, solve_milp
from tests.small import small


def problem(**changes):
    p = resolve(parse_instance(small(**changes)))
    check_problem(p)
    return p


def opts(p):
    return SolveOptions.from_problem(p)


# A tiny space the enumerator covers in seconds: 1 x 3 sites, single-chiplet or TP2 instances.
TINY = {"package.grid_rows": 1, "package.grid_cols": 3,
        "search.tp_degrees": [1, 2], "search.pp_degrees": [1], "search.decode_batches": [8, 64]}


@pytest.mark.parametrize("kind, extra", [
    ("max_tokens_per_s_per_W", {}),
    ("max_tokens_per_s_per_W", {"objective.rate": "saturated"}),
    ("max_tokens_per_s_per_W", {"objective.power": "design_peak"}),
    ("max_tokens_per_s_per_W", {"objective.rate": "saturated", "objective.power": "design_peak"}),
    ("min_power", {"objective.power": "design_peak"}),
    ("max_throughput", {}),
    ("min_power", {}),
    ("min_latency", {"search.decode_batches": [64]}),   # levels x pieces: a smaller space keeps it fast
    ("max_throughput", {"package.power_budget_W": 700.0}),
    ("min_power", {"workload.arrival_rate_req_per_s": 6.0}),
    ("min_cost", {"chiplets": [{**CHIPLETS["PC"], "cost_usd": 900.0},
                               {**CHIPLETS["DC"], "cost_usd": 1500.0}]}),
])
def test_milp_optimum_equals_enumeration(kind, extra):
    p = problem(**{"objective.kind": kind, **TINY, **extra})
    a = solve_milp(p, opts(p))
    b = solve(p, opts(p), method="enumerate")
    assert a.status == b.status == Status.OPTIMAL
    assert a.objective == pytest.approx(b.objective, rel=1e-6)
    assert b.size["candidates"] > 10  # the enumerator really searched


def test_milp_equals_enumeration_on_2x2_grid():
    p = problem(**{"search.decode_batches": [16, 64], "search.pp_degrees": [1, 2], "search.tp_degrees": [1, 2]})
    a = solve_milp(p, opts(p))
    b = solve(p, opts(p), method="enumerate")
    assert a.status == b.status == Status.OPTIMAL
    assert a.objective == pytest.approx(b.objective, rel=1e-6)


def test_reported_metrics_equal_the_model_at_the_design():
    p = problem(**{"objective.kind": "min_power"})
    tables, thermal, d = prepare(p)
    m = build_model(d)
    from lamoopt.solve.highs import solve_model
    rep = solve_model(m, 60, 1e-6, 1, 0)
    assert rep.status == Status.OPTIMAL
    choice = extract_choice(m, d)
    pred = predict(tables, thermal, choice)
    assert pred["power_W"] == pytest.approx(pyo.value(m.Power_W), rel=1e-6)
    assert pred["power_W"] == pytest.approx(rep.objective, rel=1e-6)
    assert pred["throughput_tokens_per_s"] == pytest.approx(tables.tokens_per_req * pyo.value(m.Rate))
    # independent recomputation from the design file alone: base static + each instance's power
    # line (W per instance + J per request x its rate), plus leakage between its value at
    # ambient and at the logic limit on every chiplet
    design = to_design(tables, choice)
    base, leak_lo, leak_hi = 0.0, 0.0, 0.0
    amb = p.instance.package.ambient_C
    for inst in design.instances:
        chip, n = tables.chips[inst.chiplet], inst.tp * inst.pp
        base += n * chip.base_static_W
        leak_lo += n * chip.leakage_W(amb)
        leak_hi += n * chip.leakage_W(chip.spec.thermal.logic_temp_limit_C)
        op = next(o for o in tables.points.values() if o.chip == inst.chiplet and o.role == inst.role
                  and o.batch == inst.batch and tables.classes[o.cls].tp == inst.tp
                  and tables.classes[o.cls].pp == inst.pp and choice.counts.get(o.key))
        e_J, w_W = tables.dynamic_terms(op.key)
        base += w_W + inst.rate_req_per_s * e_J
    assert base + leak_lo < pred["power_W"] < base + leak_hi
    assert pred["power_W"] - pred["static_power_W"] == pytest.approx(pred["dynamic_power_W"])


def test_invariants_every_layer_placed_once_and_memory_respected():
    p = problem()
    out = solve_milp(p, opts(p))
    design = to_design(out.tables, out.choice)
    cap = {c.name: c.dram_capacity_GB * GB for c in p.chiplets}
    used_sites = [tuple(s) for i in design.instances for s in i.sites]
    assert len(used_sites) == len(set(used_sites))
    for inst in design.instances:
        assert sum(inst.layers_per_stage) == p.arch.num_layers
        assert len(inst.sites) == inst.tp * inst.pp
        op = next(o for k, o in out.tables.points.items() if k in out.choice.counts
                  and o.chip == inst.chiplet and o.batch == inst.batch and o.role == inst.role)
        assert op.memory_bytes_per_chiplet <= cap[inst.chiplet]
    assert sum(i.rate_req_per_s for i in design.by_role("prefill")) == pytest.approx(out.choice.rate_req_per_s)
    assert sum(i.rate_req_per_s for i in design.by_role("decode")) == pytest.approx(out.choice.rate_req_per_s)


def test_memory_forces_exactly_the_minimum_chiplets():
    """Llama3-70B (141.1 GB) on 64 GB DCs only: an instance needs ceil(141.1/64) = 3 chiplets
    (plus room for embeddings and KV); at a low rate the cheapest design is one 3-chiplet
    prefill and one 3-chiplet decode instance."""
    p = problem(**{"model": "Llama3-70B", "chiplets": ["DC"], "package.grid_rows": 3, "package.grid_cols": 3,
                   "objective.kind": "min_power", "workload.arrival_rate_req_per_s": 0.2,
                   "workload.targets.ttft_ms": 5000.0,
                   "search.tp_degrees": [1, 2, 4], "search.pp_degrees": [1, 2, 3, 4]})
    need = math.ceil(p.arch.total_weight_bytes / (64 * GB))
    assert need == 3
    out = solve_milp(p, opts(p))
    design = to_design(out.tables, out.choice)
    assert [i.tp * i.pp for i in design.instances] == [need, need]
    assert sum(v["prefill"] + v["decode"] for v in design.chiplet_counts().values()) == 2 * need


def test_binding_power_budget():
    """On a 1 x 2 grid with single-chiplet instances only, the design is forced (one prefill
    and one decode chiplet); max_throughput then grows the flow until the budget binds:
    Rate = (budget - static - decode W per instance) / (prefill + KV + decode J/request), with
    temperature-independent static power (no leakage slope) so static is a constant."""
    flat = dict(CHIPLETS["PC"])
    flat["power"] = {**flat["power"], "leakage_increase_per_40K": 0.0}
    fixed = {"objective.kind": "max_throughput", "package.grid_rows": 1, "package.grid_cols": 2,
             "chiplets": [flat], "search.tp_degrees": [1], "search.pp_degrees": [1],
             "search.decode_batches": [64], "search.prefill_batches": [1]}
    free = problem(**fixed)
    a = solve_milp(free, opts(free))
    budget = 0.9 * a.predicted["power_W"]
    tight = problem(**{**fixed, "package.power_budget_W": budget})
    b = solve_milp(tight, opts(tight))
    assert b.status == Status.OPTIMAL
    pre_J_W, dec_J_W = (next(b.tables.dynamic_terms(o) for o in b.choice.counts if b.tables.points[o].role == r)
                        for r in ("prefill", "decode"))
    static = 2 * b.tables.chips["PC"].static_floor_W(b.tables.problem.instance.package.ambient_C)
    rate = (budget - static - pre_J_W[1] - dec_J_W[1]) / (pre_J_W[0] + dec_J_W[0])
    assert b.choice.rate_req_per_s == pytest.approx(rate, rel=1e-6)
    assert b.predicted["power_W"] == pytest.approx(budget, rel=1e-6)
    assert b.objective < a.objective


def test_thermal_limit_separates_two_hot_chiplets():
    """Two single-chiplet instances on a 1 x 5 grid under load. Neighbours heat each other
    through the lid, but edge sites spread heat worse, so we compute the peak of every
    placement with the linear model and set the logic limit between the coolest adjacent pair
    and the coolest separated pair: the optimum must then separate the two chiplets."""
    # temperature-independent static power, so changing the limit does not change the powers
    flat = dict(CHIPLETS["PC"])
    flat["power"] = {**flat["power"], "leakage_increase_per_40K": 0.0, "dram_refresh_W": 0.0}
    base = {**TINY, "package.grid_cols": 5, "objective.kind": "min_power", "chiplets": [flat],
            "search.tp_degrees": [1], "workload.arrival_rate_req_per_s": 8.0,
            "search.decode_batches": [64]}
    p = problem(**base)
    tables, thermal, d = prepare(p)
    out = solve_milp(p, opts(p))
    # powers of the two chiplets at this optimum (independent of placement: equal-share pools)
    P = sorted(site_power_W(tables, thermal, out.choice), reverse=True)[:2]

    def peak(a, b):
        layout, power = [None] * 5, np.zeros(5)
        layout[a] = layout[b] = "PC"
        power[a], power[b] = P
        return float(np.nanmax(thermal.temperatures_C(layout, power)["logic"]))
    pairs = [(a, b) for a in range(5) for b in range(5) if a != b]
    adjacent = min(peak(a, b) for a, b in pairs if abs(a - b) == 1)
    apart = min(peak(a, b) for a, b in pairs if abs(a - b) > 1)
    assert apart < adjacent
    spec = dict(flat)
    spec["thermal"] = {**spec["thermal"], "logic_temp_limit_C": 0.5 * (apart + adjacent)}
    hot = problem(**{**base, "chiplets": [spec]})
    res = solve_milp(hot, opts(hot))
    assert res.status == Status.OPTIMAL
    (r0, c0), (r1, c1) = sorted(tuple(s) for i in to_design(res.tables, res.choice).instances for s in i.sites)
    assert abs(c0 - c1) > 1
    assert res.objective == pytest.approx(out.objective, rel=1e-9)  # same powers, only placement moved


def test_infeasible_power_budget_is_reported():
    p = problem(**{"package.power_budget_W": 50.0})
    out = solve_milp(p, opts(p))
    assert out.status == Status.INFEASIBLE
    assert out.choice is None
