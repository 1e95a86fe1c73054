"""Check or withdraw an earlier report, with the report number and secret key from a receipt."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.submission.client import ReportStatus
from takeitdown_desktop.submission.receipt import Receipt, ReceiptError, SecretKey, parse_report_id
from takeitdown_desktop.ui.messages import translate_message
from takeitdown_desktop.ui.screens.base import Screen
from takeitdown_desktop.ui.widgets.questions import Confirmation
from takeitdown_desktop.ui.widgets.speech import set_status
from takeitdown_desktop.ui.widgets.text import paragraph, set_button, set_label


class CheckScreen(Screen):
    """Type (or open) a receipt, see the report's status, and withdraw it if wanted."""

    check_requested = Signal(object)  # Receipt
    withdraw_requested = Signal(object)  # Receipt
    open_receipt_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.receipt: Receipt | None = None
        self.status: ReportStatus | None = None
        self.busy = False
        self.intro = paragraph(self.body)
        self.report_edit = QLineEdit(self.body)
        self.key_edit = QLineEdit(self.body)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.report_caption = paragraph(self.body)
        self.key_caption = paragraph(self.body)
        form.addRow(self.report_caption, self.report_edit)
        form.addRow(self.key_caption, self.key_edit)
        self.report_caption.setBuddy(self.report_edit)
        self.key_caption.setBuddy(self.key_edit)
        self.check_button = QPushButton(self.body)
        self.check_button.setDefault(True)
        self.open_button = QPushButton(self.body)
        # One under the other: side by side they were too wide at large fonts in some languages.
        row = QVBoxLayout()
        row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeading)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.result = paragraph(self.body, selectable=True)
        self.withdraw_button = QPushButton(self.body)
        self.withdraw_question = Confirmation(self.body)
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(self.withdraw_button)
        withdraw_row.addStretch(1)

        self.content.addWidget(self.intro)
        self.content.addLayout(form)
        self.content.addLayout(row)
        self.content.addWidget(self.result)
        self.content.addLayout(withdraw_row)
        self.content.addWidget(self.withdraw_question)
        self.content.addStretch(1)

        self.check_button.clicked.connect(self._check)
        self.report_edit.returnPressed.connect(self._check)
        self.key_edit.returnPressed.connect(self._check)
        self.open_button.clicked.connect(self.open_receipt_requested)
        self.withdraw_button.clicked.connect(self.withdraw_question.ask)
        self.withdraw_question.answered.connect(
            lambda yes: self._withdraw() if yes else self._keep()
        )
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        super().retranslate()
        set_label(self.title, self.tr("Check or withdraw an earlier report"))
        set_label(
            self.intro,
            self.tr(
                "Type the report number and the secret key from your receipt, or open a "
                "receipt you saved. Withdrawing a report takes its fingerprints off the list."
            ),
        )
        set_label(self.report_caption, self.tr("Report number:"))
        set_label(self.key_caption, self.tr("Secret key:"))
        self.report_edit.setAccessibleName(self.tr("Report number"))
        self.key_edit.setAccessibleName(self.tr("Secret key"))
        self.report_edit.setPlaceholderText("XXXX-XXXX-XXXX-X")
        set_button(self.check_button, self.tr("Check the report"))
        set_button(self.open_button, self.tr("Open a saved receipt…"))
        set_button(self.withdraw_button, self.tr("Withdraw this report…"))
        self.withdraw_question.set_texts(
            self.tr(
                "Withdraw this report? Its fingerprints will be taken off the list, so "
                "websites and apps will stop looking for these pictures. This can't be undone, "
                "but you can always send a new report."
            ),
            self.tr("Yes, withdraw it"),
            self.tr("No, keep it"),
        )
        self._show_status()

    def first_focus(self) -> QWidget:
        return self.report_edit

    # Input ---------------------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget the typed receipt and the status (Start over, quick exit, leaving)."""
        self.report_edit.clear()
        self.key_edit.clear()
        self.receipt = None
        self.status = None
        self.busy = False
        set_status(self.result, "")
        self.withdraw_question.hide()
        self._update()

    def fill(self, receipt: Receipt) -> None:
        """Put an opened receipt into the fields."""
        self.report_edit.setText(receipt.report_id_text)
        self.key_edit.setText(receipt.secret_key.as_text())
        self._check()

    def _typed_receipt(self) -> Receipt | None:
        try:
            report_id = parse_report_id(self.report_edit.text())
            key = SecretKey.parse(self.key_edit.text())
        except ReceiptError as exc:
            set_status(self.result, translate_message(exc.message))
            return None
        return Receipt(report_id, key)

    def _check(self) -> None:
        if self.busy:
            return
        receipt = self._typed_receipt()
        if receipt is None:
            return
        self.receipt = receipt
        self.status = None
        self.busy = True
        self.withdraw_question.hide()
        set_status(self.result, self.tr("Checking…"))
        self._update()
        self.check_requested.emit(receipt)

    def _keep(self) -> None:
        self.withdraw_question.hide()
        self.withdraw_button.setFocus()

    def _withdraw(self) -> None:
        if self.receipt is None or self.busy:
            return
        # Hiding the box with the focus in it would send the focus on to Back (and a screen
        # reader would say "Back push button"); the withdraw button goes too, once withdrawn.
        self.check_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.withdraw_question.hide()
        self.busy = True
        set_status(self.result, self.tr("Withdrawing…"))
        self._update()
        self.withdraw_requested.emit(self.receipt)

    # Answers from the service --------------------------------------------------------------------

    def show_status(self, status: ReportStatus) -> None:
        self.busy = False
        self.status = status
        self._show_status()

    def show_error(self, message: str) -> None:
        self.busy = False
        set_status(self.result, message)
        self._update()

    def _show_status(self) -> None:
        status = self.status
        if status is not None:
            received = status.received.isoformat()
            if status.withdrawn:
                text = self.tr(
                    "This report was withdrawn. Its fingerprints are no longer on the list. "
                    "It was received on %1."
                ).replace("%1", received)
            else:
                text = (
                    self.tr("This report is active. It was received on %1.").replace("%1", received)
                    + " "
                    + self.tr("Fingerprinted files in it: %n.", "", status.items)
                )
            set_status(self.result, text)
        self._update()

    def _update(self) -> None:
        # The check button stays enabled while checking (``_check`` ignores a second press):
        # disabling the focused button sent the focus on to "Open a saved receipt…", which a
        # screen reader then said instead of the answer.
        self.withdraw_button.setVisible(self.status is not None and not self.status.withdrawn)
        self.withdraw_button.setEnabled(not self.busy)
