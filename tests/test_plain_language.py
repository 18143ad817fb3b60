"""Plain language, measured (DESIGN.md, principle 4): every English text a survivor reads scores at
most grade 8 on Flesch-Kincaid, text by text: questions, help, messages, result summaries and
reasons, next steps, checklist steps and the plain texts of the rules. What is measured, and the
stated rule for what is not (names, and texts under 8 words), is in screener/readability.py.

    python -m screener.readability      # median, worst, and every text above grade 8
"""
from pathlib import Path

import pytest

pytest.importorskip("textstat", reason="the plain-language check needs textstat (pip install -e '.[test]')")

from screener import readability  # noqa: E402

# Rules files being rewritten by the researchers who own them right now. Their texts are
# measured and listed (python -m screener.readability) but do not fail the suite yet; take a
# code off as soon as its file's texts are at grade 8 or below.
PLAIN_LANGUAGE_PENDING = set()


def _pending(text: readability.Measured) -> bool:
    codes = {Path(f).stem for f in text.files if f.startswith("rules/jurisdictions/")}
    return bool(codes) and len(codes) == len(text.files) and codes <= PLAIN_LANGUAGE_PENDING


@pytest.fixture(scope="module")
def texts():
    return readability.measured_texts()


def test_every_survivor_facing_text_is_at_grade_8_or_below(texts):
    too_hard = sorted((t for t in texts if t.grade > readability.MAX_GRADE and not _pending(t)),
                      key=lambda t: -t.grade)
    listing = "\n".join(f"  {t.grade:5.1f}  {', '.join(t.files)}: {t.text}" for t in too_hard[:40])
    assert not too_hard, (f"{len(too_hard)} texts read above grade {readability.MAX_GRADE:g} "
                          f"({readability.summary(texts)}); the worst first:\n{listing}\n"
                          "Rewrite them in shorter sentences and shorter words (citations stay exact).")


def test_the_measure_is_the_one_we_think():
    assert readability.grade("Has the trafficking ended?") < 8
    assert readability.grade("Notwithstanding any other provision of law, the court shall vacate the "
                             "conviction upon a determination of eligibility.") > 12
    assert readability.grade("File {filing} in {court}.") == readability.grade("File it in it.")


def test_pending_rules_files_still_need_the_exception(texts):
    """Keep PLAIN_LANGUAGE_PENDING honest: a file whose texts all pass comes off it."""
    still = {Path(f).stem for t in texts if t.grade > readability.MAX_GRADE and _pending(t) for f in t.files}
    assert PLAIN_LANGUAGE_PENDING <= still, f"take these off PLAIN_LANGUAGE_PENDING: {sorted(PLAIN_LANGUAGE_PENDING - still)}"
