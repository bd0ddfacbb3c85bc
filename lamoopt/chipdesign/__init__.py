"""Designing the chiplets: a cost and yield model (`cost`), process-node data (`process`), a
parametric DRAM-on-logic chiplet template (`template`) and its expansion over ranges into
candidate chiplet types (`expand`, `lamoopt chiplets generate`)."""
