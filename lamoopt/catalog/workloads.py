"""Workload catalog: the paper's three workloads (LaMoSys3.5D, arXiv 2512.08731, Sec. evaluation).

Lengths are the published means. Targets are not published with the paper; we use SLOs of the
kind DistServe (Zhong et al., OSDI'24) uses for chat/code serving: a TTFT of a few seconds at
p90 and a TPOT of 100 ms, with a longer TTFT for LongBench's ~7k-token prompts.
"""

WORKLOADS: dict[str, dict] = {
    # Azure LLM inference trace (code), as characterised in Splitwise (Patel et al., ISCA'24)
    "Code": dict(input_tokens_mean=2071, output_tokens_mean=25, ttft_ms=2000.0, tpot_ms=100.0),
    # Reasoning workload (long generations)
    "Reason": dict(input_tokens_mean=1473, output_tokens_mean=1293, ttft_ms=2000.0, tpot_ms=100.0),
    # LongBench (Bai et al., 2023): long prompts, very short outputs
    "LongBench": dict(input_tokens_mean=7108, output_tokens_mean=5, ttft_ms=5000.0, tpot_ms=100.0),
}

# The paper's arrival rates (req/s) for its 200-request traces.
PAPER_RATES_REQ_PER_S = (1.0, 2.0, 4.0)
