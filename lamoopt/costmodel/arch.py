"""Model architecture and its sizes (pure functions of the config, units in names).

Assumptions: dense decoder-only transformer; attention projections q, k, v, o without biases
(biases and norms are < 0.1% of parameters and ignored); gated FFNs have 3 matrices (SwiGLU),
classic MLPs 2; the LM head is a separate matrix unless tied to the embedding.
"""

from __future__ import annotations

from dataclasses import dataclass

_DTYPE_BYTES = {"float16": 2.0, "bfloat16": 2.0, "float32": 4.0, "float8": 1.0, "int8": 1.0}


@dataclass(frozen=True)
class ModelArch:
    """A dense decoder. All derived sizes are properties so they cannot drift from the config."""

    name: str
    hidden_size: int
    num_layers: int
    num_heads: int
    num_kv_heads: int
    head_dim: int
    intermediate_size: int
    vocab_size: int
    gated_ffn: bool = True
    tie_word_embeddings: bool = False
    weight_bytes: float = 2.0
    kv_bytes: float = 2.0
    activation_bytes: float = 2.0

    # ----------------------------------------------------------------- parameters
    @property
    def attention_params_per_layer(self) -> int:
        """h*(n_h*d) + 2*h*(n_kv*d) + (n_h*d)*h."""
        h, d = self.hidden_size, self.head_dim
        return 2 * h * self.num_heads * d + 2 * h * self.num_kv_heads * d

    @property
    def ffn_params_per_layer(self) -> int:
        """3*h*f for gated FFNs, 2*h*f otherwise."""
        return (3 if self.gated_ffn else 2) * self.hidden_size * self.intermediate_size

    @property
    def params_per_layer(self) -> int:
        return self.attention_params_per_layer + self.ffn_params_per_layer

    @property
    def embedding_params(self) -> int:
        """Input embedding (vocab x h)."""
        return self.vocab_size * self.hidden_size

    @property
    def lm_head_params(self) -> int:
        """Output projection (vocab x h); 0 extra storage when tied (counted once)."""
        return 0 if self.tie_word_embeddings else self.vocab_size * self.hidden_size

    @property
    def total_params(self) -> int:
        return self.num_layers * self.params_per_layer + self.embedding_params + self.lm_head_params

    # ----------------------------------------------------------------- bytes
    @property
    def weight_bytes_per_layer(self) -> float:
        return self.params_per_layer * self.weight_bytes

    @property
    def embedding_bytes(self) -> float:
        return self.embedding_params * self.weight_bytes

    @property
    def lm_head_bytes(self) -> float:
        """Bytes of the LM head as stored on the last stage (a tied head is a copy there)."""
        return self.vocab_size * self.hidden_size * self.weight_bytes

    @property
    def total_weight_bytes(self) -> float:
        return self.total_params * self.weight_bytes

    @property
    def kv_bytes_per_token_per_layer(self) -> float:
        """2 (K and V) * n_kv * d * k bytes."""
        return 2.0 * self.num_kv_heads * self.head_dim * self.kv_bytes

    @property
    def kv_bytes_per_token(self) -> float:
        """KV cache of one token over all layers (Llama3-70B FP16: 327,680 bytes)."""
        return self.kv_bytes_per_token_per_layer * self.num_layers


def arch_from_config(name: str, cfg: dict, weight_bytes: float | None = None,
                     kv_bytes: float | None = None, activation_bytes: float = 2.0) -> ModelArch:
    """Build a ModelArch from Hugging Face config.json keys (a dict)."""
    heads = int(cfg["num_attention_heads"])
    kv_heads = int(cfg.get("num_key_value_heads") or heads)
    head_dim = int(cfg.get("head_dim") or cfg["hidden_size"] // heads)
    wb = weight_bytes if weight_bytes is not None else _DTYPE_BYTES[cfg.get("torch_dtype") or "float16"]
    return ModelArch(
        name=name, hidden_size=int(cfg["hidden_size"]), num_layers=int(cfg["num_hidden_layers"]),
        num_heads=heads, num_kv_heads=kv_heads, head_dim=head_dim,
        intermediate_size=int(cfg["intermediate_size"]), vocab_size=int(cfg["vocab_size"]),
        gated_ffn=bool(cfg.get("gated_ffn", True)),
        tie_word_embeddings=bool(cfg.get("tie_word_embeddings", False)),
        weight_bytes=float(wb), kv_bytes=float(kv_bytes if kv_bytes is not None else wb),
        activation_bytes=float(activation_bytes))
