"""``--tour``: drive the real window through every screen and write one PNG per screen.

The files are really fingerprinted and the report is really sent (to the embedded service the
caller started), so the pictures show what a person sees. The window is 800×600 unless asked
otherwise, the smallest size the app promises to work at. Nothing but the PNGs is written: a
fingerprint file made to show the "saved" screen goes to a temporary folder that is deleted
straight after.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEventLoop, QThread
from PySide6.QtWidgets import QApplication, QWidget

from takeitdown_desktop.submission.client import MESSAGES
from takeitdown_desktop.ui.flow import AgeAnswer, Step
from takeitdown_desktop.ui.messages import translate_message
from takeitdown_desktop.ui.quickexit import QuickExit
from takeitdown_desktop.ui.sizes import TOUR_SIZE
from takeitdown_desktop.ui.window import MainWindow
from takeitdown_protocol import Role

WAIT_S = 120.0


def sample_files() -> list[Path]:
    """The bundled sample photos and video (Meta's BSD-licensed ThreatExchange test media)."""
    folder = resources.files("takeitdown_desktop.resources.samples")
    return sorted(
        Path(str(entry))
        for entry in folder.iterdir()
        if entry.name.endswith((".jpg", ".png", ".mp4"))
    )


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the tour waited too long for the app")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)


def tour(
    app: QApplication,
    outdir: Path | None,
    files: list[Path],
    *,
    endpoint: str,
    on_screen: Callable[[str, QWidget], None] | None = None,
    size: tuple[int, int] = TOUR_SIZE,
) -> list[Path]:
    """Walk the screens; return the PNGs written, in order.

    ``on_screen(name, widget)`` is called on each screen as it would be photographed (the
    language tests check every label there); with ``outdir`` None no picture is written.
    """
    if outdir is not None:
        outdir.mkdir(parents=True, exist_ok=True)
    quick_exit = QuickExit()
    quick_exit.set_quit(lambda: None)
    window = MainWindow(endpoint, quick_exit)
    window.resize(*size)
    window.show()
    written: list[Path] = []

    def shot(name: str, widget: QWidget | None = None) -> None:
        app.processEvents()
        if on_screen is not None:
            on_screen(name, widget or window)
        if outdir is not None:
            path = outdir / f"{len(written) + 1:02d}-{name}.png"
            (widget or window).grab().save(str(path), "PNG")
            written.append(path)

    try:
        shot("welcome")
        window.go(Step.HOW_IT_WORKS)
        shot("how-it-works")
        window.back()
        window.welcome.start_button.click()
        shot("questions")
        window.questions.age_buttons[AgeAnswer.NOT_SURE].click()
        window.questions.who_buttons[Role.SELF].click()
        shot("questions-not-sure")
        window.questions.age_buttons[AgeAnswer.ADULT].click()
        window.questions.continue_button.click()
        shot("adults")
        window.back()
        window.questions.age_buttons[AgeAnswer.UNDER_18].click()
        window.questions.continue_button.click()
        shot("add-empty")

        window.add.drop_zone.choose_button.click()
        wait_until(app, lambda: window.picker is not None and window.picker.isVisible())
        assert window.picker is not None
        shot("file-picker", window.picker)
        window.picker.reject()

        window.controller.add_paths(files or sample_files())
        wait_until(app, lambda: len(window.model) > 0 and not window.controller.is_busy())
        window.add.grid.setCurrentIndex(window.model.index(0, 0))
        shot("add-fingerprinted")
        window.add.reveal_button.click()
        shot("add-reveal-warning")
        window.add.reveal_question.no.click()

        window.add.continue_button.click()
        window.review.attest.setChecked(True)
        shot("review")

        window.go(Step.SENDING)
        window.sending.failed(translate_message(MESSAGES["offline"][0]), retryable=True)
        shot("sending-failed")
        with tempfile.TemporaryDirectory() as folder:
            window.session.save_for_later(Path(folder) / "fingerprints.json")
            wait_until(app, lambda: window.flow.step is Step.SAVED)
            shot("saved-for-later")
            window.start_over()
            window.welcome.open_button.click()
            wait_until(app, lambda: window.picker is not None)
            assert window.picker is not None
            window.session.open_saved(Path(folder) / "fingerprints.json")
            window.picker.reject()
            wait_until(app, lambda: window.flow.step is Step.REVIEW)

        window.review.attest.setChecked(True)
        window.review.send_button.click()
        shot("sending")
        wait_until(app, lambda: window.flow.step is Step.DONE)
        shot("done")
        receipt = window.session.receipt
        assert receipt is not None

        window.start_over()
        window.welcome.check_button.click()
        window.check.fill(receipt)
        wait_until(app, lambda: window.check.status is not None)
        shot("check-status")
        window.check.withdraw_button.click()
        shot("check-withdraw-confirm")
        window.check.withdraw_question.yes.click()
        wait_until(app, lambda: window.check.status is not None and window.check.status.withdrawn)
        shot("check-withdrawn")
        window.back()
        window.help_button.click()
        shot("help")
    finally:
        window.wipe()
        window.controller.wait(10_000)
        window.close()
        window.deleteLater()
    return written
