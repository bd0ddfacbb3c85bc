"""The design report of one solution: a self-contained HTML page (`lamoopt report SOLUTION.json`,
`lamoopt solve --report`) with the floorplan, the thermal map, the mapping, the proof, the
re-check, the latency distribution and the power breakdown.

Everything shown comes from the solution file: the evaluator is not run again. The instance file
the solution names (or `--instance`) only gives the drawing its scale; without it the floorplan
is a schematic and says so. A section whose data an older solution file lacks says so
(`html.MISSING`) instead of recomputing it.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from lamoopt.design import Design
from lamoopt.formulation.error_bounds import stated_bound
from lamoopt.instance.errors import InputError
from lamoopt.report import html as H
from lamoopt.report.figures_svg import (
    POWER_KINDS,
    finite,
    latency_svg,
    power_svg,
    thermal_svg,
)
from lamoopt.report.floorplan_svg import Scale, floorplan_svg
from lamoopt.report.solution import objective_words

SITE_CHECK = re.compile(r"^(logic|dram)_C\[(\d+),(\d+)\]$")      # evaluate.checks display names
LATENCY_CHECK = re.compile(r"^(ttft|tpot)_p([\d.]+)_ms$")
UNITS = {"throughput_tokens_per_s": "tokens/s", "ttft_ms": "ms", "tpot_ms": "ms", "power_W": "W",
         "peak_temperature_C": "°C", "tokens_per_s_per_W": "tokens/s/W"}
OLD_PERCENTILES = (50, 90, 99)    # what files without latency_percentiles_ms hold


def site_name(r: int, c: int) -> str:
    return f"[{r},{c}]"


def site_roles(design: Design) -> dict[tuple[int, int], tuple]:
    """{(row, col): (instance, stage, TP rank)} of a placed design."""
    return {(r, c): (inst, k // inst.tp, k % inst.tp) for inst in design.instances
            for k, (r, c) in enumerate(inst.sites)}


def site_limits(checks: list[dict]) -> dict[tuple[int, int], dict[str, tuple[float, int]]]:
    """{(row, col): {"logic"|"dram": (limit, index in the checks)}} from the temperature checks."""
    out: dict = {}
    for k, c in enumerate(checks):
        m = SITE_CHECK.match(c["name"])
        if m:
            out.setdefault((int(m[2]), int(m[3])), {})[m[1]] = (c["limit"], k)
    return out


def latency_targets(checks: list[dict]) -> dict[str, tuple[float, float, int]]:
    """{"ttft"|"tpot": (percentile, limit_ms, index in the checks)} from the latency checks."""
    out = {}
    for k, c in enumerate(checks):
        m = LATENCY_CHECK.match(c["name"])
        if m:
            out[m[1]] = (float(m[2]), c["limit"], k)
    return out


# ----------------------------------------------------------------------------- sections
def floorplan_section(design: Design | None, scale: Scale, name: str = "floorplan") -> H.Section:
    if design is None or not any(i.sites for i in design.instances):
        return H.Section("floorplan", "Floorplan", [H.para("no placed design in this solution file")])
    svg = floorplan_svg(design, scale, name=name)
    return H.Section("floorplan", "Floorplan", [
        H.figure(svg, "The interposer grid: each chiplet with its type, role, instance, pipeline stage and TP "
                      "rank; solid outlines: serving instances; dashed: their pipeline stages (each a TP group); "
                      "arrows: the KV cache's routes from prefill to decode on the mesh (XY routing, width: "
                      "share of one prompt's KV)."),
        H.para(scale.note)])


def thermal_section(sol: dict, design: Design | None) -> H.Section:
    rc, pred = sol.get("recheck") or {}, sol.get("predicted") or {}
    if design is None:
        return H.Section("thermal", "Thermal map", [H.para("no design in this solution file")])
    rows, cols = design.grid_rows or 0, design.grid_cols or 0
    readings = {(s["row"], s["col"]): (k, s) for k, s in enumerate(rc.get("per_site", []))}
    limits = site_limits(rc.get("constraints", []))
    roles = site_roles(design)
    parts, fig_sites, table_rows, attrs = [], [], [], []
    pred_logic = pred.get("site_temperature_C") or []
    for r in range(rows):
        for c in range(cols):
            k, s = readings.get((r, c), (None, {}))
            lim = limits.get((r, c), {})
            fig_sites.append({"row": r, "col": c, "logic_C": s.get("logic_peak_C"), "dram_C": s.get("dram_peak_C"),
                              "logic_limit_C": lim.get("logic", (None,))[0], "dram_limit_C": lim.get("dram", (None,))[0]})
            j = r * cols + c
            who = roles.get((r, c))
            base = f"recheck.per_site[{k}]"
            power = (s["dynamic_W"] + s["static_W"]) if finite(s.get("dynamic_W")) and finite(s.get("static_W")) else None
            table_rows.append([
                site_name(r, c), who[0].chiplet if who else "empty", who[0].role if who else "",
                who[0].id if who else "", f"{who[1]} · {who[2]}" if who else "",
                H.num(s.get("logic_peak_C"), f"{base}.logic_peak_C", 4), _limit_cell(lim, "logic"),
                H.num(s.get("dram_peak_C"), f"{base}.dram_peak_C", 4), _limit_cell(lim, "dram"),
                H.num(pred_logic[j] if j < len(pred_logic) else None, f"predicted.site_temperature_C[{j}]", 4),
                H.num(power, None, 4)])
            attrs.append(f'data-site="{r},{c}"')
    if rc.get("per_site"):
        parts.append(H.figure(thermal_svg(rows, cols, fig_sites, name="thermal"),
                              "Peak temperature of each chiplet's logic die and DRAM stack, measured by the "
                              "evaluator's finite-volume thermal solve at the simulated power; numbers under "
                              "the temperature: the chiplet type's limit."))
    else:
        parts.append(H.para(f"measured temperatures: {H.MISSING} (without --no-recheck)"))
    parts.append(H.para("Per site: logic and DRAM peak temperatures and power (static + dynamic) measured by the "
                        "evaluator; MILP logic: the logic temperature the MILP's linear model predicts."))
    parts.append(H.table(["site", "chiplet", "role", "instance", "stage · rank", "logic (°C)", "limit (°C)",
                          "DRAM (°C)", "limit (°C)", "MILP logic (°C)", "power (W)"], table_rows, attrs))
    return H.Section("thermal", "Thermal map", parts)


def _interval_cell(ci, field: str, digits: int = H.SIGNIFICANT_DIGITS):
    """'[lo, hi]' of a 95 % interval stored at `field` ('–' without one)."""
    if not (ci and len(ci) == 2 and all(finite(v) for v in ci)):
        return "–"
    return H.Raw(f"[{H.num(ci[0], f'{field}[0]', digits)}, {H.num(ci[1], f'{field}[1]', digits)}]")


def from_recheck(sid: str, title: str, what: str):
    """Decorate a section built from the re-check: it is called as f(sol, recheck, evaluated,
    predicted) when the solution has a re-check; without one the section says it is missing."""
    def decorate(func):
        @functools.wraps(func)
        def section(sol: dict) -> H.Section:
            rc = sol.get("recheck")
            if not rc:
                return H.Section(sid, title, [H.para(f"{what}: {H.MISSING} (without --no-recheck)")])
            return func(sol, rc, rc["evaluated"], sol.get("predicted") or {})
        return section
    return decorate


def _limit_cell(limits: dict, key: str) -> H.Raw:
    limit, k = limits.get(key, (None, None))
    return H.num(limit, f"recheck.constraints[{k}].limit", 4)


def mapping_section(sol: dict, design: Design | None) -> H.Section:
    if design is None:
        return H.Section("mapping", "Mapping", [H.para("no design in this solution file")])
    rows = [[i.id, i.role, i.chiplet, i.tp, i.pp, i.batch, "/".join(map(str, i.layers_per_stage)),
             H.num(i.rate_req_per_s, f"design.instances[{k}].rate_req_per_s", 4),
             " ".join(site_name(r, c) for r, c in i.sites) or "off the interposer"]
            for k, i in enumerate(design.instances)]
    counts = [[chip, v["prefill"], v["decode"], v["prefill"] + v["decode"]]
              for chip, v in design.chiplet_counts().items()]
    return H.Section("mapping", "Mapping", [
        H.table(["instance", "role", "chiplet", "TP", "PP", "batch", "layers per stage", "rate (req/s)", "sites"],
                rows, [f'data-instance="{i.id}"' for i in design.instances]),
        H.para("All decided by the MILP (proven optimal mapping); batch: prompts per prefill batch, or the cap "
               "on concurrent decode requests; sites stage-major (TP ranks of stage 0 first)."),
        H.h3("Chiplets"),
        H.table(["chiplet", "prefill", "decode", "total"], counts)])


def proof_section(sol: dict) -> H.Section:
    ms = sol.get("model_size") or {}
    rc = sol.get("recheck") or {}
    scope = sol.get("status_scope") or "instance"
    rows = [("status", f"{sol['status']} (holds for the {scope})", f"{sol.get('method', 'milp')} solver"),
            (f"objective: {objective_words(sol) if sol.get('objective_kind') else '?'}",
             H.num(sol.get("objective"), "objective"), "proven optimum (MILP's linear model at the design)"),
            ("objective bound", H.num(sol.get("objective_bound"), "objective_bound"), "proven bound (MILP)"),
            ("MIP gap", H.num(sol.get("mip_gap"), "mip_gap", 3), "proven (|bound − objective| / |objective|)"),
            ("evaluated objective", H.num(rc.get("evaluated_objective"), "recheck.evaluated_objective"),
             "measured (evaluator, the same objective on the simulation)"),
            *([("optimistic bound", H.num((sol.get("optimistic_bound") or {}).get("value"), "optimistic_bound.value"),
                "proven bound of the model at the optimistic end of its stated error bounds")]
              if sol.get("optimistic_bound") else []),
            ("solve time (s)", H.num(sol.get("solve_time_s"), "solve_time_s", 4), "wall clock"),
            ("build time (s)", H.num(sol.get("build_time_s"), "build_time_s", 4), "wall clock, tables included"),
            ("branch-and-bound nodes", H.num(sol.get("nodes"), "nodes"), "summed over the MILP solves"),
            ("MILP solves", H.num(sol.get("iterations"), "iterations"), "Dinkelbach iterations for a ratio"),
            ("variables", H.num(ms.get("variables"), "model_size.variables"), "model size (last MILP)"),
            ("integer variables", H.num(ms.get("integer_variables"), "model_size.integer_variables"), ""),
            ("constraints", H.num(ms.get("constraints"), "model_size.constraints"), "")]
    if "classes" in ms:
        rows.append(("instance classes solved", f"{ms['classes_solved']} of {ms['classes']}",
                     "the others pruned by their bounds"))
    rows.append(("solver message", sol.get("message") or "", ""))
    return H.Section("proof", "Proof", [H.key_values(rows)])


@from_recheck("recheck", "Re-check", "re-check")
def recheck_section(sol: dict, rc: dict, ev: dict, pred: dict) -> H.Section:
    n = ev.get("requests_simulated")
    rows = []
    combined = any(i.get("role") == "combined" for i in (sol.get("design") or {}).get("instances", []))
    for k, r in enumerate(rc.get("comparison", [])):
        ci = r.get("evaluated_ci95")
        bound = stated_bound(r["metric"], combined)
        holds = bound.holds(r["predicted"], r["evaluated"], ci) if bound else None
        base = f"recheck.comparison[{k}]"
        rows.append([f"{r['metric']} ({UNITS.get(r['metric'], '')})", H.num(r["predicted"], f"{base}.predicted"),
                     H.num(r["evaluated"], f"{base}.evaluated"),
                     H.num(r.get("relative_error"), f"{base}.relative_error", 3, scale=100.0),
                     _interval_cell(ci, f"{base}.evaluated_ci95"),
                     bound.text if bound else "none stated",
                     "–" if holds is None else ("yes" if holds else H.Raw('<span class="bad">no</span>'))])
    checks = [[c["name"], H.num(c["value"], f"recheck.constraints[{k}].value"),
               H.num(c["limit"], f"recheck.constraints[{k}].limit"),
               "met" if c["met"] else H.Raw('<span class="bad">BROKEN</span>')]
              for k, c in enumerate(rc.get("constraints", [])) if not SITE_CHECK.match(c["name"])]
    n_site = sum(1 for c in rc.get("constraints", []) if SITE_CHECK.match(c["name"]))
    n_site_met = sum(1 for c in rc.get("constraints", []) if SITE_CHECK.match(c["name"]) and c["met"])
    tight = sol.get("tightenings") or []
    parts = [H.para(f"Predicted: the MILP's linear model at the design. Evaluated: measured by the evaluator "
                    f"({n} requests simulated, steady state). Stated bound: the model's error bound, "
                    f"formulations/lamoopt_milp.md section 8."),
             H.table(["metric (unit)", "predicted (MILP)", "evaluated (measured)", "rel. error (%)",
                      "evaluated 95 % interval", "stated bound", "within"], rows),
             H.para("interval bounds: the prediction within the evaluator's 95 % interval widened by the "
                    "stated percentages (TPOT's is an approximation)."),
             H.h3(f"Checks: {'all met' if rc.get('passed') else 'a limit is broken'}"),
             H.table(["check", "measured", "limit", "verdict"], checks),
             H.para(f"site temperature checks: {n_site_met} of {n_site} met (see the thermal map)."),
             H.h3("Tightenings")]
    if tight:
        parts.append(H.table(["cut", "why"], [[t["what"], t.get("why", "")] for t in tight]))
    else:
        parts.append(H.para("none recorded: the status and the bound hold for the instance as written."))
    rounds = [[k + 1, r.get("tightening", ""), H.num(r.get("objective"), f"recheck.rounds[{k}].objective"),
               {True: "passed", False: "failed", None: "–"}[r.get("passed")], r.get("action") or ""]
              for k, r in enumerate(rc.get("rounds", []))]
    if rounds:
        parts.append(H.table(["round", "tightening", "objective (proven)", "re-check", "action"], rounds))
    if rc.get("verdict"):
        parts.append(H.para(rc["verdict"], "bad"))
    return H.Section("recheck", "Re-check", parts)


@from_recheck("latency", "Latency distribution", "latency distribution")
def latency_section(sol: dict, rc: dict, ev: dict, pred: dict) -> H.Section:
    dist = ev.get("latency_percentiles_ms")
    if dist:
        fields = {m: [f"recheck.evaluated.latency_percentiles_ms.{m}[{k}]" for k in range(len(dist["percentile"]))]
                  for m in ("ttft", "tpot", "e2e")}
    else:
        dist = {"percentile": list(OLD_PERCENTILES),
                **{m: [ev.get(f"{m}_p{p}_ms") for p in OLD_PERCENTILES] for m in ("ttft", "tpot", "e2e")}}
        fields = {m: [f"recheck.evaluated.{m}_p{p}_ms" for p in OLD_PERCENTILES] for m in ("ttft", "tpot", "e2e")}
    targets = latency_targets(rc.get("constraints", []))
    svg = latency_svg(dist, {m: t[:2] for m, t in targets.items()},
                      {m: ev.get(f"{m}_ci_ms") for m in ("ttft", "tpot")},
                      {m: pred.get(f"{m}_ms") for m in ("ttft", "tpot")}, name="latency")
    rows = [[f"p{p:g}"] + [H.num(dist[m][k], fields[m][k], 4) for m in ("ttft", "tpot", "e2e")]
            for k, p in enumerate(dist["percentile"])]
    tgt = []
    for m, (p, limit, k) in targets.items():
        tgt.append([f"{m.upper()} p{p:g}", H.num(limit, f"recheck.constraints[{k}].limit"),
                    H.num(ev.get(f"{m}_ms"), f"recheck.evaluated.{m}_ms", 4),
                    _interval_cell(ev.get(f"{m}_ci_ms"), f"recheck.evaluated.{m}_ci_ms", 4),
                    H.num(pred.get(f"{m}_ms"), f"predicted.{m}_ms", 4)])
    parts = [H.figure(svg, "Time to first token and time per output token of the simulated requests (the first "
                           "10 % left out as warm-up), with the instance's targets."),
             H.table(["percentile", "TTFT (ms, measured)", "TPOT (ms, measured)", "end-to-end (ms, measured)"], rows),
             H.table(["target", "limit (ms)", "measured (ms)", "95 % interval (ms, measured)", "predicted (ms, MILP)"],
                     tgt)]
    if "latency_percentiles_ms" not in ev:
        parts.insert(1, H.para(f"the full distribution: {H.MISSING}; shown: the percentiles this file holds"))
    return H.Section("latency", "Latency distribution", parts)


@from_recheck("power", "Power", "measured power")
def power_section(sol: dict, rc: dict, ev: dict, pred: dict) -> H.Section:
    by_type = rc.get("power_by_chiplet_W")
    parts = []
    if by_type:
        parts.append(H.figure(power_svg(by_type, name="power"),
                              "Mean power of all chiplets of each type while serving the workload, measured: "
                              "static (leakage and refresh at the solved temperatures) and dynamic by kind."))
        kinds = [(key, label) for key, label, _ in POWER_KINDS] + [("total_W", "total")]
        parts.append(H.table(["chiplet", "chiplets"] + [f"{label} (W, measured)" for _, label in kinds],
                             [[t, v.get("chiplets", "")] + [H.num(v.get(k), f"recheck.power_by_chiplet_W.{t}.{k}", 4)
                                                            for k, _ in kinds] for t, v in by_type.items()]))
    else:
        parts.append(H.para(f"breakdown per chiplet type: {H.MISSING}"))
    budget = next(((c["limit"], k) for k, c in enumerate(rc.get("constraints", [])) if c["name"] == "power_W"),
                  (None, 0))
    parts.append(H.key_values([
        ("static (W)", H.num(ev.get("static_power_W"), "recheck.evaluated.static_power_W", 4), H.MEASURED),
        ("dynamic (W)", H.num(ev.get("dynamic_power_W"), "recheck.evaluated.dynamic_power_W", 4), H.MEASURED),
        ("total (W)", H.num(ev.get("power_W"), "recheck.evaluated.power_W", 4), H.MEASURED),
        ("total (W)", H.num(pred.get("power_W"), "predicted.power_W", 4), H.PREDICTED),
        ("budget (W)", H.num(budget[0], f"recheck.constraints[{budget[1]}].limit", 4), "the instance's limit"),
        ("design peak (W)", H.num(ev.get("design_peak_power_W"), "recheck.evaluated.design_peak_power_W", 4),
         "sum of the chiplets' published peak power")]))
    return H.Section("power", "Power", parts)


# ----------------------------------------------------------------------------- the page
def solution_page(sol: dict, design: Design | None, scale: Scale, source: str) -> str:
    """The report of a solution file (already checked: solution_file.load_solution_file)."""
    rc = sol.get("recheck") or {}
    n = (rc.get("evaluated") or {}).get("requests_simulated")
    named = sol.get("instance_file") or "file not named"
    subtitle = [f"solution file {source}; instance {sol['instance']} ({named}); status {sol['status']}",
                (f"Each number says its source: {H.PROVEN} for the optimum and its bound, {H.PREDICTED}, "
                 f"or {H.MEASURED}" + (f", {n} simulated requests" if n else "") + ".")]
    sections = [floorplan_section(design, scale), thermal_section(sol, design), mapping_section(sol, design),
                proof_section(sol), recheck_section(sol), latency_section(sol), power_section(sol)]
    return H.page(f"lamoopt design report: {sol['instance']}", subtitle, sections)


def scale_for(sol: dict, solution_path: Path, instance: str | None = None) -> Scale:
    """The drawing's scale from the instance file: `instance` (it must load), else the one the
    solution names, looked up from the working directory, then from the solution's folder and
    its parent; a schematic that says why when that one is missing or does not load."""
    from lamoopt.instance import load_and_check
    if instance:   # asked for: it must load (exit code 2 naming it otherwise)
        return Scale.of_problem(load_and_check(instance), instance)
    named = sol.get("instance_file")
    if not named:
        return Scale(note="schematic, not to scale: the solution names no instance file (give --instance)")
    candidates = [Path(named), solution_path.parent / named, solution_path.parent.parent / named]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        return Scale(note=f"schematic, not to scale: the instance file {named} was not found (give --instance)")
    try:
        return Scale.of_problem(load_and_check(found), str(named))
    except InputError as err:
        return Scale(note=f"schematic, not to scale: the instance file {named} does not load "
                          f"({err.format().splitlines()[0]})")
