"""GraphiQL's third-party files, pinned and kept in the package so GraphiQL needs no internet.

`PINNED` names each file: the npm package, its version and the file's path in it (the same
releases strawberry's own GraphiQL page loads from a CDN). `schema/web/graphiql/` holds the
files and `manifest.json` their versions and SHA-256, with the SHA-512 integrity of each
package's tarball; a test checks the files against the manifest.

    python -m schema.graphiql_assets --check    # the files match the manifest
    python -m schema.graphiql_assets --update   # fetch the pinned releases with `npm pack`

`--update` needs npm and its registry. npm checks each tarball against the registry's
integrity; for a release already in the manifest, the tarball and files must also match what
is recorded, so a release whose contents changed is refused rather than taken. To move to
another release, change its version here and run `--update`.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

DIRECTORY = Path(__file__).parent / "web" / "graphiql"
MANIFEST = DIRECTORY / "manifest.json"


@dataclass(frozen=True, slots=True)
class Pinned:
    name: str
    package: str
    version: str
    path: str

    @property
    def release(self) -> str:
        return f"{self.package}@{self.version}"


PINNED = (
    Pinned("react.production.min.js", "react", "18.2.0", "umd/react.production.min.js"),
    Pinned("react.LICENSE", "react", "18.2.0", "LICENSE"),
    Pinned("react-dom.production.min.js", "react-dom", "18.2.0", "umd/react-dom.production.min.js"),
    Pinned("react-dom.LICENSE", "react-dom", "18.2.0", "LICENSE"),
    Pinned("graphiql.min.js", "graphiql", "3.8.3", "graphiql.min.js"),
    Pinned("graphiql.min.css", "graphiql", "3.8.3", "graphiql.min.css"),
    Pinned("graphiql.LICENSE", "graphiql", "3.8.3", "LICENSE"),
    Pinned("plugin-explorer.umd.js", "@graphiql/plugin-explorer", "1.0.2", "dist/index.umd.js"),
    Pinned("plugin-explorer.css", "@graphiql/plugin-explorer", "1.0.2", "dist/style.css"),
    # This release has no LICENSE file; its package.json says MIT.
    Pinned("plugin-explorer.package.json", "@graphiql/plugin-explorer", "1.0.2", "package.json"),
)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def problems(directory: Path = DIRECTORY) -> list[str]:
    """Every way the files differ from the manifest, and the manifest from `PINNED`."""
    manifest_path = directory / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"manifest.json: {error}"]
    found: list[str] = []
    files = manifest.get("files", {})
    for pin in PINNED:
        entry = files.get(pin.name)
        if entry is None:
            found.append(f"{pin.name}: not in the manifest")
            continue
        recorded = (entry.get("package"), entry.get("version"), entry.get("path"))
        if recorded != (pin.package, pin.version, pin.path):
            found.append(f"{pin.name}: the manifest records {recorded}, pinned is {pin}")
        if pin.release not in manifest.get("tarballs", {}):
            found.append(f"{pin.name}: no integrity recorded for {pin.release}")
        try:
            data = (directory / pin.name).read_bytes()
        except OSError as error:
            found.append(f"{pin.name}: {error.strerror}")
            continue
        if sha256(data) != entry.get("sha256"):
            found.append(
                f"{pin.name}: SHA-256 {sha256(data)}, the manifest says {entry.get('sha256')}"
            )
    expected = {pin.name for pin in PINNED} | {"manifest.json"}
    for path in sorted(directory.iterdir()):
        if path.name not in expected:
            found.append(f"{path.name}: not a pinned file")
    for name in sorted(set(files) - {pin.name for pin in PINNED}):
        found.append(f"{name}: in the manifest but not pinned")
    return found


def update(directory: Path = DIRECTORY) -> None:
    """Fetches the pinned releases with `npm pack` and writes the files and the manifest."""
    try:
        previous = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        previous = {}
    tarballs: dict[str, str] = {}
    contents: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for release in dict.fromkeys(pin.release for pin in PINNED):
            tarball, integrity = _npm_pack(release, Path(scratch))
            known = previous.get("tarballs", {}).get(release)
            if known not in (None, integrity):
                raise SystemExit(f"{release}: tarball integrity {integrity}, recorded {known}")
            tarballs[release] = integrity
            with tarfile.open(tarball, "r:gz") as archive:
                for pin in PINNED:
                    if pin.release == release:
                        contents[pin.name] = _read_member(archive, pin)
    files: dict[str, dict[str, str]] = {}
    for pin in PINNED:
        known_file = previous.get("files", {}).get(pin.name, {})
        digest = sha256(contents[pin.name])
        if known_file.get("version") == pin.version and known_file.get("sha256") != digest:
            raise SystemExit(f"{pin.release}: {pin.path} differs from the manifest")
        files[pin.name] = {
            "package": pin.package,
            "version": pin.version,
            "path": pin.path,
            "sha256": digest,
        }
    for name, data in contents.items():
        (directory / name).write_bytes(data)
    manifest = {"tarballs": tarballs, "files": files}
    (directory / "manifest.json").write_text(
        json.dumps(manifest, indent=2) + "\n", encoding="utf-8"
    )


def _read_member(archive: tarfile.TarFile, pin: Pinned) -> bytes:
    try:
        member = archive.extractfile(f"package/{pin.path}")
    except KeyError:
        member = None
    if member is None:
        raise SystemExit(f"{pin.release} has no file {pin.path}")
    return member.read()


def _npm_pack(release: str, destination: Path) -> tuple[Path, str]:
    """The release's tarball, as npm fetched it (checked against the registry's integrity),
    and that integrity, checked again here."""
    done = subprocess.run(
        ["npm", "pack", release, "--json", "--pack-destination", str(destination)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"npm pack {release} failed:\n{done.stderr}")
    (packed,) = json.loads(done.stdout)
    tarball = destination / packed["filename"]
    integrity = str(packed["integrity"])
    digest = base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    if integrity != f"sha512-{digest}":
        raise SystemExit(f"{release}: the tarball does not match its integrity {integrity}")
    return tarball, integrity


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m schema.graphiql_assets")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--check", action="store_true", help="check the files against the manifest")
    action.add_argument("--update", action="store_true", help="fetch the pinned releases")
    args = parser.parse_args(argv)
    if args.update:
        update()
    found = problems()
    for problem in found:
        print(f"schema/web/graphiql/{problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
