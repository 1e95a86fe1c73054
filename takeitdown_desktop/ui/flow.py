"""Where the person is in the guided flow, and what they answered: plain Python, no widgets.

The window shows whichever screen ``Flow.step`` names and calls the methods here when a button
is pressed, so every rule about "what comes next" lives in one place that tests can drive
without Qt. Nothing here holds a picture, a path or a digest: those live in the item model and
in the prepared report, which the window drops on "Start over" and on quick exit.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from takeitdown_protocol import Role


class Step(enum.Enum):
    """One screen of the app."""

    WELCOME = "welcome"
    HOW_IT_WORKS = "how_it_works"
    QUESTIONS = "questions"
    ADULTS = "adults"
    ADD = "add"
    REVIEW = "review"
    SENDING = "sending"
    DONE = "done"
    SAVED = "saved"
    CHECK = "check"
    HELP = "help"


class AgeAnswer(enum.Enum):
    """ "Were you under 18 in these photos or videos?"."""

    UNDER_18 = "under_18"
    ADULT = "adult"
    NOT_SURE = "not_sure"


class Origin(enum.Enum):
    """How the review screen was reached: fresh fingerprints, or a file saved earlier."""

    NEW = "new"
    SAVED_FILE = "saved_file"


@dataclass
class Flow:
    """The person's place in the flow and their two answers. No personal data."""

    step: Step = Step.WELCOME
    age: AgeAnswer | None = None
    #: "Who is using the app?": the answer is the report's role.
    who: Role | None = None
    origin: Origin = Origin.NEW
    history: list[Step] = field(default_factory=list)

    # Moving around -------------------------------------------------------------------------------

    def go(self, step: Step) -> Step:
        """Show ``step``, remembering the current screen for Back."""
        if step is not self.step:
            self.history.append(self.step)
            self.step = step
        return self.step

    def back(self) -> Step:
        """Return to the previous screen (the welcome screen if there is none)."""
        self.step = self.history.pop() if self.history else Step.WELCOME
        return self.step

    def start_over(self) -> None:
        """Forget every answer and return to the welcome screen."""
        self.step = Step.WELCOME
        self.age = None
        self.who = None
        self.origin = Origin.NEW
        self.history.clear()

    # The questions -------------------------------------------------------------------------------

    def questions_answered(self) -> bool:
        """Continue is possible once both questions have an answer (or the age answer is "no")."""
        return self.age is AgeAnswer.ADULT or (self.age is not None and self.who is not None)

    def after_questions(self) -> Step:
        """The next screen once the questions are answered.

        "No, I was 18 or over" leads to a page about services for adults, and nothing is sent.
        "Not sure" may go on: the service is for anything that might have been taken before 18.
        """
        if self.age is AgeAnswer.ADULT:
            return self.go(Step.ADULTS)
        if not self.questions_answered():
            raise ValueError("Both questions need an answer before going on.")
        self.origin = Origin.NEW
        return self.go(Step.ADD)

    def open_saved(self) -> Step:
        """A fingerprint file saved earlier was opened: review it, then send."""
        self.origin = Origin.SAVED_FILE
        return self.go(Step.REVIEW)

    def sent(self) -> Step:
        """The report was received. There is no way back into the sending screens."""
        self.step = Step.DONE
        self.history = [Step.WELCOME]
        return self.step

    def saved_for_later(self) -> Step:
        self.step = Step.SAVED
        self.history = [Step.WELCOME]
        return self.step
