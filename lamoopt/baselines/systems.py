"""The off-interposer baseline systems of the paper (DGX-A100 style, TPUv4): nodes, devices and
fabrics, each number with its source.

Device parameters (compute, HBM, power) live in `lamoopt.catalog.chiplets` (A100-80GB, TPUv4),
so the evaluator treats a GPU exactly like a chiplet type; this module only adds how the
devices are grouped into nodes and which fabric joins them.

Fabric numbers (the design's `off_interposer_link_*`; the evaluator's ring all-reduce sends one
chunk per step from each rank to the next, so the bandwidth it needs is what one device can
send to one peer, per direction):
- NVLink 3 (A100 SXM4): 12 links x 25 GB/s per direction = 300 GB/s per direction per GPU
  through NVSwitch to any peer; NVIDIA's "600 GB/s" datasheet figure is the bidirectional
  total (A100 datasheet; `nvidia-smi nvlink -s` shows 12 links at 25 GB/s, nccl-tests issue
  #228; a p2pBandwidthLatencyTest on 8x A100-SXM4-80GB confirms 600 GB/s is bidirectional,
  DistServe issue #3). Latency 2 us per transfer: CUDA p2pBandwidthLatencyTest "P2P=Enabled
  Latency (P2P Writes)" between NVLink peers reads 1.8-2.3 us (NVIDIA/cuda-samples issue #230).
- TPU v4 ICI: 4.5e10 B/s per link per direction ("How to Scale Your Model", Austin et al.
  2025, TPU chapter, spec table: v4p ICI one-way 4.5e10 B/s per link, 9e10 bidirectional). A
  4-chip v4 host board is a 2x2 mesh; XLA all-reduces it as a bidirectional ring, which moves
  each half of the data one way round, i.e. the one-direction ring of the evaluator at twice
  the link bandwidth: 90 GB/s. Latency: no published ICI per-hop figure found; the NVLink
  value (2 us) is assumed.
Simplification (each spec's `caveat`, stated in reports): the P->D KV transfer between DGX nodes
travels over InfiniBand (one HDR 200 Gb/s = 25 GB/s adapter per GPU in a DGX A100) in a real
cluster; a design has one fabric, so it uses NVLink speed here. The KV of a 2k-token Llama3-70B
prompt is 679 MB: 6.8 ms over 4 x 25 GB/s instead of 0.57 ms (0.25 ms per output token of a
25-token Code answer); a 7k-token LongBench prompt's 2.3 GB take ~23 ms instead of ~2 ms.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fabric:
    """The switched fabric joining a baseline's devices."""

    name: str
    bandwidth_GBps: float
    """Per device, per direction, to one peer."""
    latency_ns: float
    """Per transfer (per ring step)."""


@dataclass(frozen=True)
class ClusterSpec:
    """A disaggregated cluster baseline: nodes of identical devices, split into prefill and decode
    nodes; each node is one TP group (tensor parallelism stays inside the node's fast links)."""

    key: str
    """Short name used in tables and file names."""
    label: str
    """Display name."""
    device: str
    """Catalog device (chiplet type) name."""
    devices_per_node: int
    prefill_nodes: int
    decode_nodes: int
    fabric: Fabric
    source: str
    """Where the configuration comes from."""
    caveat: str = ""
    """A modelling simplification the reports must state."""

    @property
    def devices(self) -> int:
        return self.devices_per_node * (self.prefill_nodes + self.decode_nodes)


NVLINK3 = Fabric("NVLink 3 via NVSwitch", bandwidth_GBps=300.0, latency_ns=2000.0)
TPUV4_ICI = Fabric("TPU v4 ICI (bidirectional ring on a 2x2 board)", bandwidth_GBps=90.0, latency_ns=2000.0)

# The paper's baselines (LaMoSys3.5D, arXiv 2512.08731, evaluation setup).
DGX_A100 = ClusterSpec(
    key="DGX-A100", label="DGX-A100 (6 nodes x 4 A100-80GB, NVLink)", device="A100-80GB",
    devices_per_node=4, prefill_nodes=2, decode_nodes=4, fabric=NVLINK3,
    source="paper baseline: 6 nodes x 4 A100-80GB with NVLink, 2 prefill and 4 decode nodes",
    caveat="P->D KV transfers between nodes run at NVLink speed (a real cluster uses InfiniBand HDR, "
           "25 GB/s per GPU): optimistic by ~21 ms per request for a 7k-token Llama3-70B LongBench "
           "prompt, under 0.3 ms per output token for Code and Reason; power counts the GPUs only "
           "(as the paper: maximum design power summed over chips), not CPUs, NVSwitches or NICs")
TPU_V4 = ClusterSpec(
    key="TPUv4", label="TPUv4 (8 nodes x 4 chips, ICI)", device="TPUv4",
    devices_per_node=4, prefill_nodes=4, decode_nodes=4, fabric=TPUV4_ICI,
    source="paper baseline: TPUv4, 8 nodes x 4, 4 prefill and 4 decode nodes",
    caveat="power counts the TPU chips only (as the paper), not hosts or optics")

CLUSTERS: tuple[ClusterSpec, ...] = (DGX_A100, TPU_V4)
REFERENCE_KEY = DGX_A100.key
"""Ratios in comparison tables are taken to this baseline."""
