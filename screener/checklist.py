"""The filing checklist: what to file, where, with what, for each law a screening can use.

build_checklist(screening, result, rulebook) turns a result into plain blocks (headings, lines,
boxes to tick, one table); screener/pdf.py prints them. Every sentence comes from
forms_templates/checklist.yaml (screener/checklist_templates.py), every fact about a state from the rules'
`procedure` of a law and its jurisdiction: nothing here names a state. The default checklist
carries no name: one is printed only when the person typed it for the PDF.

    pdf_bytes = build_checklist_pdf(screening, rulebook)     # or result=..., name=..., templates=...

In another language: templates=load_templates(translate=that_language_gettext). The templates are
cached per translate function, so pass one function per language (e.g. the `gettext` of that
language's babel.support.Translations), not one that reads the request's locale.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .contract import FieldError, Screening, ScreeningError, parse_screening
from .engine import Determination, Result, evaluate
from .checklist_templates import Item, Templates, load_templates, placeholders
from .rulebook import Rulebook
from .rules_schema import Jurisdiction, Law
from .vocab import JURISDICTIONS
from .wording import tr

MAX_NAME = 100
OPTIONS_KEY = "checklist"  # {"checklist": {"name": "..."}} beside a screening, for POST /api/v1/checklist


@dataclass(frozen=True)
class Block:
    """One thing on the page. kind: title, heading, subheading, record (the line naming one), strong, text,
    quote, box (to tick), bullet, note (a plain line among boxes), table, page_break.
    A table's rows are lists of cells; a cell is a list of (kind, text) lines."""
    kind: str
    text: str = ""
    rows: tuple = ()


@dataclass
class Checklist:
    footer: str  # still holding {page} and {pages}, filled in by the renderer
    blocks: list[Block] = field(default_factory=list)

    def add(self, kind: str, text: str = "", rows: tuple = ()) -> None:
        self.blocks.append(Block(kind, text, rows))

    @property
    def text(self) -> str:
        """All the words, for tests and plain-text use."""
        lines = []
        for block in self.blocks:
            lines.append(block.text)
            lines.extend(text for row in block.rows for cell in row for _, text in cell)
        return "\n".join(line for line in lines if line)


@dataclass
class _Group:
    """One law of one jurisdiction, and the records that would use it."""
    number: int
    law: Law
    jurisdiction: Jurisdiction
    records: list[tuple[int, Determination]] = field(default_factory=list)


def _tidy(text: str) -> str:
    """One space between words; no full stop doubled where a rules phrase already ends in . ? or !"""
    return re.sub(r"(?<!\.)([.?!])\.(?!\.)", r"\1", " ".join(text.split()))


def _say(template: str, **facts) -> str:
    return _tidy(template.format(**facts))


def _outcome_key(d: Determination) -> str:
    return "not_checked" if d.outcome == "possibly_eligible" and d.law_id is None else d.outcome


def _record_line(screening: Screening, index: int, rulebook: Rulebook, t: Templates) -> str:
    record = screening.records[index]
    return _say(t.record.line, offense=tr(rulebook.offenses[record.offense_category].label),
                level=t.record.levels[record.level], record_type=t.record.record_types[record.record_type])


def _groups(result: Result, rulebook: Rulebook) -> list[_Group]:
    found: dict[tuple[str, str], _Group] = {}
    for d in result.records:
        jurisdiction = rulebook.jurisdictions.get(d.jurisdiction)
        law = next((law for law in jurisdiction.laws if law.id == d.law_id), None) if jurisdiction else None
        if d.outcome in ("eligible", "possibly_eligible") and law:  # no law: a result of other rules
            found.setdefault((d.jurisdiction, law.id), _Group(0, law, jurisdiction)).records.append((d.index, d))
    # Grouped by jurisdiction (in the order the records name them), then court: one filing per group.
    first = {code: i for i, code in reversed(list(enumerate(d.jurisdiction for d in result.records)))}
    groups = sorted(found.values(), key=lambda g: (first[g.jurisdiction.code], g.law.procedure.court,
                                                   g.law.citation, g.law.id))
    for number, group in enumerate(groups, 1):
        group.number = number
    return groups


def _law_facts(group: _Group, as_of: dt.date, rulebook: Rulebook, t: Templates) -> dict:
    law, p = group.law, group.law.procedure
    version = law.version_on(as_of) or law.versions[-1]
    terms = version.terms
    form = None
    if p.official_form:
        official = p.official_form
        form = (_say(t.form_number, name=official.name, number=official.number) if official.number
                else _say(t.form, name=official.name))
        form = _say(t.form_url, form=form, url=official.url) if official.url else form
    relief = rulebook.reliefs[law.relief]
    return {
        # Rules texts in the language in place (wording.translation); citations and names as written.
        "place": tr(JURISDICTIONS[group.jurisdiction.code]), "citation": law.citation,
        "relief": tr(relief.label), "relief_plain": tr(relief.plain), "filing": tr(p.filing),
        "court": tr(p.court), "form": form, "fees": tr(p.fees),
        "hearing": t.hearing[p.hearing], "discretion": t.discretion.get(p.discretion), "burden": tr(p.burden),
        "effect": tr(p.effect), "confidentiality": tr(p.confidentiality),
        "documentation": tr(terms.documentation_text) if terms.documentation != "not_mentioned" else None,
        "documentation_required": True if terms.documentation == "required" else None,
        "nexus": tr(terms.nexus.text) if terms.nexus.required else None,
        "record_copy": tr(group.jurisdiction.record_copy),
        "serve": [tr(who) for who in p.serve], "considers": [tr(thing) for thing in p.considers],
    }


def _item_lines(item: Item, facts: dict, entries_for_records: list[dict]) -> list[str]:
    if (item.when and not facts.get(item.when)) or (item.unless and facts.get(item.unless)):
        return []
    if item.each == "records":
        entries = entries_for_records
    elif item.each:
        entries = [{"item": value} for value in facts[item.each]]
    else:
        entries = [{}]
    lines = []
    for entry in entries:
        values = {**facts, **entry}
        if all(values.get(name) for name in placeholders(item.text)):  # a missing fact skips the line
            lines.append(_say(item.text, **{name: values[name] for name in placeholders(item.text)}))
    return lines


def _summary(checklist: Checklist, screening, result, rulebook, t, groups, name) -> None:
    words = t.summary
    checklist.add("title", t.document.title)
    if name:
        checklist.add("strong", _say(t.document.made_for, name=name))
    checklist.add("text", t.document.intro)
    checklist.add("text", _say(t.document.notice, day=result.as_of.isoformat()))
    checklist.add("heading", words.heading)
    number_of = {index: g.number for g in groups for index, _ in g.records}
    rows = [[[("strong", words.columns[key])] for key in ("number", "record", "where", "outcome", "law")]]
    for d in result.records:
        record = screening.records[d.index]
        cell = [("text", _record_line(screening, d.index, rulebook, t))]
        if record.offense_description:
            cell.append(("quote", _say(t.record.described, text=record.offense_description)))
        found = [("strong", words.outcomes[_outcome_key(d)])]
        if d.index in number_of:
            found.append(("text", _say(words.relief, relief=tr(rulebook.reliefs[d.relief].label))))
            found.append(("text", _say(words.see_checklist, number=number_of[d.index])))
        else:
            unmet = next((r.text for r in d.reasons if r.status == "unmet"), None)
            if unmet:
                found.append(("text", unmet))
            found.append(("text", words.see_help))
        rows.append([[("text", _say(words.number, number=d.index + 1))], cell,
                     [("text", tr(JURISDICTIONS[d.jurisdiction]))], found, [("text", d.citation or "-")]])
    checklist.add("table", rows=tuple(rows))
    if not groups:
        checklist.add("text", words.none_to_file)
    warnings = list(dict.fromkeys(w for d in result.records for w in d.warnings))
    if warnings:
        checklist.add("subheading", words.good_to_know)
        for warning in warnings:
            checklist.add("text", warning)


def _group_pages(checklist: Checklist, group: _Group, screening, result, rulebook, t) -> None:
    words = t.checklist
    facts = _law_facts(group, result.as_of, rulebook, t)
    checklist.add("page_break")
    checklist.add("heading", _say(words.heading, number=group.number, place=facts["place"]))
    checklist.add("subheading", _say(words.law, relief=facts["relief"], citation=facts["citation"]))
    checklist.add("text", facts["relief_plain"])
    checklist.add("subheading", words.records_heading)
    entries = []
    for index, d in group.records:
        line = _record_line(screening, index, rulebook, t)
        entries.append({"number": index + 1, "record": line,
                        "papers": t.record.papers[screening.records[index].record_type]})
        checklist.add("record", _say(words.record, number=index + 1, record=line))
        description = screening.records[index].offense_description
        if description:
            checklist.add("quote", _say(t.record.described, text=description))
        checklist.add("text", _say(words.deadline, deadline=d.deadline) if d.deadline else words.no_deadline)
        checklist.add("text", words.outcomes[d.outcome])
        for reason in d.reasons:
            if reason.status == "unknown":
                checklist.add("box", _say(words.question, question=reason.text))
    for section in t.reliefs[group.law.relief]:
        lines = [(item.mark, line) for item in section.items for line in _item_lines(item, facts, entries)]
        if lines:
            checklist.add("subheading", section.heading)
            for mark, line in lines:
                checklist.add({"none": "note"}.get(mark, mark), line)


def _help_page(checklist: Checklist, screening, result, rulebook, t, groups) -> None:
    words = t.help
    checklist.add("page_break")
    checklist.add("heading", words.heading)
    checklist.add("text", words.intro)
    for item in words.items:
        checklist.add("box", item)
    covered = {g.jurisdiction.code for g in groups}
    for code in dict.fromkeys(d.jurisdiction for d in result.records):
        place, jurisdiction = tr(JURISDICTIONS[code]), rulebook.jurisdictions.get(code)
        lines = []  # (kind, text)
        if jurisdiction is None:
            lines.append(("text", _say(words.not_checked, place=place)))
        else:
            if jurisdiction.self_help:
                lines.append(("text", _say(words.self_help, name=jurisdiction.self_help.name,
                                           url=jurisdiction.self_help.url)))
            if jurisdiction.record_copy and code not in covered:
                lines.append(("text", _say(words.record_copy, text=tr(jurisdiction.record_copy))))
            uncovered = any(d.jurisdiction == code and d.outcome in ("not_eligible", "no_relief_law")
                            for d in result.records)
            if uncovered and jurisdiction.other_routes:
                lines.append(("text", _say(words.other_routes, place=place)))
                lines.extend(("bullet", _say(words.other_route, title=tr(r.title), citation=r.citation,
                                                       text=tr(r.text)))
                             for r in jurisdiction.other_routes)
        if lines:
            checklist.add("subheading", _say(words.place, place=place))
            for kind, line in lines:
                checklist.add(kind, line)
    checklist.add("strong", words.safety)


def build_checklist(screening: Screening, result: Result, rulebook: Rulebook, *, name: str | None = None,
                    made_on: dt.date | None = None, templates: Templates | None = None) -> Checklist:
    t = templates or load_templates()
    day = (made_on or dt.date.today()).isoformat()
    footer = t.document.footer.format(page="{page}", pages="{pages}", day=day, version=result.rules_version)
    checklist = Checklist(footer)
    groups = _groups(result, rulebook)
    _summary(checklist, screening, result, rulebook, t, groups, (name or "").strip()[:MAX_NAME])
    for group in groups:
        _group_pages(checklist, group, screening, result, rulebook, t)
    _help_page(checklist, screening, result, rulebook, t, groups)
    return checklist


def build_checklist_pdf(screening: Screening, rulebook: Rulebook, *, result: Result | None = None,
                        name: str | None = None, made_on: dt.date | None = None,
                        templates: Templates | None = None) -> bytes:
    """The checklist PDF of one screening (evaluated here unless its result is given)."""
    from .pdf import render_pdf
    result = result or evaluate(screening, rulebook)
    checklist = build_checklist(screening, result, rulebook, name=name, made_on=made_on, templates=templates)
    return render_pdf(checklist, title=(templates or load_templates()).document.title)


def parse_checklist_request(data, *, today: dt.date | None = None) -> tuple[Screening, str | None]:
    """One screening (not a list), optionally with {"checklist": {"name": "..."}} beside its fields."""
    if isinstance(data, list):
        raise ScreeningError([FieldError("(the screening)",
                                         "a checklist is for one person: send one screening, not a list")])
    name, errors = None, []
    if isinstance(data, dict) and OPTIONS_KEY in data:
        data = dict(data)
        options = data.pop(OPTIONS_KEY)
        if not isinstance(options, dict):
            errors.append(FieldError(OPTIONS_KEY, 'must be an object, like {"name": "..."}'))
        else:
            for key in set(options) - {"name"}:
                errors.append(FieldError(f"{OPTIONS_KEY}.{key}", "is not a checklist option; check its spelling"))
            name = options.get("name")
            if name is not None and (not isinstance(name, str) or len(name) > MAX_NAME):
                errors.append(FieldError(f"{OPTIONS_KEY}.name", f"must be text of at most {MAX_NAME} characters"))
    try:
        screening = parse_screening(data, today=today)
    except ScreeningError as error:
        raise ScreeningError(errors + error.errors) from None
    if errors:
        raise ScreeningError(errors)
    return screening, name
