"""The finite-volume conduction solver against physics it must obey exactly."""

from __future__ import annotations

import numpy as np
import pytest

from lamoopt.thermal import ChipletStack, Layer, PackageGeometry, build_thermal_model
from lamoopt.thermal.solver import MAX_CELL_THICKNESS_M, footprint_coverage
from tests.thermal.conftest import checkerboard_layout


def _slab_package(rows=2, cols=2, pitch_m=10e-3, slab=None, h_top=1e4, h_bottom=0.0):
    """Full-footprint thin logic layer under one passive slab, cooled from the top only."""
    slab = slab or Layer("slab", 300e-6, 10.0)
    logic = Layer("logic", 1e-6, 150.0, heat_source="logic")
    geom = PackageGeometry(rows, cols, pitch_m, below=(), above=(slab,),
                           gap_conductivity_W_per_mK=0.9, spacer_conductivity_W_per_mK=120.0,
                           h_top_W_per_m2K=h_top, h_bottom_W_per_m2K=h_bottom, ambient_C=25.0)
    stacks = {"X": ChipletStack("X", pitch_m, (logic,))}
    layout = {(r, c): "X" for r in range(rows) for c in range(cols)}
    return geom, stacks, layout, logic, slab


def test_one_dimensional_slab_matches_series_resistance():
    geom, stacks, layout, logic, slab = _slab_package()
    model = build_thermal_model(geom, layout, stacks, cells_per_site=4)
    per_site_W = 25.0
    result = model.solve({s: (per_site_W, 0.0) for s in layout})
    total_W, area_m2 = per_site_W * len(layout), geom.area_m2
    rise_K = result.sites[(0, 0)].logic_mean_C - geom.ambient_C
    # the node of the (uniformly heated) logic cell sits half a logic thickness below the slab
    film_and_half_cell_K = total_W * (1 / (geom.h_top_W_per_m2K * area_m2)
                                      + logic.thickness_m / (2 * logic.conductivity_W_per_mK * area_m2))
    slab_dT_K = rise_K - film_and_half_cell_K
    expected_K = total_W * slab.thickness_m / (slab.conductivity_W_per_mK * area_m2)
    assert slab.thickness_m > MAX_CELL_THICKNESS_M  # the slab is split into several z-cells
    assert slab_dT_K == pytest.approx(expected_K, rel=0.01)
    # laterally uniform: every cell of the logic layer has the same temperature
    assert result.sites[(0, 0)].logic_peak_C == pytest.approx(result.sites[(1, 1)].logic_mean_C,
                                                              abs=1e-9)


@pytest.fixture(scope="module")
def default_model(default_geometry):
    geom, stacks = default_geometry
    return build_thermal_model(geom, checkerboard_layout(), stacks, cells_per_site=4)


def _random_power(sites, seed):
    rng = np.random.default_rng(seed)
    return {s: (float(rng.uniform(50, 400)), float(rng.uniform(10, 150))) for s in sites}


def test_superposition(default_model):
    amb = default_model.geom.ambient_C
    p1 = _random_power(default_model.occupied_sites, 1)
    p2 = _random_power(default_model.occupied_sites, 2)
    both = {s: (p1[s][0] + p2[s][0], p1[s][1] + p2[s][1]) for s in p1}
    rise_sum = (default_model.solve(p1).temperature_C - amb) + (default_model.solve(p2).temperature_C - amb)
    rise_both = default_model.solve(both).temperature_C - amb
    np.testing.assert_allclose(rise_both, rise_sum, rtol=1e-9, atol=0)


def test_mirror_symmetric_layout_gives_mirror_symmetric_temperatures(default_model):
    # checkerboard layout is symmetric under both mirrors; so must the powers be
    sites = default_model.occupied_sites
    power = {(r, c): (100.0 + 30 * r * (2 - r) + 7 * c * (2 - c), 40.0 + 5 * r * (2 - r))
             for r, c in sites}
    t = default_model.solve(power).temperature_C
    assert np.max(np.abs(t - t[:, :, ::-1])) < 1e-9  # mirror across the middle column
    assert np.max(np.abs(t - t[:, ::-1, :])) < 1e-9  # mirror across the middle row
    assert np.max(np.abs(t - t[:, :, :1])) > 1.0  # and the field is not trivially flat


def test_energy_balance(default_model):
    assert default_model.geom.h_bottom_W_per_m2K > 0  # both faces carry heat
    r = default_model.solve(_random_power(default_model.occupied_sites, 3))
    assert r.heat_out_bottom_W > 0
    assert r.heat_out_top_W + r.heat_out_bottom_W == pytest.approx(r.power_in_W, rel=1e-6)


def test_nested_dissection_matches_superlu(default_geometry):
    geom, stacks = default_geometry
    layout = checkerboard_layout()
    power = _random_power([s for s in layout], 4)
    fields = [build_thermal_model(geom, layout, stacks, 5, factorisation=f).solve(power).temperature_C
              for f in ("nested_dissection", "superlu")]
    np.testing.assert_allclose(fields[0], fields[1], rtol=1e-10, atol=0)


def test_footprint_coverage_preserves_area():
    pitch_m, side_m, cps = 26e-3, 23.4e-3, 4
    cov = footprint_coverage(pitch_m, side_m, cps)
    assert cov.sum() * (pitch_m / cps) ** 2 == pytest.approx(side_m ** 2, rel=1e-12)
    assert cov.max() == 1.0 and 0 < cov.min() < 1


def test_every_stack_layer_owns_z_cells_and_short_stacks_get_a_spacer(default_model):
    m = default_model
    pc, dc = m.stacks["PC"], m.stacks["DC"]
    assert pc.height_m < dc.height_m
    for stack in (pc, dc):
        for li in range(len(stack.layers)):
            assert m._z_cells_of_layer(stack, li), f"{stack.name} layer {li} has no z-cell"
    k = m.conductivity_W_per_mK
    top_chiplet_z = max(i for i, zc in enumerate(m.z_cells) if zc.zone == "chiplet")
    centre = m.cells_per_site // 2
    pc_site, dc_site = (0, 0), (0, 1)  # checkerboard: PC on corners, DC on edges
    y_pc, x_pc = pc_site[0] * 4 + centre, pc_site[1] * 4 + centre
    y_dc, x_dc = dc_site[0] * 4 + centre, dc_site[1] * 4 + centre
    assert k[top_chiplet_z, y_pc, x_pc] == m.geom.spacer_conductivity_W_per_mK  # spacer over PC
    assert k[top_chiplet_z, y_dc, x_dc] == dc.layers[-1].conductivity_W_per_mK  # DC's top die
    assert k[top_chiplet_z, 0, 0] < k[top_chiplet_z, y_pc, x_pc]  # site corner: mostly mould


def test_bad_layouts_and_powers_are_rejected(default_geometry):
    geom, stacks = default_geometry
    layout = checkerboard_layout()
    with pytest.raises(ValueError, match="every site"):
        build_thermal_model(geom, {s: t for s, t in layout.items() if s != (0, 0)}, stacks)
    with pytest.raises(ValueError, match="no stack"):
        build_thermal_model(geom, {**layout, (0, 0): "XPU"}, stacks)
    model = build_thermal_model(geom, {**layout, (1, 1): None}, stacks, cells_per_site=2)
    with pytest.raises(ValueError, match="empty"):
        model.solve({(1, 1): (10.0, 0.0)})
    with pytest.raises(ValueError, match="finite"):
        model.solve({(0, 0): (float("nan"), 0.0)})


def test_empty_sites_are_cooler_than_occupied_ones(default_geometry):
    geom, stacks = default_geometry
    layout = {**checkerboard_layout(), (1, 1): None}
    model = build_thermal_model(geom, layout, stacks, cells_per_site=4)
    r = model.solve({s: (200.0, 50.0) for s in model.occupied_sites})
    assert (1, 1) not in r.sites
    centre = r.logic_plane_C[4:8, 4:8]
    assert centre.max() < min(t.logic_peak_C for t in r.sites.values())
