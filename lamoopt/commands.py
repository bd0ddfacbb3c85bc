"""Solver-side commands of the CLI: solve, export (and, as they land, evaluate, whatif...)."""

from __future__ import annotations

from pathlib import Path

from lamoopt.instance import load_and_check

EXIT_OK, EXIT_ERROR, EXIT_INFEASIBLE, EXIT_TIME_LIMIT, EXIT_VIOLATION = 0, 1, 3, 4, 5
STATUS_EXIT = {"optimal": EXIT_OK, "time_limit": EXIT_TIME_LIMIT, "infeasible": EXIT_INFEASIBLE, "error": EXIT_ERROR}


def add_solver_options(p) -> None:
    p.add_argument("--time-limit", type=float, metavar="S", help="wall-clock limit in seconds (default: instance)")
    p.add_argument("--gap", type=float, metavar="G", help="relative MIP gap (default: instance, 1e-4)")
    p.add_argument("--threads", type=int, metavar="N", help="HiGHS threads (default: instance, 1)")
    p.add_argument("--seed", type=int, metavar="N", help="HiGHS random seed (default: instance, 0)")


def options_from_args(prob, args):
    from lamoopt.solve.run import SolveOptions
    return SolveOptions.from_problem(prob, time_limit_s=args.time_limit, mip_gap=args.gap,
                                     threads=args.threads, seed=args.seed)


def cmd_solve(args) -> int:
    from lamoopt.report.solution import solution_dict, summary_text, write_solution
    from lamoopt.solve.run import design_of, solve
    prob = load_and_check(args.instance)
    opts = options_from_args(prob, args)
    outcome = solve(prob, opts, method=args.method)
    design = design_of(outcome)
    sol = solution_dict(prob.instance.name, outcome, design)
    if design is not None and not args.no_recheck:
        from lamoopt.evaluate.recheck import recheck_into
        recheck_into(prob, design, sol, seed=opts.seed)
    out = Path(args.output) if args.output else Path("solutions") / f"{prob.instance.name}.json"
    written = write_solution(out, sol, design)
    print(summary_text(sol))
    if sol.get("recheck"):
        from lamoopt.evaluate.recheck import recheck_text
        print(recheck_text(sol["recheck"]))
    print(f"wrote {', '.join(str(w) for w in written)}")
    code = STATUS_EXIT[sol["status"]]
    if code == EXIT_OK and sol.get("recheck") and not sol["recheck"]["passed"]:
        return EXIT_VIOLATION
    return code


def cmd_export(args) -> int:
    import pyomo.environ as pyo  # noqa: F401  (registers writers)
    from lamoopt.formulation.build import build_model
    from lamoopt.solve.run import prepare
    prob = load_and_check(args.instance)
    _, _, d = prepare(prob)
    m = build_model(d)
    fmt = "lp" if args.lp else "mps"
    target = Path(args.lp or args.mps)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp.{fmt}")
    m.write(str(tmp), format=fmt, io_options={"symbolic_solver_labels": True})
    tmp.replace(target)
    print(f"wrote {target} ({fmt.upper()}, symbolic names)")
    return EXIT_OK


def register(sub) -> None:
    p = sub.add_parser("solve", help="solve an instance to a proven optimum and write the solution")
    p.add_argument("instance", help="instance JSON file")
    p.add_argument("-o", "--output", help="solution file (default: solutions/<instance name>.json)")
    p.add_argument("--method", choices=["milp", "enumerate"], default="milp",
                   help="milp (HiGHS) or enumerate (exhaustive reference, small instances only)")
    p.add_argument("--no-recheck", action="store_true", help="skip the evaluator's re-check of the design")
    add_solver_options(p)
    p.set_defaults(func=cmd_solve)

    p = sub.add_parser("export", help="write the MILP as an LP or MPS file")
    p.add_argument("instance", help="instance JSON file")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--lp", metavar="FILE", help="CPLEX LP format")
    g.add_argument("--mps", metavar="FILE", help="free MPS format")
    p.set_defaults(func=cmd_export)

