"""The shipped instances (instances/*.json), generated from the catalogs so they stay consistent.

Regenerate with `python -m lamoopt.catalog.instances [DIR]`.

Package numbers and their sources:
- 3 x 3 sites at 26 mm pitch: the paper's 5 PC + 4 DC system; 26 mm holds a 24.2 mm DC die
  (584 mm2) plus ~1.8 mm for D2D PHY keep-out.
- D2D: AIB 2.0 at 800 GB/s per chiplet over 4 edges = 200 GB/s per link direction; 5 ns per
  hop (PHY + adapter, AIB 2.0 reports single-digit ns); interposer wire 0.1 pJ/bit per hop
  (~2 mm of interposer wire at ~0.05 pJ/bit/mm) on top of the chiplets' PHY energy.
- Interposer 100 um silicon (k = 120 W/mK). TIM 50 um at 5 W/mK (high-end metallic/graphite
  TIM; polymer TIMs are 3-5 W/mK); copper lid 1.5 mm (k = 390 W/mK).
- Cooling: single-phase liquid cold plate, effective 2e4 W/m2K at the lid (microchannel cold
  plates reach 1e4-5e4 W/m2K; Tuckerman & Pease 1981 and later work); coolant at 45 C (paper's
  ambient). Bottom path through substrate and board: 500 W/m2K (a few percent of the heat).
- Power budget 5000 W: above the ~4.7 kW the paper's nine chiplets draw at peak, so that
  thermal limits, not the budget, bind by default.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lamoopt.catalog.workloads import PAPER_RATES_REQ_PER_S, WORKLOADS

PAPER_MODELS = ("GPT3-13B", "QwQ-32B", "Llama3-70B")

PACKAGE_3X3 = dict(
    grid_rows=3, grid_cols=3, site_pitch_mm=26.0,
    link_bandwidth_GBps=200.0, link_latency_ns=5.0, link_energy_pJ_per_bit=0.1,
    ambient_C=45.0,
    cooling=dict(kind="liquid_cold_plate", top_heat_transfer_W_per_m2K=2.0e4,
                 bottom_heat_transfer_W_per_m2K=500.0),
    below_chiplets=[dict(name="interposer", thickness_um=100.0, conductivity_W_per_mK=120.0)],
    above_chiplets=[dict(name="tim", thickness_um=50.0, conductivity_W_per_mK=5.0),
                    dict(name="lid", thickness_um=1500.0, conductivity_W_per_mK=390.0,
                         heat_capacity_J_per_m3K=3.45e6)],
    power_budget_W=5000.0,
)


def workload_section(name: str, rate: float) -> dict:
    w = WORKLOADS[name]
    return dict(catalog=name, arrival_rate_req_per_s=rate,
                lengths=dict(input_tokens_mean=w["input_tokens_mean"],
                             output_tokens_mean=w["output_tokens_mean"]),
                targets=dict(ttft_ms=w["ttft_ms"], tpot_ms=w["tpot_ms"], percentile=90.0))


def paper_instance(model: str, workload: str, rate: float, name: str | None = None) -> dict:
    return dict(
        name=name or f"{model}_{workload}_{rate:g}rps",
        description=f"{model} serving the paper's {workload} workload at {rate:g} req/s on a 3x3 "
                    f"interposer of PC/DC 3D-DRAM chiplets (LaMoSys3.5D setup).",
        model=model,
        workload=workload_section(workload, rate),
        chiplets=["PC", "DC"],
        package=PACKAGE_3X3,
        objective=dict(kind="max_tokens_per_s_per_W", rate="arrival", power="activity"),
        solver=dict(time_limit_s=120.0, mip_gap=1e-4, threads=1, seed=0),
    )


def all_instances() -> dict[str, dict]:
    out = {"default": paper_instance("Llama3-70B", "Code", 2.0, name="default")}
    for m in PAPER_MODELS:
        for w in WORKLOADS:
            for r in PAPER_RATES_REQ_PER_S:
                inst = paper_instance(m, w, r)
                out[inst["name"]] = inst
    return out


def write_all(directory: Path) -> list[Path]:
    from lamoopt.report.files import write_json_atomic
    directory.mkdir(parents=True, exist_ok=True)
    return [write_json_atomic(directory / f"{n}.json", d) for n, d in all_instances().items()]


if __name__ == "__main__":
    for p in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "instances")):
        print(p)
