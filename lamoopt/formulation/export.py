"""Writing the whole model (every class, before class bounding) as an LP or MPS file with the
names of formulations/lamoopt_milp.md: `lamoopt export`, and formulations/default.{lp,mps}."""

from __future__ import annotations

from pathlib import Path

import pyomo.environ as pyo  # noqa: F401  (registers the writers)

from lamoopt.formulation.build import build_model
from lamoopt.instance.load import Problem

FORMATS = ("lp", "mps")


def export_model(prob: Problem, target: Path, fmt: str) -> Path:
    """Write the instance's model to target atomically (a temporary file, then a rename)."""
    from lamoopt.solve.run import prepare
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r}: expected one of {FORMATS}")
    _, _, d = prepare(prob)
    m = build_model(d)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"tmp-{target.stem}.{fmt}")
    m.write(str(tmp), io_options={"symbolic_solver_labels": True})   # format from the extension
    tmp.replace(target)
    return target
