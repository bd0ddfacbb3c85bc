"""The combined (chunked-prefill) TPOT law against the evaluator (plain script; prints a table).

    python benchmarks/bench_combined_tpot.py [--requests 10000] [--seed 1] [--quick]

One combined PC instance (tp 1, Llama-3-8B, the small test instance's 2x2 package) per case:
(chunk C, batch cap b, lengths) x utilisation rho of the point's capacity mu. For each, the
law's p-quantile of TPOT (combined_queue.CombinedQueue.tpot_quantile_s at lam = rho mu) and the
evaluator's serving simulation at that rate (its percentile and 95 % interval over the steady
requests, evaluate.statistics), the ratio predicted / evaluated and whether the prediction keeps
error_bounds.CHUNKED_BOUNDS["tpot_ms"], and whether the load keeps the model's slot rule (an
arrival finds all b slots taken with probability at most SLOT_FULL_SHARE (1 - p): the TTFT cap
excludes loads that break it, so the bound is stated over the rows that keep it). The table in formulations/lamoopt_milp.md section 1
comes from `--requests 10000 --seed 1` and `--requests 10000 --seed 2 --rhos 0.9 0.95`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lamoopt.design import Design  # noqa: E402
from lamoopt.evaluate.serving import simulate  # noqa: E402
from lamoopt.evaluate.timing import InstanceTimer  # noqa: E402
from lamoopt.formulation.combined_queue import SLOT_FULL_SHARE, CombinedQueue  # noqa: E402
from lamoopt.formulation.error_bounds import stated_bound  # noqa: E402
from lamoopt.formulation.tables import build_tables  # noqa: E402
from lamoopt.instance.load import Problem, parse_instance, resolve  # noqa: E402
from tests.small import small  # noqa: E402

# A spread-out joint histogram (short chats to long answers) to exercise the output-length mixture.
HISTOGRAM = [{"input_tokens": 256, "output_tokens": 16, "weight": 0.3},
             {"input_tokens": 1024, "output_tokens": 128, "weight": 0.4},
             {"input_tokens": 3072, "output_tokens": 512, "weight": 0.3}]
LENGTHS = {"1024/64": {"input_tokens_mean": 1024, "output_tokens_mean": 64},
           "1024/16": {"input_tokens_mean": 1024, "output_tokens_mean": 16},
           "2048/256": {"input_tokens_mean": 2048, "output_tokens_mean": 256},
           "hist": {"histogram": HISTOGRAM}}
# (lengths, chunk C, batch b): chunk and batch caps around the defaults of the small instance.
CASES = [("1024/64", 512, 64), ("1024/64", 256, 64), ("1024/64", 1024, 16), ("1024/16", 512, 64),
         ("2048/256", 512, 16), ("hist", 512, 16)]
RHOS = (0.2, 0.5, 0.8)
QUICK = ([("1024/64", 512, 64)], (0.5,))


def case_problem(lengths: str, chunk: int, batch: int, rate: float, n: int) -> Problem:
    """The small test instance with one chunk size, one batch cap, tp = pp = 1 and these lengths."""
    p = resolve(parse_instance(small(**{
        "serving": {"chunked_prefill": {"chunk_tokens": [chunk]}}, "workload.lengths": LENGTHS[lengths],
        "workload.arrival_rate_req_per_s": rate, "workload.num_requests": n,
        "search.tp_degrees": [1], "search.pp_degrees": [1], "search.decode_batches": [batch],
        "workload.targets": {"ttft_ms": 1e6, "tpot_ms": 1e6, "percentile": 90.0}})))

    return p


def combined_queue(p: Problem) -> CombinedQueue:
    """The queue model of the PC tp-1 combined point of the problem's tables."""
    t = build_tables(p)
    op = next(o for o in t.points.values() if o.role == "combined" and o.chip == "PC" and o.cls.split("|")[2] == "t1")
    return op.combined_queue


def measure(lengths: str, chunk: int, batch: int, rho: float, n: int, seed: int) -> dict[str, float]:
    q = combined_queue(case_problem(lengths, chunk, batch, 1.0, n))
    lam = rho * q.capacity_req_per_s
    p = case_problem(lengths, chunk, batch, lam, n)
    design = Design.model_validate(dict(grid_rows=2, grid_cols=2, instances=[dict(
        id="c", role="combined", chiplet="PC", tp=1, pp=1, batch=batch, rate_req_per_s=lam,
        layers_per_stage=[p.arch.num_layers], sites=[[0, 0]], chunk_tokens=chunk)]))
    timers = {i.id: InstanceTimer(p, design, i) for i in design.instances}
    pct = p.instance.workload.targets.percentile
    m = simulate(p, design, timers, seed=seed, num_requests=n).metrics(p.instance.workload.targets)
    pred = 1e3 * q.tpot_quantile_s(lam, pct)
    lo, hi = m["tpot_ci_ms"]
    ok = stated_bound("tpot_ms", True).holds(pred, m["tpot_ms"], [lo, hi])
    slots_ok = q.slots_full_probability(lam) <= SLOT_FULL_SHARE * (1.0 - pct / 100.0)
    return dict(slots_ok=float(slots_ok), lam=lam, mean=1e3 * float(np.dot(q._steps()[1], q.tpot_moments_s(lam)[0])), pred=pred, ev=m["tpot_ms"], lo=lo, hi=hi,
                full=1e3 * q.full_iteration_s, ok=float(ok) if ok is not None else float("nan"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="one case (a smoke run)")
    ap.add_argument("--rhos", type=float, nargs="*", help="utilisations (default 0.2 0.5 0.8)")
    args = ap.parse_args()
    cases, rhos = QUICK if args.quick else (CASES, RHOS)
    rhos = tuple(args.rhos) if args.rhos else rhos
    print("| lengths (in/out) | C | b | rho | lam req/s | T_full ms | tau ms | predicted p90 ms "
          "| evaluated p90 ms [95 % interval] | pred/eval | slots rarely full | within bound |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for lengths, chunk, batch in cases:
        for rho in rhos:
            t0 = time.perf_counter()
            r = measure(lengths, chunk, batch, rho, args.requests, args.seed)
            print(f"| {lengths} | {chunk} | {batch} | {rho:.2f} | {r['lam']:.2f} | {r['full']:.2f} | "
                  f"{r['mean']:.2f} | {r['pred']:.2f} | {r['ev']:.2f} [{r['lo']:.2f}, {r['hi']:.2f}] | "
                  f"{r['pred'] / r['ev']:.3f} | {'yes' if r['slots_ok'] else 'no'} | {'yes' if r['ok'] == 1.0 else 'no' if r['ok'] == 0.0 else '-'} |"
                  f"  <!-- {time.perf_counter() - t0:.0f} s -->", flush=True)


if __name__ == "__main__":
    main()
