"""Solver-side commands of the CLI: solve, evaluate, compare, study, report, the exports and the
what-if command's registration."""

from __future__ import annotations

from pathlib import Path

from lamoopt.cli_options import add_executor_option, add_solver_options, options_from_args
from lamoopt.exitcodes import (
    EXIT_ERROR,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_VIOLATION,
    STATUS_EXIT,
)
from lamoopt.instance import InputError, load_and_check


def check_output_file(path: Path, option: str = "-o/--output") -> None:
    """Before any work: `path` must be a file name in a directory where files can be created
    (created if missing). Raises InputError naming the path otherwise (in full: InputError
    shortens long values)."""
    if path.is_dir():
        raise InputError([(option, str(path), f"a file name, not a directory ({path} is a directory)")])
    _check_writable(path.parent, option, path)


def _check_writable(directory: Path, option: str, given: Path) -> None:
    """InputError naming `given` (the user's path) unless files can be created in `directory`."""
    from lamoopt.report.files import check_writable_dir
    try:
        check_writable_dir(directory)
    except OSError as err:
        raise InputError([(option, str(given), f"a location where files can be written (cannot create files "
                                                f"in {directory}: {_os_reason(err, directory)})")]) from None


def _os_reason(err: OSError, about: Path) -> str:
    """The OS's reason, with the path it concerns when that is not `about` itself."""
    reason = err.strerror or str(err)
    return reason if not err.filename or Path(err.filename) == about else f"{reason}: {err.filename}"


def _write_solution_or_rescue(out: Path, sol: dict, design) -> int:
    """Write the solution; if that fails, keep the work (a temporary directory, else stdout)
    and return EXIT_INPUT with a message naming the path."""
    import json
    import sys
    import tempfile

    from lamoopt.report.solution import write_solution
    try:
        written = write_solution(out, sol, design)
    except OSError as err:
        reason = f"lamoopt: error: could not write the solution to {out}: {_os_reason(err, out)}"
        try:
            rescue = write_solution(Path(tempfile.mkdtemp(prefix="lamoopt-solution-")) / out.name, sol, design)
        except OSError:
            print(json.dumps(sol, indent=2))
            print(f"{reason}; the solution is printed above instead", file=sys.stderr)
        else:
            print(f"{reason}; wrote it to {', '.join(str(w) for w in rescue)} instead", file=sys.stderr)
        return EXIT_INPUT
    print(f"wrote {', '.join(str(w) for w in written)}")
    return EXIT_OK


def cmd_solve(args) -> int:
    import sys

    from lamoopt.dask_client import check_executor, session
    from lamoopt.orchestrate import solve_with_recheck
    from lamoopt.report.solution import rechecked_solution_dict, summary_text
    from lamoopt.solve.progress import Interrupt, terminal_stream
    check_executor(args.executor)
    prob = load_and_check(args.instance)
    out = Path(args.output) if args.output else Path("solutions") / f"{prob.instance.name}.json"
    check_output_file(out)
    opts = options_from_args(prob, args)
    opts.executor = args.executor
    if args.optimistic_bound and prob.instance.objective.kind == "min_latency":
        raise InputError([("--optimistic-bound", True, "an objective with a stated error bound: min_latency has "
                                                       "none (formulations/lamoopt_milp.md section 8)")])
    with session(args.executor):   # connected before the work starts; the solves re-use it
        log = _progress_and_log(opts, args)
        try:
            with Interrupt.handling(opts.progress.stream if opts.progress is not None else terminal_stream(sys.stderr)):
                res = solve_with_recheck(prob, opts, method=args.method, recheck=not args.no_recheck,
                                         num_requests=args.requests, seed=opts.seed)
        finally:
            if log is not None:
                log.close()
        sol = rechecked_solution_dict(prob.instance.name, res, instance_file=str(args.instance))
        if args.optimistic_bound:
            sol["optimistic_bound"] = _optimistic_bound(prob, opts)
    print(summary_text(sol))
    if res.recheck:
        from lamoopt.evaluate.recheck import recheck_text
        print(recheck_text(res.recheck))
    if _write_solution_or_rescue(out, sol, res.design) != EXIT_OK:
        return EXIT_INPUT
    if args.report:
        from lamoopt.report.pages import write_report
        print(f"wrote {write_report(out, instance=str(args.instance))}")
    code = STATUS_EXIT[sol["status"]]
    if code == EXIT_OK and res.recheck and not res.recheck["passed"]:
        return EXIT_VIOLATION
    return code


def _progress_and_log(opts, args):
    """Progress lines on stderr (from the start with --progress, after 5 s by default, none with
    --quiet) and HiGHS's log to --log FILE (returned, to be closed by the caller)."""
    import sys

    from lamoopt.solve.progress import SolveProgress, terminal_stream
    if not args.quiet:
        opts.progress = SolveProgress(terminal_stream(sys.stderr), after_s=0.0 if args.progress else 5.0)
    if args.log is None:
        return None
    try:
        opts.log = open(args.log, "w")   # noqa: SIM115 (closed by the caller)
    except OSError as err:
        raise InputError([("--log", args.log, f"a writable file ({err.strerror})")]) from None
    return opts.log


def _optimistic_bound(prob, opts) -> dict:
    """The solution's optimistic_bound section (lamoopt.solve.optimistic), progress-quiet."""
    import dataclasses

    from lamoopt.solve.optimistic import optimistic_bound
    return optimistic_bound(prob, dataclasses.replace(opts, progress=None)).to_dict()


def cmd_evaluate(args) -> int:
    from lamoopt.evaluate.evaluator import evaluate_design
    from lamoopt.evaluate.recheck import recheck_section, recheck_text
    from lamoopt.report.files import write_json_atomic
    from lamoopt.report.solution import load_design_file
    prob = load_and_check(args.instance)
    design, raw = load_design_file(args.design)
    predicted = raw.get("predicted")
    ev = evaluate_design(prob, design, seed=args.seed, num_requests=args.requests, progress=args.progress)
    section = recheck_section(predicted, ev)
    out = Path(args.output) if args.output else Path(args.design).with_suffix(".evaluation.json")
    written = [write_json_atomic(out, {"instance": prob.instance.name, "design_file": str(args.design), **section})]
    if ev.thermal is not None:
        from lamoopt.thermal.heatmap import write_heatmap_png
        png = out.with_suffix(".png")
        write_heatmap_png(png, ev.thermal, ev.geometry, f"{prob.instance.name}: logic-layer temperature")
        written.append(png)
    e = ev.evaluated
    print(f"evaluated {args.design} on {prob.instance.name} ({e['requests_simulated']} requests at "
          f"{e['offered_rate_req_per_s']:.3g} req/s): {e['throughput_tokens_per_s']:.1f} tokens/s, "
          f"TTFT p{prob.instance.workload.targets.percentile:g} {e['ttft_ms']:.1f} ms, TPOT {e['tpot_ms']:.2f} ms, "
          f"power {e['power_W']:.0f} W ({e['tokens_per_s_per_W']:.4g} tokens/s/W), design peak "
          f"{e['design_peak_power_W']:.0f} W ({e['tokens_per_s_per_design_peak_W']:.4g} tokens/s per W), "
          f"goodput {e['goodput']:.1%}")
    print(recheck_text(section))
    print(f"wrote {', '.join(str(w) for w in written)}")
    return EXIT_OK if ev.passed else EXIT_VIOLATION


def cmd_export_hotspot(args) -> int:
    import shutil

    from lamoopt.evaluate.evaluator import _layout, evaluate_design
    from lamoopt.report.solution import load_design_file
    from lamoopt.thermal.geometry import geometry_from_problem
    from lamoopt.thermal.hotspot import hotspot_package_map, write_hotspot
    hotspot = None
    if args.hotspot:
        hotspot = shutil.which(args.hotspot)
        if hotspot is None:
            raise InputError([("--hotspot", args.hotspot, "an executable HotSpot binary (a path, or a name on "
                                                           "the PATH)")])
        hotspot = str(Path(hotspot).resolve())
    design, raw = load_design_file(args.design)
    instance = args.instance or raw.get("instance_file")
    if not instance:
        raise InputError([("--instance", None, "the instance file (the design file does not name one)")], args.design)
    prob = load_and_check(instance)
    if not any(i.sites for i in design.instances):
        raise InputError([("design.instances[*].sites", [], "a design placed on the interposer grid")], args.design)
    _check_writable(Path(args.directory), "directory", Path(args.directory))
    geom, stacks = geometry_from_problem(prob)
    try:
        hotspot_package_map(geom)
    except ValueError as err:
        cooling = prob.instance.package.cooling
        field = "top_heat_transfer_W_per_m2K" if str(err).startswith("h_top") else "bottom_heat_transfer_W_per_m2K"
        raise InputError([(f"package.cooling.{field}", getattr(cooling, field), str(err))], instance) from None
    ev = evaluate_design(prob, design, num_requests=args.requests)
    layout = _layout(prob, design)
    files = write_hotspot(args.directory, geom, layout, stacks, ev.site_power_W)
    print(f"wrote HotSpot inputs to {args.directory}: {files.config.name}, {files.lcf.name}, "
          f"{files.ptrace.name}, {len(files.floorplans)} floorplans, {files.script.name} (powers from the "
          f"evaluator: {sum(sum(v) for v in ev.site_power_W.values()):.0f} W)")
    if hotspot is None:
        return EXIT_OK
    return _run_hotspot(hotspot, files, geom, layout, stacks, ev)


def _run_hotspot(hotspot: str, files, geom, layout, stacks, ev) -> int:
    """Run the export's run_hotspot.sh with `hotspot`, print and write the per-site comparison."""
    import io
    import os
    import subprocess
    import sys

    from lamoopt.report.files import write_text_atomic
    from lamoopt.thermal.hotspot import (
        HOTSPOT_GRID_CELLS,
        compare_sites,
        comparison_text,
        hotspot_layers,
        read_steady_file,
    )
    directory = files.script.parent
    print(f"running HotSpot ({hotspot}) in {directory}; its iterative solver takes several minutes on the "
          f"{HOTSPOT_GRID_CELLS} x {HOTSPOT_GRID_CELLS} grid", flush=True)
    run = subprocess.run([str(files.script)], env={**os.environ, "LAMOOPT_HOTSPOT": hotspot})
    steady = directory / "package.steady"
    if run.returncode != 0 or not steady.is_file():
        print(f"lamoopt: error: HotSpot failed in {directory} (run_hotspot.sh exit {run.returncode}; its "
              f"messages are above)", file=sys.stderr)
        return EXIT_ERROR
    try:
        temps = read_steady_file(steady)
        rows = compare_sites(hotspot_layers(geom, layout, stacks, ev.site_power_W), temps, ev.thermal.sites)
    except ValueError as err:
        print(f"lamoopt: error: {err}", file=sys.stderr)
        return EXIT_ERROR
    print(comparison_text(rows))
    buf = io.StringIO()
    buf.write("row,col,chiplet,logic_hotspot_C,logic_lamoopt_C,dram_hotspot_C,dram_lamoopt_C\n")
    for r in rows:
        buf.write(f"{r.site[0]},{r.site[1]},{r.chiplet},{r.logic_hotspot_C!r},{r.logic_lamoopt_C!r},"
                  f"{r.dram_hotspot_C!r},{r.dram_lamoopt_C!r}\n")
    print(f"wrote {write_text_atomic(directory / 'hotspot_vs_lamoopt.csv', buf.getvalue())}")
    return EXIT_OK


def cmd_export(args) -> int:
    from lamoopt.formulation.export import export_model
    prob = load_and_check(args.instance)
    fmt = "lp" if args.lp else "mps"
    target = export_model(prob, Path(args.lp or args.mps), fmt)
    print(f"wrote {target} ({fmt.upper()}, symbolic names)")
    return EXIT_OK


def _add_evaluation_options(p) -> None:
    p.add_argument("--requests", type=int, metavar="N", help="requests simulated per design (default: "
                   "workload.num_requests)")
    p.add_argument("--sim-seed", type=int, default=0, metavar="N", help="simulation seed (default 0)")


def cmd_report(args) -> int:
    from lamoopt.report.pages import write_report
    print(f"wrote {write_report(args.path, args.output, args.instance)}")
    return EXIT_OK


def _cmd_compare(args) -> int:
    from lamoopt.baselines.compare import cli_compare
    return cli_compare(args)


def _cmd_study(args) -> int:
    from lamoopt.report.study import cli_study
    return cli_study(args)


def register(sub) -> None:
    p = sub.add_parser("solve", help="solve an instance to a proven optimum and write the solution")
    p.add_argument("instance", help="instance JSON file")
    p.add_argument("-o", "--output", help="solution file (default: solutions/<instance name>.json)")
    p.add_argument("--method", choices=["milp", "enumerate"], default="milp",
                   help="milp (HiGHS) or enumerate (exhaustive reference, small instances only)")
    p.add_argument("--no-recheck", action="store_true", help="skip the evaluator's re-check of the design")
    p.add_argument("--requests", type=int, metavar="N", help="requests simulated by the re-check (default: "
                   "max(workload.num_requests, 1000))")
    p.add_argument("--optimistic-bound", action="store_true", help="also solve the model at the optimistic end "
                   "of its stated error bounds (formulations/lamoopt_milp.md section 8): a bound on the best design "
                   "under the evaluator's physics, reported beside the evaluated objective (a second solve)")
    p.add_argument("--report", action="store_true", help="also write the design report, <solution stem>.html "
                   "beside the solution (see `lamoopt report`)")
    p.add_argument("--progress", action="store_true", help="progress on stderr from the start (by default it "
                   "starts once a solve has run 5 s): a line per solve stage and, every 5 s while a MILP runs, "
                   "elapsed time, incumbent and bound in the objective's units, gap and nodes")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument("--log", metavar="FILE", help="write HiGHS's own log to FILE")
    add_executor_option(p, "where class bounding's independent sub-solves run: here (local) or as tasks on a "
                        "Dask scheduler (pip install 'lamoopt[dask]' here and on the workers): the slices of each "
                        "batch of group-bound LPs and, for a saturated ratio, the count master's group scores (the "
                        "stage MILPs stay here). A task repeats the local solve exactly (same slices, same hot "
                        "starts), so bound, proof, gap and design are a local solve's "
                        "(formulations/lamoopt_milp.md section 6)")
    add_solver_options(p)
    p.set_defaults(func=cmd_solve)

    p = sub.add_parser("report", help="write a self-contained HTML design report of a solution file or a "
                       "what-if directory")
    p.add_argument("path", help="solution file (lamoopt solve) or what-if output directory (sweep.csv/pareto.csv)")
    p.add_argument("-o", "--output", metavar="FILE", help="the HTML file (default: <solution stem>.html beside "
                   "the solution; DIR/report.html for a what-if directory)")
    p.add_argument("--instance", metavar="FILE", help="instance file for the drawings' scale (default: the one the "
                   "solution names; a what-if directory's floorplans are schematic without it)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("evaluate", help="evaluate a design (solution or hand-written) with the detailed evaluator")
    p.add_argument("instance", help="instance JSON file")
    p.add_argument("design", help="solution file (its 'design') or a design JSON file")
    p.add_argument("-o", "--output", help="evaluation JSON (default: <design>.evaluation.json; heat map beside it)")
    p.add_argument("--requests", type=int, metavar="N", help="requests to simulate (default: workload.num_requests)")
    p.add_argument("--seed", type=int, default=0, help="simulation seed (default 0)")
    p.add_argument("--progress", action="store_true", help="show a progress bar")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("compare", help="solve, then evaluate the design next to the DGX-A100, TPUv4 and "
                       "homogeneous 3D baselines (same evaluator) and write the table")
    p.add_argument("instance", help="instance JSON file")
    p.add_argument("-o", "--output", metavar="DIR", help="output directory (default: comparisons/<instance name>)")
    _add_evaluation_options(p)
    add_solver_options(p)
    p.set_defaults(func=_cmd_compare)

    p = sub.add_parser("study", help="the paper's study: compare every instance matching a glob and write a "
                       "Markdown report with PNG plots",
                       description="Compare every instance matching a glob and write a Markdown report with PNG "
                       "plots. Ctrl-C: no new instance starts, the running ones stop at their next solve and are "
                       "left out; the report covers the instances compared and names the others; exit 130. A "
                       "second Ctrl-C quits at once.")
    p.add_argument("--instances", default="instances/*_*rps.json", metavar="GLOB",
                   help="instance files to include (default: the 27 paper instances, 'instances/*_*rps.json')")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="report directory")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="instances solved in parallel processes (default 1)")
    p.add_argument("--report-only", action="store_true", help="rebuild study.md, study.csv and the plots from "
                   "DIR's per-instance files (no solving)")
    _add_evaluation_options(p)
    add_solver_options(p)
    p.set_defaults(func=_cmd_study)

    p = sub.add_parser("export-hotspot", help="write a placed design as HotSpot grid-model inputs and "
                       "run_hotspot.sh (optionally run HotSpot and compare)")
    p.add_argument("design", help="solution file (its 'design') or a design JSON file")
    p.add_argument("directory", help="output directory")
    p.add_argument("--instance", help="instance file (default: the solution's instance_file)")
    p.add_argument("--requests", type=int, metavar="N", help="requests simulated for the powers")
    p.add_argument("--hotspot", metavar="BINARY", help="then run this HotSpot 6 binary on the export "
                   "(run_hotspot.sh) and print its per-site peaks beside the evaluator's (minutes)")
    p.set_defaults(func=cmd_export_hotspot)

    p = sub.add_parser("export", help="write the MILP as an LP or MPS file")
    p.add_argument("instance", help="instance JSON file")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--lp", metavar="FILE", help="CPLEX LP format")
    g.add_argument("--mps", metavar="FILE", help="free MPS format")
    p.set_defaults(func=cmd_export)

    from lamoopt.whatif.cli import register as register_whatif
    register_whatif(sub)
