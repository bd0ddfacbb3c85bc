"""Model architecture and its sizes (pure functions of the config, units in names).

Assumptions: decoder-only transformer; attention projections q, k, v, o without biases
(biases and norms are < 0.1% of parameters and ignored); gated FFNs have 3 matrices (SwiGLU),
classic MLPs 2; the LM head is a separate matrix unless tied to the embedding.

Mixture of experts (MoE). A MoE layer replaces the FFN by E routed experts (FFNs of width f_e,
gated like the dense FFN), a router (an h x E matrix; its softmax and top-k are neglected) and
optionally n_s shared experts of width f_s that every token runs. Each token runs k routed
experts. Per MoE layer:
    stored FFN parameters = E * g*h*f_e + n_s * g*h*f_s + h*E      (g = 3 gated, 2 classic)
    active FFN parameters = k * g*h*f_e + n_s * g*h*f_s + h*E      (run by one token)
Models may interleave dense and MoE layers (`moe_layers` lists the MoE layers' indices): totals
count each kind; per-layer sizes used for one layer's memory are the larger kind's (an upper
bound of any stage's footprint), per-layer work is the mean layer's (exact over the model, see
costmodel.dataflow.layer_gemms). Mixtral-8x7B: 46.70B stored, 12.88B active parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

from lamoopt.costmodel.precision import BASE_PRECISION, DTYPE_BYTES, TORCH_DTYPE_FORMAT


@dataclass(frozen=True)
class ModelArch:
    """A decoder (dense or MoE). Derived sizes are properties so they cannot drift from the config."""

    name: str
    hidden_size: int
    num_layers: int
    num_heads: int
    num_kv_heads: int
    head_dim: int
    intermediate_size: int          # dense FFN width f (dense layers)
    vocab_size: int
    gated_ffn: bool = True
    tie_word_embeddings: bool = False
    weight_bytes: float = 2.0
    kv_bytes: float = 2.0
    activation_bytes: float = 2.0
    compute_precision: str = BASE_PRECISION  # the matmuls' precision (costmodel.precision)
    num_experts: int = 0                     # E routed experts per MoE layer (0: dense model)
    experts_per_token: int = 0               # k (top-k routing)
    expert_intermediate_size: int = 0        # f_e, width of one routed expert
    num_shared_experts: int = 0              # n_s experts every token runs
    shared_expert_intermediate_size: int = 0  # f_s, width of one shared expert
    moe_layers: tuple[int, ...] = ()         # indices of the MoE layers

    def __post_init__(self):
        if self.num_experts:
            if not (0 < self.experts_per_token <= self.num_experts and self.expert_intermediate_size > 0):
                raise ValueError(f"{self.name}: a MoE model needs 1 <= experts_per_token <= num_experts "
                                 f"and expert_intermediate_size > 0")
            if any(not 0 <= i < self.num_layers for i in self.moe_layers):
                raise ValueError(f"{self.name}: moe_layers must index layers 0..{self.num_layers - 1}")
        elif self.moe_layers or self.num_shared_experts:
            raise ValueError(f"{self.name}: moe_layers and shared experts need num_experts > 0")

    # ----------------------------------------------------------------- layer kinds
    @property
    def is_moe(self) -> bool:
        return self.num_moe_layers > 0

    @property
    def num_moe_layers(self) -> int:
        return len(self.moe_layers)

    @property
    def num_dense_layers(self) -> int:
        return self.num_layers - self.num_moe_layers

    @property
    def ffn_matrices(self) -> int:
        """Weight matrices of one FFN (or expert): 3 gated (SwiGLU), 2 classic."""
        return 3 if self.gated_ffn else 2

    # ----------------------------------------------------------------- parameters
    @property
    def attention_params_per_layer(self) -> int:
        """h*(n_h*d) + 2*h*(n_kv*d) + (n_h*d)*h."""
        h, d = self.hidden_size, self.head_dim
        return 2 * h * self.num_heads * d + 2 * h * self.num_kv_heads * d

    @property
    def dense_ffn_params(self) -> int:
        """FFN of a dense layer: 3*h*f gated, 2*h*f otherwise."""
        return self.ffn_matrices * self.hidden_size * self.intermediate_size

    @property
    def expert_params(self) -> int:
        """One routed expert: g*h*f_e."""
        return self.ffn_matrices * self.hidden_size * self.expert_intermediate_size

    @property
    def shared_experts_params(self) -> int:
        """All shared experts of a MoE layer: n_s*g*h*f_s."""
        return self.num_shared_experts * self.ffn_matrices * self.hidden_size * self.shared_expert_intermediate_size

    @property
    def router_params(self) -> int:
        """Router of a MoE layer: h*E."""
        return self.hidden_size * self.num_experts

    def moe_ffn_params(self, experts: int) -> int:
        """FFN parameters of a MoE layer with `experts` routed experts counted, plus the shared
        experts and the router (experts = E: stored; = k: run by one token)."""
        return experts * self.expert_params + self.shared_experts_params + self.router_params

    def _per_layer_max(self, moe_ffn: int) -> int:
        """The larger of a dense layer's FFN and a MoE layer's (`moe_ffn`), over the kinds present."""
        kinds = ([self.dense_ffn_params] if self.num_dense_layers else []) + ([moe_ffn] if self.is_moe else [])
        return max(kinds)

    @property
    def ffn_params_per_layer(self) -> int:
        """Stored FFN parameters of the largest layer (dense: 3*h*f gated, 2*h*f otherwise;
        MoE: all experts, shared experts and router)."""
        return self._per_layer_max(self.moe_ffn_params(self.num_experts))

    @property
    def active_ffn_params_per_layer(self) -> int:
        """FFN parameters one token runs through in the largest layer (MoE: k experts)."""
        return self._per_layer_max(self.moe_ffn_params(self.experts_per_token))

    @property
    def params_per_layer(self) -> int:
        """Stored parameters of the largest layer."""
        return self.attention_params_per_layer + self.ffn_params_per_layer

    @property
    def active_params_per_layer(self) -> int:
        """Parameters one token runs through in the largest layer (= params_per_layer when dense)."""
        return self.attention_params_per_layer + self.active_ffn_params_per_layer

    @property
    def embedding_params(self) -> int:
        """Input embedding (vocab x h)."""
        return self.vocab_size * self.hidden_size

    @property
    def lm_head_params(self) -> int:
        """Output projection (vocab x h); 0 extra storage when tied (counted once)."""
        return 0 if self.tie_word_embeddings else self.vocab_size * self.hidden_size

    def _total(self, moe_ffn: int) -> int:
        return (self.num_layers * self.attention_params_per_layer + self.num_dense_layers * self.dense_ffn_params
                + self.num_moe_layers * moe_ffn + self.embedding_params + self.lm_head_params)

    @property
    def total_params(self) -> int:
        """All stored parameters (every expert)."""
        return self._total(self.moe_ffn_params(self.num_experts))

    @property
    def active_params(self) -> int:
        """Parameters one token runs through (MoE: k routed experts per MoE layer; embedding and
        LM head counted, as in published 'active parameter' figures)."""
        return self._total(self.moe_ffn_params(self.experts_per_token))

    # ----------------------------------------------------------------- bytes
    @property
    def weight_bytes_per_layer(self) -> float:
        """Stored weight bytes of the largest layer."""
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


def moe_layer_indices(cfg: dict) -> tuple[int, ...]:
    """Indices of the MoE layers of a Hugging Face config, by the rules of the HF modelling code:
    layer i is MoE iff the model has routed experts, i is not in `mlp_only_layers` and
    (i + 1) % `decoder_sparse_step` == 0 (Qwen2/Qwen3-MoE), and i >= `first_k_dense_replace` and
    i % `moe_layer_freq` == 0 (DeepSeek-V2). Mixtral sets none of these: every layer is MoE."""
    if not routed_experts(cfg):
        return ()
    dense = set(cfg.get("mlp_only_layers") or ())
    step = int(cfg.get("decoder_sparse_step") or 1)
    first = int(cfg.get("first_k_dense_replace") or 0)
    freq = int(cfg.get("moe_layer_freq") or 1)
    return tuple(i for i in range(int(cfg["num_hidden_layers"]))
                 if i not in dense and (i + 1) % step == 0 and i >= first and i % freq == 0)


EXPERT_COUNT_KEYS = ("num_local_experts", "num_experts", "n_routed_experts")  # Mixtral, Qwen-MoE, DeepSeek


def routed_experts(cfg: dict) -> int:
    """E, from whichever of the families' keys is set (0: a dense model)."""
    return int(next((cfg[k] for k in EXPERT_COUNT_KEYS if cfg.get(k)), 0))


def _moe_fields(cfg: dict) -> dict:
    """ModelArch's expert fields from HF keys: Mixtral's expert width is intermediate_size, the
    others' moe_intermediate_size; DeepSeek's n_shared_experts are moe_intermediate_size wide,
    Qwen2-MoE's one shared expert shared_expert_intermediate_size wide."""
    E = routed_experts(cfg)
    if not E:
        return {}
    f_e = int(cfg.get("moe_intermediate_size") or cfg["intermediate_size"])
    if cfg.get("shared_expert_intermediate_size"):
        n_s, f_s = 1, int(cfg["shared_expert_intermediate_size"])
    else:
        n_s, f_s = int(cfg.get("n_shared_experts") or 0), f_e
    return dict(num_experts=E, experts_per_token=int(cfg["num_experts_per_tok"]),
                expert_intermediate_size=f_e, num_shared_experts=n_s,
                shared_expert_intermediate_size=f_s if n_s else 0, moe_layers=moe_layer_indices(cfg))


def arch_from_config(name: str, cfg: dict, weight_bytes: float | None = None,
                     kv_bytes: float | None = None, activation_bytes: float = 2.0,
                     compute_precision: str = BASE_PRECISION) -> ModelArch:
    """Build a ModelArch from Hugging Face config.json keys (a dict), MoE keys included."""
    heads = int(cfg["num_attention_heads"])
    kv_heads = int(cfg.get("num_key_value_heads") or heads)
    head_dim = int(cfg.get("head_dim") or cfg["hidden_size"] // heads)
    wb = weight_bytes if weight_bytes is not None else DTYPE_BYTES[TORCH_DTYPE_FORMAT[cfg.get("torch_dtype") or "float16"]]
    return ModelArch(
        name=name, hidden_size=int(cfg["hidden_size"]), num_layers=int(cfg["num_hidden_layers"]),
        num_heads=heads, num_kv_heads=kv_heads, head_dim=head_dim,
        intermediate_size=int(cfg["intermediate_size"]), vocab_size=int(cfg["vocab_size"]),
        gated_ffn=bool(cfg.get("gated_ffn", True)),
        tie_word_embeddings=bool(cfg.get("tie_word_embeddings", False)),
        weight_bytes=float(wb), kv_bytes=float(kv_bytes if kv_bytes is not None else wb),
        activation_bytes=float(activation_bytes), compute_precision=compute_precision, **_moe_fields(cfg))
