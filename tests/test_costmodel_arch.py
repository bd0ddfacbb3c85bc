"""Architecture sizes against published numbers."""

import pytest

from lamoopt.catalog import MODELS, PUBLISHED_PARAMS_B
from lamoopt.costmodel import operators as ops
from lamoopt.costmodel.arch import arch_from_config


@pytest.mark.parametrize("name", sorted(MODELS))
def test_parameter_count_within_1_percent_of_published(name):
    a = arch_from_config(name, MODELS[name])
    assert a.total_params / 1e9 == pytest.approx(PUBLISHED_PARAMS_B[name], rel=0.01)


def test_llama3_70b_and_qwq_sizes():
    assert arch_from_config("x", MODELS["Llama3-70B"]).total_params / 1e9 == pytest.approx(70.6, rel=0.01)
    assert arch_from_config("x", MODELS["QwQ-32B"]).total_params / 1e9 == pytest.approx(32.8, rel=0.01)


def test_llama3_70b_fp16_kv_cache_per_token():
    a = arch_from_config("x", MODELS["Llama3-70B"], weight_bytes=2, kv_bytes=2)
    assert a.kv_bytes_per_token == 327_680


@pytest.mark.parametrize("name", sorted(MODELS))
def test_linear_flops_per_token_are_twice_the_active_layer_parameters(name):
    a = arch_from_config(name, MODELS[name])
    # one token, no context: only the linear layers remain (attention over 1 position removed)
    one = ops.prefill_flops_per_layer(a, 1) - ops.attention_flops_per_layer(a, 1)
    assert one == pytest.approx(2 * a.active_params_per_layer)  # every layer of one kind here
    assert a.num_layers * one + ops.lm_head_flops(a, 1) == pytest.approx(
        2 * (a.num_layers * a.active_params_per_layer + a.vocab_size * a.hidden_size))
    if not a.is_moe:
        assert a.active_params == a.total_params and a.active_params_per_layer == a.params_per_layer
