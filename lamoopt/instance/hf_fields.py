"""Which keys of a Hugging Face config.json lamoopt accepts: no architecture field is ignored.

A key of a config.json given by `model.config_path` is
1. recognised: a field of `HFConfig` (schema.py); it is modelled;
2. harmless: listed in HARMLESS_KEYS (each with the reason it changes no size, FLOP or byte the
   cost model counts) or matching HARMLESS_PATTERNS (token ids, dropout rates);
3. off: any other key whose value is null, false, 0, "" or empty (a feature that is switched
   off, e.g. `sliding_window: null`, `rope_scaling: null`, `num_nextn_predict_layers: 0`);
4. otherwise rejected, with its name: lamoopt does not model it and it may change the
   architecture (e.g. MLA's `kv_lora_rank`, `sliding_window: 4096`, a `quantization_config`).
   REJECT_HINTS says what to do for the common ones.
Two keys are harmless only in context: `sliding_window` and `max_window_layers` when
`use_sliding_window` is false (Qwen2/Qwen3 ship a window they do not use). `model_type`, when
given, must be one of KNOWN_MODEL_TYPES: families whose every architecture-changing key is
recognised or rejected here. An unlisted model can still be given inline (`model.config`) in
HFConfig's terms, which states the architecture explicitly.
"""

from __future__ import annotations

import re

# Families whose config keys this module classifies completely (DeepSeek-V2's MLA keys are
# rejected below, so only its expert keys are usable).
KNOWN_MODEL_TYPES = ("llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe", "deepseek_v2")

# Alias keys: newer transformers write `dtype` where older ones wrote `torch_dtype`.
ALIASES = {"dtype": "torch_dtype"}

HARMLESS_KEYS: dict[str, str] = {
    "architectures": "class names; model_type is checked instead",
    "model_type": "checked against KNOWN_MODEL_TYPES",
    "transformers_version": "library version",
    "_name_or_path": "where the file came from",
    "use_cache": "inference flag (lamoopt always keeps a KV cache)",
    "initializer_range": "training initialisation",
    "hidden_act": "element-wise activation (FLOPs neglected; gated_ffn sets the FFN's matrices)",
    "rms_norm_eps": "norm epsilon (norms neglected)",
    "layer_norm_eps": "norm epsilon (norms neglected)",
    "rope_theta": "rotary base: element-wise, changes no size",
    "rope_scaling": "rotary scaling: element-wise, changes no size",
    "partial_rotary_factor": "rotary share of the head: element-wise, changes no size",
    "max_position_embeddings": "longest supported context (no weights: rotary positions)",
    "attention_bias": "q/k/v/o biases (< 0.1 % of parameters, neglected)",
    "mlp_bias": "FFN biases (< 0.1 % of parameters, neglected)",
    "pretraining_tp": "tensor-parallel slicing used in training; same mathematics",
    "use_sliding_window": "read with sliding_window",
    "output_router_logits": "training output",
    "router_aux_loss_coef": "training loss weight",
    "aux_loss_alpha": "training loss weight (DeepSeek)",
    "seq_aux": "training loss variant (DeepSeek)",
    "router_jitter_noise": "training noise on router logits",
    "norm_topk_prob": "renormalises the top-k weights: same experts, same FLOPs",
    "scoring_func": "router score function: which experts, not how many",
    "topk_method": "router selection rule: which experts, not how many (see costmodel.moe)",
    "n_group": "device-limited routing groups: which experts, not how many",
    "topk_group": "device-limited routing groups: which experts, not how many",
    "routed_scaling_factor": "scales routed outputs: element-wise",
    "ep_size": "expert-parallel degree used in training, not a model property",
}
HARMLESS_PATTERNS = (re.compile(r".*_token_ids?$"), re.compile(r".*dropout.*"))

REJECT_HINTS: dict[str, str] = {
    "kv_lora_rank": "multi-head latent attention (MLA, DeepSeek) is not modelled",
    "q_lora_rank": "multi-head latent attention (MLA, DeepSeek) is not modelled",
    "qk_rope_head_dim": "multi-head latent attention (MLA, DeepSeek) is not modelled",
    "sliding_window": ("sliding-window attention is not modelled; set it to null if every context is "
                       "shorter than the window"),
    "quantization_config": "give the format as model.weight_dtype (fp8, int8, int4) instead",
    "num_nextn_predict_layers": "multi-token-prediction layers are not modelled",
}
REJECT_DEFAULT = ("an architecture field lamoopt does not model (or does not know to be harmless); "
                  "remove it if it changes nothing, or give the model inline as model.config")


def _is_off(value: object) -> bool:
    return value is None or value is False or value == 0 or value in ("", [], {})


def _harmless(key: str, raw: dict) -> bool:
    if key in HARMLESS_KEYS or any(p.fullmatch(key) for p in HARMLESS_PATTERNS):
        return True
    return key in ("sliding_window", "max_window_layers") and raw.get("use_sliding_window") is False


def unmodelled_keys(raw: dict, recognised: set[str]) -> list[tuple[str, object, str]]:
    """(key, value, why) for every key of `raw` that is rejected (module docstring)."""
    out = []
    model_type = raw.get("model_type")
    if model_type is not None and model_type not in KNOWN_MODEL_TYPES:
        out.append(("model_type", model_type,
                    f"one of {list(KNOWN_MODEL_TYPES)}: other families may change the architecture "
                    f"in ways lamoopt does not check; give the model inline as model.config"))
    for key, value in raw.items():
        if key in recognised or key in ALIASES or _harmless(key, raw) or _is_off(value):
            continue
        out.append((key, value, f"not modelled: {REJECT_HINTS.get(key, REJECT_DEFAULT)}"))
    return out


def recognised_fields(raw: dict, recognised: set[str]) -> dict:
    """The recognised keys of `raw`, aliases mapped to their names (an alias never overrides)."""
    out = {k: v for k, v in raw.items() if k in recognised}
    for alias, name in ALIASES.items():
        if alias in raw and name not in out:
            out[name] = raw[alias]
    return out
