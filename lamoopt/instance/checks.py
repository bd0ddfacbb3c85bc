"""Semantic checks of a resolved instance, kept apart from the schema.

Each check returns problems as (field path, value, expected) with numbers a user can act on;
`check_problem` raises one InputError holding all of them.
"""

from __future__ import annotations

import math

from lamoopt.costmodel import operators as ops
from lamoopt.costmodel.memory import GB
from lamoopt.instance.errors import InputError
from lamoopt.instance.load import Problem, model_field


def check_model(p: Problem) -> list:
    a, out = p.arch, []
    if a.num_heads % a.num_kv_heads:
        out.append((model_field(p.instance.model, "num_key_value_heads"), a.num_kv_heads,
                    f"a divisor of num_attention_heads = {a.num_heads} (grouped-query attention)"))
    bad_tp = [t for t in p.instance.search.tp_degrees if a.num_heads % t]
    if bad_tp:
        out.append(("search.tp_degrees", bad_tp,
                    f"divisors of the model's {a.num_heads} attention heads"))
    return out


def check_roles(p: Problem) -> list:
    out = []
    for role in ("prefill", "decode"):
        if not any(role in c.roles for c in p.chiplets):
            out.append(("chiplets", [c.name for c in p.chiplets],
                        f"at least one chiplet type with role '{role}'"))
    return out


def check_capacity(p: Problem) -> list:
    """Weights must fit: one copy for a prefill and one for a decode instance, or one copy for a
    combined (chunked-prefill) instance, which serves alone (formulation/combined.py)."""
    a, pkg = p.arch, p.instance.package
    best = max(p.chiplets, key=lambda c: c.dram_capacity_GB)
    ratio = a.total_weight_bytes / (best.dram_capacity_GB * GB)
    need_one = math.ceil(ratio) if math.isfinite(ratio) else math.inf  # inf: absurd weight_bytes
    sites = p.sites
    if need_one > sites:
        return [("package.grid_rows x grid_cols", f"{pkg.grid_rows}x{pkg.grid_cols} = {sites} sites",
                 f"at least {need_one} sites: {a.name}'s {a.total_weight_bytes / GB:.1f} GB of weights "
                 f"need {need_one} of the largest chiplet ({best.name}, {best.dram_capacity_GB:g} GB) "
                 f"even if every site holds one")]
    combined = p.instance.serving.chunked_prefill is not None and any(
        {"prefill", "decode"} <= set(c.roles) for c in p.chiplets)   # a combined instance serves alone
    if 2 * need_one > sites and not combined:
        return [("package.grid_rows x grid_cols", f"{pkg.grid_rows}x{pkg.grid_cols} = {sites} sites",
                 f"at least {2 * need_one} sites: disaggregated serving holds the "
                 f"{a.total_weight_bytes / GB:.1f} GB of weights twice (prefill and decode), "
                 f"{need_one} x {best.name} each")]
    return []


def check_latency_targets(p: Problem) -> list:
    """Targets below what every site working on one request could reach are impossible."""
    a, wl, sites = p.arch, p.instance.workload, p.sites
    out = []
    best_bw = max(c.dram_bandwidth_GBps * c.bandwidth_efficiency for c in p.chiplets) * GB
    tpot_min_ms = 1e3 * a.total_weight_bytes / (sites * best_bw) if best_bw > 0 else math.inf
    if wl.targets.tpot_ms < tpot_min_ms:
        out.append(("workload.targets.tpot_ms", wl.targets.tpot_ms,
                    f"at least {tpot_min_ms:.3f} ms: a decode step reads all "
                    f"{a.total_weight_bytes / GB:.1f} GB of weights, and {sites} sites of the "
                    f"fastest-memory chiplet read at most {sites * best_bw / 1e12:.1f} TB/s"))
    best_c = max(c.compute_TFLOPS * c.compute_efficiency for c in p.chiplets) * 1e12
    s = p.lengths.input_percentile(wl.targets.percentile)
    flops = a.num_layers * float(ops.prefill_flops_per_layer(a, s)) + float(ops.lm_head_flops(a, 1))
    ttft_min_ms = 1e3 * flops / (sites * best_c) if best_c > 0 else math.inf  # 0: denormal input
    if wl.targets.ttft_ms < ttft_min_ms:
        out.append(("workload.targets.ttft_ms", wl.targets.ttft_ms,
                    f"at least {ttft_min_ms:.3f} ms: prefilling a p{wl.targets.percentile:g} prompt of "
                    f"{s:.0f} tokens takes {flops / 1e12:.0f} TFLOP and {sites} sites of the fastest "
                    f"chiplet deliver {sites * best_c / 1e12:.0f} TFLOPS"))
    return out


def check_thermal(p: Problem) -> list:
    out, amb = [], p.instance.package.ambient_C
    for i, c in enumerate(p.chiplets):
        th = c.thermal
        if th.dram_refresh_threshold_C > th.dram_temp_limit_C:
            out.append((f"chiplets[{i}].thermal.dram_refresh_threshold_C", th.dram_refresh_threshold_C,
                        f"at most dram_temp_limit_C = {th.dram_temp_limit_C}"))
        for fld in ("logic_temp_limit_C", "dram_temp_limit_C"):
            if getattr(th, fld) <= amb:
                out.append((f"chiplets[{i}].thermal.{fld}", getattr(th, fld),
                            f"above package.ambient_C = {amb}"))
    return out


CHECKS = (check_model, check_roles, check_capacity, check_latency_targets, check_thermal)


def check_problem(p: Problem) -> None:
    problems = [prob for check in CHECKS for prob in check(p)]
    if problems:
        raise InputError(problems, p.source)
