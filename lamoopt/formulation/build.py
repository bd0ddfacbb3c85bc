"""The MILP: one Pyomo model over tiles (placement), instance counts per operating point,
request flows, power and per-site temperatures. `build_model` calls one define_* function per
family in a fixed order; formulations/lamoopt_milp.md states the same mathematics.

Naming (Switch-style): SETS upper case, params lower_snake with a unit suffix, Vars CamelCase.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import pyomo.environ as pyo

from lamoopt.formulation.configs import OperatingPoint, Tables
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.formulation.thermal_bound import ThermalBound


@dataclass(kw_only=True)
class ModelData:
    """Index structures derived once from the tables (shared with predict/enumerate).

    Placement is modelled per pool (chip, role) and site set, not per (class, tile): the same
    site set is a tile of several classes (every TP x PP factorisation of its size, each with the
    set's best ordering), so Place[s] says "pool (c, r) holds an instance on site set s" and the
    class is chosen by counting. Site sets of a pool that are tiles of exactly the same classes
    form a kind; within a kind the sets are interchangeable for the class choice, so
    Assign[k, q] (how many placed sets of kind k run class q) is all the class choice needs.
    """

    tables: Tables
    thermal: ThermalBound
    sites: list[tuple[int, int]]
    pools: list[tuple[str, str]]                       # (chip, role)
    tile_keys: list[tuple[str, int]]                   # (class key, tile index)
    set_pool: list[tuple[str, str]]                    # per site set s: its pool
    set_sites: list[tuple[int, ...]]                   # per site set s: site indices, sorted
    set_kind: list[int]                                # per site set s: its kind
    kind_classes: list[tuple[str, ...]]                # per kind: the classes its sets are tiles of
    tile_of: dict[tuple[str, int], int]                # (class, site set s) -> tile index in the class
    pool_sets_at_site: dict[tuple[int, str, str], list[int]]   # (site j, chip, role) -> site sets
    zmax_W: dict[tuple[str, str], float]               # per-chiplet dynamic power bound of a pool
    max_instances: dict[str, int]

    @cached_property
    def kind_sets(self) -> list[list[int]]:
        """Per kind: its site sets."""
        out: list[list[int]] = [[] for _ in self.kind_classes]
        for s, k in enumerate(self.set_kind):
            out[k].append(s)
        return out

    @property
    def assign_keys(self) -> list[tuple[int, str]]:
        return [(k, q) for k, qs in enumerate(self.kind_classes) for q in qs]

    def kind_size(self, k: int) -> int:
        return self.tables.classes[self.kind_classes[k][0]].chiplets


def pool_zmax_W(tables: Tables, pool: tuple[str, str]) -> float:
    """Upper bound on the dynamic power of one chiplet of pool (chip, role): the largest, over
    the pool's points, of (rho_cap * mu * J per request + W per instance) / chiplets, i.e. the
    point's dynamic power at its utilisation cap (Tables.dynamic_terms), spread over its chiplets."""
    def per_chiplet(o: OperatingPoint) -> float:
        per_req_J, per_inst_W = tables.dynamic_terms(o.key)
        return (o.rho_cap * o.capacity_req_per_s * per_req_J + per_inst_W) / tables.classes[o.cls].chiplets
    return max([per_chiplet(o) for o in tables.points.values() if (o.chip, o.role) == pool] + [0.0])


def model_data(tables: Tables, thermal: ThermalBound) -> ModelData:
    pkg = tables.problem.instance.package
    sites = [(r, c) for r in range(pkg.grid_rows) for c in range(pkg.grid_cols)]
    idx = {s: i for i, s in enumerate(sites)}
    tile_keys: list[tuple[str, int]] = []
    hosts: dict[tuple[tuple[str, str], tuple[int, ...]], dict[str, int]] = {}   # set -> {class: tile}
    for ck in sorted(tables.classes):
        cls = tables.classes[ck]
        for g, tile in enumerate(cls.tiles):
            tile_keys.append((ck, g))
            members = tuple(sorted(idx[x] for x in tile.sites))
            hosts.setdefault(((cls.chip, cls.role), members), {})[ck] = g
    set_pool: list[tuple[str, str]] = []
    set_sites: list[tuple[int, ...]] = []
    set_kind: list[int] = []
    kind_classes: list[tuple[str, ...]] = []
    kind_index: dict[tuple[tuple[str, str], tuple[str, ...]], int] = {}
    tile_of: dict[tuple[str, int], int] = {}
    pool_at: dict[tuple[int, str, str], list[int]] = {}
    for s, ((pool, members), tiles) in enumerate(sorted(hosts.items())):
        classes = tuple(sorted(tiles))
        kind = kind_index.setdefault((pool, classes), len(kind_classes))
        if kind == len(kind_classes):
            kind_classes.append(classes)
        set_pool.append(pool)
        set_sites.append(members)
        set_kind.append(kind)
        tile_of.update({(ck, s): g for ck, g in tiles.items()})
        for j in members:
            pool_at.setdefault((j, *pool), []).append(s)
    pools: list[tuple[str, str]] = sorted({(c.chip, c.role) for c in tables.classes.values()})
    zmax = {pl: pool_zmax_W(tables, pl) for pl in pools}
    n_sites = len(sites)
    max_inst = {ck: min(len(c.tiles), n_sites // c.chiplets) for ck, c in tables.classes.items()}
    return ModelData(tables=tables, thermal=thermal, sites=sites, pools=pools, tile_keys=tile_keys,
                     set_pool=set_pool, set_sites=set_sites, set_kind=set_kind, kind_classes=kind_classes,
                     tile_of=tile_of, pool_sets_at_site=pool_at, zmax_W=zmax, max_instances=max_inst)


# ----------------------------------------------------------------------------- sets and vars
def define_sets(m: pyo.ConcreteModel, d: ModelData) -> None:
    """SITES j, POOLS (chip c, role r), CLASSES q, SITE_SETS s (per pool), KINDS k,
    ASSIGN (k, q) for the classes q whose tiles kind k's sets are, POINTS o."""
    t = d.tables
    m.SITES = pyo.Set(initialize=range(len(d.sites)), ordered=True)
    m.POOLS = pyo.Set(initialize=d.pools, dimen=2, ordered=True)
    m.CLASSES = pyo.Set(initialize=sorted(t.classes), ordered=True)
    m.SITE_SETS = pyo.Set(initialize=range(len(d.set_sites)), ordered=True)
    m.KINDS = pyo.Set(initialize=range(len(d.kind_classes)), ordered=True)
    m.ASSIGN = pyo.Set(initialize=d.assign_keys, dimen=2, ordered=True)
    m.POINTS = pyo.Set(initialize=sorted(t.points), ordered=True)
    # a combined (chunked-prefill) point serves both: it is in both sets (configs.FLOW_ROLES)
    m.PREFILL_POINTS = pyo.Set(initialize=[k for k in sorted(t.points) if t.points[k].serves("prefill")], ordered=True)
    m.DECODE_POINTS = pyo.Set(initialize=[k for k in sorted(t.points) if t.points[k].serves("decode")], ordered=True)
    m.CHIPS = pyo.Set(initialize=sorted(t.chips), ordered=True)


def define_parameters(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Mutable parameters (what-if sweeps change them without rebuilding):
    power_budget_W, rate_req_per_s (lambda), ambient_C, logic_limit_C[c], dram_limit_C[c],
    rho_cap[o] (utilisation caps), and epsilon bounds used by Pareto sweeps:
    min_rate_req_per_s (Rate >= it; 0 = off)."""
    t, th = d.tables, d.thermal
    pkg = t.problem.instance.package
    m.power_budget_W = pyo.Param(initialize=pkg.power_budget_W, mutable=True)
    m.rate_req_per_s = pyo.Param(initialize=t.problem.rate_req_per_s, mutable=True)
    m.ambient_C = pyo.Param(initialize=pkg.ambient_C, mutable=True)
    m.logic_limit_C = pyo.Param(m.CHIPS, initialize=lambda _m, c: th.logic_limit[c], mutable=True)
    m.dram_limit_C = pyo.Param(m.CHIPS, initialize=lambda _m, c: th.dram_limit[c], mutable=True)
    m.rho_cap = pyo.Param(m.POINTS, initialize=lambda _m, o: t.points[o].rho_cap, mutable=True)


def define_variables(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Place[s] in {0,1}: an instance of site set s's pool on s. Assign[k,q] in Z+: placed sets
    of kind k that run class q. Count[o] in Z+: instances at operating point o. Flow[o] >= 0: requests/s served at o. Rate >= 0: requests/s served.
    DynShare[j,c,r] >= 0, DynLevel[c,r] >= 0: per-chiplet dynamic power of pool (c,r)."""
    t = d.tables
    m.Place = pyo.Var(m.SITE_SETS, domain=pyo.Binary)
    n_sites = len(d.sites)
    m.Assign = pyo.Var(m.ASSIGN, domain=pyo.NonNegativeIntegers, bounds=lambda _m, k, q: (
        0, min(len(d.kind_sets[k]), n_sites // d.kind_size(k))))
    m.Count = pyo.Var(m.POINTS, domain=pyo.NonNegativeIntegers,
                      bounds=lambda _m, o: (0, d.max_instances[t.points[o].cls]))
    m.Flow = pyo.Var(m.POINTS, domain=pyo.NonNegativeReals)
    m.Rate = pyo.Var(domain=pyo.NonNegativeReals)
    m.DynLevel = pyo.Var(m.POOLS, domain=pyo.NonNegativeReals, bounds=lambda _m, c, r: (0, d.zmax_W[(c, r)]))
    m.DynShare = pyo.Var(m.SITES, m.POOLS, domain=pyo.NonNegativeReals,
                         bounds=lambda _m, j, c, r: (0, d.zmax_W[(c, r)]))
    leak_max = max(ch.leakage_W(ch.spec.thermal.logic_temp_limit_C) for ch in t.chips.values())
    m.LeakW = pyo.Var(m.SITES, domain=pyo.NonNegativeReals, bounds=(0, leak_max))


def define_expressions(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Occupied[j,c,r] = sum of Place over site sets of pool (c,r) covering j (OccupiedDef);
    SitePower_W[j] = sum_{c,r} base_c Occupied[j,c,r] + DynShare[j,c,r] + LeakW[j] (SitePowerDef),
    base_c the static power that does not follow the logic temperature (configs.Chip);
    chiplet counts, pool dynamic power, static (base + leakage), dynamic and total power
    Power_W; PeakPower_W = sum_c peak_c Chiplets[c]; CountedPower_W, the one of the two the
    objective counts (objective.power)."""
    t = d.tables

    # Occupied and SitePower_W are variables defined by equalities (not expressions) so the
    # dense thermal rows, the packing rows and the sharing rows reference a few variables each
    # instead of every site set covering a site: far fewer nonzeros for HiGHS.
    m.Occupied = pyo.Var(m.SITES, m.POOLS, bounds=(0, 1))
    m.OccupiedDef = pyo.Constraint(m.SITES, m.POOLS, rule=lambda _m, j, c, r: m.Occupied[j, c, r] == sum(
        m.Place[s] for s in d.pool_sets_at_site.get((j, c, r), [])))
    m.Chiplets = pyo.Expression(m.CHIPS, rule=lambda _m, c: sum(
        m.Occupied[j, cc, r] for j in m.SITES for (cc, r) in m.POOLS if cc == c))

    def pool_dynamic(_m: pyo.ConcreteModel, c: str, r: str) -> Any:
        """sum_o Flow[o] * e_o + Count[o] * w_o over the pool's points (Tables.dynamic_terms)."""
        own = [o for o in m.POINTS if (t.points[o].chip, t.points[o].role) == (c, r)]
        terms = {o: t.dynamic_terms(o) for o in own}
        return sum(m.Flow[o] * terms[o][0] + m.Count[o] * terms[o][1] for o in own)
    m.PoolDynamic_W = pyo.Expression(m.POOLS, rule=pool_dynamic)
    m.Static_W = pyo.Expression(expr=sum(t.chips[c].base_static_W * m.Chiplets[c] for c in m.CHIPS)
                                + sum(m.LeakW[j] for j in m.SITES))
    m.Dynamic_W = pyo.Expression(expr=sum(m.PoolDynamic_W[pl] for pl in m.POOLS))
    m.Power_W = pyo.Expression(expr=m.Static_W + m.Dynamic_W)
    m.PeakPower_W = pyo.Expression(expr=sum(t.chips[c].spec.power.peak_W * m.Chiplets[c] for c in m.CHIPS))
    m.CountedPower_W = pyo.Expression(expr=m.Power_W if ObjectiveSense.of(t.problem.instance).power == "activity"
                                      else m.PeakPower_W)
    define_cost(m, d)
    m.RatioDenominator = pyo.Expression(
        expr=m.Cost_usd if ObjectiveSense.of(t.problem.instance).denominator == "cost" else m.CountedPower_W)
    m.SitePower_W = pyo.Var(m.SITES, domain=pyo.NonNegativeReals)
    m.SitePowerDef = pyo.Constraint(m.SITES, rule=lambda _m, j: m.SitePower_W[j] == sum(
        t.chips[c].base_static_W * m.Occupied[j, c, r] + m.DynShare[j, c, r] for (c, r) in m.POOLS) + m.LeakW[j])


# ----------------------------------------------------------------------------- constraints
def define_cost(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Cost_usd = sum_c cost_c Chiplets[c] + sum_c (nre_c / V) TypeUsed[c]: the chiplet cost of
    one package, units plus the NRE share of the types used (V = production_volume_packages).
    TypeUsed[c] in {0,1} exists when some type has an NRE or package.max_chiplet_types is set,
    with TypeUse[c]: Chiplets[c] <= |sites| TypeUsed[c] (a type with a chiplet is used; a used
    type with none only costs more, so no optimum sets it without need)."""
    t = d.tables
    pkg = t.problem.instance.package
    specs = {c.name: c for c in t.problem.chiplets}
    units = sum(specs[c].cost_usd * m.Chiplets[c] for c in m.CHIPS)
    if not needs_type_use(d):
        m.Cost_usd = pyo.Expression(expr=units)
        return
    m.TypeUsed = pyo.Var(m.CHIPS, domain=pyo.Binary)
    m.TypeUse = pyo.Constraint(m.CHIPS, rule=lambda _m, c: m.Chiplets[c] <= len(d.sites) * m.TypeUsed[c])
    m.Cost_usd = pyo.Expression(expr=units + sum(specs[c].nre_usd / pkg.production_volume_packages * m.TypeUsed[c]
                                                 for c in m.CHIPS))


def needs_type_use(d: ModelData) -> bool:
    """Whether the model needs TypeUsed: an NRE to charge or a limit on the types."""
    prob = d.tables.problem
    return prob.instance.package.max_chiplet_types is not None or any(c.nre_usd > 0 for c in prob.chiplets)


def define_tile_count_link(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Every placed site set runs exactly one class, every instance has a placed site set:
    KindLink[k]:       sum_{s in kind k} Place[s] = sum_{q in kind k} Assign[k,q];
    TileCountLink[q]:  sum_{k containing q} Assign[k,q] = sum_{o in POINTS(q)} Count[o].
    Exact: the sets of a kind are tiles of the same classes, so any Assign is realised by handing
    the kind's placed sets to its classes in order (solve.run.extract_choice)."""
    t = d.tables
    by_cls = {q: [o for o in m.POINTS if t.points[o].cls == q] for q in m.CLASSES}
    kinds_of = {q: [k for (k, qq) in d.assign_keys if qq == q] for q in m.CLASSES}
    m.KindLink = pyo.Constraint(m.KINDS, rule=lambda _m, k: sum(m.Place[s] for s in d.kind_sets[k]) == sum(
        m.Assign[k, q] for q in d.kind_classes[k]))
    m.TileCountLink = pyo.Constraint(m.CLASSES, rule=lambda _m, q: sum(
        m.Assign[k, q] for k in kinds_of[q]) == sum(m.Count[o] for o in by_cls[q]))


def define_site_packing(m: pyo.ConcreteModel, d: ModelData) -> None:
    """sum_{c,r} Occupied[j,c,r] <= 1: at most one chiplet per site."""
    m.SitePacking = pyo.Constraint(m.SITES, rule=lambda _m, j: sum(m.Occupied[j, c, r] for (c, r) in m.POOLS) <= 1)


def define_site_total(m: pyo.ConcreteModel, d: ModelData) -> None:
    """sum_o tp_o pp_o Count[o] <= |SITES|: the chiplets of all instances fit the grid. Implied
    by SitePacking and the links (summed over sites); stated over the integer counts so HiGHS can
    derive knapsack cover cuts from it, which the per-site rows hide behind the placement."""
    t = d.tables
    m.SiteTotal = pyo.Constraint(expr=sum(t.classes[t.points[o].cls].chiplets * m.Count[o]
                                          for o in m.POINTS) <= len(d.sites))


def define_instances_per_role(m: pyo.ConcreteModel, d: ModelData) -> None:
    """sum_{o in POINTS(r)} Count[o] >= 1 for r in {prefill, decode}: a design serves requests,
    so it has a prefill and a decode instance (implied by Rate >= lambda > 0 in the integers;
    stated because the LP relaxation would otherwise run a sliver of one instance). A combined
    instance counts for both (PREFILL_POINTS and DECODE_POINTS hold it). With combined points,
    RolePairing: a design with a prefill instance has a decode instance and vice versa (the
    design format's rule, design.Design: prefill and decode, or combined only),
    sum_{o prefill} Count[o] <= N sum_{o decode} Count[o] and the same the other way round
    (N = |SITES| bounds any count; without combined points InstancesPerRole implies both)."""
    roles = {"prefill": m.PREFILL_POINTS, "decode": m.DECODE_POINTS}
    m.InstancesPerRole = pyo.Constraint(list(roles), rule=lambda _m, r: sum(m.Count[o] for o in roles[r]) >= 1)
    t = d.tables
    if any(p.role == "combined" for p in t.points.values()):
        own = {r: [o for o in m.POINTS if t.points[o].role == r] for r in roles}
        n = len(d.sites)

        def pairing(_m: pyo.ConcreteModel, r: str) -> Any:
            other = own["decode" if r == "prefill" else "prefill"]
            if not own[r]:
                return pyo.Constraint.Skip
            return sum(m.Count[o] for o in own[r]) <= n * sum(m.Count[o] for o in other)
        m.RolePairing = pyo.Constraint(list(roles), rule=pairing)


def define_flow_balance(m: pyo.ConcreteModel, d: ModelData) -> None:
    """sum_{o prefill} Flow[o] = Rate = sum_{o decode} Flow[o]: every request is prefilled once
    and decoded once (a combined point's flow is in both sums: it does both)."""
    m.PrefillFlow = pyo.Constraint(expr=sum(m.Flow[o] for o in m.PREFILL_POINTS) == m.Rate)
    m.DecodeFlow = pyo.Constraint(expr=sum(m.Flow[o] for o in m.DECODE_POINTS) == m.Rate)


def define_capacity(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Flow[o] <= rho_cap[o] * mu[o] * Count[o]: utilisation of every instance stays under the
    cap that meets the TTFT/TPOT targets (queueing.py), so latency targets hold."""
    t = d.tables
    m.Capacity = pyo.Constraint(m.POINTS, rule=lambda _m, o: m.Flow[o] <= (
        m.rho_cap[o] * t.points[o].capacity_req_per_s * m.Count[o]))


def define_kv_links(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Flow[o] * kv_bytes <= link_util_cap * link_bw * tp*pp * Count[o]: the P->D KV stream of an
    instance fits the D2D links of its chiplets (one port each; egress for prefill, ingress
    for decode). None for combined points: their KV stays put."""
    t = d.tables
    pkg, search = t.problem.instance.package, t.problem.instance.search
    link_Bps = pkg.link_bandwidth_GBps * 1e9 * search.link_utilisation_cap

    def rule(_m: pyo.ConcreteModel, o: str) -> Any:
        chiplets = t.classes[t.points[o].cls].chiplets
        return m.Flow[o] * (t.kv_bytes_per_req / 1e9) <= (link_Bps / 1e9) * chiplets * m.Count[o]
    m.KvLinks = pyo.Constraint([o for o in m.POINTS if t.points[o].sends_kv], rule=rule)


def define_rate(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Rate = lambda (objectives judged at the arrival rate) or Rate >= lambda (at a saturated
    rate), formulation/objective.py."""
    if ObjectiveSense.of(d.tables.problem.instance).fixed_rate:
        m.RateTarget = pyo.Constraint(expr=m.Rate == m.rate_req_per_s)
    else:
        m.RateTarget = pyo.Constraint(expr=m.Rate >= m.rate_req_per_s)


def define_power_budget(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Static_W + Dynamic_W <= power budget. Static power: base (refresh at the DRAM limit) plus
    leakage at the design's own temperatures (define_leakage)."""
    m.PowerBudget = pyo.Constraint(expr=m.Power_W <= m.power_budget_W)


def define_dynamic_share(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Equal sharing of a pool's dynamic power among its chiplets, exactly linearised:
    DynShare[j,c,r] <= DynLevel[c,r];  DynShare <= zmax * Occupied;
    DynShare >= DynLevel - zmax * (1 - Occupied);  sum_j DynShare[j,c,r] = PoolDynamic_W[c,r].
    With Occupied binary, DynShare = DynLevel on occupied sites and 0 elsewhere."""
    m.ShareLevel = pyo.Constraint(m.SITES, m.POOLS, rule=lambda _m, j, c, r: m.DynShare[j, c, r] <= m.DynLevel[c, r])
    m.ShareOccupied = pyo.Constraint(m.SITES, m.POOLS, rule=lambda _m, j, c, r: (
        m.DynShare[j, c, r] <= d.zmax_W[(c, r)] * m.Occupied[j, c, r]))
    m.ShareFloor = pyo.Constraint(m.SITES, m.POOLS, rule=lambda _m, j, c, r: (
        m.DynShare[j, c, r] >= m.DynLevel[c, r] - d.zmax_W[(c, r)] * (1 - m.Occupied[j, c, r])))
    m.ShareSum = pyo.Constraint(m.POOLS, rule=lambda _m, c, r: (
        sum(m.DynShare[j, c, r] for j in m.SITES) == m.PoolDynamic_W[c, r]))


def define_thermal(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Per site j, chip type c placed there, limit kind (logic, DRAM) and candidate hot cell k:
    ambient_C + sum_i R_c[j][k,i] * SitePower_W[i] <= limit_c + M_jck * (1 - sum_r Occupied[j,c,r]),
    with R_c the cell influence rows of thermal_bound.py (exact peak for a uniform layout, all
    power injected at the logic die). M_jck = ambient + sum_i R_c[j][k,i] * P_max - limit makes
    the row void when c is not at j; it is written with the mutable ambient and limit, so it
    stays valid when a what-if changes them."""
    th = d.thermal
    rows = []
    for c in m.CHIPS:
        roles = [r for (cc, r) in m.POOLS if cc == c]
        for j in m.SITES:
            if any((j, c, r) in d.pool_sets_at_site for r in roles):
                rows += [(c, kind, j, k) for kind in ("logic", "dram") for k in range(len(th.rows(c, kind, j)))]
    m.THERMAL_ROWS = pyo.Set(initialize=rows, dimen=4, ordered=True)

    def rule(_m: pyo.ConcreteModel, c: str, kind: str, j: int, k: int) -> Any:
        R = th.rows(c, kind, j)[k]
        limit = m.logic_limit_C[c] if kind == "logic" else m.dram_limit_C[c]
        rise_max = float(np.dot(R, th.max_site_power_W))
        here = sum(m.Occupied[j, cc, r] for (cc, r) in m.POOLS if cc == c)
        return (m.ambient_C + sum(float(R[i]) * m.SitePower_W[i] for i in m.SITES if R[i] > 0)
                <= limit + (m.ambient_C + rise_max - limit) * (1 - here))
    m.Thermal = pyo.Constraint(m.THERMAL_ROWS, rule=rule)


def define_leakage(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Leakage at the temperature the design reaches. For each site j and chip type c that may
    sit there, with here = sum_r Occupied[j,c,r] and Theta_j = ambient_C + sum_i Rm_c[j,i] *
    SitePower_W[i] the logic layer's mean temperature (thermal_bound.mean_rows, all power at the
    logic die: conservative):
      LeakW[j] >= leak_c(T0) * here + beta_c (Theta_j - T0) - beta_c (ambient_C - T0 + sum_i Rm_c[j,i] Pmax_i) (1 - here),
    leak_c(T0) + beta_c (T - T0) the chord of the convex leakage law from T0 = configs.
    LEAKAGE_CHORD_FROM_C to the logic limit: an upper bound of leakage at every temperature the
    thermal rows allow (error <= the chord's gap, formulations/lamoopt_milp.md). The row is void
    where c is not at j. LeakW enters SitePower_W, so Theta_j includes the leakage itself: the
    rows' least solution is the fixed point of leakage and temperature under the chord."""
    t, th = d.tables, d.thermal
    rows = [(c, j) for c in m.CHIPS for j in m.SITES
            if any((j, c, r) in d.pool_sets_at_site for (cc, r) in m.POOLS if cc == c)]
    m.LEAK_ROWS = pyo.Set(initialize=rows, dimen=2, ordered=True)

    def rule(_m: pyo.ConcreteModel, c: str, j: int) -> Any:
        ch, R = t.chips[c], th.mean_rows[c][j]
        beta = ch.leak_slope_W_per_K
        here = sum(m.Occupied[j, cc, r] for (cc, r) in m.POOLS if cc == c)
        rise = sum(float(R[i]) * m.SitePower_W[i] for i in m.SITES if R[i] > 0)
        rise_max = float(np.dot(R, th.max_site_power_W))
        return m.LeakW[j] >= (ch.leak_from_W * here + beta * (m.ambient_C - ch.leak_from_C + rise)
                              - beta * (m.ambient_C - ch.leak_from_C + rise_max) * (1 - here))
    m.Leakage = pyo.Constraint(m.LEAK_ROWS, rule=rule)


def define_leakage_floor(m: pyo.ConcreteModel, d: ModelData) -> None:
    """A valid inequality (implied by Leakage at every integer point, so no design is cut off)
    that holds without the big-M: per site j, with here_cj = sum_r Occupied[j,c,r],
      LeakW[j] >= sum_c [ (leak_c(ambient_C) + beta_c Rm_c[j,j] sf_c) here_cj
                          + beta_c Rm_c[j,j] sum_r DynShare[j,c,r] ],
    sf_c = base_c + leak_c(ambient_C) the chiplet's static floor (Chip.static_floor_W).
    Derivation, c at j: Theta_j >= ambient_C + Rm_c[j,j] SitePower_W[j] (Rm >= 0, powers >= 0),
    SitePower_W[j] = base_c + DynShare + LeakW[j] and LeakW[j] >= leak_c(Theta_j) >= leak_c(ambient_C)
    (the chord rises with T and no site is colder than ambient), so LeakW[j] >= leak_c(ambient_C +
    Rm_c[j,j] (sf_c + DynShare)); c not at j: the right side is 0 (DynShare <= zmax Occupied).
    Leakage's own row gives its chiplet little leakage where Occupied is fractional; this one
    scales with Occupied, which lifts the LP bound (formulations/lamoopt_milp.md, 9b)."""
    t, th = d.tables, d.thermal
    placed = {(j, c) for (j, c, _r) in d.pool_sets_at_site}
    roles = {c: [r for (cc, r) in m.POOLS if cc == c] for c in m.CHIPS}

    def rule(_m: pyo.ConcreteModel, j: int) -> Any:
        terms = []
        for c in m.CHIPS:
            if (j, c) not in placed:
                continue
            ch = t.chips[c]
            beta, self_rise = ch.leak_slope_W_per_K, float(th.mean_rows[c][j][j])
            leak_amb = ch.leak_from_W + beta * (m.ambient_C - ch.leak_from_C)
            floor = ch.base_static_W + leak_amb
            terms += [(leak_amb + beta * self_rise * floor) * m.Occupied[j, c, r]
                      + beta * self_rise * m.DynShare[j, c, r] for r in roles[c]]
        return m.LeakW[j] >= sum(terms) if terms else pyo.Constraint.Skip
    m.LeakageFloor = pyo.Constraint(m.SITES, rule=rule)


def define_area_cost_counts(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Optional limits: sum_c area_c * Chiplets[c] <= area limit; Cost_usd <= cost limit;
    Chiplets[c] <= max_count_c; sum_c TypeUsed[c] <= max_chiplet_types (TypeLimit)."""
    t = d.tables
    pkg = t.problem.instance.package
    specs = {c.name: c for c in t.problem.chiplets}
    if pkg.area_limit_mm2 is not None:
        m.AreaLimit = pyo.Constraint(expr=sum(specs[c].area_mm2 * m.Chiplets[c] for c in m.CHIPS) <= pkg.area_limit_mm2)
    if pkg.cost_limit_usd is not None:
        m.CostLimit = pyo.Constraint(expr=m.Cost_usd <= pkg.cost_limit_usd)
    capped = [c for c in m.CHIPS if specs[c].max_count is not None]
    m.MaxCount = pyo.Constraint(capped, rule=lambda _m, c: m.Chiplets[c] <= specs[c].max_count)
    if pkg.max_chiplet_types is not None:
        m.TypeLimit = pyo.Constraint(expr=sum(m.TypeUsed[c] for c in m.CHIPS) <= pkg.max_chiplet_types)


def define_latency_epigraph(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Min-latency objective only: Used[o] binary with Count[o] <= N_o * Used[o];
    TtftMax_ms >= ttft[o] * Used[o] (prefill), TpotMax_ms >= tpot[o] * Used[o] (decode)."""
    t = d.tables
    m.Used = pyo.Var(m.POINTS, domain=pyo.Binary)
    m.TtftMax_ms = pyo.Var(domain=pyo.NonNegativeReals)
    m.TpotMax_ms = pyo.Var(domain=pyo.NonNegativeReals)
    m.UsedLink = pyo.Constraint(m.POINTS, rule=lambda _m, o: m.Count[o] <= d.max_instances[t.points[o].cls] * m.Used[o])
    m.TtftEpi = pyo.Constraint(m.PREFILL_POINTS, rule=lambda _m, o: m.TtftMax_ms >= t.points[o].latency_ms * m.Used[o])
    m.TpotEpi = pyo.Constraint(m.DECODE_POINTS, rule=lambda _m, o: m.TpotMax_ms >= t.points[o].latency_ms * m.Used[o])


# ----------------------------------------------------------------------------- objective
def define_objective(m: pyo.ConcreteModel, d: ModelData, dinkelbach_q: float = 0.0) -> None:
    """With P = CountedPower_W (activity Power_W or PeakPower_W, objective.power) and C =
    Cost_usd: max_tokens_per_s_per_W (per_usd) at a saturated rate: max tok*Rate - q*P (q*C)
    (Dinkelbach step, q from the previous iterate); at the arrival rate (Rate = lambda): min P
    (min C), since tok*lambda/P is largest where P is least (solve.run reports tok*lambda/P and
    its bound tok*lambda/P_lb); max_throughput: max tok*Rate; min_power: min P; min_cost: min C;
    min_latency: min TTFT + steps * TPOT (ms)."""
    t = d.tables
    sense = ObjectiveSense.of(t.problem.instance)
    if sense.dinkelbach:
        m.DinkelbachQ = pyo.Param(initialize=dinkelbach_q, mutable=True)
        m.Objective = pyo.Objective(expr=t.tokens_per_req * m.Rate - m.DinkelbachQ * m.RatioDenominator,
                                    sense=pyo.maximize)
    elif sense.power_minimised:
        m.Objective = pyo.Objective(expr=m.CountedPower_W, sense=pyo.minimize)
    elif sense.kind == "max_throughput":
        m.Objective = pyo.Objective(expr=t.tokens_per_req * m.Rate, sense=pyo.maximize)
    elif sense.cost_minimised:
        m.Objective = pyo.Objective(expr=m.Cost_usd, sense=pyo.minimize)
    else:
        m.Objective = pyo.Objective(expr=m.TtftMax_ms + t.decode_steps_per_req * m.TpotMax_ms
                                    + t.kv_transfer_ms, sense=pyo.minimize)


def define_symmetry_breaking(m: pyo.ConcreteModel, d: ModelData) -> None:
    """The package is mirror-symmetric left-right and top-bottom (uniform grid, symmetric
    conduction model, tile candidates closed under mirroring), so every design has mirror
    images with the same objective. Keep one: with w_cr = 1 + index of pool (c, r),
      sum_j side_lr(j) * sum_{c,r} w_cr * Occupied[j,c,r] >= 0   (left half at least as loaded),
      sum_j side_tb(j) * sum_{c,r} w_cr * Occupied[j,c,r] >= 0   (top half at least as loaded),
    side = +1 / -1 / 0 for the first half / second half / middle line. The two mirrors commute,
    so flipping a design left-right and then top-bottom satisfies both: no optimum is lost."""
    pkg = d.tables.problem.instance.package
    rows, cols = pkg.grid_rows, pkg.grid_cols
    weight = {pl: 1.0 + k for k, pl in enumerate(d.pools)}

    def side(x: int, n: int) -> int:
        return 1 if x < (n - 1) / 2 else (-1 if x > (n - 1) / 2 else 0)

    def load(j: int) -> Any:
        return sum(weight[pl] * m.Occupied[j, pl[0], pl[1]] for pl in d.pools)
    lr = [(j, side(c, cols)) for j, (r, c) in enumerate(d.sites) if side(c, cols)]
    tb = [(j, side(r, rows)) for j, (r, c) in enumerate(d.sites) if side(r, rows)]
    if lr:
        m.MirrorLeftRight = pyo.Constraint(expr=sum(s * load(j) for j, s in lr) >= 0)
    if tb:
        m.MirrorTopBottom = pyo.Constraint(expr=sum(s * load(j) for j, s in tb) >= 0)


@dataclass(frozen=True)
class Family:
    """A constraint family: the function that builds it (its docstring holds the maths), the
    Pyomo constraints it adds, and what they stand for in the instance's terms (what-if
    explanations name an infeasible row's family by it). formulations/lamoopt_milp.md section 4
    documents the same rows (tests/solve/test_formulation_doc.py checks both)."""

    define: Callable[[pyo.ConcreteModel, ModelData], None] | None   # None: built by define_expressions
    rows: tuple[str, ...]
    meaning: str


# every row family of the model, in build order (build_model); one place for build and explain
FAMILIES = (
    Family(None, ("OccupiedDef", "SitePowerDef"), "definitions of site occupancy and site power"),
    Family(None, ("TypeUse",), "a chiplet type in use counts against the type limit and carries its NRE"),
    Family(define_tile_count_link, ("KindLink", "TileCountLink"), "instances need tiles on the grid"),
    Family(define_site_packing, ("SitePacking",), "grid size (package.grid_rows x grid_cols)"),
    Family(define_site_total, ("SiteTotal",), "grid size (package.grid_rows x grid_cols)"),
    Family(define_instances_per_role, ("InstancesPerRole", "RolePairing"),
           "at least one prefill and one decode instance (or a combined one)"),
    Family(define_flow_balance, ("PrefillFlow", "DecodeFlow"), "every request is prefilled and decoded"),
    Family(define_capacity, ("Capacity",),
           "utilisation caps of the latency targets (workload.targets, search.max_utilisation)"),
    Family(define_kv_links, ("KvLinks",), "D2D link bandwidth for the KV stream (package.link_bandwidth_GBps)"),
    Family(define_rate, ("RateTarget",), "arrival rate (workload.arrival_rate_req_per_s)"),
    Family(define_power_budget, ("PowerBudget",), "power budget (package.power_budget_W)"),
    Family(define_dynamic_share, ("ShareLevel", "ShareOccupied", "ShareFloor", "ShareSum"),
           "dynamic power per chiplet at full utilisation (chiplet throughput)"),
    Family(define_thermal, ("Thermal",),
           "temperature limits (chiplets[].thermal.*_temp_limit_C above package.ambient_C)"),
    Family(define_leakage, ("Leakage",), "leakage at the temperatures reached (chiplets[].power)"),
    Family(define_leakage_floor, ("LeakageFloor",), "leakage at the temperatures reached (chiplets[].power)"),
    Family(define_area_cost_counts, ("AreaLimit", "CostLimit", "MaxCount", "TypeLimit"),
           "area, cost, per-type and type-count limits (package.area_limit_mm2, package.cost_limit_usd, "
           "chiplets[].max_count, package.max_chiplet_types)"),
    Family(define_symmetry_breaking, ("MirrorLeftRight", "MirrorTopBottom"),
           "mirror symmetry (keeps one of each mirror image: no optimum lost)"),
    Family(define_latency_epigraph, ("UsedLink", "TtftEpi", "TpotEpi"), "latency levels of the min-latency objective"),
)
CONSTRAINT_FAMILIES = tuple(f.define for f in FAMILIES if f.define is not None and f.define is not define_latency_epigraph)
ROW_MEANINGS = {row: f.meaning for f in FAMILIES for row in f.rows}


def build_model(d: ModelData, dinkelbach_q: float = 0.0) -> pyo.ConcreteModel:
    """Sets, variables, expressions, every constraint family, the objective: in this order."""
    m = pyo.ConcreteModel(name=d.tables.problem.instance.name)
    define_sets(m, d)
    define_parameters(m, d)
    define_variables(m, d)
    define_expressions(m, d)
    for family in CONSTRAINT_FAMILIES:
        family(m, d)
    if d.tables.problem.instance.objective.kind == "min_latency":
        define_latency_epigraph(m, d)
    define_objective(m, d, dinkelbach_q)
    return m
