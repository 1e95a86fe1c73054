"""The Take It Down list as a python-threatexchange ``SignalExchangeAPI``.

How the feed maps onto pytx (docs/PLATFORMS.md says it for platforms):

- **One update per list item, keyed by the item's id.** pytx lets an exchange key its updates
  as it likes; the simple form, one key per (signal type, value), cannot express our removals:
  a removal names only the item's id (the digests are gone from the service), and one item
  gives many signals (its PDQ, 8 dihedral PDQs and up to 256 variant PDQs). Keyed by id, a
  removal is ``{id: None}`` and pytx deletes the whole item, every signal of it, in its own
  store, HMA's database included (HMA keeps one bank entry per key). Like NCMEC's exchange.
- **Two items that share a hash** (the same photo reported twice, a symmetric photo whose
  mirror equals itself) stay two records; the signal's metadata lists both ids, and removing
  one leaves the other matching.
- **Signals per item** (:func:`signals_of`): every ``pdq``, ``pdq_dihedral`` and
  ``pdq_variants`` hash of an image is an ordinary ``pdq`` signal (and a ``pdq_inner`` one,
  this extension's matcher that sees through app chrome); a video's ``md5`` and ``sha256`` are
  ``video_md5`` and ``video_sha256``; its ``vpdq`` frames plus ``vpdq_variants`` are one
  ``vpdq`` signal when pytx's vPDQ extension is enabled; a photo's ``md5`` is ``photo_md5``
  (this extension's exact-file type: pytx has none for photos, and PDQ cannot match a photo of
  quality under 50 at all). An ``other`` file, one the reporting app could not decode, has
  exact digests only: they become ``photo_md5``, ``video_md5`` and ``video_sha256``, since an
  exact digest matches nothing else whatever the platform takes the file for. A photo's
  ``sha256`` adds nothing to its ``md5`` for matching and is not indexed; ``phash`` and
  ``dhash`` have no pytx type.
- **Weak hashes are left out**: PDQ hashes (and vPDQ frames) of quality under 50, which pytx
  never computes for an upload and which would only cause false matches.
- **Withdrawn means deleted.** The feed's ``{"action": "remove", "id"}`` becomes pytx's
  ``None`` update. (pytx's own StopNCII adapter compares ``hashValue`` where it means
  ``hashStatus``, so it never deletes; ``tests/platform`` proves this one does.)
"""

import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from threatexchange.exchanges import auth
from threatexchange.exchanges import fetch_state as state
from threatexchange.exchanges.collab_config import CollaborationConfigWithDefaults
from threatexchange.exchanges.signal_exchange_api import SignalExchangeAPI
from threatexchange.signal_type.signal_base import SignalType

from takeitdown_platform.feed import (
    DEFAULT_RETRIES,
    START_CURSOR,
    FeedClient,
    FeedError,
)
from takeitdown_protocol.fields import DIGEST_FIELDS

API_NAME = "takeitdown"
#: pytx never hashes an upload whose PDQ quality is under this, and weak hashes on the list
#: would only cause false matches (PdqSignal.QUALITY_THRESHOLD, vPDQ's quality threshold).
MIN_QUALITY = 50
PDQ_BYTES = 32

logger = logging.getLogger(__name__)


@dataclass
class _RequiredFields:
    url: str = field(
        metadata={
            "help": "the Take It Down service's address, e.g. https://intake.example.org",
            "metavar": "URL",
        }
    )


@dataclass
class TakeItDownCollabConfig(CollaborationConfigWithDefaults, _RequiredFields):
    """A platform's connection to one Take It Down service. The token is a credential."""

    api: str = field(init=False, default=API_NAME)
    page_size: int = field(
        default=1000, metadata={"help": "list items per request (1-10000, default 1000)"}
    )
    retries: int = field(
        default=DEFAULT_RETRIES,
        metadata={
            "help": "tries again this many times while the service is down or busy, "
            f"waiting 1, 2, 4 ... s (default {DEFAULT_RETRIES})"
        },
    )


@dataclass
class TakeItDownCheckpoint(state.FetchCheckpointBase):
    """The service's cursor after the last page stored: opaque, never parsed.

    It never goes stale: the feed keeps every change, and a cursor the service no longer
    recognises is refused (HTTP 409) rather than silently skipping anything.
    """

    cursor: str


@dataclass
class TakeItDownCredentials(auth.CredentialHelper):
    """The platform token the service's operator issued (``takeitdown-intake platform add``)."""

    ENV_VARIABLE: ClassVar[str] = "TX_TAKEITDOWN_TOKEN"
    FILE_NAME: ClassVar[str] = "~/.tx_takeitdown_token"

    token: str = field(metadata={"help": "the platform token from the service's operator"})

    @classmethod
    def _from_str(cls, s: str) -> "TakeItDownCredentials":
        return cls(s.strip())

    def _are_valid(self) -> bool:
        return bool(self.token) and not any(c.isspace() for c in self.token)


@dataclass
class TakeItDownSignalMetadata(state.FetchedSignalMetadata):
    """What a platform learns about a matching signal: the list item(s) that hold it.

    Item ids are random per item (never the report number), so they tell nothing about who
    reported. Every Take It Down entry is a person's own report that nobody else has seen, so
    a match is an investigation seed: a platform reviews the matching upload before acting.
    """

    item_ids: list[str]

    def get_as_opinions(self) -> Sequence[state.SignalOpinion]:
        return [state.SignalOpinion(False, state.SignalOpinionCategory.INVESTIGATION_SEED, set())]

    def __str__(self) -> str:
        return f"{super().__str__()} item={','.join(self.item_ids)}"


@dataclass(frozen=True, slots=True)
class ListItem:
    """One list item as fetched: the record pytx stores under the item's id.

    Hashes are packed (32 bytes per PDQ, one byte of quality each) because a platform keeps
    the whole list in memory and on disk, and an item can hold 265 PDQs: as Python strings
    that is over 100 bytes a hash, packed 33. Duplicates within the item are kept once.
    """

    media_type: str
    pdq: bytes = b""
    pdq_quality: bytes = b""
    vpdq: bytes = b""
    vpdq_quality: bytes = b""
    md5: str | None = None
    sha256: str | None = None

    @classmethod
    def from_feed(cls, change: Mapping[str, Any]) -> "ListItem":
        """Read an ``add`` change. A malformed digest is left out, never the whole item.

        Which field is which kind of hash comes from the protocol's one table of digest
        fields (``takeitdown_protocol.fields``): every field whose signal is ``pdq`` (the main
        hash, the dihedral hashes, the variants, and any added later) is an ordinary PDQ.
        """
        pdqs: list[tuple[Any, Any]] = []
        frames: list[tuple[Any, Any]] = []
        exact: dict[str, str | None] = {}
        main = change.get("pdq")
        main_quality = main.get("quality") if isinstance(main, dict) else None
        for spec in DIGEST_FIELDS:
            value = change.get(spec.name)
            if value is None:
                continue
            entries = value if isinstance(value, list) else [value]
            if spec.shape.is_list != isinstance(value, list):
                entries = []
            if spec.signal in (PDQ, VPDQ):
                # Listed hashes without a quality of their own (the dihedral ones) have
                # the quality of the picture they were turned from.
                pairs = (
                    [_pair(entry) for entry in entries]
                    if spec.shape.has_quality
                    else [(entry, main_quality) for entry in entries]
                )
                (pdqs if spec.signal == PDQ else frames).extend(pairs)
            elif spec.of_bytes and entries:
                exact[spec.signal] = _hex(entries[0], spec.digits // 2)
        pdq, pdq_quality = _pack(pdqs, dedupe=True)
        # vPDQ frames stay in order and keep repeats: the extension's index dedupes itself.
        vpdq, vpdq_quality = _pack(frames, dedupe=False)
        return cls(
            str(change.get("media_type", "other")),
            pdq,
            pdq_quality,
            vpdq,
            vpdq_quality,
            exact.get("md5"),
            exact.get("sha256"),
        )

    def pdq_hashes(self, min_quality: int = MIN_QUALITY) -> Iterator[str]:
        """The item's PDQ hashes (main, dihedral, variants) of at least ``min_quality``."""
        for i, quality in enumerate(self.pdq_quality):
            if quality >= min_quality:
                yield self.pdq[i * PDQ_BYTES : (i + 1) * PDQ_BYTES].hex()

    def vpdq_signal(self, min_quality: int = MIN_QUALITY) -> str | None:
        """The frames as pytx's vPDQ extension writes a video's signal, or None if none is
        strong enough (its index refuses a video with no frame left after filtering).

        That form is a JSON list of ``"hash,quality,timestamp"``. The list carries no
        times (they would reveal the video's length) and matching never reads them, so the
        frame's place in the list stands in.
        """
        frames = [
            f'"{self.vpdq[i * PDQ_BYTES : (i + 1) * PDQ_BYTES].hex()},{quality},{i}.0"'
            for i, quality in enumerate(self.vpdq_quality)
            if quality >= min_quality
        ]
        return f"[{','.join(frames)}]" if frames else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _pair(value: Any) -> tuple[Any, Any]:
    if type(value) is dict:
        return value.get("hash"), value.get("quality")
    return None, None


def _hex(value: Any, size: int) -> str | None:
    if not isinstance(value, str) or len(value) != 2 * size:
        return None
    try:
        return bytes.fromhex(value).hex()
    except ValueError:
        return None


def _pack(hashes: list[tuple[Any, Any]], *, dedupe: bool) -> tuple[bytes, bytes]:
    """(hashes as raw bytes end to end, one quality byte each); malformed ones left out.

    Decoded in one ``bytes.fromhex`` call when every hash is well formed (the usual case, and
    most of a fetch's time goes here); hash by hash only when one is not.
    """
    wanted: dict[str, int] | list[tuple[str, int]] = {} if dedupe else []
    skipped = 0
    for value, quality in hashes:
        if (
            isinstance(value, str)
            and len(value) == 2 * PDQ_BYTES
            and type(quality) is int
            and 0 <= quality <= 100
        ):
            if isinstance(wanted, dict):
                wanted.setdefault(value.lower(), quality)
            else:
                wanted.append((value, quality))
        else:
            skipped += 1
    pairs = list(wanted.items()) if isinstance(wanted, dict) else wanted
    try:
        packed = bytes.fromhex("".join(value for value, _ in pairs))
    except ValueError:
        packed = b""
    if len(packed) != PDQ_BYTES * len(pairs):
        good = []
        for value, quality in pairs:
            try:
                raw = bytes.fromhex(value)
            except ValueError:
                raw = b""
            if len(raw) == PDQ_BYTES:
                good.append((raw, quality))
            else:
                skipped += 1
        packed = b"".join(raw for raw, _ in good)
        pairs = [(raw.hex(), quality) for raw, quality in good]
    if skipped:
        logger.warning("left out %d malformed hash(es) of a list item", skipped)
    return packed, bytes(quality for _, quality in pairs)


# Signal types by name, so that types from extensions we do not import (vPDQ) and subclasses
# a deployment may use are matched too.
PDQ = "pdq"
PDQ_INNER = "pdq_inner"
PHOTO_MD5 = "photo_md5"
VIDEO_MD5 = "video_md5"
VIDEO_SHA256 = "video_sha256"
VPDQ = "vpdq"


def signals_of(item: ListItem, names: set[str]) -> Iterator[tuple[str, str]]:
    """(signal type name, value) for each signal of ``item`` whose type is in ``names``."""
    exact_only = item.media_type not in ("image", "video")
    if item.media_type == "image":
        for name in (PDQ, PDQ_INNER):
            if name in names:
                yield from ((name, h) for h in item.pdq_hashes())
    if item.md5 is not None:
        if PHOTO_MD5 in names and (item.media_type == "image" or exact_only):
            yield PHOTO_MD5, item.md5
        if VIDEO_MD5 in names and (item.media_type == "video" or exact_only):
            yield VIDEO_MD5, item.md5
    if (
        item.sha256 is not None
        and VIDEO_SHA256 in names
        and (item.media_type == "video" or exact_only)
    ):
        yield VIDEO_SHA256, item.sha256
    if item.media_type == "video" and VPDQ in names:
        frames = item.vpdq_signal()
        if frames is not None:
            yield VPDQ, frames


class TakeItDownSignalExchangeAPI(
    auth.SignalExchangeWithAuth[TakeItDownCollabConfig, TakeItDownCredentials],
    SignalExchangeAPI[
        TakeItDownCollabConfig,
        TakeItDownCheckpoint,
        TakeItDownSignalMetadata,
        str,
        ListItem,
    ],
):
    """Fetches a Take It Down service's list (``GET /v1/hashes``) into pytx or HMA."""

    def __init__(self, collab: TakeItDownCollabConfig, token: str) -> None:
        super().__init__()
        self.collab = collab
        self._token = token

    @classmethod
    def get_name(cls) -> str:
        return API_NAME

    @staticmethod
    def get_config_cls() -> type[TakeItDownCollabConfig]:
        return TakeItDownCollabConfig

    @staticmethod
    def get_checkpoint_cls() -> type[TakeItDownCheckpoint]:
        return TakeItDownCheckpoint

    @staticmethod
    def get_record_cls() -> type[TakeItDownSignalMetadata]:
        return TakeItDownSignalMetadata

    @staticmethod
    def get_credential_cls() -> type[TakeItDownCredentials]:
        return TakeItDownCredentials

    @classmethod
    def for_collab(
        cls,
        collab: TakeItDownCollabConfig,
        credentials: TakeItDownCredentials | None = None,
    ) -> "TakeItDownSignalExchangeAPI":
        credentials = credentials or TakeItDownCredentials.get(cls)
        return cls(collab, credentials.token)

    def fetch_iter(
        self,
        _supported_signal_types: Sequence[type[SignalType]],
        checkpoint: TakeItDownCheckpoint | None,
    ) -> Iterator[state.FetchDelta[str, ListItem, TakeItDownCheckpoint]]:
        """One delta per page; each page's cursor is the checkpoint stored with it."""
        cursor = checkpoint.cursor if checkpoint is not None else START_CURSOR
        try:
            client = FeedClient(
                self.collab.url,
                self._token,
                page_size=self.collab.page_size,
                retries=self.collab.retries,
            )
            for page in client.pages(cursor):
                updates: dict[str, ListItem | None] = {}
                for change in page.changes:
                    item_id = change.get("id") if isinstance(change, dict) else None
                    if not isinstance(item_id, str):
                        continue
                    # Later changes win: the feed is in order, so add-then-remove is removed.
                    if change.get("action") == "remove":
                        updates[item_id] = None
                    elif change.get("action") == "add":
                        updates[item_id] = ListItem.from_feed(change)
                if updates or page.cursor != cursor:
                    yield state.FetchDelta(updates, TakeItDownCheckpoint(page.cursor))
                cursor = page.cursor
        except FeedError as error:
            # pytx's CLI logs a failed fetch's exception only when run with -v, and by
            # default shows log records of CRITICAL alone: this is how the sentence that
            # says what to do (a refused token, a cursor the service does not know) reaches
            # the person running `threatexchange fetch`. HMA logs it at any level.
            logger.critical("[%s] %s - %s", API_NAME, self.collab.name, error.message)
            raise

    @classmethod
    def fetch_value_merge(cls, old: ListItem | None, new: ListItem | None) -> ListItem | None:
        # An item never changes once listed: an add replaces nothing, a removal deletes.
        return new

    @classmethod
    def naive_convert_to_signal_type(
        cls,
        signal_types: Sequence[type[SignalType]],
        collab: TakeItDownCollabConfig,
        fetched: Mapping[str, ListItem],
    ) -> dict[type[SignalType], dict[str, TakeItDownSignalMetadata]]:
        by_name = {st.get_name(): st for st in signal_types}
        names = set(by_name)
        ret: dict[type[SignalType], dict[str, TakeItDownSignalMetadata]] = {}
        for item_id, item in fetched.items():
            if item is None:
                continue
            for name, value in signals_of(item, names):
                signals = ret.setdefault(by_name[name], {})
                metadata = signals.get(value)
                if metadata is None:
                    signals[value] = TakeItDownSignalMetadata([item_id])
                elif item_id not in metadata.item_ids:
                    metadata.item_ids.append(item_id)
        return ret
