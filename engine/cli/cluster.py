"""Where ranking runs: the `--workers` and `--dask-scheduler` options of `match` and
`match-run`."""

from __future__ import annotations

import argparse

from engine.cli.io import positive

MAX_WORKERS = 64


def add_cluster_options(parser: argparse.ArgumentParser) -> None:
    place = parser.add_mutually_exclusive_group()
    place.add_argument(
        "--workers",
        type=_workers,
        metavar="N",
        help="rank on a local Dask cluster of N worker processes",
    )
    place.add_argument(
        "--dask-scheduler",
        metavar="ADDRESS",
        help="rank on an existing dask.distributed cluster (tcp://host:8786)",
    )


def _workers(raw: str) -> int:
    value = positive(raw)
    if value > MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"at most {MAX_WORKERS}")
    return value
