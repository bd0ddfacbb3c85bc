"""Mesh routing, ring all-reduce contention and transfers (lamoopt.evaluate.network)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lamoopt.evaluate import network as net

BW_Bps, LAT_s = 200e9, 5e-9
MSG_bytes = 64e6
site = st.tuples(st.integers(0, 7), st.integers(0, 7))


@settings(max_examples=200, deadline=None)
@given(site, site)
def test_xy_route_is_a_minimal_x_then_y_path(src, dst):
    route = net.xy_route(src, dst)
    assert len(route) == net.hops(src, dst) == abs(src[0] - dst[0]) + abs(src[1] - dst[1])
    node = src
    turned = False
    for a, b in route:
        assert a == node and abs(a[0] - b[0]) + abs(a[1] - b[1]) == 1  # contiguous neighbour hops
        turned = turned or a[0] != b[0]
        assert not (turned and a[1] != b[1]), "a column move after a row move is not XY order"
        node = b
    assert node == dst


def test_ring_on_a_2x2_square_shares_no_link():
    # given in row-major (the design's stage-major order), which alone would need 2-hop steps
    sites = [(0, 0), (0, 1), (1, 0), (1, 1)]
    plans = net.ring_candidates(sites)
    best = net.best_ring(plans, MSG_bytes, BW_Bps, LAT_s)
    assert best.step.max_hops == 1
    assert all(s == pytest.approx(1 / 4) for s in best.step.link_share.values())  # one chunk per link
    expected = 2 * 3 * (MSG_bytes / 4 / BW_Bps + LAT_s)
    assert net.ring_allreduce_time_s(sites, MSG_bytes, BW_Bps, LAT_s) == pytest.approx(expected)


def test_ring_on_a_1x4_line_is_slower_than_on_a_2x2_square():
    line = [(0, 0), (0, 1), (0, 2), (0, 3)]
    square = [(0, 0), (0, 1), (1, 1), (1, 0)]
    t_line = float(net.ring_allreduce_time_s(line, MSG_bytes, BW_Bps, LAT_s))
    t_square = float(net.ring_allreduce_time_s(square, MSG_bytes, BW_Bps, LAT_s))
    assert t_line > t_square
    closing = net.ring_plan(line).step
    # the closing step runs 3 hops back over the line's links (the opposite direction of the
    # other steps: links are full duplex, so each direction still carries one chunk)
    assert closing.max_hops == 3
    assert t_line == pytest.approx(2 * 3 * (MSG_bytes / 4 / BW_Bps + 3 * LAT_s))


def test_a_bad_ring_order_shares_links_and_the_greedy_order_repairs_it():
    zigzag = [(0, 0), (0, 2), (0, 1), (0, 3)]
    plan = net.ring_plan(zigzag)
    assert plan.step.max_link_share == pytest.approx(2 / 4)  # two chunks on link (0,1)->(0,2)
    assert plan.step.link_share[((0, 1), (0, 2))] == pytest.approx(2 / 4)
    t_given = float(plan.time_s(MSG_bytes, BW_Bps, LAT_s))
    t_best = float(net.ring_allreduce_time_s(zigzag, MSG_bytes, BW_Bps, LAT_s))
    t_line = float(net.ring_allreduce_time_s([(0, 0), (0, 1), (0, 2), (0, 3)], MSG_bytes, BW_Bps, LAT_s))
    assert t_best == pytest.approx(t_line) and t_best < t_given


def test_single_rank_ring_costs_nothing():
    assert float(net.ring_allreduce_time_s([(1, 1)], MSG_bytes, BW_Bps, LAT_s)) == 0.0


def test_transfer_contention_on_a_shared_link():
    # (0,0)->(0,2) and (0,1)->(0,3) both cross (0,1)->(0,2): the whole message on one link
    shared = float(net.transfer_time_s([(0, 0), (0, 1)], [(0, 2), (0, 3)], MSG_bytes, BW_Bps, LAT_s))
    assert shared == pytest.approx(MSG_bytes / BW_Bps + 2 * LAT_s)
    # (0,0)->(1,0) and (0,1)->(1,1) are disjoint: half the message on each link
    disjoint = float(net.transfer_time_s([(0, 0), (0, 1)], [(1, 0), (1, 1)], MSG_bytes, BW_Bps, LAT_s))
    assert disjoint == pytest.approx(MSG_bytes / 2 / BW_Bps + LAT_s)


def test_off_interposer_fabric_has_no_hops_and_no_contention():
    src, dst = ["p#0", "p#1"], ["d#0", "d#1"]
    t = float(net.transfer_time_s(src, dst, MSG_bytes, BW_Bps, LAT_s))
    assert t == pytest.approx(MSG_bytes / 2 / BW_Bps + LAT_s)
    ring = float(net.ring_allreduce_time_s(["a#0", "a#1", "a#2", "a#3"], MSG_bytes, BW_Bps, LAT_s))
    assert ring == pytest.approx(2 * 3 * (MSG_bytes / 4 / BW_Bps + LAT_s))


def test_hops_through_empty_sites_are_charged_to_the_source():
    plan = net.plan_flows([((0, 0), (0, 2), 1.0)], occupied=frozenset({(0, 0), (0, 2)}))
    assert plan.byte_hops_per_node == {(0, 0): 2.0}
    plan = net.plan_flows([((0, 0), (0, 2), 1.0)], occupied=frozenset({(0, 0), (0, 1), (0, 2)}))
    assert plan.byte_hops_per_node == {(0, 0): 1.0, (0, 1): 1.0}
