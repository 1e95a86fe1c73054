"""The one base class of the failures the app explains to the person.

A ``ReportError``, ``ReceiptError`` or ``SubmissionError`` carries a stable ``code`` (for
programs and tests) and a ``message`` written in plain English for someone who may be 13 and
frightened (``ui.messages`` translates it). The window shows any ``ExplainedError`` the same
way, so a new kind of failure needs no new branch there. No Qt here.
"""

from __future__ import annotations


class ExplainedError(Exception):
    """A failure with a stable ``code`` and a kind ``message`` (never a path or a trace)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
