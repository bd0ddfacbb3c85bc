"""The tables of an instance: every instance class and operating point (configs.py builds them
class by class; combined.py adds the chunked-prefill ones), pruned of dominated points. Its own
module so that configs.py, which combined.py builds on, does not import combined.py."""

from __future__ import annotations

from lamoopt.costmodel import comm, energy
from lamoopt.formulation.combined import combined_classes, combined_points
from lamoopt.formulation.configs import (
    Chip,
    InstanceClass,
    OperatingPoint,
    Tables,
    decode_points,
    effective_chip,
    instance_classes,
    kv_transfer_s,
    prefill_points,
    prune_dominated,
)
from lamoopt.instance.load import Problem


def build_tables(prob: Problem, levels: bool | None = None) -> Tables:
    """Precompute every instance class and operating point of the instance."""
    if levels is None:
        levels = prob.instance.objective.kind == "min_latency"
    a, pkg, L = prob.arch, prob.instance.package, prob.lengths
    chips = {c.name: effective_chip(c, i, pkg.ambient_C) for i, c in enumerate(prob.chiplets)}
    classes = instance_classes(prob, chips)
    kv_bytes = float(comm.kv_transfer_bytes(a, L.mean_input_tokens))
    longest_route = (pkg.grid_rows - 1) + (pkg.grid_cols - 1)
    kv_ms = 1e3 * kv_transfer_s(prob, kv_bytes)
    pj = max(c.power.d2d_pJ_per_bit for c in prob.chiplets) + pkg.link_energy_pJ_per_bit
    kv_J = float(energy.d2d_energy_J(kv_bytes, pj, max(longest_route, 1)))
    steps = max(L.mean_output_tokens - 1.0, 1.0)
    tokens = L.mean_output_tokens + (L.mean_input_tokens
                                     if prob.instance.objective.tokens_counted == "input_and_output" else 0.0)
    points: dict[str, OperatingPoint] = {}
    for cls in classes.values():
        chip = chips[cls.chip]
        pts = (prefill_points(prob, chip, cls, levels) if cls.role == "prefill"
               else decode_points(prob, chip, cls, kv_ms, steps, levels))
        points.update((p.key, p) for p in pts)
    if not levels:   # combined points: not for the min-latency objective (combined.py)
        classes, points = add_combined(prob, chips, classes, points, steps)
    points = prune_dominated(points, classes, with_latency=levels)
    used = {p.cls for p in points.values()}
    classes = {k: v for k, v in classes.items() if k in used}
    return Tables(prob, chips, classes, points, kv_bytes, kv_J, kv_ms, steps, tokens)


def add_combined(prob: Problem, chips: dict[str, Chip], classes: dict[str, InstanceClass],
                 points: dict[str, OperatingPoint], steps: float
                 ) -> tuple[dict[str, InstanceClass], dict[str, OperatingPoint]]:
    """The tables with the combined classes and points of serving.chunked_prefill added
    (unchanged without it)."""
    extra = combined_classes(prob, chips)
    if not extra:
        return classes, points
    points = dict(points)
    for cls in extra.values():
        points.update((p.key, p) for p in combined_points(prob, chips[cls.chip], cls, steps))
    return {**classes, **extra}, points
