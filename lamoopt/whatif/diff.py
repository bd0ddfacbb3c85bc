"""Base and changed optimum side by side: status, objective, chiplet counts, mapping per role,
placement cells that differ and the metrics with their deltas."""

from __future__ import annotations

from lamoopt.design import Design
from lamoopt.whatif.figures import METRICS, ROLES, role_mapping

COL_W = 26


def _cells(design: Design | None) -> dict[tuple[int, int], str]:
    """(row, col) -> 'PC prefill TP2 PP1' for every occupied site."""
    if design is None:
        return {}
    return {(r, c): f"{i.chiplet} {i.role} TP{i.tp} PP{i.pp}" for i in design.instances for r, c in i.sites}


def _counts(design: Design | None) -> dict[str, int]:
    if design is None:
        return {}
    return {f"{chip} {role}": n for chip, roles in sorted(design.chiplet_counts().items())
            for role, n in roles.items() if n}


def side(solved) -> dict:
    """One column of the comparison (JSON-able)."""
    o, design = solved.outcome, solved.design
    return {"status": o.status.value, "objective": o.objective, "objective_bound": o.objective_bound,
            "mip_gap": o.mip_gap, "model": solved.mode, "message": o.message,
            "chiplets": _counts(design), "mapping": {r: role_mapping(design, r) for r in ROLES},
            "metrics": {key: (o.predicted or {}).get(key) for key in METRICS}}


def compare(base, changed, changes_text: str) -> dict:
    """Both optima and what differs (JSON-able; `compare_text` prints it)."""
    b, c = _cells(base.design), _cells(changed.design)
    cells = [{"site": list(s), "base": b.get(s), "changed": c.get(s)}
             for s in sorted(set(b) | set(c)) if b.get(s) != c.get(s)]
    return {"changes": changes_text, "objective_kind": base.problem.instance.objective.kind,
            "base": side(base), "changed": side(changed), "placement_diff": cells}


def _num(x) -> str:
    return "-" if x is None else (f"{x:.6g}" if isinstance(x, float) else str(x))


def _delta(a, b) -> str:
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)) or abs(b - a) <= 1e-9 * max(abs(a), 1.0):
        return ""
    rel = f" ({(b - a) / abs(a):+.1%})" if a else ""
    return f"{b - a:+.6g}{rel}"


def compare_text(cmp: dict) -> str:
    """The side-by-side table (columns at least COL_W wide, wider for a long mapping or label)."""
    base, ch = cmp["base"], cmp["changed"]
    maps = [m for side in (base, ch) for role in ROLES for m in side["mapping"][role]]
    col = max([COL_W] + [len(m) + 2 for m in maps])
    lab = max([30] + [len(k) + 2 for k in base["metrics"]])

    def _row(label: str, a, b, delta: str = "") -> str:
        return f"  {label:<{lab}s}{_num(a):<{col}s}{_num(b):<{col}s}{delta}"
    lines = [f"what-if: {cmp['changes']} (objective {cmp['objective_kind']})", f"  {'':<{lab}s}{'base':<{col}s}{'changed':<{col}s}delta"]
    for key in ("status", "model"):
        lines.append(_row(key, base[key], ch[key]))
    lines.append(_row("objective", base["objective"], ch["objective"],
                      _delta(base["objective"], ch["objective"])))
    lines.append(_row("mip gap", base["mip_gap"], ch["mip_gap"]))
    for key in sorted(set(base["chiplets"]) | set(ch["chiplets"])):
        a, b = base["chiplets"].get(key, 0), ch["chiplets"].get(key, 0)
        lines.append(_row(f"chiplets {key}", a, b, _delta(a, b)))
    for role in ROLES:
        ma, mb = base["mapping"][role], ch["mapping"][role]
        for k in range(max(len(ma), len(mb), 1)):
            lines.append(_row(f"{role} mapping" if k == 0 else "", ma[k] if k < len(ma) else "",
                              mb[k] if k < len(mb) else "", "" if ma == mb else "changed" if k == 0 else ""))
    for key, a in base["metrics"].items():
        b = ch["metrics"][key]
        lines.append(_row(key, a, b, _delta(a, b)))
    if cmp["placement_diff"]:
        lines.append("  placement cells that differ (row, col): base -> changed")
        for cell in cmp["placement_diff"]:
            lines.append(f"    {tuple(cell['site'])}: {cell['base'] or 'empty'} -> {cell['changed'] or 'empty'}")
    elif base["status"] == ch["status"] == "optimal":
        lines.append("  placement: unchanged")
    for name, col in (("base", base), ("changed", ch)):
        if col["status"] != "optimal" and " " in (col["message"] or ""):   # not a bare solver status name
            lines.append(f"  {name}: {col['message']}")
    return "\n".join(lines)
