"""The main window: a Quick exit bar on top of every screen, the screens, and the glue.

Screens emit what the person asked for; this class asks ``Flow`` what comes next, runs the
blocking calls (send, check, withdraw, open, save) on the network pool, and shows the answer.
Everything media-derived (items, thumbnails, results, the prepared report, the receipt) is
held here or in the item model, and ``wipe()`` drops all of it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop import APP_NAME
from takeitdown_desktop.errors import ExplainedError
from takeitdown_desktop.submission.client import IntakeClient, ReportStatus, SubmissionError
from takeitdown_desktop.submission.receipt import Receipt
from takeitdown_desktop.submission.report import (
    PreparedReport,
    ReportError,
    load_pending,
    prepare_report,
    save_pending,
)
from takeitdown_desktop.ui.controller import HashController
from takeitdown_desktop.ui.flow import Flow, Step
from takeitdown_desktop.ui.i18n import translations
from takeitdown_desktop.ui.items import ItemModel
from takeitdown_desktop.ui.messages import receipt_text, translate_message
from takeitdown_desktop.ui.picker import FilePicker, PickerMode
from takeitdown_desktop.ui.privacy import (
    ClipboardGuard,
    SessionSettings,
    read_chosen_file,
    write_chosen_file,
)
from takeitdown_desktop.ui.quickexit import QuickExit
from takeitdown_desktop.ui.screens.add import AddScreen
from takeitdown_desktop.ui.screens.base import Screen
from takeitdown_desktop.ui.screens.check import CheckScreen
from takeitdown_desktop.ui.screens.intro import (
    AdultsScreen,
    HelpScreen,
    HowItWorksScreen,
    QuestionsScreen,
    WelcomeScreen,
)
from takeitdown_desktop.ui.screens.send import DoneScreen, ReviewScreen, SavedScreen, SendingScreen
from takeitdown_desktop.ui.style import apply_style
from takeitdown_desktop.ui.widgets import ScreenStack, announce, set_button
from takeitdown_desktop.ui.workers import CallRunner
from takeitdown_protocol import Role

#: Suggested names in the save picker: plain words, nothing that names the app or its purpose.
RECEIPT_NAME = "receipt.txt"
PENDING_NAME = "fingerprints.json"


def _message(error: Exception) -> str:
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


class MainWindow(QMainWindow):
    """The whole app in one window."""

    def __init__(
        self,
        endpoint: str,
        quick_exit: QuickExit,
        *,
        client_factory: Callable[[str], IntakeClient] = IntakeClient,
    ) -> None:
        super().__init__()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_style(app)  # readable colours and focus rings (style.py), once per app
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)
        self.endpoint = endpoint
        self.client_factory = client_factory
        self.quick_exit = quick_exit
        self.settings = SessionSettings()
        self.flow = Flow()
        self.model = ItemModel(self)
        self.controller = HashController(self.model, self)
        self.calls = CallRunner(parent=self)
        self.clipboard = ClipboardGuard()
        self.prepared: PreparedReport | None = None
        self.receipt: Receipt | None = None
        self.picker: FilePicker | None = None

        # The bar on every screen.
        self.app_label = QLabel(APP_NAME, self)
        font = self.app_label.font()
        font.setBold(True)
        self.app_label.setFont(font)
        self.help_button = QPushButton(self)
        self.exit_button = QPushButton(self)
        self.exit_button.setObjectName("quickExit")
        self.exit_button.clicked.connect(self.quick_exit.trigger)
        self.help_button.clicked.connect(lambda: self.go(Step.HELP))
        bar = QHBoxLayout()
        bar.addWidget(self.app_label)
        bar.addStretch(1)
        bar.addWidget(self.help_button)
        bar.addWidget(self.exit_button)

        # The screens.
        self.welcome = WelcomeScreen()
        self.how = HowItWorksScreen()
        self.questions = QuestionsScreen(self.flow)
        self.adults = AdultsScreen()
        self.add = AddScreen(self.controller)
        self.review = ReviewScreen()
        self.sending = SendingScreen()
        self.done = DoneScreen()
        self.saved = SavedScreen()
        self.check = CheckScreen()
        self.help = HelpScreen()
        self.screens: dict[Step, Screen] = {
            Step.WELCOME: self.welcome,
            Step.HOW_IT_WORKS: self.how,
            Step.QUESTIONS: self.questions,
            Step.ADULTS: self.adults,
            Step.ADD: self.add,
            Step.REVIEW: self.review,
            Step.SENDING: self.sending,
            Step.DONE: self.done,
            Step.SAVED: self.saved,
            Step.CHECK: self.check,
            Step.HELP: self.help,
        }
        self.stack = ScreenStack(self)
        for screen in self.screens.values():
            self.stack.addWidget(screen)
            screen.back_requested.connect(self.back)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        for screen in self.screens.values():
            screen.name_and_order()  # now that every screen is in the window's focus chain

        self._connect_screens()
        self.quick_exit.add_wiper(self.wipe)
        self.retranslate()
        self.show_step()
        # Everything made so far (Qt wrappers, imported modules) lives as long as the app.
        # Moving it out of the collector's reach keeps a full collection, which runs on
        # this thread, from pausing the window for tens of milliseconds during a big run.
        gc.freeze()

    def _connect_screens(self) -> None:
        self.welcome.start_requested.connect(lambda: self.go(Step.QUESTIONS))
        self.welcome.how_requested.connect(lambda: self.go(Step.HOW_IT_WORKS))
        self.welcome.check_requested.connect(lambda: self.go(Step.CHECK))
        self.welcome.open_saved_requested.connect(self.open_saved)
        self.welcome.language_chosen.connect(self.set_language)
        self.welcome.set_language(translations().language)
        self.questions.continue_requested.connect(self.after_questions)
        self.adults.start_over_requested.connect(self.start_over)
        self.add.choose_requested.connect(self.choose_files)
        self.add.continue_requested.connect(self.to_review)
        self.review.copy_requested.connect(self.clipboard.copy)
        self.review.send_requested.connect(self.send)
        self.sending.retry_requested.connect(self.send)
        self.sending.save_requested.connect(self.save_for_later)
        self.done.copy_requested.connect(self.copy_receipt)
        self.done.save_requested.connect(self.save_receipt)
        self.done.start_over_requested.connect(self.start_over)
        self.done.close_requested.connect(self.close)
        self.saved.start_over_requested.connect(self.start_over)
        self.check.check_requested.connect(self.check_report)
        self.check.withdraw_requested.connect(self.withdraw_report)
        self.check.open_receipt_requested.connect(self.open_receipt)

    def retranslate(self) -> None:
        set_button(self.help_button, self.tr("Get help"), self.tr("Places to talk to someone"))
        set_button(
            self.exit_button,
            self.tr("Quick exit"),
            self.tr(
                "Closes the app at once and forgets everything. You can also press Shift "
                "three times, or Escape twice."
            ),
        )

    def set_language(self, code: str) -> None:
        """Switch every screen to ``code`` now; the choice is kept in memory only."""
        installed = translations()
        installed.set_language(code)
        self.settings.language = installed.language
        self.welcome.set_language(installed.language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Moving between screens ----------------------------------------------------------------------

    @property
    def current(self) -> Screen:
        return self.screens[self.flow.step]

    def show_step(self) -> None:
        screen = self.current
        screen.on_enter()
        # Hiding the screen (or the Get help button) that has the focus would pass it on to
        # Get help, then to the new screen's scroll area, before it lands below: a screen
        # reader is told of all three (seen over AT-SPI with Orca). With nothing focused in
        # between, only the last is.
        focused = QApplication.focusWidget()
        if focused is not None and not screen.isAncestorOf(focused):
            focused.clearFocus()
        self.stack.setCurrentWidget(screen)
        self.help_button.setVisible(self.flow.step is not Step.HELP)
        screen.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)
        # The focus lands on a button, so a screen reader would not say where we are.
        announce(screen, screen.title.text())

    def go(self, step: Step) -> None:
        self.flow.go(step)
        self.show_step()

    def back(self) -> None:
        leaving = self.flow.step
        if leaving is Step.ADD:
            self.controller.cancel()
        if leaving is Step.CHECK:
            self.check.clear()
        self.flow.back()
        self.show_step()

    def after_questions(self) -> None:
        self.flow.after_questions()
        self.show_step()

    # Adding files --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        self._pick(PickerMode.ADD, self.controller.add_paths)

    def _pick(
        self, mode: PickerMode, chosen: Callable[[list[Path]], None], suggested_name: str = ""
    ) -> None:
        picker = FilePicker(
            mode, self, suggested_name=suggested_name, on_quick_exit=self.quick_exit.trigger
        )
        self.picker = picker

        def accepted() -> None:
            paths = picker.chosen()
            if paths:
                chosen(paths)

        picker.accepted.connect(accepted)
        picker.finished.connect(self._picker_closed)
        picker.open()

    def _picker_closed(self) -> None:
        if self.picker is not None:
            self.picker.deleteLater()
            self.picker = None

    # Review and send -----------------------------------------------------------------------------

    def to_review(self) -> None:
        try:
            # Confirmed on the review screen before anything is sent: Send stays disabled
            # until the box is ticked, and this very object is what the client sends.
            self.prepared = prepare_report(
                self.model.sendable_results(), self.flow.who or Role.SELF, attested_under_18=True
            )
        except ReportError as exc:
            self.add.detail.setText(translate_message(exc.message))
            return
        self.review.set_report(self.prepared)
        self.go(Step.REVIEW)

    def send(self) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        if self.flow.step is not Step.SENDING:
            self.go(Step.SENDING)
        self.sending.sending()
        self.show_step()
        endpoint, factory = self.endpoint, self.client_factory

        def submit() -> Receipt:
            with factory(endpoint) as client:
                return client.submit(prepared)

        self.calls.run(submit, self._sent, self._send_failed)

    def _sent(self, receipt: object) -> None:
        assert isinstance(receipt, Receipt)
        self.receipt = receipt
        self.done.set_receipt(receipt)
        # The fingerprints are no longer needed on this computer once they are received.
        self.controller.reset()
        self.prepared = None
        self.review.set_report(None)
        self.flow.sent()
        self.show_step()

    def _send_failed(self, error: Exception) -> None:
        retryable = error.retryable if isinstance(error, SubmissionError) else True
        self.sending.failed(_message(error), retryable)
        self.show_step()

    def save_for_later(self) -> None:
        self._pick(PickerMode.SAVE, self._save_pending_to, PENDING_NAME)

    def _save_pending_to(self, paths: list[Path]) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        self.calls.run(
            lambda: save_pending(prepared, paths[0]),
            lambda _: self._saved_for_later(),
            lambda error: self.sending.failed(_message(error), True),
        )

    def _saved_for_later(self) -> None:
        self.controller.reset()
        self.prepared = None
        self.review.set_report(None)
        self.flow.saved_for_later()
        self.show_step()

    def open_saved(self) -> None:
        self._pick(PickerMode.OPEN, self._open_pending)

    def _open_pending(self, paths: list[Path]) -> None:
        self.calls.run(lambda: load_pending(paths[0]), self._opened_pending, self._open_failed)

    def _opened_pending(self, prepared: object) -> None:
        assert isinstance(prepared, PreparedReport)
        self.prepared = prepared
        self.review.set_report(prepared)
        self.flow.open_saved()
        self.show_step()

    def _open_failed(self, error: Exception) -> None:
        self.welcome.stop_note.setText(_message(error))

    # The receipt ---------------------------------------------------------------------------------

    def copy_receipt(self, text: str) -> None:
        self.clipboard.copy(text)
        self.done.show_note(
            self.tr(
                "Copied. Paste it somewhere private. The app clears the clipboard when it "
                "closes, if the receipt is still there."
            )
        )

    def save_receipt(self) -> None:
        self._pick(PickerMode.SAVE, self._save_receipt_to, RECEIPT_NAME)

    def _save_receipt_to(self, paths: list[Path]) -> None:
        receipt = self.receipt
        if receipt is None:
            return
        text = receipt_text(receipt)
        self.calls.run(
            lambda: write_chosen_file(paths[0], text),
            lambda _: self.done.show_note(self.tr("Saved. Keep the file somewhere private.")),
            lambda error: self.done.show_note(_message(error)),
        )

    # Checking and withdrawing --------------------------------------------------------------------

    def check_report(self, receipt: Receipt) -> None:
        self._keyed(receipt, withdraw=False)

    def withdraw_report(self, receipt: Receipt) -> None:
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
            self.check.show_status,
            lambda error: self.check.show_error(_message(error)),
        )

    def open_receipt(self) -> None:
        self._pick(PickerMode.OPEN, self._open_receipt)

    def _open_receipt(self, paths: list[Path]) -> None:
        self.calls.run(
            lambda: Receipt.parse(read_chosen_file(paths[0])),
            self.check.fill,
            lambda error: self.check.show_error(_message(error)),
        )

    # Forgetting ----------------------------------------------------------------------------------

    def wipe(self) -> None:
        """Drop every picture, fingerprint, report and receipt, and cancel all work."""
        if self.picker is not None:
            self.picker.reject()
        self.calls.forget()
        self.controller.reset()
        self.prepared = None
        self.receipt = None
        self.review.set_report(None)
        self.done.set_receipt(None)
        self.check.clear()
        self.sending.sending()
        self.clipboard.clear_if_ours()
        self.flow.start_over()

    def start_over(self) -> None:
        self.wipe()
        self.show_step()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.wipe()
        super().closeEvent(event)
