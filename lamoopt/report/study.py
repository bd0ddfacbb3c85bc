"""`lamoopt study`: the paper's study. Every model x workload x rate instance is compared
(lamoopt.baselines.compare: the 3.5D MILP optimum, homogeneous 3D designs, DGX-A100, TPUv4, all
through the same evaluator), and one Markdown report with PNG plots is written:

  <out>/study.md               the report (command, runtime, tables, geometric means, calibration)
  <out>/study.csv              every row of every instance (rounded as printed)
  <out>/plots/*.png            tokens/s/W, latency and geometric-mean bar charts
  <out>/instances/<name>/      each instance's compare files (designs, evaluations, solver fields)

Every number in the report comes from these files, and the files from the command in the
report's header. Instances run in separate processes (spawn; HiGHS must not run in threads).

Ctrl-C: no new instance starts, and the instances running stop at their next solve (that solve
stops at its incumbent) and are left out, their files not written (lamoopt.solve.workers). The
report, CSV, plots and runs.json are then written for the instances finished, and say which
were not (nothing is written when none was); a line on stderr says how many of the instances
were compared; exit 130. A second Ctrl-C quits at once (exit 130; files are written whole or
not at all).
"""

from __future__ import annotations

import glob as globmod
import io
import json
import math
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from lamoopt.report.files import write_bytes_atomic, write_text_atomic
from lamoopt.solve.progress import Interrupt, Interrupted, interrupted_exit, terminal_stream
from lamoopt.solve.workers import run_calls

DEFAULT_GLOB = "instances/*_*rps.json"
PLOT_DPI = 110
METHOD_NOTES = [
    "- All designs serve the same requests at the same rate, so throughput is about equal across designs and "
    "tokens/s/W compares power (energy per token) under the same service.",
    "- Throughput and activity power are averaged over the makespan (first arrival to last completion). For "
    "Reason's 1.3k-token answers the decode tail of the last requests is a sizable part of a 200-request "
    "makespan: it lowers throughput (and charges static power for the tail) more for designs with a longer "
    "TPOT, and trips the evaluator's sustained-throughput check (completions >= 90% of arrivals) for the "
    "clusters on some Reason instances although their TTFT and TPOT meet the targets (see each compare.md).",
    "- The geometric means of different designs cover different instances (n): a design is only compared "
    "where it exists.",
]
DESIGN_COLOURS = {"3.5D": "#1b9e77", "3D-PC": "#d95f02", "3D-DC": "#7570b3", "3.5D-sat": "#66a61e",
                  "DGX-A100": "#666666", "TPUv4": "#e6ab02"}


# ----------------------------------------------------------------------------- running
def instance_paths(pattern: str = DEFAULT_GLOB) -> list[Path]:
    """The instance files matching a glob, sorted (model, workload, rate order of the names)."""
    return [Path(p) for p in sorted(globmod.glob(pattern))]


def run_one(path: str, out_dir: str, num_requests: int | None, seed: int, overrides: dict) -> dict:
    """Compare one instance and write its files; returns the study's record of it (plain data)."""
    from lamoopt.baselines.compare import (
        command_line,
        comparison_json,
        run_comparison,
        write_comparison,
    )
    from lamoopt.cli_options import solver_flags
    from lamoopt.instance import load_and_check
    t0 = time.perf_counter()
    prob = load_and_check(path)
    comp = run_comparison(prob, overrides, num_requests=num_requests, seed=seed, log=lambda _msg: None)
    where = Path(out_dir) / "instances" / prob.instance.name
    flags = {"-o": where, "--requests": num_requests, "--sim-seed": seed, **solver_flags(overrides)}
    write_comparison(comp, where, command_line("compare", [path], flags))
    record = study_record(json.loads(json.dumps(comparison_json(comp), default=_plain)))
    record["elapsed_s"] = time.perf_counter() - t0
    return record


def _plain(obj):
    """JSON fallback for numpy scalars."""
    return obj.item() if isinstance(obj, np.generic) else str(obj)


def study_record(data: dict) -> dict:
    """What the report needs from one instance's comparison.json: rows, settings, notes and the
    solver's outcome for the MILP designs."""
    solver = {}
    for key, d in data["designs"].items():
        sol = d.get("solution")
        if sol:
            design = sol.get("design") or {}
            sized = sum(i["rate_req_per_s"] for i in design.get("instances", []) if i["role"] == "prefill")
            solver[key] = {"status": sol["status"], "objective": sol["objective"], "mip_gap": sol["mip_gap"],
                           "objective_bound": sol.get("objective_bound"),
                           "solve_time_s": sol["solve_time_s"], "sized_rate_req_per_s": sized if design else None}
    s = data["settings"]
    return {"instance": data["instance"], "model": s.get("model"), "workload": s.get("workload"),
            "rate_req_per_s": s["rate_req_per_s"], "rows": data["rows"], "settings": s,
            "notes": {k: d["notes"] for k, d in data["designs"].items()}, "solver": solver}


def load_records(out: Path) -> list[dict]:
    """The study records of an existing report directory (for --report-only), in name order."""
    paths = sorted((out / "instances").glob("*/comparison.json"))
    return [study_record(json.loads(p.read_text())) for p in paths]


def study_one(path: str, out_dir: str, num_requests: int | None, seed: int, overrides: dict) -> dict | None:
    """run_one, or None for an instance a Ctrl-C abandoned (progress.Interrupted: a solve of its
    comparison was interrupted; no file of it is written)."""
    try:
        return run_one(path, out_dir, num_requests, seed, overrides)
    except Interrupted:
        return None


def run_all(paths: list[Path], out_dir: Path, num_requests: int | None, seed: int, overrides: dict,
            jobs: int, log=print) -> list[dict | None]:
    """Every instance, in `jobs` spawned processes (lamoopt.solve.workers), a line logged as each
    finishes; results in the order of `paths`, None for an instance a Ctrl-C left unfinished."""
    args = [(str(p), str(out_dir), num_requests, seed, overrides) for p in paths]

    def finished(k: int, record: dict | None) -> None:
        if record is not None:
            log(f"  {record['instance']}: {record['elapsed_s']:.1f} s")
    return run_calls(study_one, args, jobs, finished)


# ----------------------------------------------------------------------------- tables
def study_frame(results: list[dict]) -> pd.DataFrame:
    """One row per (instance, design) with the instance's model, workload and rate (numbers as
    floats, NaN where a design has none)."""
    from lamoopt.baselines.compare import INFO, METRICS, ratio_column
    rows = [{"instance": r["instance"], "model": r["model"], "workload": r["workload"],
             "rate_req_per_s": r["rate_req_per_s"], **row} for r in results for row in r["rows"]]
    df = pd.DataFrame(rows)
    for k in [k for k, _ in METRICS + INFO] + [ratio_column(k) for k, _ in METRICS]:
        df[k] = pd.to_numeric(df[k], errors="coerce")
    return df


def geometric_means(df: pd.DataFrame, metrics: list[str]) -> pd.DataFrame:
    """Per design and metric: the geometric mean of the ratio to the reference over the instances
    where both designs exist, and that number of instances."""
    from lamoopt.baselines.compare import ratio_column
    out = []
    for design, g in df.groupby("design", sort=False):
        row = {"design": design}
        for k in metrics:
            x = g[ratio_column(k)].to_numpy(float)
            x = x[np.isfinite(x) & (x > 0)]
            row[k] = float(np.exp(np.mean(np.log(x)))) if x.size else float("nan")
            row[f"n_{k}"] = int(x.size)
        out.append(row)
    return pd.DataFrame(out)


def pivot(df: pd.DataFrame, column: str) -> pd.DataFrame:
    """instance x design table of one column (designs in table order)."""
    order = list(dict.fromkeys(df.design))
    return df.pivot(index="instance", columns="design", values=column).reindex(
        index=list(dict.fromkeys(df.instance)), columns=order)


def markdown_pivot(table: pd.DataFrame) -> list[str]:
    from lamoopt.baselines.compare import fmt
    lines = ["| instance | " + " | ".join(table.columns) + " |", "|---|" + "---:|" * len(table.columns)]
    for name, row in table.iterrows():
        lines.append(f"| {name} | " + " | ".join(fmt(v) for v in row) + " |")
    return lines


# ----------------------------------------------------------------------------- plots
def _png(fig) -> bytes:
    import matplotlib.pyplot as plt
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=PLOT_DPI, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def _grouped_bars(ax, table: pd.DataFrame, ylabel: str, log: bool = True) -> None:
    """Bars per instance (groups) and design (colours); missing values leave a gap."""
    n = len(table.columns)
    width = 0.8 / n
    x = np.arange(len(table.index))
    for k, design in enumerate(table.columns):
        vals = table[design].to_numpy(float)
        ax.bar(x + (k - (n - 1) / 2) * width, np.where(np.isfinite(vals), vals, 0.0), width,
               label=design, color=DESIGN_COLOURS.get(design))
    ax.set_xticks(x)
    ax.set_xticklabels(table.index, rotation=70, ha="right", fontsize=7)
    ax.set_ylabel(ylabel)
    if log:
        ax.set_yscale("log")
    ax.grid(axis="y", alpha=0.3)


def bar_chart_png(tables: list[tuple[pd.DataFrame, str]], title: str) -> bytes:
    """One panel per (instance x design table, y label), stacked."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(len(tables), 1, figsize=(16, 3.6 * len(tables) + 1.5), squeeze=False, sharex=True)
    for ax, (table, ylabel) in zip(axes[:, 0], tables):
        _grouped_bars(ax, table, ylabel)
    for ax in axes[:-1, 0]:
        ax.tick_params(labelbottom=False)
    axes[0, 0].legend(ncol=len(tables[0][0].columns), fontsize=8, loc="upper left")
    axes[0, 0].set_title(title)
    return _png(fig)


def geomean_png(gm: pd.DataFrame, labels: dict, reference: str) -> bytes:
    """Geometric-mean ratios to the reference, grouped by metric."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    designs = [d for d in gm.design if d != reference]
    metrics = list(labels)
    table = pd.DataFrame({d: [float(gm.loc[gm.design == d, k].iloc[0]) for k in metrics] for d in designs},
                         index=[labels[k] for k in metrics])
    fig, ax = plt.subplots(figsize=(12, 4.5))
    _grouped_bars(ax, table, f"geometric mean of ratio to {reference}")
    ax.axhline(1.0, color="black", lw=0.8)
    ax.set_xticklabels(table.index, rotation=20, ha="right", fontsize=8)
    ax.legend(fontsize=8)
    ax.set_title(f"Geometric means across instances (ratio to {reference}; >1 is better for tokens/s/W "
                 f"and throughput, <1 for latency and energy)")
    return _png(fig)


def write_plots(df: pd.DataFrame, gm: pd.DataFrame, labels: dict, reference: str, out: Path) -> list[Path]:
    plots = out / "plots"
    files = {
        "tokens_per_s_per_W.png": bar_chart_png(
            [(pivot(df, "tokens_per_s_per_W"), labels["tokens_per_s_per_W"]),
             (pivot(df, "tokens_per_s_per_design_peak_W"), labels["tokens_per_s_per_design_peak_W"])],
            "tokens/s/W per instance and design"),
        "latency.png": bar_chart_png(
            [(pivot(df, "ttft_ms"), labels["ttft_ms"]), (pivot(df, "tpot_ms"), labels["tpot_ms"]),
             (pivot(df, "e2e_p50_ms"), labels["e2e_p50_ms"])], "latency per instance and design"),
        "geomean_ratios.png": geomean_png(gm, labels, reference),
    }
    return [write_bytes_atomic(plots / name, data) for name, data in files.items()]


# ----------------------------------------------------------------------------- the report
def _geomean_markdown(gm: pd.DataFrame, labels: dict) -> list[str]:
    from lamoopt.baselines.compare import fmt, round_sig
    keys = list(labels)
    lines = ["| design | " + " | ".join(labels[k] for k in keys) + " |", "|---|" + "---:|" * len(keys)]
    for _, r in gm.iterrows():
        lines.append(f"| {r['design']} | " + " | ".join(f"{fmt(round_sig(r[k]))} (n={r[f'n_{k}']})"
                                                       if math.isfinite(r[k]) else "n/a" for k in keys) + " |")
    return lines


def _missing_designs(df: pd.DataFrame) -> list[str]:
    """Which instance has no design for which key, and why (status)."""
    miss = df[df.status != "ok"]
    out = []
    for design, g in miss.groupby("design", sort=False):
        out.append(f"- **{design}** has no design on {len(g)} instance(s): " + ", ".join(
            f"{i} ({s})" for i, s in zip(g.instance, g.status)))
    return out


def _distinct_notes(results: list[dict]) -> list[str]:
    """Cluster-baseline notes that are not the same on every instance (those are the systems
    section), listed once each with where."""
    seen: dict[str, list[str]] = {}
    for r in results:
        for key, notes in r["notes"].items():
            if key.startswith("3"):  # solver notes vary per instance and are in the per-instance files
                continue
            for n in notes:
                seen.setdefault(f"**{key}**: {n}", []).append(r["instance"])
    return [f"- {n} (on {', '.join(where)})" for n, where in seen.items() if len(where) < len(results)] \
        or ["- none beyond the systems above"]


def unfinished_markdown(results: list[dict], unfinished: list[str]) -> list[str]:
    """The paragraph of a study stopped by Ctrl-C (none when every instance finished)."""
    if not unfinished:
        return []
    total = len(results) + len(unfinished)
    return [f"**Interrupted (Ctrl-C): {len(results)} of {total} instances compared.** Every table, plot and "
            f"mean below covers these only; not compared (not started, or stopped and left out): "
            f"{', '.join(unfinished)}.", ""]


def study_markdown(results: list[dict], df: pd.DataFrame, gm: pd.DataFrame, labels: dict, command: str,
                   runtime_s: float, jobs: int, version: str, calibration: str,
                   unfinished: list[str] | None = None) -> str:
    from lamoopt.baselines.compare import SIGNIFICANT_DIGITS
    s = results[0]["settings"] if results else {}
    ref = s.get("reference", "DGX-A100")
    lines = ["# lamoopt study: 3.5D designs against the paper's baselines", "",
             *unfinished_markdown(results, unfinished or []),
             f"Regenerate: `{command}` (code: commit {version}).", "",
             f"Runtime: {runtime_s / 60:.1f} min for {len(results)} instances with {jobs} process(es) "
             f"(HiGHS 1 thread each) on a {os.cpu_count()}-core machine. MILP solves have a wall-clock time "
             f"limit (the instance's, 120 s for the paper's), so on a slower or busier machine a solve can stop "
             f"at a different incumbent; the solver table below says which did.", "",
             "What each design column optimised:", "",
             f"- **3.5D**: the MILP optimum of the instance's objective ({s.get('objective', 'see each compare.md')}) "
             f"on the instance's chiplets;",
             "- **3D-PC**, **3D-DC**: the same objective, the MILP restricted to one chiplet type on the same grid;",
             "- **3.5D-sat**: tokens/s/W at a saturated rate (the design's capacity per watt, objective.rate = "
             "saturated) on the instance's chiplets: what the optimum was before objectives stated their rate;",
             "- **DGX-A100**, **TPUv4**: the published clusters, mapped as the paper does (nothing optimised).", "",
             f"Every design is evaluated by the same evaluator with {s.get('num_requests')} requests (seed "
             f"{s.get('seed')}) at the instance's arrival rate, the rate the 3.5D objective is judged at, with both "
             f"power accountings: activity (static plus dynamic at that load) and design peak (sum of peak_W, "
             f"the source paper's). Numbers are rounded to {SIGNIFICANT_DIGITS} significant digits; ratios are to "
             f"{ref}, from the rounded numbers. Per-instance files (designs, evaluations, solver fields): "
             f"`instances/<name>/`. Plots: `plots/`.", "",
             "## Geometric means across instances (ratio to " + ref + ")", "",
             *_geomean_markdown(gm, labels), "",
             "n = instances where both the design and the reference exist.", "",
             "![geometric means](plots/geomean_ratios.png)", "",
             "## tokens/s/W per instance", "",
             f"### {labels['tokens_per_s_per_W']}", "", *markdown_pivot(pivot(df, "tokens_per_s_per_W")), "",
             f"### {labels['tokens_per_s_per_design_peak_W']}", "",
             *markdown_pivot(pivot(df, "tokens_per_s_per_design_peak_W")), "",
             "![tokens/s/W](plots/tokens_per_s_per_W.png)", "",
             "## Latency per instance", ""]
    for k in ("ttft_ms", "tpot_ms", "e2e_p50_ms", "e2e_p99_ms"):
        lines += [f"### {labels[k]}", "", *markdown_pivot(pivot(df, k)), ""]
    lines += ["![latency](plots/latency.png)", "",
              "## Energy per token (J)", "", *markdown_pivot(pivot(df, "energy_per_token_J")), "",
              "## Constraint checks (evaluator)", "", *markdown_pivot(pivot(df, "passed").map(_passed_number)),
              "", "1 = every check met (targets, budget, temperatures, sustained throughput), 0 = a check "
              "violated; see each instance's compare.md.", "",
              "## Heterogeneity: when PC+DC beats one chiplet type", "", *_heterogeneity_markdown(results), "",
              "## Designs that do not exist", "", *(_missing_designs(df) or ["- none"]), "",
              "## MILP solves (solve -> re-check loop)", "",
              "The objective of 3.5D, 3D-PC and 3D-DC is the instance's (see the top): judged at the arrival "
              "rate, their designs serve exactly the workload's rate. 3.5D-sat is judged at its own capacity "
              "(Rate >= rate), so its objective is at the rate it was sized for, while the tables above evaluate "
              "every design at the workload's rate. A time limit without an incumbent leaves no design.",
              "", *_solver_markdown(results), "",
              "## Baseline systems", "", *_systems_markdown(), "",
              "## Baseline notes", "", *_distinct_notes(results), "",
              "## Reading the numbers", "", *METHOD_NOTES, "",
              "## Calibration of the A100 baseline", "", calibration, ""]
    return "\n".join(lines)


def _solver_markdown(results: list[dict]) -> list[str]:
    """Per instance and MILP design: status, objective (tokens/s/W at the rate it sized the design
    for), solve time and that rate."""
    keys = list(dict.fromkeys(k for r in results for k in r["solver"]))
    lines = ["| instance | " + " | ".join(keys) + " |", "|---|" + "---|" * len(keys)]
    for r in results:
        cells = []
        for k in keys:
            v = r["solver"].get(k)
            if v is None:
                cells.append("n/a")
                continue
            obj = "no design" if v["objective"] is None else f"{v['objective']:.4g} tok/s/W"
            rate = "" if v["sized_rate_req_per_s"] is None else f", sized for {v['sized_rate_req_per_s']:.3g} req/s"
            cells.append(f"{v['status']}: {obj}, {v['solve_time_s']:.0f} s{rate}")
        lines.append(f"| {r['instance']} | " + " | ".join(cells) + " |")
    return lines


HOMOGENEOUS_PREFIX = "3D-"


def heterogeneity_verdict(record: dict, tol: float = 1e-4) -> tuple[str, float | None]:
    """(verdict, proven gain) of the instance's 3.5D optimum over its best one-type optimum, all
    of the same objective. The 3.5D chiplet set contains each one-type set, so its optimum is
    never worse. 'mixed': 3.5D's objective beats every one-type bound (proven strictly better;
    the gain is over the best one-type objective); 'one type': a one-type optimum is within `tol`
    (relative) of the 3.5D objective; 'mixed only' when no one-type design is feasible; 'open'
    otherwise (the gaps overlap). Maximised objectives."""
    solver = record["solver"]
    mixed = solver.get("3.5D") or {}
    homog = {k: v for k, v in solver.items() if k.startswith(HOMOGENEOUS_PREFIX)}
    if mixed.get("objective") is None or not homog:
        return "n/a", None
    best = max((v["objective"] for v in homog.values() if v.get("objective") is not None), default=None)
    bounds = [v.get("objective_bound") for v in homog.values() if v.get("status") != "infeasible"]
    if best is None:
        return "mixed only", None   # no one-type design exists (every one-type MILP infeasible)
    if best >= mixed["objective"] * (1 - tol):
        return "one type", 0.0
    if all(b is not None and b < mixed["objective"] for b in bounds):
        return "mixed", (mixed["objective"] / best - 1) if best else None
    return "open", None


def _heterogeneity_markdown(results: list[dict]) -> list[str]:
    """Per model x workload: at which rates PC+DC is proven better than one type (the MILP's
    objectives and bounds, the linear model), with the proven gain; a one-type design is
    'infeasible' at a rate when no design of that type meets the instance's limits."""
    lines = ["From the MILP optima of the same objective (proven, linear model): 'mixed' = the 3.5D "
             "objective beats the bound of every one-type design, with the gain over the best one; "
             "'one type' = a one-type design is as good (within 1e-4); 'mixed only' = no one-type design "
             "meets the limits; 'open' = the gaps overlap. "
             "The tables above give the measured numbers.", "",
             "| model | workload | " + " | ".join(["rate (req/s)", "verdict", "proven gain", "one-type designs"])
             + " |", "|---|---|---:|---|---:|---|"]
    for r in sorted(results, key=lambda r: (r["model"] or "", r["workload"] or "", r["rate_req_per_s"])):
        verdict, gain = heterogeneity_verdict(r)
        homog = ", ".join(f"{k}: {'infeasible' if v.get('objective') is None else format(v['objective'], '.4g')}"
                          for k, v in r["solver"].items() if k.startswith(HOMOGENEOUS_PREFIX)) or "n/a"
        lines.append(f"| {r['model']} | {r['workload']} | {r['rate_req_per_s']:g} | {verdict} | "
                     f"{'' if gain is None else f'{100 * gain:.1f} %'} | {homog} |")
    counts = pd.Series([heterogeneity_verdict(r)[0] for r in results]).value_counts().to_dict()
    lines += ["", "Verdicts: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) + "."]
    return lines


def _systems_markdown() -> list[str]:
    """The cluster baselines as modelled: devices, fabric and stated simplifications."""
    from lamoopt.baselines.systems import CLUSTERS
    return [f"- **{c.key}**: {c.label}; {c.source}; fabric {c.fabric.name}, {c.fabric.bandwidth_GBps:g} GB/s "
            f"per direction, {c.fabric.latency_ns / 1e3:g} us per transfer (sources: lamoopt/baselines/systems.py, "
            f"device data: lamoopt/catalog/chiplets.py). " + (f"Simplification: {c.caveat}." if c.caveat else "")
            for c in CLUSTERS]


def _passed_number(v) -> float:
    return float("nan") if v is None or (isinstance(v, float) and math.isnan(v)) else float(bool(v))


def calibration_section() -> str:
    from lamoopt.baselines import calibration as cal
    doc = cal.__doc__.split("\n\n")
    return "\n\n".join([cal.calibration_markdown(cal.calibration_rows()), *doc[1:]])


def write_study(results: list[dict], out: Path, command: str, runtime_s: float, jobs: int,
                version: str, unfinished: list[str] | None = None) -> list[Path]:
    from lamoopt.baselines.compare import metric_labels
    df = study_frame(results)
    labels = metric_labels(results[0]["settings"].get("percentile", 90.0) if results else 90.0)
    ref = results[0]["settings"]["reference"] if results else "DGX-A100"
    gm = geometric_means(df, list(labels))
    buf = io.StringIO()
    df.to_csv(buf, index=False)
    written = [write_text_atomic(out / "study.csv", buf.getvalue())]
    written += write_plots(df, gm, labels, ref, out)
    written.append(write_text_atomic(out / "study.md", study_markdown(results, df, gm, labels, command, runtime_s,
                                                                      jobs, version, calibration_section(),
                                                                      unfinished)))
    return written


def code_version() -> str:
    """The git commit of the code that ran (with '+uncommitted' when the tree differs), or
    'unknown' outside a git checkout."""
    import subprocess
    root = Path(__file__).resolve().parents[2]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "lamoopt"], cwd=root, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+uncommitted changes in lamoopt/" if dirty else "")


def write_runs(results: list[dict], out: Path, command: str, runtime_s: float, jobs: int, version: str,
               unfinished: list[str] | None = None) -> Path:
    """runs.json: the command, code version, total runtime and per-instance times (read back by
    --report-only), and after a Ctrl-C the instance files not compared (`not_finished`)."""
    from lamoopt.report.files import write_json_atomic
    runs = {"command": command, "code_version": version, "runtime_s": runtime_s, "jobs": jobs,
            "elapsed_s": {r["instance"]: r.get("elapsed_s") for r in results}}
    if unfinished:
        runs["not_finished"] = unfinished
    return write_json_atomic(out / "runs.json", runs)


def write_results(results: list[dict | None], paths: list[Path], out: Path, command: str, runtime_s: float,
                  jobs: int, version: str) -> list[Path]:
    """runs.json and the report of the instances compared (results None: not compared, after a
    Ctrl-C; the report names them); nothing when no instance was compared."""
    done = [r for r in results if r is not None]
    unfinished = [str(p) for p, r in zip(paths, results) if r is None]
    if not done:
        return []
    return ([write_runs(done, out, command, runtime_s, jobs, version, unfinished)]
            + write_study(done, out, command, runtime_s, jobs, version, unfinished))


def run_study(paths: list[Path], out: Path, command: str, num_requests: int | None = None, seed: int = 0,
              overrides: dict | None = None, jobs: int = 1, log=print) -> list[Path]:
    """Compare every instance, then write the report; returns the files written."""
    version = code_version()
    t0 = time.perf_counter()
    results = run_all(paths, out, num_requests, seed, overrides or {}, jobs, log)
    return write_results(results, paths, out, command, time.perf_counter() - t0, jobs, version)


def rewrite_report(out: Path) -> list[Path]:
    """Rebuild study.md, study.csv and the plots from an existing directory's per-instance
    comparison.json files and runs.json (no solving, no simulation)."""
    runs = json.loads((out / "runs.json").read_text())
    return write_study(load_records(out), out, runs["command"], runs["runtime_s"], runs["jobs"],
                       runs.get("code_version", "unknown"), runs.get("not_finished"))


STOPPING = "no new instance starts, the running ones stop at their next solve and are left out"


def cli_study(args) -> int:
    """`lamoopt study`: compare every instance matching the glob and write the report (Ctrl-C:
    module docstring)."""
    from lamoopt.baselines.compare import command_line
    from lamoopt.cli_options import solver_flags, solver_overrides
    paths = instance_paths(args.instances)
    if not paths and not args.report_only:
        from lamoopt.instance.errors import InputError
        raise InputError([("--instances", args.instances, "a glob matching at least one instance file")])
    out = Path(args.output)
    if args.report_only:
        written = rewrite_report(out)
        print(f"rewrote {out / 'study.md'} and {len(written) - 1} other files from {out}/instances/")
        return 0
    overrides = solver_overrides(args)
    cmd = command_line("study", [], {"--instances": f"'{args.instances}'", "-o": out, "--jobs": args.jobs,
                                     "--requests": args.requests, "--sim-seed": args.sim_seed,
                                     **solver_flags(overrides)})
    print(f"study: {len(paths)} instances -> {out}/")
    version, t0 = code_version(), time.perf_counter()
    with Interrupt.handling(terminal_stream(sys.stderr), STOPPING) as ctrl_c:
        results = run_all(paths, out, args.requests, args.sim_seed, overrides, args.jobs)
    written = write_results(results, paths, out, cmd, time.perf_counter() - t0, args.jobs, version)
    if written:
        print(f"wrote {out / 'study.md'} and {len(written) - 1} other files")
    if not ctrl_c.requested:
        return 0
    done = sum(r is not None for r in results)
    rest = (f"{out / 'study.md'} covers these and names the {len(paths) - done} others" if written
            else "no report written")
    return interrupted_exit(done, len(paths), "instances compared", rest, sys.stderr)
