"""Baseline designs for off-interposer clusters (DGX-A100, TPUv4) on an instance's workload.

Each node is one instance with tensor parallelism over its devices (TP = devices per node).
When the model does not fit one node (weights plus the KV cache of one request of the
workload's longest context), the smallest pipeline over nodes that fits is used (PP = nodes per
instance) and the baseline says so in its notes. Nodes left over (a role's node count not a
multiple of PP) are idle: counted in the power budget, not in the evaluator's maximum design
power, which counts the devices of instances (no paper configuration has idle nodes). Request
rates are split evenly over the instances of each
role. Batches: the largest decode batch and prefill batch of the instance's search space (the
same caps the MILP may choose; continuous batching only fills them under load).

The baseline's Problem is the instance with `chiplets` replaced by the device (so the evaluator
resolves the device from the catalog) and the package power budget replaced by the cluster's
published maximum design power (the interposer's budget does not apply to a rack of GPUs).
Everything else (model, workload, targets) is unchanged, and the evaluator is the same code path
as for the 3.5D designs: no per-baseline factor anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lamoopt.baselines.systems import ClusterSpec
from lamoopt.catalog import CHIPLETS
from lamoopt.costmodel.memory import balanced_layer_split, max_chiplet_footprint_bytes
from lamoopt.design import Design, ServingInstance
from lamoopt.instance.load import Problem, parse_instance, resolve

ROLES = ("prefill", "decode")


@dataclass
class Baseline:
    """A design to compare, with the Problem it must be evaluated against."""

    key: str
    label: str
    problem: Problem
    design: Design | None
    devices: int
    notes: list[str] = field(default_factory=list)
    status: str = "ok"
    """'ok', or why there is no design (e.g. the restricted MILP was infeasible)."""


def problem_with_chiplets(problem: Problem, chiplets: list, power_budget_W: float | None = None) -> Problem:
    """The instance with another chiplet list (and optionally another power budget), validated
    and resolved like a file (relative paths resolve next to the original instance file)."""
    data = problem.instance.model_dump(mode="json", exclude_none=True)
    data["chiplets"] = list(chiplets)
    if power_budget_W is not None:
        data["package"]["power_budget_W"] = float(power_budget_W)
    src = Path(problem.source)
    base_dir = src.resolve().parent if src.is_file() else None
    return resolve(parse_instance(data, problem.source), base_dir=base_dir, source=problem.source)


def longest_context_tokens(problem: Problem) -> int:
    """The longest context one request reaches: max prompt + max output tokens of the workload."""
    lg = problem.lengths
    return int(round(float(lg.input_tokens.max()) + float(lg.output_tokens.max())))


def fits(problem: Problem, device, tp: int, pp: int) -> bool:
    """True when every device of a (tp, pp) split holds its weights plus the KV cache of one
    request of the longest context (lamoopt.costmodel.memory, balanced layer split)."""
    need = float(max_chiplet_footprint_bytes(problem.arch, tp, pp, longest_context_tokens(problem)))
    return need <= device.dram_capacity_GB * 1e9


def smallest_fitting_pp(problem: Problem, device, tp: int, max_pp: int) -> int | None:
    """The smallest pipeline depth (nodes per instance) that fits, or None up to max_pp."""
    return next((pp for pp in range(1, max_pp + 1) if fits(problem, device, tp, pp)), None)


def _role_instances(problem: Problem, spec: ClusterSpec, role: str, nodes: int, pp: int,
                    batch: int) -> list[ServingInstance]:
    count = nodes // pp
    rate = problem.rate_req_per_s / count
    layers = balanced_layer_split(problem.arch.num_layers, pp)
    return [ServingInstance(id=f"{role}-{k}", role=role, chiplet=spec.device, tp=spec.devices_per_node, pp=pp,
                            batch=batch, layers_per_stage=layers, rate_req_per_s=rate)
            for k in range(count)]


def cluster_baseline(problem: Problem, spec: ClusterSpec) -> Baseline:
    """The cluster baseline for this instance's model and workload (see the module docstring)."""
    peak_W = spec.devices * CHIPLETS[spec.device]["power"]["peak_W"]  # published max per device
    bprob = problem_with_chiplets(problem, [spec.device], power_budget_W=peak_W)
    device = bprob.chiplets[0]
    tp = spec.devices_per_node
    if problem.arch.num_heads % tp:
        return Baseline(spec.key, spec.label, bprob, None, spec.devices,
                        [f"TP{tp} does not divide the model's {problem.arch.num_heads} heads"], "unsupported")
    max_pp = min(spec.prefill_nodes, spec.decode_nodes)
    pp = smallest_fitting_pp(problem, device, tp, max_pp)
    if pp is None:
        return Baseline(spec.key, spec.label, bprob, None, spec.devices,
                        [f"{problem.arch.name} does not fit even {max_pp} nodes of {tp} x {device.name}"],
                        "does not fit")
    search = problem.instance.search
    instances = (_role_instances(problem, spec, "prefill", spec.prefill_nodes, pp, max(search.prefill_batches))
                 + _role_instances(problem, spec, "decode", spec.decode_nodes, pp, max(search.decode_batches)))
    design = Design(instances=instances, off_interposer_link_bandwidth_GBps=spec.fabric.bandwidth_GBps,
                    off_interposer_link_latency_ns=spec.fabric.latency_ns)
    return Baseline(spec.key, spec.label, bprob, design, spec.devices, _fit_notes(problem, spec, device, pp))


def _fit_notes(problem: Problem, spec: ClusterSpec, device, pp: int) -> list[str]:
    notes = [f"{spec.source}; TP{spec.devices_per_node} per node over {spec.fabric.name} "
             f"({spec.fabric.bandwidth_GBps:g} GB/s per direction, {spec.fabric.latency_ns / 1e3:g} us)"]
    if spec.caveat:
        notes.append(spec.caveat)
    if pp > 1:
        weights_GB = problem.arch.total_weight_bytes / 1e9
        node_GB = spec.devices_per_node * device.dram_capacity_GB
        notes.append(f"{problem.arch.name} ({weights_GB:.0f} GB of weights + KV of a "
                     f"{longest_context_tokens(problem)}-token request) does not fit one node "
                     f"({node_GB:.0f} GB): pipelined over {pp} nodes per instance (TP{spec.devices_per_node} x PP{pp})")
    for role, nodes in (("prefill", spec.prefill_nodes), ("decode", spec.decode_nodes)):
        if nodes % pp:
            notes.append(f"{nodes % pp} {role} node(s) idle (not a multiple of PP{pp}); "
                         f"not counted in the maximum design power")
    return notes
