"""Shared helpers for the instance tests: shipped/fixture instance data and tmp files."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTANCES = REPO / "instances"
FIXTURES = REPO / "tests" / "fixtures"


def read(path: Path) -> dict:
    return json.loads(Path(path).read_text())


@pytest.fixture
def default_data() -> dict:
    """instances/default.json as a fresh dict (Llama3-70B, Code at 2 req/s, 3x3 PC/DC)."""
    return copy.deepcopy(read(INSTANCES / "default.json"))


@pytest.fixture
def small_data() -> dict:
    """tests/fixtures/small_instance.json: inline tiny model, inline chiplet, histogram lengths."""
    return copy.deepcopy(read(FIXTURES / "small_instance.json"))


@pytest.fixture
def write(tmp_path):
    """write(data, name='inst.json') -> path of `data` dumped as JSON into tmp_path."""
    def _write(data: dict, name: str = "inst.json") -> Path:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(data))
        return p
    return _write
