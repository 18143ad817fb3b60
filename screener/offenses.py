"""Match free text as it appears on a record ("PL 230.00", "poss. of controlled substance") to
the contract's offense categories: ranked candidates with a score, never a bare substring hit.

Each category's label and synonyms (rules/offenses.yaml) are cut into word stems. A candidate's
score weighs how much of a synonym the text contains and how much of the text the synonym
explains, with rare words (a statute number) counting more than common ones ("possession").
Misspelt words match a stem when they are close enough; numbers must match exactly. Below a
floor nothing is offered, so "none of these" is always a real answer.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

STOPWORDS = frozenset(
    "a an and or of the for to in on by with at as from into its his her their degree first second third "
    "fourth 1st 2nd 3rd 4th class attempt attempted misd misdemeanor felony fel count charge charged "
    "offense offence violation viol crime criminal unlawful unlawfully illegal illegally "
    # Spanish, for records described in Spanish ("posesión de sustancia controlada")
    "de del la las el los un una y o en por para con al delito ilegal".split())
SUFFIXES = ("ations", "ation", "itions", "ition", "ings", "ing", "ions", "ion", "ed", "es", "s", "e")
# Abbreviations common on rap sheets and court dockets, expanded before matching.
ABBREVIATIONS = {
    "poss": "possession", "crim": "criminal", "cs": "controlled substance", "cpcs": "possession controlled substance",
    "cscs": "sale controlled substance", "subst": "substance", "ctrl": "controlled", "prop": "property",
    "pros": "prostitution", "prost": "prostitution", "solic": "solicitation", "loit": "loitering",
    "tresp": "trespass", "disord": "disorderly", "dwi": "driving while intoxicated", "dui": "driving under the influence",
    "agg": "aggravated", "burg": "burglary", "veh": "vehicle", "mj": "marijuana", "para": "paraphernalia",
    "shoplift": "shoplifting", "obstr": "obstruction", "dist": "distribution", "w/i": "with intent",
}
MIN_SCORE = 0.35
FUZZY_RATIO = 0.85
MAX_FUZZY_WORDS = 10


@dataclass(frozen=True)
class OffenseMatch:
    category: str
    label: str
    score: float
    matched: str  # the synonym that matched best

    def to_json(self) -> dict:
        return {"category": self.category, "label": self.label, "score": self.score, "matched": self.matched}


def _stem(word: str) -> str:
    if any(ch.isdigit() for ch in word):
        return word
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _unaccented(text: str) -> str:
    """"posesión" -> "posesion": accents dropped, so Spanish words are words, not pieces."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def stems(text: str) -> tuple[str, ...]:
    text = _unaccented(text.lower().replace("§", " ")).replace("(", "").replace(")", "")
    words = re.findall(r"[a-z0-9]+(?:\.[a-z0-9]+)*", text)
    words = [part for word in words for part in ABBREVIATIONS.get(word, word).split()]
    return tuple(dict.fromkeys(_stem(w) for w in words if w not in STOPWORDS))


class _Index:
    def __init__(self, offenses: dict):
        self.entries: list[tuple[str, str, str, tuple[str, ...]]] = []
        document_frequency: dict[str, int] = {}
        for category, definition in offenses.items():
            seen: set[str] = set()
            for phrase in (definition.label, category.replace("_", " "), *definition.synonyms):
                phrase_stems = stems(phrase)
                if phrase_stems:
                    self.entries.append((category, definition.label, phrase, phrase_stems))
                    seen.update(phrase_stems)
            for stem in seen:
                document_frequency[stem] = document_frequency.get(stem, 0) + 1
        total = len(offenses)
        self.weight = {stem: math.log(1 + total / df) for stem, df in document_frequency.items()}
        self.vocabulary = tuple(self.weight)
        self.unknown_weight = math.log(1 + total)
        self.by_size: dict[int, list[tuple[int, str, int]]] = {}  # length -> (position, stem, its letters)
        for position, stem in enumerate(self.vocabulary):
            self.by_size.setdefault(len(stem), []).append((position, stem, _letters(stem)))
        self.resolved: dict[str, str] = {}  # word -> stem, for the words of many records

    def resolve(self, word: str) -> str:
        """The vocabulary stem a word of the input stands for (itself when unknown)."""
        if word in self.weight or any(ch.isdigit() for ch in word) or len(word) < 5:
            return word
        known = self.resolved.get(word)
        if known is None:
            if len(self.resolved) >= 10_000:
                self.resolved.clear()
            known = self.resolved[word] = self._closest(word)
        return known

    def _closest(self, word: str) -> str:
        """The first vocabulary stem with the highest SequenceMatcher ratio, if at least FUZZY_RATIO."""
        size, letters = len(word), _letters(word)
        best, best_key = word, (0.0, 0)
        # ratio() is 2 * matching characters / both lengths: a stem much shorter or longer than the
        # word, or lacking its letters, cannot reach FUZZY_RATIO, so a long or random word costs little.
        for stem_size, entries in self.by_size.items():
            if 2 * min(size, stem_size) < FUZZY_RATIO * (size + stem_size):
                continue
            for position, stem, stem_letters in entries:
                matchable = min(size - (letters & ~stem_letters).bit_count(),
                                stem_size - (stem_letters & ~letters).bit_count())
                if 2 * matchable < FUZZY_RATIO * (size + stem_size):
                    continue
                key = (SequenceMatcher(None, word, stem).ratio(), -position)
                if key[0] >= FUZZY_RATIO and key > best_key:
                    best, best_key = stem, key
        return best


def _letters(word: str) -> int:
    """The set of characters of a word, as bits."""
    bits = 0
    for ch in word:
        bits |= 1 << ord(ch)
    return bits


_INDEXES: dict[int, tuple[dict, _Index]] = {}


def _index(offenses: dict) -> _Index:
    # Keyed by identity, holding the dict itself so its id cannot be reused while cached.
    cached = _INDEXES.get(id(offenses))
    if cached is None or cached[0] is not offenses:
        if len(_INDEXES) > 8:
            _INDEXES.clear()
        cached = _INDEXES[id(offenses)] = (offenses, _Index(offenses))
    return cached[1]


def match_offense(text: str, offenses: dict, limit: int = 5) -> list[OffenseMatch]:
    """Best categories for `text`, best first; empty when nothing scores above the floor."""
    index = _index(offenses)
    # Misspellings are looked for among the first MAX_FUZZY_WORDS words: a record's wording is a few
    # words, and a long text of made-up words must not cost seconds.
    words = tuple(dict.fromkeys(index.resolve(w) if i < MAX_FUZZY_WORDS else w
                                for i, w in enumerate(stems(text))))
    if not words:
        return []
    weight = lambda w: index.weight.get(w, index.unknown_weight)  # noqa: E731
    text_weight = sum(weight(w) for w in words)
    best: dict[str, OffenseMatch] = {}
    for category, label, phrase, phrase_stems in index.entries:
        shared = sum(weight(w) for w in phrase_stems if w in words)
        if not shared:
            continue
        of_phrase = shared / sum(weight(w) for w in phrase_stems)
        of_text = shared / text_weight
        score = round(0.7 * of_phrase + 0.3 * of_text, 3)
        if score >= MIN_SCORE and (category not in best or score > best[category].score):
            best[category] = OffenseMatch(category, label, score, phrase)
    return sorted(best.values(), key=lambda m: (-m.score, m.category))[:limit]
