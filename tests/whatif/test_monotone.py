"""Monotonicity: relaxing a limit never worsens the optimum, tightening never improves it
(power budget, ambient/coolant temperature, TPOT and TTFT targets, arrival rate), and each
sweep does reach the region where the limit binds (the optimum really moves).

Not tested, on purpose: a chip type's temperature limit. The MILP takes static power at the
limit (a valid upper bound at any feasible temperature), so raising the limit also raises
static power, and the optimum can get worse (tiny instance: logic limit 85 C -> 3.762,
105 C -> 3.718 tokens/s/W). `--sensitivity` reports that honestly as a negative gain."""

from __future__ import annotations

import math

import pytest

from lamoopt.whatif.changes import Sweep
from lamoopt.whatif.sweep import run_sweep
from tests.whatif.conftest import opts_of, tiny

CASES = [  # path, values from tight to loose
    ("package.power_budget_W", [100.0, 200.0, 300.0, 450.0, 600.0, 800.0]),
    ("package.ambient_C", [85.0, 75.0, 65.0, 55.0, 45.0]),
    ("workload.targets.tpot_ms", [0.5, 1.0, 2.5, 3.5, 100.0]),
    ("workload.targets.ttft_ms", [25.0, 40.0, 80.0, 300.0, 2000.0]),
    ("workload.arrival_rate_req_per_s", [70.0, 60.0, 30.0, 2.0]),
]
# A lower arrival rate is looser only where the rate is a floor (objective.rate = saturated:
# Rate >= lambda); judged at the arrival rate, tokens/s/W need not fall as the load falls.
BASE_CHANGES = {"workload.arrival_rate_req_per_s": {"objective.rate": "saturated"}}


@pytest.mark.parametrize("path, tight_to_loose", CASES, ids=[c[0] for c in CASES])
def test_relaxing_never_worsens_and_tightening_never_improves(path, tight_to_loose):
    base = tiny(**BASE_CHANGES.get(path, {}))
    shuffled = tight_to_loose[1::2] + tight_to_loose[::2]          # the sweep's own order must not matter
    results = run_sweep(base, opts_of(base), [Sweep(path, tuple(shuffled))], progress=False)
    by_value = {r.values[path]: r for r in results}
    objs = [by_value[v].objective if by_value[v].status == "optimal" else -math.inf for v in tight_to_loose]
    for tighter, looser in zip(objs, objs[1:]):
        assert looser >= tighter - 1e-9 * abs(looser), (path, tight_to_loose, objs)
    assert objs[-1] > objs[0] + 1e-6, (path, objs)                  # the limit binds somewhere in the range


def test_least_power_at_the_arrival_rate_never_falls_as_the_rate_grows():
    """Judged at the arrival rate, a design serving lambda_2 also serves any lambda_1 < lambda_2
    with its flows scaled down (utilisation, power and temperatures only fall), so the least
    power is non-decreasing in the rate, and tokens/s/W = tok * lambda / P_min(lambda)."""
    base = tiny(**{"objective.kind": "min_power"})
    rates = [2.0, 10.0, 20.0, 30.0]
    results = run_sweep(base, opts_of(base), [Sweep("workload.arrival_rate_req_per_s", tuple(rates))],
                        progress=False)
    power = [r.objective for r in results]
    assert all(r.status == "optimal" for r in results)
    assert all(b >= a - 1e-9 * b for a, b in zip(power, power[1:])), power
    assert power[-1] > power[0]
    ratio = run_sweep(tiny(), opts_of(base), [Sweep("workload.arrival_rate_req_per_s", tuple(rates))],
                      progress=False)
    # tokens/s/W at lambda is tok * lambda / P_min(lambda): times P_min / lambda, the same tok
    tokens_per_req = [r.objective * p / lam for r, p, lam in zip(ratio, power, rates)]
    assert tokens_per_req == pytest.approx([tokens_per_req[0]] * len(rates), rel=1e-6)

