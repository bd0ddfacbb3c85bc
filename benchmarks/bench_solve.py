"""Solver speed: model size and times per instance; the enumerator beside the MILP on small ones.

    python benchmarks/bench_solve.py [--only NAME ...] [--skip-shipped] [--threads N]

Targets (2 cores, gap <= 1e-4, wall time including the build; TARGET_S below): the default
instance in 10 s; issue 12's scale targets (bench_6x6_4types and its Reason companion 15 s,
bench_8x8_6types 30 s, bench_10x10_6types 60 s) and issue 15's 24 generated variants on 4x4
(bench_4x4_24variants, 60 s). `vs target` is the measured wall time over the target: <= 1 met.
Model size is that of the last
MILP solved; `classes` is the instance classes it held / all (class bounding, formulations/
lamoopt_milp.md section 6). Every solve uses --threads (default 2, this machine's cores; HiGHS's
thread pool is process-global, so one count for the whole run).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.instance_files import instance_files  # noqa: E402
from lamoopt.instance import load_and_check  # noqa: E402
from lamoopt.instance.load import parse_instance, resolve  # noqa: E402
from lamoopt.solve.run import SolveOptions, solve  # noqa: E402
from tests.small import small  # noqa: E402

SMALL_CASES = {
    "tiny_1x3_tokens_per_W": {"package.grid_rows": 1, "package.grid_cols": 3, "search.tp_degrees": [1, 2],
                              "search.pp_degrees": [1], "search.decode_batches": [8, 64]},
    "tiny_1x3_min_power": {"package.grid_rows": 1, "package.grid_cols": 3, "search.tp_degrees": [1, 2],
                           "search.pp_degrees": [1], "search.decode_batches": [8, 64], "objective.kind": "min_power"},
    "small_2x2_tokens_per_W": {"search.decode_batches": [16, 64]},
}


TARGET_S = {"default": 10.0, "bench_6x6_4types": 15.0, "bench_6x6_4types_reason": 15.0, "bench_8x8_6types": 30.0,
            "bench_10x10_6types": 60.0, "bench_4x4_24variants": 60.0}


def row(name, out, total_s):
    s = out.size
    gap = "n/a" if out.mip_gap is None else f"{out.mip_gap:.1e}"
    classes = f"{s['classes_solved']}/{s['classes']}" if "classes" in s else "-"
    return (f"{name:34s} {s.get('variables', '-'):>6} {s.get('integer_variables', '-'):>6} {s.get('constraints', '-'):>6} "
            f"{classes:>8} "
            f"{out.build_time_s:7.2f} {out.solve_time_s:8.2f} {total_s:8.2f} {gap:>8s} {out.nodes:>7} "
            f"{out.iterations:>4} {out.status.value:12s} "
            f"{(f'{total_s / TARGET_S[name]:.2f}' if name in TARGET_S else '-'):>9}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--skip-shipped", action="store_true")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--time-limit", type=float, default=None, help="override the instances' solver.time_limit_s")
    args = ap.parse_args()
    files = instance_files(args.only, shipped=not args.skip_shipped)
    print(f"{'instance':34s} {'vars':>6} {'int':>6} {'cons':>6} {'classes':>8} {'build_s':>7} {'solve_s':>8} {'total_s':>8} "
          f"{'gap':>8} {'nodes':>7} {'its':>4} {'status':12s} {'vs target':>9}")
    for f in files:
        prob = load_and_check(f)
        t0 = time.perf_counter()
        limit = {} if args.time_limit is None else {"time_limit_s": args.time_limit}
        out = solve(prob, SolveOptions.from_problem(prob, threads=args.threads, **limit))
        print(row(f.stem, out, time.perf_counter() - t0), flush=True)
    print("\nenumerator vs MILP on small instances (same tables, same linear model)")
    print(f"{'instance':26s} {'milp_s':>8} {'enum_s':>8} {'ratio':>8} {'candidates':>10} {'same optimum':>12}")
    for name, changes in SMALL_CASES.items():
        prob = resolve(parse_instance(small(**changes)))
        opts = SolveOptions.from_problem(prob, threads=args.threads)
        t0 = time.perf_counter()
        a = solve(prob, opts)
        ta = time.perf_counter() - t0
        t0 = time.perf_counter()
        b = solve(prob, opts, method="enumerate")
        tb = time.perf_counter() - t0
        same = abs(a.objective - b.objective) <= 1e-6 * abs(b.objective)
        print(f"{name:26s} {ta:8.2f} {tb:8.2f} {tb / ta:8.1f} {b.size['candidates']:>10} {str(same):>12}", flush=True)


if __name__ == "__main__":
    main()
