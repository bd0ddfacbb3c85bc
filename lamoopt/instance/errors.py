"""User-facing input errors: each names the field path, the value and what was expected."""

from __future__ import annotations


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


def from_pydantic(err, source: str | None = None, prefix: str = "") -> InputError:
    """Turn a pydantic ValidationError into an InputError with dotted field paths."""
    problems = []
    for e in err.errors():
        loc = [str(p) for p in e.get("loc", ())]
        # union branches add the type name (e.g. 'ModelSpec', 'str') to the path: drop them
        loc = [p for p in loc if not _is_branch_tag(p)]
        path = ".".join(([prefix] if prefix else []) + loc)
        msg = e.get("msg", "invalid")
        if e.get("type") == "extra_forbidden":
            msg = "unknown key (not part of the schema; see `lamoopt schema`)"
        elif e.get("type") == "missing":
            msg = "required field is missing"
        problems.append((path, e.get("input"), msg))
    # a union reports every branch; keep the first (the scalar/simplest branch) per path
    seen, unique = set(), []
    for p in problems:
        if p[0] not in seen:
            seen.add(p[0])
            unique.append(p)
    return InputError(unique, source)
