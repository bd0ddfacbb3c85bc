"""`lamoopt validate` on bad input: exit code 2, a one-line-per-problem message that names the
field path and the offending value, no traceback, and no file written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lamoopt.cli import EXIT_INPUT, main

REPO = Path(__file__).resolve().parents[2]


def snapshot(root: Path) -> dict[str, float]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*")}


def validate_bad(capsys, workdir: Path, content, *needles: str, name: str = "bad.json") -> str:
    """Write `content` (dict -> JSON, str/bytes as is) to workdir/name, run `lamoopt validate`
    and check the bad-input contract; returns stderr."""
    path = workdir / name
    if isinstance(content, dict):
        path.write_text(json.dumps(content))
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    capsys.readouterr()
    before = snapshot(workdir)
    rc = main(["validate", name])
    out, err = capsys.readouterr()
    assert rc == EXIT_INPUT == 2, err
    assert out == ""
    assert err.startswith("lamoopt: error: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, f"{needle!r} not in {err!r}"
    assert snapshot(workdir) == before, "validate wrote or changed files"
    return err


# ----------------------------------------------------------------------------- file level
def test_missing_file(capsys, workdir):
    validate_bad(capsys, workdir, None, "<file>", "'does-not-exist.json'", "an existing, readable JSON file",
                 name="does-not-exist.json")


def test_directory_instead_of_file(capsys, workdir):
    (workdir / "adir.json").mkdir()
    validate_bad(capsys, workdir, None, "'adir.json'", name="adir.json")


@pytest.mark.parametrize("text, where, shown", [
    ('{"name": "x",\n "model": "Llama3-70B",\n "workload": {,}}', "line 3 column 15", "' \"workload\": {,}}'"),
    ('{"name": "x"', "line 1 column 13", "'{\"name\": \"x\"'"),
    ('{"name": "x",}', "line 1 column 14", "'{\"name\": \"x\",}'"),
    ("", "line 1 column 1", "'<end of file>'"),
])
def test_malformed_json(capsys, workdir, text, where, shown):
    # the field path of a syntax error is its position; the value is the offending line
    validate_bad(capsys, workdir, text, f"bad.json: {where} = {shown}: valid JSON")


def test_absurdly_deep_json(capsys, workdir):
    validate_bad(capsys, workdir, '{"model": ' + "[" * 100_000 + "]" * 100_000 + "}", "'bad.json'",
                 "recursion limit")


def test_json_array_instead_of_object(capsys, workdir):
    validate_bad(capsys, workdir, "[1, 2]", "<top level> = 'list'", "a JSON object")


def test_not_utf8(capsys, workdir):
    validate_bad(capsys, workdir, b'{"name": "\xff\xfe"}', "<file>", "UTF-8")


# ----------------------------------------------------------------------------- schema
def test_unknown_top_level_key(capsys, workdir, default_data):
    default_data["frobnicate"] = "xyz-value"
    validate_bad(capsys, workdir, default_data, "frobnicate = 'xyz-value'", "unknown key")


def test_unknown_nested_key(capsys, workdir, default_data):
    default_data["package"]["foo"] = 17.5
    validate_bad(capsys, workdir, default_data, "package.foo = 17.5", "unknown key")


def test_unknown_key_deep_in_an_inline_chiplet(capsys, workdir, small_data):
    small_data["chiplets"][1]["thermal"]["stack"][0]["colour"] = "red"
    validate_bad(capsys, workdir, small_data, "chiplets.1.thermal.stack.0.colour = 'red'", "unknown key")


def test_misspelt_required_key_reports_both(capsys, workdir, default_data):
    default_data["workload"]["arival_rate_req_per_s"] = default_data["workload"].pop("arrival_rate_req_per_s")
    validate_bad(capsys, workdir, default_data, "workload.arrival_rate_req_per_s", "required field is missing",
                 "workload.arival_rate_req_per_s = 2.0", "unknown key")


@pytest.mark.parametrize("path, value, shown", [
    (("workload", "arrival_rate_req_per_s"), "fast", "workload.arrival_rate_req_per_s = 'fast'"),
    (("workload", "arrival_rate_req_per_s"), "2", "workload.arrival_rate_req_per_s = '2'"),
    (("package", "grid_rows"), "3", "package.grid_rows = '3'"),
    (("package", "grid_rows"), True, "package.grid_rows = True"),
    (("package", "grid_rows"), 3.5, "package.grid_rows = 3.5"),
    (("workload", "targets", "tpot_ms"), [100], "workload.targets.tpot_ms = [100]"),
    (("package", "cooling"), 2e4, "package.cooling = 20000.0"),
    (("chiplets",), "PC", "chiplets = 'PC'"),
    (("objective", "kind"), "max_fun", "objective.kind = 'max_fun'"),
])
def test_wrong_type(capsys, workdir, default_data, path, value, shown):
    d = default_data
    for k in path[:-1]:
        d = d[k]
    d[path[-1]] = value
    validate_bad(capsys, workdir, default_data, shown)


def test_nan_and_infinity_rejected(capsys, workdir, default_data):
    text = json.dumps(default_data).replace('"site_pitch_mm": 26.0', '"site_pitch_mm": NaN')
    validate_bad(capsys, workdir, text, "package.site_pitch_mm = nan", "finite")
    text = json.dumps(default_data).replace('"ttft_ms": 2000.0', '"ttft_ms": Infinity')
    validate_bad(capsys, workdir, text, "workload.targets.ttft_ms = inf", "finite")


def test_huge_integer_rejected(capsys, workdir, default_data):
    default_data["package"]["grid_cols"] = 10 ** 400
    validate_bad(capsys, workdir, default_data, "package.grid_cols = 1000000", "less than or equal to")


@pytest.mark.parametrize("value", [0, -1, -0.5])
def test_non_positive_arrival_rate(capsys, workdir, default_data, value):
    default_data["workload"]["arrival_rate_req_per_s"] = value
    validate_bad(capsys, workdir, default_data, f"workload.arrival_rate_req_per_s = {value!r}",
                 "greater than 0")


def test_non_positive_rate_inside_a_rate_list(capsys, workdir, default_data):
    default_data["workload"]["arrival_rate_req_per_s"] = [1.0, -2.0]
    err = validate_bad(capsys, workdir, default_data, "workload.arrival_rate_req_per_s.1 = -2.0", "greater than 0")
    assert "valid number" not in err  # the scalar branch of the union is not reported


def test_empty_rate_list(capsys, workdir, default_data):
    default_data["workload"]["arrival_rate_req_per_s"] = []
    validate_bad(capsys, workdir, default_data, "workload.arrival_rate_req_per_s = []", "at least 1 item")


@pytest.mark.parametrize("value", [0, -4096])
def test_non_positive_hidden_size(capsys, workdir, small_data, value):
    small_data["model"]["config"]["hidden_size"] = value
    err = validate_bad(capsys, workdir, small_data, f"model.config.hidden_size = {value}", "greater than 0")
    assert "valid string" not in err  # not the noise of the 'catalog name' branch of the union


def test_zero_grid_rows(capsys, workdir, default_data):
    default_data["package"]["grid_rows"] = 0
    validate_bad(capsys, workdir, default_data, "package.grid_rows = 0", "greater than 0")


def test_efficiency_above_one(capsys, workdir, small_data):
    small_data["chiplets"][1]["bandwidth_efficiency"] = 1.5
    validate_bad(capsys, workdir, small_data, "chiplets.1.bandwidth_efficiency = 1.5", "less than or equal to 1")


# ----------------------------------------------------------------------------- trace CSV
TRACE_FIELD = "workload.lengths.trace_csv"


def _with_trace(data: dict, workdir: Path, content: str | bytes | None) -> dict:
    if isinstance(content, bytes):
        (workdir / "t.csv").write_bytes(content)
    elif content is not None:
        (workdir / "t.csv").write_text(content)
    data["workload"]["lengths"] = {"trace_csv": "t.csv"}
    return data


def test_trace_missing_file(capsys, workdir, default_data):
    validate_bad(capsys, workdir, _with_trace(default_data, workdir, None), f"{TRACE_FIELD} = 't.csv'",
                 "an existing CSV file")


def test_trace_missing_column(capsys, workdir, default_data):
    data = _with_trace(default_data, workdir, "TIMESTAMP,ContextTokens\n2023-11-16 18:15:46.6805900,374\n")
    validate_bad(capsys, workdir, data, f"{TRACE_FIELD} = 't.csv'", "missing ['GeneratedTokens']")


def test_trace_non_numeric_token_count(capsys, workdir, default_data):
    data = _with_trace(default_data, workdir, "TIMESTAMP,ContextTokens,GeneratedTokens\n"
                       "2023-11-16 18:15:46.6805900,374,44\n2023-11-16 18:15:47.1000000,lots,9\n")
    validate_bad(capsys, workdir, data, f"{TRACE_FIELD}[row 3].ContextTokens = 'lots'",
                 "a positive integer token count")


@pytest.mark.parametrize("token", ["0", "-5", "1.5", "inf"])
def test_trace_bad_token_values(capsys, workdir, default_data, token):
    data = _with_trace(default_data, workdir, "TIMESTAMP,ContextTokens,GeneratedTokens\n"
                       f"2023-11-16 18:15:46.6805900,374,{token}\n")
    validate_bad(capsys, workdir, data, f"{TRACE_FIELD}[row 2].GeneratedTokens", "positive integer")


def test_trace_bad_timestamp(capsys, workdir, default_data):
    data = _with_trace(default_data, workdir, "TIMESTAMP,ContextTokens,GeneratedTokens\n"
                       "2023-11-16 18:15:46.6805900,374,44\nyesterday,10,9\n")
    validate_bad(capsys, workdir, data, f"{TRACE_FIELD}[row 3].TIMESTAMP = 'yesterday'", "date-time")


def test_trace_mixed_timestamp_kinds(capsys, workdir, default_data):
    data = _with_trace(default_data, workdir, "TIMESTAMP,ContextTokens,GeneratedTokens\n"
                       "2023-11-16 18:15:46.6805900,374,44\n3,10,9\n")
    validate_bad(capsys, workdir, data, f"{TRACE_FIELD}[row 3].TIMESTAMP = '3'", "same kind in every row")


def test_trace_empty_file(capsys, workdir, default_data):
    validate_bad(capsys, workdir, _with_trace(default_data, workdir, ""), f"{TRACE_FIELD} = 't.csv'",
                 "a readable CSV file")


def test_trace_header_only(capsys, workdir, default_data):
    data = _with_trace(default_data, workdir, "TIMESTAMP,ContextTokens,GeneratedTokens\n")
    validate_bad(capsys, workdir, data, f"{TRACE_FIELD} = 't.csv'", "at least one request row")


@pytest.mark.parametrize("garbage", [bytes(range(256)) * 8, b"\x1f\x8b\x08\x00" + b"\x00" * 64,
                                     b"\x00\x01\x02,\x03\n\xff\xfe,\n"])
def test_trace_binary_garbage(capsys, workdir, default_data, garbage):
    validate_bad(capsys, workdir, _with_trace(default_data, workdir, garbage), TRACE_FIELD, "'t.csv'")


# ----------------------------------------------------------------------------- model
def test_kv_heads_do_not_divide_heads(capsys, workdir, small_data):
    small_data["model"]["config"]["num_key_value_heads"] = 3
    validate_bad(capsys, workdir, small_data, "model.config.num_key_value_heads = 3",
                 "a divisor of num_attention_heads = 8")


def test_more_kv_heads_than_heads(capsys, workdir, small_data):
    small_data["model"]["config"]["num_key_value_heads"] = 16
    validate_bad(capsys, workdir, small_data, "model.config.num_key_value_heads = 16")


def test_unknown_catalog_model_string(capsys, workdir, default_data):
    default_data["model"] = "GPT-5"
    validate_bad(capsys, workdir, default_data, "model = 'GPT-5'", "a catalog model", "Llama3-70B")


def test_unknown_catalog_model_object(capsys, workdir, default_data):
    default_data["model"] = {"catalog": "llama3-70b"}
    validate_bad(capsys, workdir, default_data, "model.catalog = 'llama3-70b'", "a catalog model")


def test_hidden_size_not_divisible_by_heads(capsys, workdir, small_data):
    small_data["model"]["config"]["hidden_size"] = 500
    validate_bad(capsys, workdir, small_data, "model.config.hidden_size = 500",
                 "a multiple of num_attention_heads = 8")


def test_unknown_chiplet(capsys, workdir, default_data):
    default_data["chiplets"] = ["PC", "H100"]
    validate_bad(capsys, workdir, default_data, "chiplets[1] = 'H100'", "a catalog chiplet")


def test_duplicate_chiplet_names(capsys, workdir, default_data):
    default_data["chiplets"] = ["PC", "DC", "PC"]
    validate_bad(capsys, workdir, default_data, "chiplets = ['PC']", "unique chiplet names")


# ----------------------------------------------------------------------------- exactly one of
def test_model_with_catalog_and_config(capsys, workdir, small_data):
    small_data["model"]["catalog"] = "Llama3-70B"
    err = validate_bad(capsys, workdir, small_data, "model = {",
                       "exactly one of 'catalog', 'config' or 'config_path'",
                       "got ['catalog', 'config']")
    assert "valid string" not in err


def test_model_with_no_source(capsys, workdir, default_data):
    default_data["model"] = {"name": "anonymous"}
    validate_bad(capsys, workdir, default_data, "model = {'name': 'anonymous'}", "exactly one of", "got none")


def test_lengths_with_mean_and_histogram(capsys, workdir, default_data):
    default_data["workload"]["lengths"]["histogram"] = [{"input_tokens": 10, "output_tokens": 5, "weight": 1}]
    validate_bad(capsys, workdir, default_data, "workload.lengths = {'input_tokens_mean': 2071",
                 "exactly one of the mean pair, 'histogram' or 'trace_csv'")


def test_lengths_with_histogram_and_trace(capsys, workdir, small_data):
    small_data["workload"]["lengths"]["trace_csv"] = "t.csv"
    validate_bad(capsys, workdir, small_data, "workload.lengths = ", "exactly one of")


def test_lengths_with_half_a_mean_pair(capsys, workdir, default_data):
    del default_data["workload"]["lengths"]["output_tokens_mean"]
    validate_bad(capsys, workdir, default_data, "workload.lengths = {'input_tokens_mean': 2071}",
                 "give both 'input_tokens_mean' and 'output_tokens_mean'")


def test_lengths_empty(capsys, workdir, default_data):
    default_data["workload"]["lengths"] = {}
    validate_bad(capsys, workdir, default_data, "workload.lengths = {}", "exactly one of")


# ----------------------------------------------------------------------------- several at once
def test_several_problems_one_line_each(capsys, workdir, default_data):
    default_data["package"]["grid_rows"] = -3
    default_data["solver"]["threads"] = "many"
    default_data["objective"]["extra"] = 1
    err = validate_bad(capsys, workdir, default_data, "package.grid_rows = -3", "solver.threads = 'many'",
                       "objective.extra = 1")
    assert len(err.strip().splitlines()) == 3


# ----------------------------------------------------------------------------- real process
def test_subprocess_reports_without_traceback(tmp_path, default_data):
    """The installed entry point, run as a separate process, on a wrong-type input."""
    default_data["workload"]["arrival_rate_req_per_s"] = "fast"
    (tmp_path / "bad.json").write_text(json.dumps(default_data))
    before = sorted(os.listdir(tmp_path))
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-m", "lamoopt.cli", "validate", "bad.json"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert "workload.arrival_rate_req_per_s = 'fast'" in r.stderr
    assert sorted(os.listdir(tmp_path)) == before


@pytest.mark.parametrize("objective, needles", [
    ({"kind": "min_power", "rate": "saturated"}, ["objective.rate 'saturated'", "'min_power'", "expected 'arrival'"]),
    ({"kind": "max_throughput", "rate": "arrival"}, ["objective.rate 'arrival'", "expected 'saturated'"]),
    ({"kind": "min_cost", "power": "design_peak"}, ["objective.power 'design_peak'", "'min_cost'"]),
    ({"kind": "max_tokens_per_s_per_W", "rate": "fast"}, ["objective.rate", "'fast'"]),
])
def test_objective_rate_and_power_must_fit_the_kind(capsys, workdir, small_data, objective, needles):
    small_data["objective"] = objective
    validate_bad(capsys, workdir, small_data, *needles)
