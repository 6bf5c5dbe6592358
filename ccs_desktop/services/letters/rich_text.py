"""Paragraphs with bold, italic and underlined runs, wrapped by words and drawn on a reportlab canvas (pure: no
database, no Qt).

A template marks emphasis with ``<b>``, ``<i>`` and ``<u>`` and takes values with ``{name}``; the template is split
into runs before the values are put in, so a value (an agency's or a creditor's name) is drawn as it is and can
never change the emphasis. Wrapping is memoised: a batch draws the same paragraphs again and again.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

FONTS = {(False, False): "Helvetica", (True, False): "Helvetica-Bold", (False, True): "Helvetica-Oblique",
         (True, True): "Helvetica-BoldOblique"}
_TAG = re.compile(r"</?[biu]>")
_SPACES = re.compile(r"(\s+)")

Piece = tuple[str, str, bool]  # text, font, underlined
Line = tuple[tuple[float, Piece], ...]  # each piece with its x offset


@functools.lru_cache(maxsize=512)
def runs(template: str) -> tuple[tuple[str, bool, bool, bool], ...]:
    """The template's runs: (text, bold, italic, underlined)."""
    out: list[tuple[str, bool, bool, bool]] = []
    state = {"b": False, "i": False, "u": False}
    pos = 0
    for m in _TAG.finditer(template):
        if m.start() > pos:
            out.append((template[pos:m.start()], state["b"], state["i"], state["u"]))
        tag = m.group()
        state[tag.strip("</>")] = not tag.startswith("</")
        pos = m.end()
    if pos < len(template):
        out.append((template[pos:], state["b"], state["i"], state["u"]))
    return tuple(out)


def pieces(template: str, values: dict[str, Any], bold: bool = False) -> tuple[Piece, ...]:
    return tuple((text.format(**values), FONTS[(b or bold, i)], u) for text, b, i, u in runs(template))


def plain(template: str) -> str:
    """The template without its markup (its placeholders left to fill)."""
    return "".join(text for text, _b, _i, _u in runs(template))


@functools.lru_cache(maxsize=8192)
def wrap(items: tuple[Piece, ...], size: float, width: float) -> tuple[Line, ...]:
    """Lines no wider than `width`, broken at spaces only (a word longer than the width gets a line of its own)."""
    words: list[list[Piece]] = [[]]
    for text, font, underlined in items:
        for part in _SPACES.split(text):
            if not part:
                continue
            if part.isspace():
                if words[-1]:
                    words.append([])
            else:
                words[-1].append((part, font, underlined))
    space = stringWidth(" ", FONTS[(False, False)], size)
    lines: list[list[list[Any]]] = []
    line: list[list[Any]] = []  # [x, text, font, underlined]: same-font pieces joined, so text extracts as words
    x = 0.0
    for word in (w for w in words if w):
        w = sum(stringWidth(text, font, size) for text, font, _u in word)
        start = x + space if line else 0.0
        if line and start + w > width:
            lines.append(line)
            line, start = [], 0.0
        for i, (text, font, underlined) in enumerate(word):
            last = line[-1] if line else None
            if last is not None and last[2] == font and last[3] == underlined:
                last[1] += (" " if i == 0 else "") + text
            else:
                line.append([start, text, font, underlined])
            start += stringWidth(text, font, size)
        x = start
    if line:
        lines.append(line)
    return tuple(tuple((dx, (text, font, u)) for dx, text, font, u in segments) for segments in lines)


def lines_of(template: str, width: float, size: float, bold: bool = False, **values: Any) -> tuple[Line, ...]:
    return wrap(pieces(template, values, bold), size, round(width, 2))


def draw(c: Canvas | None, x: float, y: float, template: str, width: float, *, size: float,
         leading: float | None = None, color: Color | None = None, bold: bool = False, **values: Any) -> float:
    """Draw the paragraph with its first baseline at y (only measure it when `c` is None); return the y below its
    last line."""
    leading = leading or round(size * 1.3, 2)
    lines = lines_of(template, width, size, bold, **values)
    if c is None:
        return y - leading * len(lines)
    if color is not None:
        c.setFillColor(color)
        c.setStrokeColor(color)
    for line in lines:
        for dx, (text, font, underlined) in line:
            c.setFont(font, size)
            c.drawString(x + dx, y, text)
            if underlined:
                c.setLineWidth(0.5)
                c.line(x + dx, y - 1.4, x + dx + stringWidth(text, font, size), y - 1.4)
        y -= leading
    return y
