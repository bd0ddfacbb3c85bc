"""HotSpot export: floorplans tile the package, ptrace matches the power layers, the cooling
maps onto HotSpot's package model (recomputed the way HotSpot's C code does), run_hotspot.sh
insists on -detailed_3D on, and HotSpot's output reads back per site."""

from __future__ import annotations

import dataclasses
import itertools
import os
import stat
import subprocess
import sys

import pytest

from lamoopt.thermal import write_hotspot
from lamoopt.thermal.hotspot import (
    HOTSPOT_ARGS,
    compare_sites,
    comparison_text,
    hotspot_layers,
    hotspot_package_map,
    read_steady_file,
)
from lamoopt.thermal.solver import SiteTemperature
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


def _config(path) -> dict[str, float | str]:
    """The -key value pairs of a hotspot.config (numbers as floats)."""
    out = {}
    for line in path.read_text().splitlines():
        if line.startswith("-"):
            key, value = line.split("\t")[:2]
            try:
                out[key[1:]] = float(value)
            except ValueError:
                out[key[1:]] = value
    return out


# ----------------------------------------------------------------------------- HotSpot's model
# HotSpot 6 (github.com/uvahotspot/HotSpot, commit f18831e) transcribed for one grid cell of
# area A = (width / grid_cols) x (height / grid_rows), grid model with -detailed_3D on:
# - getr(k, t, a) = t / (k a) (RCutil.c);
# - populate_R_model_grid: every layer gets rz = getr(k, thickness, A); the sink (the last
#   layer) gets rz += r_convec * s_sink^2 / A ("divide r_convec proportional to cell area");
# - find_res: two vertically adjacent cells are linked by rz1/2 + rz2/2, except that a link
#   to layer 0 (the bottom layer) takes layer 0's full rz;
# - single_iteration_steady_grid: every sink cell reaches ambient through the sink's rz; with
#   -model_secondary 1 every PCB cell (layer 0) through r_convec_sec * s_pcb^2 / A;
# - with the secondary path and an lcf the layers are PCB, solder, substrate (K = 1/0.333,
#   1/0.06, 1/0.5 W/mK: temperature.h RHO_PCB, RHO_SOLDER, RHO_SUB), then the lcf layers.
HOTSPOT_K_PCB, HOTSPOT_K_SOLDER, HOTSPOT_K_SUB = 1 / 0.333, 1 / 0.06, 1 / 0.5


def getr(k, thickness, area):
    return thickness / (k * area)


def hotspot_top_K_per_W(cfg, area):
    """HotSpot: top face of the last lcf layer -> spreader -> sink -> ambient, one cell."""
    rz_sp = getr(cfg["k_spreader"], cfg["t_spreader"], area)
    rz_hs = getr(cfg["k_sink"], cfg["t_sink"], area) + cfg["r_convec"] * cfg["s_sink"] ** 2 / area
    lid_to_spreader = rz_sp / 2           # + rz_lid/2, the lid's own upper half (as ours)
    spreader_to_sink = rz_sp / 2 + rz_hs / 2
    sink_to_ambient = rz_hs
    return lid_to_spreader + spreader_to_sink + sink_to_ambient


def hotspot_bottom_K_per_W(cfg, area):
    """HotSpot: bottom face of lcf layer 0 -> substrate -> solder -> PCB -> ambient, one cell."""
    rz_sub = getr(HOTSPOT_K_SUB, cfg["t_sub"], area)
    rz_solder = getr(HOTSPOT_K_SOLDER, cfg["t_solder"], area)
    rz_pcb = getr(HOTSPOT_K_PCB, cfg["t_pcb"], area)
    interposer_to_sub = rz_sub / 2        # + rz_interposer/2, its own lower half (as ours)
    sub_to_solder = rz_sub / 2 + rz_solder / 2
    solder_to_pcb = rz_solder / 2 + rz_pcb  # PCB is layer 0: full rz
    pcb_to_ambient = cfg["r_convec_sec"] * cfg["s_pcb"] ** 2 / area
    return interposer_to_sub + sub_to_solder + solder_to_pcb + pcb_to_ambient


def hotspot_periphery_to_ambient_W_per_K(cfg, width, height):
    """Upper bound of the heat HotSpot removes per kelvin outside the chip outline: the sum of
    the conductances of its peripheral package nodes to ambient (temperature.c,
    populate_package_R; single_iteration_steady_pack), as if those nodes were as hot as the
    chip. Returns (top, bottom)."""
    s_sp, s_hs, t_hs, k_hs, rc = (cfg[k] for k in ("s_spreader", "s_sink", "t_sink", "k_sink", "r_convec"))
    top = 0.0
    for w, h in ((width, height), (height, width)):  # x then y sides, two of each
        r_hs_c_per = getr(k_hs, t_hs, (s_sp + h) * (s_sp - w) / 4)
        r_amb_c_per = rc * s_hs ** 2 / ((s_sp + h) * (s_sp - w) / 4)
        top += 2 / (r_hs_c_per + r_amb_c_per)
    r_hs_per = getr(k_hs, t_hs, (s_hs ** 2 - s_sp ** 2) / 4)
    r_amb_per = rc * s_hs ** 2 / ((s_hs ** 2 - s_sp ** 2) / 4)
    top += 4 / (r_hs_per + r_amb_per)
    bottom = 0.0
    if cfg["model_secondary"] == 1:
        s_sol, s_pcb, rcs = cfg["s_solder"], cfg["s_pcb"], cfg["r_convec_sec"]
        for w, h in ((width, height), (height, width)):
            bottom += 2 / (rcs * s_pcb ** 2 / ((s_sol + h) * (s_sol - w) / 4))
        bottom += 4 / (rcs * s_pcb ** 2 / ((s_pcb ** 2 - s_sol ** 2) / 4))
    return top, bottom


def _cell_area(cfg, geom):
    return (geom.width_m / cfg["grid_cols"]) * (geom.depth_m / cfg["grid_rows"])


def test_hotspot_model_reproduces_the_issue_measurement(default_geometry):
    """Transcription check: with the old export (r_convec = 1/(h_top x package area), 100 um
    plates, 1 mm overhangs) the chain above gives the per-cell resistances measured with the
    HotSpot binary: 56.1 K/W spreader to ambient against 33.7 K/W in our film."""
    geom, _ = default_geometry
    old = {"r_convec": 1 / (geom.h_top_W_per_m2K * geom.area_m2), "s_spreader": 0.080, "s_sink": 0.082,
           "t_spreader": 100e-6, "t_sink": 100e-6, "k_spreader": 400.0, "k_sink": 400.0,
           "grid_rows": 64, "grid_cols": 64}
    area = _cell_area(old, geom)
    spreader_to_ambient = hotspot_top_K_per_W(old, area) - getr(400.0, 100e-6, area) / 2
    assert spreader_to_ambient == pytest.approx(56.1, abs=0.05)
    assert 1 / (geom.h_top_W_per_m2K * area) == pytest.approx(33.7, abs=0.05)


def test_top_film_maps_per_cell(exported):
    geom, files = exported[0], exported[-1]
    cfg = _config(files.config)
    assert cfg["ambient"] == pytest.approx(geom.ambient_C + 273.15)
    for cells in (cfg["grid_rows"], 1, 256):  # independent of the grid: both sides scale as 1/A
        area = _cell_area({**cfg, "grid_rows": cells, "grid_cols": cells}, geom)
        assert hotspot_top_K_per_W(cfg, area) == pytest.approx(1 / (geom.h_top_W_per_m2K * area), rel=1e-12)
    assert cfg["grid_rows"] == cfg["grid_cols"] == 64
    assert cfg["model_type"] == "grid" and cfg["grid_layer_file"] == files.lcf.name


def test_bottom_film_maps_onto_the_secondary_path(exported):
    geom, files = exported[0], exported[-1]
    assert geom.h_bottom_W_per_m2K == 500.0
    cfg = _config(files.config)
    assert cfg["model_secondary"] == 1
    area = _cell_area(cfg, geom)
    assert hotspot_bottom_K_per_W(cfg, area) == pytest.approx(1 / (geom.h_bottom_W_per_m2K * area), rel=1e-12)


def test_adiabatic_bottom_leaves_the_secondary_path_off(default_geometry, tmp_path):
    geom, stacks = default_geometry
    adiabatic = dataclasses.replace(geom, h_bottom_W_per_m2K=0.0)
    layout = checkerboard_layout()
    files = write_hotspot(tmp_path, adiabatic, layout, stacks, {})
    cfg = _config(files.config)
    assert cfg["model_secondary"] == 0 and "r_convec_sec" not in cfg
    area = _cell_area(cfg, adiabatic)
    assert hotspot_top_K_per_W(cfg, area) == pytest.approx(1 / (adiabatic.h_top_W_per_m2K * area), rel=1e-12)


def test_plates_and_overhang_are_negligible(exported):
    """What the per-cell chain does not cover: the plates' own lateral conduction and the
    convection HotSpot adds outside the chip outline. Both stay under 2 % of ours."""
    geom, files = exported[0], exported[-1]
    cfg = _config(files.config)
    # HotSpot's sanity check (populate_R_model_grid): spreader and sink not smaller than the chip
    assert min(cfg["s_spreader"], cfg["s_sink"]) >= max(geom.width_m, geom.depth_m)
    # sink strictly wider than the spreader, PCB than solder: else r_hs2 + r_hs = 0 -> NaN
    assert cfg["s_sink"] > cfg["s_spreader"] and cfg["s_pcb"] > cfg["s_solder"] >= geom.width_m
    lid = geom.above[-1]
    plates_W_per_K = cfg["k_spreader"] * cfg["t_spreader"] + cfg["k_sink"] * cfg["t_sink"]
    assert plates_W_per_K < 0.02 * lid.conductivity_W_per_mK * lid.thickness_m
    top, bottom = hotspot_periphery_to_ambient_W_per_K(cfg, geom.width_m, geom.depth_m)
    assert 0 < top < 0.005 * geom.h_top_W_per_m2K * geom.area_m2
    assert 0 < bottom < 0.005 * geom.h_bottom_W_per_m2K * geom.area_m2


def test_films_too_strong_to_map_are_refused(default_geometry):
    geom, _ = default_geometry
    with pytest.raises(ValueError, match="h_top"):
        hotspot_package_map(dataclasses.replace(geom, h_top_W_per_m2K=1e8))
    with pytest.raises(ValueError, match="h_bottom"):
        hotspot_package_map(dataclasses.replace(geom, h_bottom_W_per_m2K=1e7))
    assert hotspot_package_map(dataclasses.replace(geom, h_top_W_per_m2K=1e6)).r_convec_K_per_W > 0


def test_config_names_the_exact_command(exported):
    text = exported[-1].config.read_text()
    assert "#   hotspot " + " ".join(HOTSPOT_ARGS) in text
    assert "-detailed_3D on" in " ".join(HOTSPOT_ARGS)


# ----------------------------------------------------------------------------- run_hotspot.sh
FAKE_HOTSPOT = """#!/bin/sh
printf '%s\\n' "$@" > args.txt
printf 'layer_0_interposer\\t%s\\ninode_0\\t320.0\\n' "${FAKE_KELVIN:-330.5}" > package.steady
"""

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="run_hotspot.sh is a POSIX shell script")


@pytest.fixture
def fake_run(exported, tmp_path):
    """Run the export's run_hotspot.sh (copied, so tests may edit it) with a fake HotSpot."""
    import shutil
    files = exported[-1]
    work = tmp_path / "export"
    shutil.copytree(files.script.parent, work)
    fake = tmp_path / "fake_hotspot"
    fake.write_text(FAKE_HOTSPOT)
    fake.chmod(0o755)

    def run(*extra, **env):
        return subprocess.run([str(work / "run_hotspot.sh"), *extra], capture_output=True, text=True,
                              env={**os.environ, "LAMOOPT_HOTSPOT": str(fake), **env}, timeout=60)
    return work, run


@posix_only
def test_script_runs_the_exact_command(fake_run):
    work, run = fake_run
    r = run()
    assert r.returncode == 0, r.stderr
    assert (work / "args.txt").read_text().splitlines() == list(HOTSPOT_ARGS)
    assert read_steady_file(work / "package.steady") == {"interposer": pytest.approx(330.5 - 273.15)}


@posix_only
@pytest.mark.parametrize("extra", [["-detailed_3D", "off"], ["-DETAILED_3D", "On"]])
def test_script_refuses_another_detailed_3d(fake_run, extra):
    work, run = fake_run
    r = run(*extra)
    assert r.returncode == 2 and "-detailed_3D" in r.stderr
    assert not (work / "args.txt").exists()


@posix_only
def test_script_refuses_a_command_without_detailed_3d(fake_run):
    work, run = fake_run
    script = work / "run_hotspot.sh"
    text = script.read_text()
    command = "set -- " + " ".join(HOTSPOT_ARGS)
    assert text.count(command) == 1
    script.write_text(text.replace(command, command.replace(" -detailed_3D on", "")))
    r = run()
    assert r.returncode == 2 and "without -detailed_3D on" in r.stderr
    assert not (work / "args.txt").exists()


@posix_only
def test_script_rejects_nan_output(fake_run):
    _, run = fake_run
    r = run(FAKE_KELVIN="nan")
    assert r.returncode == 3 and "non-finite" in r.stderr


@posix_only
def test_exported_files_get_the_umask_mode(default_geometry, tmp_path):
    geom, stacks = default_geometry
    old = os.umask(0o027)
    try:
        files = write_hotspot(tmp_path / "out", geom, checkerboard_layout(), stacks, {})
    finally:
        os.umask(old)
    for path in (files.config, files.lcf, files.ptrace, *files.floorplans):
        assert stat.S_IMODE(path.stat().st_mode) == 0o640, path.name
    assert stat.S_IMODE(files.script.stat().st_mode) == 0o750


# ----------------------------------------------------------------------------- reading back
def _site_temps(layout, logic_C, dram_C):
    return {s: SiteTemperature(t, logic_C[s], logic_C[s] - 1, dram_C[s], dram_C[s] - 1)
            for s, t in layout.items() if t}


def test_compare_sites_takes_each_sites_hottest_logic_and_dram_block(exported):
    geom, stacks, power, files = exported
    layout = {**checkerboard_layout(), (2, 2): None}
    layers = hotspot_layers(geom, layout, stacks, power)
    # a made-up HotSpot answer: every block at 60 C, one DRAM die of (0, 1) and the logic of
    # (1, 1) hotter
    temps = {b.name: 60.0 for l in layers for b in l.blocks}
    temps["DC_r0c1_dram3"] = 71.5
    logic_block = next(b.name for l in layers for b in l.blocks if b.site == (1, 1) and b.heat_source == "logic")
    temps[logic_block] = 80.25
    ours = _site_temps(layout, {s: 70.0 for s in layout}, {s: 69.0 for s in layout})
    rows = {r.site: r for r in compare_sites(layers, temps, ours)}
    assert set(rows) == {s for s, t in layout.items() if t}
    assert rows[(0, 1)].dram_hotspot_C == 71.5 and rows[(0, 1)].logic_hotspot_C == 60.0
    assert rows[(1, 1)].logic_hotspot_C == 80.25 and rows[(1, 1)].differences_K == [pytest.approx(10.25),
                                                                                   pytest.approx(-9.0)]
    assert "max +10.25 K" in comparison_text(list(rows.values()))
    del temps["DC_r0c1_dram3"]
    with pytest.raises(ValueError, match="DC_r0c1_dram3"):
        compare_sites(layers, temps, ours)


def test_read_steady_file_rejects_garbage(tmp_path):
    good = tmp_path / "good.steady"
    good.write_text("layer_3_PC_r0c0_logic\t352.65\nhsp_lid\t339.78\ninode_0\t331.56\n")
    assert read_steady_file(good) == {"PC_r0c0_logic": pytest.approx(79.5)}
    for text in ("layer_3_PC_r0c0_logic\t-nan\n", "layer_3_x\n", "layer_3_x\t300\textra\n"):
        bad = tmp_path / "bad.steady"
        bad.write_text("layer_0_interposer\t330\n" + text)
        with pytest.raises(ValueError, match="bad.steady:2"):
            read_steady_file(bad)
