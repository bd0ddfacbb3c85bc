"""Instance changes for what-ifs: `--set PATH=VALUE` and `--sweep PATH=START:STOP:STEP`.

PATH is a dotted path into the instance JSON: `package.power_budget_W`,
`workload.targets.tpot_ms`, `chiplets.0.thermal.logic_temp_limit_C` (also written
`chiplets[0].thermal...` or `chiplets.PC.thermal...`, by name). A catalog name where the path
goes deeper (a chiplet given as "PC", the model given as "Llama3-70B") is expanded to its full
definition first, so catalog entries can be changed field by field. VALUE is JSON (`3000`,
`[2, 4]`, `"Llama-3-8B"`); text that is not JSON is taken as a string.

Every changed instance goes through the schema and the semantic checks, so a wrong path or
value raises the usual InputError naming the field, the value and what was expected.
"""

from __future__ import annotations

import copy
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from lamoopt.catalog import CHIPLETS
from lamoopt.instance.checks import check_problem
from lamoopt.instance.errors import InputError
from lamoopt.instance.load import Problem, parse_instance, read_json, resolve

MAX_SWEEP_POINTS = 10_000
_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")

Changes = dict[str, object]   # dotted path -> new value


@dataclass(frozen=True)
class Sweep:
    """One swept parameter: its path and the values it takes, in order."""

    path: str
    values: tuple


def split_path(path: str, option: str = "--set") -> list[str | int]:
    """'chiplets[0].thermal.logic_temp_limit_C' -> ['chiplets', 0, 'thermal', 'logic_temp_limit_C']."""
    parts: list[str | int] = []
    for chunk in path.split("."):
        pos, tokens = 0, []
        for mt in _TOKEN.finditer(chunk):
            if mt.start() != pos:
                break
            tokens.append(int(mt.group(2)) if mt.group(2) is not None else mt.group(1))
            pos = mt.end()
        if not chunk or pos != len(chunk):
            raise InputError([(option, path, "a dotted path into the instance, e.g. package.power_budget_W "
                               "or chiplets[0].thermal.logic_temp_limit_C")])
        parts.extend(tokens)
    return [int(p) if isinstance(p, str) and p.isdigit() else p for p in parts]


def parse_value(text: str):
    """JSON if it parses, else the text itself (a bare string)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def parse_set(text: str) -> tuple[str, object]:
    """'PATH=VALUE' -> (path, value)."""
    path, sep, raw = text.partition("=")
    path = path.strip()
    if not sep or not path or not raw.strip():
        raise InputError([("--set", text, "PATH=VALUE, e.g. package.power_budget_W=3000")])
    split_path(path)
    return path, parse_value(raw.strip())


def parse_sweep(text: str) -> Sweep:
    """'PATH=START:STOP:STEP' (STOP included when hit), 'PATH=V1,V2,...' or 'PATH=[V1, V2, ...]'
    (a JSON list, for values that are lists themselves) -> Sweep."""
    path, sep, spec = text.partition("=")
    path, spec = path.strip(), spec.strip()
    if not sep or not path or not spec:
        raise InputError([("--sweep", text, "PATH=START:STOP:STEP or PATH=V1,V2,..., "
                           "e.g. package.power_budget_W=2000:5000:500")])
    split_path(path, "--sweep")
    listed = parse_value(spec)
    if isinstance(listed, list):
        values = listed
    elif ":" in spec:
        values = _range_values(text, spec)
    else:
        values = [parse_value(v.strip()) for v in spec.split(",") if v.strip()]
    if not values:
        raise InputError([("--sweep", text, "at least one value")])
    if len(values) > MAX_SWEEP_POINTS:
        raise InputError([("--sweep", text, f"at most {MAX_SWEEP_POINTS} points (got {len(values)})")])
    return Sweep(path, tuple(values))


def _range_values(text: str, spec: str) -> list:
    parts = spec.split(":")
    nums = []
    for p in parts:
        v = parse_value(p.strip())
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            nums = None
            break
        nums.append(v)
    if nums is None or len(nums) != 3:
        raise InputError([("--sweep", text, "START:STOP:STEP with three finite numbers")])
    start, stop, step = nums
    if step == 0 or (stop - start) * step < 0:
        raise InputError([("--sweep", text, f"a STEP that leads from {start} to {stop} "
                           f"(non-zero, with the sign of STOP - START)")])
    count = math.floor((stop - start) / step + 1e-9) + 1
    if count > MAX_SWEEP_POINTS:
        raise InputError([("--sweep", text, f"at most {MAX_SWEEP_POINTS} points (got {count})")])
    ints = all(isinstance(x, int) for x in nums)
    return [start + k * step if ints else float(f"{start + k * step:.12g}") for k in range(count)]


# ----------------------------------------------------------------------------- applying
def _expand(node, parent_key, path: str, done: str):
    """A catalog name standing where the path descends: its full definition (a dict)."""
    if isinstance(node, str) and parent_key == "model":
        return {"catalog": node}
    if isinstance(node, str) and node in CHIPLETS:
        return copy.deepcopy(CHIPLETS[node])
    raise InputError([(done, node, f"an object or list to descend into for {path}")])


def _list_index(node: list, key, path: str, done: str) -> int:
    if isinstance(key, int):
        if key >= len(node):
            raise InputError([(path, len(node), f"an index below {len(node)} at {done}")])
        return key
    names = [n if isinstance(n, str) else (n.get("name") if isinstance(n, dict) else None) for n in node]
    if key not in names:
        raise InputError([(path, key, f"an index or a name in {done}: one of {[n for n in names if n]}")])
    return names.index(key)


def _step(done: str, key, in_list: bool) -> str:
    """Display path one level deeper: 'chiplets' + 0 -> 'chiplets[0]'."""
    return f"{done}[{key}]" if in_list else f"{done}.{key}".lstrip(".")


def apply_change(data: dict, path: str, value) -> None:
    """Set `value` at dotted `path` in the instance dict `data` (in place)."""
    keys = split_path(path)
    node, done, parent_key = data, "", None
    for depth, key in enumerate(keys):
        in_list = isinstance(node, list)
        if in_list:
            key = _list_index(node, key, path, done)
        elif not isinstance(node, dict):
            raise InputError([(done, node, f"an object or list to descend into for {path}")])
        elif isinstance(key, int):
            raise InputError([(path, key, f"a key name: {done or '<top level>'} is an object, not a list")])
        if depth == len(keys) - 1:
            node[key] = copy.deepcopy(value)
            return
        if not in_list and key not in node:
            node[key] = {}
        parent_key = key if not in_list else parent_key
        done = _step(done, key, in_list)
        if isinstance(node[key], str):
            node[key] = _expand(node[key], parent_key, path, done)
        node = node[key]


def changed_data(base: dict, changes: Changes) -> dict:
    """A deep copy of `base` with every change applied in order."""
    data = copy.deepcopy(base)
    for path, value in changes.items():
        apply_change(data, path, value)
    return data


def describe(changes: Changes) -> str:
    """'package.power_budget_W=3000, workload.targets.tpot_ms=50'."""
    return ", ".join(f"{p}={json.dumps(v)}" for p, v in changes.items()) or "(base)"


def problem_from_data(data: dict, base_dir: Path, source: str) -> Problem:
    """Schema, resolution and semantic checks of an instance dict."""
    prob = resolve(parse_instance(data, source), base_dir=base_dir, source=source)
    check_problem(prob)
    return prob


@dataclass(frozen=True)
class BaseInstance:
    """The instance a what-if starts from: its JSON, the folder relative paths refer to, its name."""

    data: dict
    base_dir: Path
    source: str

    @classmethod
    def from_file(cls, path: str | Path) -> BaseInstance:
        return cls(read_json(path), Path(path).resolve().parent, str(path))

    def problem(self, changes: Changes | None = None) -> Problem:
        """The validated instance with `changes` applied (InputError naming the field if bad)."""
        if not changes:
            return problem_from_data(self.data, self.base_dir, self.source)
        source = f"{self.source} with {describe(changes)}"
        return problem_from_data(changed_data(self.data, changes), self.base_dir, source)
