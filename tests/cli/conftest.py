"""Shared helpers for the CLI tests."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def default_data() -> dict:
    return copy.deepcopy(json.loads((REPO / "instances" / "default.json").read_text()))


@pytest.fixture
def small_data() -> dict:
    return copy.deepcopy(json.loads((REPO / "tests" / "fixtures" / "small_instance.json").read_text()))


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    """An empty working directory (the cwd during the test) for the instance and its files."""
    d = tmp_path / "work"
    d.mkdir()
    monkeypatch.chdir(d)
    return d
