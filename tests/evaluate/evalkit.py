"""Small hand-built problems and designs for the evaluator tests (imported by the test modules;
named uniquely so it cannot clash with other test folders' helpers)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from lamoopt.catalog import CHIPLETS
from lamoopt.design import Design
from lamoopt.evaluate.timing import InstanceTimer
from lamoopt.instance.load import parse_instance, resolve

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_INSTANCE = ROOT / "instances" / "default.json"


def make_problem(model="Llama-3-8B", rate=1.0, input_tokens=512, output_tokens=2, histogram=None,
                 num_requests=200, extra_chiplets=(), targets=None, trace_csv=None):
    """A resolved Problem: the default package with a chosen model, rate and lengths."""
    data = json.loads(DEFAULT_INSTANCE.read_text())
    data["name"] = "test"
    data["model"] = model
    wl = data["workload"]
    wl["arrival_rate_req_per_s"] = rate
    wl["num_requests"] = num_requests
    wl["lengths"] = ({"histogram": histogram} if histogram is not None else
                     {"trace_csv": str(trace_csv)} if trace_csv is not None else
                     {"input_tokens_mean": input_tokens, "output_tokens_mean": output_tokens})
    if targets:
        wl["targets"] = targets
    data["chiplets"] = ["PC", "DC", *extra_chiplets]
    return resolve(parse_instance(data))


def instance(id, role, chiplet, tp, pp, layers, sites, batch=1, rate=0.0, **extra_fields):
    """A design-instance dict; layers is the model's layer count (split as evenly as possible)."""
    base, extra = divmod(layers, pp)
    return dict(id=id, role=role, chiplet=chiplet, tp=tp, pp=pp, batch=batch, rate_req_per_s=rate,
                layers_per_stage=[base + (1 if i < extra else 0) for i in range(pp)], sites=sites,
                **extra_fields)


def make_design(*instances, rows=3, cols=3, **kw) -> Design:
    return Design.model_validate(dict(grid_rows=rows, grid_cols=cols, instances=list(instances), **kw))


def timers_for(problem, design, factor=1.0) -> dict[str, InstanceTimer]:
    return {i.id: InstanceTimer(problem, design, i, factor) for i in design.instances}


def tiny_chiplet(problem_like_weights_bytes: float, kv_tokens: int, kv_bytes_per_token: float) -> dict:
    """A DC-like chiplet whose DRAM holds its weights plus `kv_tokens` tokens of KV cache."""
    c = copy.deepcopy(CHIPLETS["DC"])
    c["name"] = "TINY"
    c["dram_capacity_GB"] = (problem_like_weights_bytes + (kv_tokens + 0.5) * kv_bytes_per_token) / 1e9
    return c


