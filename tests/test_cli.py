"""The ``takeitdown-desktop hash`` command, run as a real subprocess."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "takeitdown_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_json_output_lists_every_file_with_the_documented_fields(
    tmp_path: Path, threatexchange_dir: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("hello")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    image = threatexchange_dir / "images" / "misc" / "wee.jpg"
    completed = run_cli("hash", "--json", image, tmp_path)
    assert completed.returncode == 1, completed.stderr  # the empty file failed
    document = json.loads(completed.stdout)
    items = {Path(item["path"]).name: item for item in document["items"]}
    assert set(items) == {"wee.jpg", "note.txt", "empty.jpg"}
    required = {"path", "ok", "error", "media_type", "md5", "sha256", "pdq", "pdq_dihedral"}
    required |= {"phash", "dhash", "vpdq"}
    for item in items.values():
        assert required <= set(item)
    assert items["note.txt"]["ok"] is True
    assert items["note.txt"]["media_type"] == "other"
    assert items["note.txt"]["md5"] == hashlib.md5(b"hello").hexdigest()
    assert items["empty.jpg"]["ok"] is False
    assert items["empty.jpg"]["error"]
    photo = items["wee.jpg"]
    assert photo["media_type"] == "image"
    assert photo["md5"] == hashlib.md5(image.read_bytes()).hexdigest()
    assert len(photo["pdq"]["hash"]) == 64
    assert len(photo["pdq_dihedral"]) == 8


def test_exit_zero_when_everything_hashed_and_human_output_goes_to_stderr(
    tmp_path: Path,
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("hello")
    completed = run_cli("hash", note)
    assert completed.returncode == 0
    assert completed.stdout == ""
    assert hashlib.sha256(b"hello").hexdigest() in completed.stderr


@pytest.mark.parametrize(
    "args",
    [["hash"], ["hash", "--fps", "0", "x"], ["hash", "--fps", "nan", "x"], ["hash", "--bogus"]],
)
def test_usage_errors_exit_two(args: list[str]) -> None:
    assert run_cli(*args).returncode == 2


def test_terminal_output_escapes_control_and_direction_characters(tmp_path: Path) -> None:
    sneaky = tmp_path / "photo\u202egpj.exe\nline"
    sneaky.write_text("x")
    completed = run_cli("hash", sneaky)
    assert completed.returncode == 0
    assert "\u202e" not in completed.stderr
    assert "\\u202e" in completed.stderr
    assert "\\u000a" in completed.stderr


def test_hashing_and_submission_never_import_qt() -> None:
    code = (
        "import sys, takeitdown_desktop.cli, takeitdown_desktop.hashing.engine,"
        " takeitdown_desktop.hashing.image, takeitdown_desktop.hashing.video,"
        " takeitdown_desktop.submission.report, takeitdown_desktop.submission.client;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert completed.stdout.strip() == "[]"


def test_an_unknown_language_is_a_usage_error_that_lists_the_languages() -> None:
    completed = run_cli("--language", "xx")
    assert completed.returncode == 2
    assert "no language 'xx'" in completed.stderr
    assert "zh_TW" in completed.stderr
    assert "he" in completed.stderr.split("it has ")[-1].strip().split(", ")
