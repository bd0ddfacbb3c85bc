"""The analytical cost model: pure functions with units, read by the MILP and the evaluator."""
