"""Small hand-checkable instances for the solver tests (dicts; tests tweak them)."""

from __future__ import annotations

import copy

from lamoopt.catalog.instances import PACKAGE_3X3

SMALL = dict(
    name="small",
    model="Llama-3-8B",
    workload=dict(arrival_rate_req_per_s=2.0,
                  lengths=dict(input_tokens_mean=1024, output_tokens_mean=64),
                  targets=dict(ttft_ms=2000.0, tpot_ms=100.0, percentile=90.0)),
    chiplets=["PC", "DC"],
    package={**PACKAGE_3X3, "grid_rows": 2, "grid_cols": 2},
    objective=dict(kind="max_tokens_per_s_per_W"),
    solver=dict(time_limit_s=600.0, mip_gap=1e-6, threads=1, seed=0),
    search=dict(tp_degrees=[1, 2], pp_degrees=[1, 2], decode_batches=[1, 16, 64], prefill_batches=[1]),
)


def small(**changes) -> dict:
    """SMALL with dotted-path changes, e.g. small(**{"objective.kind": "min_power"})."""
    d = copy.deepcopy(SMALL)
    for path, value in changes.items():
        node = d
        keys = path.split(".")
        for k in keys[:-1]:
            node = node[k]
        node[keys[-1]] = value
    return d
