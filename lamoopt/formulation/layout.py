"""A design as the model sees it: placed tiles, instance counts, flows and the rate (`Choice`),
and the chip type and role at every site. The models of families.py and the predictions of
solution.py both read designs in this form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lamoopt.formulation.configs import Tables


@dataclass
class Choice:
    """Placed tiles, instance counts per operating point, flows and the served rate."""

    placed: list[tuple[str, int]]          # (class key, tile index), sorted
    counts: dict[str, int]                 # operating point -> instances (> 0 only)
    flows: dict[str, float]                # operating point -> requests/s
    rate_req_per_s: float
    meta: dict[str, Any] = field(default_factory=dict)

    def key(self) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
        return (tuple(self.placed), tuple(sorted(self.counts.items())))


def site_chips(tables: Tables, choice: Choice) -> tuple[list[str | None], list[str | None]]:
    """Chip type and role per site index (row-major), None where empty."""
    pkg = tables.problem.instance.package
    chips: list[str | None] = [None] * (pkg.grid_rows * pkg.grid_cols)
    roles: list[str | None] = [None] * len(chips)
    for ck, g in choice.placed:
        cls = tables.classes[ck]
        for r, c in cls.tiles[g].sites:
            chips[r * pkg.grid_cols + c] = cls.chip
            roles[r * pkg.grid_cols + c] = cls.role
    return chips, roles
