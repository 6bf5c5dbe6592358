"""User-visible text in the user's language: Qt translators from `resources/translations/ccs_<lang>.qm`.

Widgets use `self.tr("...")` for their own literals; text chosen at run time from a table (column headers, flag
names, result labels) is marked where it is defined with `QT_TRANSLATE_NOOP("ccs", "...")` and shown with `t()`.
Regenerate the catalogue after changing text:

    pyside6-lupdate ccs_desktop/ui/*.py -ts resources/translations/ccs_es.ts
    pyside6-lrelease resources/translations/ccs_es.ts -qm resources/translations/ccs_es.qm
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from .. import paths

log = logging.getLogger(__name__)

CONTEXT = "ccs"
LANGUAGES = {"en": "English", "es": "Español"}
_installed: list[QTranslator] = []
_language = "en"


def t(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("ccs", ...)."""
    return QCoreApplication.translate(CONTEXT, text)


def language() -> str:
    return _language


def install(app: QCoreApplication, lang: str) -> bool:
    """Load the catalogue for `lang` ("en" needs none). Returns False (and stays in English) if it is missing."""
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = "en"
    if lang == "en" or not lang:
        return True
    path = paths.resource("translations", f"ccs_{lang}.qm")
    translator = QTranslator(app)
    if not path.exists() or not translator.load(str(path)):
        log.warning("no translation for language %r", lang)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    _language = lang
    return True
