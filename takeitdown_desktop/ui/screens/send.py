"""Review what will be sent, send it, and keep the receipt (or save the fingerprints for later)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.submission.receipt import Receipt
from takeitdown_desktop.submission.report import PreparedReport, ReportSummary
from takeitdown_desktop.ui import theme
from takeitdown_desktop.ui.items import fill_pattern
from takeitdown_desktop.ui.messages import receipt_text
from takeitdown_desktop.ui.screens.base import Screen
from takeitdown_desktop.ui.support import Audience, load_resources
from takeitdown_desktop.ui.widgets.help_links import ResourceList
from takeitdown_desktop.ui.widgets.pictures import Picture
from takeitdown_desktop.ui.widgets.questions import TickBox
from takeitdown_desktop.ui.widgets.speech import set_status
from takeitdown_desktop.ui.widgets.text import (
    card,
    heading,
    notice,
    paragraph,
    set_button,
    set_label,
)
from takeitdown_protocol import Role


def sample_digest(prepared: PreparedReport) -> str:
    """The start of the report's first fingerprint, in groups of four: "d8f8 0cee 0f4a…"."""
    item = prepared.body["items"][0]
    value = item.get("pdq") or item.get("sha256") or ""
    digits = value["hash"] if isinstance(value, dict) else str(value)
    return " ".join(digits[i : i + 4] for i in range(0, 12, 4)) + "…"


@dataclass(frozen=True)
class ReviewRow:
    """One item of the report as the review list shows it."""

    label: str  # "Photo 3"
    fingerprints: int
    picture: QImage | None = None  # the blurred thumbnail, when it is still in memory


class ReviewScreen(Screen):
    """ "This is everything that will be sent": a summary in words first, one row per item
    with its blurred picture and how many fingerprints it has, the confirmation, and the
    exact report (the very bytes that are sent) one click away."""

    send_requested = Signal()
    copy_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, step=3)
        self.prepared: PreparedReport | None = None
        self.summary_card, summary_layout = card(self.body)
        self.summary = paragraph(self.summary_card)
        self.sample = paragraph(self.summary_card)
        self.variants_note = paragraph(self.summary_card)
        summary_layout.addWidget(self.summary)
        summary_layout.addWidget(self.sample)
        summary_layout.addWidget(self.variants_note)
        self.rows = QListWidget(self.body)
        line = self.fontMetrics().height()
        self.rows.setIconSize(QSize(line * 3, line * 3))
        self.rows.setSpacing(theme.SPACE // 2)
        self.rows.setMinimumHeight(line * 7)
        self.weak_note = paragraph(self.body)
        # Made in the order they are on screen, which is the Tab order.
        self.tick = TickBox(self.body)
        self.attest = self.tick.box
        self.attest_note = paragraph(self.body)
        self.show_json = QPushButton(self.body)
        self.show_json.setCheckable(True)
        self.explain = paragraph(self.body)
        self.body_view = QPlainTextEdit(self.body)
        self.body_view.setReadOnly(True)
        self.body_view.setFont(theme.code_font(self.font()))
        self.body_view.setMinimumHeight(self.fontMetrics().height() * 8)
        self.copy_button = QPushButton(self.body)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        self.json_box = QWidget(self.body)
        json_layout = QVBoxLayout(self.json_box)
        json_layout.setContentsMargins(0, 0, 0, 0)
        json_layout.addWidget(self.explain)
        json_layout.addWidget(self.body_view, 1)
        json_layout.addLayout(copy_row)
        self.json_box.hide()
        for widget in (self.summary_card, self.rows, self.weak_note, self.tick):
            self.content.addWidget(widget, 1 if widget is self.rows else 0)
        self.content.addWidget(self.attest_note)
        self.content.addWidget(self.show_json, 0, Qt.AlignmentFlag.AlignLeading)
        self.content.addWidget(self.json_box, 1)
        self.send_button = self.add_button(primary=True)
        self.copy_button.clicked.connect(
            lambda: self.prepared and self.copy_requested.emit(self.prepared.body_json())
        )
        self.attest.toggled.connect(self._update)
        self.show_json.toggled.connect(self._show_json)
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
        self.rows.setAccessibleName(self.tr("What will be sent"))
        set_button(
            self.show_json,
            self.tr("Hide the exact report")
            if self.show_json.isChecked()
            else self.tr("Show the exact report"),
        )
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
        self.show_json.setChecked(False)
        if prepared is None:
            self.set_rows([])
        self._show()

    def set_rows(self, rows: list[ReviewRow]) -> None:
        """The items of the report, one row each (given by the window, which has them)."""
        self.rows.clear()
        side = self.rows.iconSize()
        for row in rows:
            # A line of the review list: "Photo 3: 12 fingerprints".
            text = fill_pattern(
                QCoreApplication.translate("ItemModel", "%1: %2"),
                row.label,
                self.tr("%n fingerprints", "", row.fingerprints),
            )
            entry = QListWidgetItem(text)
            if row.picture is not None and not row.picture.isNull():
                scaled = row.picture.scaled(side, Qt.AspectRatioMode.KeepAspectRatio)
                entry.setIcon(QIcon(QPixmap.fromImage(scaled)))
            self.rows.addItem(entry)
        self.rows.setVisible(bool(rows))

    def _show_json(self, shown: bool) -> None:
        self.json_box.setVisible(shown)
        self.retranslate()

    def _show(self) -> None:
        prepared = self.prepared
        role = Role(prepared.body["role"]) if prepared is not None else Role.SELF
        self.tick.set_text(self._attestation(role))
        if prepared is None:
            self.body_view.setPlainText("")
            set_label(self.summary, "")
            set_label(self.sample, "")
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
        set_label(
            self.sample,
            self.tr("Only fingerprints like %1 are sent: no pictures, names or places.").replace(
                "%1", sample_digest(prepared)
            ),
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
        # In the screen, under the note that explains it: the bottom row stays short enough
        # for Back and Try again side by side at large fonts.
        self.save_button = QPushButton(self.body)
        self.content.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.content.addStretch(1)
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
        self.picture = Picture("done", self.body, height=6)
        self.content.insertWidget(0, self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.intro = paragraph(self.body)
        # The receipt as a card: the two codes, why to keep them, and how.
        self.receipt_card, receipt_layout = card(self.body)
        fixed = theme.code_font(self.font())
        fixed.setBold(True)
        self.report_label = QLabel(self.receipt_card)
        self.report_value = paragraph(self.receipt_card, selectable=True)
        self.key_label = QLabel(self.receipt_card)
        self.key_value = paragraph(self.receipt_card, selectable=True)
        for value in (self.report_value, self.key_value):
            value.setFont(fixed)
        receipt_grid = QGridLayout()
        receipt_grid.setHorizontalSpacing(theme.SPACE * 2)
        receipt_grid.addWidget(self.report_label, 0, 0)
        receipt_grid.addWidget(self.report_value, 0, 1)
        receipt_grid.addWidget(self.key_label, 1, 0)
        receipt_grid.addWidget(self.key_value, 1, 1)
        receipt_grid.setColumnStretch(1, 1)
        receipt_layout.addLayout(receipt_grid)
        self.keep_frame, self.keep_text = notice(self.receipt_card)
        receipt_layout.addWidget(self.keep_frame)
        self.copy_button = QPushButton(self.receipt_card)
        self.save_button = QPushButton(self.receipt_card)
        self.copied_note = paragraph(self.receipt_card)
        # One under the other: side by side they were too wide at large fonts in some languages.
        for button in (self.copy_button, self.save_button):
            receipt_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        receipt_layout.addWidget(self.copied_note)
        self.next_title = heading(self.body, level=2)
        self.next_text = paragraph(self.body)
        self.help_card, help_layout = card(self.body)
        self.help_title = heading(self.help_card, level=2)
        self.help_text = paragraph(self.help_card)
        self.resources = ResourceList(self.help_card)
        for part in (self.help_title, self.help_text, self.resources):
            help_layout.addWidget(part)
        for widget in (
            self.intro,
            self.receipt_card,
            self.next_title,
            self.next_text,
            self.help_card,
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
