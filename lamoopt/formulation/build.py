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

import pyomo.environ as pyo

from lamoopt.formulation import families
from lamoopt.formulation.configs import Tables
from lamoopt.formulation.families import (
    LATENCY_EPIGRAPH,
    SCALAR,
    Family,
    cost_usd,
    counted_power_W,
    dynamic_W,
    needs_type_use,
    parameter_values,
    peak_power_W,
    points_by_flow,
    pool_dynamic_W,
    ratio_denominator,
    static_W,
)
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.formulation.thermal_bound import ThermalBound

__all__ = ["ModelData", "build_model", "class_max_instances", "model_data", "pool_zmax_W"]

BUILT_WITH_EXPRESSIONS = ("OccupiedDef", "TypeUse", "SitePowerDef", "HotSitePowerDef")   # define_expressions builds them


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
    """zmax_cr: upper bound on the dynamic power of one chiplet of pool (chip, role): the largest
    z_o over the pool's points (Tables.peak_dynamic_per_chiplet_W: the point's power line at its
    largest over [0, its utilisation cap], spread over its chiplets)."""
    return max([tables.peak_dynamic_per_chiplet_W(o.key) for o in tables.points.values() if (o.chip, o.role) == pool]
               + [0.0])


def class_max_instances(tables: Tables, n_sites: int) -> dict[str, int]:
    """N_q: the instances class q may have, its tiles or the grid's sites over its chiplets."""
    return {ck: min(len(c.tiles), n_sites // c.chiplets) for ck, c in tables.classes.items()}


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
    max_inst = class_max_instances(tables, len(sites))
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
    """Mutable parameters (what-if sweeps change them without rebuilding), with the values of
    families.parameter_values: power_budget_W, rate_req_per_s (lambda), ambient_C,
    logic_limit_C[c], dram_limit_C[c], rho_cap[o] (utilisation caps)."""
    v = parameter_values(d.tables, d.thermal)
    m.power_budget_W = pyo.Param(initialize=v["power_budget_W"], mutable=True)
    m.rate_req_per_s = pyo.Param(initialize=v["rate_req_per_s"], mutable=True)
    m.ambient_C = pyo.Param(initialize=v["ambient_C"], mutable=True)
    m.logic_limit_C = pyo.Param(m.CHIPS, initialize=v["logic_limit_C"], mutable=True)
    m.dram_limit_C = pyo.Param(m.CHIPS, initialize=v["dram_limit_C"], mutable=True)
    m.rho_cap = pyo.Param(m.POINTS, initialize=v["rho_cap"], mutable=True)


def define_variables(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Place[s] in {0,1}: an instance of site set s's pool on s. Assign[k,q] in Z+: placed sets
    of kind k that run class q. Count[o] in Z+: instances at operating point o. Flow[o] >= 0: requests/s served at o. Rate >= 0: requests/s served.
    DynShare[j,c,r] >= 0, DynLevel[c,r] >= 0: per-chiplet dynamic power of pool (c,r).
    DynHot[c,r] in [0, zmax_cr]: the pool's hottest per-chiplet dynamic power, HotShare[j,c,r]
    in [0, zmax_cr] its share at site j as the Thermal rows read it, Used[o] in {0,1}: point o
    has an instance (PointHot, and the min-latency epigraph)."""
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
    m.LeakW = pyo.Var(m.SITES, domain=pyo.NonNegativeReals, bounds=(0, leak_max_W(t)))
    m.DynHot = pyo.Var(m.POOLS, domain=pyo.NonNegativeReals, bounds=lambda _m, c, r: (0, d.zmax_W[(c, r)]))
    m.HotShare = pyo.Var(m.SITES, m.POOLS, domain=pyo.NonNegativeReals,
                         bounds=lambda _m, j, c, r: (0, d.zmax_W[(c, r)]))
    m.Used = pyo.Var(m.POINTS, domain=pyo.Binary)


def leak_max_W(tables: Tables) -> float:
    """An upper bound of any site's leakage: the chord at the logic limit, the largest over the types."""
    return max(ch.leakage_W(ch.spec.thermal.logic_temp_limit_C) for ch in tables.chips.values())


class PyomoView:
    """The MILP's variables, parameters and named expressions for the row functions of
    families.py (families.View)."""

    def __init__(self, m: pyo.ConcreteModel, d: ModelData):
        t = d.tables
        self.m, self.d, self.tables, self.thermal = m, d, t, d.thermal
        self.n_sites = len(d.sites)
        self.sites = list(range(len(d.sites)))
        self.pools = list(d.pools)
        self.chips = sorted(t.chips)
        self.classes = sorted(t.classes)
        self.kinds = list(range(len(d.kind_classes)))
        pts = sorted(t.points)
        self._points = points_by_flow(t, pts)
        self._thermal_sites = {c: [j for j in self.sites if any((j, c, r) in d.pool_sets_at_site
                                                                for (cc, r) in d.pools if cc == c)]
                               for c in self.chips}
        self._kinds_of = {q: [k for (k, qq) in d.assign_keys if qq == q] for q in self.classes}

    def points(self, flow: str | None = None) -> list[str]:
        return self._points[flow]

    def thermal_sites(self, chip: str) -> list[int]:
        return self._thermal_sites[chip]

    def pool_sets_at_site(self, j: int, c: str, r: str) -> list[int]:
        return self.d.pool_sets_at_site.get((j, c, r), [])

    def kind_sets(self, k: int) -> list[int]:
        return self.d.kind_sets[k]

    def kind_classes(self, k: int) -> tuple[str, ...]:
        return self.d.kind_classes[k]

    def kinds_of(self, q: str) -> list[int]:
        return self._kinds_of[q]

    def zmax_W(self, c: str, r: str) -> float:
        return self.d.zmax_W[(c, r)]

    def max_instances(self, q: str) -> int:
        return self.d.max_instances[q]

    def param(self, name: str, *index: Any) -> Any:
        comp = getattr(self.m, name)
        return comp[index if len(index) > 1 else index[0]] if index else comp

    coef = param

    def const(self, value: float) -> float:
        return value

    def __getattr__(self, name: str) -> Callable[..., Any]:
        """A variable or named expression by its component name: x.Flow(o) is m.Flow[o], x.Rate() is m.Rate."""
        comp = getattr(self.m, name)
        return lambda *index: comp[index if len(index) > 1 else index[0]] if index else comp


def add_family(m: pyo.ConcreteModel, x: PyomoView, family: Family) -> None:
    """One constraint component named for the family, over its index in the view (a Pyomo Set
    of its own where family.pyomo_set names one); nothing where the family is absent."""
    index = family.index(x)
    if index is None:
        return
    if index is SCALAR:
        setattr(m, family.name, pyo.Constraint(expr=family.rule(x)))
        return
    keys: Any = list(index)
    if family.pyomo_set is not None:
        name, dimen = family.pyomo_set
        setattr(m, name, pyo.Set(initialize=keys, dimen=dimen, ordered=True))
        keys = getattr(m, name)

    def rule(_m: pyo.ConcreteModel, *i: Any) -> Any:
        row = family.rule(x, *i)
        return pyo.Constraint.Skip if row is None else row
    setattr(m, family.name, pyo.Constraint(keys, rule=rule))


def define_expressions(m: pyo.ConcreteModel, d: ModelData, x: PyomoView) -> None:
    """Occupied[j,c,r] = sum of Place over site sets of pool (c,r) covering j (OccupiedDef);
    Chiplets[c] = sum_{j,r} Occupied[j,c,r]; the named expressions of families.py: PoolDynamic_W,
    Static_W (leakage: sum_j LeakW[j]), Dynamic_W, Power_W, PeakPower_W, CountedPower_W, Cost_usd
    (with TypeUsed and TypeUse where needed), RatioDenominator; SitePower_W[j] (SitePowerDef) and
    HotSitePower_W[j] (HotSitePowerDef)."""
    # Occupied and SitePower_W are variables defined by equalities (not expressions) so the
    # dense thermal rows, the packing rows and the sharing rows reference a few variables each
    # instead of every site set covering a site: far fewer nonzeros for HiGHS.
    m.Occupied = pyo.Var(m.SITES, m.POOLS, bounds=(0, 1))
    add_family(m, x, families.BY_NAME["OccupiedDef"])
    m.Chiplets = pyo.Expression(m.CHIPS, rule=lambda _m, c: sum(
        m.Occupied[j, cc, r] for j in m.SITES for (cc, r) in m.POOLS if cc == c))
    m.PoolDynamic_W = pyo.Expression(m.POOLS, rule=lambda _m, c, r: pool_dynamic_W(x, c, r))
    m.Static_W = pyo.Expression(expr=static_W(x, sum(m.LeakW[j] for j in m.SITES)))
    m.Dynamic_W = pyo.Expression(expr=dynamic_W(x))
    m.Power_W = pyo.Expression(expr=m.Static_W + m.Dynamic_W)
    m.PeakPower_W = pyo.Expression(expr=peak_power_W(x))
    m.CountedPower_W = pyo.Expression(expr=counted_power_W(x, m.Power_W, m.PeakPower_W))
    if needs_type_use(d.tables):
        m.TypeUsed = pyo.Var(m.CHIPS, domain=pyo.Binary)
        add_family(m, x, families.BY_NAME["TypeUse"])
    m.Cost_usd = pyo.Expression(expr=cost_usd(x))
    m.RatioDenominator = pyo.Expression(expr=ratio_denominator(x, m.CountedPower_W, m.Cost_usd))
    m.SitePower_W = pyo.Var(m.SITES, domain=pyo.NonNegativeReals)
    add_family(m, x, families.BY_NAME["SitePowerDef"])
    m.HotSitePower_W = pyo.Var(m.SITES, domain=pyo.NonNegativeReals)
    add_family(m, x, families.BY_NAME["HotSitePowerDef"])


def define_latency_epigraph(m: pyo.ConcreteModel, d: ModelData, x: PyomoView) -> None:
    """Min-latency objective only: TtftMax_ms, TpotMax_ms >= 0 and the rows TtftEpi, TpotEpi
    (families.py; Used and UsedLink are the model's own)."""
    m.TtftMax_ms = pyo.Var(domain=pyo.NonNegativeReals)
    m.TpotMax_ms = pyo.Var(domain=pyo.NonNegativeReals)
    for name in LATENCY_EPIGRAPH:
        add_family(m, x, families.BY_NAME[name])


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


def build_model(d: ModelData, dinkelbach_q: float = 0.0) -> pyo.ConcreteModel:
    """Sets, variables, expressions, every constraint family, the objective: in this order."""
    m = pyo.ConcreteModel(name=d.tables.problem.instance.name)
    define_sets(m, d)
    define_parameters(m, d)
    define_variables(m, d)
    x = PyomoView(m, d)   # one view: its index sets are derived once
    define_expressions(m, d, x)
    for family in families.FAMILIES:
        if family.name not in BUILT_WITH_EXPRESSIONS + LATENCY_EPIGRAPH:
            add_family(m, x, family)
    if d.tables.problem.instance.objective.kind == "min_latency":
        define_latency_epigraph(m, d, x)
    define_objective(m, d, dinkelbach_q)
    return m
