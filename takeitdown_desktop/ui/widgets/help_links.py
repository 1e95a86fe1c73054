"""The list of places to get help: each service's name, what it is for, and its links."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from takeitdown_desktop.ui.items import fill_pattern
from takeitdown_desktop.ui.support import SupportResource
from takeitdown_desktop.ui.widgets.speech import tell


def resources_html(resources: tuple[SupportResource, ...], *, right_to_left: bool = False) -> str:
    """Rich text for a label: each service's name, what it is for, and its links.

    ``right_to_left`` sets each paragraph's direction: Qt would guess it from the first letter,
    and a service named in Latin letters (Take It Down, INHOPE) made its Hebrew or Arabic
    description run left to right, aligned to the wrong side."""
    start = '<p dir="rtl">' if right_to_left else "<p>"
    parts: list[str] = []
    for resource in resources:
        links = " · ".join(
            f'<a href="{html.escape(resource.link(contact), quote=True)}">'
            f"{html.escape(contact.label)}</a>"
            for contact in resource.contacts
        )
        parts.append(
            f"{start}<b>{html.escape(resource.name)}</b> ({html.escape(resource.region)})<br>"
            f"{html.escape(resource.what)}<br>{links}</p>"
        )
    return "".join(parts)


class ResourceList(QLabel):
    """The places to get help, with links that work from the keyboard too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resources: tuple[SupportResource, ...] = ()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )

    def set_resources(self, resources: tuple[SupportResource, ...]) -> None:
        self.resources = resources
        self.setText(resources_html(resources, right_to_left=self.isRightToLeft()))
        self.setAccessibleName(
            "; ".join(
                f"{r.name}: {r.what} " + ", ".join(c.label for c in r.contacts) for r in resources
            )
        )

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        # Tab moves from link to link inside the label, and Qt tells a screen reader nothing
        # (Orca was silent for seven Tabs): say which service's link now has the focus.
        moved = super().focusNextPrevChild(forward)
        link = self.selectedText()
        if moved and self.hasFocus() and link:
            owner = next(
                (r for r in self.resources if any(c.label == link for c in r.contacts)), None
            )
            if owner is not None:
                # The same "%1: %2" as a tile's "Photo 1: Ready", translated once.
                link = fill_pattern(
                    QCoreApplication.translate("ItemModel", "%1: %2"), owner.name, link
                )
            tell(self, link)
        return moved
