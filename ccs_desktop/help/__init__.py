"""The user guide shipped inside the package (opened with F1): one Markdown file per language, `<lang>/guide.md`.

The files are package data (pyproject.toml) and are copied into the frozen bundle (installer/ccs_desktop.spec), so
an installed workstation has them; nothing is read from the source checkout's docs/.
"""

from __future__ import annotations

from pathlib import Path

HELP_DIR = Path(__file__).resolve().parent
LANGUAGES = ("en", "es")


def guide_path(language: str) -> Path:
    """The guide in this language, else in English."""
    path = HELP_DIR / (language if language in LANGUAGES else "en") / "guide.md"
    return path if path.exists() else HELP_DIR / "en" / "guide.md"


def guide(language: str) -> str:
    return guide_path(language).read_text(encoding="utf-8")
