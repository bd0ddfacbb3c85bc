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

Expert parallelism (ep ranks, each holding E/ep experts and receiving T*k/ep token-expert pairs
when balanced) divides the count per rank: D_rank(T) = (E/ep) * (1 - (1 - k/E)^T). The
all-to-all that dispatches tokens to their experts' ranks is not modelled here.
"""

from __future__ import annotations

import numpy as np


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
