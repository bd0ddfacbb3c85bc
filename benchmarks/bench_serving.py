"""Benchmark of the serving simulation (plain script; prints a table).

    python benchmarks/bench_serving.py [--requests 200 10000] [--seed 0]

Runs the default instance (Llama3-70B, Code workload, 2 req/s, 3x3 package) with a
hand-written design, the paper's 5 PC + 4 DC system: prefill on 5 PCs (tp 1, pp 5; a PC's
32 GB holds a fifth of the 141 GB of weights), decode on a 2x2 block of 4 DCs (tp 4, batch 32).
Each row times timer construction + simulation + activity power. Targets: 200 requests
<= 5 s, 10,000 requests <= 60 s (on 2 cores), peak RSS < 2 GB.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lamoopt.design import Design  # noqa: E402
from lamoopt.evaluate.power import activity_power  # noqa: E402
from lamoopt.evaluate.serving import simulate  # noqa: E402
from lamoopt.evaluate.timing import InstanceTimer  # noqa: E402
from lamoopt.instance.load import load_instance  # noqa: E402

TARGET_S = {200: 5.0, 10_000: 60.0}
RSS_TARGET_MB = 2048.0

DESIGN = {
    "grid_rows": 3, "grid_cols": 3,
    "instances": [
        {"id": "prefill-0", "role": "prefill", "chiplet": "PC", "tp": 1, "pp": 5, "batch": 1,
         "layers_per_stage": [16] * 5, "sites": [[0, 0], [0, 1], [0, 2], [1, 2], [2, 2]]},
        {"id": "decode-0", "role": "decode", "chiplet": "DC", "tp": 4, "pp": 1, "batch": 32,
         "layers_per_stage": [80], "sites": [[1, 0], [1, 1], [2, 0], [2, 1]]},
    ],
}


def peak_rss_MB() -> float:
    """Peak resident set size of this process (ru_maxrss is in kB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_once(problem, design, n: int, seed: int) -> dict:
    start = time.perf_counter()
    timers = {i.id: InstanceTimer(problem, design, i) for i in design.instances}
    res = simulate(problem, design, timers, seed=seed, num_requests=n)
    power = activity_power(problem, design, res, timers)
    seconds = time.perf_counter() - start
    m = res.metrics(problem.instance.workload.targets)
    return dict(requests=n, seconds=seconds, passes=sum(res.passes.values()),
                ttft_p90_ms=m["ttft_p90_ms"], tpot_p90_ms=m["tpot_p90_ms"],
                tokens_per_s=m["throughput_tokens_per_s"], dyn_W=power.total_dynamic_W,
                rss_MB=peak_rss_MB())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, nargs="+", default=[200, 10_000])
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    problem = load_instance(ROOT / "instances" / "default.json")
    design = Design.model_validate(DESIGN)
    print(f"instance {problem.instance.name}: {problem.arch.name}, {problem.rate_req_per_s:g} req/s")
    head = (f"{'requests':>9} {'seconds':>8} {'target_s':>8} {'passes':>8} {'ttft_p90_ms':>11} "
            f"{'tpot_p90_ms':>11} {'tok/s':>7} {'dyn_W':>7} {'peak_RSS_MB':>11}  ok")
    print(head)
    all_ok = True
    for n in args.requests:
        r = run_once(problem, design, n, args.seed)
        target = TARGET_S.get(n)
        ok = (target is None or r["seconds"] <= target) and r["rss_MB"] < RSS_TARGET_MB
        all_ok &= ok
        print(f"{n:>9} {r['seconds']:>8.2f} {target if target else float('nan'):>8.0f} {r['passes']:>8} "
              f"{r['ttft_p90_ms']:>11.1f} {r['tpot_p90_ms']:>11.2f} {r['tokens_per_s']:>7.1f} "
              f"{r['dyn_W']:>7.0f} {r['rss_MB']:>11.0f}  {'yes' if ok else 'NO'}")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
