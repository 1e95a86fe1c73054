"""A request body turned into a ``ValidReport`` (or a ``Refusal``), away from the event loop.

Why away: Python's JSON parser holds the interpreter lock and, on hostile input, grows ~30
times the body's size (a 24 MB body of ``{},{},...`` takes 2.5 s and 680 MB). On the event
loop that froze every other request. So:

- a body of up to ``SMALL_BODY_BYTES`` (every report a person sends from the app is far
  below it) is parsed in a thread of the service process: a few milliseconds at worst;
- a larger one goes to a worker process (at most ``WORKERS`` of them, each capped at
  ``WORKER_MEMORY_BYTES`` of address space). A hostile body costs that worker, never the
  service, and a body that would need more memory is refused (``body_too_complex``).

Both paths run ``parse_report``, which fails fast: the body must be UTF-8, hold no more JSON
tokens than a valid report of its size could, repeat no key in an object, and pass
``takeitdown_protocol.validate.check_report`` (which stops at the first ``MAX_DETAILS``
problems). What comes back is only what the store writes (hashes and strings), not the
parsed tree.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import multiprocessing
import os
import resource
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Final

import takeitdown_protocol as protocol
from takeitdown_protocol.fields import DIGEST_FIELDS
from takeitdown_protocol.validate import check_report

#: The most problems one answer lists.
MAX_DETAILS: Final = 20
#: Bodies up to this size are parsed in the service process (the app's are ~10 KB).
SMALL_BODY_BYTES: Final = 256 * 1024
#: Worker processes for larger bodies (one per core of a small server).
WORKERS: Final = 2
#: Address-space cap of a worker: parsing beyond it raises MemoryError there.
WORKER_MEMORY_BYTES: Final = 256 * 1024 * 1024
#: A valid report spends at least this many bytes per JSON token (``{``, ``[``, ``,``, ``:``):
#: a compact vPDQ frame, the densest part, spends ~10. Hostile bodies of ``{},`` spend 3.
MIN_BYTES_PER_TOKEN: Final = 6


@dataclass(frozen=True, slots=True)
class ValidReport:
    """What the store keeps of a valid body: its canonical hash, key verifier, role, and per
    item the media type and the digests as compact JSON (exactly what the feed publishes)."""

    body_sha256: str
    verifier: str
    role: str
    items: tuple[tuple[str, str], ...]

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> ValidReport:
        """A body that ``check_report`` accepted, reduced to what is stored."""
        return cls(
            canonical_sha256(body),
            body["key_verifier"],
            body["role"],
            tuple((item["media_type"], _digests_json(item)) for item in body["items"]),
        )


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a body is refused: an HTTP status, a stable code, a sentence, maybe details."""

    status: int
    code: str
    message: str
    details: tuple[tuple[str, str], ...] | None = None


def canonical_sha256(body: dict[str, Any]) -> str:
    """Hash of the body independent of whitespace and key order (for idempotent replays)."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _digests_json(item: dict[str, Any]) -> str:
    """An item's digests as stored and published: compact JSON in the field table's order."""
    digests = {field.name: item[field.name] for field in DIGEST_FIELDS if field.name in item}
    return json.dumps(digests, separators=(",", ":"), ensure_ascii=True)


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook``: a JSON object, refused if a key appears twice (otherwise the
    last one would silently win: ``"attested_under_18": false, ..., true``)."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return obj


NOT_UTF8 = Refusal(
    400, "wrong_encoding", "Send the report as JSON in UTF-8 (not UTF-16 or UTF-32)."
)
MALFORMED = Refusal(400, "malformed_json", "The request body is not valid JSON.")
TOO_COMPLEX = Refusal(
    413, "body_too_complex", "The request body holds more values than any valid report."
)


def parse_report(raw: bytes) -> ValidReport | Refusal:
    """``raw`` checked strictly and reduced to a ``ValidReport``, or why it is refused."""
    # JSON text never holds a NUL byte, and UTF-16/32 text of ASCII always does; their byte
    # order marks are not UTF-8 either. Python's parser would guess the encoding: refuse.
    if b"\x00" in raw:
        return NOT_UTF8
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return NOT_UTF8
    tokens = sum(raw.count(symbol) for symbol in (b"{", b"[", b",", b":"))
    if tokens > 64 + len(raw) // MIN_BYTES_PER_TOKEN:
        return TOO_COMPLEX
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except _DuplicateKey as duplicate:
        return Refusal(
            400,
            "duplicate_key",
            "A key appears twice in one JSON object; send each key once.",
            (("body", f"the key {duplicate.key[:40]!r} appears more than once"),),
        )
    except (ValueError, RecursionError):
        return MALFORMED
    if (
        isinstance(data, dict)
        and isinstance(data.get("items"), list)
        and len(data["items"]) > protocol.MAX_ITEMS
    ):
        return Refusal(422, "too_many_items", f"A report holds at most {protocol.MAX_ITEMS} items.")
    problems = check_report(data, MAX_DETAILS)
    if problems:
        return Refusal(
            422,
            "invalid_report",
            "The report does not follow the protocol; see details.",
            tuple((problem.where, problem.problem) for problem in problems),
        )
    return ValidReport.from_body(data)


def _worker_start() -> None:
    """Cap the worker's memory, and let the service's own process go first for the CPU: a
    flood of large bodies then slows only the large bodies."""
    resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_BYTES, WORKER_MEMORY_BYTES))
    os.nice(19)


def _parse_in_worker(raw: bytes) -> ValidReport | Refusal:
    try:
        return parse_report(raw)
    except MemoryError:
        return TOO_COMPLEX


class WorkerPool:
    """The worker processes for large bodies, started on first use (most services never
    see one) and stopped by ``close``. A worker that dies is replaced."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # forkserver: a worker is a fresh, small interpreter, not a copy of the service
            # (its threads, connections and memory).
            self._pool = ProcessPoolExecutor(
                WORKERS,
                mp_context=multiprocessing.get_context("forkserver"),
                initializer=_worker_start,
            )
        return self._pool

    async def parse(self, raw: bytes) -> ValidReport | Refusal:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor(), _parse_in_worker, raw)
        except BrokenProcessPool:  # a worker was killed (out of memory in C code, say)
            self.close()
            return TOO_COMPLEX

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
