"""A rate sweep judged at the arrival rate is a capacity-planning curve: every point's design
serves exactly that rate, its efficiency is measured at that load, and the CSV and PNG show the
design and where it changes."""

from __future__ import annotations

import pandas as pd

from lamoopt.whatif.changes import Sweep
from lamoopt.whatif.sweep import run_sweep, write_sweep
from tests.whatif.conftest import opts_of, tiny

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
RATES = (2.0, 10.0, 20.0, 30.0)


def test_rate_sweep_serves_each_rate_and_marks_the_design_changes(tmp_path):
    base = tiny()
    sweeps = [Sweep("workload.arrival_rate_req_per_s", RATES)]
    results = run_sweep(base, opts_of(base), sweeps, progress=False)
    assert [r.status for r in results] == ["optimal"] * len(RATES)
    written = write_sweep(tmp_path, results, sweeps, "max_tokens_per_s_per_W", "tiny")
    df = pd.read_csv(tmp_path / "sweep.csv")
    assert written[1].read_bytes().startswith(PNG_MAGIC)
    # judged at the arrival rate: the design serves exactly lambda, not its capacity
    assert list(df["throughput_req_per_s"]) == list(RATES)
    assert (df["tokens_per_s_per_W"] == df["objective"]).all()
    counts = df[[c for c in df.columns if c.startswith("chiplets_")]].fillna(0)
    assert counts.sum(axis=1).iloc[-1] > counts.sum(axis=1).iloc[0]   # 30 req/s needs more chiplets than 2
    for k in range(1, len(df)):
        if not counts.iloc[k].equals(counts.iloc[k - 1]):
            assert df["design_changed"].iloc[k], k
    assert df["design_changed"].any()
    # both power accountings are in the table
    assert (df["design_peak_power_W"] >= df["power_W"]).all()
