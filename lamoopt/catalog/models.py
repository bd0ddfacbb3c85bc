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
}

# Published total parameter counts (billions), for the catalog tests.
PUBLISHED_PARAMS_B: dict[str, float] = {
    "GPT3-13B": 12.9,     # Brown et al. 2020, Table 2.1
    "QwQ-32B": 32.8,      # Hugging Face model card (32.76B incl. embeddings)
    "Llama3-70B": 70.6,   # Hugging Face model card (70.6B)
    "Llama-3-8B": 8.03,   # Hugging Face model card (8.03B)
    "Llama-2-70B": 69.0,  # Touvron et al. 2023 (68.98B)
}
