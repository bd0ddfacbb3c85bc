"""Cost of the precomputed tables (issue 10): the queue models behind every operating point.

    python benchmarks/bench_tables.py [--only NAME ...]

Per instance, side by side in one run: the table build (stage costs, the exact prefill TTFT
lattice, the decode slot chain and its power line), the thermal rows, and the solve that reads
them; the ratio of the tables to the whole solve; and the share of the table time spent in the
queue models (profiled separately). Shipped instances plus the two 6x6 benchmarks.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.instance_files import instance_files  # noqa: E402
from lamoopt.formulation.tables import build_tables  # noqa: E402
from lamoopt.formulation.thermal_bound import thermal_bound  # noqa: E402
from lamoopt.instance import load_and_check  # noqa: E402
from lamoopt.solve.run import SolveOptions, solve  # noqa: E402

QUEUE_MODULES = ("prefill_queue.py", "decode_slots.py", "queueing.py", "power_pieces.py")


def queue_share(prob) -> float:
    """Share of build_tables' time inside the queue-model modules (cumulative, profiled)."""
    prof = cProfile.Profile()
    prof.runcall(build_tables, prob)
    stats = pstats.Stats(prof)
    total = max(stats.total_tt, 1e-12)
    inside = 0.0
    for (fname, _, _func), (_, _, tt, _, _) in stats.stats.items():
        if fname.endswith(QUEUE_MODULES):
            inside += tt
    return inside / total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args()
    files = instance_files(args.only)
    print(f"{'instance':32s} {'points':>6s} {'tables_s':>9s} {'thermal_s':>9s} {'solve_s':>8s} "
          f"{'tables/whole solve':>18s} {'queue share':>11s}")
    for f in files:
        prob = load_and_check(f)
        t0 = time.perf_counter()
        tables = build_tables(prob)
        t1 = time.perf_counter()
        thermal_bound(tables)
        t2 = time.perf_counter()
        out = solve(prob, SolveOptions.from_problem(prob, threads=1))
        t3 = time.perf_counter()
        share = queue_share(prob)
        print(f"{f.stem:32s} {len(tables.points):6d} {t1 - t0:9.2f} {t2 - t1:9.2f} {t3 - t2:8.2f} "
              f"{(t1 - t0) / (t3 - t2):18.2f} {share:11.0%}  {out.status.value}", flush=True)


if __name__ == "__main__":
    main()
