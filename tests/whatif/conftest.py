"""Shared helpers for the what-if tests: tiny instances (Llama-3-8B on 1x3 or 2x2 sites)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from lamoopt.solve.run import SolveOptions, solve_milp
from lamoopt.whatif.changes import BaseInstance
from tests.small import small

TINY = {"package.grid_rows": 1, "package.grid_cols": 3, "search.decode_batches": [8, 64]}


def base_of(**changes) -> BaseInstance:
    """A BaseInstance of tests.small.small(**changes) (relative paths: this folder)."""
    return BaseInstance(small(**changes), Path(__file__).parent, "small")


def tiny(**changes) -> BaseInstance:
    return base_of(**{**TINY, **changes})


def opts_of(base: BaseInstance) -> SolveOptions:
    return SolveOptions.from_problem(base.problem())


def cold(base: BaseInstance, changes: dict):
    """An independent cold solve of the changed instance (solve_milp, fresh model)."""
    prob = base.problem(changes)
    return solve_milp(prob, SolveOptions.from_problem(prob))


def same_objective(a, b, rel: float = 1e-6) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-12)


@pytest.fixture
def tiny_base() -> BaseInstance:
    return tiny()
