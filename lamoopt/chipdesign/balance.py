"""The balance question (issue 15): which chiplets to make, proven, per model x workload x rate.

The source paper asks how to balance compute density (prefill) against DRAM bandwidth and
capacity (decode), and answers by searching over chiplet designs. Here each instance's catalog is
replaced by a template's candidate types (chipdesign.expand), the design may use at most
`max_types` distinct types (package.max_chiplet_types; the paper makes two) and the MILP proves
the optimum of the instance's own objective: the chosen types per role, with their compute per
byte of DRAM bandwidth (FLOP/byte), are the design guideline, derived with a proof instead of by
search.

    lamoopt chiplets balance TEMPLATE.json [--instances GLOB] [--max-types 2] [--jobs N] -o DIR

writes DIR/balance.csv (a row per instance), DIR/balance.md and DIR/balance.png (the chosen
FLOP/byte per role). The optima are proven for the linear model within each instance's gap;
`--recheck` also measures each design with the evaluator (1,000 requests).
"""

from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pandas as pd

from lamoopt.instance.load import read_json

ROLES = ("prefill", "decode")


def balance_problem(instance_path: Path, template_path: Path, ranges: dict | None, max_types: int):
    """The instance with its chiplets replaced by the template's types and the type limit set."""
    from lamoopt.whatif.changes import problem_from_data
    data = read_json(instance_path)
    data["chiplets"] = []
    data["chiplet_template"] = {"path": str(template_path.resolve()), **({"ranges": ranges} if ranges else {})}
    data.setdefault("package", {})["max_chiplet_types"] = max_types
    return data, problem_from_data(data, instance_path.resolve().parent, str(instance_path))


def balance_record(instance_path: str, template_path: str, ranges: dict | None, max_types: int,
                   recheck: bool) -> dict[str, Any]:
    """Solve one instance over the template's types; the chosen types per role and their balance."""
    from lamoopt.orchestrate import solve_with_recheck
    from lamoopt.solve.outcome import SolveOptions
    data, prob = balance_problem(Path(instance_path), Path(template_path), ranges, max_types)
    res = solve_with_recheck(prob, SolveOptions.from_problem(prob), recheck=recheck, num_requests=1000)
    out = res.outcome
    wl = data.get("workload", {})
    rec: dict[str, Any] = {
        "instance": prob.instance.name, "model": prob.arch.name, "workload": wl.get("catalog", ""),
        "rate_req_per_s": prob.rate_req_per_s, "objective_kind": prob.instance.objective.kind,
        "status": out.status.value, "objective": out.objective, "objective_bound": out.objective_bound,
        "mip_gap": out.mip_gap, "candidate_types": len(prob.chiplets),
        "time_s": round(out.build_time_s + out.solve_time_s, 2)}
    if res.recheck is not None:
        rec["evaluated_objective"] = res.recheck.get("evaluated_objective")
        rec["recheck_passed"] = res.recheck.get("passed")
    specs = {c.name: c for c in prob.chiplets}
    design = res.design
    for role in ROLES:
        used: dict[str, int] = {}
        for inst in (design.by_role(role) if design is not None else []):
            used[inst.chiplet] = used.get(inst.chiplet, 0) + inst.tp * inst.pp
        names = sorted(used)
        rec[f"{role}_types"] = "+".join(names)
        rec[f"{role}_chiplets"] = sum(used.values())
        for key, attr in (("TFLOPS", "compute_TFLOPS"), ("bandwidth_GBps", "dram_bandwidth_GBps"),
                          ("capacity_GB", "dram_capacity_GB"), ("dram_layers", "dram_layers")):
            rec[f"{role}_{key}"] = "+".join(f"{getattr(specs[n], attr):g}" for n in names)
        flop_per_byte = [specs[n].compute_TFLOPS * 1e12 / (specs[n].dram_bandwidth_GBps * 1e9) for n in names]
        rec[f"{role}_flop_per_byte"] = min(flop_per_byte) if flop_per_byte else None
    return rec


def run_balance(paths: list[Path], template: Path, ranges: dict | None, max_types: int, jobs: int,
                recheck: bool) -> list[dict[str, Any]]:
    """One record per instance, in the order of `paths` (spawned worker processes for jobs > 1,
    one HiGHS thread each as the instances set)."""
    args = [(str(p), str(template), ranges, max_types, recheck) for p in paths]
    if jobs <= 1:
        return [balance_record(*a) for a in args]
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(balance_record, *zip(*args, strict=True)))


def balance_markdown(df: pd.DataFrame, command: str) -> str:
    cols = ["instance", "status", "objective", "mip_gap", "prefill_types", "prefill_flop_per_byte",
            "decode_types", "decode_flop_per_byte"] + [c for c in ("evaluated_objective",) if c in df]
    lines = ["# Which chiplets to make: the balance of compute and bandwidth, proven", "",
             f"Command: `{command}`", "",
             "Each instance solved over the template's candidate types with at most "
             f"{int(df.attrs.get('max_types', 2))} distinct types made; the optimum of its own objective is proven "
             "for the linear model within its gap (status, mip_gap). FLOP/byte: peak compute over peak DRAM "
             "bandwidth of the type chosen for the role (the smaller when a role uses two).", "",
             "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for _, r in df.iterrows():
        lines.append("| " + " | ".join(_cell(r.get(c)) for c in cols) + " |")
    ok = df[df.status == "optimal"]
    if len(ok):
        lines += ["", f"Prefill chooses {ok.prefill_flop_per_byte.median():.3g} FLOP/byte and decode "
                      f"{ok.decode_flop_per_byte.median():.3g} FLOP/byte at the median over the {len(ok)} instances "
                      "proven optimal."]
    return "\n".join(lines) + "\n"


def _cell(v: Any) -> str:
    if isinstance(v, float):
        return "" if v != v else f"{v:.4g}"
    return "" if v is None else str(v)


def balance_png(df: pd.DataFrame) -> bytes:
    import io

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(max(6.0, 0.45 * len(df)), 4.0))
    x = range(len(df))
    for role, marker in (("prefill", "o"), ("decode", "s")):
        ax.scatter(list(x), df[f"{role}_flop_per_byte"], marker=marker, label=role)
    ax.set_xticks(list(x))
    ax.set_xticklabels(df.instance, rotation=75, fontsize=7)
    ax.set_yscale("log")
    ax.set_ylabel("peak FLOP per DRAM byte")
    ax.set_title("The balance the proven optima choose, per role")
    ax.legend()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=120)
    plt.close(fig)
    return buf.getvalue()


def cmd_balance(args) -> int:
    import sys

    from lamoopt.exitcodes import EXIT_OK
    from lamoopt.instance import InputError
    from lamoopt.report.files import write_bytes_atomic, write_text_atomic
    from lamoopt.report.study import instance_paths
    paths = instance_paths(args.instances)
    if not paths:
        raise InputError([("--instances", args.instances, "a glob matching instance files")])
    if args.max_types < 1:
        raise InputError([("--max-types", args.max_types, "at least 1")])
    ranges = None
    if args.ranges:
        try:
            ranges = json.loads(args.ranges)
        except json.JSONDecodeError as err:
            raise InputError([("--ranges", args.ranges, f"a JSON object of parameter lists ({err.msg})")]) from None
    template = Path(args.template)
    balance_problem(paths[0], template, ranges, args.max_types)   # bad template or ranges: exit 2 before solving
    records = run_balance(paths, template, ranges, args.max_types, args.jobs, args.recheck)
    df = pd.DataFrame(records)
    df.attrs["max_types"] = args.max_types
    out = Path(args.output)
    command = "lamoopt " + " ".join(sys.argv[1:])
    written = [write_text_atomic(out / "balance.csv", df.to_csv(index=False)),
               write_text_atomic(out / "balance.md", balance_markdown(df, command)),
               write_bytes_atomic(out / "balance.png", balance_png(df))]
    print(df[["instance", "status", "objective", "prefill_types", "decode_types"]].to_string(index=False))
    print(f"wrote {', '.join(str(w) for w in written)}")
    return EXIT_OK
