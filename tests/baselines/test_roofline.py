"""The baselines never beat their roofline: per request and per pipeline stage, the simulated
service is no faster than the devices' peak compute and peak HBM bandwidth allow.

Bounds (linear layers only, so they are lower bounds on work; peak, not efficient, rates):
- a decode pass of stage s streams at least its layers' weights per device, L_s * W_layer / tp
  bytes, so the stage is busy at least passes * L_s * W_layer / (tp * BW_peak); a pass carries
  at most ceil(batch / pp) tokens (one micro-batch), so the tokens a stage decodes per busy
  second are <= ceil(b/pp) * tp * BW_peak / (L_s * W_layer);
- a prefill token costs at least 2 * L_s * P_layer / tp FLOPs per device on stage s, so the
  prompt tokens a stage prefills per busy second are <= tp * FLOPS_peak / (2 * L_s * P_layer);
- per request: TTFT >= 2 * P_linear * prompt / (tp * FLOPS_peak) and
  TPOT >= W_linear / (tp * BW_peak) (a token crosses every stage).
The simulation is the evaluator's own (InstanceTimer + simulate, what evaluate_design runs for
off-interposer designs), at the instance's rate and overloaded at 8 req/s so batches form.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from lamoopt.baselines.cluster import cluster_baseline
from lamoopt.baselines.systems import CLUSTERS
from lamoopt.evaluate.evaluator import at_rate
from lamoopt.evaluate.serving import simulate
from lamoopt.evaluate.timing import InstanceTimer

REQUESTS = 100


def _simulated(default_problem, spec, rate):
    b = cluster_baseline(default_problem, spec)
    prob = at_rate(b.problem, rate, REQUESTS)
    timers = {i.id: InstanceTimer(prob, b.design, i) for i in b.design.instances}
    return b, prob, simulate(prob, b.design, timers)


def _peaks(problem, design):
    c = problem.chiplets[0]
    assert {i.chiplet for i in design.instances} == {c.name}
    return c.compute_TFLOPS * 1e12, c.dram_bandwidth_GBps * 1e9


@pytest.mark.parametrize("rate", [None, 8.0], ids=["workload-rate", "overloaded"])
@pytest.mark.parametrize("spec", CLUSTERS, ids=lambda s: s.key)
def test_stage_throughput_within_roofline(default_problem, spec, rate):
    b, prob, res = _simulated(default_problem, spec, rate or default_problem.rate_req_per_s)
    flops_peak, bw_peak = _peaks(prob, b.design)
    a = prob.arch
    req = res.requests
    checked = 0
    for inst in b.design.instances:
        busy = res.busy_time_s[inst.id]
        mine = req[req.prefill_instance == inst.id] if inst.role == "prefill" else req[req.decode_instance == inst.id]
        tokens = float(mine.input_tokens.sum()) if inst.role == "prefill" else float((mine.output_tokens - 1).sum())
        for s, layers in enumerate(inst.layers_per_stage):
            if busy[s] <= 0:
                continue
            if inst.role == "prefill":
                bound = inst.tp * flops_peak / (2.0 * layers * a.params_per_layer)
            else:
                step_s = layers * a.weight_bytes_per_layer / (inst.tp * bw_peak)  # weights once per pass
                bound = math.ceil(inst.batch / inst.pp) / step_s
                assert busy[s] >= res.passes[inst.id] * step_s, (inst.id, s)
            assert tokens / busy[s] <= bound, (inst.id, s, tokens / busy[s], bound)
            checked += 1
    assert checked >= len(b.design.instances)


@pytest.mark.parametrize("spec", CLUSTERS, ids=lambda s: s.key)
def test_per_request_latency_within_roofline(default_problem, spec):
    b, prob, res = _simulated(default_problem, spec, 8.0)
    flops_peak, bw_peak = _peaks(prob, b.design)
    a = prob.arch
    tp = b.design.instances[0].tp
    linear_params = a.num_layers * a.params_per_layer
    r = res.requests
    ttft_min = 2.0 * linear_params * r.input_tokens.to_numpy(float) / (tp * flops_peak)
    assert np.all(r.ttft_s.to_numpy() >= ttft_min)
    tpot = r.tpot_s.to_numpy()
    tpot = tpot[np.isfinite(tpot)]
    assert tpot.size and np.all(tpot >= linear_params * a.weight_bytes / (tp * bw_peak))
