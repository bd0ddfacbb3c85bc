"""Activity power: energy conservation against per-operation energies, zero load, static power."""

import copy

import pytest
from evalkit import instance, make_design, make_problem, timers_for

from lamoopt.catalog import CHIPLETS
from lamoopt.evaluate import network as net
from lamoopt.evaluate.power import activity_power, static_power_at
from lamoopt.evaluate.serving import simulate
from lamoopt.instance.schema import ChipletType

PJ = 1e-12


def design_8b():
    return make_design(
        instance("p", "prefill", "PC", 2, 2, 32, [[0, 0], [0, 1], [1, 1], [1, 0]], batch=2),
        instance("d", "decode", "DC", 2, 1, 32, [[2, 2], [2, 1]], batch=16))


@pytest.fixture(scope="module")
def run():
    problem = make_problem(rate=10.0, input_tokens=600, output_tokens=20)
    design = design_8b()
    timers = timers_for(problem, design)
    res = simulate(problem, design, timers, seed=2, num_requests=300, record_passes=True)
    return problem, design, timers, res, activity_power(problem, design, res, timers)


def logged_energy_J(problem, design, timers, res) -> dict:
    """Energy summed pass by pass from the timers' own energy breakdowns and the KV plans."""
    node_pj = net.node_d2d_pJ_per_bit(problem, design)
    tot = dict(compute=0.0, dram=0.0, d2d=0.0)
    for e in res.log:
        if e[0] == "kv":
            plan = res.kv_plans[(e[1], e[2])]
            tot["d2d"] += sum(e[3] * x * 8 * node_pj[n] * PJ for n, x in plan.byte_hops_per_node.items())
            continue
        t = timers[e[1]]
        eb = t.prefill_stage_energy_J(e[2]) if e[0] == "prefill" else t.decode_stage_energy_J(e[2])
        tot["compute"] += eb.compute_J.sum()
        tot["dram"] += eb.dram_J.sum()
        tot["d2d"] += eb.d2d_J.sum()
    return tot


def test_total_dynamic_energy_equals_the_sum_of_per_operation_energies(run):
    problem, design, timers, res, rep = run
    ref = logged_energy_J(problem, design, timers, res)
    for k in ("compute", "dram", "d2d"):
        assert rep.energy_J[k] == pytest.approx(ref[k], rel=1e-9), k
        assert ref[k] > 0
    assert rep.total_dynamic_W * rep.duration_s == pytest.approx(sum(ref.values()), rel=1e-9)


def test_per_site_and_per_instance_powers_add_up(run):
    _, design, _, _, rep = run
    used = {tuple(s) for i in design.instances for s in i.sites}
    assert set(rep.site_dynamic_W) == used
    site_sum = sum(lw + dw for lw, dw in rep.site_dynamic_W.values())
    inst_sum = sum(lw + dw for lw, dw in rep.instance_dynamic_W.values())
    assert site_sum == pytest.approx(rep.total_dynamic_W) and inst_sum == pytest.approx(rep.total_dynamic_W)
    # TP ranks of one stage do the same work: equal DRAM power
    assert rep.site_dynamic_W[(2, 2)][1] == pytest.approx(rep.site_dynamic_W[(2, 1)][1])


def test_dynamic_power_stays_below_peak(run):
    problem, design, _, _, rep = run
    assert rep.design_peak_power_W == pytest.approx(4 * 438.0 + 2 * 638.0)
    assert 0 < rep.total_dynamic_W < rep.design_peak_power_W


def test_zero_load_gives_zero_dynamic_power():
    problem = make_problem(rate=1.0)
    design = design_8b()
    timers = timers_for(problem, design)
    res = simulate(problem, design, timers, seed=0, num_requests=0)
    rep = activity_power(problem, design, res, timers)
    assert rep.total_dynamic_W == 0.0 and rep.energy_J["total"] == 0.0
    assert all(lw == 0.0 and dw == 0.0 for lw, dw in rep.site_dynamic_W.values())
    assert rep.design_peak_power_W > 0


def test_off_interposer_devices_report_per_instance():
    problem = make_problem(rate=5.0, input_tokens=300, output_tokens=5, extra_chiplets=["A100-80GB"])
    design = make_design(
        instance("p", "prefill", "A100-80GB", 2, 1, 32, [], batch=1),
        instance("d", "decode", "A100-80GB", 2, 1, 32, [], batch=8),
        rows=None, cols=None, off_interposer_link_bandwidth_GBps=300.0, off_interposer_link_latency_ns=2000.0)
    timers = timers_for(problem, design)
    res = simulate(problem, design, timers, seed=0, num_requests=50)
    rep = activity_power(problem, design, res, timers)
    assert rep.site_dynamic_W == {}
    assert set(rep.instance_dynamic_W) == {"p", "d"} and rep.total_dynamic_W > 0
    assert rep.design_peak_power_W == pytest.approx(4 * 400.0)


def _chiplet(**power):
    c = copy.deepcopy(CHIPLETS["DC"])
    c["power"].update(power)
    return ChipletType.model_validate(c)


def test_static_power_splits_leakage_and_refresh():
    c = _chiplet(static_W=100.0, dram_refresh_W=10.0, leakage_fraction_of_static=0.5,
                 leakage_increase_per_40K=0.2, static_reference_C=65.0)
    logic, dram = static_power_at(c, 65.0, 80.0)
    assert (logic, dram) == pytest.approx((100.0, 10.0))
    logic_hot, dram_hot = static_power_at(c, 105.0, 90.0)  # +40 K leakage, one refresh doubling
    assert logic_hot == pytest.approx(50.0 + 50.0 * 1.2)
    assert dram_hot == pytest.approx(20.0)
    assert static_power_at(c, 65.0, 96.0)[1] == pytest.approx(40.0)


def test_power_by_chiplet_type_splits_the_measured_power_by_kind(run):
    """The report's per-type breakdown (PowerReport.dynamic_by_chiplet_W; Evaluation.power_by_chiplet_W
    adds static power): each kind summed over the types is the run's energy of that kind over its
    duration, and the evaluator's per-type totals add up to its static, dynamic and total power."""
    problem, design, _, res, power = run
    by_type = power.dynamic_by_chiplet_W()
    assert set(by_type) == {"PC", "DC"}
    for kind in ("compute", "dram", "d2d"):
        assert sum(v[f"{kind}_W"] for v in by_type.values()) == pytest.approx(
            power.energy_J[kind] / power.duration_s, rel=1e-12)
    assert by_type["PC"]["compute_W"] > 0 and by_type["DC"]["dram_W"] > 0

    from lamoopt.evaluate.evaluator import evaluate_design
    ev = evaluate_design(problem, design, seed=2, num_requests=300)
    pbc, e = ev.power_by_chiplet_W, ev.evaluated
    assert {t: v["chiplets"] for t, v in pbc.items()} == {"PC": 4, "DC": 2}
    assert sum(v["static_W"] for v in pbc.values()) == pytest.approx(e["static_power_W"], rel=1e-12)
    assert sum(v["total_W"] - v["static_W"] for v in pbc.values()) == pytest.approx(e["dynamic_power_W"], rel=1e-12)
    assert sum(v["total_W"] for v in pbc.values()) == pytest.approx(e["power_W"], rel=1e-12)
    assert ev.to_dict()["power_by_chiplet_W"] == pbc

    dist = e["latency_percentiles_ms"]
    for m in ("ttft", "tpot", "e2e"):
        values = dist[m]
        assert values == sorted(values)                                   # a distribution: non-decreasing
        for q in (50, 90, 99):
            assert values[dist["percentile"].index(q)] == e[f"{m}_p{q}_ms"]   # the same steady-state sample


def test_compute_energy_equals_a_hand_count_of_the_flops():
    """Independent of the timers: Llama-3-8B, 300 requests of 600 prompt and 20 output tokens, on
    chiplets of 0.8 pJ/FLOP. Weights by hand: per layer q, o 4096^2, k, v 4096 x 1024 (8 KV heads
    x 128), a gated FFN 3 x 4096 x 14336; 32 layers; LM head 4096 x 128256.
    Prefill per request: 2 x weights x 600 tokens, causal attention 2 s^2 h per layer (QK^T and AV
    over the lower triangle), and the LM head for the last token only.
    Decode per request: 19 steps (the first token comes from the prefill), each 2 x (weights +
    LM head) plus attention 4 h ctx per layer over its context ctx = 600 + k."""
    problem = make_problem(rate=10.0, input_tokens=600, output_tokens=20)
    design = design_8b()
    timers = timers_for(problem, design)
    res = simulate(problem, design, timers, seed=2, num_requests=300)
    rep = activity_power(problem, design, res, timers)
    per_instance = rep.table.groupby("instance")["compute_J"].sum()
    h, layers, s, n = 4096, 32, 600, 300
    weights = layers * (2 * h * h + 2 * h * 1024 + 3 * h * 14336)
    head = h * 128256
    prefill = 2 * weights * s + layers * 2 * s * s * h + 2 * head
    decode = sum(2 * (weights + head) + layers * 4 * h * (s + k) for k in range(1, 20))
    assert per_instance["p"] == pytest.approx(n * prefill * 0.8 * PJ, rel=5e-3)
    assert per_instance["d"] == pytest.approx(n * decode * 0.8 * PJ, rel=5e-3)
