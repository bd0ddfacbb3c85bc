"""Communication on the interposer mesh (and on an off-interposer switched fabric).

Model
-----
- Sites are (row, col) on the package grid. Neighbouring sites are joined by one D2D link per
  direction (full duplex): `package.link_bandwidth_GBps` is the bandwidth of one direction, so
  the two directions of a physical link are separate resources (directed links).
- Routing is dimension-ordered XY: first along the row (changing the column, X), then along
  the column (changing the row, Y). XY routing is deadlock-free on a mesh and is the usual
  choice for D2D meshes on passive interposers; each hop is forwarded by the chiplet at its
  tail (the transmitting PHY and the logic die's NoC).
- A *flow plan* is a set of flows sent concurrently, each carrying a share of one message.
  Its time is cut-through (wormhole) routing with fair sharing of every directed link:
      time = max over links (summed shares on the link) * message / bandwidth
             + max over flows (hops) * hop latency.
  The bandwidth term is the contention bound of the busiest link (all flows start together
  and a link shared by k equal flows serves each at 1/k); the latency term is the longest
  path's per-hop latency.
- Off-interposer devices (baselines whose instances have no sites) are nodes named by a string
  label. Flows touching such a node use a switched fabric: no hops and no contention, so a flow
  takes share * message / bandwidth + one latency (`design.off_interposer_link_*`).
- Energy accounting: every byte pays the D2D energy once per hop. The hop is attributed to the
  transmitting node (its PHY and router). A hop whose transmitting site holds no chiplet (a
  route through an empty site: the passive interposer wire is driven from the flow's source)
  is attributed to the flow's source. On the fabric a flow is one hop from its source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from lamoopt.costmodel import comm
from lamoopt.costmodel.routes import as_site as as_site
from lamoopt.costmodel.routes import pair_flows as pair_flows
from lamoopt.costmodel.routes import xy_route as xy_route

Site = tuple[int, int]
Node = Site | str  # a grid site, or an off-interposer device label
Link = tuple[Site, Site]  # a directed link between neighbouring sites


def is_site(node: Node) -> bool:
    """True for a (row, col) grid site, False for an off-interposer device label."""
    return isinstance(node, tuple)


def hops(src: Site, dst: Site) -> int:
    """Hops of the XY route (the Manhattan distance on the mesh)."""
    (r, c), (r2, c2) = as_site(src), as_site(dst)
    return abs(r - r2) + abs(c - c2)


# ----------------------------------------------------------------------------- flow plans
@dataclass(frozen=True)
class FlowPlan:
    """Concurrent flows (src, dst, share of the message), with their contention summary.

    `max_link_share` is the largest summed share on one directed link (mesh) or the largest
    single flow share (fabric); `max_hops` the longest flow in hops (latency count; 1 on the
    fabric); `byte_hops_per_node[node]` the byte-hops per message byte charged to each node.
    """

    flows: tuple[tuple[Node, Node, float], ...]
    max_link_share: float
    max_hops: int
    byte_hops_per_node: dict = field(default_factory=dict)
    link_share: dict = field(default_factory=dict)

    def time_s(self, message_bytes, link_bandwidth_Bps: float, hop_latency_s: float):
        """Cut-through time of the plan for a message (array-friendly); 0 without flows:
        the busiest link's bytes over the bandwidth plus the longest path's hop latencies."""
        msg = np.asarray(message_bytes, float)
        if not self.flows:
            return np.zeros_like(msg)
        return comm.point_to_point_time_s(self.max_link_share * msg, link_bandwidth_Bps, hop_latency_s,
                                          self.max_hops)

    @property
    def total_byte_hops_per_byte(self) -> float:
        return float(sum(self.byte_hops_per_node.values()))


def plan_flows(flows: Iterable[tuple[Node, Node, float]], occupied: frozenset | None = None) -> FlowPlan:
    """Route flows (XY on the mesh, switched fabric otherwise) and count link sharing.

    `occupied` is the set of sites holding a chiplet (None: every site counts as occupied);
    it decides where forwarded hops are charged (see the module docstring).
    """
    flows = tuple((as_site(s), as_site(d), float(w)) for s, d, w in flows if w > 0)
    link_share: dict[Link, float] = {}
    node_bh: dict[Node, float] = {}
    max_hops, fabric_share = 0, 0.0
    for src, dst, w in flows:
        if src == dst:
            continue  # same chiplet: no D2D traffic
        if is_site(src) and is_site(dst):
            route = xy_route(src, dst)
            max_hops = max(max_hops, len(route))
            for link in route:
                link_share[link] = link_share.get(link, 0.0) + w
                tail = link[0] if occupied is None or link[0] in occupied else src
                node_bh[tail] = node_bh.get(tail, 0.0) + w
        else:
            max_hops = max(max_hops, 1)
            fabric_share = max(fabric_share, w)
            node_bh[src] = node_bh.get(src, 0.0) + w
    max_share = max([fabric_share, *link_share.values()])
    return FlowPlan(flows, max_share, max_hops, node_bh, link_share)


def transfer_plan(src_nodes: Sequence[Node], dst_nodes: Sequence[Node],
                  occupied: frozenset | None = None) -> FlowPlan:
    """Plan of one message split evenly over parallel source->destination paths."""
    return plan_flows(pair_flows(src_nodes, dst_nodes), occupied)


def transfer_time_s(src_sites: Sequence[Node], dst_sites: Sequence[Node], message_bytes,
                    link_bandwidth_Bps: float, hop_latency_s: float):
    """Time to move `message_bytes` from the source sites to the destination sites, split evenly
    over max(|src|, |dst|) parallel paths whose shared links contend (see `transfer_plan`).
    With off-interposer labels the fabric model applies (no hops, no contention)."""
    return transfer_plan(src_sites, dst_sites).time_s(message_bytes, link_bandwidth_Bps, hop_latency_s)


# ----------------------------------------------------------------------------- rings
@dataclass(frozen=True)
class RingPlan:
    """A ring all-reduce (reduce-scatter + all-gather) over `order`.

    Every one of the 2(t-1) steps sends a message/t chunk from each rank to the next rank
    concurrently; `step` is that step's flow plan (shares 1/t). The time is the cost model's
    ring formula (lamoopt.costmodel.comm.ring_allreduce_time_s) with this ring's actual link
    load (chunks on the busiest directed link) and step hops (the longest step).
    """

    order: tuple[Node, ...]
    step: FlowPlan

    @property
    def ranks(self) -> int:
        return len(self.order)

    @property
    def steps(self) -> int:
        return 2 * (self.ranks - 1) if self.ranks > 1 else 0

    @property
    def link_load(self) -> float:
        """Ring chunks sharing the busiest directed link in one step (1 = no contention)."""
        return self.step.max_link_share * self.ranks

    def time_s(self, message_bytes, link_bandwidth_Bps: float, hop_latency_s: float):
        return comm.ring_allreduce_time_s(message_bytes, self.ranks, link_bandwidth_Bps, hop_latency_s,
                                          link_load=self.link_load, step_hops=self.step.max_hops)

    def byte_hops_per_node(self) -> dict:
        """Byte-hops per message byte charged to each node over the whole all-reduce (each
        chunk over its own route's hops, so a long closing step costs more than short ones)."""
        return {n: self.steps * v for n, v in self.step.byte_hops_per_node.items()}


def greedy_ring_order(nodes: Sequence[Node]) -> list[Node]:
    """Nearest-neighbour tour: start at the first node, always go to the closest unvisited node
    (Manhattan distance; ties broken by the given order). Labels (fabric) keep the given order."""
    nodes = [as_site(n) for n in nodes]
    if not all(is_site(n) for n in nodes):
        return nodes
    order, left = [nodes[0]], nodes[1:]
    while left:
        nxt = min(left, key=lambda n: hops(order[-1], n))
        order.append(nxt)
        left.remove(nxt)
    return order


def ring_plan(order: Sequence[Node], occupied: frozenset | None = None) -> RingPlan:
    """The ring step plan for ranks in `order` (rank i sends to rank i+1 mod t)."""
    order = tuple(as_site(n) for n in order)
    t = len(order)
    flows = [(order[i], order[(i + 1) % t], 1.0 / t) for i in range(t)] if t > 1 else []
    return RingPlan(order, plan_flows(flows, occupied))


def ring_candidates(nodes: Sequence[Node], occupied: frozenset | None = None) -> list[RingPlan]:
    """The candidate rings: the given order and the greedy nearest-neighbour order (deduplicated).

    Why these two: the given order is what the design (or the MILP) intended; the greedy tour
    repairs orders such as row-major 2x2 blocks, whose ring would otherwise take 2-hop steps.
    A heuristic: the best of the two is not guaranteed to be the best of all (t-1)!/2 rings.
    """
    given = tuple(as_site(n) for n in nodes)
    greedy = tuple(greedy_ring_order(given))
    return [ring_plan(o, occupied) for o in dict.fromkeys([given, greedy])]


def best_ring(candidates: Sequence[RingPlan], message_bytes: float, link_bandwidth_Bps: float,
              hop_latency_s: float) -> RingPlan:
    """The candidate ring with the least time for this message (first wins ties)."""
    times = [float(c.time_s(message_bytes, link_bandwidth_Bps, hop_latency_s)) for c in candidates]
    return candidates[int(np.argmin(times))]


def ring_allreduce_time_s(sites: Sequence[Node], message_bytes, link_bandwidth_Bps: float,
                          hop_latency_s: float):
    """Ring all-reduce time over `sites`: 2(t-1) steps, each max-link-load x chunk / bandwidth
    + longest step's hops x latency; the faster of the given and the greedy nearest-neighbour
    ring order is used, per message size (array-friendly). 0 for one site."""
    cands = ring_candidates(sites)
    times = [c.time_s(message_bytes, link_bandwidth_Bps, hop_latency_s) for c in cands]
    return np.minimum.reduce(times) if len(times) > 1 else times[0]


# ----------------------------------------------------------------------------- design glue
@dataclass(frozen=True)
class LinkParams:
    """Bandwidth of one link direction and the per-hop (mesh) or per-transfer (fabric) latency."""

    bandwidth_Bps: float
    latency_s: float


def instance_nodes(instance) -> list[Node]:
    """The nodes of a design instance, stage-major: its sites, or `'<id>#<k>'` device labels
    when it sits off the interposer."""
    if instance.sites:
        return [as_site(s) for s in instance.sites]
    return [f"{instance.id}#{k}" for k in range(instance.tp * instance.pp)]


def stage_nodes(instance) -> list[list[Node]]:
    """The instance's nodes per pipeline stage: stage s holds TP ranks 0..tp-1 in rank order."""
    nodes = instance_nodes(instance)
    return [nodes[s * instance.tp:(s + 1) * instance.tp] for s in range(instance.pp)]


def occupied_sites(design) -> frozenset:
    """Sites that hold a chiplet in the design."""
    return frozenset(as_site(s) for inst in design.instances for s in inst.sites)


def chiplet_by_name(problem, name: str):
    """The ChipletType called `name` in the problem's catalog."""
    for c in problem.chiplets:
        if c.name == name:
            return c
    raise KeyError(f"chiplet type {name!r} is not in the instance's chiplets "
                   f"{[c.name for c in problem.chiplets]}")


def link_params(problem, design, instances: Sequence) -> LinkParams:
    """Link parameters for traffic among the given design instances.

    All on the interposer: the package's link bandwidth (one direction), capped by each chiplet
    type's per-port D2D bandwidth (d2d_bandwidth_GBps / d2d_ports: a link cannot run faster than
    the PHYs at its ends), and the package's per-hop latency. Any instance off the interposer:
    the design's off-interposer fabric (e.g. NVLink), whose bandwidth defaults to the devices'
    aggregate d2d_bandwidth_GBps and latency to 0 when the design does not give them.
    """
    chips = [chiplet_by_name(problem, i.chiplet) for i in instances]
    if all(i.sites for i in instances):
        pkg = problem.instance.package
        bw_GBps = min([pkg.link_bandwidth_GBps] + [c.d2d_bandwidth_GBps / c.d2d_ports for c in chips])
        return LinkParams(bw_GBps * 1e9, pkg.link_latency_ns * 1e-9)
    bw = design.off_interposer_link_bandwidth_GBps
    bw_GBps = bw if bw else min(c.d2d_bandwidth_GBps for c in chips)
    return LinkParams(bw_GBps * 1e9, (design.off_interposer_link_latency_ns or 0.0) * 1e-9)


def node_d2d_pJ_per_bit(problem, design) -> dict[Node, float]:
    """Energy per bit per hop charged at each node of the design: the chiplet's D2D PHY energy
    plus the package's link (interposer wire) energy on the mesh; the device's own link energy
    only on an off-interposer fabric (the package's interposer is not involved)."""
    link_pJ = problem.instance.package.link_energy_pJ_per_bit
    out: dict[Node, float] = {}
    for inst in design.instances:
        pj = chiplet_by_name(problem, inst.chiplet).power.d2d_pJ_per_bit
        for node in instance_nodes(inst):
            out[node] = pj + (link_pJ if is_site(node) else 0.0)
    return out
