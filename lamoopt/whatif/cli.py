"""`lamoopt whatif`: constraint what-ifs on an instance.

    lamoopt whatif FILE --set PATH=VALUE [--set ...]      base and changed optimum side by side
    lamoopt whatif FILE --sweep PATH=START:STOP:STEP [--sweep ...] [-o DIR] [--workers N]
                        [--executor local|dask://HOST:PORT]     sweep.csv + sweep.png
    lamoopt whatif FILE --pareto tpot|throughput [--points N] [-o DIR]
                        pareto.csv + pareto.png + pareto.json (range, designs)
    lamoopt whatif FILE --explain                          why it is infeasible, smallest changes
                        (the package too: binding limit, smallest grid / chiplet types)
    lamoopt whatif FILE --sensitivity [--step 0.05]        binding limits and their value

--set changes apply to every mode (the sweep, front, explanation or sensitivity start from the
changed instance). Exit codes as for `solve`: 3 when the (changed) instance is infeasible.

Ctrl-C during a sweep or front: no new point starts, the points running stop at their incumbent
(status interrupted, with bound and gap), and the files are written with every point: those not
solved have status not_solved. A line on stderr says how many of the points were solved; exit
130. A second Ctrl-C quits at once (exit 130; files are written whole or not at all).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from contextlib import AbstractContextManager
from pathlib import Path

from lamoopt.cli_options import add_executor_option, add_solver_options, options_from_args
from lamoopt.exitcodes import EXIT_INFEASIBLE, EXIT_OK, STATUS_EXIT
from lamoopt.instance.errors import InputError
from lamoopt.report.files import write_json_atomic
from lamoopt.solve.progress import CtrlC, Interrupt, interrupted_exit, terminal_stream
from lamoopt.whatif.changes import BaseInstance, describe, parse_set, parse_sweep
from lamoopt.whatif.figures import NOT_SOLVED, PointResult

MAX_SWEEPS = 2
DEFAULT_POINTS = 20


def _changes(args) -> dict:
    out = {}
    for text in args.set or []:
        path, value = parse_set(text)
        out[path] = value
    return out


RUN_FILE = "whatif.json"
"""Beside a sweep's or front's tables: the instance file and the changes they came from (read by
`lamoopt report DIR` for the package's scale)."""


def _out_dir(args, prob) -> Path:
    return Path(args.output) if args.output else Path("whatif") / prob.instance.name


def _write_run(out_dir: Path, args, changes) -> Path:
    """RUN_FILE: the instance file (absolute) and the --set changes of this run."""
    from lamoopt.report.files import write_json_atomic
    return write_json_atomic(out_dir / RUN_FILE, {"instance_file": str(Path(args.instance).resolve()),
                                                  "changes": dict(changes)})


def cmd_whatif(args) -> int:
    base = BaseInstance.from_file(args.instance)
    changes = _changes(args)
    prob = base.problem(changes)            # validates the --set changes (exit 2 naming the field)
    opts = options_from_args(prob, args)
    if args.sweep:
        return _sweep(args, base, changes, opts, prob)
    if args.pareto:
        return _pareto(args, base, changes, opts, prob)
    if args.explain:
        return _explain(args, base, changes, opts)
    if args.sensitivity:
        return _sensitivity(args, base, changes, opts, prob)
    if not changes:
        raise InputError([("whatif", args.instance, "at least one of --set, --sweep, --pareto, --explain, "
                           "--sensitivity (see lamoopt whatif --help)")])
    return _compare(args, base, changes, opts)


def _compare(args, base, changes, opts) -> int:
    from lamoopt.whatif.diff import compare, compare_text
    from lamoopt.whatif.engine import Engine
    engine = Engine(base, opts)
    before, after = engine.solve({}), engine.solve(changes)
    cmp = compare(before, after, describe(changes))
    print(compare_text(cmp))
    if after.outcome.status.value == "infeasible":
        from lamoopt.whatif.explain import explain
        exp = explain(base, changes, opts)
        print(exp.text())
        cmp["explanation"] = exp.as_dict()
    if args.output:
        print(f"wrote {write_json_atomic(Path(args.output) / 'whatif.json', cmp)}")
    return STATUS_EXIT[after.outcome.status.value]


def _sweep(args, base, changes, opts, prob) -> int:
    from lamoopt.formulation.objective import ObjectiveSense
    from lamoopt.whatif.sweep import run_sweep, sweep_summary, write_sweep
    if len(args.sweep) > MAX_SWEEPS:
        raise InputError([("--sweep", args.sweep, f"at most {MAX_SWEEPS} swept parameters")])
    sweeps = [parse_sweep(s) for s in args.sweep]
    if len({s.path for s in sweeps}) != len(sweeps):
        raise InputError([("--sweep", args.sweep, "different parameters")])
    with _points_interruptible(args) as ctrl_c:
        results = run_sweep(base, opts, sweeps, changes, args.executor, args.workers, not args.no_progress)
    title = f"{prob.instance.name}" + (f" ({describe(changes)})" if changes else "")
    written = write_sweep(_out_dir(args, prob), results, sweeps, ObjectiveSense.of(prob.instance).describe(), title)
    written.append(_write_run(_out_dir(args, prob), args, changes))
    print(sweep_summary(results, sweeps))
    print(f"wrote {', '.join(str(w) for w in written)}")
    return _points_exit(ctrl_c, results, "sweep.csv")


STOPPING = "no new point starts, the running ones stop at their incumbent"


def _points_interruptible(args) -> AbstractContextManager[CtrlC]:
    """Ctrl-C handling while a sweep's or front's points are solved (module docstring); its
    message starts a new line when a progress bar may have left one open."""
    return Interrupt.handling(terminal_stream(sys.stderr), STOPPING, new_line=not args.no_progress)


def _points_exit(ctrl_c: CtrlC, results: list[PointResult], table: str) -> int:
    """EXIT_OK; after a Ctrl-C, the line saying how many of the points were solved (status
    neither not_solved nor interrupted) and what `table` says of the others, and
    EXIT_INTERRUPTED."""
    if not ctrl_c.requested:
        return EXIT_OK
    counts = Counter(r.status for r in results)
    unsolved, stopped = counts[NOT_SOLVED], counts["interrupted"]
    others = ([f"{unsolved} not started (status {NOT_SOLVED})"] if unsolved else []) + \
             ([f"{stopped} stopped at an incumbent (status interrupted, with bound and gap)"] if stopped else [])
    rest = f"{table} lists every point, the others as " + ", ".join(others) if others else ""
    return interrupted_exit(len(results) - unsolved - stopped, len(results), "points solved", rest, sys.stderr)


def _pareto(args, base, changes, opts, prob) -> int:
    from lamoopt.whatif.pareto import (
        front_text,
        throughput_front,
        tpot_front,
        write_front,
    )
    points = args.points or DEFAULT_POINTS
    if points < 2:
        raise InputError([("--points", points, "at least 2 (the instance's optimum and one more target)")])
    with _points_interruptible(args) as ctrl_c:
        if args.pareto == "tpot":
            front = tpot_front(base, opts, changes, points, not args.no_progress)
        else:
            front = throughput_front(base, opts, changes, points, args.executor, args.workers, not args.no_progress)
    kind = prob.instance.objective.kind
    print(front_text(front))
    written = write_front(_out_dir(args, prob), front, f"{prob.instance.name}: {kind} vs {args.pareto}")
    written.append(_write_run(_out_dir(args, prob), args, changes))
    print(f"wrote {', '.join(str(w) for w in written)}")
    return _points_exit(ctrl_c, front.results, "pareto.csv")


def _explain(args, base, changes, opts) -> int:
    from lamoopt.whatif.explain import explain
    exp = explain(base, changes, opts)
    print(exp.text())
    if args.output:
        print(f"wrote {write_json_atomic(Path(args.output) / 'explanation.json', exp.as_dict())}")
    return EXIT_OK if exp.feasible else EXIT_INFEASIBLE


def _sensitivity(args, base, changes, opts, prob) -> int:
    import pandas as pd

    from lamoopt.whatif.sensitivity import rows_dicts, rows_text, sensitivity
    from lamoopt.whatif.sweep import write_csv
    solved, rows = sensitivity(base, changes, opts, args.step)
    status = solved.outcome.status.value
    if status != "optimal":
        print(f"{prob.instance.name}: {status}: no optimum to analyse (try --explain)")
        return STATUS_EXIT[status]
    print(f"{prob.instance.name}: optimum {solved.outcome.objective:.6g} (gap {solved.outcome.mip_gap or 0:.1e})")
    print(rows_text(rows, args.step, prob.instance.objective.kind))
    if args.output:
        print(f"wrote {write_csv(Path(args.output) / 'sensitivity.csv', pd.DataFrame(rows_dicts(rows)))}")
    return EXIT_OK


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value < 1:
        raise InputError([("--step", text, "a fraction between 0 and 1, e.g. 0.05 for 5 %")])
    return value


def register(sub) -> None:
    p = sub.add_parser("whatif", help="constraint what-ifs: changed limits, sweeps, Pareto fronts, "
                       "infeasibility explained, sensitivity",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("instance", help="instance JSON file")
    p.add_argument("--set", action="append", metavar="PATH=VALUE",
                   help="change a field (dotted path into the instance JSON, value as JSON), e.g. "
                        "package.power_budget_W=3000 or chiplets.PC.thermal.logic_temp_limit_C=95; repeatable")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--sweep", action="append", metavar="PATH=START:STOP:STEP",
                      help="sweep a field (also PATH=V1,V2,... or PATH=[JSON list]); at most two")
    mode.add_argument("--pareto", choices=["tpot", "throughput"],
                      help="Pareto front of the objective against TPOT or throughput (epsilon-constraint)")
    mode.add_argument("--explain", action="store_true", help="explain why the (changed) instance is infeasible")
    mode.add_argument("--sensitivity", action="store_true",
                      help="binding limits at the optimum and the gain of relaxing each by --step")
    p.add_argument("--step", type=_fraction, default=0.05, help="relaxation step for --sensitivity (default 0.05)")
    p.add_argument("--points", type=int, metavar="N", help=f"Pareto points (default {DEFAULT_POINTS})")
    p.add_argument("-o", "--output", metavar="DIR", help="output directory (default whatif/<instance name> "
                   "for sweeps and fronts; --set/--explain/--sensitivity write only when given)")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="local worker processes for sweep points (default 1: this process)")
    add_executor_option(p, "where sweep points run: local processes or a Dask distributed scheduler")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    add_solver_options(p)
    p.set_defaults(func=cmd_whatif)
