"""The request router, fitted once per machine and kept on disk.

A fit takes seconds (three views, calibrated by cross-validation), and every server worker and
every `route-requests` run needs the same one: the first fits it and writes it to the cache
folder (CIVICMATCH_CACHE_DIR, else $XDG_CACHE_HOME/civicmatch, else ~/.cache/civicmatch); the
others load it in a tenth of the time. The file's name is a digest of everything a fit reads:
the example files (routing.EXAMPLES), the source and data of `matchers/`, and the versions
of the libraries that compute it. So an edited example or a changed line of the router is a
new file, never a stale router.

The file is a pickle, which runs code when loaded: one that is not the current user's own, or
that others may write, is not loaded (the router is fitted instead), and the folder is made
private. Where the folder cannot be written, the router is fitted and used without a file.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import tempfile
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matchers.volunteers.routing import RequestRouter

log = logging.getLogger(__name__)

# Libraries whose results a fit depends on: a new version is a new file.
LIBRARIES = ("scikit-learn", "scipy", "numpy", "rjieba", "pypinyin", "joblib")


def cache_folder(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("CIVICMATCH_CACHE_DIR"):
        return Path(env["CIVICMATCH_CACHE_DIR"])
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "civicmatch"


@cache
def request_router() -> RequestRouter:
    """The router of the shipped examples, from the cache folder when a fit of the same inputs
    is there, else fitted (and written there for the next process)."""
    return cached_router(cache_folder())


def cached_router(folder: Path) -> RequestRouter:
    import joblib

    from matchers.volunteers.routing import RequestRouter, read_examples

    path = folder / f"request-router-{fit_digest()}.joblib"
    if _trusted(path):
        try:
            router = joblib.load(path)
        except Exception:  # a torn or foreign file: fit instead
            log.warning("the cached request router could not be read; fitting it")
        else:
            if isinstance(router, RequestRouter):
                return router
    router = RequestRouter().fit(*read_examples())
    _write(folder, path, router)
    return router


def fit_digest() -> str:
    """A digest of everything a fit of the shipped router reads."""
    digest = hashlib.sha256()
    for source in sorted(_inputs(), key=lambda item: item[0]):
        digest.update(source[0].encode())
        digest.update(source[1])
    for name in LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}".encode())
    return digest.hexdigest()[:24]


def _inputs() -> list[tuple[str, bytes]]:
    """The router's example files (routing.EXAMPLES) and every file of `matchers/`."""
    from matchers.volunteers.routing import EXAMPLES

    examples = resources.files("seeds") / "data"
    code = Path(str(resources.files("matchers")))
    return [
        *((f"seeds/data/{name}", (examples / name).read_bytes()) for name in EXAMPLES),
        *(
            (f"matchers/{path.relative_to(code)}", path.read_bytes())
            for path in code.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        ),
    ]


def _trusted(path: Path) -> bool:
    try:
        status = path.stat()
    except OSError:
        return False
    owned = status.st_uid == os.getuid()
    return owned and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _write(folder: Path, path: Path, router: RequestRouter) -> None:
    import joblib

    written: str | None = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".tmp", delete=False) as handle:
            written = handle.name
            joblib.dump(router, handle)
        os.chmod(written, 0o600)
        os.replace(written, path)  # whole or not at all, whoever writes last
    except OSError as error:
        log.info("the request router is not cached: %s", error.strerror or error)
        if written is not None:
            Path(written).unlink(missing_ok=True)
