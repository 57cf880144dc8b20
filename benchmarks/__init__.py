"""Benchmarks: synthetic data and the figures of docs/benchmarks.md (`python -m benchmarks`)."""
