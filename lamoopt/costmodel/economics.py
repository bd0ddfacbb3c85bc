"""The chiplet cost of one package, as the MILP's Cost_usd counts it and the evaluator checks it:
cost is accounting, not physics, so both sides use this one sum (formulations/lamoopt_milp.md
section 5)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def package_cost_usd(specs: Mapping[str, Any], production_volume_packages: int, chips: Iterable[str]) -> float:
    """sum of cost_usd over the chiplets placed (one entry per chiplet) + for every type used its
    nre_usd / production_volume_packages. `specs`: chiplet name -> its ChipletType."""
    chips = list(chips)
    return (sum(specs[c].cost_usd for c in chips)
            + sum(specs[c].nre_usd / production_volume_packages for c in set(chips)))
