"""`lamoopt compare`: the optimal 3.5D design next to the paper's baselines, all evaluated by the
same evaluator with the same requests, seed and power accounting.

Rows: the 3.5D MILP optimum, the homogeneous 3D designs (MILP restricted to one chiplet type),
the DGX-A100 and TPUv4 clusters. Columns: tokens/s/W with activity-based power and with the
published maximum design power, throughput, TTFT and TPOT at the workload's target percentile,
end-to-end p50/p99, energy per token; then every metric's ratio to the DGX-A100 row.

Rounding: metrics are kept to SIGNIFICANT_DIGITS significant digits, and each ratio is computed
from the rounded metrics as printed (then rounded itself), so a printed ratio is the ratio of
the printed numbers. comparison.json keeps the evaluator's full-precision output.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from lamoopt.baselines.cluster import Baseline, cluster_baseline
from lamoopt.baselines.homogeneous import (
    homogeneous_baseline,
    homogeneous_types,
    milp_baseline,
    saturated_baseline,
    saturated_problem,
)
from lamoopt.baselines.systems import CLUSTERS, REFERENCE_KEY
from lamoopt.cli_options import solver_flags, solver_overrides
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.instance.load import Problem
from lamoopt.report.files import write_json_atomic, write_text_atomic
from lamoopt.solve.progress import Interrupt

SIGNIFICANT_DIGITS = 4

METRICS: tuple[tuple[str, str], ...] = (
    ("tokens_per_s_per_W", "tokens/s/W (activity power)"),
    ("tokens_per_s_per_design_peak_W", "tokens/s per design-peak W"),
    ("throughput_tokens_per_s", "throughput (tokens/s)"),
    ("ttft_ms", "TTFT p{pct} (ms)"),
    ("tpot_ms", "TPOT p{pct} (ms)"),
    ("e2e_p50_ms", "E2E p50 (ms)"),
    ("e2e_p99_ms", "E2E p99 (ms)"),
    ("energy_per_token_J", "energy/token (J)"),
)
"""(evaluated key, column label) of every compared metric; each has a ratio column."""
INFO: tuple[tuple[str, str], ...] = (
    ("power_W", "power (W)"), ("design_peak_power_W", "design peak power (W)"), ("goodput", "goodput"))


def round_sig(value, digits: int = SIGNIFICANT_DIGITS) -> float:
    """`value` rounded to `digits` significant digits (NaN for None or non-finite)."""
    if value is None or not math.isfinite(float(value)):
        return float("nan")
    return float(f"{float(value):.{digits}g}")


def fmt(value) -> str:
    """A rounded number as printed: plain digits for large values, 'n/a' for NaN."""
    if value is None or not math.isfinite(value):
        return "n/a"
    if abs(value) >= 1000 and float(value).is_integer():
        return f"{value:.0f}"
    return f"{value:.{SIGNIFICANT_DIGITS}g}"


def ratio_column(key: str) -> str:
    return f"ratio_{key}"


@dataclass
class Comparison:
    """The designs, their evaluations and the table rows of one instance."""

    instance: str
    percentile: float
    baselines: list[Baseline]
    evaluations: dict = field(default_factory=dict)
    solutions: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)

    def labels(self) -> dict[str, str]:
        return metric_labels(self.percentile, METRICS + INFO)


def metric_labels(percentile: float, columns=METRICS) -> dict[str, str]:
    """Column labels with the workload's target percentile filled in."""
    return {k: lab.format(pct=f"{percentile:g}") for k, lab in columns}


# ----------------------------------------------------------------------------- building
def build_baselines(problem: Problem, overrides: dict | None = None, recheck_requests: int | None = None,
                    log=print) -> tuple[list[Baseline], dict]:
    """Every design of the comparison, in table order, and the solution fields of the solved ones.
    Raises progress.Interrupted after a solve that a Ctrl-C interrupted (a study leaves the
    instance out: report.study)."""
    solved, solutions = [], {}
    jobs = [lambda: milp_baseline(problem, overrides, recheck_requests)]
    jobs += [lambda n=n: homogeneous_baseline(problem, n, overrides, recheck_requests)
             for n in homogeneous_types(problem)]
    if saturated_problem(problem) is not None:
        jobs.append(lambda: saturated_baseline(problem, overrides, recheck_requests))
    for job in jobs:
        b, result = job()
        Interrupt.check()
        log(f"  {b.key}: " + "; ".join(b.notes))
        solved.append(b)
        solutions[b.key] = _solution_fields(b, result)
    clusters = [cluster_baseline(problem, spec) for spec in CLUSTERS]
    return solved + clusters, solutions


def _solution_fields(b: Baseline, result) -> dict:
    from lamoopt.report.solution import solution_dict
    sol = solution_dict(b.problem.instance.name, result.outcome, result.design)
    sol["recheck_passed"] = None if result.recheck is None else result.recheck["passed"]
    return sol


def evaluate_all(baselines: list[Baseline], num_requests: int | None, seed: int, rate_req_per_s: float) -> dict:
    """The evaluator's result for every design (None where there is no design), all offered the
    same rate: the workload's, the rate the instance's objective is judged at (a design sized for
    more, the saturated one, is offered that rate too; its instances' rates then only set the
    routing shares)."""
    from lamoopt.evaluate.evaluator import evaluate_design
    return {b.key: (evaluate_design(b.problem, b.design, seed=seed, num_requests=num_requests,
                                    rate_req_per_s=rate_req_per_s)
                    if b.design is not None else None) for b in baselines}


def run_comparison(problem: Problem, overrides: dict | None = None, num_requests: int | None = None,
                   seed: int = 0, recheck_requests: int | None = None, log=print) -> Comparison:
    """Solve, build the baselines, evaluate everything the same way and make the table rows."""
    n_req = num_requests or problem.instance.workload.num_requests
    baselines, solutions = build_baselines(problem, overrides, recheck_requests, log)
    comp = Comparison(problem.instance.name, problem.instance.workload.targets.percentile, baselines,
                      evaluate_all(baselines, n_req, seed, problem.rate_req_per_s), solutions,
                      {"model": problem.arch.name, "workload": problem.instance.workload.catalog,
                       "num_requests": n_req, "seed": seed, "rate_req_per_s": problem.rate_req_per_s,
                       "percentile": problem.instance.workload.targets.percentile, "reference": REFERENCE_KEY,
                       "objective": ObjectiveSense.of(problem.instance).describe()})
    comp.rows = table_rows(comp)
    return comp


# ----------------------------------------------------------------------------- the table
def table_rows(comp: Comparison) -> list[dict]:
    """One row per design: rounded metrics, info columns and ratios to the reference row."""
    rows = []
    for b in comp.baselines:
        ev = comp.evaluations.get(b.key)
        e = ev.evaluated if ev is not None else {}
        row = {"design": b.key, "label": b.label, "status": b.status, "devices": b.devices,
               "passed": None if ev is None else ev.passed}
        row.update({k: round_sig(e.get(k)) for k, _ in METRICS + INFO})
        rows.append(row)
    add_ratios(rows, comp.settings.get("reference", REFERENCE_KEY))
    return rows


def add_ratios(rows: list[dict], reference: str) -> None:
    """ratio_<metric> = metric / reference metric, from the rounded values, then rounded."""
    ref = next((r for r in rows if r["design"] == reference), None)
    for r in rows:
        for k, _ in METRICS:
            base = ref[k] if ref is not None else float("nan")
            ok = math.isfinite(r[k]) and math.isfinite(base) and base != 0
            r[ratio_column(k)] = round_sig(r[k] / base) if ok else float("nan")


def table_frame(comp: Comparison) -> pd.DataFrame:
    cols = ["design", "label", "status", "devices", "passed"] + [k for k, _ in METRICS + INFO] + \
           [ratio_column(k) for k, _ in METRICS]
    return pd.DataFrame(comp.rows, columns=cols)


def _markdown_table(header: list[str], body: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    return lines + ["| " + " | ".join(row) + " |" for row in body]


def metrics_markdown(comp: Comparison) -> list[str]:
    labels = comp.labels()
    keys = [k for k, _ in METRICS + INFO]
    body = [[r["design"]] + [fmt(r[k]) for k in keys] + [str(r["devices"]), _verdict(r)] for r in comp.rows]
    return _markdown_table(["design"] + [labels[k] for k in keys] + ["devices", "constraints"], body)


def ratios_markdown(comp: Comparison) -> list[str]:
    labels = comp.labels()
    body = [[r["design"]] + [fmt(r[ratio_column(k)]) for k, _ in METRICS] for r in comp.rows]
    return _markdown_table(["design"] + [labels[k] for k, _ in METRICS], body)


def _verdict(row: dict) -> str:
    if row["passed"] is None:
        return row["status"]
    return "all met" if row["passed"] else "violated"


def notes_markdown(comp: Comparison) -> list[str]:
    lines = []
    for b in comp.baselines:
        lines.append(f"- **{b.key}** ({b.label}): " + "; ".join(b.notes))
        ev = comp.evaluations.get(b.key)
        if ev is not None and not ev.passed:
            bad = [c.as_dict() for c in ev.constraints if not c.met]
            lines.append("  - violated: " + "; ".join(
                f"{c['name']} = {c['value']:.4g} (limit {c['limit']:.4g})" if isinstance(c["value"], (int, float))
                else c["name"] for c in bad))
    return lines


def comparison_markdown(comp: Comparison, command: str = "") -> str:
    s = comp.settings
    head = [f"# Comparison: {comp.instance}", ""]
    if command:
        head += [f"Regenerate: `{command}`", ""]
    head += [f"Every design evaluated by the same evaluator: {s['num_requests']} requests, seed {s['seed']}, "
             f"{s['rate_req_per_s']:g} req/s (the workload's rate) offered to every design. The MILP designs "
             f"optimise {s.get('objective', 'the instance objective')} (3.5D-sat: tokens/s/W at a saturated rate). Power: activity-based "
             f"(dynamic from the simulated activity plus static) and the published maximum design power (sum of "
             f"peak_W). Metrics rounded to {SIGNIFICANT_DIGITS} significant digits; ratios are to "
             f"{s['reference']} and computed from the printed metrics.", "",
             "## Metrics", ""]
    return "\n".join(head + metrics_markdown(comp) + ["", f"## Ratios to {s['reference']}", ""]
                     + ratios_markdown(comp) + ["", "## Designs", ""] + notes_markdown(comp)) + "\n"


def comparison_text(comp: Comparison) -> str:
    """The table as printed on the terminal (same rounding as the files)."""
    df = table_frame(comp)
    keys = [k for k, _ in METRICS]
    show = pd.DataFrame({"design": df.design, **{k: df[k].map(fmt) for k in keys}})
    ratio = pd.DataFrame({"design": df.design, **{k: df[ratio_column(k)].map(fmt) for k in keys}})
    labels = comp.labels()
    show.columns = ["design"] + [labels[k] for k in keys]
    ratio.columns = show.columns
    return (show.to_string(index=False) + f"\n\nratios to {comp.settings['reference']}:\n"
            + ratio.to_string(index=False))


# ----------------------------------------------------------------------------- files
def portable_instance(problem: Problem) -> dict:
    """The Problem's instance as JSON data with file references made absolute (so the copy next
    to the design evaluates from anywhere)."""
    data = problem.instance.model_dump(mode="json", exclude_none=True)
    src = Path(problem.source)
    base = src.resolve().parent if src.is_file() else Path.cwd()
    lengths = data["workload"]["lengths"]
    if "trace_csv" in lengths:
        lengths["trace_csv"] = str((base / lengths["trace_csv"]).resolve())
    if isinstance(data["model"], dict) and "config_path" in data["model"]:
        data["model"]["config_path"] = str((base / data["model"]["config_path"]).resolve())
    return data


def comparison_json(comp: Comparison, command: str = "") -> dict:
    return {"instance": comp.instance, "command": command, "settings": comp.settings,
            "rows": comp.rows,
            "designs": {b.key: {"label": b.label, "status": b.status, "devices": b.devices, "notes": b.notes,
                                "evaluation": None if comp.evaluations.get(b.key) is None
                                else comp.evaluations[b.key].to_dict(),
                                "solution": comp.solutions.get(b.key)} for b in comp.baselines}}


def write_comparison(comp: Comparison, out_dir: str | Path, command: str = "") -> list[Path]:
    """compare.csv, compare.md, comparison.json and, per design, designs/<key>.json with the
    instance it was evaluated on (designs/<key>.instance.json), for `lamoopt evaluate`."""
    from lamoopt.report.solution import design_section
    out = Path(out_dir)
    buf = io.StringIO()
    table_frame(comp).to_csv(buf, index=False)
    written = [write_text_atomic(out / "compare.csv", buf.getvalue()),
               write_text_atomic(out / "compare.md", comparison_markdown(comp, command)),
               write_json_atomic(out / "comparison.json", _json_safe(comparison_json(comp, command)))]
    for b in comp.baselines:
        written.append(write_json_atomic(out / "designs" / f"{b.key}.instance.json", portable_instance(b.problem)))
        if b.design is not None:
            written.append(write_json_atomic(out / "designs" / f"{b.key}.json", design_section(b.design)))
    return written


def _json_safe(obj):
    """NaN/inf -> None and numpy scalars -> Python (strict JSON)."""
    if isinstance(obj, np.generic):
        obj = obj.item()
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {str(k): _json_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_json_safe(v) for v in obj]
    return obj


# ----------------------------------------------------------------------------- command line
def command_line(name: str, positional: list[str], flags: dict) -> str:
    """The canonical command that reproduces a run (for report headers)."""
    parts = ["lamoopt", name, *positional]
    for flag, value in flags.items():
        if value is not None:
            parts += [flag, str(value)]
    return " ".join(parts)


def cli_compare(args) -> int:
    """`lamoopt compare`: solve, build and evaluate the baselines, print and write the table."""
    from lamoopt.instance import load_and_check
    prob = load_and_check(args.instance)
    out = Path(args.output) if args.output else Path("comparisons") / prob.instance.name
    overrides = solver_overrides(args)
    cmd = command_line("compare", [args.instance], {"-o": out, "--requests": args.requests,
                                                     "--sim-seed": args.sim_seed, **solver_flags(overrides)})
    comp = run_comparison(prob, overrides, num_requests=args.requests, seed=args.sim_seed)
    print(comparison_text(comp))
    written = write_comparison(comp, out, cmd)
    print(f"wrote {out}/ ({len(written)} files: compare.csv, compare.md, comparison.json, designs/)")
    return 0
