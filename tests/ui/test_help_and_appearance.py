"""F1 opens the user guide shipped in the package, in English or Spanish; the colours follow a Light/Dark/System
setting (the system's scheme as it changes) and the text size is a setting."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ccs_desktop import config
from ccs_desktop import help as guide_files
from ccs_desktop.ui import i18n, theme
from ccs_desktop.ui.appearance_dialog import AppearanceDialog
from ccs_desktop.ui.main_window import MainWindow

SECTIONS = {"en": ("Your queue", "The account workspace", "Guardrails", "Promises and payments", "Disputes",
                   "Offline work", "Supervisor screens", "All shortcuts"),
            "es": ("Su cola de trabajo", "El espacio de la cuenta", "Salvaguardas", "Promesas y pagos", "Disputas",
                   "Trabajo sin conexión", "Pantallas del supervisor", "Todos los atajos")}


@pytest.fixture
def restore_look(qapp):
    before = theme.current()
    yield
    theme.apply(qapp, *before)
    i18n.install(qapp, "en")


def test_the_guide_ships_in_the_package_in_both_languages():
    for language, sections in SECTIONS.items():
        path = guide_files.guide_path(language)
        assert path.is_relative_to(guide_files.HELP_DIR) and "docs" not in path.parts
        text = path.read_text(encoding="utf-8")
        assert [s for s in sections if f"## {s}" not in text] == []
    assert guide_files.guide_path("fr") == guide_files.guide_path("en")


def test_f1_opens_the_guide_in_the_workstations_language(qtbot, qapp, restore_look):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.guide_action.shortcut().toString() == "F1"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_F1)
    help_window = window.help_window
    qtbot.waitUntil(help_window.isVisible, timeout=5000)
    assert "Guardrails" in help_window.browser.toPlainText()
    assert help_window.browser.document().toMarkdown().count("|") > 20  # the shortcut table is a rendered table
    help_window.close()
    i18n.install(qapp, "es")
    window.guide_action.trigger()
    qtbot.waitUntil(help_window.isVisible, timeout=5000)
    assert "Salvaguardas" in help_window.browser.toPlainText() and "Guardrails" not in help_window.browser.toPlainText()
    help_window.find.setText("Trabajo sin conexión")
    help_window.find_next()
    assert help_window.browser.textCursor().selectedText() == "Trabajo sin conexión"
    window.close()


def _dark(app) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 100


def test_light_dark_and_the_systems_choice(qapp, monkeypatch, restore_look):
    assert theme.apply(qapp, "dark") and _dark(qapp)
    assert not theme.apply(qapp, "light") and not _dark(qapp)
    monkeypatch.setattr(theme, "system_is_dark", lambda _app: True)
    assert theme.apply(qapp, "system") and _dark(qapp)
    monkeypatch.setattr(theme, "system_is_dark", lambda _app: False)
    theme._follow_system(qapp)  # the operating system switched back to light
    assert not _dark(qapp)


def test_text_size_setting(qapp, restore_look):
    base = qapp.font().pointSize()
    theme.apply(qapp, "light", 16)
    assert qapp.font().pointSize() == 16
    theme.apply(qapp, "light", 0)
    assert qapp.font().pointSize() == base


def test_the_appearance_dialog_applies_and_keeps_the_choice(qtbot, qapp, restore_look):
    dialog = AppearanceDialog()
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(13)
    assert _dark(qapp) and qapp.font().pointSize() == 13  # previewed at once
    dialog.accept()
    saved = config.load()
    assert (saved.theme, saved.font_size) == ("dark", 13)
    again = AppearanceDialog()
    qtbot.addWidget(again)
    again.theme.setCurrentIndex(again.theme.findData("light"))
    assert not _dark(qapp)
    again.reject()  # cancelled: back to what was chosen
    assert _dark(qapp) and qapp.font().pointSize() == 13


@pytest.mark.parametrize("values,message", [({"theme": "purple"}, "theme must be one of"),
                                            ({"font_size": 40}, "font_size must be 0"),
                                            ({"font_size": "big"}, "font_size must be 0")])
def test_bad_appearance_settings_are_refused(tmp_path, values, message):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    with pytest.raises(config.ConfigError, match=message):
        config.load(path)


