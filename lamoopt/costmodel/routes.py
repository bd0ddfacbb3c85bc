"""Routes on the interposer mesh, shared by the model's prediction of a known design
(formulation.solution.design_kv_s) and the evaluator's network (evaluate.network): XY
(dimension-ordered) routes, a message split over parallel source -> destination flows, the
P->D KV flows by layer overlap, and the busiest link's share of a message. Routing is
accounting, not physics: both sides use this one definition."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

Site = tuple[int, int]
Link = tuple[Site, Site]


def as_site(node: Any) -> Any:
    """Normalise a [row, col] list (design format) to a (row, col) tuple; labels pass through."""
    return node if isinstance(node, str) else (int(node[0]), int(node[1]))


def xy_route(src: Site, dst: Site) -> list[Link]:
    """Directed links of the dimension-ordered XY route: columns first, then rows."""
    (r, c), (r2, c2) = as_site(src), as_site(dst)
    links: list[Link] = []
    step = 1 if c2 > c else -1
    while c != c2:
        links.append(((r, c), (r, c + step)))
        c += step
    step = 1 if r2 > r else -1
    while r != r2:
        links.append(((r, c), (r + step, c)))
        r += step
    return links


def pair_flows(src_nodes: Sequence[Any], dst_nodes: Sequence[Any], share: float = 1.0) -> list[tuple[Any, Any, float]]:
    """Split a message evenly over n = max(|src|, |dst|) parallel flows, pairing src[i % |src|]
    with dst[i % |dst|] (each source and each destination is used as evenly as possible)."""
    src, dst = [as_site(s) for s in src_nodes], [as_site(d) for d in dst_nodes]
    n = max(len(src), len(dst))
    return [(src[i % len(src)], dst[i % len(dst)], share / n) for i in range(n)] if src and dst else []


def kv_transfer_flows(p_layers: Sequence[int], p_stage_nodes: Sequence[Sequence[Any]], d_layers: Sequence[int],
                      d_stage_nodes: Sequence[Sequence[Any]], d_rank: int | None = None) -> list[tuple[Any, Any, float]]:
    """(src, dst, share) flows of one prompt's KV cache: each prefill stage sends the share of its
    layers that each decode stage holds (layer overlap / total layers), split over the TP ranks.
    Layers per stage and the nodes of each stage (stage-major) of the two instances. d_rank: a
    decode instance with data-parallel attention keeps a request's KV on one rank of each stage
    (costmodel.dp_attention), so only that rank's node receives."""
    if d_rank is not None:
        d_stage_nodes = [[nodes[d_rank]] for nodes in d_stage_nodes]
    lp = np.concatenate([[0], np.cumsum(p_layers)])
    ld = np.concatenate([[0], np.cumsum(d_layers)])
    total = lp[-1]
    flows = []
    for ps in range(len(p_stage_nodes)):
        for ds in range(len(d_stage_nodes)):
            overlap = min(lp[ps + 1], ld[ds + 1]) - max(lp[ps], ld[ds])
            if overlap > 0:
                flows += pair_flows(p_stage_nodes[ps], d_stage_nodes[ds], float(overlap / total))
    return flows


def busiest_link(flows: Iterable[tuple[Site, Site, float]]) -> tuple[float, int]:
    """(largest summed share on one directed link, longest route in hops) of flows between grid
    sites routed XY: a message's cut-through time is share x bytes / bandwidth + hops x latency."""
    share: dict[Link, float] = {}
    longest = 0
    for src, dst, w in flows:
        route = xy_route(src, dst)
        longest = max(longest, len(route))
        for link in route:
            share[link] = share.get(link, 0.0) + w
    return max(share.values(), default=0.0), longest
