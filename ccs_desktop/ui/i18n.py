"""User-visible text in the user's language: Qt translators from `resources/translations/ccs_<lang>.qm`.

Widgets use `self.tr("...")` for their own literals; text chosen at run time from a table (column headers, flag
names, result labels) is marked where it is defined with `QT_TRANSLATE_NOOP("ccs", "...")` and shown with `t()`.
Text with values is a template with named fields, translated first and filled after
(`self.tr("Last sync: {when}").format(when=...)`), never a translated f-string. Counts use Qt's numerus form,
`self.tr("%n change(s) waiting", "", n)`; English is the source language, but its singular and plural forms come
from a small English catalogue (`ccs_en.qm`, numerus entries only), which is loaded for English too.
Regenerate the catalogues after changing text:

    pyside6-lupdate ccs_desktop/ui/*.py ccs_desktop/ui/supervisor/*.py -ts resources/translations/ccs_es.ts
    pyside6-lupdate -pluralonly ccs_desktop/ui/*.py ccs_desktop/ui/supervisor/*.py -ts resources/translations/ccs_en.ts
    pyside6-lrelease resources/translations/ccs_es.ts -qm resources/translations/ccs_es.qm
    pyside6-lrelease resources/translations/ccs_en.ts -qm resources/translations/ccs_en.qm
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

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


def locale() -> QLocale:
    """Month and day names in the chosen language (US conventions): `locale().toString(qdate, "ddd MMM d")`."""
    return QLocale(f"{_language}_US")


def _load(app: QCoreApplication, lang: str) -> bool:
    path = paths.resource("translations", f"ccs_{lang}.qm")
    translator = QTranslator(app)
    if not path.exists() or not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install(app: QCoreApplication, lang: str) -> bool:
    """Load the catalogue for `lang` (for "en", only the singular/plural forms). Returns False (and stays in
    English) if it is missing."""
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = "en"
    if lang == "en" or not lang:
        QLocale.setDefault(locale())
        if not _load(app, "en"):
            log.warning("no English plural forms: counts read as '(s)'")
        return True
    if not _load(app, lang):
        log.warning("no translation for language %r", lang)
        _load(app, "en")
        return False
    qt_own = QTranslator(app)  # Qt's own words (standard buttons such as Cancel), where Qt ships them
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    _language = lang
    QLocale.setDefault(locale())  # counts ("%Ln") and numbers in the language's US conventions
    return True


def short_date(day: dt.date, with_weekday: bool = True) -> str:
    """A date with its day and month names in the chosen language: "Mon Dec 14" / "lun 14 dic"."""
    english = _language == "en"
    fmt = ("ddd MMM d" if english else "ddd d MMM") if with_weekday else ("MMM d" if english else "d MMM")
    return locale().toString(QDate(day.year, day.month, day.day), fmt)


def weekday(day: dt.date) -> str:
    """The short day name in the chosen language: "Mon" / "lun"."""
    return locale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


ROLE_NAMES = {"collector": QT_TRANSLATE_NOOP("ccs", "collector"), "supervisor": QT_TRANSLATE_NOOP("ccs", "supervisor"),
              "admin": QT_TRANSLATE_NOOP("ccs", "admin")}


def role_name(role: object) -> str:
    """A user's role in the chosen language ("collector" / "cobrador")."""
    value = str(getattr(role, "value", role))
    return t(ROLE_NAMES[value]) if value in ROLE_NAMES else value
