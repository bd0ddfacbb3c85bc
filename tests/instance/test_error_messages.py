"""InputError and the translation of pydantic errors into field paths users can act on."""

from __future__ import annotations

import pytest

from lamoopt.instance import InputError
from lamoopt.instance.load import parse_instance


def problems(data: dict) -> list[tuple[str, object, str]]:
    with pytest.raises(InputError) as ei:
        parse_instance(data, "x.json")
    return ei.value.problems


def test_format_names_source_path_value_and_expectation():
    err = InputError([("a.b", 3, "at least 4"), ("", [1], "a JSON object")], "inst.json")
    assert str(err) == "inst.json: a.b = 3: at least 4\ninst.json: <top level> = [1]: a JSON object"


def test_long_values_are_shortened():
    text = InputError([("k", "x" * 500, "short")]).format()
    assert len(text) < 120 and text.endswith("...: short")


@pytest.mark.parametrize("key, shown", [("Foo", "Foo"), ("ModelSpec", "ModelSpec"), ("str", "str"),
                                        ("list[int]", '"list[int]"'), ("a-b", "a-b"), ("CamelCase", "CamelCase")])
def test_unknown_keys_that_look_like_union_tags_keep_their_path(default_data, key, shown):
    default_data["package"][key] = 1
    assert problems(default_data) == [
        ("package." + shown, 1, "unknown key (not part of the schema; see `lamoopt schema`)")]


def test_unknown_key_in_an_inline_chiplet_keeps_its_path(small_data):
    small_data["chiplets"][1]["Turbo"] = True
    assert [p[0] for p in problems(small_data)] == ["chiplets.1.Turbo"]


@pytest.mark.parametrize("key, shown", [("", '""'), ("two words", '"two words"'), ("a.b", '"a.b"')])
def test_odd_keys_are_quoted(default_data, key, shown):
    default_data["solver"][key] = 0
    assert [p[0] for p in problems(default_data)] == ["solver." + shown]


def test_missing_required_field(default_data):
    del default_data["package"]["grid_cols"]
    (path, _, expected), = problems(default_data)
    assert path == "package.grid_cols" and expected == "required field is missing"


def test_union_type_noise_is_dropped_when_a_branch_got_further(small_data):
    small_data["model"]["config"]["vocab_size"] = "big"
    assert [p[:2] for p in problems(small_data)] == [("model.config.vocab_size", "big")]


def test_union_with_no_matching_branch_says_what_each_wanted(default_data):
    default_data["model"] = 70
    (path, value, expected), = problems(default_data)
    assert (path, value) == ("model", 70)
    assert "valid string" in expected and "ModelSpec" in expected


@pytest.mark.parametrize("path, value", [
    (("package", "grid_rows"), "3"),       # str -> int
    (("package", "grid_rows"), True),      # bool -> int
    (("package", "grid_rows"), 3.0),       # float -> int
    (("package", "site_pitch_mm"), "26"),  # str -> float
    (("package", "ambient_C"), False),     # bool -> float
    (("solver", "seed"), "0"),
])
def test_no_silent_coercion(default_data, path, value):
    default_data[path[0]][path[1]] = value
    assert [p[:2] for p in problems(default_data)] == [(".".join(path), value)]


def test_ints_are_accepted_for_floats(default_data):
    default_data["package"]["site_pitch_mm"] = 26
    assert parse_instance(default_data).package.site_pitch_mm == 26.0


def test_integers_beyond_float_precision_are_rejected(default_data):
    default_data["package"]["grid_rows"] = 2 ** 53 + 1
    (path, _, expected), = problems(default_data)
    assert path == "package.grid_rows" and "less than or equal to 9007199254740992" in expected
