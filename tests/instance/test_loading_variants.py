"""Loading variants: the model via catalog / inline config / config_path, the lengths via mean
pair / histogram / Azure-format trace CSV, and the arrival-rate list."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from lamoopt.catalog import MODELS
from lamoopt.costmodel.arch import arch_from_config
from lamoopt.instance import InputError, load_and_check, load_instance

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"
HF_CONFIG = FIXTURES / "hf_llama3_8b" / "config.json"
TRACE = FIXTURES / "azure_code_trace_small.csv"


# ----------------------------------------------------------------------------- model
def test_model_from_catalog_string(default_data, write):
    a = load_and_check(write(default_data)).arch
    assert (a.name, a.hidden_size, a.num_layers, a.num_heads, a.num_kv_heads, a.head_dim) == \
        ("Llama3-70B", 8192, 80, 64, 8, 128)
    assert (a.intermediate_size, a.vocab_size, a.weight_bytes, a.kv_bytes) == (28672, 128256, 2.0, 2.0)


def test_model_from_catalog_object_with_name_and_precisions(default_data, write):
    default_data["model"] = {"catalog": "Llama3-70B", "name": "llama-fp8", "weight_bytes": 1,
                             "kv_bytes": 2}
    a = load_and_check(write(default_data)).arch
    assert a.name == "llama-fp8" and a.weight_bytes == 1.0 and a.kv_bytes == 2.0
    # 70,552,387,584 parameters at one byte each
    assert a.total_weight_bytes == 70_552_387_584


def test_model_inline_config_and_its_defaults(small_data, write):
    cfg = small_data["model"]["config"]
    del cfg["num_key_value_heads"]
    small_data["model"].pop("name")
    a = load_and_check(write(small_data)).arch
    assert a.name == "inline-model"
    assert a.num_kv_heads == 8            # defaults to num_attention_heads (MHA)
    assert a.head_dim == 512 // 8         # defaults to hidden_size / heads
    assert a.gated_ffn is True and a.tie_word_embeddings is False
    # 4 x (2*512*8*64 + 2*512*8*64 + 3*512*1024) + 2*1000*512
    assert a.total_params == 4 * (524_288 + 524_288 + 1_572_864) + 1_024_000


def test_model_inline_config_gives_the_same_arch_as_the_catalog(default_data, write):
    default_data["model"] = {"name": "Llama3-70B", "config": MODELS["Llama3-70B"]}
    assert load_and_check(write(default_data)).arch == arch_from_config("Llama3-70B", MODELS["Llama3-70B"])


def _place_config(tmp_path: Path) -> Path:
    dest = tmp_path / "models" / "llama3-8b" / "config.json"
    dest.parent.mkdir(parents=True)
    shutil.copy(HF_CONFIG, dest)
    return dest


def test_model_from_config_path_relative_to_the_instance_file(default_data, tmp_path, write, monkeypatch):
    _place_config(tmp_path)
    default_data["model"] = {"config_path": "../models/llama3-8b/config.json"}
    inst = write(default_data, "instances/x.json")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # relative to the instance file, not the working directory
    a = load_and_check(inst).arch
    assert a.name == "llama3-8b"  # the config's directory
    assert a == arch_from_config("llama3-8b", MODELS["Llama-3-8B"])
    assert a.total_params / 1e9 == pytest.approx(8.03, rel=0.01)
    assert a.weight_bytes == 2.0  # torch_dtype bfloat16


def test_config_path_accepts_the_harmless_keys_of_a_real_config(default_data, tmp_path, write):
    raw = json.loads(HF_CONFIG.read_text())
    assert {"architectures", "rope_theta", "rope_scaling", "model_type"} <= set(raw)  # a real config
    _place_config(tmp_path)
    default_data["model"] = {"config_path": str(tmp_path / "models/llama3-8b/config.json"), "name": "L8"}
    a = load_and_check(write(default_data)).arch
    assert a.name == "L8" and a.num_kv_heads == 8 and a.vocab_size == 128256


def test_config_path_with_a_bad_value_names_the_file_and_field(default_data, tmp_path, write):
    raw = json.loads(HF_CONFIG.read_text())
    raw["num_attention_heads"] = 0
    (tmp_path / "config.json").write_text(json.dumps(raw))
    default_data["model"] = {"config_path": "config.json"}
    with pytest.raises(InputError) as ei:
        load_and_check(write(default_data))
    assert ei.value.problems[0][:2] == ("model.config_path(config.json).num_attention_heads", 0)


def test_config_path_missing_file_names_the_field(default_data, write):
    default_data["model"] = {"config_path": "nope/config.json"}
    with pytest.raises(InputError) as ei:
        load_and_check(write(default_data))
    path, value, _ = ei.value.problems[0]
    assert path == "model.config_path" and str(value).endswith("nope/config.json")


def test_config_path_malformed_json_names_the_field(default_data, tmp_path, write):
    (tmp_path / "config.json").write_text('{"hidden_size": 4096,,}')
    default_data["model"] = {"config_path": "config.json"}
    with pytest.raises(InputError) as ei:
        load_and_check(write(default_data))
    assert ei.value.problems[0][0].startswith("model.config_path(config.json) line 1 column")


# ----------------------------------------------------------------------------- lengths
def test_lengths_mean_pair(default_data, write):
    lg = load_and_check(write(default_data)).lengths
    assert lg.mean_input_tokens == 2071 and lg.mean_output_tokens == 25
    assert lg.probability.tolist() == [1.0] and lg.arrival_times_s is None


def test_lengths_histogram_is_normalised(small_data, write):
    lg = load_and_check(write(small_data)).lengths  # weights 1 and 3
    assert lg.probability.tolist() == [0.25, 0.75]
    assert lg.mean_input_tokens == pytest.approx(0.25 * 100 + 0.75 * 400)    # 325
    assert lg.mean_output_tokens == pytest.approx(0.25 * 10 + 0.75 * 50)     # 40
    assert lg.input_percentile(20) == 100 and lg.input_percentile(90) == 400
    assert lg.arrival_times_s is None


def test_lengths_from_azure_trace_csv(default_data, tmp_path, write):
    shutil.copy(TRACE, tmp_path / "trace.csv")
    default_data["workload"]["lengths"] = {"trace_csv": "trace.csv"}
    default_data["workload"]["targets"]["ttft_ms"] = 5000.0
    lg = load_and_check(write(default_data)).lengths
    t = lg.arrival_times_s
    # rows: 46.6805900 (374, 44), 50.9951690 (396, 109), 47.0 (879, 20), 51.25 (1000, 7),
    # 53.6805900 (51, 320) seconds past 18:15 -- the third row arrives second
    assert t[0] == 0.0 and np.all(np.diff(t) >= 0)
    assert t == pytest.approx([0.0, 0.31941, 4.314579, 4.56941, 7.0])
    # each request keeps its own lengths when sorted by arrival
    assert lg.input_tokens.tolist() == [374, 879, 396, 1000, 51]
    assert lg.output_tokens.tolist() == [44, 20, 109, 7, 320]
    assert lg.probability == pytest.approx([0.2] * 5)
    assert lg.mean_input_tokens == pytest.approx((374 + 396 + 879 + 1000 + 51) / 5)  # 540
    assert lg.mean_output_tokens == pytest.approx((44 + 109 + 20 + 7 + 320) / 5)     # 100


def test_trace_csv_path_is_relative_to_the_instance_file(default_data, tmp_path, write, monkeypatch):
    (tmp_path / "data").mkdir()
    shutil.copy(TRACE, tmp_path / "data" / "t.csv")
    default_data["workload"]["lengths"] = {"trace_csv": "../data/t.csv"}
    default_data["workload"]["targets"]["ttft_ms"] = 5000.0
    inst = write(default_data, "inst/x.json")
    monkeypatch.chdir(tmp_path / "data")
    assert len(load_instance(inst).lengths.input_tokens) == 5


def test_trace_csv_with_numeric_second_timestamps(default_data, tmp_path, write):
    (tmp_path / "t.csv").write_text("TIMESTAMP,ContextTokens,GeneratedTokens\n10.5,100,5\n12,300,7\n10,200,9\n")
    default_data["workload"]["lengths"] = {"trace_csv": "t.csv"}
    lg = load_instance(write(default_data)).lengths
    assert lg.arrival_times_s.tolist() == [0.0, 0.5, 2.0]  # seconds, not nanoseconds
    assert lg.input_tokens.tolist() == [200, 100, 300]
    assert lg.mean_output_tokens == pytest.approx(7.0)


# ----------------------------------------------------------------------------- rates
def test_rate_list_uses_the_highest_rate(small_data, write):
    p = load_and_check(write(small_data))
    assert p.instance.workload.arrival_rate_req_per_s == [0.5, 1.0] and p.rate_req_per_s == 1.0
