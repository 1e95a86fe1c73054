"""One person's report, from the prepared fingerprints to the receipt, and every blocking call
about it (send, save for later, open a saved file, save the receipt, check, withdraw).

The calls run on their own small pool (``CallRunner``) so a slow server never waits behind a
long video, and each answer comes back as a signal on the GUI thread. The window connects
the signals to screens' display methods; no screen and no widget does I/O. Everything held
here (the prepared report, the receipt) is dropped by ``forget``, which Start over and quick
exit call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from takeitdown_desktop.errors import ExplainedError
from takeitdown_desktop.hashing.results import FileResult
from takeitdown_desktop.submission.client import IntakeClient, ReportStatus, SubmissionError
from takeitdown_desktop.submission.receipt import Receipt
from takeitdown_desktop.submission.report import (
    PreparedReport,
    ReportError,
    load_pending,
    prepare_report,
    save_pending,
)
from takeitdown_desktop.ui.messages import receipt_text, translate_message
from takeitdown_desktop.ui.privacy import read_chosen_file, write_chosen_file
from takeitdown_desktop.ui.workers import CallRunner
from takeitdown_protocol import Role


def kind_message(error: Exception) -> str:
    """The kind sentence for an error from the submission package (or a generic one)."""
    if isinstance(error, ExplainedError):
        return translate_message(error.message)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "MainWindow", "This file couldn't be opened or saved there. Try another place."
        )
    return QCoreApplication.translate(
        "MainWindow", "Something went wrong. It's not your fault. Please try again."
    )


class Session(QObject):
    """The report being made and its receipt; each call's answer is one signal."""

    # The report to review changed (a ``PreparedReport``, or ``None`` once sent or forgotten).
    prepared_changed = Signal(object)
    # The report could not be made from these results (the kind sentence).
    prepare_failed = Signal(str)
    # The service received the report (the ``Receipt``).
    sent = Signal(object)
    # Sending failed: the kind sentence, and whether trying again may help.
    send_failed = Signal(str, bool)
    # The fingerprints were saved to the chosen file, to send later.
    saved_for_later = Signal()
    # A saved fingerprint file was opened (the ``PreparedReport`` is now ``prepared``).
    opened = Signal(object)
    # A saved fingerprint file could not be opened (the kind sentence).
    open_failed = Signal(str)
    # A note for the done screen ("Saved. Keep the file somewhere private.", or an error).
    receipt_note = Signal(str)
    # A receipt file was opened for checking (the ``Receipt``).
    receipt_opened = Signal(object)
    # The service's answer about a report (a ``ReportStatus``).
    status_received = Signal(object)
    # Checking, withdrawing or opening a receipt failed (the kind sentence).
    check_failed = Signal(str)

    def __init__(
        self,
        endpoint: str,
        client_factory: Callable[[str], IntakeClient] = IntakeClient,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.endpoint = endpoint
        self.client_factory = client_factory
        self.calls = CallRunner(parent=self)
        self.prepared: PreparedReport | None = None
        self.receipt: Receipt | None = None

    def _set_prepared(self, prepared: PreparedReport | None) -> None:
        self.prepared = prepared
        self.prepared_changed.emit(prepared)

    # Making and sending the report ---------------------------------------------------------------

    def prepare(self, results: Sequence[FileResult], role: Role) -> bool:
        """Make the report from ``results``; True if it could be made.

        Confirmed on the review screen before anything is sent: Send stays disabled until the
        box is ticked, and this very object is what the client sends.
        """
        try:
            prepared = prepare_report(results, role, attested_under_18=True)
        except ReportError as exc:
            self.prepare_failed.emit(translate_message(exc.message))
            return False
        self._set_prepared(prepared)
        return True

    def send(self) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        endpoint, factory = self.endpoint, self.client_factory

        def submit() -> Receipt:
            with factory(endpoint) as client:
                return client.submit(prepared)

        self.calls.run(submit, self._sent, self._send_failed)

    def _sent(self, receipt: Receipt) -> None:
        self.receipt = receipt
        # The fingerprints are no longer needed on this computer once they are received.
        self._set_prepared(None)
        self.sent.emit(receipt)

    def _send_failed(self, error: Exception) -> None:
        retryable = error.retryable if isinstance(error, SubmissionError) else True
        self.send_failed.emit(kind_message(error), retryable)

    def save_for_later(self, path: Path) -> None:
        """Write the fingerprints to ``path``, which the person chose."""
        prepared = self.prepared
        if prepared is None:
            return
        self.calls.run(
            lambda: save_pending(prepared, path),
            lambda _: self._saved_for_later(),
            lambda error: self.send_failed.emit(kind_message(error), True),
        )

    def _saved_for_later(self) -> None:
        self._set_prepared(None)
        self.saved_for_later.emit()

    def open_saved(self, path: Path) -> None:
        """Read fingerprints saved earlier from ``path``, which the person chose."""
        self.calls.run(lambda: load_pending(path), self._opened, self._open_failed)

    def _opened(self, prepared: PreparedReport) -> None:
        self._set_prepared(prepared)
        self.opened.emit(prepared)

    def _open_failed(self, error: Exception) -> None:
        self.open_failed.emit(kind_message(error))

    # The receipt ---------------------------------------------------------------------------------

    def save_receipt(self, path: Path) -> None:
        """Write the receipt to ``path``, which the person chose."""
        receipt = self.receipt
        if receipt is None:
            return
        text = receipt_text(receipt)
        self.calls.run(
            lambda: write_chosen_file(path, text),
            lambda _: self.receipt_note.emit(
                QCoreApplication.translate("MainWindow", "Saved. Keep the file somewhere private.")
            ),
            lambda error: self.receipt_note.emit(kind_message(error)),
        )

    # Checking and withdrawing --------------------------------------------------------------------

    def check(self, receipt: Receipt) -> None:
        self._keyed(receipt, withdraw=False)

    def withdraw(self, receipt: Receipt) -> None:
        self._keyed(receipt, withdraw=True)

    def _keyed(self, receipt: Receipt, *, withdraw: bool) -> None:
        endpoint, factory = self.endpoint, self.client_factory

        def call() -> ReportStatus:
            with factory(endpoint) as client:
                if withdraw:
                    return client.withdraw(receipt.report_id, receipt.secret_key)
                return client.status(receipt.report_id, receipt.secret_key)

        self.calls.run(
            call,
            self.status_received.emit,
            lambda error: self.check_failed.emit(kind_message(error)),
        )

    def open_receipt(self, path: Path) -> None:
        """Read a receipt saved earlier from ``path``, which the person chose."""
        self.calls.run(
            lambda: Receipt.parse(read_chosen_file(path)),
            self.receipt_opened.emit,
            lambda error: self.check_failed.emit(kind_message(error)),
        )

    # Forgetting ----------------------------------------------------------------------------------

    def forget(self) -> None:
        """Drop the report and the receipt, and ignore every answer still to come."""
        self.calls.forget()
        self.receipt = None
        self._set_prepared(None)
