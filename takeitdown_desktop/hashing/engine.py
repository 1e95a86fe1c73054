"""The one hashing API both fronts use: a file in, a ``FileResult`` out, never a crash.

``hash_file`` does one file: it checks the file is a readable regular file and identifies it by
content (``filecheck``), streams its MD5 and SHA-256, then computes the perceptual fingerprints
for images and videos. Any per-file problem becomes a failed ``FileResult`` with a kind
sentence, keeping whatever digests were already made, and the run goes on. ``hash_many`` walks
files and folders and hashes several files at once on a thread pool (Pillow, PyAV, numpy and
hashlib release the GIL for the heavy parts), yielding results in input order with a bounded
number in flight, so a folder of 10,000 files uses bounded memory. Nothing here imports Qt: the
GUI runs these functions on its own worker threads and forwards the callbacks.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path

from takeitdown_desktop.hashing.cancel import CancelToken
from takeitdown_desktop.hashing.digests import Digests, digest_file
from takeitdown_desktop.hashing.errors import MESSAGES, Cancelled, ErrorCode, MediaError
from takeitdown_desktop.hashing.filecheck import CheckedFile, check_file
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.hashing.results import FileResult, MediaType
from takeitdown_desktop.hashing.sniff import Sniffed
from takeitdown_desktop.hashing.threads import in_thread
from takeitdown_desktop.hashing.walk import expand_paths

__all__ = ["BatchProgress", "expand_paths", "hash_file", "hash_many"]

ProgressCallback = Callable[[float], None]


@dataclass(frozen=True, slots=True)
class BatchProgress:
    """How far a ``hash_many`` run has got. ``total`` is final once ``walk_finished``."""

    done: int
    total: int
    walk_finished: bool


def hash_file(
    path: Path,
    options: HashOptions | None = None,
    cancel: CancelToken | None = None,
    on_progress: ProgressCallback | None = None,
) -> FileResult:
    """Fingerprint one file. Never raises for a bad file; see the module docstring."""
    options = options or HashOptions()
    try:
        return _hash_file(path, options, cancel, on_progress)
    except Cancelled:
        return _result(path, None, code=ErrorCode.CANCELLED)
    except MediaError as error:
        return _result(path, None, code=error.code)
    except MemoryError:
        return _result(path, None, code=ErrorCode.TOO_LARGE)
    except Exception:
        # A bug of ours must not stop the other files; the person gets a kind sentence.
        return _result(path, None, code=ErrorCode.INTERNAL)


def hash_many(
    paths: Iterable[Path],
    options: HashOptions | None = None,
    cancel: CancelToken | None = None,
    on_progress: Callable[[BatchProgress], None] | None = None,
    workers: int | None = None,
) -> Iterator[FileResult]:
    """Fingerprint every file under ``paths`` in parallel, yielding results in input order.

    After ``cancel`` is set no new file is started; files already queued come back as
    ``CANCELLED`` results. Stopping the iteration early cancels what has not started.
    """
    options = options or HashOptions()
    workers = workers or os.cpu_count() or 2
    window = 4 * workers
    pending: deque[Future[FileResult]] = deque()
    done = 0
    discovered = 0

    def report(walk_finished: bool) -> None:
        if on_progress is not None:
            on_progress(BatchProgress(done, discovered, walk_finished))

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="hash")
    try:
        for path in expand_paths(paths):
            if cancel is not None and cancel.cancelled:
                break
            pending.append(pool.submit(hash_file, path, options, cancel))
            discovered += 1
            while len(pending) >= window:
                yield pending.popleft().result()
                done += 1
                report(walk_finished=False)
        report(walk_finished=True)
        while pending:
            yield pending.popleft().result()
            done += 1
            report(walk_finished=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _hash_file(
    path: Path,
    options: HashOptions,
    cancel: CancelToken | None,
    on_progress: ProgressCallback | None,
) -> FileResult:
    checked = check_file(path, cancel)
    sniffed = checked.sniffed
    if sniffed.media_type is MediaType.VIDEO:
        return _hash_video_file(path, checked, options, cancel, on_progress)

    digests = _digest(path, checked.size, cancel, _scaled(on_progress, 0.0, 0.5))
    if sniffed.media_type is MediaType.OTHER:
        _report(on_progress, 1.0)
        return _result(path, sniffed, digests)
    return _hash_image_file(path, sniffed, digests, options, cancel, on_progress)


def _hash_image_file(
    path: Path,
    sniffed: Sniffed,
    digests: Digests,
    options: HashOptions,
    cancel: CancelToken | None,
    on_progress: ProgressCallback | None,
) -> FileResult:
    from takeitdown_desktop.hashing.image import hash_image  # noqa: PLC0415 (Pillow is heavy)

    try:
        signals = hash_image(path, options, cancel)
    except MediaError as error:
        return _result(path, sniffed, digests, error.code)
    _report(on_progress, 1.0)
    return replace(
        _result(path, sniffed, digests),
        format=signals.format,
        pdq=signals.pdq,
        pdq_dihedral=signals.pdq_dihedral,
        pdq_variants=signals.pdq_variants,
        phash=signals.phash,
        dhash=signals.dhash,
        width=signals.width,
        height=signals.height,
        thumbnail=signals.thumbnail,
    )


class _Halves:
    """Progress of two parts running side by side, reported as their mean."""

    def __init__(self, on_progress: ProgressCallback | None) -> None:
        self._on_progress = on_progress
        self._parts = [0.0, 0.0]

    def _set(self, part: int, fraction: float) -> None:
        self._parts[part] = fraction
        _report(self._on_progress, 0.5 * (self._parts[0] + self._parts[1]))

    def first(self, fraction: float) -> None:
        self._set(0, fraction)

    def second(self, fraction: float) -> None:
        self._set(1, fraction)


def _hash_video_file(
    path: Path,
    checked: CheckedFile,
    options: HashOptions,
    cancel: CancelToken | None,
    on_progress: ProgressCallback | None,
) -> FileResult:
    """Digest and decode a video at the same time: both release the GIL, and a long video is
    read once from disk into the page cache instead of waiting for two passes in a row.

    ``checked`` goes on to ``hash_video``, which then trusts it instead of stat'ing and
    sniffing the file again.
    """
    from takeitdown_desktop.hashing.video import hash_video  # noqa: PLC0415 (PyAV is heavy)

    halves = _Halves(on_progress)
    digesting = in_thread(
        lambda: _digest(path, checked.size, cancel, halves.first), name="video-digest"
    )
    try:
        signals = hash_video(path, options, cancel, halves.second, checked=checked)
    except MediaError as error:
        return _result(path, checked.sniffed, digesting.result(), error.code)
    finally:
        wait([digesting])
    digests = digesting.result()
    _report(on_progress, 1.0)
    return replace(
        _result(path, checked.sniffed, digests),
        format=signals.format or checked.sniffed.format,
        vpdq=signals.frames,
        vpdq_variants=signals.variants,
        width=signals.width,
        height=signals.height,
        duration=signals.duration,
        thumbnail=signals.thumbnail,
    )


def _digest(
    path: Path, size: int, cancel: CancelToken | None, on_progress: ProgressCallback | None
) -> Digests:
    def on_bytes(count: int) -> None:
        _report(on_progress, min(1.0, count / size))

    try:
        return digest_file(path, cancel, on_bytes if on_progress is not None else None)
    except OSError as error:
        raise MediaError(ErrorCode.UNREADABLE, type(error).__name__) from None


def _scaled(
    on_progress: ProgressCallback | None, start: float, end: float
) -> ProgressCallback | None:
    if on_progress is None:
        return None
    callback = on_progress
    return lambda fraction: callback(start + (end - start) * fraction)


def _report(on_progress: ProgressCallback | None, fraction: float) -> None:
    if on_progress is not None:
        on_progress(fraction)


def _result(
    path: Path,
    sniffed: Sniffed | None,
    digests: Digests | None = None,
    code: ErrorCode | None = None,
) -> FileResult:
    """The one place a result is made: ``ok`` unless ``code`` says why not.

    A file whose picture could not be read keeps the MD5/SHA-256 already made (the same file
    uploaded elsewhere still matches); one that could not be read at all has neither, and no
    media type of its own.
    """
    return FileResult(
        path=str(path),
        ok=code is None,
        media_type=MediaType.OTHER if sniffed is None else sniffed.media_type,
        format=None if sniffed is None else sniffed.format,
        error=None if code is None else MESSAGES[code],
        error_code=None if code is None else code.value,
        md5=None if digests is None else digests.md5,
        sha256=None if digests is None else digests.sha256,
    )
