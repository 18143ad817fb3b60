"""Every plain-language sentence the engine says, in one place, ready for translation.

Messages are English message ids, marked with `_` for extraction and translated when they are
said (`say`, `tr`), through whatever translation the caller put in place with `translation()`
(the web layer: Flask-Babel's gettext for the visitor's language). Texts from the rules files
pass through the same translation, so a catalog can carry them too; citations and dates are no
message ids and come out unchanged. Sentences are short and speak to "you" (DESIGN.md, 4).
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Callable

# None: no translation in place, the English message ids are said as they are.
_translator: ContextVar[Callable[[str], str] | None] = ContextVar("translator", default=None)


def _(text: str) -> str:
    """Marks an English message id for extraction; it is translated when said."""
    return text


def tr(text: str) -> str:
    gettext = _translator.get()
    return gettext(text) if gettext is not None and text else text


def say(template: str, **values) -> str:
    """The template in the current language, filled with values (texts translated too)."""
    if _translator.get() is None:  # English as written (the JSON API): nothing to translate
        return template.format_map(values)
    return tr(template).format_map({key: tr(value) if isinstance(value, str) else value
                                    for key, value in values.items()})


def translator() -> Callable[[str], str] | None:
    """The translation in place (None: English as written), to key texts kept per language."""
    return _translator.get()


@contextmanager
def translation(gettext: Callable[[str], str] | None):
    """Says everything inside in gettext's language. Pass the same callable for a language every
    time (a catalog's own gettext), as texts worded from the rules are kept per callable."""
    token = _translator.set(gettext)
    try:
        yield
    finally:
        _translator.reset(token)


RECORD_NOUNS = {
    "arrest": _("arrests and charges that did not end in a conviction"),
    "conviction": _("convictions"),
    "juvenile_adjudication": _("juvenile records (adjudications)"),
}
TRAFFICKING_NOUNS = {"sex": _("sex trafficking"), "labor": _("labor trafficking")}
LEVEL_NOUNS = {"felony": _("felonies"), "misdemeanor": _("misdemeanors"), "petty": _("petty offenses and violations")}


def sentence(text: str) -> str:
    """A rules text as a full sentence, so the next sentence never runs into it."""
    text = tr(text).strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def is_sentence(text: str) -> bool:
    """A rules text written as whole sentences (a capital first, a full stop last)."""
    text = text.strip()
    return text[:1].isupper() and text.endswith(".") and not text[:2].isupper()


def join_words(words: list[str]) -> str:
    if _translator.get() is not None:
        words = [tr(word) for word in words]
    if len(words) <= 1:
        return "".join(words)
    return say(_("{first} and {last}"), first=", ".join(words[:-1]), last=words[-1])


REASONS = {
    "law_not_in_force": _("This law does not apply on {day}."),
    "record_type_met": _("This law covers {noun}."),
    "record_type_unmet": _("This law covers only {nouns}, not {noun}."),
    "trafficking_type_met": _("This law covers survivors of {types}."),
    "trafficking_type_unmet": _("This law covers only survivors of {types}."),
    "offense_excluded": _("This law does not cover this kind of offense ({label}). It covers {scope}."),
    "offense_unclear": _("It is not clear if this law covers this offense ({label}). {question}"),
    "offense_violent": _("This law covers only offenses with no violence. This offense ({label}) counts as violent."),
    "offense_violence_depends": _("This law covers only offenses with no violence. {question}"),
    "offense_violence_default_question": _("Would a court see this offense ({label}) as violent?"),
    # When the rules write the scope as whole sentences ("The law reaches any misdemeanor."):
    "offense_excluded_sentence": _("This law does not cover this kind of offense ({label}). {scope}"),
    "offense_met_sentence": _("This law covers this offense ({label}). {scope}"),
    "offense_not_listed_sentence": _("This law does not list this offense ({label}). {scope}"),
    "offense_met": _("This law covers this offense ({label}). It covers {scope}."),
    "offense_not_listed": _("This law does not list this offense ({label}). It covers {scope}."),
    "level_met": _("This law covers {levels}."),
    "level_unmet": _("This law covers only {levels}."),
    "age_met": _("You were {age} at the time. This law covers offenses before age {limit}."),
    "age_unmet": _("You were {age} at the time. This law covers only offenses before age {limit}."),
    "nexus_not_required": _("This law does not ask you to show that the record is connected to the trafficking."),
    "offense_level_limited": _("This law covers this offense ({label}) only when it is one of these: {levels}."),
    "date_limit_unknown": _("{text} We need {fact} to check this."),
    "law_start_uncertain": _("We could not confirm the day this law started (we have {day}). "
                             "Ask a lawyer if it applies on the date you chose."),
    "nexus_met": _("You said the record is connected to the trafficking. The law asks that {text}."),
    "nexus_unmet": _("You said the record is not connected to the trafficking. The law asks that {text}."),
    "nexus_unknown": _("You were not sure if the record is connected to the trafficking. The law asks that {text}. "
                       "A lawyer can help you think this through."),
    "documentation_met": _("You have official papers about being trafficked. {text}"),
    "documentation_required_unknown": _("{text} You said you do not have official papers yet. "
                                        "Ask a lawyer how to get them."),
    "after_met": _("The trafficking ended on {day}. This law lets you ask once it has ended."),
    "after_not_ended": _("This law lets you ask once the trafficking has ended. Has it ended?"),
    "after_not_ended_or_services": _("This law lets you ask once the trafficking has ended, or once you have "
                                     "gotten help from a service for survivors. Has one of these happened?"),
    "time_limit_met": _("{text} You are in time until {deadline}."),
    "time_limit_unmet": _("{text} That time ended on {deadline}."),
    "time_limit_unknown": _("{text} We need {fact} to work out the deadline."),
    "timely_unknown": _("{question}"),
    "waiting_met": _("{text} That wait ended on {day}."),
    "waiting_unmet": _("{text} You can ask on or after {day}."),
    "waiting_unknown": _("{text} We need {fact} to work out when you can ask."),
}

EVENT_FACTS = {
    "trafficking_ended": _("the date the trafficking ended"),
    "disposition": _("the date the case ended (the disposition date)"),
    "offense": _("the date of the offense"),
    "age_18": _("your date of birth"),
    "sentence_completed": _("the date you finished your sentence"),
}

SUMMARIES = {
    "eligible": _("You can likely {action} under {citation}. A judge still makes the final decision."),
    "possibly_eligible": _("You may be able to {action} under {citation}. It depends on this: {question}"),
    "not_yet": _("Not yet. You can ask to {action} under {citation} on or after {day}."),
    "not_eligible": _("The survivor law in {place} ({citation}) does not seem to cover this record: {reason} "
                      "Other ways to clear a record may still help. Talk to a lawyer."),
    "no_relief_law": _("{place} does not have a law just for clearing survivors' records. "
                       "Other ways to clear a record may still help. Talk to a lawyer."),
    "no_rules": _("We have not yet checked the laws of {place}. A lawyer can tell you what they allow."),
}

STEPS = {
    "questions_first": _("First, find out: {question}"),
    "record_copy": _("Get a copy of your record. {text}"),
    "file": _("File {filing} in {court}."),
    "form": _("Use the form: {name}."),
    "serve": _("Give a copy to {who}."),
    "evidence": _("Gather proof that the trafficking led to the record. For example, a letter from a counselor, "
                  "case worker or lawyer, and your own story in your own words."),
    "documentation": _("If you have official papers about being trafficked, bring them. For example, a T visa "
                       "or a letter that says you were trafficked."),
    "fees": _("Fees: {fees}"),
    "hearing": {
        "required": _("There will be a hearing. Someone can go with you."),
        "on_request": _("You or the prosecutor can ask for a hearing."),
        "court_may": _("The judge may hold a hearing."),
    },
    "considers": _("The judge will think about: {things}."),
    "other_route": _("Look into {title} ({citation}): {text}"),
    "legal_help": _("Talk to a lawyer for free. Call the National Human Trafficking Hotline at 1-888-373-7888 "
                    "(or text 233733) and ask for legal help near you."),
}

WARNINGS = {
    "immigration_may_remove": _("If you are not a U.S. citizen: a vacatur can remove a conviction for immigration "
                                "purposes when it is granted because of a legal problem in the case. Not every "
                                "vacatur counts. Talk to an immigration lawyer before you file."),
    "immigration_does_not_remove": _("If you are not a U.S. citizen: {relief} does not remove a conviction for "
                                     "immigration purposes. Immigration officials can still see and count it. Talk "
                                     "to an immigration lawyer before you file."),
    "immigration_unclear": _("If you are not a U.S. citizen: it is not clear how this relief counts for "
                             "immigration. Talk to an immigration lawyer before you file."),
    "immigration_unknown_citizenship": _("If you are not a U.S. citizen, talk to an immigration lawyer before "
                                         "you file. Some kinds of relief do not count for immigration."),
    "law_change": _("A change to {citation} takes effect on {day}: {change}"),
    "law_coming": _("A new law, {citation}, takes effect on {day}."),
    "description_mismatch": _("The record says \"{description}\", which sounds like {suggested}. You chose "
                              "{chosen}. Check which one fits."),
}

DEADLINES = {
    "by": _("File by {deadline}. {text}"),
    "after_wait": _("You can ask on or after {day}. {text}"),
}
