"""`lamoopt chiplets balance`: the proven optimal types to make from a template, per instance."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from lamoopt.chipdesign.balance import balance_record
from lamoopt.cli import main
from tests.small import small
from tests.solve.test_milp import TINY

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "instances" / "templates" / "lamosys_dram_on_logic.json"
RANGES = {"dram_layers": [4, 8], "clock_GHz": [0.8, 1.0]}


@pytest.fixture
def tiny_file(tmp_path):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(small(**TINY)))
    return path


def test_more_types_never_do_worse_and_the_limit_holds(tiny_file):
    one = balance_record(str(tiny_file), str(TEMPLATE), RANGES, 1, False)
    two = balance_record(str(tiny_file), str(TEMPLATE), RANGES, 2, False)
    assert one["status"] == two["status"] == "optimal"
    assert one["candidate_types"] == two["candidate_types"] == 4
    # a one-type design is a two-type-limit design: the optimum (maximised) cannot drop
    assert two["objective"] >= one["objective"] * (1 - 1e-9)
    assert one["prefill_types"] == one["decode_types"]              # one type for both roles
    assert len(set(two["prefill_types"].split("+")) | set(two["decode_types"].split("+"))) <= 2
    for rec in (one, two):
        for role in ("prefill", "decode"):
            tflops, gbps = float(rec[f"{role}_TFLOPS"].split("+")[0]), float(rec[f"{role}_bandwidth_GBps"].split("+")[0])
            assert rec[f"{role}_flop_per_byte"] == pytest.approx(tflops * 1e12 / (gbps * 1e9), rel=1e-3)


def test_the_command_writes_its_table_and_rejects_bad_ranges(tiny_file, tmp_path, capsys):
    out = tmp_path / "bal"
    assert main(["chiplets", "balance", str(TEMPLATE), "--instances", str(tiny_file), "--ranges",
                 json.dumps(RANGES), "-o", str(out)]) == 0
    table = pd.read_csv(out / "balance.csv")
    assert list(table.instance) == ["small"] and table.status[0] == "optimal"
    assert (out / "balance.png").stat().st_size > 0 and "FLOP/byte" in (out / "balance.md").read_text()
    bad = tmp_path / "bad"
    assert main(["chiplets", "balance", str(TEMPLATE), "--instances", str(tiny_file), "--ranges",
                 '{"dram_layers": [99]}', "-o", str(bad)]) == 2
    assert "dram_layers" in capsys.readouterr().err and not bad.exists()
