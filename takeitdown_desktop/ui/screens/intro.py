"""The screens before any file is added: welcome, how it works, the questions, the page for
adults, and where to get help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.ui.flow import AgeAnswer, Flow
from takeitdown_desktop.ui.i18n import LANGUAGES
from takeitdown_desktop.ui.screens.base import Screen
from takeitdown_desktop.ui.support import Audience, load_resources
from takeitdown_desktop.ui.widgets.flow_picture import FlowPicture
from takeitdown_desktop.ui.widgets.help_links import ResourceList
from takeitdown_desktop.ui.widgets.pictures import IconLine, Picture
from takeitdown_desktop.ui.widgets.questions import RadioQuestion
from takeitdown_desktop.ui.widgets.speech import set_status
from takeitdown_desktop.ui.widgets.text import (
    card,
    heading,
    link_button,
    paragraph,
    set_button,
    set_label,
)
from takeitdown_protocol import Role


class WelcomeScreen(Screen):
    """What the app does and the privacy promise, before anything else."""

    start_requested = Signal()
    how_requested = Signal()
    check_requested = Signal()
    open_saved_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, back=False)
        # The language menu comes first, so nobody has to read on in a language they don't
        # know. Each language is named in itself, whatever the current language is.
        self.language_label = QLabel(self.body)
        self.language_menu = QComboBox(self.body)
        for language in LANGUAGES:
            self.language_menu.addItem(language.native, language.code)
        self.language_label.setBuddy(self.language_menu)
        self.language_menu.activated.connect(
            lambda row: self.language_chosen.emit(self.language_menu.itemData(row))
        )
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_menu)
        self.content.insertLayout(0, language_row)
        self.picture = Picture("welcome", self.body, height=8)
        self.content.insertWidget(1, self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.intro = paragraph(self.body)
        # The promise: three short lines, each with its picture.
        self.promise_card, promise = card(self.body)
        self.promise_title = heading(self.promise_card, level=2)
        promise.addWidget(self.promise_title)
        self.promise_lines = [
            IconLine(name, self.promise_card) for name in ("device", "key", "anonymous")
        ]
        for line in self.promise_lines:
            promise.addWidget(line)
        self.stop_line = IconLine("exit", self.body)
        self.stop_note = self.stop_line.text
        self.problem = paragraph(self.body)
        self.start_button = QPushButton(self.body)
        self.start_button.setDefault(True)
        self.how_button = link_button(self.body)
        self.check_button = link_button(self.body)
        self.open_button = link_button(self.body)
        for widget in (self.intro, self.promise_card, self.stop_line, self.problem):
            self.content.addWidget(widget)
        self.content.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeading)
        links = QVBoxLayout()
        links.setSpacing(0)
        for button in (self.how_button, self.check_button, self.open_button):
            links.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        self.content.addLayout(links)
        self.content.addStretch(1)
        self.start_button.clicked.connect(self.start_requested)
        self.how_button.clicked.connect(self.how_requested)
        self.check_button.clicked.connect(self.check_requested)
        self.open_button.clicked.connect(self.open_saved_requested)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        # "Language" stays in English beside the translation: someone who can't read the
        # current language can still find the menu.
        language = self.tr("Language")
        caption = language if language == "Language" else f"{language} (Language)"
        set_label(self.language_label, caption + ":")
        self.language_menu.setAccessibleName(caption)
        self.language_menu.setAccessibleDescription(
            self.tr("Choose the language of the app. It changes straight away.")
        )
        set_label(self.title, self.tr("We can help stop these pictures from spreading"))
        set_label(
            self.intro,
            self.tr(
                "If there are nude or sexual photos or videos of you from before you were 18, "
                "this app can help get them taken down from websites and apps, or stop them "
                "from being shared. It's not your fault, and you're not in trouble."
            ),
        )
        set_label(self.promise_title, self.tr("Your pictures stay with you"))
        promises = [
            self.tr("Your photos and videos stay on this computer. They are never uploaded."),
            self.tr(
                "Only fingerprints are sent: short codes that can't be turned back into pictures."
            ),
            self.tr("You don't give your name, email or phone number. It's free."),
        ]
        for line, text in zip(self.promise_lines, promises, strict=True):
            set_label(line.text, text)
        set_label(
            self.stop_note,
            self.tr(
                "You can stop at any time. Quick exit (top right) closes the app at once. "
                "You can also press Shift three times, or Escape twice."
            ),
        )
        set_button(self.start_button, self.tr("Start"))
        set_button(self.how_button, self.tr("How does this work?"))
        set_button(self.check_button, self.tr("Check or withdraw an earlier report"))
        set_button(self.open_button, self.tr("Send fingerprints you saved earlier"))

    def show_problem(self, text: str) -> None:
        """Why the saved fingerprints couldn't be opened."""
        set_status(self.problem, text, assertive=True)

    def set_language(self, code: str) -> None:
        """Show ``code`` as the current choice (without asking for a change)."""
        row = self.language_menu.findData(code)
        if row >= 0:
            self.language_menu.setCurrentIndex(row)

    def first_focus(self) -> QWidget:
        return self.start_button


class HowItWorksScreen(Screen):
    """One level deeper: what the fingerprints are, in plain words, with a picture."""

    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_button = self.add_button(primary=True)
        self.start_button.clicked.connect(self.start_requested)
        self.diagram = FlowPicture(self.body)
        self.content.addWidget(self.diagram)
        self.sections = [(heading(self.body, level=2), paragraph(self.body)) for _ in range(7)]
        for title, text in self.sections:
            self.content.addWidget(title)
            self.content.addWidget(text)
        self.content.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_label(self.title, self.tr("How does this work?"))
        # The welcome screen's "Start", translated once.
        set_button(self.start_button, QCoreApplication.translate("WelcomeScreen", "Start"))
        self.diagram.set_steps(
            [
                self.tr("Your photo or video stays on this computer"),
                self.tr("The app makes its fingerprints here"),
                self.tr("Only the fingerprints are sent to Take It Down"),
                self.tr("Websites and apps look for matches and take them down"),
            ]
        )
        texts = [
            (
                self.tr("What is a fingerprint?"),
                self.tr(
                    "A fingerprint (computer people call it a hash) is a short code worked out "
                    "from a photo or video. The same picture always gives the same code. The "
                    "code can't be turned back into the picture, so nobody can see your "
                    "picture from it."
                ),
            ),
            (
                self.tr("File fingerprints (MD5 and SHA-256)"),
                self.tr(
                    "These match exact copies of the same file. If even a tiny part of the "
                    "file changes, the code changes too."
                ),
            ),
            (
                self.tr("Picture fingerprints (PDQ)"),
                self.tr(
                    "This one is worked out from what the picture looks like, so it can also "
                    "find copies that were made smaller, saved again or changed a little. "
                    "Very plain or blurry pictures give a weak fingerprint, which is harder to "
                    "match. It is still sent."
                ),
            ),
            (
                self.tr("Changed copies"),
                self.tr(
                    "Each photo also gets extra fingerprints for the ways copies are often "
                    "changed: cut at one side, zoomed in, made square, turned, put in a story or "
                    "under a caption. So those copies can be found without a new report. Some "
                    "changes are still missed: a copy cut on every side, a screenshot, or one "
                    "with stickers on it. If you find a copy like that, you can send it in a new "
                    "report."
                ),
            ),
            (
                self.tr("Video fingerprints"),
                self.tr(
                    "For a video, the app makes a picture fingerprint of about one frame "
                    "every second, plus the file fingerprints."
                ),
            ),
            (
                self.tr("What happens to the fingerprints?"),
                self.tr(
                    "NCMEC adds them to a list. Websites and apps that take part check posts "
                    "against the list. If something matches, they can take it down or stop it "
                    "from being posted. Nobody sees your pictures because of this app."
                ),
            ),
            (
                self.tr("What Take It Down can't do"),
                self.tr(
                    "It can't remove pictures from websites and apps that don't take part, or "
                    "from private messages. Pictures that were changed a lot may not match."
                ),
            ),
        ]
        for (title, text), (title_label, text_label) in zip(texts, self.sections, strict=True):
            set_label(title_label, title)
            set_label(text_label, text)

    def first_focus(self) -> QWidget:
        return self.back_button or self


class QuestionsScreen(Screen):
    """Two questions, no personal data. Each answer is written straight into the ``Flow``."""

    continue_requested = Signal()

    def __init__(self, flow: Flow, parent: QWidget | None = None) -> None:
        super().__init__(parent, step=1)
        self.flow = flow
        self.privacy_note = paragraph(self.body)
        self.content.addWidget(self.privacy_note)

        self.age_box: RadioQuestion[AgeAnswer] = RadioQuestion(AgeAnswer, self.body)
        self.age_box.chosen.connect(self._set_age)
        self.age_buttons = self.age_box.buttons
        self.not_sure_note = paragraph(self.age_box)
        self.not_sure_note.hide()
        self.age_box.column.addWidget(self.not_sure_note)
        self.content.addWidget(self.age_box)
        self.who_box: RadioQuestion[Role] = RadioQuestion(Role, self.body)
        self.who_box.chosen.connect(self._set_who)
        self.who_buttons = self.who_box.buttons
        self.content.addWidget(self.who_box)
        self.content.addStretch(1)

        self.continue_button = self.add_button(primary=True)
        self.continue_button.clicked.connect(self.continue_requested)
        self.retranslate()
        self.on_enter()

    def retranslate(self) -> None:
        super().retranslate()
        set_label(self.title, self.tr("Two quick questions"))
        set_label(
            self.privacy_note,
            self.tr("We don't ask for your name or anything else that could say who you are."),
        )
        self.age_box.set_texts(
            self.tr(
                "Were you (or the young person you're helping) under 18 in these photos or videos?"
            ),
            {
                AgeAnswer.UNDER_18: self.tr("Yes, under 18"),
                AgeAnswer.ADULT: self.tr("No, 18 or over"),
                AgeAnswer.NOT_SURE: self.tr("I'm not sure"),
            },
        )
        set_label(
            self.not_sure_note,
            self.tr(
                "That's okay. If they might have been taken before 18, you can go on. "
                "Take It Down is for anything that may have been taken before 18."
            ),
        )
        self.who_box.set_texts(
            self.tr("Who is using the app?"),
            {
                Role.SELF: self.tr("I'm the person in the photos or videos"),
                Role.TRUSTED_ADULT: self.tr("I'm a parent or trusted adult helping a young person"),
                Role.PROFESSIONAL: self.tr("I'm a counselor or other professional helping"),
            },
        )
        set_button(self.continue_button, self.tr("Continue"))

    def on_enter(self) -> None:
        self.age_box.show_answer(self.flow.age)
        self.who_box.show_answer(self.flow.who)
        self._update()

    def _set_age(self, answer: AgeAnswer) -> None:
        self.flow.age = answer
        self._update()

    def _set_who(self, who: Role) -> None:
        self.flow.who = who
        self._update()

    def _update(self) -> None:
        self.not_sure_note.setVisible(self.flow.age is AgeAnswer.NOT_SURE)
        self.who_box.setEnabled(self.flow.age is not AgeAnswer.ADULT)
        self.continue_button.setEnabled(self.flow.questions_answered())

    def first_focus(self) -> QWidget:
        return self.age_buttons[AgeAnswer.UNDER_18]


class AdultsScreen(Screen):
    """ "No, 18 or over": nothing is sent; point to a service for adults."""

    start_over_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = paragraph(self.body)
        self.resources = ResourceList(self.body)
        self.after = paragraph(self.body)
        for widget in (self.text, self.resources, self.after):
            self.content.addWidget(widget)
        self.content.addStretch(1)
        self.start_over_button = self.add_button(primary=True)
        self.start_over_button.clicked.connect(self.start_over_requested)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_label(self.title, self.tr("This service is for pictures taken before 18"))
        set_label(
            self.text,
            self.tr(
                "Take It Down is only for photos and videos taken when someone was under 18. "
                "Nothing has been sent. There is a free service that works in a similar way "
                "for adults, and people you can talk to:"
            ),
        )
        self.resources.set_resources(load_resources(Audience.ADULT, QLocale().name()))
        set_label(
            self.after,
            self.tr(
                "If you're not sure how old you were, go back and choose \u201cI'm not sure\u201d."
            ),
        )
        set_button(self.start_over_button, self.tr("Start over"))

    def first_focus(self) -> QWidget:
        return self.back_button or self


class HelpScreen(Screen):
    """Places to get help, from the one data file. Back, the only way on, is the primary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if self.back_button is not None:
            self.back_button.setDefault(True)
        self.text = paragraph(self.body)
        self.resources = ResourceList(self.body)
        self.content.addWidget(self.text)
        self.content.addWidget(self.resources)
        self.content.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_label(self.title, self.tr("Get help now"))
        set_label(
            self.text,
            self.tr(
                "You don't have to deal with this alone. These services are free and private. "
                "If someone is threatening you or asking for pictures, you can tell one of these "
                "services or a trusted adult. You won't be in trouble."
            ),
        )
        self.resources.set_resources(load_resources(Audience.YOUNG, QLocale().name()))

    def first_focus(self) -> QWidget:
        return self.back_button or self
