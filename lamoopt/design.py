"""The design format: what `lamoopt solve` writes under "design" and `lamoopt evaluate` reads.

A design lists every serving instance with its chiplet type, role, TP/PP degrees, batch,
layers per stage, the grid sites its chiplets occupy and the request rate routed to it.
Users may write designs by hand (baselines, their own ideas); the schema is strict.

Site order inside an instance: stage-major, TP-rank minor, i.e. sites[s * tp + r] is TP rank
r of pipeline stage s. Sites are [row, col] on the package grid, 0-based, row 0 on top.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from lamoopt.instance.schema import NonNegFloat, PosInt, Strict

Site = Annotated[list[Annotated[int, Field(ge=0)]], Field(min_length=2, max_length=2)]


class ServingInstance(Strict):
    """One prefill, decode or combined instance (a data-parallel replica)."""

    id: str
    """Unique id, e.g. 'prefill-0'."""
    role: Literal["prefill", "decode", "combined"]
    """What it runs. 'combined': chunked prefill with piggybacked decode (Sarathi-Serve): every
    iteration holds up to chunk_tokens prompt tokens plus one decode token of each running
    request; it serves its requests from prompt to last token (no KV transfer). The MILP
    generates them when the instance sets serving.chunked_prefill."""
    chiplet: str
    """Chiplet type name (from the instance's chiplet catalog)."""
    tp: PosInt
    """Tensor-parallel degree."""
    pp: PosInt
    """Pipeline-parallel degree."""
    ep: PosInt = 1
    """Expert-parallel degree (mixture-of-experts models): ep groups of the tp ranks, each holding
    num_experts/ep whole experts split over its tp/ep ranks (costmodel.dataflow.layer_gemms);
    must divide tp. 1: every expert split over the tp ranks."""
    attention: Literal["tp", "dp"] = "tp"
    """"tp": attention split over the tp ranks. "dp" (decode instances of mixture-of-experts
    models): data-parallel attention, each of the tp ranks with its own requests, the whole
    attention and num_experts/tp whole experts, tokens reaching their experts by all-to-all
    (costmodel.dp_attention); needs ep = tp >= 2."""
    batch: PosInt
    """Prefill: prompts per batch. Decode and combined: cap on concurrently decoded requests."""
    chunk_tokens: PosInt | None = None
    """Combined instances only: prompt tokens per iteration (the prefill chunk)."""
    layers_per_stage: list[PosInt]
    """Decoder layers of each pipeline stage (length pp, sums to the model's layers)."""
    sites: list[Site] = Field(default_factory=list)
    """Grid sites of its tp*pp chiplets, stage-major; empty for devices off the interposer."""
    rate_req_per_s: NonNegFloat = 0.0
    """Request rate routed to this instance (0 = let the evaluator split evenly)."""

    @model_validator(mode="after")
    def _consistent(self) -> ServingInstance:
        if self.tp % self.ep:
            raise ValueError(f"ep = {self.ep} must divide tp = {self.tp}")
        if self.attention == "dp" and (self.role != "decode" or self.ep != self.tp or self.tp < 2):
            raise ValueError(f"attention 'dp' needs role 'decode' and ep = tp >= 2, got role '{self.role}', "
                             f"tp = {self.tp}, ep = {self.ep}")
        if len(self.layers_per_stage) != self.pp:
            raise ValueError(f"layers_per_stage has {len(self.layers_per_stage)} entries, expected pp = {self.pp}")
        if self.sites and len(self.sites) != self.tp * self.pp:
            raise ValueError(f"sites has {len(self.sites)} entries, expected tp*pp = {self.tp * self.pp}")
        if (self.role == "combined") != (self.chunk_tokens is not None):
            raise ValueError("chunk_tokens is required for role 'combined' and only allowed for it")
        if self.role == "combined" and self.pp != 1:
            raise ValueError(f"a combined (chunked-prefill) instance runs one pipeline stage, got pp = {self.pp}")
        return self


class Design(Strict):
    """A complete serving design."""

    instances: list[ServingInstance] = Field(min_length=1)
    """All prefill, decode and combined instances."""
    grid_rows: PosInt | None = None
    """Rows of the package grid the sites refer to (None for off-interposer baselines)."""
    grid_cols: PosInt | None = None
    """Columns of the package grid."""
    off_interposer_link_bandwidth_GBps: NonNegFloat | None = None
    """For baselines: device-to-device bandwidth (e.g. NVLink) replacing the D2D mesh."""
    off_interposer_link_latency_ns: NonNegFloat | None = None
    """For baselines: device-to-device latency per transfer."""

    @field_validator("instances")
    @classmethod
    def _roles(cls, instances: list[ServingInstance]) -> list[ServingInstance]:
        """A prefill and a decode instance, or only combined ones (named at design.instances)."""
        roles = {i.role for i in instances}
        for role in ("prefill", "decode"):
            if role not in roles and ({"prefill", "decode"} & roles or "combined" not in roles):
                raise ValueError(f"a design needs at least one {role} instance (or only combined instances)")
        return instances

    @model_validator(mode="after")
    def _checks(self) -> Design:
        ids = [i.id for i in self.instances]
        if len(set(ids)) != len(ids):
            raise ValueError("instance ids must be unique")
        used = [tuple(s) for i in self.instances for s in i.sites]
        if len(set(used)) != len(used):
            raise ValueError("a site is used by more than one chiplet")
        if used and (self.grid_rows is None or self.grid_cols is None):
            raise ValueError("grid_rows and grid_cols are required when instances have sites")
        for r, c in used:
            if r >= (self.grid_rows or 0) or c >= (self.grid_cols or 0):
                raise ValueError(f"site [{r}, {c}] is outside the {self.grid_rows}x{self.grid_cols} grid")
        return self

    def by_role(self, role: str) -> list[ServingInstance]:
        return [i for i in self.instances if i.role == role]

    def chiplet_counts(self) -> dict[str, dict[str, int]]:
        """{chiplet type: {role: count}}."""
        out: dict[str, dict[str, int]] = {}
        for i in self.instances:
            counts = out.setdefault(i.chiplet, {"prefill": 0, "decode": 0})
            counts[i.role] = counts.get(i.role, 0) + i.tp * i.pp
        return out

    def placement_grid(self) -> list[list[str | None]]:
        """Grid of 'TYPE/role/instance-id/stage/rank' labels (None = empty site)."""
        grid: list[list[str | None]] = [[None] * (self.grid_cols or 0) for _ in range(self.grid_rows or 0)]
        for inst in self.instances:
            for k, (r, c) in enumerate(inst.sites):
                grid[r][c] = f"{inst.chiplet}/{inst.role}/{inst.id}/s{k // inst.tp}/r{k % inst.tp}"
        return grid
