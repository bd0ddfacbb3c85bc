"""Predicted (the MILP's linear model) versus evaluated (the detailed evaluator) metrics, and the
error bounds formulations/lamoopt_milp.md section 8 states for the model against the evaluator."""

from __future__ import annotations

import math

COMPARED = ("throughput_tokens_per_s", "ttft_ms", "tpot_ms", "power_W", "peak_temperature_C",
            "tokens_per_s_per_W")


def comparison(predicted: dict, evaluated: dict) -> list[dict]:
    """One row per metric: predicted, evaluated, relative error (evaluated/predicted - 1)."""
    rows = []
    for name in COMPARED:
        p, e = predicted.get(name), evaluated.get(name)
        ok = isinstance(p, (int, float)) and isinstance(e, (int, float)) and math.isfinite(p) and math.isfinite(e)
        ci = evaluated.get(name.replace("_ms", "_ci_ms")) if name in ("ttft_ms", "tpot_ms") else None
        rows.append({"metric": name, "predicted": p, "evaluated": e,
                     "relative_error": (e / p - 1.0) if ok and p != 0 else None,
                     "evaluated_ci95": ci})
    return rows


def recheck_section(predicted: dict | None, evaluation) -> dict:
    out = evaluation.to_dict()
    out["comparison"] = comparison(predicted or {}, evaluation.evaluated)
    return out


def recheck_text(section: dict) -> str:
    n = section.get("evaluated", {}).get("requests_simulated")
    lines = [f"re-check (predicted: the MILP's model; evaluated: measured by the evaluator, {n} requests):",
             f"  {'metric':26s} {'predicted':>12s} {'evaluated':>12s} {'rel.err':>8s}  evaluated 95% interval"]
    for r in section["comparison"]:
        fmt = lambda v: "n/a" if v is None else f"{v:12.5g}"  # noqa: E731
        err = "n/a" if r["relative_error"] is None else f"{r['relative_error']:+8.1%}"
        ci = r.get("evaluated_ci95")
        ci_txt = f"  [{ci[0]:.5g}, {ci[1]:.5g}]" if ci and all(isinstance(x, float) and math.isfinite(x) for x in ci) else ""
        lines.append(f"  {r['metric']:26s} {fmt(r['predicted']):>12s} {fmt(r['evaluated']):>12s} {err:>8s}{ci_txt}")
    missing = [r["metric"] for r in section["comparison"] if r["metric"] in ("ttft_ms", "tpot_ms")
               and not (r.get("evaluated_ci95") and all(isinstance(x, float) and math.isfinite(x)
                                                        for x in r["evaluated_ci95"]))]
    if missing:
        lines.append(f"  no interval for {', '.join(missing)}: fewer than 2 effective samples at this load; "
                     f"more requests (--requests) give one")
    vague = [c["name"] for c in section["constraints"] if c.get("inconclusive")]
    if vague:
        lines.append(f"  inconclusive: {', '.join(vague)} (the run is too short to tell at this load; "
                     f"more requests decide it)")
    bad = [c for c in section["constraints"] if not c["met"]]
    if bad:
        lines.append("  VIOLATED: " + "; ".join(f"{c['name']} = {c['value']:.4g} > {c['limit']:.4g}"
                                              if isinstance(c["value"], (int, float)) else c["name"] for c in bad))
    else:
        lines.append(f"  all {len(section['constraints'])} constraints met")
    for k, rnd in enumerate(section.get("rounds", []), 1):
        if rnd.get("action"):
            lines.append(f"  round {k}: {rnd['action']}")
    if section.get("verdict"):
        lines.append(f"  verdict: {section['verdict']}")
    return "\n".join(lines)
