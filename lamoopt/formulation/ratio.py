"""Numbers the ratio objectives' Dinkelbach iterations need (objective.py: tokens/s per W or per
dollar): a lower bound of any design's denominator, which turns a dual bound of N - qD into a
bound of the ratio, and a starting ratio. Used by the MILP's iterations (solve.run) and the
count master's (count_master.py)."""

from __future__ import annotations

import math

from lamoopt.formulation.configs import InstanceClass, Tables
from lamoopt.formulation.objective import ObjectiveSense


def denominator_lower_bound(tables: Tables) -> float:
    """A valid lower bound on any design's ratio denominator (ObjectiveSense.denominator): two
    instances (one prefill, one decode; or one combined instance, which serves alone) of the
    class with the least counted power (activity: the
    static power at ambient; no chiplet is colder, so the model's static power is at least this,
    configs.Chip; design peak: peak_W) or the least unit cost (the NRE is not counted: >= 0)."""
    amb = tables.problem.instance.package.ambient_C
    sense = ObjectiveSense.of(tables.problem.instance)
    if sense.denominator == "cost":
        def per_chiplet(c: str) -> float: return tables.chips[c].spec.cost_usd
    elif sense.power == "activity":
        def per_chiplet(c: str) -> float: return tables.chips[c].static_floor_W(amb)
    else:
        def per_chiplet(c: str) -> float: return tables.chips[c].spec.power.peak_W
    def least(classes: list[InstanceClass]) -> float:
        return min((c.chiplets * per_chiplet(c.chip) for c in classes), default=math.inf)
    pair = 2.0 * least([c for c in tables.classes.values() if c.role != "combined"])
    single = least([c for c in tables.classes.values() if c.role == "combined"])   # serves alone
    return max(min(pair, single), 1e-6)


def dinkelbach_start(tables: Tables) -> float:
    """A starting ratio for Dinkelbach: 90% of the best tokens/s/W of a single prefill + decode
    instance pair at its capacity, ignoring placement, thermals and the budget. Any start
    converges (each iterate's ratio is a feasible design's, hence <= the optimum); a start near
    the optimum skips the expensive max-throughput-like first iterations."""
    best = 0.0
    pts = list(tables.points.values())
    by_cost = ObjectiveSense.of(tables.problem.instance).denominator == "cost"
    for p in (o for o in pts if o.role == "prefill"):
        for d in (o for o in pts if o.role == "decode"):
            lam = min(p.rho_cap * p.capacity_req_per_s, d.rho_cap * d.capacity_req_per_s)
            if by_cost:
                denominator = sum(tables.classes[o.cls].chiplets * tables.chips[o.chip].spec.cost_usd for o in (p, d))
            else:
                static = sum(tables.classes[o.cls].chiplets * tables.chips[o.chip].static_W for o in (p, d))
                (pj, pw), (dj, dw) = tables.dynamic_terms(p.key), tables.dynamic_terms(d.key)
                denominator = static + lam * (pj + dj) + pw + dw
            best = max(best, tables.tokens_per_req * lam / max(denominator, 1e-9))
    for c in (o for o in pts if o.role == "combined"):   # a combined instance serves alone
        lam = c.rho_cap * c.capacity_req_per_s
        n = tables.classes[c.cls].chiplets
        cj, cw = tables.dynamic_terms(c.key)
        denominator = n * (tables.chips[c.chip].spec.cost_usd if by_cost else tables.chips[c.chip].static_W) + (
            0.0 if by_cost else lam * cj + cw)
        best = max(best, tables.tokens_per_req * lam / max(denominator, 1e-9))
    return 0.9 * best
