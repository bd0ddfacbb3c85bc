"""Thermal solver speed and memory on the default instance; influence-matrix times.

    python benchmarks/bench_thermal.py [--superlu]

Targets (2 cores): a solve with >= 64 x 64 lateral cells of the full default stack (5 PC + 4 DC,
every layer of both stacks resolved) in <= 5 s including the factorisation, peak memory
< 2 GB; influence matrices for 3x3 and 6x6 grids at 4 cells per site.
`--superlu` also times SciPy's SuperLU on the same matrix (the reference factorisation;
slow at this size).
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lamoopt.instance.load import load_instance  # noqa: E402
from lamoopt.thermal import (  # noqa: E402
    build_thermal_model,
    geometry_from_problem,
    influence_matrices,
    peak_power_split_W,
)

TARGET_LATERAL_CELLS = 64
TARGET_SOLVE_S = 5.0
TARGET_RSS_GB = 2.0


def peak_rss_GB() -> float:
    """Peak resident set of this process so far (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def checkerboard(rows: int, cols: int) -> dict:
    """PC on (r + c) even sites, DC on the others (5 PC + 4 DC on 3x3)."""
    return {(r, c): ("PC" if (r + c) % 2 == 0 else "DC") for r in range(rows) for c in range(cols)}


def timed(fn, *args, **kwargs):
    """(result, wall seconds); the CPU seconds of the call are kept in timed.cpu_s."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn(*args, **kwargs)
    timed.cpu_s = time.process_time() - c0
    return out, time.perf_counter() - t0


def bench_full_solve(problem, factorisation: str) -> None:
    geom, stacks = geometry_from_problem(problem)
    cps = math.ceil(TARGET_LATERAL_CELLS / max(geom.rows, geom.cols))
    layout = checkerboard(geom.rows, geom.cols)
    split = {c.name: peak_power_split_W(c) for c in problem.chiplets}
    power = {s: split[t] for s, t in layout.items()}
    model, build_s = timed(build_thermal_model, geom, layout, stacks, cps, factorisation)
    build_cpu_s = timed.cpu_s
    result, solve_s = timed(model.solve, power)
    total_s = build_s + solve_s
    print(f"full solve [{factorisation}]: {model.nx} x {model.ny} x {model.nz} cells "
          f"({model.n_cells} unknowns, {cps} cells per site)")
    print(f"  build + factorise {build_s:6.2f} s, solve {solve_s:6.3f} s, total {total_s:6.2f} s "
          f"(target <= {TARGET_SOLVE_S:.0f} s: {'ok' if total_s <= TARGET_SOLVE_S else 'MISSED'}); "
          f"CPU time of build {build_cpu_s:.2f} s (wall > CPU means other processes took the cores)")
    print(f"  peak logic {max(t.logic_peak_C for t in result.sites.values()):.2f} C at "
          f"{result.power_in_W:.0f} W; peak RSS so far {peak_rss_GB():.2f} GB "
          f"(target < {TARGET_RSS_GB:.0f} GB: {'ok' if peak_rss_GB() < TARGET_RSS_GB else 'MISSED'})")


def bench_mesh(problem) -> None:
    """Peak logic temperature of the 5 PC + 4 DC layout at peak power vs lateral resolution."""
    geom, stacks = geometry_from_problem(problem)
    layout = checkerboard(geom.rows, geom.cols)
    split = {c.name: peak_power_split_W(c) for c in problem.chiplets}
    power = {s: split[t] for s, t in layout.items()}
    row = []
    for cps in (4, 8, 16):
        model, build_s = timed(build_thermal_model, geom, layout, stacks, cps)
        peak = max(t.logic_peak_C for t in model.solve(power).sites.values())
        row.append(f"{cps} cells/site {peak:.2f} C ({build_s:.2f} s)")
    print("mesh: " + "; ".join(row))


def bench_influence(problem) -> None:
    geom3, stacks = geometry_from_problem(problem)
    for n in (3, 6):
        geom = dataclasses.replace(geom3, rows=n, cols=n)
        for name in ("PC", "DC"):
            mats, secs = timed(influence_matrices, geom, stacks[name], 4)
            r = mats["logic_from_logic"]
            print(f"influence {n}x{n} {name}: {secs:6.2f} s (2*S = {2 * n * n} right-hand sides), "
                  f"diag {r.diagonal().min():.4f}-{r.diagonal().max():.4f} K/W")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--superlu", action="store_true", help="also time SuperLU (slow)")
    args = ap.parse_args(argv)
    problem = load_instance(ROOT / "instances" / "default.json")
    bench_full_solve(problem, "nested_dissection")
    bench_influence(problem)
    bench_mesh(problem)
    if args.superlu:
        bench_full_solve(problem, "superlu")


if __name__ == "__main__":
    main()
