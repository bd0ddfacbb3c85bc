"""Every baseline builds and evaluates through the evaluator; the cluster designs follow the
paper's setup; models that do not fit a node get the smallest pipeline that fits."""

from __future__ import annotations

import dataclasses
import math

import pytest

from lamoopt.baselines.cluster import cluster_baseline, fits, smallest_fitting_pp
from lamoopt.baselines.homogeneous import homogeneous_baseline, homogeneous_types, restricted_problem
from lamoopt.baselines.systems import CLUSTERS, DGX_A100, TPU_V4
from lamoopt.catalog import CHIPLETS
from lamoopt.evaluate.evaluator import evaluate_design

from .conftest import REQUESTS


def _evaluates(problem, design) -> dict:
    ev = evaluate_design(problem, design, num_requests=REQUESTS, rate_req_per_s=problem.rate_req_per_s)
    e = ev.evaluated
    assert e["requests_completed"] == REQUESTS
    for k in ("throughput_tokens_per_s", "ttft_ms", "tpot_ms", "e2e_p50_ms", "e2e_p99_ms", "power_W",
              "tokens_per_s_per_W", "tokens_per_s_per_design_peak_W", "energy_per_token_J"):
        assert math.isfinite(e[k]) and e[k] > 0, k
    return e


@pytest.mark.parametrize("spec", CLUSTERS, ids=lambda s: s.key)
def test_cluster_baseline_evaluates_with_paper_setup(default_problem, spec):
    b = cluster_baseline(default_problem, spec)
    assert b.status == "ok" and b.design is not None
    roles = [i.role for i in b.design.instances]
    pp = b.design.instances[0].pp
    assert roles.count("prefill") * pp == spec.prefill_nodes and roles.count("decode") * pp == spec.decode_nodes
    assert all(i.tp == spec.devices_per_node and i.chiplet == spec.device and not i.sites
               for i in b.design.instances)
    assert sum(i.rate_req_per_s for i in b.design.by_role("prefill")) == pytest.approx(default_problem.rate_req_per_s)
    assert b.design.off_interposer_link_bandwidth_GBps == spec.fabric.bandwidth_GBps
    e = _evaluates(b.problem, b.design)
    assert e["design_peak_power_W"] == pytest.approx(spec.devices * CHIPLETS[spec.device]["power"]["peak_W"])
    assert e["peak_temperature_C"] is None  # off the interposer: no package thermals


def test_llama70b_needs_two_tpu_nodes_and_says_so(default_problem):
    tpu = cluster_baseline(default_problem, TPU_V4)
    assert {i.pp for i in tpu.design.instances} == {2}
    assert any("does not fit one node" in n and "PP2" in n for n in tpu.notes)
    a100 = cluster_baseline(default_problem, DGX_A100)
    assert {i.pp for i in a100.design.instances} == {1}
    assert not any("does not fit" in n for n in a100.notes)


def test_fit_is_weights_plus_one_longest_request(default_problem):
    tpu = next(c for c in cluster_baseline(default_problem, TPU_V4).problem.chiplets)
    assert not fits(default_problem, tpu, 4, 1)  # 141 GB of weights > 4 x 34.4 GB
    assert fits(default_problem, tpu, 4, 2)
    assert smallest_fitting_pp(default_problem, tpu, 4, 1) is None


def test_model_that_fits_no_pipeline_is_reported_not_raised(default_problem):
    one_node = dataclasses.replace(TPU_V4, prefill_nodes=1, decode_nodes=1)
    b = cluster_baseline(default_problem, one_node)
    assert b.design is None and b.status == "does not fit" and "does not fit" in b.notes[0]


def test_baseline_problem_keeps_workload_and_replaces_chiplets_and_budget(default_problem):
    b = cluster_baseline(default_problem, DGX_A100)
    assert [c.name for c in b.problem.chiplets] == ["A100-80GB"]
    assert b.problem.instance.workload == default_problem.instance.workload
    assert b.problem.arch == default_problem.arch
    assert b.problem.instance.package.power_budget_W == pytest.approx(24 * 400.0)


@pytest.mark.parametrize("name", ["PC", "DC"])
def test_homogeneous_baseline_uses_one_type_on_the_same_grid(tiny_problem, name):
    assert homogeneous_types(tiny_problem) == ["PC", "DC"]
    rp = restricted_problem(tiny_problem, name)
    assert [c.name for c in rp.chiplets] == [name]
    assert rp.instance.package == tiny_problem.instance.package
    b, result = homogeneous_baseline(tiny_problem, name, recheck_requests=REQUESTS)
    assert b.status == "ok" and result.outcome.status.value == "optimal"
    assert {i.chiplet for i in b.design.instances} == {name}
    assert (b.design.grid_rows, b.design.grid_cols) == (2, 2)
    _evaluates(b.problem, b.design)
