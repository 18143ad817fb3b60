"""How hard the English texts are to read: the Flesch-Kincaid grade of every text people read.

The texts are the catalog's message ids (screener/i18n.py): questions, help, messages, result
summaries and reasons, next steps, checklist steps and the plain texts of the rules. Each text is
measured on its own, with its {placeholders} read as the one-syllable word "it" (what fills them
is measured where it is written). DESIGN.md, principle 4, asks for grade 8 at most.

Not measured (the stated rule): names of things (offense and relief labels, question groups,
place names, titles of other routes), and any text under MIN_WORDS words: the formula rests on
words per sentence and syllables per word, and on a few words one long word ("misdemeanor")
moves it by ten grades. Those short texts are still read by the wording check.

    python -m screener.readability          # median and worst grade, and the texts above grade 8
    python -m screener.readability --all    # every measured text with its grade

Needs textstat 0.7.4 (a test dependency; newer releases fetch a dictionary at run time).
"""
from __future__ import annotations

import re
import statistics
import sys
from dataclasses import dataclass

from . import i18n

MAX_GRADE = 8.0
MIN_WORDS = 8
_SLOT = re.compile(r"\{\w*\}|%\(\w+\)[sd]")


@dataclass(frozen=True)
class Measured:
    grade: float
    text: str
    place: str          # app, checklist, labels or rules/XX.yaml (where it was first found)
    files: tuple[str, ...]


def grade(text: str) -> float:
    import textstat
    return textstat.flesch_kincaid_grade(_SLOT.sub("it", text))


def _words(text: str) -> int:
    import textstat
    return textstat.lexicon_count(_SLOT.sub("it", text))


def is_name(message) -> bool:
    fields = {c.split(": ", 1)[1] for c in message.auto_comments if c.startswith("rules field: ")}
    return bool(fields) and all(i18n.is_label_field(field) for field in fields)


def measured_texts(catalog=None) -> list[Measured]:
    """Every English text that the rule above measures, with its grade."""
    found = []
    for message in catalog or i18n.extract_catalog():
        if not message.id or is_name(message):
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        for text in ids:
            if _words(text) >= MIN_WORDS:
                files = tuple(sorted({filename for filename, _ in message.locations}))
                found.append(Measured(grade(text), text, i18n._place(message), files))
    return found


def summary(texts: list[Measured]) -> str:
    grades = [t.grade for t in texts]
    above = sum(g > MAX_GRADE for g in grades)
    return (f"{len(grades)} texts: median grade {statistics.median(grades):.1f}, worst {max(grades):.1f}, "
            f"{above} above grade {MAX_GRADE:g}")


def main(argv: list[str]) -> int:
    texts = measured_texts()
    print("all      ", summary(texts))
    for name, test in (("app", lambda p: p == "app"), ("checklist", lambda p: p == "checklist"),
                       ("rules", lambda p: p.startswith("rules/"))):
        part = [t for t in texts if test(t.place)]
        if part:
            print(f"{name:9}", summary(part))
    shown = texts if "--all" in argv else [t for t in texts if t.grade > MAX_GRADE]
    for t in sorted(shown, key=lambda t: -t.grade):
        print(f"{t.grade:5.1f}  {t.place:16} {t.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
