"""Fixtures of the baseline tests: the default instance and a tiny instance whose three MILP
solves take well under a second each (the solver is not what these tests check)."""

from __future__ import annotations

import contextlib
import copy
import io
import json
from pathlib import Path

import pytest

from lamoopt.instance import load_and_check
from lamoopt.instance.load import parse_instance, resolve
from tests.small import small

REPO = Path(__file__).resolve().parents[2]
DEFAULT_INSTANCE = REPO / "instances" / "default.json"
TINY_SEARCH = {"search.tp_degrees": [1], "search.pp_degrees": [1], "search.decode_batches": [1, 16]}
REQUESTS = 60


def tiny_data() -> dict:
    """Llama-3-8B at 2 req/s on a 2x2 PC/DC package, one TP/PP choice (tests/small.py)."""
    return copy.deepcopy(small(**TINY_SEARCH))


@pytest.fixture(scope="session")
def default_problem():
    return load_and_check(DEFAULT_INSTANCE)


@pytest.fixture(scope="session")
def tiny_problem():
    return resolve(parse_instance(tiny_data()))


@pytest.fixture(scope="session")
def tiny_path(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("tiny") / "tiny.json"
    p.write_text(json.dumps(tiny_data()))
    return p


def run_cli(argv: list[str]) -> tuple[int, str]:
    """lamoopt main() with stdout captured."""
    from lamoopt.cli import main
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(argv)
    return code, buf.getvalue()


@pytest.fixture(scope="session")
def compare_run(tiny_path, tmp_path_factory):
    """`lamoopt compare` on the tiny instance: (exit code, printed text, output directory)."""
    out = tmp_path_factory.mktemp("compare") / "out"
    code, text = run_cli(["compare", str(tiny_path), "-o", str(out), "--requests", str(REQUESTS)])
    return code, text, out
