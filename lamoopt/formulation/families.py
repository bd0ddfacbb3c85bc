"""The model's rows, each family written once, as a function of a *view* of the variables.

Three models are built from these functions:
- the MILP (build.py): the view hands out Pyomo variables, parameters and named expressions, and
  each family becomes one Pyomo constraint component of the same name;
- the fluid relaxation (fluid.py): instance counts continuous, placement summed out, every
  right-hand side scaled by the Charnes-Cooper variable t;
- the flow LP of a fixed layout (flow_lp.py): every integer variable fixed, so the rows that are
  left hold flows, the rate, dynamic shares and leakage; rows without variables are checked.

A row function returns a relation between expressions (`a <= b`, `a >= b`, `a == b`) or None
(no row at this index). It takes numbers through the view: `x.param(name)` for a right-hand
side (scaled by t in the fluid relaxation), `x.coef(name)` for a coefficient, `x.const(v)` for
a constant right-hand side. formulations/lamoopt_milp.md section 4 states the same mathematics
(tests/solve/test_formulation_doc.py checks the names); `FAMILIES` lists every family in build
order with what it limits in the instance's terms (what-if explanations read it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from lamoopt.formulation.configs import Chip, Tables
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.formulation.thermal_bound import ThermalBound

Expr = Any   # a Pyomo expression or component, a linear.LinExpr or a number


class CountView(Protocol):
    """What the rows over counts and flows may read (every model has these): the index sets
    `pools`, `chips` and `points(flow)`, the variables Count, Flow, Rate and TypeUsed, the named
    expressions Chiplets, PoolDynamic_W, Power_W and Cost_usd, and numbers: `param` a
    right-hand side (scaled by t in the fluid relaxation), `coef` a coefficient, `const` a
    constant right-hand side."""

    @property
    def tables(self) -> Tables: ...
    @property
    def n_sites(self) -> int: ...
    @property
    def pools(self) -> Sequence[tuple[str, str]]: ...
    @property
    def chips(self) -> Sequence[str]: ...

    def points(self, flow: str | None = None) -> Sequence[str]: ...
    def Count(self, o: str) -> Expr: ...
    def Flow(self, o: str) -> Expr: ...
    def Rate(self) -> Expr: ...
    def TypeUsed(self, c: str) -> Expr: ...
    def Chiplets(self, c: str) -> Expr: ...
    def PoolDynamic_W(self, c: str, r: str) -> Expr: ...
    def Power_W(self) -> Expr: ...
    def Cost_usd(self) -> Expr: ...
    def param(self, name: str, *index: Any) -> Expr: ...
    def coef(self, name: str, *index: Any) -> Expr: ...
    def const(self, value: float) -> Expr: ...


class View(CountView, Protocol):
    """A view with sites (the MILP, a fixed layout): `sites`, `thermal_sites(c)` the sites where
    chip type c may sit (the MILP) or sits (a fixed layout), the thermal model, the site
    variables Occupied, DynShare, DynLevel, LeakW and SitePower_W, and what the thermal rows
    read: Used (a point has an instance), DynHot (a pool's hottest chiplet), HotShare and
    HotSitePower_W."""

    @property
    def thermal(self) -> ThermalBound: ...
    @property
    def sites(self) -> Sequence[int]: ...

    def thermal_sites(self, chip: str) -> Sequence[int]: ...
    def Occupied(self, j: int, c: str, r: str) -> Expr: ...
    def DynShare(self, j: int, c: str, r: str) -> Expr: ...
    def DynLevel(self, c: str, r: str) -> Expr: ...
    def LeakW(self, j: int) -> Expr: ...
    def SitePower_W(self, j: int) -> Expr: ...
    def Used(self, o: str) -> Expr: ...
    def DynHot(self, c: str, r: str) -> Expr: ...
    def HotShare(self, j: int, c: str, r: str) -> Expr: ...
    def HotSitePower_W(self, j: int) -> Expr: ...
    def zmax_W(self, c: str, r: str) -> float: ...
    def max_instances(self, q: str) -> int: ...


def points_by_flow(tables: Tables, points: Sequence[str]) -> dict[str | None, list[str]]:
    """A view's points(flow): all of them (None) and those serving each flow (a combined point
    serves both, configs.FLOW_ROLES), in the given order."""
    pts = list(points)
    return {None: pts, **{f: [o for o in pts if tables.points[o].serves(f)] for f in ("prefill", "decode")}}


# ----------------------------------------------------------------------------- parameters
def parameter_values(tables: Tables, thermal: ThermalBound | None) -> dict[str, Any]:
    """The model's parameters (mutable in the MILP: what-if sweeps change them without
    rebuilding): power_budget_W, rate_req_per_s (lambda), ambient_C, rho_cap[o] (utilisation
    caps) and, with the thermal model, logic_limit_C[c] and dram_limit_C[c]."""
    pkg = tables.problem.instance.package
    out: dict[str, Any] = {"power_budget_W": pkg.power_budget_W, "rate_req_per_s": tables.problem.rate_req_per_s,
                           "ambient_C": pkg.ambient_C, "rho_cap": {o: p.rho_cap for o, p in tables.points.items()}}
    if thermal is not None:
        out.update(logic_limit_C=dict(thermal.logic_limit), dram_limit_C=dict(thermal.dram_limit))
    return out


def value_of(values: dict[str, Any], name: str, index: tuple[Any, ...]) -> float:
    """A parameter's value from parameter_values by name and index (a numeric view's param)."""
    v = values[name]
    return float(v[index if len(index) > 1 else index[0]] if index else v)


# ----------------------------------------------------------------------------- expressions
def pool_dynamic_W(x: CountView, c: str, r: str) -> Expr:
    """PoolDynamic_W[c,r] = sum_o Flow[o] * e_o + Count[o] * w_o over the pool's points
    (Tables.dynamic_terms: J per request and W per instance)."""
    t = x.tables
    own = [o for o in x.points() if (t.points[o].chip, t.points[o].role) == (c, r)]
    terms = {o: t.dynamic_terms(o) for o in own}
    return sum(x.Flow(o) * terms[o][0] + x.Count(o) * terms[o][1] for o in own)


def static_W(x: CountView, leakage_W: Expr) -> Expr:
    """Static_W = sum_c base_c Chiplets[c] + leakage (the MILP: sum_j LeakW[j]), base_c the static
    power that does not follow the logic temperature (configs.Chip)."""
    t = x.tables
    return sum(t.chips[c].base_static_W * x.Chiplets(c) for c in x.chips) + leakage_W


def dynamic_W(x: CountView) -> Expr:
    """Dynamic_W = sum over pools of PoolDynamic_W."""
    return sum(x.PoolDynamic_W(c, r) for (c, r) in x.pools)


def peak_power_W(x: CountView) -> Expr:
    """PeakPower_W = sum_c peak_c Chiplets[c]."""
    t = x.tables
    return sum(t.chips[c].spec.power.peak_W * x.Chiplets(c) for c in x.chips)


def needs_type_use(tables: Tables) -> bool:
    """Whether the model needs TypeUsed: an NRE to charge or a limit on the types."""
    prob = tables.problem
    return prob.instance.package.max_chiplet_types is not None or any(c.nre_usd > 0 for c in prob.chiplets)


def cost_usd(x: CountView) -> Expr:
    """Cost_usd = sum_c cost_c Chiplets[c] + sum_c (nre_c / V) TypeUsed[c]: the chiplet cost of
    one package, units plus the NRE share of the types used (V = production_volume_packages;
    the NRE term exists when needs_type_use)."""
    t = x.tables
    pkg = t.problem.instance.package
    specs = {c.name: c for c in t.problem.chiplets}
    units = sum(specs[c].cost_usd * x.Chiplets(c) for c in x.chips)
    if not needs_type_use(t):
        return units
    return units + sum(specs[c].nre_usd / pkg.production_volume_packages * x.TypeUsed(c) for c in x.chips)


def counted_power_W(x: CountView, power: Expr, peak: Expr) -> Expr:
    """CountedPower_W: the activity Power_W or the design PeakPower_W (objective.power)."""
    return power if ObjectiveSense.of(x.tables.problem.instance).power == "activity" else peak


def ratio_denominator(x: CountView, counted_power: Expr, cost: Expr) -> Expr:
    """The ratio objectives' denominator: Cost_usd (per dollar) or CountedPower_W."""
    return cost if ObjectiveSense.of(x.tables.problem.instance).denominator == "cost" else counted_power


def leak_floor_coefs(ch: Chip, self_rise_K_per_W: float, ambient_C: Expr) -> tuple[Expr, float]:
    """(leakage of an occupied site per unit of Occupied, per W of its dynamic share) in
    LeakageFloor: (leak_c(ambient) + beta_c Rm sf_c, beta_c Rm), Rm the site's self-heating in K
    per W and sf_c = base_c + leak_c(ambient) the chiplet's static floor (Chip.static_floor_W)."""
    beta = ch.leak_slope_W_per_K
    leak_amb = ch.leak_from_W + beta * (ambient_C - ch.leak_from_C)
    return leak_amb + beta * self_rise_K_per_W * (ch.base_static_W + leak_amb), beta * self_rise_K_per_W


# ----------------------------------------------------------------------------- rows
def occupied_def(x: View, j: int, c: str, r: str) -> Expr:
    """OccupiedDef[j,c,r]: Occupied[j,c,r] = sum of Place[s] over the site sets s of pool (c,r)
    covering j. (MILP only: the other models have no site sets.)"""
    return x.Occupied(j, c, r) == sum(x.Place(s) for s in x.pool_sets_at_site(j, c, r))   # type: ignore[attr-defined]


def type_use(x: CountView, c: str) -> Expr:
    """TypeUse[c]: Chiplets[c] <= |SITES| TypeUsed[c] (a type with a chiplet is used; a used type
    with none only costs more, so no optimum sets it without need)."""
    return x.Chiplets(c) <= x.n_sites * x.TypeUsed(c)


def site_power(x: View, j: int, share: Callable[[int, str, str], Expr]) -> Expr:
    """sum_{c,r} base_c Occupied[j,c,r] + share[j,c,r] + LeakW[j]: the power at site j with the
    pools' dynamic power at j given by share (DynShare or HotShare)."""
    t = x.tables
    return sum(t.chips[c].base_static_W * x.Occupied(j, c, r) + share(j, c, r) for (c, r) in x.pools) + x.LeakW(j)


def site_power_def(x: View, j: int) -> Expr:
    """SitePowerDef[j]: SitePower_W[j] = sum_{c,r} base_c Occupied[j,c,r] + DynShare[j,c,r] + LeakW[j]."""
    return x.SitePower_W(j) == site_power(x, j, x.DynShare)


def hot_site_power_def(x: View, j: int) -> Expr:
    """HotSitePowerDef[j]: HotSitePower_W[j] = sum_{c,r} base_c Occupied[j,c,r] + HotShare[j,c,r]
    + LeakW[j]: SitePower_W with every chiplet of a pool at the pool's hottest dynamic power
    (DynHot: PointHot, HotLevel, HotFloor); what the Thermal rows read."""
    return x.HotSitePower_W(j) == site_power(x, j, x.HotShare)


def kind_link(x: View, k: int) -> Expr:
    """KindLink[k]: sum_{s in kind k} Place[s] = sum_{q in kind k} Assign[k,q]: every placed site set
    runs exactly one class. Exact: the sets of a kind are tiles of the same classes, so any
    Assign is realised by handing the kind's placed sets to its classes in order
    (solve.run.extract_choice). (MILP only.)"""
    return (sum(x.Place(s) for s in x.kind_sets(k))   # type: ignore[attr-defined]
            == sum(x.Assign(k, q) for q in x.kind_classes(k)))   # type: ignore[attr-defined]


def tile_count_link(x: CountView, q: str) -> Expr:
    """TileCountLink[q]: sum_{k containing q} Assign[k,q] = sum_{o in POINTS(q)} Count[o]: every
    instance has a placed site set. (MILP only.)"""
    t = x.tables
    return (sum(x.Assign(k, q) for k in x.kinds_of(q))   # type: ignore[attr-defined]
            == sum(x.Count(o) for o in x.points() if t.points[o].cls == q))


def site_packing(x: View, j: int) -> Expr:
    """SitePacking[j]: sum_{c,r} Occupied[j,c,r] <= 1: at most one chiplet per site."""
    return sum(x.Occupied(j, c, r) for (c, r) in x.pools) <= 1


def site_total(x: CountView) -> Expr:
    """SiteTotal: sum_o tp_o pp_o Count[o] <= |SITES|: the chiplets of all instances fit the grid.
    Implied by SitePacking and the links (summed over sites); stated over the integer counts so
    HiGHS can derive knapsack cover cuts from it, which the per-site rows hide behind the placement."""
    t = x.tables
    return sum(t.classes[t.points[o].cls].chiplets * x.Count(o) for o in x.points()) <= x.const(x.n_sites)


def instances_per_role(x: CountView, r: str) -> Expr:
    """InstancesPerRole[r]: sum_{o in POINTS(r)} Count[o] >= 1 for r in {prefill, decode}: a design
    serves requests, so it has a prefill and a decode instance (implied by Rate >= lambda > 0 in
    the integers; stated because the LP relaxation would otherwise run a sliver of one instance).
    A combined instance counts for both (it serves both flows, configs.FLOW_ROLES)."""
    return sum(x.Count(o) for o in x.points(r)) >= x.const(1)


def role_pairing(x: CountView, r: str) -> Expr | None:
    """RolePairing[r] (with combined points): a design with a prefill instance has a decode
    instance and vice versa (the design format's rule, design.Design: prefill and decode, or
    combined only), sum_{o prefill} Count[o] <= N sum_{o decode} Count[o] and the same the other
    way round (N = |SITES| bounds any count; without combined points InstancesPerRole implies both)."""
    t = x.tables
    own = {f: [o for o in x.points() if t.points[o].role == f] for f in ("prefill", "decode")}
    if not own[r]:
        return None
    other = own["decode" if r == "prefill" else "prefill"]
    return sum(x.Count(o) for o in own[r]) <= x.n_sites * sum(x.Count(o) for o in other)


def prefill_flow(x: CountView) -> Expr:
    """PrefillFlow: sum_{o prefill} Flow[o] = Rate: every request is prefilled once (a combined
    point's flow is in this sum and in DecodeFlow's: it does both)."""
    return sum(x.Flow(o) for o in x.points("prefill")) == x.Rate()


def decode_flow(x: CountView) -> Expr:
    """DecodeFlow: sum_{o decode} Flow[o] = Rate: every request is decoded once."""
    return sum(x.Flow(o) for o in x.points("decode")) == x.Rate()


def capacity(x: CountView, o: str) -> Expr:
    """Capacity[o]: Flow[o] <= rho_cap[o] * mu[o] * Count[o]: utilisation of every instance stays
    under the cap that meets the TTFT/TPOT targets (queueing.py), so latency targets hold."""
    return x.Flow(o) <= x.coef("rho_cap", o) * x.tables.points[o].capacity_req_per_s * x.Count(o)


def kv_link_points(x: CountView) -> list[str]:
    return [o for o in x.points() if x.tables.points[o].sends_kv]


def kv_links(x: CountView, o: str) -> Expr:
    """KvLinks[o]: Flow[o] * kv_bytes <= link_util_cap * link_bw * tp*pp * Count[o]: the P->D KV
    stream of an instance fits the D2D links of its chiplets (one port each; egress for prefill,
    ingress for decode). None for combined points: their KV stays put."""
    t = x.tables
    pkg, search = t.problem.instance.package, t.problem.instance.search
    link_Bps = pkg.link_bandwidth_GBps * 1e9 * search.link_utilisation_cap
    chiplets = t.classes[t.points[o].cls].chiplets
    return x.Flow(o) * (t.kv_bytes_per_req / 1e9) <= (link_Bps / 1e9) * chiplets * x.Count(o)


def rate_target(x: CountView) -> Expr:
    """RateTarget: Rate = lambda (objectives judged at the arrival rate) or Rate >= lambda (at a
    saturated rate), formulation/objective.py."""
    if ObjectiveSense.of(x.tables.problem.instance).fixed_rate:
        return x.Rate() == x.param("rate_req_per_s")
    return x.Rate() >= x.param("rate_req_per_s")


def power_budget(x: CountView) -> Expr:
    """PowerBudget: Static_W + Dynamic_W <= power budget. Static power: base (refresh at the DRAM
    limit) plus leakage at the design's own temperatures (Leakage)."""
    return x.Power_W() <= x.param("power_budget_W")


def share_level(x: View, j: int, c: str, r: str) -> Expr:
    """Equal sharing of a pool's dynamic power among its chiplets, exactly linearised by ShareLevel,
    ShareOccupied, ShareFloor and ShareSum; with Occupied binary, DynShare = DynLevel on occupied
    sites and 0 elsewhere. ShareLevel[j,c,r]: DynShare[j,c,r] <= DynLevel[c,r]."""
    return x.DynShare(j, c, r) <= x.DynLevel(c, r)


def share_occupied(x: View, j: int, c: str, r: str) -> Expr:
    """ShareOccupied[j,c,r]: DynShare[j,c,r] <= zmax_cr Occupied[j,c,r]."""
    return x.DynShare(j, c, r) <= x.zmax_W(c, r) * x.Occupied(j, c, r)


def share_floor(x: View, j: int, c: str, r: str) -> Expr:
    """ShareFloor[j,c,r]: DynShare[j,c,r] >= DynLevel[c,r] - zmax_cr (1 - Occupied[j,c,r])."""
    return x.DynShare(j, c, r) >= x.DynLevel(c, r) - x.zmax_W(c, r) * (1 - x.Occupied(j, c, r))


def share_sum(x: View, c: str, r: str) -> Expr:
    """ShareSum[c,r]: sum_j DynShare[j,c,r] = PoolDynamic_W[c,r]."""
    return sum(x.DynShare(j, c, r) for j in x.sites) == x.PoolDynamic_W(c, r)


def hot_points(x: View) -> list[str]:
    """The points of the pools that hold two or more points (of x.points()): only there may a
    pool's chiplets differ in dynamic power, and PointHot has rows."""
    t = x.tables
    pool_of = {o: (t.points[o].chip, t.points[o].role) for o in x.points()}
    n = {pl: sum(1 for q in pool_of.values() if q == pl) for pl in set(pool_of.values())}
    return [o for o in x.points() if n[pool_of[o]] >= 2 and pool_of[o] in x.pools]


def used_points(x: View) -> list[str]:
    """The points with a Used variable in the rows: every point for the min-latency objective
    (its epigraph reads Used), else those of PointHot."""
    return list(x.points()) if x.tables.problem.instance.objective.kind == "min_latency" else hot_points(x)


def point_hot(x: View, o: str) -> Expr:
    """PointHot[o] (points of pools with two or more points): the pool's hottest chiplet is at
    least as hot as a chiplet of o's instances,
      DynHot[c,r] >= (e_o Flow[o] + w_o Count[o]) / ch_o - (Count[o] - Used[o]) z_o,
    (e_o, w_o) o's power line (Tables.dynamic_terms), ch_o = tp*pp its chiplets per instance,
    z_o its largest per-chiplet dynamic power over [0, cap] (Tables.peak_dynamic_per_chiplet_W).
    An instance of o draws p_o = (e_o Flow[o] / Count[o] + w_o) / ch_o per chiplet (to_design
    splits o's flow equally over its instances), and p_o <= z_o. Count = 0: Flow = 0 (Capacity),
    the right side is z_o Used[o], void with Used = 0 (a larger Used only tightens, so no optimum
    needs it); Count = n >= 1 forces Used = 1 (UsedLink) and the right side is n p_o - (n-1) z_o:
    exactly p_o for n = 1, valid but weak for n >= 2 (HotLevel covers a pool of one point exactly)."""
    t = x.tables
    op = t.points[o]
    per_req_J, per_inst_W = t.dynamic_terms(o)
    ch = t.classes[op.cls].chiplets
    z = t.peak_dynamic_per_chiplet_W(o)
    return (x.DynHot(op.chip, op.role)
            >= (per_req_J / ch) * x.Flow(o) + (per_inst_W / ch - z) * x.Count(o) + z * x.Used(o))


def hot_level(x: View, c: str, r: str) -> Expr:
    """HotLevel[c,r]: DynHot[c,r] >= DynLevel[c,r] (the hottest chiplet is at least the pool's
    mean: exact for a pool of one point, whose instances all draw DynLevel)."""
    return x.DynHot(c, r) >= x.DynLevel(c, r)


def hot_floor(x: View, j: int, c: str, r: str) -> Expr:
    """HotFloor[j,c,r]: HotShare[j,c,r] >= DynHot[c,r] - zmax_cr (1 - Occupied[j,c,r]): an occupied
    site of the pool carries at least the pool's hottest dynamic power in the Thermal rows. Only
    lower bounds are needed: HotShare is read by the Thermal rows alone, where more power only
    tightens, so the least HotShare is DynHot * Occupied exactly (Occupied binary). The valid
    inequality HotShare >= DynShare (the LP relaxation's thermal rows never weaker than on the
    pool sums) is not stated: HiGHS solved slower with it (formulations/lamoopt_milp.md, 8a)."""
    return x.HotShare(j, c, r) >= x.DynHot(c, r) - x.zmax_W(c, r) * (1 - x.Occupied(j, c, r))


def _here(x: View, j: int, c: str) -> Expr:
    """sum_r Occupied[j,c,r]: chip type c sits at j."""
    return sum(x.Occupied(j, cc, r) for (cc, r) in x.pools if cc == c)


def _weighted_site_power(R: np.ndarray, power: Callable[[int], Expr]) -> Expr:
    """sum_i R[i] power[i] over the sites with R[i] > 0 (in site order; R has one entry per site
    of the grid, as x.sites; power SitePower_W or HotSitePower_W)."""
    nz = np.flatnonzero(R > 0).tolist()
    coefs = R[nz].tolist()
    return sum(c * power(i) for i, c in zip(nz, coefs, strict=True))


def thermal_index(x: View) -> list[tuple[str, str, int, int]]:
    th = x.thermal
    return [(c, kind, j, k) for c in x.chips for j in x.thermal_sites(c)
            for kind in ("logic", "dram") for k in range(len(th.rows(c, kind, j)))]


def thermal(x: View, c: str, kind: str, j: int, k: int) -> Expr:
    """Thermal[c,kind,j,k]: per site j, chip type c placed there, limit kind (logic, DRAM) and
    candidate hot cell k:
    ambient_C + sum_i R_c[j][k,i] * HotSitePower_W[i] <= limit_c + M_jck * (1 - sum_r Occupied[j,c,r]),
    with R_c the cell influence rows of thermal_bound.py (exact peak for a uniform layout, all
    power injected at the logic die). HotSitePower_W puts every chiplet of a pool at the pool's
    hottest per-chiplet dynamic power (DynHot): the own instance's power where the pool has one
    point (or one instance per point), an upper bound for the cooler instances of a mixed pool.
    M_jck = ambient + sum_i R_c[j][k,i] * P_max - limit makes the row void when c is not at j;
    it is written with the mutable ambient and limit, so it stays valid when a what-if changes
    them."""
    th = x.thermal
    R = th.rows(c, kind, j)[k]
    limit = x.param("logic_limit_C" if kind == "logic" else "dram_limit_C", c)
    amb = x.param("ambient_C")
    rise_max = float(np.dot(R, th.max_site_power_W))
    return (amb + _weighted_site_power(R, x.HotSitePower_W)
            <= limit + (amb + rise_max - limit) * (1 - _here(x, j, c)))


def leak_index(x: View) -> list[tuple[str, int]]:
    return [(c, j) for c in x.chips for j in x.thermal_sites(c)]


def leakage(x: View, c: str, j: int) -> Expr:
    """Leakage[c,j]: leakage at the temperature the design reaches. For each site j and chip type
    c that may sit there, with here = sum_r Occupied[j,c,r] and Theta_j = ambient_C + sum_i
    Rm_c[j,i] * SitePower_W[i] the logic layer's mean temperature (thermal_bound.mean_rows, all
    power at the logic die: conservative):
      LeakW[j] >= leak_c(T0) * here + beta_c (Theta_j - T0) - beta_c (ambient_C - T0 + sum_i Rm_c[j,i] Pmax_i) (1 - here),
    leak_c(T0) + beta_c (T - T0) the chord of the convex leakage law from T0 = configs.
    LEAKAGE_CHORD_FROM_C to the logic limit: an upper bound of leakage at every temperature the
    thermal rows allow (error <= the chord's gap, formulations/lamoopt_milp.md). The row is void
    where c is not at j. LeakW enters SitePower_W, so Theta_j includes the leakage itself: the
    rows' least solution is the fixed point of leakage and temperature under the chord."""
    t, th = x.tables, x.thermal
    ch, R = t.chips[c], th.mean_rows[c][j]
    beta = ch.leak_slope_W_per_K
    here = _here(x, j, c)
    amb = x.param("ambient_C")
    rise = _weighted_site_power(R, x.SitePower_W)
    rise_max = float(np.dot(R, th.max_site_power_W))
    return x.LeakW(j) >= (ch.leak_from_W * here + beta * (amb - ch.leak_from_C + rise)
                          - beta * (amb - ch.leak_from_C + rise_max) * (1 - here))


def leakage_floor(x: View, j: int) -> Expr | None:
    """LeakageFloor[j], a valid inequality (implied by Leakage at every integer point, so no design
    is cut off) that holds without the big-M: per site j, with here_cj = sum_r Occupied[j,c,r],
      LeakW[j] >= sum_c [ (leak_c(ambient_C) + beta_c Rm_c[j,j] sf_c) here_cj
                          + beta_c Rm_c[j,j] sum_r DynShare[j,c,r] ],
    sf_c = base_c + leak_c(ambient_C) the chiplet's static floor (Chip.static_floor_W).
    Derivation, c at j: Theta_j >= ambient_C + Rm_c[j,j] SitePower_W[j] (Rm >= 0, powers >= 0),
    SitePower_W[j] = base_c + DynShare + LeakW[j] and LeakW[j] >= leak_c(Theta_j) >= leak_c(ambient_C)
    (the chord rises with T and no site is colder than ambient), so LeakW[j] >= leak_c(ambient_C +
    Rm_c[j,j] (sf_c + DynShare)); c not at j: the right side is 0 (DynShare <= zmax Occupied).
    Leakage's own row gives its chiplet little leakage where Occupied is fractional; this one
    scales with Occupied, which lifts the LP bound (formulations/lamoopt_milp.md, 9b)."""
    t, th = x.tables, x.thermal
    terms = []
    for c in x.chips:
        if j not in x.thermal_sites(c):
            continue
        per_site, per_W = leak_floor_coefs(t.chips[c], float(th.mean_rows[c][j][j]), x.coef("ambient_C"))
        terms += [per_site * x.Occupied(j, c, r) + per_W * x.DynShare(j, c, r) for (cc, r) in x.pools if cc == c]
    return x.LeakW(j) >= sum(terms) if terms else None


def area_limit(x: CountView) -> Expr:
    """AreaLimit: sum_c area_c Chiplets[c] <= package.area_limit_mm2."""
    specs = {c.name: c for c in x.tables.problem.chiplets}
    limit = x.tables.problem.instance.package.area_limit_mm2
    assert limit is not None   # (the family exists only with a limit)
    return sum(specs[c].area_mm2 * x.Chiplets(c) for c in x.chips) <= x.const(limit)


def cost_limit(x: CountView) -> Expr:
    """CostLimit: Cost_usd <= package.cost_limit_usd."""
    limit = x.tables.problem.instance.package.cost_limit_usd
    assert limit is not None   # (the family exists only with a limit)
    return x.Cost_usd() <= x.const(limit)


def max_count(x: CountView, c: str) -> Expr:
    """MaxCount[c]: Chiplets[c] <= chiplets[c].max_count."""
    cap = x.tables.chips[c].spec.max_count
    assert cap is not None   # (rows only for capped types)
    return x.Chiplets(c) <= x.const(cap)


def type_limit(x: CountView) -> Expr:
    """TypeLimit: sum_c TypeUsed[c] <= package.max_chiplet_types."""
    limit = x.tables.problem.instance.package.max_chiplet_types
    assert limit is not None   # (the family exists only with a limit)
    return sum(x.TypeUsed(c) for c in x.chips) <= x.const(limit)


def mirror_sides(x: View, axis: str) -> list[tuple[int, int]]:
    """(site, side) with side +1 / -1 for the first / second half of the grid along axis
    ('lr': columns, 'tb': rows); sites on the middle line are left out."""
    pkg = x.tables.problem.instance.package
    n = pkg.grid_cols if axis == "lr" else pkg.grid_rows

    def side(v: int) -> int:
        return 1 if v < (n - 1) / 2 else (-1 if v > (n - 1) / 2 else 0)
    out = []
    for j in x.sites:
        r, c = divmod(j, pkg.grid_cols)
        s = side(c if axis == "lr" else r)
        if s:
            out.append((j, s))
    return out


def _mirror(x: View, axis: str) -> Expr:
    weight = {pl: 1.0 + k for k, pl in enumerate(x.pools)}
    return sum(s * sum(weight[pl] * x.Occupied(j, pl[0], pl[1]) for pl in x.pools)
               for j, s in mirror_sides(x, axis)) >= 0


def mirror_left_right(x: View) -> Expr:
    """The package is mirror-symmetric left-right and top-bottom (uniform grid, symmetric
    conduction model, tile candidates closed under mirroring), so every design has mirror images
    with the same objective. Keep one: with w_cr = 1 + index of pool (c, r),
    MirrorLeftRight: sum_j side_lr(j) * sum_{c,r} w_cr * Occupied[j,c,r] >= 0 (left half at least
    as loaded), MirrorTopBottom the same for the top half; side = +1 / -1 / 0 for the first half /
    second half / middle line. The two mirrors commute, so flipping a design left-right and then
    top-bottom satisfies both: no optimum is lost."""
    return _mirror(x, "lr")


def mirror_top_bottom(x: View) -> Expr:
    """MirrorTopBottom: see mirror_left_right."""
    return _mirror(x, "tb")


def used_link(x: View, o: str) -> Expr:
    """UsedLink[o]: Count[o] <= N_q Used[o] (Used binary, N_q the instances class q may have): a
    point with an instance is used (PointHot, and the min-latency objective's epigraph)."""
    return x.Count(o) <= x.max_instances(x.tables.points[o].cls) * x.Used(o)


def ttft_epi(x: View, o: str) -> Expr:
    """TtftEpi[o]: TtftMax_ms >= ttft[o] * Used[o] (prefill points)."""
    return x.TtftMax_ms() >= x.tables.points[o].latency_ms * x.Used(o)   # type: ignore[attr-defined]


def tpot_epi(x: View, o: str) -> Expr:
    """TpotEpi[o]: TpotMax_ms >= tpot[o] * Used[o] (decode points)."""
    return x.TpotMax_ms() >= x.tables.points[o].latency_ms * x.Used(o)   # type: ignore[attr-defined]


def rows_in(family: Family, x: CountView) -> Iterator[tuple[Any, Any]]:
    """(index, row) of a family in a numeric view (fluid.py, flow_lp.py): a row is a linear.Row,
    or a bool where no variable is left (a fixed layout's count rows)."""
    index = family.index(x)
    if index is None:
        return
    for i in index:
        row = family.rule(x, *(i if isinstance(i, tuple) else (i,)))
        if row is not None:
            yield i, row


# ----------------------------------------------------------------------------- the registry
SCALAR: tuple[tuple[()]] = ((),)   # the index of a family with a single row


def _when(flag: Callable[[View], bool], index: Callable[[View], Iterable[Any]]) -> Callable[[View], Iterable[Any] | None]:
    return lambda x: index(x) if flag(x) else None


def _package(field: str) -> Callable[[View], bool]:
    return lambda x: getattr(x.tables.problem.instance.package, field) is not None


@dataclass(frozen=True)
class Family:
    """A row family: its name (the Pyomo component, the rows' name in the other models and in
    formulations/lamoopt_milp.md section 4), its index set in a view (SCALAR: one row; None:
    the family is absent for this instance), the row function (its docstring holds the maths)
    and what the rows stand for in the instance's terms (what-if explanations name an
    infeasible row's family by it)."""

    name: str
    index: Callable[[Any], Iterable[Any] | None]
    rule: Callable[..., Expr | None]
    meaning: str
    pyomo_only: bool = False   # rows over placement variables (site sets, kinds): only the MILP has them
    pyomo_set: tuple[str, int] | None = None   # (name, dimension) of the Pyomo Set the index becomes
    over_counts: bool = False  # rows over integer decisions only (counts, occupancy, types): constant in a fixed layout


_SHARE = "dynamic power per chiplet at full utilisation (chiplet throughput)"
_HOT = ("temperature limits (chiplets[].thermal.*_temp_limit_C above package.ambient_C) at the hottest "
        "instance of a pool")
_LEAK = "leakage at the temperatures reached (chiplets[].power)"
_GRID = "grid size (package.grid_rows x grid_cols)"
_LIMITS = ("area, cost, per-type and type-count limits (package.area_limit_mm2, package.cost_limit_usd, "
           "chiplets[].max_count, package.max_chiplet_types)")
_ROLES = ("prefill", "decode")

# every row family of the model, in build order (build.build_model); the definitions of site
# occupancy, type use and site power are built with the expressions that use them
FAMILIES = (
    Family("OccupiedDef", lambda x: [(j, c, r) for j in x.sites for (c, r) in x.pools], occupied_def,
           "definitions of site occupancy and site power", pyomo_only=True),
    Family("TypeUse", _when(lambda x: needs_type_use(x.tables), lambda x: x.chips), type_use,
           "a chiplet type in use counts against the type limit and carries its NRE", over_counts=True),
    Family("SitePowerDef", lambda x: x.sites, site_power_def, "definitions of site occupancy and site power"),
    Family("HotSitePowerDef", lambda x: x.sites, hot_site_power_def, "definitions of site occupancy and site power"),
    Family("KindLink", lambda x: x.kinds, kind_link, "instances need tiles on the grid", pyomo_only=True),
    Family("TileCountLink", lambda x: x.classes, tile_count_link, "instances need tiles on the grid",
           pyomo_only=True),
    Family("SitePacking", lambda x: x.sites, site_packing, _GRID, over_counts=True),
    Family("SiteTotal", lambda x: SCALAR, site_total, _GRID, over_counts=True),
    Family("InstancesPerRole", lambda x: _ROLES, instances_per_role,
           "at least one prefill and one decode instance (or a combined one)", over_counts=True),
    Family("RolePairing", _when(lambda x: any(p.role == "combined" for p in x.tables.points.values()),
                                lambda x: _ROLES), role_pairing,
           "at least one prefill and one decode instance (or a combined one)", over_counts=True),
    Family("PrefillFlow", lambda x: SCALAR, prefill_flow, "every request is prefilled and decoded"),
    Family("DecodeFlow", lambda x: SCALAR, decode_flow, "every request is prefilled and decoded"),
    Family("Capacity", lambda x: x.points(), capacity,
           "utilisation caps of the latency targets (workload.targets, search.max_utilisation)"),
    Family("KvLinks", kv_link_points, kv_links, "D2D link bandwidth for the KV stream (package.link_bandwidth_GBps)"),
    Family("RateTarget", lambda x: SCALAR, rate_target, "arrival rate (workload.arrival_rate_req_per_s)"),
    Family("PowerBudget", lambda x: SCALAR, power_budget, "power budget (package.power_budget_W)"),
    Family("ShareLevel", lambda x: [(j, c, r) for j in x.sites for (c, r) in x.pools], share_level, _SHARE),
    Family("ShareOccupied", lambda x: [(j, c, r) for j in x.sites for (c, r) in x.pools], share_occupied, _SHARE),
    Family("ShareFloor", lambda x: [(j, c, r) for j in x.sites for (c, r) in x.pools], share_floor, _SHARE),
    Family("ShareSum", lambda x: x.pools, share_sum, _SHARE),
    Family("UsedLink", used_points, used_link, "a point with an instance is used", over_counts=True),
    Family("PointHot", hot_points, point_hot, _HOT),
    Family("HotLevel", lambda x: x.pools, hot_level, _HOT),
    Family("HotFloor", lambda x: [(j, c, r) for j in x.sites for (c, r) in x.pools], hot_floor, _HOT),
    Family("Thermal", thermal_index, thermal,
           "temperature limits (chiplets[].thermal.*_temp_limit_C above package.ambient_C)",
           pyomo_set=("THERMAL_ROWS", 4)),
    Family("Leakage", leak_index, leakage, _LEAK, pyomo_set=("LEAK_ROWS", 2)),
    Family("LeakageFloor", lambda x: x.sites, leakage_floor, _LEAK),
    Family("AreaLimit", _when(_package("area_limit_mm2"), lambda x: SCALAR), area_limit, _LIMITS, over_counts=True),
    Family("CostLimit", _when(_package("cost_limit_usd"), lambda x: SCALAR), cost_limit, _LIMITS, over_counts=True),
    Family("MaxCount", lambda x: [c for c in x.chips if x.tables.chips[c].spec.max_count is not None],
           max_count, _LIMITS, over_counts=True),
    Family("TypeLimit", _when(_package("max_chiplet_types"), lambda x: SCALAR), type_limit, _LIMITS, over_counts=True),
    Family("MirrorLeftRight", _when(lambda x: bool(mirror_sides(x, "lr")), lambda x: SCALAR), mirror_left_right,
           "mirror symmetry (keeps one of each mirror image: no optimum lost)", pyomo_only=True),
    Family("MirrorTopBottom", _when(lambda x: bool(mirror_sides(x, "tb")), lambda x: SCALAR), mirror_top_bottom,
           "mirror symmetry (keeps one of each mirror image: no optimum lost)", pyomo_only=True),
    Family("TtftEpi", lambda x: x.points("prefill"), ttft_epi, "latency levels of the min-latency objective",
           pyomo_only=True),
    Family("TpotEpi", lambda x: x.points("decode"), tpot_epi, "latency levels of the min-latency objective",
           pyomo_only=True),
)
BY_NAME = {f.name: f for f in FAMILIES}
ROW_MEANINGS = {f.name: f.meaning for f in FAMILIES}
LATENCY_EPIGRAPH = ("TtftEpi", "TpotEpi")   # built for the min-latency objective only
