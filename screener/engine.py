"""evaluate(screening, rulebook) -> Result: pure, no Flask, no database, no I/O.

Each record is checked against every law of its jurisdiction in force on `as_of`. Each condition
of a law is reported as met, unmet or unknown; any unmet makes that law not_eligible, otherwise
any unknown makes it possibly_eligible (an unknown never becomes a "no"). The best law is chosen
(best outcome first, then the strongest relief) and the others are listed as alternatives. No
jurisdiction is named here: everything that differs between laws is read from the rules.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, NamedTuple, TypeVar

from . import wording as W
from .contract import Record, Screening
from .dates import add_period, add_years, within_years
from .offenses import match_offense
from .rulebook import Rulebook
from .rules_schema import DateLimit, ExtraCondition, Jurisdiction, Law, OffenseScope, Terms, Version
from .vocab import JURISDICTIONS

OUTCOME_ORDER = {"eligible": 0, "possibly_eligible": 1, "not_eligible": 2}
T = TypeVar("T")


# Reason, Alternative and Determination are NamedTuples: immutable like the frozen dataclasses they
# were, and a screening makes dozens of them (a frozen dataclass's __init__ costs about three times
# as much).
class Reason(NamedTuple):
    condition: str
    status: str
    text: str
    citation: str

    def to_json(self) -> dict:
        return {"condition": self.condition, "status": self.status, "text": self.text, "citation": self.citation}


class Alternative(NamedTuple):
    relief: str
    citation: str
    outcome: str
    title: str

    def to_json(self) -> dict:
        return {"relief": self.relief, "citation": self.citation, "outcome": self.outcome, "title": self.title}


class Determination(NamedTuple):
    """One record's answer."""
    index: int
    jurisdiction: str
    outcome: str
    relief: str | None
    citation: str | None
    summary: str
    reasons: list[Reason]
    alternatives: list[Alternative]
    deadline: str | None
    next_steps: list[str]
    warnings: list[str]
    law_id: str | None = None

    def to_json(self) -> dict:
        return {
            "index": self.index, "jurisdiction": self.jurisdiction, "outcome": self.outcome,
            "relief": self.relief, "citation": self.citation, "summary": self.summary,
            "reasons": [r.to_json() for r in self.reasons],
            "alternatives": [a.to_json() for a in self.alternatives],
            "deadline": self.deadline, "next_steps": list(self.next_steps),
            "warnings": list(self.warnings), "law_id": self.law_id,
        }


@dataclass(frozen=True)
class Result:
    rules_version: str
    as_of: dt.date
    records: list[Determination]

    def to_json(self) -> dict:
        return {"rules_version": self.rules_version, "as_of": self.as_of.isoformat(),
                "records": [d.to_json() for d in self.records]}


# One condition of one law, as found for one record: (condition, status, citation, word, kept),
# where word() gives its plain-language text. Every law of the jurisdiction is checked, to rank
# them, but only the chosen law's texts reach the result: only those are worded, inside
# determine(), while the caller's translation is in place. kept is None, or, for a text made from
# the rules and the record's coded answers alone (never a date, an age or typed text), what it
# depends on: such texts are worded once per language and kept (Rulebook.worded).
# A plain tuple: a screening makes dozens of them.
Finding = tuple[str, str, str, Callable[[], str], "tuple | None"]


class LawCheck:
    """One law weighed against one record. A plain class whose defaults are class attributes: a
    screening weighs dozens of laws, and a dataclass's __init__ set all nine fields on each."""
    findings: list[Finding]  # set by check_law
    deadline: Callable[[], str] | None = None  # words the deadline, for the chosen law only
    not_before: dt.date | None = None  # set when only a waiting period stands in the way
    unmet: int = 0
    unknown: int = 0
    wrong_record_type: bool = False  # a law meant for another kind of record

    def __init__(self, law: Law, version: Version, relief_rank: int):
        self.law, self.version = law, version
        self.relief_rank = relief_rank  # lower is stronger relief (rules/reliefs.yaml)

    @property
    def outcome(self) -> str:
        if self.unmet:
            return "not_eligible"
        return "possibly_eligible" if self.unknown else "eligible"

    def rank(self) -> tuple:
        """Best outcome first; among laws that fail, the nearest (one meant for this kind of record,
        then the fewest unmet, a mere wait first);
        then the strongest relief; then the fewest open questions."""
        return (OUTCOME_ORDER[self.outcome], self.wrong_record_type, self.unmet, self.not_before is None,
                self.relief_rank, self.unknown)


class _Facts:
    """The facts of one record, with its person and day, that conditions read."""

    def __init__(self, screening: Screening, record: Record, rulebook: Rulebook):
        self.record, self.rulebook = record, rulebook
        self.person = screening.person
        self.as_of = screening.as_of
        self.age = screening.age_at_offense(record)
        self.offense_label = W.tr(rulebook.offenses[record.offense_category].label).lower()

    def event_date(self, event: str) -> dt.date | None:
        if event == "trafficking_ended":
            return self.person.trafficking_ended_on
        if event == "disposition":
            return self.record.disposition_date
        if event == "offense":
            return self.record.offense_date
        if event == "age_18" and self.person.date_of_birth:
            return add_years(self.person.date_of_birth, 18)
        return None  # sentence_completed is never asked, so it stays unknown


def _check_record_type(terms: Terms, facts: _Facts, cite: str) -> Finding:
    record_type = facts.record.record_type
    kept = ("record_type", id(terms), record_type)
    if record_type in terms.record_types:
        return ("record_type", "met", cite, lambda: W.say(
            W.REASONS["record_type_met"], noun=W.RECORD_NOUNS[record_type]), kept)
    return ("record_type", "unmet", cite, lambda: W.say(
        W.REASONS["record_type_unmet"], nouns=W.join_words([W.RECORD_NOUNS[t] for t in terms.record_types]),
        noun=W.RECORD_NOUNS[record_type]), kept)


TRAFFICKING_KINDS = {"sex": {"sex"}, "labor": {"labor"}, "both": {"sex", "labor"}}  # the person's answer -> kinds


def _check_trafficking_type(terms: Terms, facts: _Facts, cite: str) -> Finding:
    told = TRAFFICKING_KINDS[facts.person.trafficking_type]
    status = "unmet" if told.isdisjoint(terms.trafficking_types) else "met"
    return ("trafficking_type", status, cite, lambda: W.say(
        W.REASONS[f"trafficking_type_{status}"],
        types=W.join_words([W.TRAFFICKING_NOUNS[t] for t in terms.trafficking_types])),
        ("trafficking_type", id(terms), status))


def _check_offense(terms: Terms, facts: _Facts, cite: str) -> Finding:
    scope = terms.offenses
    status, key, more = _offense_covered(scope, facts)

    def word() -> str:
        template = W.REASONS[key]
        if W.is_sentence(scope.text):  # the rules wrote whole sentences: no "It covers The law covers ..."
            template = W.REASONS.get(f"{key}_sentence", template)
        return W.say(template, label=facts.offense_label, scope=scope.text, **(more() if more else {}))
    # The text reads the law's scope, the category (its label, its violence) and the level.
    return ("offense_covered", status, cite, word,
            ("offense_covered", id(terms), facts.record.offense_category, facts.record.level))


def _offense_covered(scope: OffenseScope, facts: _Facts) -> tuple[str, str, Callable[[], dict] | None]:
    """The status, the reason's key and, when its wording needs more values, what gives them."""
    category, label = facts.record.offense_category, facts.offense_label
    if category in scope.excluded:
        return "unmet", "offense_excluded", None
    # A level limit is a firm no even where the law leaves the rest of the category to the court.
    for limit in scope.level_limits:
        if category in limit.categories and facts.record.level not in limit.levels:
            return "unmet", "offense_level_limited", lambda: {"levels": _level_words(limit.levels)}
    for group in scope.unclear:
        if category in group.categories:
            return "unknown", "offense_unclear", lambda: {"question": group.question}
    if scope.covered != "all" and category not in scope.covered:
        return "unmet", "offense_not_listed", None
    if scope.nonviolent_only:
        violent = facts.rulebook.offenses[category].violent
        if violent == "yes":
            return "unmet", "offense_violent", None
        if violent == "depends":
            return "unknown", "offense_violence_depends", lambda: {"question": scope.nonviolent_question or
                    W.say(W.REASONS["offense_violence_default_question"], label=label)}
    return "met", "offense_met", None


def _level_words(levels: list[str]) -> str:
    return W.join_words([W.LEVEL_NOUNS[level] for level in levels])


def _check_level(terms: Terms, facts: _Facts, cite: str) -> Finding:
    levels = terms.offenses.levels
    status = "met" if facts.record.level in levels else "unmet"
    return ("offense_level", status, cite, lambda: W.say(W.REASONS[f"level_{status}"], levels=_level_words(levels)),
            ("offense_level", id(terms), status))


def _check_age(terms: Terms, facts: _Facts, cite: str) -> Finding:
    status = "met" if facts.age < terms.age_under else "unmet"
    return ("age_at_offense", status, cite,
            lambda: W.say(W.REASONS[f"age_{status}"], age=facts.age, limit=terms.age_under), None)


# related_to_trafficking -> the condition's status and reason
NEXUS_STATUS = {"yes": ("met", "nexus_met"), "no": ("unmet", "nexus_unmet"), "unsure": ("unknown", "nexus_unknown")}


def _check_nexus(terms: Terms, facts: _Facts, cite: str) -> Finding:
    if not terms.nexus.required:
        return ("nexus", "met", cite, lambda: W.tr(W.REASONS["nexus_not_required"]), ("nexus", id(terms)))
    status, key = NEXUS_STATUS[facts.record.related_to_trafficking]
    return ("nexus", status, cite, lambda: W.say(W.REASONS[key], text=terms.nexus.text), ("nexus", id(terms), key))


def _check_documentation(terms: Terms, facts: _Facts, cite: str) -> Finding | None:
    text = terms.documentation_text or ""
    if facts.person.official_documentation:
        return ("official_documentation", "met", cite, lambda: W.say(W.REASONS["documentation_met"], text=text), None)
    if terms.documentation == "required":
        # The contract cannot tell "has none yet" from "did not say": papers can still be had.
        return ("official_documentation", "unknown", cite,
                lambda: W.say(W.REASONS["documentation_required_unknown"], text=text), None)
    return None  # a presumption or a factor the person does not have: other proof will do


def _check_after_trafficking(terms: Terms, facts: _Facts, cite: str) -> Finding:
    timing = terms.timing
    ended = facts.person.trafficking_ended_on
    if ended and ended <= facts.as_of:
        return ("after_trafficking", "met", cite, lambda: W.say(W.REASONS["after_met"], day=ended.isoformat()), None)
    key = "after_not_ended_or_services" if timing.or_after_services_sought else "after_not_ended"
    return ("after_trafficking", "unknown", cite, lambda: W.tr(W.REASONS[key]), None)


def _check_time_limit(terms: Terms, facts: _Facts, cite: str, check: LawCheck) -> Finding:
    limit = terms.timing.time_limit
    start = facts.event_date(limit.from_event)
    if start is None:
        return ("time_limit", "unknown", cite, lambda: W.say(W.REASONS["time_limit_unknown"],
            text=W.sentence(limit.text), fact=W.EVENT_FACTS[limit.from_event]), None)
    deadline = add_years(start, limit.years).isoformat()
    check.deadline = lambda: W.say(W.DEADLINES["by"], deadline=deadline, text=W.sentence(limit.text))
    status = "met" if within_years(start, limit.years, facts.as_of) else "unmet"
    return ("time_limit", status, cite, lambda: W.say(W.REASONS[f"time_limit_{status}"],
        text=W.sentence(limit.text), deadline=deadline), None)


def _check_timely(terms: Terms, facts: _Facts, cite: str) -> Finding:
    return ("timely_filing", "unknown", cite,
            lambda: W.say(W.REASONS["timely_unknown"], question=terms.timing.standard_question), None)


def _check_waiting(terms: Terms, facts: _Facts, cite: str, check: LawCheck) -> Finding:
    wait = terms.waiting_period
    start = facts.event_date(wait.from_event)
    if start is None:
        return ("waiting_period", "unknown", cite, lambda: W.say(W.REASONS["waiting_unknown"],
            text=W.sentence(wait.text), fact=W.EVENT_FACTS[wait.from_event]), None)
    earliest = add_period(start, wait.years, wait.months, wait.days)
    status = "met" if facts.as_of >= earliest else "unmet"
    if status == "unmet":
        check.not_before = earliest
        check.deadline = lambda: W.say(W.DEADLINES["after_wait"], day=earliest.isoformat(), text=W.sentence(wait.text))
    return ("waiting_period", status, cite,
            lambda: W.say(W.REASONS[f"waiting_{status}"], text=W.sentence(wait.text), day=earliest), None)


def _check_date_limit(limit: DateLimit, facts: _Facts, cite: str) -> Finding:
    day = facts.event_date(limit.event)
    if day is None:
        return ("record_date", "unknown", cite, lambda: W.say(W.REASONS["date_limit_unknown"],
            text=W.sentence(limit.text), fact=W.EVENT_FACTS[limit.event]), None)
    inside = (limit.before is None or day < limit.before) and (limit.on_or_after is None or day >= limit.on_or_after)
    return ("record_date", "met" if inside else "unmet", cite, lambda: W.sentence(limit.text), None)


def _check_extra(extra: ExtraCondition, cite: str) -> Finding:
    return (extra.id, "unknown", extra.citation or cite, lambda: W.tr(extra.question), None)


def _check_in_force(law: Law) -> Finding:
    day = law.effective.isoformat()
    return ("law_in_force", "unknown", law.citation, lambda: W.say(W.REASONS["law_start_uncertain"], day=day), None)


def check_law(law: Law, version: Version, facts: _Facts, *, start_uncertain: bool = False) -> LawCheck:
    terms, timing, cite = version.terms, version.terms.timing, law.citation
    check = LawCheck(law, version, facts.rulebook.reliefs[law.relief].rank)
    # In the order the result lists them; a condition this law does not have is not checked.
    found = [
        _check_in_force(law) if start_uncertain else None,
        _check_record_type(terms, facts, cite),
        _check_trafficking_type(terms, facts, cite),
        _check_offense(terms, facts, cite),
        _check_level(terms, facts, cite) if terms.offenses.levels is not None else None,
        _check_age(terms, facts, cite) if terms.age_under is not None else None,
        _check_nexus(terms, facts, cite),
        _check_documentation(terms, facts, cite) if terms.documentation != "not_mentioned" else None,
        _check_after_trafficking(terms, facts, cite) if timing.after_trafficking_ended else None,
        _check_time_limit(terms, facts, cite, check) if timing.time_limit is not None else None,
        _check_timely(terms, facts, cite) if timing.standard == "reasonable_time" else None,
        _check_waiting(terms, facts, cite, check) if terms.waiting_period is not None else None,
    ]
    for limit in terms.date_limits:
        found.append(_check_date_limit(limit, facts, cite))
    for extra in terms.extra_conditions:
        found.append(_check_extra(extra, cite))
    check.findings = [finding for finding in found if finding is not None]
    for condition, status, _, _, _ in check.findings:
        if status == "unknown":
            check.unknown += 1
        elif status == "unmet":
            check.unmet += 1
            check.wrong_record_type |= condition == "record_type"
            if condition != "waiting_period":
                check.not_before = None  # "not yet" only when the wait is all that stands in the way
    if check.deadline is None and timing.text:
        check.deadline = lambda: W.tr(timing.text)
    return check


def _immigration_warning(check: LawCheck | None, facts: _Facts) -> str | None:
    citizenship = facts.person.citizenship
    if citizenship == "citizen" or check is None:
        return None
    if citizenship == "unknown":
        return W.tr(W.WARNINGS["immigration_unknown_citizenship"])
    relief = facts.rulebook.reliefs[check.law.relief]
    effect = check.law.immigration or relief.immigration
    return W.say(W.WARNINGS[f"immigration_{effect}"], relief=W.tr(relief.label).split(" (")[0])


def _law_change_warnings(jurisdiction: Jurisdiction, day: dt.date) -> list[str]:
    warnings = []
    for law in jurisdiction.laws:
        coming = law.next_change_after(day)
        if coming is None:
            continue
        if law.version_on(day) is None and coming is law.versions[0]:
            warnings.append(W.say(W.WARNINGS["law_coming"], citation=law.citation, day=coming.effective))
        else:
            warnings.append(W.say(W.WARNINGS["law_change"], 
                citation=law.citation, day=coming.effective, change=coming.change))
    return warnings


def _description_warning(facts: _Facts) -> str | None:
    description = facts.record.offense_description
    if not description:
        return None
    matches = match_offense(description, facts.rulebook.offenses)
    if not matches or matches[0].category == facts.record.offense_category:
        return None
    best = matches[0]
    chosen_score = next((m.score for m in matches if m.category == facts.record.offense_category), 0.0)
    if best.score < 0.75 or chosen_score >= best.score - 0.1:
        return None
    return W.say(W.WARNINGS["description_mismatch"], 
        description=description, suggested=W.tr(best.label).lower(), chosen=facts.offense_label)


def _next_steps(check: LawCheck | None, reasons: list[Reason], jurisdiction: Jurisdiction, outcome: str,
                rulebook: Rulebook) -> list[str]:
    steps: list[str] = []
    open_law = check is not None and outcome in ("eligible", "possibly_eligible")
    if open_law:
        for reason in reasons:
            if reason.status == "unknown":
                steps.append(W.say(W.STEPS["questions_first"], question=reason.text))
    filing = check if open_law or (check and check.not_before) else None
    return steps + list(_worded(rulebook, ("steps", id(jurisdiction), filing and id(filing.law),
                                           filing and id(filing.version)),
                                lambda: tuple(_rules_steps(jurisdiction, filing))))


def _rules_steps(jurisdiction: Jurisdiction, filing: LawCheck | None) -> list[str]:
    """The steps the rules alone decide (getting the record; filing under the law, or the place's
    other routes; legal help): the same for everyone, so _next_steps keeps them per language."""
    steps: list[str] = []
    if record_copy := jurisdiction.record_copy:
        steps.append(W.say(W.STEPS["record_copy"], text=record_copy))
    if filing is not None:
        procedure, terms = filing.law.procedure, filing.version.terms
        steps.append(W.say(W.STEPS["file"], filing=procedure.filing, court=procedure.court))
        if form := procedure.official_form:
            steps.append(W.say(W.STEPS["form"], name=form.name))
        if serve := procedure.serve:
            steps.append(W.say(W.STEPS["serve"], who=W.join_words(serve)))
        if terms.nexus.required:
            steps.append(W.tr(W.STEPS["evidence"]))
        if terms.documentation != "not_mentioned":
            steps.append(W.tr(W.STEPS["documentation"]))
        if fees := procedure.fees:
            steps.append(W.say(W.STEPS["fees"], fees=fees))
        if hearing := W.STEPS["hearing"].get(procedure.hearing):
            steps.append(W.tr(hearing))
        if considers := procedure.considers:
            steps.append(W.say(W.STEPS["considers"], things=W.join_words(considers)))
    else:
        for route in jurisdiction.other_routes:
            steps.append(W.say(W.STEPS["other_route"], title=route.title, citation=route.citation, text=route.text))
    steps.append(W.tr(W.STEPS["legal_help"]))
    return steps


def _summary(check: LawCheck | None, reasons: list[Reason], place: str, outcome: str, rulebook: Rulebook) -> str:
    if check is None:
        return W.say(W.SUMMARIES[outcome], place=place)
    action = rulebook.reliefs[check.law.relief].action
    if outcome == "eligible":
        return W.say(W.SUMMARIES["eligible"], action=action, citation=check.law.citation)
    if outcome == "possibly_eligible":
        return W.say(W.SUMMARIES["possibly_eligible"], 
            action=action, citation=check.law.citation, question=_first(reasons, "unknown").text)
    if check.not_before:
        return W.say(W.SUMMARIES["not_yet"], action=action, citation=check.law.citation,
                                             day=check.not_before.isoformat())
    return W.say(W.SUMMARIES["not_eligible"], place=place, citation=check.law.citation,
                                              reason=_first(reasons, "unmet").text)


def _worded(rulebook: Rulebook, kept: tuple | None, word: Callable[[], T]) -> T:
    """word(), or, for words the rules alone decide (kept: what they depend on), the ones worded
    the first time in this language, kept on the rulebook (see Finding and _next_steps)."""
    if kept is None:
        return word()
    key = kept + (W.translator(),)
    text = rulebook.worded.get(key)
    if text is None:
        text = rulebook.worded[key] = word()
    return text


def _first(reasons: list[Reason], status: str) -> Reason | None:
    return next((r for r in reasons if r.status == status), None)


def determine(index: int, record: Record, screening: Screening, rulebook: Rulebook) -> Determination:
    code = record.jurisdiction
    place = JURISDICTIONS[code]
    jurisdiction = rulebook.jurisdictions.get(code)
    if jurisdiction is None:
        # Not yet encoded: an honest "we have not checked", never a false "no law".
        reason = Reason("rules_available", "unknown", W.say(W.SUMMARIES["no_rules"], place=place), "")
        return Determination(index, code, "possibly_eligible", None, None,
                             W.say(W.SUMMARIES["no_rules"], place=place), [reason], [], None,
                             [W.tr(W.STEPS["legal_help"])], [])
    facts = _Facts(screening, record, rulebook)
    checks = [check_law(law, version, facts)
              for law in jurisdiction.laws if (version := law.version_on(facts.as_of)) is not None]
    # The start date is a stand-in: before it, "maybe in force", never a false "no law".
    checks += [check_law(law, law.versions[0], facts, start_uncertain=True)
               for law in jurisdiction.laws if law.maybe_in_force(facts.as_of)]
    checks.sort(key=LawCheck.rank)
    warnings = _law_change_warnings(jurisdiction, facts.as_of)
    mismatch = _description_warning(facts)
    if mismatch:
        warnings.append(mismatch)
    if not checks:
        immigration = None if facts.person.citizenship == "citizen" else W.tr(W.WARNINGS["immigration_unknown_citizenship"])
        summary = W.say(W.SUMMARIES["no_relief_law"], place=place)
        # The one condition checked: is there a survivor law here at all (no citation: there is none).
        reason = Reason("relief_law", "unmet", summary, "")
        return Determination(index, code, "no_relief_law", None, None, summary, [reason], [], None,
                             _next_steps(None, [], jurisdiction, "no_relief_law", rulebook),
                             warnings + ([immigration] if immigration else []))
    best, others = checks[0], checks[1:]
    outcome = best.outcome
    # Worded here, the chosen law's only, in the language the caller put in place.
    reasons = [Reason(condition, status, _worded(rulebook, kept, word), citation)
               for condition, status, citation, word, kept in best.findings]
    immigration = _immigration_warning(best, facts)
    return Determination(
        index=index, jurisdiction=code, outcome=outcome,
        relief=None if outcome == "not_eligible" else best.law.relief,
        citation=best.law.citation,
        summary=_summary(best, reasons, place, outcome, rulebook),
        reasons=reasons,
        alternatives=[Alternative(c.law.relief, c.law.citation, c.outcome, c.law.title) for c in others],
        deadline=best.deadline() if best.deadline else None,
        next_steps=_next_steps(best, reasons, jurisdiction, outcome, rulebook),
        warnings=warnings + ([immigration] if immigration else []),
        law_id=best.law.id,
    )


def evaluate(screening: Screening, rulebook: Rulebook) -> Result:
    return Result(rulebook.version, screening.as_of,
                  [determine(i, record, screening, rulebook) for i, record in enumerate(screening.records)])
