"""Static checks run by the test suite (issue 14): mypy --strict and ruff on the packages that are
held to them (configured in pyproject.toml), and no import cycle between lamoopt modules."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "lamoopt"
RUFF_PATHS = ["lamoopt", "tests", "benchmarks"]   # everything held to ruff


def test_mypy_strict_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    """`mypy` with the [tool.mypy] configuration of pyproject.toml (strict on its `files`)."""
    api = pytest.importorskip("mypy.api")
    monkeypatch.chdir(ROOT)   # the configuration and its paths are found from the repository root
    stdout, stderr, status = api.run([])
    assert status == 0, f"mypy reported errors:\n{stdout}{stderr}"


def test_ruff_clean() -> None:
    """`ruff check` with the [tool.ruff] configuration of pyproject.toml."""
    pytest.importorskip("ruff")
    res = subprocess.run([sys.executable, "-m", "ruff", "check", *RUFF_PATHS], cwd=ROOT,
                         capture_output=True, text=True)
    assert res.returncode == 0, f"ruff reported problems:\n{res.stdout}{res.stderr}"


# ----------------------------------------------------------------------------- import graph
def module_files() -> dict[str, Path]:
    """Every module under lamoopt/ by dotted name (a package by its __init__.py)."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imported_modules(name: str, path: Path, modules: set[str]) -> Iterator[str]:
    """The lamoopt modules `name` imports anywhere in its body (module level, functions, TYPE_CHECKING
    blocks): `import a.b` -> a.b; `from a import n` -> a.n if that is a module, else a."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.ImportFrom):
            if node.level:   # relative: from the module's package, one level up per extra dot
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[:len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                target = f"{source}.{alias.name}"
                if target in modules:
                    yield target
                elif source in modules:
                    yield source


def import_graph() -> dict[str, set[str]]:
    files = module_files()
    names = set(files)
    return {m: {t for t in imported_modules(m, p, names) if t != m} for m, p in files.items()}


def cyclic_components(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[set[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            w = next(children, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = set()
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.add(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    out.append(comp)
    return out


def a_cycle(graph: dict[str, set[str]], comp: set[str], edge: tuple[str, str]) -> list[str]:
    """An import cycle through `edge` (a, b) of a strongly connected component: a, b, the
    shortest way from b back to a."""
    a, b = edge
    parent: dict[str, str] = {}
    frontier, seen = [b], {b}
    while frontier and a not in seen:
        nxt = []
        for v in frontier:
            for w in sorted(graph[v] & comp):
                if w not in seen:
                    seen.add(w)
                    parent[w] = v
                    nxt.append(w)
        frontier = nxt
    path = [a]   # from a back to b along the parents
    while path[-1] != b:
        path.append(parent[path[-1]])
    return [a, *reversed(path)]


def test_import_graph_builder() -> None:
    """The graph builder finds real edges (guards the cycle test against an empty graph)."""
    graph = import_graph()
    assert "lamoopt.formulation.build" in graph["lamoopt.solve.run"]
    assert "lamoopt.formulation.power_pieces" in graph["lamoopt.formulation.configs"]   # from pkg import module
    assert "lamoopt.solve.run" in graph["lamoopt.formulation.export"]                   # inside a function
    assert cyclic_components({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]
    assert a_cycle({"a": {"b"}, "b": {"c", "a"}, "c": {"a"}}, {"a", "b", "c"}, ("c", "a")) == ["c", "a", "b", "c"]


def test_no_import_cycles() -> None:
    """No cycle in the lamoopt module import graph (imports at any level, inside functions too)."""
    graph = import_graph()
    problems = [f"import cycle {' -> '.join(a_cycle(graph, comp, min((a, b) for a in comp for b in graph[a] & comp)))} "
                f"(modules on cycles: {sorted(comp)})" for comp in cyclic_components(graph)]
    assert not problems, "\n".join(problems)
