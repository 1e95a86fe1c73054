"""A platform's whole cycle with the real packages: the ``threatexchange`` CLI (its ``pdqhash``
and ``faiss-cpu``, and its vPDQ extension) against the real intake service on loopback.

The commands are the ones docs/PLATFORMS.md gives. A report made by the app's own hasher and
client is fetched, altered copies are matched as a platform would match them, an unrelated
photo is not, and after the report is withdrawn and fetched again nothing matches.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import urllib.parse
from contextlib import closing
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from takeitdown_desktop.hashing.engine import hash_file
from takeitdown_desktop.submission.client import IntakeClient
from tests.platform.conftest import (
    COLLAB,
    TxCli,
    altered_video,
    letterboxed,
    reencoded_video,
    report_of,
)
from tests.plugins.intake_server import IntakeServer, ServiceProcesses


def test_photo_and_video_found_then_gone_after_withdrawal(
    intake_server: IntakeServer, tx_cli: TxCli, threatexchange_dir: Path, tmp_path: Path
) -> None:
    images = threatexchange_dir / "images"
    photo = images / "bridge-mods" / "aaa-orig.jpg"
    video = threatexchange_dir / "videos" / "chair-19-sd-bar.mp4"
    receipt = report_of(intake_server, [photo, video])
    # Someone else's report stays on the list throughout.
    other_photo = images / "labelme-subset" / "q0122.jpg"
    other_video = threatexchange_dir / "videos" / "doorknob-hd-no-bar.mp4"
    report_of(intake_server, [other_photo, other_video])

    tx_cli.token = intake_server.add_platform("photo-site")
    tx_cli.connect(intake_server.url)
    fetched = tx_cli.run("fetch")
    assert "Up to date" in fetched.stderr

    # Re-posted copies, as platforms receive them.
    resized = tmp_path / "resized.jpg"
    with Image.open(photo) as image:
        image.convert("RGB").resize((image.width // 3, image.height // 3)).save(resized, quality=70)
    turned = tmp_path / "turned.png"
    with Image.open(photo) as image:
        image.rotate(90, expand=True).save(turned)
    boxed = letterboxed(photo, tmp_path / "story.jpg")
    unrelated = images / "labelme-subset" / "q0291.jpg"
    copy_of_video = reencoded_video(video, tmp_path / "reupload.mp4")

    assert _types(tx_cli.matches("photo", resized)) >= {"pdq"}
    assert _types(tx_cli.matches("photo", photo)) >= {"pdq", "photo_md5"}
    # Turned 90 degrees: found by the list's own dihedral hashes, and by pytx's --rotations.
    assert "pdq" in _types(tx_cli.matches("photo", turned))
    assert "pdq" in _types(tx_cli.matches("photo", turned, "--rotations"))
    # Letterboxed: pytx's hash command trims the bars (--photo-preprocess unletterbox), and
    # the hash is matched; this extension's pdq_inner trims them itself.
    hashed = tx_cli.run(
        "hash", "--photo-preprocess", "unletterbox", "-S", "pdq", "photo", str(boxed)
    ).stdout.split()
    assert hashed[0] == "pdq", hashed
    unboxed_hash = hashed[1]
    matched = tx_cli.run("match", "-H", "-S", "pdq", "photo", "--", unboxed_hash).stdout
    assert matched.startswith("pdq "), matched
    assert "pdq_inner" in _types(tx_cli.matches("photo", boxed))
    assert tx_cli.matches("photo", unrelated) == []

    assert importlib.util.find_spec("vpdq") is not None, (
        "The vPDQ binding (pip package vpdq) is not installed; `make platform-deps` says why."
    )
    assert _types(tx_cli.matches("video", video)) >= {"video_md5", "video_sha256", "vpdq"}
    assert _types(tx_cli.matches("video", copy_of_video)) == {"vpdq"}

    # Withdrawn: on the next fetch every signal of the report leaves the platform's index.
    IntakeClient(intake_server.url).withdraw(receipt.report_id, receipt.secret_key)
    tx_cli.run("fetch")
    for content, path in [("photo", photo), ("photo", resized), ("photo", boxed),
                          ("video", video), ("video", copy_of_video)]:  # fmt: skip
        assert tx_cli.matches(content, path) == [], path
    assert _types(tx_cli.matches("photo", other_photo)) >= {"pdq", "pdq_inner", "photo_md5"}
    assert _types(tx_cli.matches("video", other_video)) >= {"video_md5", "vpdq"}


def test_mirrored_and_9_16_copies_of_a_video_are_found_by_its_variants(
    intake_server: IntakeServer, tx_cli: TxCli, threatexchange_dir: Path, tmp_path: Path
) -> None:
    """A report's video variants go through the service, the feed and the exchange into
    pytx's vPDQ index, whose ordinary rule (80% of the upload's frames) then finds a mirrored
    and a 9:16 copy; without the variants, the same list does not."""
    video = threatexchange_dir / "videos" / "doorknob-hd-no-bar.mp4"
    mirrored = altered_video(video, tmp_path / "mirrored.mp4", lambda rgb: rgb[:, ::-1])
    story = altered_video(video, tmp_path / "story.mp4", _fill_9_16)
    assert importlib.util.find_spec("vpdq") is not None, (
        "The vPDQ binding (pip package vpdq) is not installed; `make platform-deps` says why."
    )
    tx_cli.token = intake_server.add_platform("video-site")

    # The same video reported without its variants: the copies are not found.
    first = report_of(intake_server, [video], variants=False)
    tx_cli.connect(intake_server.url)
    tx_cli.run("fetch")
    assert _types(tx_cli.matches("video", video)) >= {"vpdq"}
    assert tx_cli.matches("video", mirrored) == []
    assert tx_cli.matches("video", story) == []
    IntakeClient(intake_server.url).withdraw(first.report_id, first.secret_key)

    report_of(intake_server, [video])
    tx_cli.run("fetch")
    assert _types(tx_cli.matches("video", mirrored)) == {"vpdq"}
    assert _types(tx_cli.matches("video", story)) == {"vpdq"}


def _fill_9_16(rgb: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """Cut to 9:16 about the centre, as a story app fills its frame with a landscape video."""
    height, width = rgb.shape[:2]
    keep = height * 9 // 16
    return rgb[:, (width - keep) // 2 :][:, :keep]


def test_the_collaboration_reports_what_it_holds(
    intake_server: IntakeServer, tx_cli: TxCli, threatexchange_dir: Path
) -> None:
    photo = threatexchange_dir / "images" / "labelme-subset" / "q0122.jpg"
    report_of(intake_server, [photo])
    tx_cli.token = intake_server.add_platform()
    tx_cli.connect(intake_server.url, vpdq=False)
    tx_cli.run("fetch")
    listed = tx_cli.run("dataset", "-P", "-s", "pdq", "--print-signals-only").stdout.split()
    # The main PDQ, its 8 rotations and flips and its variants (each once) are ordinary pdq
    # signals.
    result = hash_file(photo)
    assert result.pdq is not None
    sent = {result.pdq.hash, *result.pdq_dihedral, *(v.hash for v in result.pdq_variants)}
    assert sorted(listed) == sorted(sent)
    config = tx_cli.run("config", "collab", "print", COLLAB).stdout
    assert "takeitdown" in config
    assert intake_server.url in config


def _types(lines: list[str]) -> set[str]:
    return {line.split()[0] for line in lines}


def test_a_restored_service_refuses_the_old_checkpoint_and_nothing_is_skipped(
    intake_server: IntakeServer, tx_cli: TxCli, threatexchange_dir: Path, tmp_path: Path
) -> None:
    """The operator restores a backup taken after the platform's first fetch, and a new
    report takes the place in the feed that the lost one had. A cursor that were a bare
    number would now skip the new report for good. The real service answers 409
    ``cursor_not_in_feed`` instead, ``threatexchange fetch`` fails and says what to do, and
    doing it gets the whole list."""
    images = threatexchange_dir / "images" / "labelme-subset"
    kept, lost, new = images / "q0122.jpg", images / "q0291.jpg", images / "q0746.jpg"
    tx_cli.token = intake_server.add_platform("photo-site")
    tx_cli.connect(intake_server.url, vpdq=False)
    report_of(intake_server, [kept])
    tx_cli.run("fetch")
    database = intake_server.db_url.removeprefix("sqlite:///")
    backup = tmp_path / "backup.sqlite3"
    with closing(sqlite3.connect(database)) as source, closing(sqlite3.connect(backup)) as copy:
        source.backup(copy)
    report_of(intake_server, [lost])
    tx_cli.run("fetch")
    assert _types(tx_cli.matches("photo", lost)) >= {"photo_md5"}

    intake_server.stop()
    shutil.copyfile(backup, database)
    for suffix in ("-wal", "-shm"):
        Path(database + suffix).unlink(missing_ok=True)
    port = urllib.parse.urlsplit(intake_server.url).port
    assert port is not None
    with ServiceProcesses(
        intake_server.db_url, 1, ["--feed-interval", "0"], ports=[port]
    ) as restored:
        report_of(restored.urls[0], [new])
        refused = tx_cli.run("fetch", check=False)
        said = refused.stdout + refused.stderr
        assert "does not recognise the position" in said, said
        assert "cursor_not_in_feed" in said, said
        assert "--clear --only-collab" in said, said
        assert tx_cli.matches("photo", new) == []  # not fetched, and not skipped either

        tx_cli.run("fetch", "--clear", "--only-collab", COLLAB)
        tx_cli.run("fetch")
        assert _types(tx_cli.matches("photo", new)) >= {"photo_md5"}
        assert _types(tx_cli.matches("photo", kept)) >= {"photo_md5"}
        assert tx_cli.matches("photo", lost) == []  # the restored list does not hold it
