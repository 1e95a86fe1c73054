"""Review what will be sent, send it, and keep the receipt (or save the fingerprints for later)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from takeitdown_desktop.submission.receipt import Receipt
from takeitdown_desktop.submission.report import PreparedReport, ReportSummary
from takeitdown_desktop.ui import theme
from takeitdown_desktop.ui.messages import receipt_text
from takeitdown_desktop.ui.screens.base import Screen
from takeitdown_desktop.ui.support import Audience, load_resources
from takeitdown_desktop.ui.widgets.help_links import ResourceList
from takeitdown_desktop.ui.widgets.speech import set_status
from takeitdown_desktop.ui.widgets.text import heading, notice, paragraph, set_button, set_label
from takeitdown_protocol import Role


class ReviewScreen(Screen):
    """ "This is everything that will be sent": the exact body, a summary, and the confirmation."""

    send_requested = Signal()
    copy_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, step=3)
        self.prepared: PreparedReport | None = None
        self.summary = paragraph(self.body)
        self.explain = paragraph(self.body)
        self.weak_note = paragraph(self.body)
        self.variants_note = paragraph(self.body)
        self.body_view = QPlainTextEdit(self.body)
        self.body_view.setReadOnly(True)
        self.body_view.setFont(theme.code_font(self.font()))
        self.body_view.setMinimumHeight(self.fontMetrics().height() * 8)
        self.copy_button = QPushButton(self.body)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        self.attest = QCheckBox(self.body)
        self.attest_note = paragraph(self.body)
        for widget in (
            self.summary,
            self.variants_note,
            self.explain,
            self.weak_note,
            self.body_view,
        ):
            self.content.addWidget(widget, 1 if widget is self.body_view else 0)
        self.content.addLayout(copy_row)
        self.content.addWidget(self.attest)
        self.content.addWidget(self.attest_note)
        self.send_button = self.add_button(primary=True)
        self.copy_button.clicked.connect(
            lambda: self.prepared and self.copy_requested.emit(self.prepared.body_json())
        )
        self.attest.toggled.connect(self._update)
        self.send_button.clicked.connect(self.send_requested)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_label(self.title, self.tr("This is everything that will be sent"))
        set_label(
            self.explain,
            self.tr(
                "Below is the whole report, exactly as it will be sent. It has only "
                "fingerprints: no pictures, no file names, no names and no location. "
                "\u201crole\u201d says who is sending, \u201cattested_under_18\u201d is the "
                "box you tick below, and \u201ckey_verifier\u201d lets you check or withdraw "
                "the report later without saying who you are."
            ),
        )
        self.body_view.setAccessibleName(self.tr("The report that will be sent"))
        set_button(self.copy_button, self.tr("Copy the report text"))
        set_button(self.send_button, self.tr("Send the fingerprints"))
        set_label(
            self.attest_note,
            self.tr("Nothing is sent until you press \u201cSend the fingerprints\u201d."),
        )
        self._show()

    def set_report(self, prepared: PreparedReport | None) -> None:
        """Show ``prepared`` (the very object that will be sent); ``None`` clears the screen."""
        self.prepared = prepared
        self.attest.setChecked(False)
        self._show()

    def _show(self) -> None:
        prepared = self.prepared
        role = Role(prepared.body["role"]) if prepared is not None else Role.SELF
        set_button(self.attest, self._attestation(role))
        if prepared is None:
            self.body_view.setPlainText("")
            set_label(self.summary, "")
            self.weak_note.hide()
            self.variants_note.hide()
            self._update()
            return
        self.body_view.setPlainText(prepared.body_json())
        set_label(self.summary, self.summary_text(prepared.summary))
        per_photo = prepared.summary.per_photo
        self.variants_note.setVisible(per_photo > 0)
        set_label(
            self.variants_note,
            self.tr(
                "Fingerprints for each photo: %1. Most are extra ones for copies that were cut "
                "or reframed, so those can be found too."
            ).replace("%1", QLocale().toString(per_photo)),
        )
        self.weak_note.setVisible(prepared.summary.weak > 0)
        set_label(
            self.weak_note,
            self.tr(
                "Some pictures are very plain or blurry, so their fingerprints are weak and "
                "harder to match. They are still sent, and can still help."
            ),
        )
        self._update()

    def summary_text(self, summary: ReportSummary) -> str:
        """ "Photos: 4. Videos: 1.", plus what was left out and why."""
        parts = [
            self.tr("Photos: %n.", "", summary.photos),
            self.tr("Videos: %n.", "", summary.videos),
        ]
        if summary.other:
            parts.append(self.tr("Other files: %n.", "", summary.other))
        if summary.skipped:
            parts.append(
                self.tr("Left out because they couldn't be read: %n.", "", summary.skipped)
            )
        return " ".join(parts)

    def _attestation(self, role: Role) -> str:
        if role is Role.SELF:
            return self.tr("I confirm that these photos and videos show me when I was under 18.")
        return self.tr(
            "I confirm that these photos and videos show the young person I'm helping, "
            "when they were under 18."
        )

    def _update(self) -> None:
        self.send_button.setEnabled(self.prepared is not None and self.attest.isChecked())

    def first_focus(self) -> QWidget:
        # Not the report text: setting it moves its caret before the screen shows, and Orca
        # takes that as the focus arriving, silently, so the real focus event then changes
        # nothing and the new screen was never spoken. On the box, Orca says the screen, its
        # text and the box; the report stays one Shift+Tab away, and nothing is sent until
        # the box is ticked *and* Send is pressed.
        return self.attest


class SendingScreen(Screen):
    """Sending, and what to do when it did not work: try again, or save for later."""

    retry_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, step=4)
        self.progress = QProgressBar(self.body)
        self.progress.setRange(0, 0)
        self.message = paragraph(self.body)
        self.kept_note = paragraph(self.body)
        self.content.addWidget(self.progress)
        self.content.addWidget(self.message)
        self.content.addWidget(self.kept_note)
        self.content.addStretch(1)
        self.save_button = self.add_button()
        self.retry_button = self.add_button(primary=True)
        self.retry_button.clicked.connect(self.retry_requested)
        self.save_button.clicked.connect(self.save_requested)
        self._error: str | None = None
        self._retryable = True
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.progress.setAccessibleName(self.tr("Sending"))
        set_button(self.retry_button, self.tr("Try again"))
        set_button(self.save_button, self.tr("Save the fingerprints to send later…"))
        set_label(
            self.kept_note,
            self.tr(
                "Nothing was lost. You can also save the fingerprints in a file you choose, "
                "and send them later from any computer."
            ),
        )
        self._show()

    def sending(self) -> None:
        self._error = None
        self._show()

    def failed(self, message: str, retryable: bool) -> None:
        self._error = message
        self._retryable = retryable
        self._show()

    def _show(self) -> None:
        failed = self._error is not None
        set_label(
            self.title,
            self.tr("We couldn't send it yet") if failed else self.tr("Sending your fingerprints…"),
        )
        set_status(
            self.message,
            self._error
            if self._error is not None
            else self.tr("This usually takes a few seconds. Only the fingerprints are sent."),
            assertive=failed,
        )
        self.progress.setVisible(not failed)
        self.kept_note.setVisible(failed)
        self.retry_button.setVisible(failed and self._retryable)
        self.save_button.setVisible(failed)
        if self.back_button is not None:
            self.back_button.setVisible(failed)

    def first_focus(self) -> QWidget:
        if self._error is not None:
            return self.retry_button if self._retryable else self.save_button
        return self.progress


class DoneScreen(Screen):
    """The receipt, what happens next, and where to get help."""

    copy_requested = Signal(str)
    save_requested = Signal()
    start_over_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, back=False)
        self.receipt: Receipt | None = None
        self.intro = paragraph(self.body)
        fixed = theme.heading_font(theme.code_font(self.font()), 2)
        self.report_label = QLabel(self.body)
        self.report_value = paragraph(self.body, selectable=True)
        self.key_label = QLabel(self.body)
        self.key_value = paragraph(self.body, selectable=True)
        for value in (self.report_value, self.key_value):
            value.setFont(fixed)
        receipt_grid = QGridLayout()
        receipt_grid.addWidget(self.report_label, 0, 0)
        receipt_grid.addWidget(self.report_value, 0, 1)
        receipt_grid.addWidget(self.key_label, 1, 0)
        receipt_grid.addWidget(self.key_value, 1, 1)
        receipt_grid.setColumnStretch(1, 1)
        self.keep_frame, self.keep_text = notice(self.body)
        self.copy_button = QPushButton(self.body)
        self.save_button = QPushButton(self.body)
        self.copied_note = paragraph(self.body)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.next_title = heading(self.body, level=2)
        self.next_text = paragraph(self.body)
        self.help_title = heading(self.body, level=2)
        self.help_text = paragraph(self.body)
        self.resources = ResourceList(self.body)
        self.content.addWidget(self.intro)
        self.content.addLayout(receipt_grid)
        self.content.addWidget(self.keep_frame)
        self.content.addLayout(row)
        self.content.addWidget(self.copied_note)
        for widget in (
            self.next_title,
            self.next_text,
            self.help_title,
            self.help_text,
            self.resources,
        ):
            self.content.addWidget(widget)
        self.content.addStretch(1)
        self.start_over_button = self.add_button()
        self.close_button = self.add_button(primary=True)
        self.copy_button.clicked.connect(
            lambda: self.receipt and self.copy_requested.emit(receipt_text(self.receipt))
        )
        self.save_button.clicked.connect(self.save_requested)
        self.start_over_button.clicked.connect(self.start_over_requested)
        self.close_button.clicked.connect(self.close_requested)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_label(self.title, self.tr("Your report was sent"))
        set_label(
            self.intro,
            self.tr("It's done. Here is your receipt. You need it to check on the report later."),
        )
        set_label(self.report_label, self.tr("Report number:"))
        set_label(self.key_label, self.tr("Secret key:"))
        set_label(
            self.keep_text,
            self.tr(
                "Keep these two somewhere safe and private. You need both to check on your "
                "report or to withdraw it. If you lose them, nobody can get them back, not "
                "even us. Anyone who has both can withdraw the report."
            ),
        )
        set_button(self.copy_button, self.tr("Copy the receipt"))
        set_button(self.save_button, self.tr("Save the receipt as…"))
        set_label(self.next_title, self.tr("What happens next"))
        set_label(
            self.next_text,
            self.tr(
                "NCMEC adds your fingerprints to its list. Websites and apps that take part "
                "use the list to find copies and take them down, or stop them from being "
                "posted. You won't get a message about it, because nobody knows who you are. "
                "You can check on your report with this app at any time.\n\n"
                "Please don't share the photos or videos anywhere, not even to report them. "
                "Sending them again can make them spread."
            ),
        )
        set_label(self.help_title, self.tr("You don't have to deal with this alone"))
        set_label(
            self.help_text,
            self.tr(
                "If you're worried or upset, or someone is threatening you, these free, "
                "private services can help:"
            ),
        )
        self.resources.set_resources(load_resources(Audience.YOUNG, QLocale().name()))
        set_button(self.start_over_button, self.tr("Start over"))
        set_button(self.close_button, self.tr("Close the app"))
        self._show()

    def set_receipt(self, receipt: Receipt | None) -> None:
        self.receipt = receipt
        self.copied_note.setText("")
        self._show()

    def show_note(self, text: str) -> None:
        set_status(self.copied_note, text)

    def _show(self) -> None:
        receipt = self.receipt
        set_label(self.report_value, receipt.report_id_text if receipt else "")
        set_label(self.key_value, receipt.secret_key.as_text() if receipt else "")
        # Each value is read with its caption: a screen reader reading the screen leaves out
        # labels of one or two words ("Report number:", "VERP-X1AT-PD7H-A"), so Orca read the
        # whole receipt screen but never the number or the key.
        for caption, value in (
            (self.report_label, self.report_value),
            (self.key_label, self.key_value),
        ):
            value.setAccessibleName(f"{caption.text()} {value.text()}" if value.text() else "")

    def first_focus(self) -> QWidget:
        return self.copy_button


class SavedScreen(Screen):
    """The fingerprints were saved to a file, to send later."""

    start_over_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, back=False)
        self.text = paragraph(self.body)
        self.keep_frame, self.keep_text = notice(self.body)
        self.content.addWidget(self.text)
        self.content.addWidget(self.keep_frame)
        self.content.addStretch(1)
        self.start_over_button = self.add_button(primary=True)
        self.start_over_button.clicked.connect(self.start_over_requested)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_label(self.title, self.tr("Your fingerprints are saved"))
        set_label(
            self.text,
            self.tr(
                "They are in the file you chose. Nothing has been sent yet. To send them, "
                "open Take It Down on any computer with internet, choose \u201cSend "
                "fingerprints you saved earlier\u201d, and pick this file."
            ),
        )
        set_label(
            self.keep_text,
            self.tr(
                "The file holds the secret key for this report. Keep it private, and delete "
                "it once the report is sent."
            ),
        )
        set_button(self.start_over_button, self.tr("Start over"))

    def first_focus(self) -> QWidget:
        return self.start_over_button
