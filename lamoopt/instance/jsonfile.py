"""Reading a JSON object from a file; every failure is an InputError naming the file, the place
and what was expected."""

from __future__ import annotations

import json
from pathlib import Path

from lamoopt.instance.errors import InputError


def read_json(path: str | Path) -> dict:
    p = Path(path)
    if not p.is_file():
        raise InputError([("<file>", str(path), "an existing, readable JSON file")])
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([("<file>", str(path), f"a readable UTF-8 file ({exc.__class__.__name__})")]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = text.splitlines()
        near = lines[exc.lineno - 1][:60] if 0 < exc.lineno <= len(lines) else "<end of file>"
        raise InputError([(f"line {exc.lineno} column {exc.colno}", near, f"valid JSON ({exc.msg})")],
                         str(path)) from None
    except RecursionError:
        raise InputError([("<file>", str(path),
                           "JSON nested less deeply (it exceeds the parser's recursion limit)")]) from None
    if not isinstance(data, dict):
        raise InputError([("<top level>", type(data).__name__, "a JSON object")], str(path))
    return data
