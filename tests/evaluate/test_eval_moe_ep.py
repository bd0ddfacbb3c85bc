"""The evaluator times expert parallelism (TP 4, EP 4 on Mixtral-8x7B) with the shared layer
GEMMs: the busiest expert group sets the time, the mean chiplet's activity is unchanged."""

import pytest
from evalkit import instance, make_design, make_problem

from lamoopt.evaluate.timing import InstanceTimer

EXPERT_OPS = ("expert_up_gate", "expert_down")
SITES = [[0, 0], [0, 1], [0, 2], [1, 2]]


def _timer(ep):
    p = make_problem("Mixtral-8x7B")
    design = make_design(instance("d", "decode", "PC", 4, 1, 32, SITES, ep=ep),
                         instance("p", "prefill", "DC", 2, 1, 32, [[2, 0], [2, 1]]))
    return InstanceTimer(p, design, design.instances[0])


def _expert_rows(timer, batch):
    t = timer.operator_table("decode", [500] * batch)
    return t[t.name.isin(EXPERT_OPS)]


def test_busiest_group_sets_the_expert_time_at_batch_1():
    """Batch 1: both sides read 0.5 expert-equivalents on the mean chiplet (same DRAM bytes);
    with EP the busiest group reads 1.1274 whole experts: time x 1.1274 / 0.5 (bandwidth-bound)."""
    one, four = _expert_rows(_timer(1), 1), _expert_rows(_timer(4), 1)
    assert (four.executions * four.dram_bytes).sum() == pytest.approx((one.executions * one.dram_bytes).sum(), rel=1e-12)
    ratio = (four.executions * four.time_s).sum() / (one.executions * one.time_s).sum()
    assert ratio == pytest.approx(1.127410888671875 / 0.5, rel=1e-9)


def test_ep_adds_no_communication_op():
    """Dispatch is local and the combine is the FFN all-reduce: the same all-reduce ops."""
    def comm_ops(timer):
        t = timer.operator_table("decode", [500] * 8)
        return t[t.name.str.contains("allreduce")][["name", "executions", "time_s"]].to_dict("records")
    assert comm_ops(_timer(4)) == comm_ops(_timer(1))


def test_ep_must_divide_tp():
    with pytest.raises(ValueError, match="ep = 3 must divide tp = 4"):
        make_design(instance("d", "decode", "PC", 4, 1, 32, SITES, ep=3))
