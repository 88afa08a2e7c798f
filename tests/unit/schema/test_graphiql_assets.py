import json
import shutil
from pathlib import Path

from schema.graphiql_assets import DIRECTORY, PINNED, problems


def test_the_shipped_graphiql_files_match_their_manifest():
    assert problems() == []


def test_every_pinned_release_is_recorded_with_its_tarball_integrity():
    manifest = json.loads((DIRECTORY / "manifest.json").read_text())

    assert set(manifest["tarballs"]) == {pin.release for pin in PINNED}
    assert all(value.startswith("sha512-") for value in manifest["tarballs"].values())


def test_a_changed_missing_or_extra_file_is_reported(tmp_path: Path):
    copy = tmp_path / "graphiql"
    shutil.copytree(DIRECTORY, copy)
    script = copy / "graphiql.min.js"
    script.write_bytes(script.read_bytes().replace(b"GraphiQL", b"GraphiQl", 1))
    (copy / "react.production.min.js").unlink()
    (copy / "extra.js").write_text("alert(1)")

    found = problems(copy)

    assert any(problem.startswith("graphiql.min.js: SHA-256") for problem in found)
    assert "react.production.min.js: No such file or directory" in found
    assert "extra.js: not a pinned file" in found
    assert len(found) == 3
