"""Activity-based dynamic power of a simulated design, and static power at temperature.

Dynamic power of a chiplet = energy of its activity counters over the simulation / makespan:
- logic: FLOPs x compute_pJ_per_FLOP (SRAM accesses are inside this figure: the catalog derives
  pJ/FLOP from the logic die's share of peak power, which includes its SRAM), plus its D2D
  byte-hops x (chiplet d2d_pJ_per_bit + package link_energy_pJ_per_bit) x 8 (the PHYs and
  routers sit on the logic die; see network.py for which chiplet a hop is charged to);
- DRAM: DRAM bytes x dram_pJ_per_bit x 8.
Summed over the run and divided by n / offered rate (ServingResult.offered_duration_s), this is
energy per request x arrival rate: the steady-state mean dynamic power the thermal solve needs
(dividing by the makespan instead would count the empty start and the drain after the last
arrival as idle time and read low). Static and temperature-dependent power is added by the evaluator's thermal
fixed point through `static_power_at`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from lamoopt.costmodel import energy as en
from lamoopt.costmodel.temperature import refresh_multiplier, static_power_W
from lamoopt.evaluate import network as net


@dataclass(frozen=True)
class PowerReport:
    """Mean dynamic power per chiplet, per site and per instance, and the design's peak power."""

    site_dynamic_W: dict
    """{(row, col): (logic_W, dram_W)} for chiplets on the interposer."""
    instance_dynamic_W: dict
    """{instance id: (logic_W, dram_W)} summed over the instance's chiplets (every instance;
    the only place off-interposer devices appear)."""
    total_dynamic_W: float
    """Sum of all chiplets' dynamic power."""
    design_peak_power_W: float
    """Sum of peak_W over every chiplet the design uses (budget-style accounting)."""
    energy_J: dict
    """Total dynamic energy by kind: compute, dram, d2d, total."""
    duration_s: float
    """The time the powers are averaged over (ServingResult.offered_duration_s)."""
    table: pd.DataFrame
    """One row per chiplet: node, instance, stage, chiplet, activity, energies and powers."""

    def dynamic_by_chiplet_W(self) -> dict[str, dict[str, float]]:
        """{chiplet type: {compute_W, dram_W, d2d_W}}: the mean dynamic power of every chiplet
        of that type by kind (its energy over `duration_s`; sums to `total_dynamic_W`)."""
        inv = 1.0 / self.duration_s if self.duration_s > 0 else 0.0
        sums = self.table.groupby("chiplet")[["compute_J", "dram_J", "d2d_J"]].sum()
        return {str(chip): {f"{k}_W": float(row[f"{k}_J"]) * inv for k in ("compute", "dram", "d2d")}
                for chip, row in sums.iterrows()}


def design_peak_power_W(problem, design) -> float:
    """Sum of the published peak power of every chiplet in the design."""
    return float(sum(net.chiplet_by_name(problem, i.chiplet).power.peak_W * i.tp * i.pp
                     for i in design.instances))


def activity_power(problem, design, result, timers) -> PowerReport:
    """Dynamic power from the simulation's activity counters (see the module docstring).

    `timers` is the dict given to `simulate`; the result carries the same timers and their
    node lists, which are what the attribution uses (the argument is checked against them).
    """
    if set(timers) != set(result.timers):
        raise ValueError("timers do not match the simulated design's instances")
    df = result.node_activity()
    chips = {i.chiplet: net.chiplet_by_name(problem, i.chiplet) for i in design.instances}
    node_pj = net.node_d2d_pJ_per_bit(problem, design)
    if df.empty:
        df = pd.DataFrame(columns=["node", "instance", "stage", "chiplet", "flops", "dram_bytes",
                                   "d2d_byte_hops"])
    pj_flop = np.array([chips[c].power.compute_pJ_per_FLOP for c in df.chiplet], float)
    pj_dram = np.array([chips[c].power.dram_pJ_per_bit for c in df.chiplet], float)
    pj_d2d = np.array([node_pj[n] for n in df.node], float)
    df["compute_J"] = en.compute_energy_J(df.flops.to_numpy(float), pj_flop)
    df["dram_J"] = en.dram_energy_J(df.dram_bytes.to_numpy(float), pj_dram)
    df["d2d_J"] = en.d2d_energy_J(df.d2d_byte_hops.to_numpy(float), pj_d2d)
    span = result.offered_duration_s
    inv = 1.0 / span if span > 0 else 0.0  # no requests: no activity, zero dynamic power
    df["logic_W"] = (df.compute_J + df.d2d_J) * inv
    df["dram_W"] = df.dram_J * inv
    sites = {n: (float(lw), float(dw)) for n, lw, dw in zip(df.node, df.logic_W, df.dram_W) if net.is_site(n)}
    per_inst = df.groupby("instance")[["logic_W", "dram_W"]].sum()
    instances = {i: (float(r.logic_W), float(r.dram_W)) for i, r in per_inst.iterrows()}
    energy = {k: float(df[f"{k}_J"].sum()) for k in ("compute", "dram", "d2d")}
    energy["total"] = sum(energy.values())
    return PowerReport(site_dynamic_W=sites, instance_dynamic_W=instances,
                       total_dynamic_W=float((df.logic_W + df.dram_W).sum()),
                       design_peak_power_W=design_peak_power_W(problem, design), energy_J=energy,
                       duration_s=span, table=df)


def static_power_at(chiplet, T_logic_C: float, T_dram_C: float) -> tuple[float, float]:
    """(logic_W, dram_W) static power of one chiplet at the given temperatures.

    Built on lamoopt.costmodel.temperature.static_power_W: the DRAM part is the refresh power
    (doubling every +10 K above the refresh threshold); the rest of static power (the
    temperature-dependent leakage and the fixed part: clock tree, background) is put on the
    logic die.
    """
    pw, th = chiplet.power, chiplet.thermal
    total = float(static_power_W(T_logic_C, T_dram_C, pw.static_W, pw.static_reference_C,
                                 pw.leakage_fraction_of_static, pw.leakage_increase_per_40K,
                                 pw.dram_refresh_W, th.dram_refresh_threshold_C))
    dram = float(pw.dram_refresh_W * refresh_multiplier(T_dram_C, th.dram_refresh_threshold_C))
    return total - dram, dram
