"""The matcher version a run records: the package version and a digest of every constant
that changes a ranking, so two runs are comparable exactly when their versions are equal."""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import PackageNotFoundError, version


def matcher_version(parameters: dict[str, object]) -> str:
    from matchers.jobs.scoring import FACTORS, WEIGHTS
    from matchers.taxonomy.settings import TAXONOMY

    constants = {
        "weights": dict(WEIGHTS),
        "factors": dict(FACTORS),
        "taxonomy": dict(TAXONOMY),
        "parameters": parameters,
    }
    digest = hashlib.sha256(json.dumps(constants, sort_keys=True).encode()).hexdigest()[:12]
    try:
        release = version("civicmatch")
    except PackageNotFoundError:  # run from a checkout that was never installed
        release = "0+unknown"
    return f"{release}+{digest}"
