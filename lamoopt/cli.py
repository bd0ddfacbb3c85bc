"""The `lamoopt` command line.

Exit codes: 0 success; 2 bad input (a message names the field, the value and what was
expected); 3 infeasible instance; 4 time limit reached (incumbent returned with its gap);
5 the evaluator found a violated constraint; 1 internal error; 130 interrupted by Ctrl-C (solve,
whatif --sweep/--pareto and study first write what they solved; a second Ctrl-C quits at once).
"""

from __future__ import annotations

import argparse
import json
import sys

from lamoopt.exitcodes import (  # noqa: F401
    EXIT_ERROR,
    EXIT_INFEASIBLE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TIME_LIMIT,
    EXIT_VIOLATION,
)
from lamoopt.instance import InputError


def _cmd_validate(args) -> int:
    from lamoopt.formulation.objective import ObjectiveSense
    from lamoopt.instance import load_and_check
    p = load_and_check(args.instance)
    a = p.arch
    moe = (f", {a.active_params / 1e9:.2f}B active ({a.num_experts} experts, top-{a.experts_per_token})"
           if a.is_moe else "")
    print(f"{args.instance}: valid. model {a.name} ({a.total_params / 1e9:.2f}B parameters{moe}, "
          f"{a.total_weight_bytes / 1e9:.1f} GB weights, {a.kv_bytes_per_token:,.0f} B KV/token); "
          f"{len(p.chiplets)} chiplet types; {p.instance.package.grid_rows}x"
          f"{p.instance.package.grid_cols} sites; rate {p.rate_req_per_s:g} req/s; "
          f"objective {ObjectiveSense.of(p.instance).describe()}")
    return EXIT_OK


def _cmd_schema(args) -> int:
    from lamoopt.instance.schema import Instance
    text = json.dumps(Instance.model_json_schema(), indent=2)
    if args.output:
        from lamoopt.report.files import write_text_atomic
        write_text_atomic(args.output, text + "\n")
    else:
        print(text)
    return EXIT_OK


def _cmd_catalog(args) -> int:
    from lamoopt.catalog import CHIPLETS, MODELS, WORKLOADS
    from lamoopt.costmodel.arch import arch_from_config
    what = args.what or "all"
    if what in ("models", "all"):
        print("models:")
        for n, cfg in MODELS.items():
            a = arch_from_config(n, cfg)
            moe = f"  MoE {a.num_experts} experts top-{a.experts_per_token}, {a.active_params / 1e9:.2f}B active" if a.is_moe else ""
            print(f"  {n:13s} {a.total_params / 1e9:6.2f}B params  layers {a.num_layers:3d}  hidden "
                  f"{a.hidden_size:5d}  heads {a.num_heads}/{a.num_kv_heads} kv  "
                  f"KV {a.kv_bytes_per_token / 1e3:7.1f} kB/token (FP16){moe}")
    if what in ("chiplets", "all"):
        print("chiplets and devices:")
        for n, c in CHIPLETS.items():
            print(f"  {n:10s} {c['compute_TFLOPS']:5.0f} TFLOPS  {c['dram_bandwidth_GBps'] / 1e3:5.1f} TB/s  "
                  f"{c['dram_capacity_GB']:4.0f} GB  {c['area_mm2']:4.0f} mm2  peak {c['power']['peak_W']:4.0f} W  "
                  f"static {c['power']['static_W']:5.1f} W")
    if what in ("workloads", "all"):
        print("workloads:")
        for n, w in WORKLOADS.items():
            print(f"  {n:10s} input {w['input_tokens_mean']:5d}  output {w['output_tokens_mean']:5d} tokens  "
                  f"TTFT {w['ttft_ms']:g} ms  TPOT {w['tpot_ms']:g} ms (p90)")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="lamoopt", description=__doc__.split("\n")[0],
                                 epilog=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("validate", help="check an instance file (schema and semantics)")
    p.add_argument("instance", help="instance JSON file")
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("schema", help="print the JSON Schema of the instance format")
    p.add_argument("-o", "--output", help="write to this file instead of stdout")
    p.set_defaults(func=_cmd_schema)

    p = sub.add_parser("catalog", help="list catalog models, chiplets or workloads")
    p.add_argument("what", nargs="?", choices=["models", "chiplets", "workloads"])
    p.set_defaults(func=_cmd_catalog)

    from lamoopt.chipdesign.cli import register as register_chiplets
    register_chiplets(sub)

    _add_solver_commands(sub)
    return ap


def _add_solver_commands(sub) -> None:
    """Commands that need the formulation (their heavy imports happen inside each command)."""
    from lamoopt import commands
    commands.register(sub)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InputError as err:
        print(f"lamoopt: error: {err.format()}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("lamoopt: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
