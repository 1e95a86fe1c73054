"""Reading the Take It Down list: ``GET /v1/hashes`` page by page (docs/PROTOCOL.md).

This is the only module here that talks HTTP. It knows the endpoint, the token header, which
failures are worth another try (the service down, a timeout, 5xx, 429) and which are not
(a refused token, a cursor the service does not know, a wrong address), and it turns each of
them into a :class:`FeedError` whose message says in words what happened and what to do.
The cursor is opaque: it is stored and sent back, never parsed.
"""

from __future__ import annotations

import ipaddress
import logging
import random
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import requests

from takeitdown_platform.version import __version__
from takeitdown_protocol import API_PREFIX

FEED_PATH = f"{API_PREFIX}/hashes"
#: Where a fetch starts when it has no checkpoint yet.
START_CURSOR = "0"
#: The service's own upper bound for ``limit``.
MAX_PAGE_SIZE = 10_000
USER_AGENT = f"takeitdown-platform/{__version__}"
DEFAULT_TIMEOUT = (10.0, 60.0)
DEFAULT_RETRIES = 5
#: Waits between tries grow 1, 2, 4, 8 ... seconds up to this, with jitter.
MAX_BACKOFF = 30.0
#: A Retry-After longer than this is not waited for: the fetch stops and resumes next time.
MAX_RETRY_AFTER = 300.0

logger = logging.getLogger(__name__)


class FeedError(Exception):
    """The list could not be read. ``code`` is stable; ``message`` says it in words.

    ``retryable`` says whether the next scheduled fetch may simply try again (the service was
    down or busy): it resumes from the last page that arrived, so nothing is lost or skipped.
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.retryable = retryable
        #: Seconds the service asked us to wait (``Retry-After``), if it said.
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the feed: its changes in order, the cursor after them, whether more wait."""

    changes: list[dict[str, Any]]
    cursor: str
    more: bool


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_service_url(url: str) -> str:
    """The service's base URL without a trailing slash; HTTPS unless it is this computer.

    The platform token travels with every request, so it is never sent in the clear.
    """
    parts = urllib.parse.urlsplit(url.strip())
    host = parts.hostname or ""
    if (
        not host
        or parts.username is not None
        or parts.password is not None
        or parts.query
        or parts.fragment
        or not (parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(host)))
    ):
        raise FeedError(
            "bad_url",
            f"{url!r} is not a usable address for a Take It Down service. Give its HTTPS "
            "address, for example https://intake.example.org (plain http:// only for this "
            "computer).",
        )
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


class FeedClient:
    """Reads one service's feed with one platform token. Not shared between threads."""

    def __init__(
        self,
        url: str,
        token: str,
        *,
        page_size: int = 1000,
        retries: int = DEFAULT_RETRIES,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.url = check_service_url(url)
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise FeedError("bad_page_size", f"page_size must be between 1 and {MAX_PAGE_SIZE}.")
        self._page_size = page_size
        self._retries = max(0, retries)
        self._timeout = timeout
        self._sleep = sleep
        self._session = requests.Session()
        # No .netrc, no proxy settings picked up behind the operator's back.
        self._session.trust_env = False
        self._session.headers.update(
            {
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
                "User-Agent": USER_AGENT,
            }
        )

    def pages(self, cursor: str) -> Iterator[Page]:
        """Every page after ``cursor``, in order, until the feed is up to date."""
        while True:
            page = self.page(cursor)
            yield page
            if not page.more:
                return
            if page.cursor == cursor:
                raise FeedError(
                    "stuck",
                    f"The service at {self.url} said more changes were waiting but gave no "
                    "new position in its list. Try again later; if it keeps happening, tell "
                    "the service's operator.",
                    retryable=True,
                )
            cursor = page.cursor

    def page(self, cursor: str) -> Page:
        """The page after ``cursor``, trying again while the service is down or busy."""
        attempt = 0
        while True:
            try:
                return self._page_once(cursor)
            except FeedError as error:
                if not error.retryable or attempt >= self._retries:
                    raise
                wait = error.retry_after
                if wait is None:
                    wait = min(MAX_BACKOFF, 2.0**attempt) * random.uniform(0.5, 1.0)
                attempt += 1
                logger.warning(
                    "%s; trying again in %.1f s (%d of %d)",
                    error.message,
                    wait,
                    attempt,
                    self._retries,
                )
                self._sleep(wait)

    def _page_once(self, cursor: str) -> Page:
        try:
            response = self._session.get(
                self.url + FEED_PATH,
                params={"after": cursor, "limit": str(self._page_size), "format": "json"},
                timeout=self._timeout,
                allow_redirects=False,
            )
        except requests.Timeout:
            raise FeedError(
                "timeout", f"The service at {self.url} did not answer in time.", retryable=True
            ) from None
        except requests.ConnectionError:
            raise FeedError(
                "unreachable",
                f"Could not connect to the service at {self.url}: it may be down.",
                retryable=True,
            ) from None
        except requests.RequestException as error:
            raise FeedError(
                "unreachable",
                f"Could not talk to the service at {self.url} ({type(error).__name__}).",
                retryable=True,
            ) from None
        with response:
            if response.status_code == 200:
                return self._parse(response)
            raise self._refusal(response, cursor)

    def _parse(self, response: requests.Response) -> Page:
        try:
            body = response.json()
            changes = body["changes"]
            cursor = body["cursor"]
            more = body["more"]
            if not (isinstance(changes, list) and isinstance(cursor, str)):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            # A front end answering with its own page (a captive portal, a maintenance page)
            # is a passing state of the service, not a reason to stop for good.
            raise FeedError(
                "not_a_feed",
                f"The service at {self.url} answered with something that is not a Take It "
                "Down list.",
                retryable=True,
            ) from None
        return Page(changes, cursor, more is True)

    def _refusal(self, response: requests.Response, cursor: str) -> FeedError:
        status = response.status_code
        said = _service_message(response)
        if status == 401:
            return FeedError(
                "token_refused",
                f"The service at {self.url} refused the platform token: it is wrong, or it has "
                "been revoked. Ask the service's operator for a new token, then set it in "
                "TX_TAKEITDOWN_TOKEN or ~/.tx_takeitdown_token.",
            )
        if status == 409:
            return FeedError(
                "cursor_refused",
                f"The service at {self.url} does not recognise the position this platform "
                f"saved in its list (cursor {cursor!r}){said} This happens when the service's "
                "database was restored from a backup, or the address now points to another "
                "list. Nothing has been skipped. Fetch the whole list again: "
                "`threatexchange fetch --clear --only-collab NAME`, then "
                "`threatexchange fetch`.",
            )
        if status == 429 or status >= 500:
            retry_after = _retry_after(response.headers.get("Retry-After"))
            return FeedError(
                "busy" if status == 429 else "server_error",
                f"The service at {self.url} is busy or having trouble (HTTP {status}){said}",
                # A wait longer than MAX_RETRY_AFTER is not sat through: the fetch stops, and
                # the next scheduled one resumes from the same checkpoint.
                retryable=retry_after is None or retry_after <= MAX_RETRY_AFTER,
                retry_after=retry_after,
            )
        if status in (404, 405):
            return FeedError(
                "not_a_service",
                f"There is no Take It Down list at {self.url}{FEED_PATH} (HTTP {status}). "
                "Check the collaboration's url.",
            )
        if 300 <= status < 400:
            return FeedError(
                "redirected",
                f"The service at {self.url} sent the request elsewhere (HTTP {status}); the "
                "token is not followed to another address. Check the collaboration's url.",
            )
        return FeedError(
            "refused",
            f"The service at {self.url} refused the request (HTTP {status}){said}",
        )


def _service_message(response: requests.Response) -> str:
    """``: <the service's own words>.`` from an error body, or ``.`` when there are none."""
    try:
        error = response.json()["error"]
        code, message = str(error["code"]), str(error["message"])
    except (ValueError, KeyError, TypeError):
        return "."
    return f": {message} ({code})."


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
