"""The MILP: one Pyomo model over tiles (placement), instance counts per operating point,
request flows, power and per-site temperatures. `build_model` calls one define_* function per
family in a fixed order; formulations/lamoopt_milp.md states the same mathematics.

Naming (Switch-style): SETS upper case, params lower_snake with a unit suffix, Vars CamelCase.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyomo.environ as pyo

from lamoopt.formulation.configs import Tables
from lamoopt.formulation.thermal_bound import ThermalBound

FIXED_RATE_OBJECTIVES = ("min_power", "min_latency", "min_cost")


@dataclass
class ModelData:
    """Index structures derived once from the tables (shared with predict/enumerate)."""

    tables: Tables
    thermal: ThermalBound
    sites: list[tuple[int, int]]
    pools: list[tuple[str, str]]                       # (chip, role)
    tile_keys: list[tuple[str, int]]                   # (class key, tile index)
    tiles_at_site: dict[int, list[tuple[str, int]]]
    pool_tiles_at_site: dict[tuple[int, str, str], list[tuple[str, int]]]
    zmax_W: dict[tuple[str, str], float]               # per-chiplet dynamic power bound of a pool
    max_instances: dict[str, int]


def pool_zmax_W(tables: Tables, pool: tuple[str, str]) -> float:
    """Upper bound on the dynamic power of one chiplet of pool (chip, role): the largest, over
    the pool's points, of (rho_cap * mu * J per request + W per instance) / chiplets, i.e. the
    point's dynamic power at its utilisation cap (Tables.dynamic_terms), spread over its chiplets."""
    def per_chiplet(o) -> float:
        per_req_J, per_inst_W = tables.dynamic_terms(o.key)
        return (o.rho_cap * o.capacity_req_per_s * per_req_J + per_inst_W) / tables.classes[o.cls].chiplets
    return max([per_chiplet(o) for o in tables.points.values() if (o.chip, o.role) == pool] + [0.0])


def model_data(tables: Tables, thermal: ThermalBound) -> ModelData:
    pkg = tables.problem.instance.package
    sites = [(r, c) for r in range(pkg.grid_rows) for c in range(pkg.grid_cols)]
    idx = {s: i for i, s in enumerate(sites)}
    tile_keys, at_site, pool_at = [], {i: [] for i in range(len(sites))}, {}
    for ck, cls in tables.classes.items():
        for g, tile in enumerate(cls.tiles):
            tile_keys.append((ck, g))
            for s in tile.sites:
                at_site[idx[s]].append((ck, g))
                pool_at.setdefault((idx[s], cls.chip, cls.role), []).append((ck, g))
    pools = sorted({(c.chip, c.role) for c in tables.classes.values()})
    zmax = {pl: pool_zmax_W(tables, pl) for pl in pools}
    n_sites = len(sites)
    max_inst = {ck: min(len(c.tiles), n_sites // c.chiplets) for ck, c in tables.classes.items()}
    return ModelData(tables, thermal, sites, pools, tile_keys, at_site, pool_at, zmax, max_inst)


# ----------------------------------------------------------------------------- sets and vars
def define_sets(m: pyo.ConcreteModel, d: ModelData) -> None:
    """SITES j, POOLS (chip c, role r), CLASSES q, TILES (q, g), POINTS o."""
    t = d.tables
    m.SITES = pyo.Set(initialize=range(len(d.sites)), ordered=True)
    m.POOLS = pyo.Set(initialize=d.pools, dimen=2, ordered=True)
    m.CLASSES = pyo.Set(initialize=sorted(t.classes), ordered=True)
    m.TILES = pyo.Set(initialize=d.tile_keys, dimen=2, ordered=True)
    m.POINTS = pyo.Set(initialize=sorted(t.points), ordered=True)
    m.PREFILL_POINTS = pyo.Set(initialize=[k for k in sorted(t.points) if t.points[k].role == "prefill"], ordered=True)
    m.DECODE_POINTS = pyo.Set(initialize=[k for k in sorted(t.points) if t.points[k].role == "decode"], ordered=True)
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
    """Place[q,g] in {0,1}: an instance of class q on tile g. Count[o] in Z+: instances at
    operating point o. Flow[o] >= 0: requests/s served at o. Rate >= 0: requests/s served.
    DynShare[j,c,r] >= 0, DynLevel[c,r] >= 0: per-chiplet dynamic power of pool (c,r)."""
    t = d.tables
    m.Place = pyo.Var(m.TILES, domain=pyo.Binary)
    m.Count = pyo.Var(m.POINTS, domain=pyo.NonNegativeIntegers,
                      bounds=lambda _m, o: (0, d.max_instances[t.points[o].cls]))
    m.Flow = pyo.Var(m.POINTS, domain=pyo.NonNegativeReals)
    m.Rate = pyo.Var(domain=pyo.NonNegativeReals)
    m.DynLevel = pyo.Var(m.POOLS, domain=pyo.NonNegativeReals, bounds=lambda _m, c, r: (0, d.zmax_W[(c, r)]))
    m.DynShare = pyo.Var(m.SITES, m.POOLS, domain=pyo.NonNegativeReals,
                         bounds=lambda _m, j, c, r: (0, d.zmax_W[(c, r)]))


def define_expressions(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Occupied[j,c,r] = sum of Place over tiles of pool (c,r) covering j (OccupiedDef);
    SitePower_W[j] = sum_{c,r} static_c Occupied[j,c,r] + DynShare[j,c,r] (SitePowerDef);
    chiplet counts, pool dynamic power, static, dynamic and total power (expressions)."""
    t = d.tables

    # Occupied and SitePower_W are variables defined by equalities (not expressions) so the
    # dense thermal rows and the sharing rows reference a few variables each instead of every
    # tile covering a site: far fewer nonzeros for HiGHS.
    m.Occupied = pyo.Var(m.SITES, m.POOLS, bounds=(0, 1))
    m.OccupiedDef = pyo.Constraint(m.SITES, m.POOLS, rule=lambda _m, j, c, r: m.Occupied[j, c, r] == sum(
        m.Place[k] for k in d.pool_tiles_at_site.get((j, c, r), [])))
    m.Chiplets = pyo.Expression(m.CHIPS, rule=lambda _m, c: sum(
        m.Occupied[j, cc, r] for j in m.SITES for (cc, r) in m.POOLS if cc == c))

    def pool_dynamic(_m, c, r):
        """sum_o Flow[o] * e_o + Count[o] * w_o over the pool's points (Tables.dynamic_terms)."""
        own = [o for o in m.POINTS if (t.points[o].chip, t.points[o].role) == (c, r)]
        terms = {o: t.dynamic_terms(o) for o in own}
        return sum(m.Flow[o] * terms[o][0] + m.Count[o] * terms[o][1] for o in own)
    m.PoolDynamic_W = pyo.Expression(m.POOLS, rule=pool_dynamic)
    m.Static_W = pyo.Expression(expr=sum(t.chips[c].static_W * m.Chiplets[c] for c in m.CHIPS))
    m.Dynamic_W = pyo.Expression(expr=sum(m.PoolDynamic_W[pl] for pl in m.POOLS))
    m.Power_W = pyo.Expression(expr=m.Static_W + m.Dynamic_W)
    m.SitePower_W = pyo.Var(m.SITES, domain=pyo.NonNegativeReals)
    m.SitePowerDef = pyo.Constraint(m.SITES, rule=lambda _m, j: m.SitePower_W[j] == sum(
        t.chips[c].static_W * m.Occupied[j, c, r] + m.DynShare[j, c, r] for (c, r) in m.POOLS))


# ----------------------------------------------------------------------------- constraints
def define_tile_count_link(m, d: ModelData) -> None:
    """sum_{g in TILES(q)} Place[q,g] = sum_{o in POINTS(q)} Count[o]  for every class q:
    every instance has a tile, every placed tile is an instance."""
    t = d.tables
    by_cls = {q: [o for o in m.POINTS if t.points[o].cls == q] for q in m.CLASSES}
    m.TileCountLink = pyo.Constraint(m.CLASSES, rule=lambda _m, q: sum(
        m.Place[q, g] for g in range(len(t.classes[q].tiles))) == sum(m.Count[o] for o in by_cls[q]))


def define_site_packing(m, d: ModelData) -> None:
    """sum_{(q,g) covering j} Place[q,g] <= 1: at most one chiplet per site."""
    m.SitePacking = pyo.Constraint(m.SITES, rule=lambda _m, j: (
        sum(m.Place[k] for k in d.tiles_at_site[j]) <= 1 if d.tiles_at_site[j] else pyo.Constraint.Skip))


def define_flow_balance(m, d: ModelData) -> None:
    """sum_{o prefill} Flow[o] = Rate = sum_{o decode} Flow[o]: every request is prefilled once
    and decoded once."""
    m.PrefillFlow = pyo.Constraint(expr=sum(m.Flow[o] for o in m.PREFILL_POINTS) == m.Rate)
    m.DecodeFlow = pyo.Constraint(expr=sum(m.Flow[o] for o in m.DECODE_POINTS) == m.Rate)


def define_capacity(m, d: ModelData) -> None:
    """Flow[o] <= rho_cap[o] * mu[o] * Count[o]: utilisation of every instance stays under the
    cap that meets the TTFT/TPOT targets (queueing.py), so latency targets hold."""
    t = d.tables
    m.Capacity = pyo.Constraint(m.POINTS, rule=lambda _m, o: m.Flow[o] <= (
        m.rho_cap[o] * t.points[o].capacity_req_per_s * m.Count[o]))


def define_kv_links(m, d: ModelData) -> None:
    """Flow[o] * kv_bytes <= link_util_cap * link_bw * tp*pp * Count[o]: the P->D KV stream of an
    instance fits the D2D links of its chiplets (one port each; egress for prefill, ingress
    for decode)."""
    t = d.tables
    pkg, search = t.problem.instance.package, t.problem.instance.search
    link_Bps = pkg.link_bandwidth_GBps * 1e9 * search.link_utilisation_cap

    def rule(_m, o):
        chiplets = t.classes[t.points[o].cls].chiplets
        return m.Flow[o] * (t.kv_bytes_per_req / 1e9) <= (link_Bps / 1e9) * chiplets * m.Count[o]
    m.KvLinks = pyo.Constraint(m.POINTS, rule=rule)


def define_rate(m, d: ModelData) -> None:
    """Rate = lambda (fixed-rate objectives) or Rate >= lambda (throughput objectives)."""
    if d.tables.problem.instance.objective.kind in FIXED_RATE_OBJECTIVES:
        m.RateTarget = pyo.Constraint(expr=m.Rate == m.rate_req_per_s)
    else:
        m.RateTarget = pyo.Constraint(expr=m.Rate >= m.rate_req_per_s)


def define_power_budget(m, d: ModelData) -> None:
    """Static_W + Dynamic_W <= power budget. Static power is taken at the temperature limits
    (leakage and refresh bounded above, configs.effective_chip)."""
    m.PowerBudget = pyo.Constraint(expr=m.Power_W <= m.power_budget_W)


def define_dynamic_share(m, d: ModelData) -> None:
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


def define_thermal(m, d: ModelData) -> None:
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
            if any((j, c, r) in d.pool_tiles_at_site for r in roles):
                rows += [(c, kind, j, k) for kind in ("logic", "dram") for k in range(len(th.rows(c, kind, j)))]
    m.THERMAL_ROWS = pyo.Set(initialize=rows, dimen=4, ordered=True)

    def rule(_m, c, kind, j, k):
        R = th.rows(c, kind, j)[k]
        limit = m.logic_limit_C[c] if kind == "logic" else m.dram_limit_C[c]
        rise_max = float(np.dot(R, th.max_site_power_W))
        here = sum(m.Occupied[j, cc, r] for (cc, r) in m.POOLS if cc == c)
        return (m.ambient_C + sum(float(R[i]) * m.SitePower_W[i] for i in m.SITES if R[i] > 0)
                <= limit + (m.ambient_C + rise_max - limit) * (1 - here))
    m.Thermal = pyo.Constraint(m.THERMAL_ROWS, rule=rule)


def define_area_cost_counts(m, d: ModelData) -> None:
    """Optional limits: sum_c area_c * Chiplets[c] <= area limit; sum_c cost_c * Chiplets[c]
    <= cost limit; Chiplets[c] <= max_count_c."""
    t = d.tables
    pkg = t.problem.instance.package
    specs = {c.name: c for c in t.problem.chiplets}
    if pkg.area_limit_mm2 is not None:
        m.AreaLimit = pyo.Constraint(expr=sum(specs[c].area_mm2 * m.Chiplets[c] for c in m.CHIPS) <= pkg.area_limit_mm2)
    if pkg.cost_limit_usd is not None:
        m.CostLimit = pyo.Constraint(expr=sum(specs[c].cost_usd * m.Chiplets[c] for c in m.CHIPS) <= pkg.cost_limit_usd)
    capped = [c for c in m.CHIPS if specs[c].max_count is not None]
    m.MaxCount = pyo.Constraint(capped, rule=lambda _m, c: m.Chiplets[c] <= specs[c].max_count)


def define_latency_epigraph(m, d: ModelData) -> None:
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
def define_objective(m, d: ModelData, dinkelbach_q: float = 0.0) -> None:
    """max_tokens_per_s_per_W: max tokens*Rate - q*Power_W (Dinkelbach step, q from the
    previous iterate); max_throughput: max tokens*Rate; min_power: min Power_W;
    min_cost: min sum cost*Chiplets; min_latency: min TTFT + steps * TPOT (ms)."""
    t = d.tables
    kind = t.problem.instance.objective.kind
    specs = {c.name: c for c in t.problem.chiplets}
    if kind == "max_tokens_per_s_per_W":
        m.DinkelbachQ = pyo.Param(initialize=dinkelbach_q, mutable=True)
        m.Objective = pyo.Objective(expr=t.tokens_per_req * m.Rate - m.DinkelbachQ * m.Power_W, sense=pyo.maximize)
    elif kind == "max_throughput":
        m.Objective = pyo.Objective(expr=t.tokens_per_req * m.Rate, sense=pyo.maximize)
    elif kind == "min_power":
        m.Objective = pyo.Objective(expr=m.Power_W, sense=pyo.minimize)
    elif kind == "min_cost":
        m.Objective = pyo.Objective(expr=sum(specs[c].cost_usd * m.Chiplets[c] for c in m.CHIPS), sense=pyo.minimize)
    else:
        m.Objective = pyo.Objective(expr=m.TtftMax_ms + t.decode_steps_per_req * m.TpotMax_ms
                                    + t.kv_transfer_ms, sense=pyo.minimize)


def define_symmetry_breaking(m, d: ModelData) -> None:
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

    def load(j):
        return sum(weight[pl] * m.Occupied[j, pl[0], pl[1]] for pl in d.pools)
    lr = [(j, side(c, cols)) for j, (r, c) in enumerate(d.sites) if side(c, cols)]
    tb = [(j, side(r, rows)) for j, (r, c) in enumerate(d.sites) if side(r, rows)]
    if lr:
        m.MirrorLeftRight = pyo.Constraint(expr=sum(s * load(j) for j, s in lr) >= 0)
    if tb:
        m.MirrorTopBottom = pyo.Constraint(expr=sum(s * load(j) for j, s in tb) >= 0)


CONSTRAINT_FAMILIES = (define_tile_count_link, define_site_packing, define_flow_balance, define_capacity,
                       define_kv_links, define_rate, define_power_budget, define_dynamic_share,
                       define_thermal, define_area_cost_counts, define_symmetry_breaking)


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
