"""User-facing input errors: each names the field path, the value and what was expected."""

from __future__ import annotations

import json
import re


class InputError(Exception):
    """Bad user input. `problems` holds (field path, value, expected) triples."""

    def __init__(self, problems: list[tuple[str, object, str]], source: str | None = None):
        self.problems = problems
        self.source = source
        super().__init__(self.format())

    def format(self) -> str:
        head = f"{self.source}: " if self.source else ""
        lines = []
        for path, value, expected in self.problems:
            shown = _short(value)
            lines.append(f"{head}{path or '<top level>'} = {shown}: {expected}")
        return "\n".join(lines)


def _short(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _is_branch_tag(part: str) -> bool:
    """Union/validator tags pydantic inserts into error locations ('ModelSpec', 'list[float]')."""
    return (part[:1].isupper() or "[" in part or "-" in part
            or part in ("str", "float", "int", "bool", "list", "dict"))


_NO_DATA = object()


def _field_path(loc: tuple, data: object, error_type: str) -> tuple[list[str], bool]:
    """The parts of a pydantic error location that are keys/indices of the input `data` (the
    others are union branch tags; a key the user wrote can look like a tag: 'Foo', 'str'), and
    whether the location ends in a tag (the union branch itself failed)."""
    if data is _NO_DATA:
        return ([str(p) for p in loc if not _is_branch_tag(str(p))],
                bool(loc) and _is_branch_tag(str(loc[-1])))
    out, cur, tag_last = [], data, False
    for i, part in enumerate(loc):
        tag_last = False
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and isinstance(part, int):
            cur = cur[part] if -len(cur) <= part < len(cur) else None
        elif not (i == len(loc) - 1 and (error_type == "missing" or not _is_branch_tag(str(part)))):
            tag_last = True
            continue  # a branch tag
        # else: the last part is a field the user left out (missing, or its default failed)
        # keys that would not read as a path (empty, spaces, dots) are shown quoted
        out.append(str(part) if isinstance(part, int) or re.fullmatch(r"[\w\-]+", part) else json.dumps(part))
    return out, tag_last


def from_pydantic(err, source: str | None = None, prefix: str = "", data: object = _NO_DATA) -> InputError:
    """Turn a pydantic ValidationError into an InputError with dotted field paths (`data`, the
    validated input, tells keys from union branch tags)."""
    problems, branch_mismatch = [], []
    for e in err.errors():
        # union branches add the type name (e.g. 'ModelSpec', 'str') to the path: drop them
        loc, tag_last = _field_path(tuple(e.get("loc", ())), data, e.get("type", ""))
        path = ".".join(([prefix] if prefix else []) + loc)
        msg = e.get("msg", "invalid")
        if e.get("type") == "extra_forbidden":
            msg = "unknown key (not part of the schema; see `lamoopt schema`)"
        elif e.get("type") == "missing":
            msg = "required field is missing"
        problems.append((path, e.get("input"), msg))
        # a union branch whose type did not match at all (e.g. 'str' for a dict value)
        branch_mismatch.append(tag_last and str(e.get("type", "")).endswith("_type"))
    # A union reports every branch. A branch that only says "wrong type" is noise when another
    # branch got further (its error is at the same path or deeper): drop it. When every branch
    # failed on the type, say what each branch wanted.
    def deeper_or_other(i: int) -> bool:
        path = problems[i][0]
        return any(not branch_mismatch[j] and (problems[j][0] == path or
                                               problems[j][0].startswith(path + "."))
                   for j in range(len(problems)) if j != i)
    merged: dict[str, tuple[str, object, str]] = {}
    for i, (path, value, msg) in enumerate(problems):
        if branch_mismatch[i] and deeper_or_other(i):
            continue
        if path not in merged:
            merged[path] = (path, value, msg)
        elif branch_mismatch[i] and msg not in merged[path][2]:
            merged[path] = (path, value, f"{merged[path][2]}, or {msg[0].lower()}{msg[1:]}")
    return InputError(list(merged.values()), source)
