"""evaluate(screening, rulebook) -> Result: pure, no Flask, no database, no I/O.

Each record is checked against every law of its jurisdiction in force on `as_of`. Each condition
of a law is reported as met, unmet or unknown; any unmet makes that law not_eligible, otherwise
any unknown makes it possibly_eligible (an unknown never becomes a "no"). The best law is chosen
(best outcome first, then the strongest relief) and the others are listed as alternatives. No
jurisdiction is named here: everything that differs between laws is read from the rules.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import wording as W
from .contract import Record, Screening
from .dates import add_period, add_years, within_years
from .offenses import match_offense
from .rulebook import Rulebook
from .rules_schema import Jurisdiction, Law, Terms, Version
from .vocab import JURISDICTIONS

OUTCOME_ORDER = {"eligible": 0, "possibly_eligible": 1, "not_eligible": 2}


@dataclass(frozen=True)
class Reason:
    condition: str
    status: str
    text: str
    citation: str

    def to_json(self) -> dict:
        return {"condition": self.condition, "status": self.status, "text": self.text, "citation": self.citation}


@dataclass(frozen=True)
class Alternative:
    relief: str
    citation: str
    outcome: str
    title: str

    def to_json(self) -> dict:
        return {"relief": self.relief, "citation": self.citation, "outcome": self.outcome, "title": self.title}


@dataclass(frozen=True)
class Determination:
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


@dataclass
class LawCheck:
    """One law weighed against one record."""
    law: Law
    version: Version
    reasons: list[Reason] = field(default_factory=list)
    deadline: str | None = None
    not_before: dt.date | None = None  # set when only a waiting period stands in the way

    @property
    def outcome(self) -> str:
        statuses = {r.status for r in self.reasons}
        if "unmet" in statuses:
            return "not_eligible"
        return "possibly_eligible" if "unknown" in statuses else "eligible"

    def first(self, status: str) -> Reason | None:
        return next((r for r in self.reasons if r.status == status), None)


class _Facts:
    """The facts of one record, with its person and day, that conditions read."""

    def __init__(self, screening: Screening, record: Record, rulebook: Rulebook):
        self.screening, self.record, self.rulebook = screening, record, rulebook
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


def _check_record_type(terms: Terms, facts: _Facts, cite: str) -> Reason:
    noun = W.tr(W.RECORD_NOUNS[facts.record.record_type])
    if facts.record.record_type in terms.record_types:
        return Reason("record_type", "met", W.say(W.REASONS["record_type_met"], noun=noun), cite)
    nouns = W.join_words([W.tr(W.RECORD_NOUNS[t]) for t in terms.record_types])
    return Reason("record_type", "unmet", W.say(W.REASONS["record_type_unmet"], nouns=nouns, noun=noun), cite)


def _check_trafficking_type(terms: Terms, facts: _Facts, cite: str) -> Reason:
    told = {"both": {"sex", "labor"}}.get(facts.person.trafficking_type, {facts.person.trafficking_type})
    types = W.join_words([W.tr(W.TRAFFICKING_NOUNS[t]) for t in terms.trafficking_types])
    if told & set(terms.trafficking_types):
        return Reason("trafficking_type", "met", W.say(W.REASONS["trafficking_type_met"], types=types), cite)
    return Reason("trafficking_type", "unmet", W.say(W.REASONS["trafficking_type_unmet"], types=types), cite)


def _check_offense(terms: Terms, facts: _Facts, cite: str) -> Reason:
    scope, category, label = terms.offenses, facts.record.offense_category, facts.offense_label

    def reason(status: str, key: str, **extra) -> Reason:
        if W.is_sentence(scope.text) and f"{key}_sentence" in W.REASONS:
            key = f"{key}_sentence"  # the rules wrote whole sentences: no "It covers The law covers ..."
        return Reason("offense_covered", status, W.say(W.REASONS[key], label=label, scope=scope.text, **extra), cite)

    if category in scope.excluded:
        return reason("unmet", "offense_excluded")
    # A level limit is a firm no even where the law leaves the rest of the category to the court.
    for limit in scope.level_limits:
        if category in limit.categories and facts.record.level not in limit.levels:
            levels = W.join_words([W.tr(W.LEVEL_NOUNS[level]) for level in limit.levels])
            return reason("unmet", "offense_level_limited", levels=levels)
    for group in scope.unclear:
        if category in group.categories:
            return reason("unknown", "offense_unclear", question=group.question)
    if scope.covered != "all" and category not in scope.covered:
        return reason("unmet", "offense_not_listed")
    if scope.nonviolent_only:
        violent = facts.rulebook.offenses[category].violent
        if violent == "yes":
            return reason("unmet", "offense_violent")
        if violent == "depends":
            question = scope.nonviolent_question or W.say(W.REASONS["offense_violence_default_question"], label=label)
            return reason("unknown", "offense_violence_depends", question=question)
    return reason("met", "offense_met")


def _check_level(terms: Terms, facts: _Facts, cite: str) -> Reason | None:
    levels = terms.offenses.levels
    if levels is None:
        return None
    words = W.join_words([W.tr(W.LEVEL_NOUNS[level]) for level in levels])
    status = "met" if facts.record.level in levels else "unmet"
    return Reason("offense_level", status, W.say(W.REASONS[f"level_{status}"], levels=words), cite)


def _check_age(terms: Terms, facts: _Facts, cite: str) -> Reason | None:
    if terms.age_under is None:
        return None
    status = "met" if facts.age < terms.age_under else "unmet"
    return Reason("age_at_offense", status,
                  W.say(W.REASONS[f"age_{status}"], age=facts.age, limit=terms.age_under), cite)


def _check_nexus(terms: Terms, facts: _Facts, cite: str) -> Reason:
    if not terms.nexus.required:
        return Reason("nexus", "met", W.REASONS["nexus_not_required"], cite)
    status, key = {"yes": ("met", "nexus_met"), "no": ("unmet", "nexus_unmet"),
                   "unsure": ("unknown", "nexus_unknown")}[facts.record.related_to_trafficking]
    return Reason("nexus", status, W.say(W.REASONS[key], text=terms.nexus.text), cite)


def _check_documentation(terms: Terms, facts: _Facts, cite: str) -> Reason | None:
    text = terms.documentation_text or ""
    if terms.documentation == "not_mentioned":
        return None
    if facts.person.official_documentation:
        return Reason("official_documentation", "met", W.say(W.REASONS["documentation_met"], text=text), cite)
    if terms.documentation == "required":
        # The contract cannot tell "has none yet" from "did not say": papers can still be had.
        return Reason("official_documentation", "unknown",
                      W.say(W.REASONS["documentation_required_unknown"], text=text), cite)
    return None  # a presumption or a factor the person does not have: other proof will do


def _check_after_trafficking(terms: Terms, facts: _Facts, cite: str) -> Reason | None:
    timing = terms.timing
    if not timing.after_trafficking_ended:
        return None
    ended = facts.person.trafficking_ended_on
    if ended and ended <= facts.as_of:
        return Reason("after_trafficking", "met", W.say(W.REASONS["after_met"], day=ended.isoformat()), cite)
    key = "after_not_ended_or_services" if timing.or_after_services_sought else "after_not_ended"
    return Reason("after_trafficking", "unknown", W.REASONS[key], cite)


def _check_time_limit(terms: Terms, facts: _Facts, cite: str, check: LawCheck) -> Reason | None:
    limit = terms.timing.time_limit
    if limit is None:
        return None
    start = facts.event_date(limit.from_event)
    if start is None:
        return Reason("time_limit", "unknown", W.say(W.REASONS["time_limit_unknown"], 
            text=W.sentence(limit.text), fact=W.tr(W.EVENT_FACTS[limit.from_event])), cite)
    deadline = add_years(start, limit.years)
    check.deadline = W.say(W.DEADLINES["by"], deadline=deadline.isoformat(), text=W.sentence(limit.text))
    status = "met" if within_years(start, limit.years, facts.as_of) else "unmet"
    return Reason("time_limit", status, W.say(W.REASONS[f"time_limit_{status}"], 
        text=W.sentence(limit.text), deadline=deadline.isoformat()), cite)


def _check_timely(terms: Terms, facts: _Facts, cite: str) -> Reason | None:
    if terms.timing.standard != "reasonable_time":
        return None
    return Reason("timely_filing", "unknown",
                  W.say(W.REASONS["timely_unknown"], question=terms.timing.standard_question), cite)


def _check_waiting(terms: Terms, facts: _Facts, cite: str, check: LawCheck) -> Reason | None:
    wait = terms.waiting_period
    if wait is None:
        return None
    start = facts.event_date(wait.from_event)
    if start is None:
        return Reason("waiting_period", "unknown", W.say(W.REASONS["waiting_unknown"], 
            text=W.sentence(wait.text), fact=W.tr(W.EVENT_FACTS[wait.from_event])), cite)
    earliest = add_period(start, wait.years, wait.months, wait.days)
    if facts.as_of >= earliest:
        return Reason("waiting_period", "met", W.say(W.REASONS["waiting_met"], text=W.sentence(wait.text), day=earliest), cite)
    check.not_before = earliest
    check.deadline = W.say(W.DEADLINES["after_wait"], day=earliest.isoformat(), text=W.sentence(wait.text))
    return Reason("waiting_period", "unmet", W.say(W.REASONS["waiting_unmet"], text=W.sentence(wait.text), day=earliest), cite)


def _check_date_limits(terms: Terms, facts: _Facts, cite: str) -> list[Reason]:
    reasons = []
    for limit in terms.date_limits:
        day = facts.event_date(limit.event)
        if day is None:
            status = "unknown"
            text = W.say(W.REASONS["date_limit_unknown"], text=W.sentence(limit.text), fact=W.tr(W.EVENT_FACTS[limit.event]))
        else:
            inside = (limit.before is None or day < limit.before) and \
                     (limit.on_or_after is None or day >= limit.on_or_after)
            status = "met" if inside else "unmet"
            text = W.sentence(limit.text)
        reasons.append(Reason("record_date", status, text, cite))
    return reasons


def check_law(law: Law, version: Version, facts: _Facts) -> LawCheck:
    terms, cite = version.terms, law.citation
    check = LawCheck(law, version)
    found = [
        _check_record_type(terms, facts, cite),
        _check_trafficking_type(terms, facts, cite),
        _check_offense(terms, facts, cite),
        _check_level(terms, facts, cite),
        _check_age(terms, facts, cite),
        _check_nexus(terms, facts, cite),
        _check_documentation(terms, facts, cite),
        _check_after_trafficking(terms, facts, cite),
        _check_time_limit(terms, facts, cite, check),
        _check_timely(terms, facts, cite),
        _check_waiting(terms, facts, cite, check),
        *_check_date_limits(terms, facts, cite),
        *(Reason(extra.id, "unknown", W.tr(extra.question), extra.citation or cite) for extra in terms.extra_conditions),
    ]
    check.reasons = [reason for reason in found if reason is not None]
    if check.deadline is None and terms.timing.text:
        check.deadline = W.tr(terms.timing.text)
    if check.not_before and any(r.status == "unmet" and r.condition != "waiting_period" for r in check.reasons):
        check.not_before = None  # "not yet" only when the wait is all that stands in the way
    return check


def _rank(check: LawCheck, rulebook: Rulebook) -> tuple:
    """Best outcome first; among laws that fail, the nearest (one meant for this kind of record,
    then the fewest unmet, a mere wait first);
    then the strongest relief; then the fewest open questions."""
    unmet = sum(r.status == "unmet" for r in check.reasons)
    unknown = sum(r.status == "unknown" for r in check.reasons)
    wrong_record_type = any(r.condition == "record_type" and r.status == "unmet" for r in check.reasons)
    return (OUTCOME_ORDER[check.outcome], wrong_record_type, unmet, check.not_before is None,
            rulebook.reliefs[check.law.relief].rank, unknown)


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


def _next_steps(check: LawCheck | None, jurisdiction: Jurisdiction | None, outcome: str) -> list[str]:
    steps: list[str] = []
    if check is not None and outcome in ("eligible", "possibly_eligible"):
        for reason in check.reasons:
            if reason.status == "unknown":
                steps.append(W.say(W.STEPS["questions_first"], question=reason.text))
    if jurisdiction is not None and jurisdiction.record_copy:
        steps.append(W.say(W.STEPS["record_copy"], text=jurisdiction.record_copy))
    if check is not None and outcome in ("eligible", "possibly_eligible") or (check and check.not_before):
        procedure = check.law.procedure
        steps.append(W.say(W.STEPS["file"], filing=procedure.filing, court=procedure.court))
        if procedure.official_form:
            steps.append(W.say(W.STEPS["form"], name=procedure.official_form.name))
        if procedure.serve:
            steps.append(W.say(W.STEPS["serve"], who=W.join_words(procedure.serve)))
        if check.version.terms.nexus.required:
            steps.append(W.tr(W.STEPS["evidence"]))
        if check.version.terms.documentation != "not_mentioned":
            steps.append(W.tr(W.STEPS["documentation"]))
        if procedure.fees:
            steps.append(W.say(W.STEPS["fees"], fees=procedure.fees))
        if procedure.hearing in W.STEPS["hearing"]:
            steps.append(W.tr(W.STEPS["hearing"][procedure.hearing]))
        if procedure.considers:
            steps.append(W.say(W.STEPS["considers"], things=W.join_words(procedure.considers)))
    elif jurisdiction is not None:
        for route in jurisdiction.other_routes:
            steps.append(W.say(W.STEPS["other_route"], title=route.title, citation=route.citation, text=route.text))
    steps.append(W.tr(W.STEPS["legal_help"]))
    return steps


def _summary(check: LawCheck | None, place: str, outcome: str, rulebook: Rulebook) -> str:
    if check is None:
        return W.say(W.SUMMARIES[outcome], place=place)
    action = rulebook.reliefs[check.law.relief].action
    if outcome == "eligible":
        return W.say(W.SUMMARIES["eligible"], action=action, citation=check.law.citation)
    if outcome == "possibly_eligible":
        return W.say(W.SUMMARIES["possibly_eligible"], 
            action=action, citation=check.law.citation, question=check.first("unknown").text)
    if check.not_before:
        return W.say(W.SUMMARIES["not_yet"], action=action, citation=check.law.citation,
                                             day=check.not_before.isoformat())
    return W.say(W.SUMMARIES["not_eligible"], place=place, citation=check.law.citation,
                                              reason=check.first("unmet").text)


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
    for law in jurisdiction.laws:
        if law.maybe_in_force(facts.as_of):
            # The start date is a stand-in: before it, "maybe in force", never a false "no law".
            check = check_law(law, law.versions[0], facts)
            check.reasons.insert(0, Reason("law_in_force", "unknown", W.say(W.REASONS["law_start_uncertain"], 
                day=law.effective.isoformat()), law.citation))
            checks.append(check)
    checks.sort(key=lambda c: _rank(c, rulebook))
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
                             _next_steps(None, jurisdiction, "no_relief_law"),
                             warnings + ([immigration] if immigration else []))
    best, others = checks[0], checks[1:]
    outcome = best.outcome
    immigration = _immigration_warning(best, facts)
    return Determination(
        index=index, jurisdiction=code, outcome=outcome,
        relief=None if outcome == "not_eligible" else best.law.relief,
        citation=best.law.citation,
        summary=_summary(best, place, outcome, rulebook),
        reasons=best.reasons,
        alternatives=[Alternative(c.law.relief, c.law.citation, c.outcome, c.law.title) for c in others],
        deadline=best.deadline,
        next_steps=_next_steps(best, jurisdiction, outcome),
        warnings=warnings + ([immigration] if immigration else []),
        law_id=best.law.id,
    )


def evaluate(screening: Screening, rulebook: Rulebook) -> Result:
    return Result(rulebook.version, screening.as_of,
                  [determine(i, record, screening, rulebook) for i, record in enumerate(screening.records)])
