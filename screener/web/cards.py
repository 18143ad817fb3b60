"""The results page's cards, one per record, written in Python rather than in Jinja.

A card shows about sixty values (its law, reasons, steps, other laws). In Jinja each of them cost
an attribute look-up through the environment, an escape and a Markup, and the five cards of a
typical screening took most of the page's time. Here each value is escaped once, at C speed, and
the fixed words come from the language's phrase table (screener/web/phrases.py). Same markup,
same texts, same translations; the rest of the page stays in templates/results.html.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

import markupsafe
from markupsafe import Markup, escape

from ..contract import Record
from ..engine import Determination, Result
from .labels import Labels, labels, per_language
from .phrases import Phrases


# markupsafe's escape is this C function wrapped in a Markup: made, formatted into the card and
# dropped for each of the ~200 values of a results page. The function itself (MarkupSafe 3, pinned
# in constraints.txt), when there; escape's own answer, as text, when not.
_escape_inner = getattr(markupsafe, "_escape_inner", None)


def escaped(value: str) -> str:
    """value escaped for HTML, exactly as markupsafe.escape(value) does it, as a plain str."""
    if _escape_inner is not None and type(value) is str:
        return _escape_inner(value)
    return str(escape(value))


def _(text: str) -> str:
    """Marks a message id for extraction; CardWords translates it."""
    return text


OUTCOME_WORDS = {
    "eligible": _("Can likely be cleared"),
    "possibly_eligible": _("May be cleared: it depends"),
    "not_eligible": _("The survivor law does not seem to cover this"),
    "no_relief_law": _("No survivor law in this place"),
}
STATUS_WORDS = {"met": _("Yes"), "unmet": _("No"), "unknown": _("Not sure yet")}


class CardWords(NamedTuple):
    """A card's fixed words in one language, as markup (a translation is trusted as a template's is)."""
    outcomes: dict[str, Markup]
    statuses: dict[str, Markup]
    record: Markup  # "Record %(n)s"
    ask_for: Markup
    law: Markup
    time_limit: Markup
    important: Markup
    why: Markup
    next_steps: Markup
    other_laws: Markup


def _card_words(gettext: Callable[[str], str]) -> CardWords:
    say = Phrases(gettext).__getitem__  # each fixed text as a template's `_("...")` gives it
    return CardWords(
        outcomes={code: say(text) for code, text in OUTCOME_WORDS.items()},
        statuses={code: say(text) for code, text in STATUS_WORDS.items()},
        record=Markup(gettext("Record %(n)s")),
        ask_for=say(_("What you can ask for:")),
        law=say(_("Law:")),
        time_limit=say(_("Time limit:")),
        important=say(_("Important:")),
        why=say(_("Why: what the law asks, and your answers")),
        next_steps=say(_("Next steps")),
        other_laws=say(_("Other laws that may help")),
    )


def outcome_words() -> dict[str, Markup]:
    """Each outcome's plain words in the visitor's language (cards and saved screenings alike)."""
    return per_language("card_words", _card_words).outcomes


def result_cards(result: Result, answers: list[Record]) -> Markup:
    """Every record's card, in the records' order (answers: the records as entered)."""
    words = per_language("card_words", _card_words)
    names = labels()
    return Markup("".join(_card(record, answers[record.index], words, names) for record in result.records))


def _card(record: Determination, answer: Record, words: CardWords, names: Labels) -> str:
    number = record.index + 1
    place = names.jurisdictions.get(record.jurisdiction, record.jurisdiction)
    title = words.record % {"n": number}
    html = [
        f'<section class="result-card outcome-{record.outcome}" aria-labelledby="record-{number}-title">\n'
        f'<h2 id="record-{number}-title">\n'
        f'<span class="card-number">{title}:</span>\n'
        f'{escaped(names.offenses[answer.offense_category])}, {escaped(place)}\n</h2>\n'
        f'<p class="outcome">{words.outcomes[record.outcome]}</p>\n'
    ]
    if record.relief:
        html.append(f'<p><strong>{words.ask_for}</strong> {escaped(names.reliefs[record.relief])}</p>\n')
    if record.citation:
        html.append(f'<p><strong>{words.law}</strong> <cite>{escaped(record.citation)}</cite></p>\n')
    html.append(f'<p>{escaped(record.summary)}</p>\n')
    if record.deadline:
        html.append(f'<p><strong>{words.time_limit}</strong> {escaped(record.deadline)}</p>\n')
    for warning in record.warnings:
        html.append(f'<p class="warning"><strong>{words.important}</strong> {escaped(warning)}</p>\n')
    if record.reasons:
        html.append(f'<details>\n<summary>{words.why}</summary>\n<ul class="reasons">\n')
        for reason in record.reasons:
            # A reason's law is shown where it is not the card's own (which is shown above).
            cite = f' <cite>({escaped(reason.citation)})</cite>' if reason.citation and reason.citation != record.citation else ""
            html.append(f'<li class="reason-{reason.status}"><span class="status">{words.statuses[reason.status]}</span>\n'
                        f'{escaped(reason.text)}{cite}</li>\n')
        html.append('</ul>\n</details>\n')
    html.append(f'<h3>{words.next_steps}</h3>\n<ol class="steps">')
    html.extend(f'<li>{escaped(step)}</li>' for step in record.next_steps)
    html.append('</ol>\n')
    if record.alternatives:
        html.append(f'<h3>{words.other_laws}</h3>\n<ul>\n')
        html.extend(f'<li>{escaped(names.reliefs[other.relief])}: <cite>{escaped(other.citation)}</cite> – '
                    f'{words.outcomes[other.outcome]}</li>\n' for other in record.alternatives)
        html.append('</ul>\n')
    html.append('</section>\n')
    return "".join(html)
