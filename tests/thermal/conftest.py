"""Shared fixtures of the thermal tests: the shipped default instance's geometry and layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamoopt.instance.load import load_instance
from lamoopt.thermal import geometry_from_problem, peak_power_split_W

REPO = Path(__file__).resolve().parents[2]
DEFAULT_INSTANCE = REPO / "instances" / "default.json"


@pytest.fixture(scope="session")
def default_problem():
    """instances/default.json loaded (3x3 sites, PC and DC chiplets, liquid cold plate)."""
    return load_instance(DEFAULT_INSTANCE)


@pytest.fixture(scope="session")
def default_geometry(default_problem):
    """(PackageGeometry, {type: ChipletStack}) of the default instance."""
    return geometry_from_problem(default_problem)


def checkerboard_layout(rows: int = 3, cols: int = 3) -> dict:
    """5 PC + 4 DC on 3x3: PC on the corners and the centre, DC on the edge midpoints."""
    return {(r, c): ("PC" if (r + c) % 2 == 0 else "DC") for r in range(rows) for c in range(cols)}


@pytest.fixture(scope="session")
def peak_split(default_problem) -> dict:
    """{type: (logic_W, dram_W)} at each chiplet type's published peak power."""
    return {c.name: peak_power_split_W(c) for c in default_problem.chiplets}
