"""The solver flags every solving command shares (--time-limit, --gap, --threads, --seed): how
they are declared, read into SolveOptions overrides, and written back as a command line; and
--executor, declared alike by `lamoopt solve` and `lamoopt whatif`."""

from __future__ import annotations

import argparse
from typing import Any

SOLVER_FLAGS = {"time_limit_s": "--time-limit", "mip_gap": "--gap", "threads": "--threads", "seed": "--seed"}
"""SolveOptions field -> the shared solver flag of the CLI."""


def add_solver_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--time-limit", type=float, metavar="S", help="wall-clock limit in seconds (default: instance)")
    p.add_argument("--gap", type=float, metavar="G", help="relative MIP gap (default: instance, 1e-4)")
    p.add_argument("--threads", type=int, metavar="N", help="HiGHS threads (default: instance, 1)")
    p.add_argument("--seed", type=int, metavar="N", help="HiGHS random seed (default: instance, 0)")


def solver_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """SolveOptions overrides from the shared solver flags (None = the instance's setting)."""
    return {"time_limit_s": args.time_limit, "mip_gap": args.gap, "threads": args.threads, "seed": args.seed}


def options_from_args(prob: Any, args: argparse.Namespace) -> Any:
    """The problem's SolveOptions with the flags given on the command line."""
    from lamoopt.solve.outcome import SolveOptions
    return SolveOptions.from_problem(prob, **solver_overrides(args))


def solver_flags(overrides: dict[str, Any]) -> dict[str, Any]:
    """The CLI flags that reproduce `overrides` (for command lines in report headers)."""
    return {SOLVER_FLAGS[k]: v for k, v in overrides.items()}


def add_executor_option(p: argparse.ArgumentParser, what: str) -> None:
    """--executor local|dask://HOST:PORT (default local); `what`: the help text's account of what
    runs there. Checked and connected by lamoopt.dask_client."""
    from lamoopt.dask_client import EXECUTOR_METAVAR, LOCAL
    p.add_argument("--executor", default=LOCAL, metavar=EXECUTOR_METAVAR, help=what)
