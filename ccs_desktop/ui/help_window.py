"""The user guide window (F1): the guide shipped in the package, in the workstation's language, as rendered
Markdown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from .. import help as guide_files
from . import i18n


class HelpWindow(QWidget):
    """One window, reused: F1 again brings it forward. Ctrl+F finds a word in the guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.resize(860, 720)
        self.browser = QTextBrowser(objectName="helpText")
        self.browser.setOpenExternalLinks(True)
        self.find = QLineEdit(objectName="helpFind", placeholderText=self.tr("Find in the guide (Enter: next)"))
        self.find.returnPressed.connect(self.find_next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find.setFocus)
        QShortcut(QKeySequence("Esc"), self, self.close)
        self.show_guide()

    def show_guide(self, language: str | None = None) -> None:
        lang = language or i18n.language()
        self.language = lang
        self.setWindowTitle(self.tr("CCS Desktop user guide"))
        self.browser.setMarkdown(guide_files.guide(lang))

    def find_next(self) -> None:
        text = self.find.text().strip()
        if text and not self.browser.find(text):
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(text)
