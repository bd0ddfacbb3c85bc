"""Why an instance is infeasible, in the instance's own terms, with the smallest change to each
limit that makes it feasible on its own.

1. Solve. Infeasible before the MILP (no operating point survives the tables): the memory of
   the TP x PP splits or a latency target; loosening the targets tells which.
2. MILP infeasible: HiGHS's IIS of the LP relaxation when that is infeasible (conflicting
   constraint families), then, for every limit, the smallest change that alone makes the
   instance feasible:
   - power budget, temperatures (as the ambient/coolant temperature, which moves every thermal
     row at once and nothing else), arrival rate: an elastic re-solve with a slack on that
     limit's rows, minimising the slack; the chip type and site whose limit binds are named;
   - TTFT / TPOT targets: a search over the target with re-solves on one model built for a loose
     target (TPOT exactly over the decode points' step times; TTFT by bisection to 0.5 %);
   each change is verified by re-solving the changed instance.
3. No limit but the rate fixes it alone: the package (whatif.package). Whether it binds: the
   largest rate it serves with the power budget, temperature limits and latency targets all
   lifted (a proven optimum); below the rate asked for, the package is the binding limit and
   the other limits' "no ... helps" say so. Then the smallest package that serves the rate with
   every other limit as given: grids with up to +2 rows and +2 columns, fewest sites first, and
   the catalog's other interposer chiplet types added one at a time; each candidate is
   re-solved for feasibility and the first feasible one is the answer (the re-solve is the
   proof; the smaller ones tried are proven infeasible). When no design exists at all, the
   structure says why (the smallest prefill and decode instances need more sites than the grid
   has).
4. No limit alone suffices: the combined elastic re-solve (all slacks, each relative to its
   limit) names the combination.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field

import pyomo.environ as pyo

from lamoopt.costmodel.memory import GB
from lamoopt.formulation.families import ROW_MEANINGS
from lamoopt.instance.schema import Search
from lamoopt.solve.highs import Status
from lamoopt.whatif.changes import BaseInstance, Changes
from lamoopt.whatif.elastic import RATE_SLACK_SHARE_MAX, Group, elastic_solve, family, lp_iis, thermal_rows, worst_row
from lamoopt.whatif.engine import Engine, with_targets
from lamoopt.whatif.package import (
    GRID_GROW_MAX,
    LOOSE_TARGET_MS,
    Check,
    checks_text,
    chiplet_candidates,
    first_feasible,
    grid_candidates,
    relaxed_max_rate,
)

TTFT_REL_TOL = 0.005            # bisection stops when hi/lo < 1 + this
VERIFY_MARGIN = 1e-6            # changes are verified a hair beyond the elastic optimum
RATE_FIELD = "workload.arrival_rate_req_per_s"
GRID_FIELD = "package.grid_rows x grid_cols"
# an IIS names rows (their family's meaning: formulation.families.FAMILIES) and variable bounds
FAMILY_TERMS = {
    **ROW_MEANINGS,
    "DynShare bound": "dynamic power per chiplet at full utilisation (chiplet throughput)",
    "DynLevel bound": "dynamic power per chiplet at full utilisation (chiplet throughput)",
    "DynHot bound": "dynamic power per chiplet at full utilisation (chiplet throughput)",
    "HotShare bound": "dynamic power per chiplet at full utilisation (chiplet throughput)",
    "Count bound": "instances that fit the grid",
}


@dataclass
class Finding:
    """One limit: its field, current value, the value that makes the instance feasible on its
    own (None: this limit alone cannot) and why, in the instance's terms."""

    limit: str
    field: str
    value: object
    needed: object | None
    why: str
    verified: bool | None = None
    proof: str = ""          # how `needed` was verified, when more than "verified by re-solving" says

    def text(self) -> str:
        if self.needed is None:
            return f"- {self.limit} ({self.field} = {self.value}): {self.why}"
        check = {True: "verified by re-solving", False: "NOT confirmed by re-solving", None: "not re-solved"}
        if self.proof:
            return f"- {self.limit}: {self.why}\n    smallest change: {self.field} = {_fmt(self.needed)} ({self.proof})"
        return f"- {self.limit}: {self.why}\n    smallest change: {self.field} = {_fmt(self.needed)} ({check[self.verified]})"


@dataclass
class Explanation:
    feasible: bool
    cause: str
    summary: str
    findings: list[Finding] = field(default_factory=list)
    iis: list[str] = field(default_factory=list)
    combined: dict = field(default_factory=dict)
    binding: str = ""        # the binding limit, when the package search named it

    def text(self) -> str:
        lines = [self.summary] + ([f"Binding limit: {self.binding}"] if self.binding else [])
        if self.iis:
            fams = sorted({family(r) for r in self.iis})
            lines.append(f"HiGHS IIS of the LP relaxation ({len(self.iis)} rows/bounds): "
                         + "; ".join(f"{f} = {FAMILY_TERMS.get(f, f)}" for f in fams))
        alone = [f for f in self.findings if f.needed is not None]
        if alone:
            lines.append("Any one of these changes makes the instance feasible:")
            lines += [f.text() for f in alone]
        rest = [f for f in self.findings if f.needed is None]
        if rest:
            lines.append("Limits that cannot fix it alone:")
            lines += [f.text() for f in rest]
        if self.combined:
            lines.append("No single limit suffices; the least combined relaxation (elastic re-solve): "
                         + ", ".join(f"{k} +{v:.4g}" for k, v in self.combined.items() if v > 0))
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return asdict(self)


def _sites(grid: str) -> int:
    """'4x5' -> 20 (a grid label; labels with more text after the grid count the grid)."""
    rows, cols = grid.split(" ", 1)[0].split("x")
    return int(rows) * int(cols)


def _fmt(x) -> str:
    return f"{x:.6g}" if isinstance(x, float) else str(x)


# ----------------------------------------------------------------------------- entry point
def explain(base: BaseInstance, changes: Changes, opts) -> Explanation:
    """Explain why base + changes is infeasible (InputError from the checks propagates)."""
    engine = Engine(base, opts)
    solved = engine.solve(changes)
    if solved.outcome.status == Status.OPTIMAL:
        return Explanation(True, "feasible", f"feasible: optimum {solved.outcome.objective:.6g}; nothing to explain")
    if solved.outcome.status != Status.INFEASIBLE:
        return Explanation(False, solved.outcome.status.value,
                           f"not proven infeasible ({solved.outcome.status.value}: {solved.outcome.message})")
    ctx = _Context(base, dict(changes), opts, engine, solved.problem)
    if engine.built.model is None:
        return ctx.explain_tables(solved.outcome.message)
    return ctx.explain_milp()


@dataclass
class _Context:
    base: BaseInstance
    changes: Changes
    opts: object
    engine: Engine
    prob: object

    # ------------------------------------------------------------------ helpers
    def feasible(self, extra: Changes, engine: Engine | None = None) -> bool:
        """Re-solve with `extra` changes on top (the engine re-uses its model where it can).
        The main engine's model is put back to this point's parameters afterwards: the
        elastic re-solves clone it."""
        solved = (engine or self.engine).solve({**self.changes, **extra})
        if engine is None and self.engine.built.model is not None:
            self.engine.set_parameters(self.engine.built, self.prob)
        return solved.outcome.status == Status.OPTIMAL

    @property
    def model(self):
        return self.engine.built.model

    @property
    def tables(self):
        return self.engine.built.tables

    # ------------------------------------------------------------------ MILP infeasible
    def explain_milp(self) -> Explanation:
        iis = lp_iis(self.model, self.opts.threads) or []
        cause = "the LP relaxation is infeasible" if iis else "infeasible only through integrality"
        findings = [f for f in (self.power(), self.thermal(), self.rate(), self.ttft(), self.tpot()) if f]
        alone = any(f.needed is not None for f in findings)
        binding = ""
        if not any(f.needed is not None for f in findings if f.field != RATE_FIELD):
            binding, package = self.package(findings)
            findings += package
        combined = {}
        if not alone:
            result = elastic_solve(self.model, self.groups(), self.opts, extra=self.ttft_elastic)
            combined = result.slacks if result is not None else {}
        summary = (f"{self.prob.instance.name}: infeasible ({cause}) with "
                   f"{self.describe_changes()}.")
        return Explanation(False, cause, summary, findings, iis, combined, binding)

    def describe_changes(self) -> str:
        from lamoopt.whatif.changes import describe
        return describe(self.changes) if self.changes else "the instance as given"

    def groups(self) -> list[Group]:
        m, p = self.model, self.prob
        out = [Group("power_W", (m.PowerBudget.name,), p.instance.package.power_budget_W),
               Group("rate_req_per_s", (m.RateTarget.name,), p.rate_req_per_s, RATE_SLACK_SHARE_MAX * p.rate_req_per_s)]
        for chip in sorted(self.tables.chips):
            for kind in ("logic", "dram"):
                rows = thermal_rows(m, chip, kind)
                if rows:
                    out.append(Group(f"{chip}_{kind}_limit_K", rows, self.headroom_K(chip, kind)))
        return out

    def headroom_K(self, chip: str, kind: str) -> float:
        return max(self.engine.built.thermal.limit_C(chip, kind) - self.prob.instance.package.ambient_C, 1e-3)

    def ttft_elastic(self, clone):
        """Prefill points capped by the TTFT target may run up to search.max_utilisation at a
        cost: the extra requests/s served above the caps, relative to the rate."""
        rho_max = self.prob.instance.search.max_utilisation
        capped = [o for o in clone.PREFILL_POINTS if pyo.value(clone.rho_cap[o]) < rho_max - 1e-9]
        if not capped:
            return {}
        clone.TtftExtra = pyo.Var(capped, domain=pyo.NonNegativeReals)
        mu = {o: self.tables.points[o].capacity_req_per_s for o in capped}
        for o in capped:
            clone.Capacity[o].deactivate()
        clone.TtftCapacity = pyo.Constraint(capped, rule=lambda c, o: (
            c.Flow[o] <= c.rho_cap[o] * mu[o] * c.Count[o] + mu[o] * c.TtftExtra[o]))
        clone.TtftExtraCap = pyo.Constraint(capped, rule=lambda c, o: (
            c.TtftExtra[o] <= (rho_max - c.rho_cap[o]) * c.Count[o]))
        return {"ttft_extra_req_per_s": (sum(mu[o] * clone.TtftExtra[o] for o in capped), self.prob.rate_req_per_s)}

    # ------------------------------------------------------------------ each limit alone
    def power(self) -> Finding:
        budget = self.prob.instance.package.power_budget_W
        field_, name = "package.power_budget_W", "power budget"
        res = elastic_solve(self.model, [Group("power", (self.model.PowerBudget.name,), budget)], self.opts)
        if res is None:
            return Finding(name, field_, budget, None, "no budget helps: another limit binds first")
        needed = budget + res.slacks["power"]
        cl = res.model
        static, total = pyo.value(cl.Static_W), pyo.value(cl.Power_W)
        chips = {c: int(round(pyo.value(cl.Chiplets[c]))) for c in cl.CHIPS}
        n = sum(chips.values())
        mix = " + ".join(f"{k} {c}" for c, k in chips.items() if k)
        a = self.prob.arch
        what = f"the {n} chiplets ({mix}) needed to hold {a.name}'s {a.total_weight_bytes / GB:.1f} GB of weights"
        if static > budget:
            why = (f"power budget {budget:g} W is below the {static:.0f} W static power of {what} for prefill and "
                   f"decode; with the dynamic power to serve {self.prob.rate_req_per_s:g} req/s the least-power "
                   f"feasible design draws {total:.0f} W")
        else:
            why = (f"power budget {budget:g} W is below the {total:.0f} W the least-power feasible design draws: "
                   f"{static:.0f} W static power of {what} + {total - static:.0f} W dynamic to serve "
                   f"{self.prob.rate_req_per_s:g} req/s")
        needed = needed * (1 + VERIFY_MARGIN)
        return Finding(name, field_, budget, needed, why, self.feasible({field_: needed}))

    def thermal(self) -> Finding | None:
        rows = thermal_rows(self.model)
        if not rows:
            return None
        amb = self.prob.instance.package.ambient_C
        field_, name = "package.ambient_C", "temperature limits (via the ambient/coolant temperature)"
        res = elastic_solve(self.model, [Group("thermal", rows, 1.0)], self.opts)
        if res is None:
            return Finding(name, field_, amb, None, "no cooling helps: another limit binds first")
        slack = res.slacks["thermal"]
        if slack <= 1e-9:
            return Finding(name, field_, amb, None, "the temperature limits do not bind")
        row, _ = worst_row(res.model, rows)
        chip, kind, j = self.model.find_component(row).index()[:3]   # (chip, kind, site, hot cell)
        limit = self.engine.built.thermal.limit_C(chip, kind)
        site = self.engine.built.data.sites[j]
        spec_i = [c.name for c in self.prob.chiplets].index(chip)
        why = (f"the {chip} {kind} temperature limit {limit:g} C (chiplets[{spec_i}].thermal.{kind}_temp_limit_C) "
               f"is {limit - amb:.1f} K above the {amb:g} C ambient; the coolest feasible design still reaches "
               f"{limit + slack:.1f} C at site {tuple(site)}: {slack:.2f} K too hot (raising that limit by "
               f"{slack:.2f} K also raises the static-power bound taken at the limit)")
        needed = amb - slack * (1 + VERIFY_MARGIN) - VERIFY_MARGIN
        return Finding(name, field_, amb, needed, why, self.feasible({field_: needed}))

    def rate(self) -> Finding:
        lam = self.prob.rate_req_per_s
        field_, name = "workload.arrival_rate_req_per_s", "arrival rate"
        g = Group("rate", (self.model.RateTarget.name,), lam, RATE_SLACK_SHARE_MAX * lam)
        res = elastic_solve(self.model, [g], self.opts)
        if res is None:
            return Finding(name, field_, lam, None, "even a tiny rate is infeasible: another limit binds")
        top = lam - res.slacks["rate"]
        needed = top * (1 - VERIFY_MARGIN)
        pkg = self.prob.instance.package
        why = (f"{lam:g} req/s cannot be served on the {pkg.grid_rows}x{pkg.grid_cols} grid within the power budget, "
               f"temperature limits and latency targets: at most {top:.4g} req/s")
        return Finding(name, field_, lam, needed, why, self.feasible({field_: needed}))

    def ttft(self) -> Finding | None:
        path = "workload.targets.ttft_ms"
        if self.prob.instance.objective.kind == "min_latency":
            return None
        return self.target_search(path, "TTFT target", self.ttft_bisect)

    def tpot(self) -> Finding | None:
        return self.target_search("workload.targets.tpot_ms", "TPOT target", self.tpot_steps)

    def target_binds(self, path: str) -> bool:
        """Does the target drop or cap any operating point (compared with no target)?"""
        from lamoopt.formulation.tables import build_tables
        t = self.prob.instance.workload.targets
        loose = build_tables(with_targets(self.prob, LOOSE_TARGET_MS if "tpot" in path else t.tpot_ms,
                                          LOOSE_TARGET_MS if "ttft" in path else t.ttft_ms))
        now = self.tables.points if self.engine.built.model is not None else {}
        if len(loose.points) != len(now):
            return True
        rho_max = self.prob.instance.search.max_utilisation
        return "ttft" in path and any(p.rho_cap < rho_max - 1e-9 for p in now.values() if p.serves("prefill"))

    def target_search(self, path: str, name: str, search) -> Finding | None:
        """Smallest feasible target by re-solves on one model built for a loose target."""
        current = getattr(self.prob.instance.workload.targets, path.rsplit(".", 1)[1])
        if not self.target_binds(path):
            return Finding(name, path, current, None, "does not bind (it caps or drops no operating point)")
        engine = Engine(self.base, self.opts, hints={path: LOOSE_TARGET_MS})
        if not self.feasible({path: LOOSE_TARGET_MS}, engine):
            return Finding(name, path, current, None, "no target helps: another limit binds")
        needed = search(engine, path, current)
        p = self.prob.instance.workload.targets.percentile
        why = (f"{name} {current:g} ms (p{p:g}) is below what the chiplets reach at {self.prob.rate_req_per_s:g} "
               f"req/s within the other limits: the smallest feasible target is {needed:.4g} ms")
        return Finding(name, path, current, needed, why, True)

    def ttft_bisect(self, engine: Engine, path: str, current: float) -> float:
        lo, hi = current, current * 2
        while hi < LOOSE_TARGET_MS and not self.feasible({path: hi}, engine):
            lo, hi = hi, hi * 2
        hi = min(hi, LOOSE_TARGET_MS)
        while hi / lo > 1 + TTFT_REL_TOL:
            mid = math.sqrt(lo * hi)
            if self.feasible({path: mid}, engine):
                hi = mid
            else:
                lo = mid
        return hi

    def tpot_steps(self, engine: Engine, path: str, current: float) -> float:
        """Feasibility changes only at decode step times: binary search over them. (A combined
        point's latency_ms is its TTFT; its TPOT enters its cap through CombinedQueue.meets and
        is not searched here.)"""
        steps = sorted({p.latency_ms for p in engine.built.tables.points.values()
                        if p.role == "decode" and p.latency_ms > current})
        lo, hi = 0, len(steps) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.feasible({path: steps[mid]}, engine):
                hi = mid
            else:
                lo = mid + 1
        return steps[lo] if steps else LOOSE_TARGET_MS

    # ------------------------------------------------------------------ structure
    def smallest_instances(self, tables) -> dict[str, tuple[int, str]]:
        """Per role (prefill, decode, combined): the fewest chiplets of any instance class with
        points, and its description."""
        out = {}
        for role in ("prefill", "decode", "combined"):
            classes = [tables.classes[k] for k in {p.cls for p in tables.points.values() if p.role == role}]
            if classes:
                c = min(classes, key=lambda c: (c.chiplets, c.chip))
                out[role] = (c.chiplets, f"{c.chip} TP{c.tp} PP{c.pp}")
        return out

    def structure_why(self) -> str:
        """Why no design fits at all: the smallest prefill and decode instances (or the smallest
        combined one, which serves alone, if it needs fewer sites) against the grid."""
        pkg, a = self.prob.instance.package, self.prob.arch
        small = self.smallest_instances(self.tables)
        pair = {r: v for r, v in small.items() if r != "combined"}
        alone = {"combined": small["combined"]} if "combined" in small else {}
        if alone and (len(pair) < 2 or alone["combined"][0] <= sum(n for n, _ in pair.values())):
            small = alone
        else:
            small = pair
        need = sum(n for n, _ in small.values())
        parts = " and ".join(f"the smallest {r} instance {n} ({d})" for r, (n, d) in small.items())
        fit = (f"{need} sites, but the {pkg.grid_rows}x{pkg.grid_cols} grid has {self.prob.sites}"
               if need > self.prob.sites else "no placement of their tile shapes fits the grid together")
        return f"{a.name} ({a.total_weight_bytes / GB:.1f} GB of weights plus KV cache) needs {parts}: {fit}"

    def package(self, findings: list[Finding]) -> tuple[str, list[Finding]]:
        """The package as the limit (whatif.package): whether it binds, the smallest grid and
        the chiplet types that serve the instance, each proven by a re-solve. Returns the
        binding-limit text and the grid and chiplet-type findings; the other limits' "another
        limit binds" name the package when it binds."""
        pkg, lam = self.prob.instance.package, self.prob.rate_req_per_s
        now = f"{pkg.grid_rows}x{pkg.grid_cols}"
        top = relaxed_max_rate(self.base, self.changes, self.opts)
        what = f"the {now} grid ({self.prob.sites} sites) of {', '.join(c.name for c in self.prob.chiplets)} chiplets"
        if top is None:
            why = self.structure_why()
        else:
            why = (f"with the power budget, the temperature limits and both latency targets lifted, {what} serves "
                   f"at most {top:.4g} req/s (proven: HiGHS's optimum of the largest rate with those rows removed)")
        binds = top is None or top < lam * (1 - VERIFY_MARGIN)
        grid = self.grid_finding(why + (f", below the {lam:g} req/s asked for" if binds and top is not None else ""))
        types = self.chiplet_finding()
        if not binds:
            return "", [grid, types]
        for f in findings:
            if f.needed is None and "another limit binds" in f.why:
                f.why = re.sub(r"another limit binds( first)?", "the package binds (see 'Binding limit')", f.why)
        return self.binding_text(what, top, grid, types), [grid, types]

    def binding_text(self, what: str, top: float | None, grid: Finding, types: Finding) -> str:
        """The package named as the binding limit, with the smallest package that works."""
        lam = self.prob.rate_req_per_s
        serves = "holds no design at all" if top is None else f"serves at most {top:.4g} req/s"
        out = (f"the package: {what} {serves} even with the power budget, the temperature limits and the latency "
               f"targets lifted (proven by HiGHS), so no budget, cooling or latency target can serve {lam:g} req/s")
        fixes = [f"the {f.needed} grid ({_sites(f.needed)} sites)" if f is grid else f"chiplets {f.needed}"
                 for f in (grid, types) if f.needed is not None]
        if fixes:
            out += (f". Smallest package that serves it with every other limit as given: {' or '.join(fixes)}, "
                    f"verified by re-solving (the re-solve is the proof: HiGHS finds a design that meets every "
                    f"constraint; every smaller candidate tried is proven infeasible)")
        else:
            out += f". No grid with up to {GRID_GROW_MAX} more rows and columns and no other catalog chiplet helps"
        return out

    def chiplet_finding(self) -> Finding:
        """The catalog's interposer chiplets not offered, each added alone on the given grid."""
        from lamoopt.whatif.changes import changed_data
        offered = changed_data(self.base.data, self.changes)["chiplets"]
        names = [c if isinstance(c, str) else c.get("name") for c in offered]
        cands = chiplet_candidates(offered)
        if not cands:
            return Finding("chiplet types", "chiplets", names, None,
                           "every interposer chiplet of the catalog is offered already (the catalog's "
                           "baseline devices are separate packages, not chiplets)")
        found, checks = first_feasible(self.base, self.changes, cands, self.opts)
        if found is None:
            return Finding("chiplet types", "chiplets", names, None,
                           f"no other catalog chiplet helps on this grid: {checks_text(checks)}")
        added = found.label.split(" + ", 1)[1]
        return Finding("chiplet types", "chiplets", names, names + [added],
                       f"adding {added} serves the instance on this grid; a design: {found.detail}", True,
                       self.proof_text(checks))

    @staticmethod
    def proof_text(checks: list[Check]) -> str:
        """How a package change was verified: the re-solves made, the last one feasible."""
        return f"verified by re-solving, the re-solve is the proof: {checks_text(checks)}"

    def grid_finding(self, why: str, widen_search: bool = False) -> Finding:
        """The first grid (fewest sites), optionally with the default TP/PP degrees, that makes
        the instance feasible, by feasibility re-solves. Without widen_search the largest grid
        is bounded first with the power, temperature and latency limits lifted (LP relaxation):
        a design of a smaller grid fits on it as well, so when even it cannot serve the rate, no
        candidate can (proven without trying them)."""
        pkg = self.prob.instance.package
        field_ = GRID_FIELD + (" (and search degrees)" if widen_search else "")
        name = "grid size" + (" / search space" if widen_search else "")
        now = f"{pkg.grid_rows}x{pkg.grid_cols}"
        candidates = self.structure_candidates(widen_search)
        if not widen_search:
            largest, label = candidates[-1]
            top = relaxed_max_rate(self.base, {**self.changes, **largest}, self.opts, bound_only=True)
            if top is None or top < self.prob.rate_req_per_s * (1 - VERIFY_MARGIN):
                serves = "holds no design" if top is None else f"serves at most {top:.4g} req/s"
                return Finding(name, field_, now, None, why + f"; even the {label} grid {serves} with those "
                               f"limits lifted (proven: HiGHS's LP-relaxation bound), so no grid with up to "
                               f"{GRID_GROW_MAX} more rows and columns helps")
        found, checks = first_feasible(self.base, self.changes, candidates, self.opts)
        if found is None:
            return Finding(name, field_, now, None, why + f" (no grid with up to {GRID_GROW_MAX} more rows and "
                           f"columns helps: {checks_text(checks)})")
        return Finding(name, field_, now, found.label, why + f"; a design on {found.label}: {found.detail}", True,
                       self.proof_text(checks))

    def structure_candidates(self, widen_search: bool) -> list[tuple[Changes, str]]:
        """Grid changes, fewest sites first; with widen_search first the default TP/PP degrees
        on the same grid, then both."""
        pkg, heads = self.prob.instance.package, self.prob.arch.num_heads
        grids = grid_candidates(pkg.grid_rows, pkg.grid_cols)
        if not widen_search:
            return grids
        defaults = Search()
        wide = {"search.tp_degrees": [t for t in defaults.tp_degrees if heads % t == 0],
                "search.pp_degrees": list(defaults.pp_degrees)}
        text = f"tp_degrees {wide['search.tp_degrees']}, pp_degrees {wide['search.pp_degrees']}"
        return [(wide, f"{pkg.grid_rows}x{pkg.grid_cols} with search {text}")] + [
            ({**wide, **g}, f"{label} with search {text}") for g, label in grids]

    # ------------------------------------------------------------------ before the MILP
    def explain_tables(self, message: str) -> Explanation:
        """No operating point survived: memory (even without latency targets) or a target."""
        from lamoopt.formulation.tables import build_tables
        loose = build_tables(with_targets(self.prob, LOOSE_TARGET_MS, LOOSE_TARGET_MS))
        summary = f"{self.prob.instance.name}: infeasible before the MILP: {message}."
        missing = [f for f in ("prefill", "decode") if not any(p.serves(f) for p in loose.points.values())]
        if missing:
            a, pkg, s = self.prob.arch, self.prob.instance.package, self.prob.instance.search
            biggest = max(self.prob.chiplets, key=lambda c: c.dram_capacity_GB)
            why = (f"memory: no {' or '.join(missing)} instance fits: {a.name}'s {a.total_weight_bytes / GB:.1f} GB "
                   f"of weights plus the KV cache of the smallest batch exceed every TP in {s.tp_degrees} x PP in "
                   f"{s.pp_degrees} split on the {pkg.grid_rows}x{pkg.grid_cols} grid (largest chiplet DRAM: "
                   f"{biggest.name} {biggest.dram_capacity_GB:g} GB)")
            return Explanation(False, "memory", summary, [self.grid_finding(why, widen_search=True)])
        findings = [f for f in (self.ttft(), self.tpot()) if f is not None and f.needed is not None]
        return Explanation(False, "latency targets", summary, findings)
