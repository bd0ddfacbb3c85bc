"""`lamoopt chiplets generate` end to end, and instances that name a template."""

import json
from pathlib import Path

import pytest

from lamoopt.cli import EXIT_INPUT, EXIT_OK, main
from lamoopt.instance import InputError, load_and_check

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "instances" / "templates" / "lamosys_dram_on_logic.json"


def test_help_documents_generate(capsys):
    with pytest.raises(SystemExit) as ex:
        main(["chiplets", "--help"])
    assert ex.value.code == 0
    assert "chiplets generate TEMPLATE.json -o CATALOG.json" in capsys.readouterr().out


def test_generate_example_template(tmp_path, capsys):
    out = tmp_path / "cat.json"
    assert main(["chiplets", "generate", str(EXAMPLE), "-o", str(out)]) == EXIT_OK
    data = json.loads(out.read_text())
    names = [c["name"] for c in data["chiplets"]]
    assert len(names) == 12 == len(set(names))
    assert "T-L4-r5.2-f0.8" in names and "T-L12-r6.4-f1.0" in names
    pc = next(c for c in data["chiplets"] if c["name"] == "T-L4-r5.2-f0.8")
    assert pc["dram_layers"] == 4 and pc["area_mm2"] == pytest.approx(546.0, rel=1e-3) and pc["cost_usd"] > 0
    assert "wrote 12 chiplet types" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["cat.json"]        # no temporary file left


@pytest.mark.parametrize("template, field", [
    ({"name": "T", "ranges": {"dram_layers": [4, 17]}}, "ranges.dram_layers[1] = 17"),
    ({"name": "T", "ranges": {"warp_drive": [1]}}, "ranges.warp_drive = [1]"),
    ({"name": "T", "base": {"clock_GHz": "fast"}}, "base.clock_GHz = 'fast'"),
    ({"name": "T", "ranges": {"dram_layers": []}}, "ranges.dram_layers = []"),
])
def test_bad_template_exit_2_nothing_written(tmp_path, capsys, template, field):
    src = tmp_path / "t.json"
    src.write_text(json.dumps(template))
    out = tmp_path / "out" / "cat.json"
    assert main(["chiplets", "generate", str(src), "-o", str(out)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert field in err and "Traceback" not in err
    assert not out.exists() and not list(out.parent.glob("*"))


def _instance(tmp_path, **changes) -> Path:
    data = json.loads((REPO / "instances" / "default.json").read_text())
    data.update(changes)
    path = tmp_path / "inst.json"
    path.write_text(json.dumps(data))
    return path


def test_instance_with_template_file_and_ranges(tmp_path):
    ref = {"path": str(EXAMPLE), "ranges": {"dram_layers": [4, 8], "dram_pin_rate_Gbps": [6.4]}}
    p = load_and_check(_instance(tmp_path, chiplets=[], chiplet_template=ref))
    assert [c.name for c in p.chiplets] == ["T-L4-r6.4", "T-L8-r6.4"]
    assert p.chiplets[1].dram_capacity_GB == 64.0 and p.chiplets[1].cost_usd > p.chiplets[0].cost_usd


def test_instance_with_inline_template_beside_catalog_chiplets(tmp_path):
    ref = {"template": {"name": "X", "base": {"dram_layers": 6}, "ranges": {"clock_GHz": [0.8, 1.0]}}}
    p = load_and_check(_instance(tmp_path, chiplet_template=ref))
    assert [c.name for c in p.chiplets] == ["PC", "DC", "X-f0.8", "X-f1.0"]


@pytest.mark.parametrize("changes, field", [
    (dict(chiplets=[]), "chiplets"),
    (dict(chiplet_template={"path": "missing.json"}), "chiplet_template.path"),
    (dict(chiplet_template={"template": {"name": "X"}, "ranges": {"cores": [0]}}), "chiplet_template.ranges.cores[0]"),
    (dict(chiplet_template={"template": {"name": "PC"}}, chiplets=["PC"]), "chiplets"),  # duplicate name
])
def test_instance_template_errors_name_the_field(tmp_path, changes, field):
    with pytest.raises(InputError) as ex:
        load_and_check(_instance(tmp_path, **changes))
    assert any(p == field for p, _, _ in ex.value.problems), ex.value.problems
