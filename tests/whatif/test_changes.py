"""--set / --sweep parsing, applying dotted paths, validation through the schema and checks."""

from __future__ import annotations

import json

import pytest

from lamoopt.cli import main
from lamoopt.instance.errors import InputError
from lamoopt.whatif.changes import changed_data, parse_set, parse_sweep, split_path
from tests.small import small
from tests.whatif.conftest import base_of


def test_paths_by_index_bracket_and_name_expand_catalog_entries():
    data = changed_data(small(), {"chiplets.PC.thermal.logic_temp_limit_C": 90.0,
                                  "chiplets[1].power.static_W": 10.0, "model.weight_bytes": 1.0})
    assert data["chiplets"][0]["thermal"]["logic_temp_limit_C"] == 90.0
    assert data["chiplets"][0]["name"] == "PC" and data["chiplets"][1]["power"]["static_W"] == 10.0
    assert data["model"] == {"catalog": "Llama-3-8B", "weight_bytes": 1.0}
    assert small()["chiplets"] == ["PC", "DC"]            # the base is not modified
    assert split_path("chiplets[0].thermal.x") == ["chiplets", 0, "thermal", "x"]


@pytest.mark.parametrize("text, field", [
    ("package.power_budget=3000", "package.power_budget"),          # unknown key: the schema names it
    ("package.power_budget_W=-1", "package.power_budget_W"),        # bad value
    ("package.power_budget_W=\"x\"", "package.power_budget_W"),
    ("chiplets.XX.power.static_W=1", "chiplets.XX.power.static_W"),  # no such chiplet
    ("package.power_budget_W.x=1", "package.power_budget_W"),       # descends into a number
    ("workload.targets.ttft_ms=0.001", "workload.targets.ttft_ms"), # semantic check: below the minimum
])
def test_bad_changes_raise_input_error_naming_the_field(text, field):
    with pytest.raises(InputError) as err:
        base_of().problem(dict([parse_set(text)]))
    assert field in err.value.format()


def test_sweep_specs():
    assert parse_sweep("package.power_budget_W=2000:3000:500").values == (2000, 2500, 3000)
    assert parse_sweep("package.ambient_C=45:44:-0.5").values == (45.0, 44.5, 44.0)
    assert parse_sweep("package.ambient_C=0.1:0.3:0.1").values == (0.1, 0.2, 0.3)
    assert parse_sweep("search.decode_batches=[[8],[8,64]]").values == ([8], [8, 64])
    assert parse_sweep("package.power_budget_W=1000,2000").values == (1000, 2000)
    for bad in ("package.power_budget_W=1:2:0", "package.power_budget_W=3:1:1", "x", "a..b=1:2:1"):
        with pytest.raises(InputError):
            parse_sweep(bad)


def test_cli_bad_set_path_exits_2_naming_the_path(tmp_path, capsys):
    f = tmp_path / "small.json"
    f.write_text(json.dumps(small()))
    code = main(["whatif", str(f), "--set", "package.powr_budget_W=3000"])
    assert code == 2
    assert "package.powr_budget_W" in capsys.readouterr().err


def test_compare_text_columns_fit_a_long_mapping():
    """A mapping label longer than the default column (an MoE design: EP and DP attention) widens
    the columns, so 'changed' and 'delta' start at the same offset on every row."""
    from lamoopt.whatif.diff import compare_text
    from lamoopt.whatif.figures import METRICS, ROLES

    def side(decode: str, power: float) -> dict:
        return {"status": "optimal", "objective": 1.0, "objective_bound": 1.0, "mip_gap": 0.0, "model": "built",
                "message": "", "chiplets": {"PC decode": 4},
                "mapping": {r: [decode] if r == "decode" else [] for r in ROLES},
                "metrics": {k: (power if k == "power_W" else 1.0) for k in METRICS}}
    long = "1 x PC TP4 PP1 EP4 DP-attention batch 32"
    text = compare_text({"changes": "x", "objective_kind": "max_tokens_per_s_per_W", "placement_diff": [],
                         "base": side(long, 800.0), "changed": side("1 x PC TP4 PP1 EP4 batch 16", 900.0)})
    lines = text.splitlines()
    header, mapping = lines[1], next(line for line in lines if "decode mapping" in line)
    power = next(line for line in lines if line.lstrip().startswith("power_W"))
    col = header.index("changed")
    assert mapping.index("1 x PC TP4 PP1 EP4 batch 16") == col == power.index("900")
    assert mapping.index(long) == header.index("base")
    assert power.index("+100") == header.index("delta")
