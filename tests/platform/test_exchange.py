"""The exchange (``TakeItDownSignalExchangeAPI``) against the real intake service on loopback:
paging with checkpoints, removals that delete, shared hashes, failures said in words.

Faults are injected by ``faulty_proxy``, a proxy in front of the real service.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from threatexchange.signal_type.md5 import VideoMD5Signal
from threatexchange.signal_type.pdq.signal import PdqSignal
from threatexchange.signal_type.sha256 import VideoSHA256Signal
from threatexchange.signal_type.signal_base import SignalType

from takeitdown_desktop.submission.client import IntakeClient
from takeitdown_platform.exchange import (
    ListItem,
    TakeItDownCheckpoint,
    TakeItDownCollabConfig,
    TakeItDownCredentials,
    TakeItDownSignalExchangeAPI,
    TakeItDownSignalMetadata,
)
from takeitdown_platform.feed import FeedError
from takeitdown_platform.inner import PdqInnerSignal
from takeitdown_platform.signals import PhotoMD5Signal
from tests.platform.conftest import COLLAB, TxCli, report_of
from tests.plugins.faulty_proxy import FaultyProxy
from tests.plugins.intake_server import IntakeServer, both_backends

SIGNAL_TYPES = [PdqSignal, PdqInnerSignal, PhotoMD5Signal, VideoMD5Signal, VideoSHA256Signal]


def _api(
    url: str, token: str, *, page_size: int = 1000, retries: int = 5
) -> TakeItDownSignalExchangeAPI:
    collab = TakeItDownCollabConfig(name=COLLAB, url=url, page_size=page_size, retries=retries)
    return TakeItDownSignalExchangeAPI.for_collab(collab, TakeItDownCredentials(token))


def _fetch(
    api: TakeItDownSignalExchangeAPI,
    store: dict[str, ListItem],
    checkpoint: TakeItDownCheckpoint | None = None,
    pages: int | None = None,
) -> TakeItDownCheckpoint | None:
    """Fetch as pytx's CLI does (merge each delta, keep its checkpoint); stop after ``pages``."""
    for number, delta in enumerate(api.fetch_iter(SIGNAL_TYPES, checkpoint), 1):
        api.naive_fetch_merge(store, delta.updates)
        checkpoint = delta.checkpoint
        if pages is not None and number >= pages:
            break
    return checkpoint


def _signals(
    api: type[TakeItDownSignalExchangeAPI], store: dict[str, ListItem]
) -> dict[type[SignalType], dict[str, TakeItDownSignalMetadata]]:
    collab = TakeItDownCollabConfig(name=COLLAB, url="https://example.org")
    return api.naive_convert_to_signal_type(SIGNAL_TYPES, collab, store)


@both_backends
def test_pages_resume_from_the_checkpoint(
    intake_server: IntakeServer, threatexchange_dir: Path
) -> None:
    images = sorted((threatexchange_dir / "images" / "bridge-mods").glob("*.jpg"))
    for photo in images[:5]:
        report_of(intake_server, [photo])
    token = intake_server.add_platform()

    store: dict[str, ListItem] = {}
    # Interrupted after two pages of two...
    checkpoint = _fetch(_api(intake_server.url, token, page_size=2), store, pages=2)
    assert checkpoint is not None
    assert len(store) == 4
    # ...and resumed later by another process from the stored checkpoint.
    resumed = pickle.loads(pickle.dumps(checkpoint))
    more: dict[str, ListItem] = {}
    final = _fetch(_api(intake_server.url, token, page_size=2), more, resumed)
    assert len(more) == 1
    assert not set(more) & set(store)
    # Up to date: a further fetch yields nothing and keeps the checkpoint.
    assert list(_api(intake_server.url, token).fetch_iter(SIGNAL_TYPES, final)) == []


@both_backends
def test_withdrawal_deletes_and_a_shared_hash_stays_for_the_other_report(
    intake_server: IntakeServer, threatexchange_dir: Path
) -> None:
    photo = threatexchange_dir / "images" / "labelme-subset" / "q1050.jpg"
    video = threatexchange_dir / "videos" / "pattern-sd-grey-bar.mp4"
    first = report_of(intake_server, [photo, video])
    second = report_of(intake_server, [photo])  # the same photo, reported again
    token = intake_server.add_platform()
    api = _api(intake_server.url, token)
    store: dict[str, ListItem] = {}
    checkpoint = _fetch(api, store)
    assert len(store) == 3

    signals = _signals(TakeItDownSignalExchangeAPI, store)
    pdq = signals[PdqSignal]
    assert len(pdq) >= 2  # the main hash and its rotations and flips
    assert all(len(meta.item_ids) == 2 for meta in pdq.values())
    assert set(signals[PdqInnerSignal]) == set(pdq)
    assert len(signals[PhotoMD5Signal]) == 1
    assert len(signals[VideoMD5Signal]) == len(signals[VideoSHA256Signal]) == 1

    client = IntakeClient(intake_server.url)
    client.withdraw(first.report_id, first.secret_key)
    checkpoint = _fetch(api, store, checkpoint)
    assert len(store) == 1
    after = _signals(TakeItDownSignalExchangeAPI, store)
    assert set(after[PdqSignal]) == set(pdq)  # still listed by the second report
    assert all(len(meta.item_ids) == 1 for meta in after[PdqSignal].values())
    assert VideoMD5Signal not in after

    client.withdraw(second.report_id, second.secret_key)
    _fetch(api, store, checkpoint)
    assert store == {}
    assert _signals(TakeItDownSignalExchangeAPI, store) == {}


def test_a_removal_is_a_deletion_for_hma_too(
    intake_server: IntakeServer, threatexchange_dir: Path
) -> None:
    """HMA stores one record per update key and deletes it on a ``None`` update."""
    receipt = report_of(intake_server, [threatexchange_dir / "images" / "misc" / "wee.jpg"])
    token = intake_server.add_platform()
    api = _api(intake_server.url, token)
    (added,) = list(api.fetch_iter(SIGNAL_TYPES, None))
    ((item_id, item),) = added.updates.items()
    assert item is not None
    # HMA converts each record on its own, and pickles it.
    one = TakeItDownSignalExchangeAPI.naive_convert_to_signal_type(
        SIGNAL_TYPES, api.collab, {item_id: pickle.loads(pickle.dumps(item))}
    )
    assert set(one) == {PdqSignal, PdqInnerSignal, PhotoMD5Signal}
    IntakeClient(intake_server.url).withdraw(receipt.report_id, receipt.secret_key)
    (removed,) = list(api.fetch_iter(SIGNAL_TYPES, added.checkpoint))
    assert removed.updates == {item_id: None}


def test_service_errors_are_tried_again(
    intake_server: IntakeServer,
    faulty_proxy: Callable[[str], FaultyProxy],
    threatexchange_dir: Path,
) -> None:
    for name in ("wee.jpg", "pen-and-coaster.png"):
        report_of(intake_server, [threatexchange_dir / "images" / "misc" / name])
    proxy = faulty_proxy(intake_server.url)
    proxy.faults = [None, 503, "close", 502]  # page 1 passes, page 2 fails three times
    store: dict[str, ListItem] = {}
    _fetch(_api(proxy.url, intake_server.add_platform(), page_size=1, retries=3), store)
    assert len(store) == 2
    afters = [query["after"] for query in proxy.queries]
    assert afters[1:4] == [afters[1]] * 3  # the same page asked for again, not skipped


def test_a_long_outage_stops_the_fetch_and_the_next_resumes(
    intake_server: IntakeServer,
    faulty_proxy: Callable[[str], FaultyProxy],
    tx_cli: TxCli,
    threatexchange_dir: Path,
) -> None:
    photos = sorted((threatexchange_dir / "images" / "bridge-mods").glob("*.jpg"))[:3]
    for photo in photos:
        report_of(intake_server, [photo])
    proxy = faulty_proxy(intake_server.url)
    tx_cli.token = intake_server.add_platform()
    tx_cli.connect(proxy.url, "--page-size", "1", "--retries", "1", vpdq=False)

    proxy.faults = [None, 503, 503]
    failed = tx_cli.run("fetch", check=False)
    assert failed.returncode != 0
    assert "is busy or having trouble (HTTP 503)" in failed.stderr
    stopped_at = proxy.queries[1]["after"]

    proxy.queries.clear()
    tx_cli.run("fetch")
    assert proxy.queries[0]["after"] == stopped_at  # resumed, not started over
    assert "pdq: " in tx_cli.run("dataset").stdout
    for photo in photos:
        assert "photo_md5" in {line.split()[0] for line in tx_cli.matches("photo", photo)}


def test_a_wrong_or_revoked_token_is_said_in_words(
    intake_server: IntakeServer, tx_cli: TxCli
) -> None:
    with pytest.raises(FeedError, match="refused the platform token") as wrong:
        list(_api(intake_server.url, "tid_not-a-real-token").fetch_iter(SIGNAL_TYPES, None))
    assert wrong.value.code == "token_refused"
    assert not wrong.value.retryable

    tx_cli.token = intake_server.add_platform("revoked-site")
    tx_cli.connect(intake_server.url, vpdq=False)
    tx_cli.run("fetch")
    assert intake_server.store.revoke_platform("revoked-site")
    refused = tx_cli.run("fetch", check=False)
    assert refused.returncode != 0
    assert "refused the platform token: it is wrong, or it has been revoked" in refused.stderr

    tx_cli.token = ""
    missing = tx_cli.run("fetch", check=False)
    assert "TX_TAKEITDOWN_TOKEN" in missing.stderr


def test_a_refused_cursor_says_what_to_do(
    intake_server: IntakeServer, faulty_proxy: Callable[[str], FaultyProxy]
) -> None:
    proxy = faulty_proxy(intake_server.url)
    proxy.faults = [409]
    api = _api(proxy.url, intake_server.add_platform())
    with pytest.raises(FeedError, match="fetch --clear") as refused:
        list(api.fetch_iter(SIGNAL_TYPES, TakeItDownCheckpoint("some-old-cursor")))
    assert refused.value.code == "cursor_refused"
    assert "'some-old-cursor'" in refused.value.message
    assert len(proxy.queries) == 1  # never retried: trying again cannot help


def test_a_service_that_is_down_is_said_in_words(tmp_path: Path) -> None:
    api = _api("http://127.0.0.1:9", "tid_token", retries=1)
    with pytest.raises(FeedError, match="Could not connect to the service") as down:
        list(api.fetch_iter(SIGNAL_TYPES, None))
    assert down.value.retryable


@pytest.mark.parametrize(
    "url", ["http://intake.example.org", "ftp://127.0.0.1", "https://user:pw@example.org"]
)
def test_the_token_is_never_sent_in_the_clear(url: str) -> None:
    with pytest.raises(FeedError, match="HTTPS address"):
        list(_api(url, "tid_token").fetch_iter(SIGNAL_TYPES, None))


def test_the_extension_needs_neither_the_app_nor_the_service() -> None:
    """A platform installs takeitdown-platform alone: no Qt, no desktop app, no server."""
    loaded = subprocess.run(
        [sys.executable, "-c",
         "import sys, takeitdown_platform; print(' '.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout.split()  # fmt: skip
    assert "threatexchange" in loaded
    unwanted = ("takeitdown_desktop", "takeitdown_intake", "PySide6", "fastapi", "sqlalchemy")
    assert not [name for name in loaded if name.startswith(unwanted)]


def test_malformed_digests_are_left_out_and_weak_hashes_never_indexed() -> None:
    strong, weak = "ab" * 32, "cd" * 32
    item = ListItem.from_feed(
        {
            "id": "1" * 32,
            "media_type": "image",
            "md5": "not-hex",
            "pdq": {"hash": strong, "quality": 90},
            "pdq_dihedral": [strong, "zz" * 32, "ef" * 31],
            "pdq_variants": [{"hash": weak, "quality": 20}, {"hash": "12" * 32}, "x"],
            "unknown_field": 1,
        }
    )
    assert item.md5 is None
    assert list(item.pdq_hashes(min_quality=0)) == [strong, weak]
    assert list(item.pdq_hashes()) == [strong]
    video = ListItem.from_feed({"media_type": "video", "vpdq": [{"hash": weak, "quality": 10}]})
    assert video.vpdq_signal() is None  # pytx's vPDQ index refuses a video with no frame left
    assert pickle.loads(pickle.dumps(item)) == item
