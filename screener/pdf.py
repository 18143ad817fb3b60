"""Prints a Checklist (screener/checklist.py) as a PDF with reportlab.

Large, plain type for reading on paper: 12-point body text, drawn boxes to tick, a footer on every
page (page X of Y, the day it was made, the rules version, "information, not legal advice").
No text ever goes through reportlab's markup parser: each paragraph is handed to reportlab as one
plain fragment, so nothing typed by a person or written in the rules can change the layout, and a
'<b>', '<script>' or '&amp;' prints as it was typed. (Skipping the parser is also faster.)
"""
from __future__ import annotations

import functools
import io
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.paraparser import ParaParser

from .checklist import Checklist

FONT, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
INK, GREY = colors.HexColor("#111111"), colors.HexColor("#555555")
MARGIN, FOOTER_Y = 0.75 * inch, 0.45 * inch
BOX_INDENT = 24  # points from the left edge of a box to its text
KEEP_BELOW_HEADING = 1.6 * inch


def _style(name, size, font=FONT, before=0, after=6, color=INK, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, spaceBefore=before,
                          spaceAfter=after, textColor=color, alignment=TA_LEFT, splitLongWords=True, **extra)


STYLES = {
    "title": _style("title", 24, BOLD, after=10),
    "heading": _style("heading", 18, BOLD, before=4, after=8),
    "subheading": _style("subheading", 14, BOLD, before=12, after=6),
    "strong": _style("strong", 12, BOLD, before=6, after=4),
    "record": _style("record", 12, BOLD, before=12, after=4),
    "text": _style("text", 12),
    "quote": _style("quote", 12, ITALIC, color=GREY),
    "box": _style("box", 12, after=7),
    "note": _style("note", 12, leftIndent=BOX_INDENT),
    "bullet": _style("bullet", 12, after=4, bulletIndent=BOX_INDENT + 2, leftIndent=BOX_INDENT + 14),
    "cell": _style("cell", 11, after=3),
    "cell_strong": _style("cell_strong", 11, BOLD, after=3),
    "cell_quote": _style("cell_quote", 11, ITALIC, after=3),
}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class _Paragraph(Paragraph):
    """Breaks its lines once per width: tables and frames ask for the same wrap several times."""

    def wrap(self, availWidth, availHeight):
        if self.__dict__.get("_wrapped_at") == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        self._wrapped_at = availWidth
        return super().wrap(availWidth, availHeight)


@functools.lru_cache(maxsize=None)
def _fragment(kind: str):
    """reportlab's own first fragment for a style (font, size, colour), ready to take plain text."""
    return ParaParser().parse("x", STYLES[kind])[1][0]


def paragraph(text: str, kind: str, bullet: str | None = None) -> Paragraph:
    """Plain text as a Paragraph, as is: one space between words, control characters dropped, and a
    section sign kept on the line of its number ("§ 3771A")."""
    plain = _CONTROL.sub("", " ".join(str(text).split())).replace("§ ", "§\u00a0")
    return _Paragraph("", STYLES[kind], bulletText=bullet, frags=[_fragment(kind).clone(text=plain)])


class Box(Flowable):
    """A line of text with an empty square in front of it, to tick by hand."""

    def __init__(self, paragraph: Paragraph, first: bool = True):
        super().__init__()
        self.paragraph, self.first = paragraph, first

    def wrap(self, width, height):
        self.width = width
        _, self.height = self.paragraph.wrap(width - BOX_INDENT, height)
        return width, self.height

    def split(self, width, height):
        parts = self.paragraph.split(width - BOX_INDENT, height)
        return [Box(parts[0], self.first), Box(parts[1], False)] if len(parts) == 2 else []

    def getSpaceBefore(self):
        return self.paragraph.getSpaceBefore()

    def getSpaceAfter(self):
        return self.paragraph.getSpaceAfter()

    def draw(self):
        if self.first:
            style = self.paragraph.style
            size = style.fontSize * 0.95
            baseline = self.height - style.fontSize  # first line of the paragraph
            self.canv.setLineWidth(1.2)
            self.canv.setStrokeColor(INK)
            self.canv.rect(2, baseline - 2, size, size)
        self.paragraph.drawOn(self.canv, BOX_INDENT, 0)


def _table(rows) -> Table:
    def cell(lines):
        return [paragraph(text, {"strong": "cell_strong", "quote": "cell_quote"}.get(kind, "cell")) for kind, text in lines]
    width = letter[0] - 2 * MARGIN
    table = Table([[cell(c) for c in row] for row in rows], repeatRows=1,
                  colWidths=[w * width for w in (0.05, 0.28, 0.13, 0.34, 0.20)])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.6, GREY),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _flowables(checklist: Checklist) -> list[Flowable]:
    story: list[Flowable] = []
    for block in checklist.blocks:
        if block.kind == "page_break":
            story.append(PageBreak())
        elif block.kind == "table":
            story.append(_table(block.rows))
        elif block.kind == "box":
            story.append(Box(paragraph(block.text, "box")))
        elif block.kind == "bullet":
            story.append(paragraph(block.text, "bullet", bullet="\u2022"))
        else:
            if block.kind in ("heading", "subheading"):
                story.append(CondPageBreak(KEEP_BELOW_HEADING))  # never a heading alone at a page's foot
            story.append(paragraph(block.text, block.kind))
    return story


def _canvas_with_footer(footer: str):
    class FooterCanvas(Canvas):
        """Holds each page until the end, so every footer can say "page X of Y"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(FONT, 10)
                self.setFillColor(GREY)
                self.drawCentredString(letter[0] / 2, FOOTER_Y,
                                       footer.format(page=number, pages=len(self._pages)))
                super().showPage()
            super().save()
    return FooterCanvas


def render_pdf(checklist: Checklist, *, title: str = "") -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=letter, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN + 0.25 * inch,
                                 title=title, author="", subject="", creator="screener", keywords="")
    document.build(_flowables(checklist), canvasmaker=_canvas_with_footer(checklist.footer))
    return buffer.getvalue()
