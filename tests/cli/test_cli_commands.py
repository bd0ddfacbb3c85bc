"""`lamoopt validate` on good input, `lamoopt schema`, `lamoopt catalog`, and --help."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lamoopt.catalog import CHIPLETS, MODELS, WORKLOADS
from lamoopt.cli import main

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


# ----------------------------------------------------------------------------- validate
def test_validate_default_instance(capsys):
    rc, out, err = run(capsys, "validate", str(REPO / "instances" / "default.json"))
    assert rc == 0 and err == ""
    assert "valid" in out and "Llama3-70B" in out
    assert "70.55B parameters" in out and "141.1 GB weights" in out and "327,680 B KV/token" in out
    assert "3x3 sites" in out and "rate 2 req/s" in out


def test_validate_fixture_instance(capsys):
    rc, out, _ = run(capsys, "validate", str(REPO / "tests" / "fixtures" / "small_instance.json"))
    assert rc == 0 and "model tiny" in out and "2 chiplet types" in out and "rate 1 req/s" in out


# ----------------------------------------------------------------------------- schema
@pytest.fixture(scope="module")
def schema_text() -> str:
    import io
    from contextlib import redirect_stdout
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert main(["schema"]) == 0
    return buf.getvalue()


def _objects(schema: dict):
    """(name, object schema) for the top level and every $defs entry."""
    yield "Instance", schema
    yield from schema.get("$defs", {}).items()


def test_schema_is_valid_json_schema(schema_text):
    import jsonschema
    s = json.loads(schema_text)
    jsonschema.Draft202012Validator.check_schema(s)
    assert s["title"] == "Instance" and s["type"] == "object"
    assert {"name", "model", "workload", "package"} <= set(s["required"])
    # chiplets or a chiplet template (checked by the loader; tests/chipdesign)
    assert {"chiplets", "chiplet_template"} <= set(s["properties"])


def test_schema_forbids_additional_properties_everywhere(schema_text):
    s = json.loads(schema_text)
    assert s["additionalProperties"] is False
    objs = dict(_objects(s))
    assert {"ModelSpec", "HFConfig", "Workload", "Lengths", "ChipletType", "Package", "Search"} <= set(objs)
    for name, obj in objs.items():
        if obj.get("type") == "object":
            assert obj.get("additionalProperties") is False, name


def test_schema_describes_every_field(schema_text):
    s = json.loads(schema_text)
    missing = [f"{name}.{field}" for name, obj in _objects(s)
               for field, prop in obj.get("properties", {}).items() if not prop.get("description")]
    assert missing == []
    assert "Poisson arrival rate" in s["$defs"]["Workload"]["properties"]["arrival_rate_req_per_s"]["description"]


def test_schema_carries_bounds(schema_text):
    s = json.loads(schema_text)
    pkg = s["$defs"]["Package"]["properties"]
    assert pkg["grid_rows"]["exclusiveMinimum"] == 0 and pkg["grid_rows"]["type"] == "integer"
    assert pkg["link_latency_ns"]["minimum"] == 0


def test_schema_to_file(capsys, tmp_path, schema_text):
    out_file = tmp_path / "sub" / "schema.json"
    rc, out, _ = run(capsys, "schema", "-o", str(out_file))
    assert rc == 0 and out == ""
    assert json.loads(out_file.read_text()) == json.loads(schema_text)
    assert sorted(p.name for p in out_file.parent.iterdir()) == ["schema.json"]  # no temp file left


# ----------------------------------------------------------------------------- catalog
@pytest.mark.parametrize("what, names", [("models", MODELS), ("chiplets", CHIPLETS), ("workloads", WORKLOADS)])
def test_catalog_lists_names(capsys, what, names):
    rc, out, err = run(capsys, "catalog", what)
    assert rc == 0 and err == ""
    listed = [line.split()[0] for line in out.splitlines() if line.startswith("  ")]
    assert listed == list(names)
    assert all(not line.startswith("  ") for line in out.splitlines()[:1])  # a heading first


def test_catalog_models_shows_sizes(capsys):
    _, out, _ = run(capsys, "catalog", "models")
    line = next(ln for ln in out.splitlines() if ln.split()[:1] == ["Llama3-70B"])
    assert "70.55B" in line and "80" in line and "64/8" in line and "327.7 kB/token" in line


def test_catalog_without_argument_lists_all(capsys):
    rc, out, _ = run(capsys, "catalog")
    assert rc == 0
    for heading in ("models:", "chiplets and devices:", "workloads:"):
        assert heading in out
    for n in [*MODELS, *CHIPLETS, *WORKLOADS]:
        assert n in out


def test_catalog_unknown_section(capsys):
    with pytest.raises(SystemExit) as ei:
        main(["catalog", "gpus"])
    assert ei.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


# ----------------------------------------------------------------------------- help
@pytest.mark.parametrize("argv, expect", [
    (["--help"], "validate"),
    (["validate", "--help"], "instance"),
    (["schema", "--help"], "--output"),
    (["catalog", "--help"], "models"),
])
def test_help(capsys, argv, expect):
    with pytest.raises(SystemExit) as ei:
        main(argv)
    assert ei.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: lamoopt") and expect in out


def test_no_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as ei:
        main([])
    assert ei.value.code == 2
    assert "usage:" in capsys.readouterr().err
