"""``--self-test`` passes on this build and notices a digest that is not what it should be."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

from takeitdown_desktop.hashing.engine import hash_file
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.selftest import _difference

ROOT = Path(__file__).parents[1]


def test_self_test_passes_and_checks_every_file_language_and_the_window() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "takeitdown_desktop", "--self-test"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    lines = completed.stdout.splitlines()
    for name in ("bridge.jpg", "wee.png", "wee.heic", "doorknob.mp4"):
        assert f"ok   fingerprints of {name}" in lines
    assert "ok   the app's window" in lines
    assert sum(line.startswith("ok   translation ") for line in lines) >= 1
    assert lines[-1] == "self-test passed"


def test_a_changed_digest_is_reported() -> None:
    package = resources.files("takeitdown_desktop.resources")
    expected = json.loads(package.joinpath("selftest", "expected.json").read_text("utf-8"))
    entry = expected["files"][0]
    with resources.as_file(package / entry["folder"] / entry["name"]) as path:
        actual = hash_file(Path(path), HashOptions(fps=1.0)).to_json()
    assert _difference(entry, actual) is None
    tampered = {**entry, "md5": "0" * 32, "pdq": {**entry["pdq"], "quality": 1}}
    assert _difference(tampered, actual) == "differs in md5, pdq"


def test_pinned_pdq_values_are_metas(threatexchange_dir: Path) -> None:
    package = resources.files("takeitdown_desktop.resources")
    expected = json.loads(package.joinpath("selftest", "expected.json").read_text("utf-8"))
    reference = {
        line.split("\t")[0]: line.split("\t")[1]
        for line in (threatexchange_dir / "pdq-reference.tsv").read_text().splitlines()[1:]
    }
    pinned = [entry for entry in expected["files"] if entry["meta_reference"]]
    assert len(pinned) == 2
    for entry in pinned:
        assert entry["pdq"]["hash"] == reference[entry["meta_reference"]]
