"""Model catalog in Hugging Face config.json terms.

Each entry cites where its architecture numbers come from. Parameter counts derived from these
(`lamoopt.costmodel.arch`) are tested against the published sizes.
"""

MODELS: dict[str, dict] = {
    # Brown et al., "Language Models are Few-Shot Learners" (2020), Table 2.1, GPT-3 13B:
    # n_layers 40, d_model 5140, n_heads 40, d_head 128; FFN = 4 x d_model with a GeLU MLP
    # (2 matrices); BPE vocabulary 50257; embeddings tied with the output layer.
    "GPT3-13B": dict(hidden_size=5140, num_hidden_layers=40, num_attention_heads=40,
                     num_key_value_heads=40, intermediate_size=20560, vocab_size=50257,
                     head_dim=128, gated_ffn=False, tie_word_embeddings=True,
                     torch_dtype="float16"),
    # Qwen/QwQ-32B config.json (Hugging Face hub, Qwen2 architecture).
    "QwQ-32B": dict(hidden_size=5120, num_hidden_layers=64, num_attention_heads=40,
                    num_key_value_heads=8, intermediate_size=27648, vocab_size=152064,
                    tie_word_embeddings=False, torch_dtype="bfloat16"),
    # meta-llama/Meta-Llama-3-70B config.json (Hugging Face hub).
    "Llama3-70B": dict(hidden_size=8192, num_hidden_layers=80, num_attention_heads=64,
                       num_key_value_heads=8, intermediate_size=28672, vocab_size=128256,
                       tie_word_embeddings=False, torch_dtype="bfloat16"),
    # meta-llama/Meta-Llama-3-8B config.json (Hugging Face hub).
    "Llama-3-8B": dict(hidden_size=4096, num_hidden_layers=32, num_attention_heads=32,
                       num_key_value_heads=8, intermediate_size=14336, vocab_size=128256,
                       tie_word_embeddings=False, torch_dtype="bfloat16"),
    # meta-llama/Llama-2-70b-hf config.json (Hugging Face hub).
    "Llama-2-70B": dict(hidden_size=8192, num_hidden_layers=80, num_attention_heads=64,
                        num_key_value_heads=8, intermediate_size=28672, vocab_size=32000,
                        tie_word_embeddings=False, torch_dtype="float16"),
    # mistralai/Mixtral-8x7B-v0.1 config.json (Hugging Face hub): every layer MoE with 8 experts
    # of intermediate_size 14336, top-2 routing; Jiang et al., "Mixtral of Experts" (2024),
    # arXiv 2401.04088, Table 1 (dim 4096, 32 layers, 32 heads, 8 KV heads, vocab 32000).
    "Mixtral-8x7B": dict(hidden_size=4096, num_hidden_layers=32, num_attention_heads=32,
                         num_key_value_heads=8, intermediate_size=14336, vocab_size=32000,
                         num_local_experts=8, num_experts_per_tok=2,
                         tie_word_embeddings=False, torch_dtype="bfloat16"),
    # Qwen/Qwen3-30B-A3B config.json (Hugging Face hub, qwen3_moe): 128 experts of
    # moe_intermediate_size 768, top-8, decoder_sparse_step 1, mlp_only_layers [] (every layer
    # MoE), no shared experts, head_dim 128 (so 32 query heads x 128 = 4096 != hidden 2048).
    "Qwen3-30B-A3B": dict(hidden_size=2048, num_hidden_layers=48, num_attention_heads=32,
                          num_key_value_heads=4, head_dim=128, intermediate_size=6144,
                          vocab_size=151936, num_experts=128, num_experts_per_tok=8,
                          moe_intermediate_size=768, decoder_sparse_step=1, mlp_only_layers=[],
                          tie_word_embeddings=False, torch_dtype="bfloat16"),
}

# Published total parameter counts (billions), for the catalog tests.
PUBLISHED_PARAMS_B: dict[str, float] = {
    "GPT3-13B": 12.9,     # Brown et al. 2020, Table 2.1
    "QwQ-32B": 32.8,      # Hugging Face model card (32.76B incl. embeddings)
    "Llama3-70B": 70.6,   # Hugging Face model card (70.6B)
    "Llama-3-8B": 8.03,   # Hugging Face model card (8.03B)
    "Llama-2-70B": 69.0,  # Touvron et al. 2023 (68.98B)
    "Mixtral-8x7B": 46.7,  # Mistral AI, Mixtral announcement / Jiang et al. 2024 (46.7B total)
    "Qwen3-30B-A3B": 30.5,  # Hugging Face model card (30.5B total, 3.3B activated)
}

# Published active (per-token) parameter counts of the MoE models (billions).
PUBLISHED_ACTIVE_PARAMS_B: dict[str, float] = {
    "Mixtral-8x7B": 12.9,  # Mistral AI / Jiang et al. 2024 (12.9B active)
    "Qwen3-30B-A3B": 3.3,  # Hugging Face model card (3.3B activated)
}
