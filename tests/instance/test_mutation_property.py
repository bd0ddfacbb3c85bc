"""Property tests: random mutations of valid instances never crash the loader or the CLI.

Starting from three valid instances (instances/default.json; tests/fixtures/small_instance.json
with an inline model, an inline chiplet, a histogram and a rate list; and a variant using
`config_path` and an Azure-format `trace_csv`), hypothesis drops and renames keys and replaces
values by wrong types and extreme numbers at random paths. `load_and_check` must return a Problem
or raise InputError, and `lamoopt validate` must exit 0 or 2, agreeing with it.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lamoopt.cli import main
from lamoopt.instance import InputError, Problem, load_and_check
from lamoopt.instance.load import read_trace

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _read(p: Path) -> dict:
    return json.loads(p.read_text())


def _files_variant() -> dict:
    d = _read(FIXTURES / "small_instance.json")
    d["name"] = "files-variant"
    d["model"] = {"config_path": "hf/config.json", "weight_bytes": 1}
    d["workload"]["lengths"] = {"trace_csv": "trace.csv"}
    d["workload"]["targets"]["ttft_ms"] = 20000.0
    return d


BASES = {
    "default": _read(REPO / "instances" / "default.json"),
    "small": _read(FIXTURES / "small_instance.json"),
    "files": _files_variant(),
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("mutations")
    (d / "hf").mkdir()
    shutil.copy(FIXTURES / "hf_llama3_8b" / "config.json", d / "hf" / "config.json")
    shutil.copy(FIXTURES / "azure_code_trace_small.csv", d / "trace.csv")
    return d


@pytest.mark.parametrize("base", sorted(BASES))
def test_bases_are_valid(workspace, base):
    p = workspace / f"{base}.json"
    p.write_text(json.dumps(BASES[base]))
    assert isinstance(load_and_check(p), Problem)


# ----------------------------------------------------------------------------- mutations
EXTREMES = [0, -1, 0.0, -0.0, 1, 1e308, -1e308, 5e-324, 1e-308, 2 ** 53 + 1, 2 ** 63, 2 ** 64 + 1,
            10 ** 400, -(10 ** 400), float("nan"), float("inf"), float("-inf"),
            "nan", "NaN", "inf", "-Infinity", "1e999", "0", "3", "", " ", "\x00", "../../etc/passwd"]

BAD_VALUES = st.one_of(
    st.sampled_from(EXTREMES),
    st.text(max_size=12),
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.lists(st.one_of(st.integers(), st.text(max_size=4), st.none()), max_size=3),
    st.dictionaries(st.text(max_size=6), st.one_of(st.integers(), st.text(max_size=4)), max_size=3),
)


def all_paths(obj, prefix=()) -> list[tuple]:
    out = []
    items = obj.items() if isinstance(obj, dict) else enumerate(obj) if isinstance(obj, list) else ()
    for k, v in items:
        out.append(prefix + (k,))
        out.extend(all_paths(v, prefix + (k,)))
    return out


def get(obj, path):
    for k in path:
        obj = obj[k]
    return obj


@st.composite
def mutated(draw, base: dict):
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = all_paths(data)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, key = get(data, path[:-1]), path[-1]
        op = draw(st.sampled_from(["drop", "rename", "replace", "replace", "add"]))
        if op == "drop":
            del parent[key]
        elif op == "rename" and isinstance(parent, dict):
            new = draw(st.one_of(st.sampled_from([key + "_", key.upper(), key[:-1], "foo"]), st.text(max_size=8)))
            parent[new] = parent.pop(key)
        elif op == "add" and isinstance(parent[key], dict):
            parent[key][draw(st.text(max_size=8))] = draw(BAD_VALUES)
        else:
            parent[key] = draw(BAD_VALUES)
    return data


def check_both(path: Path):
    """load_and_check and `lamoopt validate` on one file; returns the InputError or the Problem."""
    try:
        result = load_and_check(path)
        assert isinstance(result, Problem)
    except InputError as err:
        result = err
        assert err.problems and all(isinstance(p, str) and p for p, _, _ in err.problems)
    out, err_text = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err_text):
        rc = main(["validate", str(path)])
    assert rc == (0 if isinstance(result, Problem) else 2)
    assert "Traceback" not in err_text.getvalue()
    if rc == 2:
        assert err_text.getvalue().startswith("lamoopt: error: ") and out.getvalue() == ""
    return result


@pytest.mark.parametrize("base", sorted(BASES))
@SETTINGS
@given(data=st.data())
def test_random_mutations_give_a_problem_or_an_input_error(workspace, base, data):
    mutant = data.draw(mutated(BASES[base]))
    p = workspace / "mutant.json"
    p.write_text(json.dumps(mutant))  # NaN/Infinity become JSON's non-standard tokens
    check_both(p)


def numeric_leaves(obj) -> list[tuple]:
    return [p for p in all_paths(obj)
            if isinstance(get(obj, p), (int, float)) and not isinstance(get(obj, p), bool)]


@pytest.mark.parametrize("base", sorted(BASES))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_string_for_any_number_is_rejected_at_its_path(workspace, base, data):
    mutant = copy.deepcopy(BASES[base])
    path = data.draw(st.sampled_from(numeric_leaves(mutant)))
    value = data.draw(st.one_of(st.sampled_from(["3", "1e3", "nan", "", "fast"]), st.text(max_size=6)))
    get(mutant, path[:-1])[path[-1]] = value
    p = workspace / "mutant.json"
    p.write_text(json.dumps(mutant))
    err = check_both(p)
    assert isinstance(err, InputError)
    dotted = ".".join(map(str, path))
    assert any(where == dotted and v == value for where, v, _ in err.problems), (dotted, err.problems)


@pytest.mark.parametrize("base", sorted(BASES))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_an_unknown_key_in_any_object_is_named(workspace, base, data):
    mutant = copy.deepcopy(BASES[base])
    objects = [()] + [p for p in all_paths(mutant) if isinstance(get(mutant, p), dict)]
    path = data.draw(st.sampled_from(objects))
    key = "zz_" + data.draw(st.text(alphabet="abcxyz_", max_size=6))
    get(mutant, path)[key] = 1
    p = workspace / "mutant.json"
    p.write_text(json.dumps(mutant))
    err = check_both(p)
    assert isinstance(err, InputError)
    dotted = ".".join(map(str, path + (key,)))
    assert any(where == dotted and "unknown key" in why for where, _, why in err.problems), (dotted, err.problems)


# ----------------------------------------------------------------------------- trace CSV content
CELL = st.one_of(
    st.integers(-5, 10 ** 6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["2023-11-16 18:15:46.6805900", "2023-11-16", "18:15", "9999-12-31 23:59:59",
                     "1000-01-01", "", "NaN", "inf", "1e400", "abc", '"', "'", "x,y", "\\x00"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=8),
)
HEADER = st.sampled_from([
    "TIMESTAMP,ContextTokens,GeneratedTokens", "ContextTokens,GeneratedTokens,TIMESTAMP",
    "TIMESTAMP,ContextTokens", "timestamp,contexttokens,generatedtokens",
    "TIMESTAMP,ContextTokens,GeneratedTokens,X",
])


@SETTINGS
@given(header=HEADER, rows=st.lists(st.lists(CELL, min_size=1, max_size=4), max_size=6),
       raw=st.one_of(st.none(), st.binary(max_size=64)))
def test_trace_csv_content_gives_lengths_or_an_input_error(workspace, header, rows, raw):
    p = workspace / "fuzz.csv"
    if raw is not None:
        p.write_bytes(raw)
    else:
        p.write_text("\n".join([header] + [",".join(r) for r in rows]) + "\n", encoding="utf-8")
    try:
        lg = read_trace("fuzz.csv", workspace, "fuzz")
    except InputError as err:
        assert err.problems[0][0].startswith("workload.lengths.trace_csv")
        return
    import numpy as np
    t = lg.arrival_times_s
    assert t[0] == 0 and np.all(np.isfinite(t)) and np.all(np.diff(t) >= 0)
    assert np.all(lg.input_tokens >= 1) and np.all(lg.output_tokens >= 1)
    assert np.all(lg.input_tokens % 1 == 0) and lg.probability.sum() == pytest.approx(1.0)
