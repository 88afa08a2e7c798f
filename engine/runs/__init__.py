"""Batch matching runs over the database: stored, published in one step, resumable."""
