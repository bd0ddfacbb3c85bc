"""config.json keys are never silently ignored; MoE configs load with their experts; weight and
KV formats by name; a chiplet's FP8 rate is what an FP8 model computes at."""

import json
import shutil

import pytest

from lamoopt.catalog import CHIPLETS
from lamoopt.formulation.configs import effective_chip
from lamoopt.instance import InputError
from lamoopt.instance.load import parse_instance, resolve
from tests.instance.conftest import FIXTURES

# mistralai/Mixtral-8x7B-v0.1 config.json as published on the Hugging Face hub.
MIXTRAL_CONFIG = {
    "architectures": ["MixtralForCausalLM"], "attention_dropout": 0.0, "bos_token_id": 1,
    "eos_token_id": 2, "hidden_act": "silu", "hidden_size": 4096, "initializer_range": 0.02,
    "intermediate_size": 14336, "max_position_embeddings": 32768, "model_type": "mixtral",
    "num_attention_heads": 32, "num_experts_per_tok": 2, "num_hidden_layers": 32,
    "num_key_value_heads": 8, "num_local_experts": 8, "output_router_logits": False,
    "rms_norm_eps": 1e-05, "rope_theta": 1000000.0, "router_aux_loss_coef": 0.02,
    "sliding_window": None, "tie_word_embeddings": False, "torch_dtype": "bfloat16",
    "transformers_version": "4.36.0.dev0", "use_cache": True, "vocab_size": 32000}


def _load(data, tmp_path, config=None):
    if config is not None:
        (tmp_path / "config.json").write_text(json.dumps(config))
        data["model"] = {"config_path": "config.json"}
    return resolve(parse_instance(data), base_dir=tmp_path)


def test_mixtral_config_json_loads_as_46_7b_moe(default_data, tmp_path):
    a = _load(default_data, tmp_path, MIXTRAL_CONFIG).arch
    assert (a.num_experts, a.experts_per_token, a.num_moe_layers) == (8, 2, 32)
    assert a.total_params / 1e9 == pytest.approx(46.7, rel=0.005)
    assert a.active_params / 1e9 == pytest.approx(12.9, rel=0.005)


def test_the_llama_fixture_has_no_rejected_key(default_data, tmp_path):
    shutil.copy(FIXTURES / "hf_llama3_8b" / "config.json", tmp_path / "config.json")
    default_data["model"] = {"config_path": "config.json"}
    assert not _load(default_data, tmp_path).arch.is_moe


@pytest.mark.parametrize("key, value, says", [
    ("kv_lora_rank", 512, "latent attention"),
    ("sliding_window", 4096, "sliding-window"),
    ("quantization_config", {"quant_method": "fp8"}, "weight_dtype"),
    ("num_shared_expert_layers", 2, "does not model"),   # an unknown expert-like key
    ("attn_logit_softcapping", 50.0, "does not model"),  # an unknown key of any name
])
def test_unmodelled_architecture_key_is_rejected_by_name(default_data, tmp_path, key, value, says):
    with pytest.raises(InputError) as ei:
        _load(default_data, tmp_path, {**MIXTRAL_CONFIG, key: value})
    (path, got, why), = ei.value.problems
    assert path == f"model.config_path(config.json).{key}" and got == value and says in why
    assert key in str(ei.value)


@pytest.mark.parametrize("extra", [
    {"kv_lora_rank": None},                                         # switched off
    {"num_nextn_predict_layers": 0},
    {"use_sliding_window": False, "sliding_window": 4096, "max_window_layers": 28},  # Qwen style
    {"pad_token_id": 0, "hidden_dropout": 0.1, "norm_topk_prob": True},
])
def test_switched_off_and_harmless_keys_are_accepted(default_data, tmp_path, extra):
    assert _load(default_data, tmp_path, {**MIXTRAL_CONFIG, **extra}).arch.num_experts == 8


def test_unknown_model_type_is_rejected(default_data, tmp_path):
    with pytest.raises(InputError, match="model_type = 'gemma2'"):
        _load(default_data, tmp_path, {**MIXTRAL_CONFIG, "model_type": "gemma2"})


def test_newer_dtype_key_sets_the_weight_bytes(default_data, tmp_path):
    cfg = {k: v for k, v in MIXTRAL_CONFIG.items() if k != "torch_dtype"} | {"dtype": "float32"}
    assert _load(default_data, tmp_path, cfg).arch.weight_bytes == 4.0


def test_inline_expert_keys_are_checked(default_data, tmp_path):
    cfg = {k: v for k, v in MIXTRAL_CONFIG.items()
           if k in ("hidden_size", "num_hidden_layers", "num_attention_heads", "num_key_value_heads",
                    "intermediate_size", "vocab_size", "num_local_experts", "num_experts_per_tok")}
    default_data["model"] = {"config": cfg}
    assert _load(default_data, tmp_path).arch.total_params == 46_702_526_464
    default_data["model"] = {"config": {**cfg, "num_experts_per_tok": 9}}
    with pytest.raises(InputError, match="num_experts_per_tok = 9 exceeds num_local_experts = 8"):
        _load(default_data, tmp_path)
    default_data["model"] = {"config": {**cfg, "num_experts": 8}}
    with pytest.raises(InputError, match="routed experts once"):
        _load(default_data, tmp_path)


# ----------------------------------------------------------------------------- precision
FP8_PC = {**CHIPLETS["PC"], "name": "PC8", "precisions": {
    "fp8": {"compute_TFLOPS": 800.0, "compute_pJ_per_FLOP": 0.45},
    "int8": {"compute_TFLOPS": 700.0, "compute_pJ_per_FLOP": 0.5}}}


@pytest.mark.parametrize("model, tflops, pj, wbytes, kvbytes", [
    ({"weight_dtype": "fp8"}, 800.0, 0.45, 1.0, 1.0),                    # W8A8 FP8 rate
    ({"weight_dtype": "fp8", "kv_dtype": "fp16"}, 800.0, 0.45, 1.0, 2.0),
    ({"weight_dtype": "int8", "kv_dtype": "int8"}, 700.0, 0.5, 1.0, 1.0),  # W8A8 INT8 rate
    ({"weight_dtype": "int4", "kv_dtype": "fp8"}, 400.0, 0.8, 0.5, 1.0),   # weight-only: FP16 rate
    ({"weight_bytes": 1}, 400.0, 0.8, 1.0, 1.0),                          # bytes only: FP16 rate
    ({"weight_dtype": "bf16"}, 400.0, 0.8, 2.0, 2.0),
])
def test_the_matmul_precision_picks_the_chiplet_rate(default_data, tmp_path, model, tflops, pj, wbytes, kvbytes):
    default_data["model"] = {"catalog": "Mixtral-8x7B", **model}
    default_data["chiplets"] = [FP8_PC, "DC"]
    p = _load(default_data, tmp_path)
    assert (p.arch.weight_bytes, p.arch.kv_bytes) == (wbytes, kvbytes)
    pc = p.chiplets[0]
    assert (pc.compute_TFLOPS, pc.power.compute_pJ_per_FLOP) == (tflops, pj)
    # the MILP's tables read the same rate
    assert effective_chip(pc, 0, 45.0).compute_FLOPS == tflops * 1e12 * pc.compute_efficiency
    assert p.chiplets[1].compute_TFLOPS == 400.0  # DC lists no FP8 rate: FP16


def test_fp16_models_see_their_chiplets_unchanged(default_data, tmp_path):
    default_data["chiplets"] = [FP8_PC, "DC"]
    p = _load(default_data, tmp_path)
    assert p.chiplets[0].compute_TFLOPS == 400.0 and p.chiplets[0].precisions.fp8.compute_TFLOPS == 800.0


def test_dtype_and_bytes_must_agree(default_data, tmp_path):
    default_data["model"] = {"catalog": "Mixtral-8x7B", "weight_dtype": "fp8", "weight_bytes": 2}
    with pytest.raises(InputError, match="contradicts weight_dtype 'fp8'"):
        _load(default_data, tmp_path)
    default_data["model"] = {"catalog": "Mixtral-8x7B", "weight_dtype": "fp8", "weight_bytes": 1}
    assert _load(default_data, tmp_path).arch.weight_bytes == 1.0


def test_fp8_model_is_timed_at_the_fp8_rate(default_data, tmp_path):
    """The evaluator's compute-bound expert GEMMs of a long prefill on the FP8 chiplet take half
    their BF16 time (800 against 400 TFLOPS)."""
    from lamoopt.design import Design
    from lamoopt.evaluate.timing import InstanceTimer
    default_data["chiplets"] = [FP8_PC, "DC"]
    design = Design.model_validate(dict(grid_rows=3, grid_cols=3, instances=[
        dict(id="p", role="prefill", chiplet="PC8", tp=4, pp=1, batch=1, rate_req_per_s=0.0,
             layers_per_stage=[32], sites=[[0, 0], [0, 1], [1, 1], [1, 0]]),
        dict(id="d", role="decode", chiplet="DC", tp=2, pp=1, batch=1, rate_req_per_s=0.0,
             layers_per_stage=[32], sites=[[2, 0], [2, 1]])]))
    times = {}
    for dtype in ("fp8", "bf16"):
        default_data["model"] = {"catalog": "Mixtral-8x7B", "weight_dtype": dtype}
        timer = InstanceTimer(_load(default_data, tmp_path), design, design.instances[0])
        assert timer.peak_FLOPS == (800e12 if dtype == "fp8" else 400e12)
        t = timer.operator_table("prefill", [4096])
        times[dtype] = float((t.executions * t.time_s)[t.name == "expert_up_gate"].sum())
    assert times["fp8"] == pytest.approx(times["bf16"] / 2, rel=1e-9)


# Qwen/Qwen3-30B-A3B config.json as published on the Hugging Face hub.
QWEN3_MOE_CONFIG = {
    "architectures": ["Qwen3MoeForCausalLM"], "attention_bias": False, "attention_dropout": 0.0,
    "bos_token_id": 151643, "decoder_sparse_step": 1, "eos_token_id": 151645, "head_dim": 128,
    "hidden_act": "silu", "hidden_size": 2048, "initializer_range": 0.02, "intermediate_size": 6144,
    "max_position_embeddings": 40960, "max_window_layers": 48, "mlp_only_layers": [],
    "model_type": "qwen3_moe", "moe_intermediate_size": 768, "norm_topk_prob": True,
    "num_attention_heads": 32, "num_experts": 128, "num_experts_per_tok": 8, "num_hidden_layers": 48,
    "num_key_value_heads": 4, "output_router_logits": False, "rms_norm_eps": 1e-06,
    "rope_scaling": None, "rope_theta": 1000000.0, "router_aux_loss_coef": 0.001,
    "sliding_window": None, "tie_word_embeddings": False, "torch_dtype": "bfloat16",
    "transformers_version": "4.51.0", "use_cache": True, "use_sliding_window": False,
    "vocab_size": 151936}


def test_qwen3_moe_config_json_is_the_catalog_model(default_data, tmp_path):
    from lamoopt.catalog import MODELS
    from lamoopt.costmodel.arch import arch_from_config
    a = _load(default_data, tmp_path, QWEN3_MOE_CONFIG).arch
    assert a == arch_from_config(a.name, MODELS["Qwen3-30B-A3B"])
    assert (a.num_experts, a.experts_per_token, a.expert_intermediate_size, a.num_moe_layers) == (128, 8, 768, 48)
