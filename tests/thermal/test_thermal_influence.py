"""Influence matrices: reciprocity, positivity, locality and conservativeness."""

from __future__ import annotations

import numpy as np
import pytest

from lamoopt.thermal import build_thermal_model, influence_matrices, vertical_resistance_K_per_W
from lamoopt.thermal.influence import cell_influence_matrices

KEYS = ("logic_from_logic", "logic_from_dram", "dram_from_logic", "dram_from_dram")


@pytest.fixture(scope="module")
def pc_matrices(default_geometry):
    geom, stacks = default_geometry
    return influence_matrices(geom, stacks["PC"], cells_per_site=4)


def test_shapes_and_positive_columns(pc_matrices, default_geometry):
    s_total = default_geometry[0].rows * default_geometry[0].cols
    for key in KEYS:
        r = pc_matrices[key]
        assert r.shape == (s_total, s_total)
        assert np.all(r > 0), key


def test_mean_matrices_are_reciprocal(pc_matrices):
    # uniform layout, source weights = averaging weights  =>  Green's function is symmetric
    for key in ("logic_from_logic_mean", "dram_from_dram_mean"):
        r = pc_matrices[key]
        np.testing.assert_allclose(r, r.T, rtol=1e-9, atol=0)
    np.testing.assert_allclose(pc_matrices["logic_from_dram_mean"],
                               pc_matrices["dram_from_logic_mean"].T, rtol=1e-9, atol=0)


def test_own_site_heats_most(pc_matrices):
    for key in ("logic_from_logic", "dram_from_dram", "logic_from_logic_mean"):
        r = pc_matrices[key]
        assert np.all(np.argmax(r, axis=0) == np.arange(r.shape[0])), key


def test_peaks_exceed_means(pc_matrices):
    assert np.all(pc_matrices["logic_from_logic"] >= pc_matrices["logic_from_logic_mean"] - 1e-12)


def test_sum_of_columns_bounds_the_true_peak(pc_matrices, default_geometry):
    geom, stacks = default_geometry
    layout = {s: "PC" for s in geom.sites}
    model = build_thermal_model(geom, layout, stacks, cells_per_site=4)
    rng = np.random.default_rng(7)
    for _ in range(3):
        logic_W, dram_W = rng.uniform(0, 400, len(layout)), rng.uniform(0, 100, len(layout))
        result = model.solve({s: (logic_W[i], dram_W[i]) for i, s in enumerate(geom.sites)})
        bound_logic = pc_matrices["logic_from_logic"] @ logic_W + pc_matrices["logic_from_dram"] @ dram_W
        bound_dram = pc_matrices["dram_from_logic"] @ logic_W + pc_matrices["dram_from_dram"] @ dram_W
        for i, s in enumerate(geom.sites):
            t = result.sites[s]
            assert geom.ambient_C + bound_logic[i] >= t.logic_peak_C - 1e-9
            assert geom.ambient_C + bound_dram[i] >= t.dram_peak_C - 1e-9


def test_cell_matrices_give_the_exact_peak(default_geometry):
    geom, stacks = default_geometry
    cells = cell_influence_matrices(geom, stacks["DC"], cells_per_site=4)
    model = build_thermal_model(geom, {s: "DC" for s in geom.sites}, stacks, cells_per_site=4)
    rng = np.random.default_rng(8)
    for _ in range(3):
        q = np.concatenate([rng.uniform(0, 400, 9), rng.uniform(0, 200, 9)])
        result = model.solve({s: (q[i], q[9 + i]) for i, s in enumerate(geom.sites)})
        for i, s in enumerate(geom.sites):
            t = result.sites[s]
            assert geom.ambient_C + np.max(cells["logic"][i] @ q) == pytest.approx(t.logic_peak_C, abs=1e-9)
            assert geom.ambient_C + np.max(cells["dram"][i] @ q) == pytest.approx(t.dram_peak_C, abs=1e-9)
    # dominated rows were dropped: far fewer rows than footprint cells x DRAM dies
    assert max(len(r) for r in cells["dram"]) < 16 * 8


def test_vertical_resistance_is_the_series_sum(default_geometry):
    geom, stacks = default_geometry
    dc = stacks["DC"]
    area = dc.footprint_area_m2
    expected = sum(l.thickness_m / l.conductivity_W_per_mK for l in dc.layers) / area
    assert vertical_resistance_K_per_W(dc, area) == pytest.approx(expected, rel=1e-12)
    # 8 hybrid-bond layers (5 um at 2 W/mK) dominate the DC stack: 2.0e-5 of 2.4e-5 m2K/W
    assert expected * area == pytest.approx(8 * 5e-6 / 2.0 + (520e-6 - 40e-6) / 120.0, rel=1e-9)
    with_cooling = vertical_resistance_K_per_W(dc, area, geom.above, geom.h_top_W_per_m2K)
    assert with_cooling > expected + 1 / (geom.h_top_W_per_m2K * area) - 1e-12
