"""No survivor-facing text blames or stigmatises (DESIGN.md, principle 4): one word list,
screener/stigmatizing_words.yaml, read against every text a survivor reads, in both languages.

Read: every catalog text (the templates, the forms, screener/wording.py, forms_templates/ and the
plain texts of the rules: screener/i18n.py says which), the Spanish translations, and the raw
template and forms_templates files (so a text left out of the catalog is read too). Not read:
citations and offense synonyms, which must match what statutes and records say.
"""
import re
from pathlib import Path

import pytest
import yaml

from screener import i18n

ROOT = Path(__file__).resolve().parents[1]
WORDS = yaml.safe_load((ROOT / "screener" / "stigmatizing_words.yaml").read_text(encoding="utf-8"))


def pattern(words) -> re.Pattern:
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![\w-])",
                      re.IGNORECASE)


ENGLISH, SPANISH = pattern(WORDS["en"]), pattern(WORDS["es"])


def _found(texts, words: re.Pattern) -> list[str]:
    return [f"{where}: {match.group(0)!r} in {text[:120]!r}"
            for where, text in texts for match in [words.search(text)] if match]


def test_the_word_list_finds_what_it_should():
    assert ENGLISH.search("A Child Prostitute") and ENGLISH.search("prostitutes") and ENGLISH.search("illegal aliens")
    assert not ENGLISH.search("prostitution") and not ENGLISH.search("felony") and not ENGLISH.search("alienated")
    assert SPANISH.search("una prostituta") and not SPANISH.search("prostitución")


@pytest.fixture(scope="module")
def catalog():
    return i18n.extract_catalog()


def test_no_english_text_stigmatises(catalog):
    texts = []
    for message in catalog:
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        texts += [(f"{message.locations[0][0]}:{message.locations[0][1]}", text) for text in ids if text]
    for path in [*sorted((ROOT / "screener" / "web" / "templates").rglob("*.html")),
                 *sorted((ROOT / "forms_templates").glob("*.yaml"))]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            texts.append((f"{path.relative_to(ROOT)}:{number}", line))
    found = _found(texts, ENGLISH)
    assert not found, "words that blame or stigmatise (see screener/stigmatizing_words.yaml):\n" + "\n".join(found)


def test_no_translation_stigmatises():
    texts = []
    for language in i18n.LANGUAGES:
        if language == i18n.DEFAULT_LANGUAGE:
            continue
        for message in i18n.read_po(language):
            strings = [message.string] if isinstance(message.string, str) else list(message.string or ())
            texts += [(f"{language}: {message.id!r:.60}", s) for s in strings if s]
    found = _found(texts, SPANISH) + _found(texts, ENGLISH)
    assert not found, "words that blame or stigmatise (see screener/stigmatizing_words.yaml):\n" + "\n".join(found)
