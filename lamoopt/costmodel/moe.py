"""Mixture-of-experts routing: how many distinct experts a batch of tokens touches.

Model (uniform independent top-k routing). Each of T tokens picks k distinct experts of E,
every expert with the same probability k/E, independently of the other tokens. An expert is
then untouched by all T tokens with probability (1 - k/E)^T, so the expected number of distinct
experts a MoE layer runs (and whose weights it reads from DRAM) is

    D(T) = E * (1 - (1 - k/E)^T),

D(1) = k (one token reads k experts), D(T) -> E as T grows (a large batch reads all experts);
D(T) <= min(E, k*T). The T*k token-expert assignments fill D(T) expert GEMMs of T*k/D(T) rows
each on average.

Error. Among routings whose tokens are independent and identically distributed, uniform routing
maximises the expected count: with per-token inclusion probabilities p_i (sum_i p_i = k),
E[D] = sum_i (1 - (1 - p_i)^T) is concave in p, so Jensen puts its maximum at p_i = k/E. Real
routers are skewed (popular experts) and tokens of one sequence are correlated, so real batches
touch fewer experts: the model overestimates the expert weights read, by at most
(D(T) - k) / D(T) of them (the truth lies in [k, D(T)] in expectation under i.i.d. routing;
correlated routing can only be bounded below by k). At batch 1 it is exact; the overestimate is
largest at mid-size batches (Mixtral, E = 8, k = 2: D(4) = 5.47 experts against >= 2).
Load imbalance among the touched experts changes no FLOPs and, in decode (all rows of an expert
GEMM in one SRAM tile), no DRAM traffic either.

Expert parallelism (EP, ep groups of the TP ranks, each group holding E/ep whole experts,
costmodel.dataflow.layer_gemms) divides the mean count per group: D_group(T) = (E/ep) * (1 -
(1 - k/E)^T). A layer waits for its busiest group, so timing needs the expected maximum over the
groups (expected_busiest_group_experts): each group's count is taken Binomial(E/ep, 1 - (1 -
k/E)^T), independent across groups (exact marginal means; it ignores that one token's k experts
are distinct), and floored by ceil(k/ep) (the k experts of any token put at least that many in
one group). Measured against a Monte Carlo of exact top-k routing (E = 8, k = 2 and E = 128,
k = 8; ep = 2, 4, 8; T = 1..64): within -2.5 % / +2.6 % (tests/test_costmodel_moe.py).
"""

from __future__ import annotations

import functools
import math

import numpy as np
from scipy.stats import binom


def expected_distinct_experts(num_experts: int, experts_per_token: int, tokens, ep: int = 1):
    """E/ep * (1 - (1 - k/E)^T): expected distinct experts per expert-parallel rank touched by
    T tokens under uniform independent top-k routing (module docstring; array-friendly in T)."""
    if not 0 < experts_per_token <= num_experts:
        raise ValueError(f"experts_per_token = {experts_per_token} must be in 1..num_experts = {num_experts}")
    if ep < 1 or num_experts % ep:
        raise ValueError(f"ep = {ep} must be a positive divisor of num_experts = {num_experts}")
    t = np.asarray(tokens, float)
    untouched = np.power(1.0 - experts_per_token / num_experts, t)
    return (num_experts / ep) * (1.0 - untouched)


def expected_busiest_group_experts(num_experts: int, experts_per_token: int, tokens: float, ep: int) -> float:
    """E[max over the ep expert groups of the distinct experts T tokens touch in the group]
    (module docstring: binomial groups, floored by ceil(k/ep)); ep = 1: D(T) itself. Cached (a
    pure function of its numbers, T read as a float either way; every chip type and tile of a
    model asks for the same ones)."""
    return _busiest_group_experts(int(num_experts), int(experts_per_token), float(tokens), int(ep))


@functools.lru_cache(maxsize=4096)
def _busiest_group_experts(num_experts: int, experts_per_token: int, tokens: float, ep: int) -> float:
    mean_one = float(expected_distinct_experts(num_experts, experts_per_token, tokens, ep))
    if ep == 1 or tokens <= 0:
        return mean_one
    n = num_experts // ep
    p = 1.0 - (1.0 - experts_per_token / num_experts) ** float(tokens)
    below = binom.cdf(np.arange(n), n, p)            # P(X <= x), x = 0..n-1
    busiest = float(np.sum(1.0 - below ** ep))       # E[max] = sum_x P(max > x)
    return max(busiest, float(math.ceil(experts_per_token / ep)))


def expected_remote_ranks(num_experts: int, experts_per_token: int, ep: int) -> float:
    """Expected number of the other ep - 1 expert-parallel ranks that hold at least one of a
    token's k experts, when each rank holds E/ep whole experts (data-parallel attention,
    costmodel.dataflow.dp_attention_gemms): the token's hidden vector is sent once to each such
    rank (dispatch) and one partial output comes back from it (combine).

    Uniform top-k routing picks k distinct experts of E; a given rank holds none of them with
    probability C(E - E/ep, k) / C(E, k) (hypergeometric, exact under the routing model), so

        remote ranks = (ep - 1) * (1 - C(E - E/ep, k) / C(E, k)).

    Mixtral (E = 8, k = 2) over ep = 4 ranks: 3 * (1 - C(6,2)/C(8,2)) = 3 * 13/28 = 1.393; a
    token's own rank is skipped (its experts run locally). Exact under the routing model; a real
    router's skew or correlation moves it within [0, min(k, ep - 1)] (a token's k experts can sit
    on at most k other ranks), which bounds the all-to-all volume of any routing."""
    if ep < 1 or num_experts % ep:
        raise ValueError(f"ep = {ep} must be a positive divisor of num_experts = {num_experts}")
    if ep == 1:
        return 0.0
    miss = math.comb(num_experts - num_experts // ep, experts_per_token) / math.comb(num_experts, experts_per_token)
    return (ep - 1) * (1.0 - miss)
