"""Appearance: a light or dark palette (or the operating system's choice, followed as it changes) and the text size.

Qt 6.5+ tells the system's colour scheme (`QStyleHints.colorScheme`); the Fusion style draws with the palette set
here, so every window, the ones opened later included, follows it. Widgets colour their own text through the
palette (`QPalette.PlaceholderText`, `setEnabled(False)` for dimmed captions), never a fixed grey on white.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
_state: dict[str, object] = {"theme": "system", "font_size": 0, "base_font": None, "connected": False}


def system_is_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#202124"), QColor("#18191b"), QColor("#e8eaed")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#26282b"))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#2d2f33"))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#2d2f33"))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#3d6fb4"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#8ab4f8"))
        p.setColor(group, QPalette.ColorRole.BrightText, QColor("#ff8a80"))
        p.setColor(group, QPalette.ColorRole.Light, QColor("#3c4043"))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor("#33363a"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#2a2c2f"))
        p.setColor(group, QPalette.ColorRole.Dark, QColor("#111214"))
        p.setColor(group, QPalette.ColorRole.Shadow, QColor("#000000"))
    disabled = QColor("#7f848a")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#2d2f33"))
    return p


def is_dark() -> bool:
    app = QApplication.instance()
    theme = _state["theme"]
    return theme == "dark" or (theme == "system" and app is not None and system_is_dark(app))


def apply(app: QApplication, theme: str = "system", font_size: int = 0) -> bool:
    """Set the palette and the text size for the whole application; returns whether it is dark now."""
    theme = theme if theme in THEMES else "system"
    _state["theme"], _state["font_size"] = theme, font_size
    if _state["base_font"] is None:
        _state["base_font"] = QFont(app.font())
    dark = is_dark()
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    font = QFont(_state["base_font"])  # type: ignore[arg-type]
    if font_size:
        font.setPointSize(font_size)
    app.setFont(font)
    if not _state["connected"]:
        _state["connected"] = True
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
    return dark


def _follow_system(app: QApplication) -> None:
    if _state["theme"] == "system":
        apply(app, "system", int(_state["font_size"]))  # type: ignore[arg-type]


def current() -> tuple[str, int]:
    return str(_state["theme"]), int(_state["font_size"])  # type: ignore[arg-type]
