"""The solution file (JSON), its CSV tables and the printed summary.

Solution format (documented in formulations/solution_format.md):
  status            optimal | time_limit | infeasible | error
  objective_kind    the instance's objective
  objective_rate    the rate it is judged at: arrival | saturated
  objective_power   the power it counts: activity | design_peak
  objective         value at the returned design (None without a design)
  objective_bound   proven bound (dual bound; for tokens/s/W the Dinkelbach bound)
  mip_gap           |bound - objective| / |objective|
  solve_time_s, build_time_s, nodes, iterations, method, model_size
  design            the design (lamoopt.design.Design) plus derived, read-only views:
                    chiplet_counts, placement, prefill_mapping, decode_mapping
  predicted         the linear model's metrics at the design
  recheck           the evaluator's comparison (when run)
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from lamoopt.design import Design
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.instance.errors import InputError
from lamoopt.report.files import write_json_atomic, write_text_atomic

DERIVED_DESIGN_KEYS = ("chiplet_counts", "placement", "prefill_mapping", "decode_mapping")


def mapping_summary(design: Design, role: str) -> list[dict]:
    """Instances grouped by identical mapping: chiplet, tp, pp, ep, attention, batch, layers,
    count (ep and attention listed only when not the default 1 and "tp")."""
    groups: dict[tuple, dict] = {}
    for inst in design.by_role(role):
        key = (inst.chiplet, inst.tp, inst.pp, inst.ep, inst.attention, inst.batch, tuple(inst.layers_per_stage))
        moe = {**({"ep": inst.ep} if inst.ep > 1 else {}), **({"attention": "dp"} if inst.attention == "dp" else {})}
        g = groups.setdefault(key, {"chiplet": inst.chiplet, "tp": inst.tp, "pp": inst.pp, **moe, "instances": 0,
                                    "batch": inst.batch, "layers_per_stage": list(inst.layers_per_stage),
                                    "rate_req_per_s": 0.0})
        g["instances"] += 1
        g["rate_req_per_s"] += inst.rate_req_per_s
    return list(groups.values())


def mapping_label(g: dict) -> str:
    """'PC TP4 PP1 EP4 DP-attention batch 32' for a mapping_summary group."""
    moe = (f" EP{g['ep']}" if g.get("ep") else "") + (" DP-attention" if g.get("attention") == "dp" else "")
    return f"{g['chiplet']} TP{g['tp']} PP{g['pp']}{moe} batch {g['batch']}"


def design_section(design: Design) -> dict:
    out = design.model_dump()
    out["chiplet_counts"] = design.chiplet_counts()
    out["placement"] = design.placement_grid()
    out["prefill_mapping"] = mapping_summary(design, "prefill")
    out["decode_mapping"] = mapping_summary(design, "decode")
    return out


def solution_dict(instance_name: str, outcome, design: Design | None, instance_file: str | None = None) -> dict:
    pred = dict(outcome.predicted) if outcome.predicted else None
    if pred is not None and design is not None:
        pred["chiplet_counts"] = design.chiplet_counts()
    return {
        "instance": instance_name,
        "instance_file": instance_file,
        "status": outcome.status.value,
        "objective_kind": outcome.tables.problem.instance.objective.kind if outcome.tables else None,
        "objective_rate": outcome.tables.problem.instance.objective.rate if outcome.tables else None,
        "objective_power": outcome.tables.problem.instance.objective.power if outcome.tables else None,
        "objective": outcome.objective,
        "objective_bound": outcome.objective_bound,
        "mip_gap": outcome.mip_gap,
        "solve_time_s": round(outcome.solve_time_s, 3),
        "build_time_s": round(outcome.build_time_s, 3),
        "nodes": outcome.nodes,
        "iterations": outcome.iterations,
        "method": outcome.method,
        "model_size": outcome.size,
        "message": outcome.message,
        "notes": [outcome.choice.meta["flows"]] if outcome.choice is not None and outcome.choice.meta.get("flows")
        else [],
        "design": design_section(design) if design is not None else None,
        "predicted": pred,
    }


def rechecked_solution_dict(instance_name: str, res, instance_file: str | None = None) -> dict:
    """solution_dict of an orchestrate.Rechecked result, with its re-check and the cuts the
    re-check loop added: `tightenings` (what, why, measured) and `status_scope`, which says
    whether the status and bound hold for the instance as written or for it plus those cuts."""
    sol = solution_dict(instance_name, res.outcome, res.design, instance_file=instance_file)
    sol["status_scope"] = "instance" if not res.tightenings else "instance plus the recorded tightenings"
    sol["tightenings"] = res.tightenings
    sol["recheck"] = res.recheck
    return sol


def load_design(path: str | Path) -> Design:
    """A design from a solution file (its `design`) or from a bare design file."""
    return load_design_file(path)[0]


def load_design_file(path: str | Path) -> tuple[Design, dict]:
    """(design, the file's top-level JSON) from a solution file or a bare design file."""
    from lamoopt.instance.load import read_json
    data = read_json(path)
    section = data.get("design", data) if isinstance(data, dict) else data
    if section is None:
        raise InputError([("design", None, f"a design (the solution's status is {data.get('status')!r})")], str(path))
    return parse_design(section, str(path)), data


def parse_design(section, source: str) -> Design:
    """A solution file's `design` section (its derived views dropped) as a Design; InputError
    naming the field when it is not one."""
    from pydantic import ValidationError

    from lamoopt.instance.errors import from_pydantic
    if not isinstance(section, dict):
        raise InputError([("design", type(section).__name__, "a JSON object")], source)
    section = {k: v for k, v in section.items() if k not in DERIVED_DESIGN_KEYS}
    try:
        return Design.model_validate(section)
    except ValidationError as err:
        raise from_pydantic(err, source, prefix="design") from None


def site_table(design: Design, predicted: dict | None) -> pd.DataFrame:
    rows = []
    temps = (predicted or {}).get("site_temperature_C") or []
    for inst in design.instances:
        for k, (r, c) in enumerate(inst.sites):
            j = r * (design.grid_cols or 0) + c
            rows.append({"row": r, "col": c, "chiplet": inst.chiplet, "role": inst.role, "instance": inst.id,
                         "stage": k // inst.tp, "tp_rank": k % inst.tp,
                         "predicted_logic_temperature_C": temps[j] if j < len(temps) else None})
    return pd.DataFrame(rows).sort_values(["row", "col"]).reset_index(drop=True)


def instance_table(design: Design) -> pd.DataFrame:
    return pd.DataFrame([{"id": i.id, "role": i.role, "chiplet": i.chiplet, "tp": i.tp, "pp": i.pp,
                          "batch": i.batch, "layers_per_stage": "/".join(map(str, i.layers_per_stage)),
                          "rate_req_per_s": i.rate_req_per_s} for i in design.instances])


def write_solution(path: str | Path, sol: dict, design: Design | None) -> list[Path]:
    """The JSON file and, with a design, <stem>.sites.csv and <stem>.instances.csv beside it."""
    path = Path(path)
    written = [write_json_atomic(path, sol)]
    if design is not None:
        for suffix, df in (("sites", site_table(design, sol.get("predicted"))), ("instances", instance_table(design))):
            buf = io.StringIO()
            df.to_csv(buf, index=False)
            written.append(write_text_atomic(path.with_name(f"{path.stem}.{suffix}.csv"), buf.getvalue()))
    return written


def objective_words(sol: dict) -> str:
    """'max_tokens_per_s_per_W at the arrival rate, activity power' (older files: the kind)."""
    if sol.get("objective_rate") is None:
        return sol["objective_kind"]
    return ObjectiveSense(sol["objective_kind"], sol["objective_rate"], sol.get("objective_power", "activity")).describe()


def optimistic_text(sol: dict, ob: dict) -> str:
    """The optimistic bound's line: the interval for the evaluator's optimum when the chosen
    design passed the re-check (its measured objective is then the other end)."""
    if ob.get("value") is None:
        return f"optimistic bound: none (the relaxed model ended {ob.get('relaxed_status')})"
    text = (f"optimistic bound = {ob['value']:.6g} (the model at the optimistic end of its stated error bounds, "
            f"proven bound {ob['relaxed_bound']:.6g} x {ob['factor']:.4g})")
    rc = sol.get("recheck") or {}
    if rc.get("passed") and rc.get("evaluated_objective") is not None:
        lo, hi = sorted((rc["evaluated_objective"], ob["value"]))
        text += (f"; the best design of this design space under the evaluator's physics lies within "
                 f"[{lo:.6g}, {hi:.6g}] as far as the stated bounds hold")
    return text


def summary_text(sol: dict) -> str:
    lines = [f"instance {sol['instance']}: status {sol['status']}"]
    if sol.get("message") and sol["status"] != "optimal":
        lines.append(f"  {sol['message']}")
    lines += [f"  note: {n}" for n in sol.get("notes") or []]
    if sol["status"] == "infeasible":
        src = sol.get("instance_file") or "INSTANCE"
        lines.append(f"  no design meets every limit of the instance; `lamoopt whatif {src} --explain` names "
                     f"the limits and the smallest change to each that makes it feasible")
    elif sol["status"] == "time_limit" and sol["objective"] is None:
        lines.append("  the time limit ended the search before any design was found; raise --time-limit")
    if sol["objective"] is not None:
        gap = sol["mip_gap"]
        lines.append(f"  objective ({objective_words(sol)}) = {sol['objective']:.6g} (proven, linear model)   bound = "
                     f"{sol['objective_bound'] if sol['objective_bound'] is None else format(sol['objective_bound'], '.6g')}"
                     f"   gap = {'n/a' if gap is None else f'{gap:.2e}'}")
        rc = sol.get("recheck") or {}
        if rc.get("evaluated_objective") is not None:
            lines.append(f"  evaluated objective = {rc['evaluated_objective']:.6g} (measured by the evaluator, "
                         f"{rc['evaluated']['requests_simulated']} requests)")
        ob = sol.get("optimistic_bound")
        if ob:
            lines.append("  " + optimistic_text(sol, ob))
        if sol.get("tightenings"):
            lines.append(f"  status and bound hold for the instance plus {len(sol['tightenings'])} recorded "
                         f"tightening(s): " + "; ".join(t["what"] for t in sol["tightenings"]))
    ms = sol.get("model_size") or {}
    lines.append(f"  model: {ms.get('variables', '?')} variables ({ms.get('integer_variables', '?')} integer), "
                 f"{ms.get('constraints', '?')} constraints; build {sol['build_time_s']:.2f} s, solve "
                 f"{sol['solve_time_s']:.2f} s, {sol['nodes']} nodes, {sol['iterations']} solve(s)"
                 + (f"; {ms['classes_solved']} of {ms['classes']} instance classes kept by their bounds"
                    if "classes" in ms else ""))
    d = sol.get("design")
    if d:
        lines.append("  chiplets: " + ", ".join(f"{c}: {v['prefill']} prefill + {v['decode']} decode"
                                                + (f" + {v['combined']} combined" if v.get("combined") else "")
                                                for c, v in d["chiplet_counts"].items()))
        for role in ("prefill", "decode"):
            for g in d[f"{role}_mapping"]:
                lines.append(f"  {role:7s} {g['instances']} x {mapping_label(g)} "
                             f"layers {'/'.join(map(str, g['layers_per_stage']))}  {g['rate_req_per_s']:.3f} req/s")
        lines.append("  placement:")
        for row in d["placement"]:
            lines.append("    " + " ".join(f"{(cell.split('/')[0] + ':' + cell.split('/')[1][0].upper()) if cell else '--':>6s}"
                                          for cell in row))
    p = sol.get("predicted")
    if p:
        lines.append(f"  predicted: {p['throughput_tokens_per_s']:.1f} tokens/s ({p['throughput_req_per_s']:.3f} req/s), "
                     f"TTFT {p['ttft_ms']:.1f} ms, TPOT {p['tpot_ms']:.2f} ms, power {p['power_W']:.0f} W, "
                     f"peak {p['peak_temperature_C']:.1f} C, {p['tokens_per_s_per_W']:.4g} tokens/s/W; "
                     f"design peak {p['design_peak_power_W']:.0f} W, "
                     f"{p['tokens_per_s_per_design_peak_W']:.4g} tokens/s per design-peak W")
    return "\n".join(lines)

