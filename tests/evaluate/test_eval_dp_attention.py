"""Data-parallel attention with expert parallelism (costmodel.dp_attention) on Mixtral-8x7B:
all-to-all volumes and times by hand, the MILP's stage cost equal to the evaluator's timing on
balanced ranks, memory by hand, where dp classes exist, and a forced-dp design re-checked."""

import math

import numpy as np
import pytest
from evalkit import instance, make_design, make_problem, timers_for

from lamoopt.costmodel import dp_attention
from lamoopt.costmodel.memory import kv_bytes_per_token_per_chiplet, stage_weight_bytes_per_chiplet
from lamoopt.costmodel.moe import expected_remote_ranks
from lamoopt.evaluate.timing import InstanceTimer

H, ACT, LAYERS = 4096, 2, 32                    # Mixtral-8x7B hidden size, fp16 activations, layers
BLOCK = [[0, 0], [0, 1], [1, 1], [1, 0]]        # a 2 x 2 block: each rank has two neighbours at 1 hop, one at 2
A2A_OPS = ("a2a_dispatch", "a2a_combine")


def _dp_design(batch=64):
    return make_design(instance("d", "decode", "PC", 4, 1, LAYERS, BLOCK, batch=batch, ep=4, attention="dp"),
                       instance("p", "prefill", "DC", 2, 1, LAYERS, [[2, 0], [2, 1]]))


@pytest.fixture(scope="module")
def mixtral():
    return make_problem("Mixtral-8x7B")


@pytest.fixture(scope="module")
def timer(mixtral):
    return timers_for(mixtral, _dp_design())["d"]


def test_remote_ranks_by_hand():
    """A token's k = 2 experts of E = 8 miss a rank holding E/ep of them with probability
    C(8 - 8/ep, 2)/C(8, 2): ep = 2: 1 - 6/28; ep = 4: 3 (1 - 15/28); ep = 8: 7 (1 - 21/28) = 2 - 2/8
    (two experts on two ranks, one of them the token's own with probability 2/8)."""
    assert expected_remote_ranks(8, 2, 2) == pytest.approx(22 / 28, rel=1e-15)
    assert expected_remote_ranks(8, 2, 4) == pytest.approx(39 / 28, rel=1e-15)
    assert expected_remote_ranks(8, 2, 8) == pytest.approx(1.75, rel=1e-15)
    assert expected_remote_ranks(8, 2, 1) == 0.0
    for E, k, ep in [(8, 2, 4), (128, 8, 8), (128, 8, 128), (64, 6, 16)]:
        assert 0 < expected_remote_ranks(E, k, ep) <= min(k, ep - 1)


def _a2a(timer, contexts, ranks):
    return [o for o in timer.operators("decode", contexts, ranks) if o.name in A2A_OPS]


def test_all_to_all_bytes_at_batch_1(timer):
    """One request on rank 0 (0, 0): per MoE layer and phase it sends r = 39/28 token vectors in
    all, unit = H ACT r / 3 to each of ranks 1, 2, 3 at 1, 2, 1 hops: 4 unit byte-hops per phase;
    the combine brings them back over the same distances. 32 MoE layers."""
    unit = H * ACT * (39 / 28) / 3
    ops = _a2a(timer, [500.0], ranks=[0])
    assert {o.name for o in ops} == set(A2A_OPS)
    byte_hops = sum(o.executions * float(o.byte_hops.sum()) for o in ops)
    assert byte_hops == pytest.approx(2 * LAYERS * 4 * unit, rel=1e-12)
    lat, bw = timer.link.latency_s, timer.link.bandwidth_Bps
    for o in ops:   # XY (columns first): the routes to (0, 1) and (1, 1) share (0, 0) -> (0, 1); the
        # combine's from (1, 1) and (1, 0) share (1, 0) -> (0, 0): 2 units; the longest route is 2 hops
        assert o.time_s == pytest.approx(2 * unit / bw + 2 * lat, rel=1e-12)


def test_all_to_all_bytes_and_time_at_batch_64(timer):
    """64 requests, 16 per rank: each rank sends 16 unit to each other rank per phase, 16 x 4
    unit byte-hops per rank; XY routes in a 2 x 2 block put two ordered pairs on the busiest
    directed link: time 2 x 16 unit / bandwidth + 2 hop latencies."""
    unit = H * ACT * (39 / 28) / 3
    ops = _a2a(timer, [500.0] * 64, ranks=[i % 4 for i in range(64)])
    byte_hops = sum(o.executions * float(o.byte_hops.sum()) for o in ops)
    assert byte_hops == pytest.approx(2 * LAYERS * 4 * 16 * 4 * unit, rel=1e-12)
    lat, bw = timer.link.latency_s, timer.link.bandwidth_Bps
    for o in ops:
        assert o.time_s == pytest.approx(2 * 16 * unit / bw + 2 * lat, rel=1e-12)


def test_unbalanced_ranks_wait_for_the_busiest(timer):
    """The same 8 requests all on rank 0 take longer than spread 2 per rank (the layer waits for
    the busiest rank's attention and projections, and rank 0's all-to-all link is the bottleneck)."""
    spread = timer.decode_work(np.full(8, 500.0), [0, 1, 2, 3] * 2).time_s[0]
    piled = timer.decode_work(np.full(8, 500.0), [0] * 8).time_s[0]
    assert piled > spread
    assert timer.decode_work(np.full(8, 500.0)).time_s[0] == spread   # default: balanced


def test_milp_stage_cost_equals_the_evaluator_on_balanced_ranks(mixtral):
    """The MILP's dp stage cost (configs._dp_stage_cost, tile figures) and the evaluator's
    operators on the block's sites time the same balanced pass alike, and spend the same energy."""
    from lamoopt.formulation.configs import effective_chip, stage_cost, stage_energy_J, stage_times_s
    from lamoopt.formulation.tiles import TileComm, all_to_all_figures
    pc = next(c for c in mixtral.chiplets if c.name == "PC")
    chip = effective_chip(pc, 0, mixtral.instance.package.ambient_C)
    design = _dp_design()
    # the MILP reads DRAM at its refresh-derated bandwidth: give the evaluator the same
    factor = chip.bandwidth_Bps / (pc.dram_bandwidth_GBps * 1e9 * pc.bandwidth_efficiency)
    timer = InstanceTimer(mixtral, design, design.instances[0], factor)
    load, hops, pair_hops = all_to_all_figures(tuple(tuple(s) for s in BLOCK), 4, 1)
    assert (load, hops, pair_hops) == (2, 2, 16)
    for m in (1, 4, 64):
        fp = timer.forward_pass("decode", [500.0] * m)
        cost = stage_cost(mixtral, chip, 4, 1, TileComm(0, 0, 0, load, hops, pair_hops), fp, 4, dpa=True)
        work = timer.pass_work(fp)
        assert float(stage_times_s(cost, (LAYERS,))[0]) == pytest.approx(float(work.time_s[0]), rel=1e-9)
        assert stage_energy_J(cost, (LAYERS,)) == pytest.approx(float(timer.energy(work).total_J.sum()), rel=1e-9)


def test_memory_by_hand(mixtral):
    """Per chiplet of a one-stage TP4 dp instance: the whole attention (q, o: 2 h^2; k, v: 2 h 8 x
    128), 2 whole experts of 3 h 14336, the router h x 8, per layer; embedding and LM head whole
    (32000 x h each); fp16. KV: a token's 32 layers x 2 x 8 heads x 128 x 2 bytes on one rank: a
    quarter per chiplet on average."""
    a = mixtral.arch
    per_layer = 2 * H * H + 2 * H * 8 * 128 + 2 * 3 * H * 14336 + H * 8
    want = (LAYERS * per_layer + 2 * 32000 * H) * 2
    assert stage_weight_bytes_per_chiplet(a, LAYERS, 4, True, True, dp_attention=True) == pytest.approx(want, rel=1e-15)
    assert kv_bytes_per_token_per_chiplet(a, LAYERS, 4, dp_attention=True) == LAYERS * 2 * 8 * 128 * 2 / 4
    t = timers_for(mixtral, _dp_design())["d"]
    free = 32e9 - want
    assert t.kv_capacity_tokens == math.floor(free / (LAYERS * 2 * 8 * 128 * 2 / 4))


def test_dp_attention_needs_moe_and_ep_equal_to_tp():
    with pytest.raises(ValueError, match="attention 'dp' needs role 'decode' and ep = tp"):
        make_design(instance("d", "decode", "PC", 4, 1, LAYERS, BLOCK, ep=2, attention="dp"))
    dense = make_problem("Llama-3-8B")
    design = make_design(instance("d", "decode", "PC", 4, 1, 32, BLOCK, ep=4, attention="dp"),
                         instance("p", "prefill", "DC", 1, 1, 32, [[2, 0]]))
    with pytest.raises(ValueError, match="needs a mixture-of-experts model"):
        InstanceTimer(dense, design, design.instances[0])


def test_rank_passes_balance_and_assignment():
    fp = dp_attention.rank_passes(InstanceTimer.forward_pass("decode", [1.0, 2.0, 3.0, 4.0, 5.0]), 2)
    assert [list(p.decode_contexts) for p in fp] == [[1.0, 3.0, 5.0], [2.0, 4.0]]
    fp = dp_attention.rank_passes(InstanceTimer.forward_pass("decode", [1.0, 2.0, 3.0]), 2, [1, 1, 0])
    assert [list(p.decode_contexts) for p in fp] == [[3.0], [1.0, 2.0]]


def test_fast_work_equals_the_operators(mixtral, timer):
    """pass_work (cached, vectorised) sums the operators of operator tables exactly, balanced or
    not, with one stage (TP4) and two (TP2 PP2: the PP transfer)."""
    pp2 = make_design(instance("d", "decode", "PC", 2, 2, LAYERS, BLOCK, batch=8, ep=2, attention="dp"),
                      instance("p", "prefill", "DC", 2, 1, LAYERS, [[2, 0], [2, 1]]))
    for t, ranks in [(timer, [0, 0, 1, 3, 0]), (timers_for(mixtral, pp2)["d"], [0, 0, 1, 1, 0])]:
        for contexts, rk in [([500.0], [0]), ([300.0, 900.0, 1200.0, 40.0, 7.0], ranks), ([500.0] * 64, None)]:
            fast = t.decode_work(np.array(contexts), rk)
            slow = t._aggregate(t.operators("decode", contexts, rk))
            for field in ("time_s", "flops", "dram_bytes", "byte_hops"):
                assert np.allclose(getattr(fast, field), getattr(slow, field), rtol=1e-12, atol=0), field


def test_kv_transfer_goes_to_the_requests_rank(mixtral):
    """dp attention keeps a request's KV on one rank: every KV flow ends at that rank's site, the
    shares still sum to the whole cache, and the transfer is no faster than spread over all ranks."""
    from lamoopt.costmodel.routes import kv_transfer_flows
    from lamoopt.evaluate.serving import dp_kv_plans, kv_transfer_plan
    timers = timers_for(mixtral, _dp_design())
    p, d = timers["p"], timers["d"]
    for rank in range(4):
        flows = kv_transfer_flows(p.layers, p.stage_nodes, d.layers, d.stage_nodes, rank)
        assert {dst for _, dst, _ in flows} == {tuple(BLOCK[rank])}
        assert sum(w for *_, w in flows) == pytest.approx(1.0, rel=1e-12)
    ranks, mean = dp_kv_plans(p, d, None)
    spread = kv_transfer_plan(p, d, None)
    assert all(r.max_link_share >= spread.max_link_share for r in ranks)
    assert mean.total_byte_hops_per_byte == pytest.approx(sum(r.total_byte_hops_per_byte for r in ranks) / 4, rel=1e-12)


def test_evaluate_names_dp_attention_on_a_dense_model(tmp_path):
    """`lamoopt evaluate` rejects dp attention on a dense model with the field, the value and
    what was expected, exit 2, no traceback."""
    import json
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    design = make_design(instance("d", "decode", "PC", 2, 1, 80, [[0, 0], [0, 1]], ep=2, attention="dp"),
                         instance("p", "prefill", "DC", 2, 1, 80, [[2, 0], [2, 1]]))
    path = tmp_path / "design.json"
    path.write_text(json.dumps(design.model_dump()))
    run = subprocess.run([sys.executable, "-m", "lamoopt.cli", "evaluate", str(root / "instances" / "default.json"),
                          str(path), "-o", str(tmp_path / "e.json")], capture_output=True, text=True, cwd=root)
    assert run.returncode == 2, run.stderr
    assert "design.instances[0].attention" in run.stderr and "mixture-of-experts" in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "e.json").exists()


def test_all_to_all_through_another_instances_site(mixtral):
    """Ranks on (0, 0) and (1, 1): XY routes pass (0, 1) or (1, 0); where that site holds another
    instance's chiplet, it forwards and is charged the hop (network.py's rule). 2 hops each way,
    one token per rank: 2 phases x 2 ranks x unit x 2 hops per MoE layer."""
    design = make_design(instance("d", "decode", "PC", 2, 1, LAYERS, [[0, 0], [1, 1]], batch=2, ep=2, attention="dp"),
                         instance("p", "prefill", "DC", 2, 1, LAYERS, [[0, 1], [2, 1]]))
    t = timers_for(mixtral, design)["d"]
    work = t.decode_work(np.array([500.0, 500.0]), [0, 1])
    unit = H * ACT * (22 / 28) / 1
    assert float(work.byte_hops.sum()) == pytest.approx(LAYERS * 2 * 2 * unit * 2, rel=1e-12)
    assert (0, 1) in t.nodes
