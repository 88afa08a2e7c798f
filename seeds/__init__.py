"""Demo data drawn from Liaocheng's live-stream job fairs, and generators for benchmarks."""
