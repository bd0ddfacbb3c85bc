"""Leakage/refresh fixed point: hotter than constant static power; runaway detected."""

from __future__ import annotations

import math

import pytest

from lamoopt.costmodel.temperature import leakage_factor, refresh_multiplier
from lamoopt.thermal import ThermalRunaway, build_thermal_model, solve_with_feedback
from tests.thermal.conftest import checkerboard_layout

REFERENCE_C = 65.0
LEAK_W, FIXED_W, REFRESH_W = 40.0, 20.0, 5.0


def _static(site, t_logic_C, t_dram_C):
    """Leakage rising 20% per 40 K (paper) on the logic die, refresh doubling past 85 C."""
    leak = LEAK_W * float(leakage_factor(t_logic_C, REFERENCE_C, 0.20))
    refresh = REFRESH_W * float(refresh_multiplier(t_dram_C, 85.0))
    return FIXED_W + leak, refresh


@pytest.fixture(scope="module")
def model(default_geometry):
    geom, stacks = default_geometry
    return build_thermal_model(geom, checkerboard_layout(), stacks, cells_per_site=4)


@pytest.fixture(scope="module")
def dynamic(model, peak_split):
    # 70% of the dynamic peak share keeps the chips above the 65 C leakage reference
    return {s: (0.7 * peak_split[model.layout[s]][0], 0.7 * peak_split[model.layout[s]][1])
            for s in model.occupied_sites}


def test_temperature_dependent_leakage_runs_hotter_than_constant(model, dynamic):
    fb = solve_with_feedback(model, dynamic, _static, tol_K=0.01)
    constant = model.solve({s: (d[0] + FIXED_W + LEAK_W, d[1] + REFRESH_W) for s, d in dynamic.items()})
    assert 1 < fb.iterations < 50
    for s in model.occupied_sites:
        assert constant.sites[s].logic_mean_C > REFERENCE_C  # leakage above its reference value
        assert fb.result.sites[s].logic_peak_C > constant.sites[s].logic_peak_C + 0.1
    # the returned static powers are those of the (converged) temperatures
    for s, (logic_W, _dram_W) in fb.static_power_W.items():
        t = fb.result.sites[s]
        again = _static(s, t.logic_mean_C, t.dram_peak_C)
        assert logic_W == pytest.approx(again[0], abs=0.05)


def test_refresh_steps_are_followed(model, dynamic):
    fb = solve_with_feedback(model, dynamic, _static)
    hot = [s for s, t in fb.result.sites.items() if t.dram_peak_C > 85.0]
    assert hot, "scenario should push some DRAM above the refresh threshold"
    for s in hot:
        assert fb.static_power_W[s][1] >= 2 * REFRESH_W


def test_runaway_raises(model, dynamic):
    def absurd(site, t_logic_C, t_dram_C):  # leakage x e every 3 K: no stable point
        return 10.0 * math.exp((t_logic_C - 45.0) / 3.0), 0.0

    with pytest.raises(ThermalRunaway, match="runaway"):
        solve_with_feedback(model, dynamic, absurd)


def test_zero_static_power_converges_immediately(model, dynamic):
    fb = solve_with_feedback(model, dynamic, lambda s, tl, td: (0.0, 0.0))
    direct = model.solve(dynamic)
    assert fb.iterations == 2  # second iterate confirms the first
    assert fb.result.peak_C == pytest.approx(direct.peak_C, abs=1e-12)
