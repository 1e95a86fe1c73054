"""``takeitdown-desktop submit|status|withdraw`` through ``register``, against the real service."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import pytest

from takeitdown_desktop.hashing.results import FileResult, MediaType, PdqSignal
from takeitdown_desktop.submission import cli
from takeitdown_desktop.submission.receipt import Receipt, SecretKey
from tests.plugins.intake_server import IntakeServer


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="takeitdown-desktop")
    cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


@pytest.fixture
def fake_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    def hash_paths(paths: Sequence[Path]) -> list[FileResult]:
        return [
            FileResult(
                path=str(path),
                ok=True,
                media_type=MediaType.IMAGE,
                md5=f"{n:032x}",
                pdq=PdqSignal(f"{n:064x}", 90),
            )
            for n, path in enumerate(paths, start=1)
        ] + [
            FileResult(
                path="/nope.jpg",
                ok=False,
                media_type=MediaType.OTHER,
                error="We couldn't read this file.",
                error_code="unreadable",
            )
        ]

    monkeypatch.setattr(cli, "_hash_paths", hash_paths)


@pytest.mark.usefixtures("fake_hashing")
def test_submit_status_withdraw(
    intake_server: IntakeServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = intake_server.url
    assert _run("submit", "--endpoint", url, "--under-18", "--role", "professional", "a", "b") == 0
    out, err = capsys.readouterr()
    receipt = Receipt.parse(out)
    assert "2 file(s)" in err
    assert "We couldn't read this file." in err
    key = receipt.secret_key.as_text()
    assert _run("status", "--endpoint", url, receipt.report_id_text, key) == 0
    assert "active, 2 item(s)" in capsys.readouterr().out
    assert _run("status", "--endpoint", url, receipt.report_id, SecretKey.generate().as_text()) == 1
    assert "check both" in capsys.readouterr().err
    # (A withdrawn report keeps no verifier, so only an active one can refuse a key.)
    assert _run("withdraw", "--endpoint", url, receipt.report_id_text.lower(), key.lower()) == 0
    assert "withdrawn" in capsys.readouterr().out
    assert _run("status", "--endpoint", url, receipt.report_id, key[:-4]) == 2
    assert "missing or extra" in capsys.readouterr().err


@pytest.mark.usefixtures("fake_hashing")
def test_submit_needs_the_attestation_and_a_reachable_service(
    intake_server: IntakeServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("submit", "--endpoint", intake_server.url, "a") == 2
    assert "Nothing was sent" in capsys.readouterr().err
    assert intake_server.store.count_reports() == 0
    assert _run("submit", "--endpoint", "http://example.org", "--under-18", "a") == 1
    assert "https://" in capsys.readouterr().err


def test_submit_with_the_real_hashing_engine(
    intake_server: IntakeServer, threatexchange_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    image = threatexchange_dir / "images" / "bridge-mods" / "aaa-orig.jpg"
    assert _run("submit", "--endpoint", intake_server.url, "--under-18", str(image)) == 0
    receipt = Receipt.parse(capsys.readouterr().out)
    token = intake_server.add_platform()
    (change,) = intake_server.fetch_hashes(token).json()["changes"]
    assert change["media_type"] == "image"
    assert len(change["md5"]) == 32
    assert "aaa-orig" not in intake_server.fetch_hashes(token, fmt="csv").text
    assert receipt.report_id
