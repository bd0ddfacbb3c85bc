"""What one forward pass computes: prefill segments (new tokens after a past already in the KV
cache) and decode steps. Shared by the MILP's stage costs (lamoopt.formulation.configs) and the
evaluator's operator-level timing (lamoopt.evaluate.timing), so both cost the same passes.

Prefix cache (workload.prefix_cache_hit_rate h, a fraction in [0, 1)). The first
c = cached_prefix_tokens(s, h) = min(floor(h s), s - 1) tokens of every prompt of s tokens have
their K/V already in the prefill instance's DRAM (a shared prefix: system prompt, few-shot
examples, an earlier turn); the prompt's last token is always computed (it yields the first
output token's logits). Every prompt hits the same fraction (deterministic; a real cache mixes
full hits and misses of the same mean, which this model does not represent). A prefill pass then
- runs the linear layers (QKV/output projections, FFN or experts, embedding, TP all-reduces, PP
  transfers) on the n = s - c new tokens only: their FLOPs and activation traffic scale by
  n / s ~ (1 - h); the weights are still read once per pass;
- attends over the whole prompt: new token i (1..n) sits at position c + i and attends to c + i
  keys, n c + n (n + 1) / 2 (query, key) pairs in all (costmodel.dataflow.attention_layer), and
  reads the cached prefix's K/V from DRAM (c entries per layer at least once; once per Q tile
  when the prompt's K/V do not fit the SRAM budget); it writes the n new entries;
- emits one LM-head row per prompt, as without a cache.
Not changed: the KV cache a request holds (the whole prompt plus its output, in prefill while
it runs and in decode afterwards), and the P->D transfer, which moves the whole prompt's KV
(the cached prefix lives on the prefill side; the decode instance must receive all of it).
Not modelled: the DRAM that stores the prefix pool between requests (its size is the premise of
the hit rate, not a design decision) and the look-up cost.

Chunked prefill (serving.chunked_prefill, Sarathi-Serve): a pass mixes prefill chunks (segments
whose past is the cached prefix plus the chunks already done) with the decode steps of the
running batch; `ForwardPass.chunked` builds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from lamoopt.costmodel.arch import ModelArch
from lamoopt.costmodel.dataflow import attention_layer


def cached_prefix_tokens(prompt_tokens: ArrayLike, hit_rate: float) -> NDArray[np.float64]:
    """Prompt tokens whose K/V the prefix cache already holds: min(floor(h s), s - 1), >= 0
    (module docstring). h = 0 gives 0 exactly."""
    s = np.asarray(prompt_tokens, float)
    if hit_rate == 0.0:
        return np.zeros_like(s)
    return np.maximum(np.minimum(np.floor(hit_rate * s), s - 1.0), 0.0)


def _array(x: ArrayLike | None) -> NDArray[np.float64]:
    return np.zeros(0) if x is None else np.asarray(x, float).ravel()


@dataclass(frozen=True)
class ForwardPass:
    """The tokens of one forward pass of an instance.

    prefill_end_tokens[i]: the position segment i ends at (a whole prompt: its length s; a chunk:
    the prompt tokens done after it); prefill_past_tokens[i]: the positions before the segment
    whose K/V are already cached (prefix cache, earlier chunks), so the segment computes
    end - past new tokens. decode_contexts[j]: the positions decode step j attends to, itself
    included (the existing decode convention)."""

    prefill_end_tokens: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    prefill_past_tokens: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    decode_contexts: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))

    @classmethod
    def prefill(cls, prompt_tokens: ArrayLike, hit_rate: float = 0.0) -> ForwardPass:
        """A prefill batch of whole prompts, each with its cached prefix (module docstring)."""
        s = _array(prompt_tokens)
        return cls(s, cached_prefix_tokens(s, hit_rate), np.zeros(0))

    @classmethod
    def decode(cls, contexts: ArrayLike) -> ForwardPass:
        """A decode step of a batch with these contexts."""
        return cls(np.zeros(0), np.zeros(0), _array(contexts))

    @classmethod
    def chunked(cls, chunk_end_tokens: ArrayLike, chunk_past_tokens: ArrayLike,
                decode_contexts: ArrayLike) -> ForwardPass:
        """A chunked-prefill iteration: prefill chunks [past, end) of some prompts plus the
        decode steps of the running batch (Sarathi-Serve's piggybacked decode)."""
        end, past = _array(chunk_end_tokens), _array(chunk_past_tokens)
        if end.shape != past.shape or (past > end).any():
            raise ValueError("chunked pass: chunk ends and pasts must pair up with past <= end")
        return cls(end, past, _array(decode_contexts))

    @property
    def prefill_new_tokens(self) -> float:
        """Tokens the prefill segments compute."""
        return float((self.prefill_end_tokens - self.prefill_past_tokens).sum())

    @property
    def tokens(self) -> float:
        """Rows of every linear layer: the new prefill tokens plus one per decode step."""
        return self.prefill_new_tokens + float(self.decode_contexts.size)

    @property
    def sequences(self) -> int:
        """LM-head rows: one per prefill segment (its last position) and per decode step."""
        return int(self.prefill_end_tokens.size + self.decode_contexts.size)

    def attention_layer(self, arch: ModelArch, tp: int, sram_bytes: float) -> tuple[float, float, float]:
        """(FLOPs, DRAM bytes, minimal DRAM bytes) of one layer's attention on one chiplet: the
        prefill segments' plus the decode steps' (costmodel.dataflow.attention_layer)."""
        out = [0.0, 0.0, 0.0]
        if self.prefill_end_tokens.size:
            past = self.prefill_past_tokens if self.prefill_past_tokens.any() else None
            out = list(attention_layer(arch, tp, "prefill", self.prefill_end_tokens, sram_bytes, past))
        if self.decode_contexts.size:
            d = attention_layer(arch, tp, "decode", self.decode_contexts, sram_bytes)
            out = [x + y for x, y in zip(out, d)] if self.prefill_end_tokens.size else list(d)
        return out[0], out[1], out[2]
