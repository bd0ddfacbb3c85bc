"""The shipped default instance: 5 PC + 4 DC at peak and half power; heat-map output."""

from __future__ import annotations

import pytest

from lamoopt.thermal import build_thermal_model, write_heatmap_png
from tests.thermal.conftest import checkerboard_layout


def test_default_instance_at_peak_and_half_power(default_geometry, peak_split, tmp_path):
    geom, stacks = default_geometry
    layout = checkerboard_layout()
    assert sorted(layout.values()).count("PC") == 5 and sorted(layout.values()).count("DC") == 4
    model = build_thermal_model(geom, layout, stacks, cells_per_site=8)
    peaks = {}
    for share in (1.0, 0.5):
        power = {s: tuple(share * w for w in peak_split[t]) for s, t in layout.items()}
        r = model.solve(power)
        assert all(t.logic_peak_C > geom.ambient_C + 1 and t.dram_peak_C > geom.ambient_C + 1
                   for t in r.sites.values())
        # the 8-high DC runs hotter than the PC (longer heat path, more power)
        assert (max(t.logic_peak_C for t in r.sites.values() if t.chiplet == "DC")
                > max(t.logic_peak_C for t in r.sites.values() if t.chiplet == "PC"))
        assert r.heat_out_top_W + r.heat_out_bottom_W == pytest.approx(r.power_in_W, rel=1e-6)
        peaks[share] = max(t.logic_peak_C for t in r.sites.values())
        print(f"\n5 PC + 4 DC at {share:.0%} of peak ({r.power_in_W:.0f} W): peak logic "
              f"{peaks[share]:.1f} C, peak DRAM {max(t.dram_peak_C for t in r.sites.values()):.1f} C")
        png = write_heatmap_png(tmp_path / f"heat_{share}.png", r, geom, f"default, {share:.0%}")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # linear model: the rise halves with the power
    assert peaks[0.5] - geom.ambient_C == pytest.approx((peaks[1.0] - geom.ambient_C) / 2, rel=1e-9)

