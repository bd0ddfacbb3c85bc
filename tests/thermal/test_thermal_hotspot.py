"""HotSpot export: floorplans tile the package, ptrace matches the power layers."""

from __future__ import annotations

import itertools

import pytest

from lamoopt.thermal import write_hotspot
from tests.thermal.conftest import checkerboard_layout


def _read_flp(path):
    blocks = []
    for line in path.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, *nums = line.split("\t")
            blocks.append((name, *map(float, nums)))
    return blocks


def _read_lcf(path):
    lines = [l for l in path.read_text().splitlines() if l.strip() and not l.startswith("#")]
    assert len(lines) % 7 == 0
    return [lines[i:i + 7] for i in range(0, len(lines), 7)]


def _overlap(a, b):
    _, wa, ha, xa, ya, *_ = a
    _, wb, hb, xb, yb, *_ = b
    dx = min(xa + wa, xb + wb) - max(xa, xb)
    dy = min(ya + ha, yb + hb) - max(ya, yb)
    return max(dx, 0.0) * max(dy, 0.0)


@pytest.fixture(scope="module")
def exported(tmp_path_factory, default_geometry, peak_split):
    geom, stacks = default_geometry
    layout = {**checkerboard_layout(), (2, 2): None}  # one empty site too
    power = {s: peak_split[t] for s, t in layout.items() if t}
    files = write_hotspot(tmp_path_factory.mktemp("hotspot"), geom, layout, stacks, power)
    return geom, stacks, power, files


def test_files_exist(exported):
    files = exported[-1]
    for p in (files.config, files.lcf, files.ptrace, *files.floorplans):
        assert p.is_file() and p.stat().st_size > 0
    assert not list(files.lcf.parent.glob(".*.tmp"))  # atomic writes left no temporaries


def test_every_floorplan_tiles_the_package(exported):
    geom, files = exported[0], exported[-1]
    for flp in files.floorplans:
        blocks = _read_flp(flp)
        assert sum(b[1] * b[2] for b in blocks) == pytest.approx(geom.area_m2, rel=1e-9), flp.name
        for a, b in itertools.combinations(blocks, 2):
            assert _overlap(a, b) < 1e-12 * geom.area_m2, (flp.name, a[0], b[0])
        for _, w, h, x, y, *_ in blocks:
            assert x >= -1e-12 and y >= -1e-12
            assert x + w <= geom.width_m + 1e-12 and y + h <= geom.depth_m + 1e-12
        assert len({b[0] for b in blocks}) == len(blocks)
        if "chiplet" in flp.name:  # footprint + 4 gap strips per chiplet, one block per empty site
            assert len(blocks) == 5 * 8 + 1
        else:
            assert len(blocks) == 1
        assert len(flp.read_text().splitlines()) == len(blocks) + 3  # 3 comment lines


def test_lcf_and_ptrace_agree(exported):
    geom, stacks, power, files = exported
    layers = _read_lcf(files.lcf)
    assert len(layers) == len(files.floorplans)
    assert [int(l[0]) for l in layers] == list(range(len(layers)))
    assert [l[6] for l in layers] == [p.name for p in files.floorplans]
    power_blocks = [b for l in layers if l[2] == "Y" for b in _read_flp(files.lcf.parent / l[6])]
    header, values, *rest = files.ptrace.read_text().splitlines()
    assert not rest
    names = header.split("\t")
    watts = list(map(float, values.split("\t")))
    assert names == [b[0] for b in power_blocks]
    assert len(names) == len(set(names))
    assert sum(watts) == pytest.approx(sum(sum(p) for p in power.values()), rel=1e-9)
    assert "PC_r0c0_logic" in names and "DC_r0c1_dram7" in names
    total_thickness = sum(float(l[5]) for l in layers)
    stack_height = max(s.height_m for s in stacks.values())
    assert total_thickness == pytest.approx(
        sum(l.thickness_m for l in geom.below + geom.above) + stack_height, rel=1e-9)


def test_config_maps_the_cooling(exported):
    geom, files = exported[0], exported[-1]
    text = files.config.read_text()
    params = dict(l.split("\t")[:2] for l in text.splitlines() if l.startswith("-"))
    assert float(params["-ambient"]) == pytest.approx(geom.ambient_C + 273.15)
    assert float(params["-r_convec"]) == pytest.approx(1 / (geom.h_top_W_per_m2K * geom.area_m2))
    assert params["-grid_rows"] == params["-grid_cols"] == "64"
    assert params["-model_type"] == "grid" and params["-grid_layer_file"] == files.lcf.name
    assert float(params["-s_sink"]) > float(params["-s_spreader"]) > geom.width_m
