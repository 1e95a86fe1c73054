"""The main window: a Quick exit bar on top of every screen, the screens, and the glue.

Screens emit what the person asked for and offer display methods; this class keeps the top bar,
the step→screen map and the wiring: it asks ``Flow`` what comes next, hands files to the
``HashController`` and the report's calls (send, check, withdraw, open, save) to the
``Session``, and passes each answer to the screen that shows it. Everything media-derived
(items, thumbnails, results, the prepared report, the receipt) is held by the item model and
the session, and ``wipe()`` drops all of it.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
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
from takeitdown_desktop.hashing.results import MediaType
from takeitdown_desktop.submission.client import IntakeClient
from takeitdown_desktop.submission.receipt import Receipt
from takeitdown_desktop.submission.report import PreparedReport, fingerprint_count
from takeitdown_desktop.ui import theme
from takeitdown_desktop.ui.controller import HashController
from takeitdown_desktop.ui.flow import Flow, Step
from takeitdown_desktop.ui.i18n import translations
from takeitdown_desktop.ui.items import ItemModel, kind_label
from takeitdown_desktop.ui.picker import FilePicker, PickerMode
from takeitdown_desktop.ui.privacy import ClipboardGuard, SessionSettings
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
from takeitdown_desktop.ui.screens.send import (
    DoneScreen,
    ReviewRow,
    ReviewScreen,
    SavedScreen,
    SendingScreen,
)
from takeitdown_desktop.ui.session import Session
from takeitdown_desktop.ui.widgets.speech import ScreenStack, announce
from takeitdown_desktop.ui.widgets.text import set_button
from takeitdown_protocol import Role
from takeitdown_protocol.fields import count_digests

#: Suggested names in the save picker: plain words, nothing that names the app or its purpose.
RECEIPT_NAME = "receipt.txt"
PENDING_NAME = "fingerprints.json"


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
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)
        self.quick_exit = quick_exit
        self.settings = SessionSettings()
        self.flow = Flow()
        self.model = ItemModel(self)
        self.controller = HashController(self.model, self)
        self.session = Session(endpoint, client_factory, self)
        self.clipboard = ClipboardGuard()
        self.picker: FilePicker | None = None

        # The bar on every screen.
        self.app_label = QLabel(APP_NAME, self)
        self.app_label.setProperty("heading", 2)
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
        self.add = AddScreen(self.model)
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
        layout.setContentsMargins(theme.SPACE * 2, theme.SPACE, theme.SPACE * 2, 0)
        layout.setSpacing(0)
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
        self.how.start_requested.connect(lambda: self.go(Step.QUESTIONS))
        self.welcome.check_requested.connect(lambda: self.go(Step.CHECK))
        self.welcome.open_saved_requested.connect(self.open_saved)
        self.welcome.language_chosen.connect(self.set_language)
        self.welcome.set_language(translations().language)
        self.questions.continue_requested.connect(self.after_questions)
        self.adults.start_over_requested.connect(self.start_over)
        self.add.choose_requested.connect(self.choose_files)
        self.add.paths_added.connect(self.controller.add_paths)
        self.add.remove_requested.connect(self.controller.remove)
        self.add.stop_requested.connect(self.controller.cancel)
        self.add.continue_requested.connect(self.to_review)
        self.controller.changed.connect(self._show_progress)
        self.controller.duplicate_folded.connect(self._show_progress)
        self.controller.already_added.connect(self.add.show_already_added)
        self.review.copy_requested.connect(self.clipboard.copy)
        self.review.send_requested.connect(self.send)
        self.sending.retry_requested.connect(self.send)
        self.sending.save_requested.connect(self.save_for_later)
        self.done.copy_requested.connect(self.copy_receipt)
        self.done.save_requested.connect(self.save_receipt)
        self.done.start_over_requested.connect(self.start_over)
        self.done.close_requested.connect(self.close)
        self.saved.start_over_requested.connect(self.start_over)
        self.check.check_requested.connect(self.session.check)
        self.check.withdraw_requested.connect(self.session.withdraw)
        self.check.open_receipt_requested.connect(self.open_receipt)

        session = self.session
        session.prepared_changed.connect(self.review.set_report)
        session.prepare_failed.connect(self.add.show_problem)
        session.sent.connect(self._sent)
        session.send_failed.connect(self._send_failed)
        session.saved_for_later.connect(self._saved_for_later)
        session.opened.connect(self._opened_saved)
        session.open_failed.connect(self.welcome.show_problem)
        session.receipt_note.connect(self.done.show_note)
        session.receipt_opened.connect(self.check.fill)
        session.status_received.connect(self.check.show_status)
        session.check_failed.connect(self.check.show_error)

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

    def _show_progress(self) -> None:
        controller = self.controller
        self.add.show_progress(
            controller.is_busy(), controller.duplicates, controller.walk_failures
        )

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
        if self.session.prepare(self.model.sendable_results(), self.flow.who or Role.SELF):
            self.review.set_rows(
                [
                    ReviewRow(self.model.label(item), count, item.blurred)
                    for item in self.model
                    if item.status.sendable
                    and item.result is not None
                    and (count := fingerprint_count(item.result))
                ]
            )
            self.go(Step.REVIEW)

    def send(self) -> None:
        if self.session.prepared is None:
            return
        if self.flow.step is not Step.SENDING:
            self.go(Step.SENDING)
        self.sending.sending()
        self.show_step()
        self.session.send()

    def _sent(self, receipt: Receipt) -> None:
        self.done.set_receipt(receipt)
        self.controller.reset()
        self.flow.sent()
        self.show_step()

    def _send_failed(self, message: str, retryable: bool) -> None:
        self.sending.failed(message, retryable)
        self.show_step()

    def save_for_later(self) -> None:
        self._pick(
            PickerMode.SAVE, lambda paths: self.session.save_for_later(paths[0]), PENDING_NAME
        )

    def _saved_for_later(self) -> None:
        self.controller.reset()
        self.flow.saved_for_later()
        self.show_step()

    def open_saved(self) -> None:
        self._pick(PickerMode.OPEN, lambda paths: self.session.open_saved(paths[0]))

    def _opened_saved(self, prepared: PreparedReport) -> None:
        # A saved file has no pictures: each item is shown by its kind and its fingerprints.
        numbers = itertools.count(1)
        self.review.set_rows(
            [
                ReviewRow(
                    kind_label(MediaType(entry["media_type"]), next(numbers)), count_digests(entry)
                )
                for entry in prepared.body["items"]
            ]
        )
        self.flow.open_saved()
        self.show_step()

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
        self._pick(PickerMode.SAVE, lambda paths: self.session.save_receipt(paths[0]), RECEIPT_NAME)

    def open_receipt(self) -> None:
        self._pick(PickerMode.OPEN, lambda paths: self.session.open_receipt(paths[0]))

    # Forgetting ----------------------------------------------------------------------------------

    def wipe(self) -> None:
        """Drop every picture, fingerprint, report and receipt, and cancel all work."""
        if self.picker is not None:
            self.picker.reject()
        self.session.forget()
        self.controller.reset()
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
