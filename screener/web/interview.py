"""The guided questionnaire: one topic per screen, then records, review and results.

Answers live in the visit (screener/web/visit.py) in the shape of the screening contract, so the
review, the results and the checklist all run the same validation and engine as the API.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, NamedTuple

from flask import Blueprint, Response, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _

from .. import i18n, wording
from ..checklist import build_checklist_pdf
from ..contract import ScreeningError, parse_screening
from ..engine import Determination, evaluate
from ..offenses import match_offense
from . import request_language, request_translations, visit
from .cards import result_cards
from .forms import CHECKLIST_NAME, AboutYouForm, ChecklistNameForm, EndedForm, PapersForm, RecordForm, TraffickingForm
from .labels import category_choices, jurisdiction_choices, labels
from .phrases import lazy_gettext as _l

blueprint = Blueprint("interview", __name__)


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    form: type
    load: Callable[[dict], dict]   # answers -> form data
    save: Callable[[dict, object], None]  # (answers, form) -> None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _save_trafficking(answers, form):
    answers["person"]["trafficking_type"] = form.trafficking_type.data


def _save_ended(answers, form):
    ended = form.ended.data == "yes"
    answers["person"]["trafficking_ended_on"] = _iso(form.ended_on.data) if ended else None
    answers.setdefault("asked", {})["ended"] = form.ended.data


def _save_papers(answers, form):
    answers["person"]["official_documentation"] = form.official_documentation.data == "yes"
    answers.setdefault("asked", {})["papers"] = form.official_documentation.data


def _save_about_you(answers, form):
    answers["person"]["date_of_birth"] = _iso(form.date_of_birth.data)
    answers["person"]["citizenship"] = form.citizenship.data or "unknown"
    answers.setdefault("asked", {})["about_you"] = True


STEPS = [
    Step("trafficking", _l("What happened to you"), TraffickingForm,
         lambda a: {"trafficking_type": a["person"].get("trafficking_type")}, _save_trafficking),
    Step("ended", _l("When it ended"), EndedForm,
         lambda a: {"ended": a.get("asked", {}).get("ended"),
                    "ended_on": _day(a["person"].get("trafficking_ended_on"))}, _save_ended),
    Step("papers", _l("Official papers"), PapersForm,
         lambda a: {"official_documentation": a.get("asked", {}).get("papers")}, _save_papers),
    Step("about-you", _l("About you"), AboutYouForm,
         lambda a: {"date_of_birth": _day(a["person"].get("date_of_birth")),
                    "citizenship": a["person"].get("citizenship", "unknown")}, _save_about_you),
]
STEP_BY_SLUG = {step.slug: step for step in STEPS}
# Where each page sits in the visit, for "step N of M" and the Back link.
FLOW = [step.slug for step in STEPS] + ["records", "review", "results"]
MAX_RECORDS_PER_VISIT = 40  # beyond this, one visit's cookie is full: the API or a saved screening serves


class Progress(NamedTuple):
    """"Step number of total", and the page Back goes to (attributes: the layout reads each one
    or two times, and Jinja reads a dict's key only after a failed attribute look-up)."""
    number: int
    total: int
    back: str | None


def _progress(slug: str) -> Progress:
    position = FLOW.index(slug)
    return Progress(position + 1, len(FLOW), FLOW[position - 1] if position else None)


def _url(slug: str | None) -> str:
    if slug is None:
        return url_for("interview.welcome")
    if slug in STEP_BY_SLUG:
        return url_for("interview.step", slug=slug)
    return url_for(f"interview.{slug}")


@blueprint.app_context_processor
def _helpers():
    return {"step_url": _url}


@blueprint.get("/")
def welcome():
    return render_template("welcome.html", has_answers=bool(visit.answers()["person"] or visit.answers()["records"]))


@blueprint.route("/about/<slug>", methods=["GET", "POST"])
def step(slug: str):
    current = STEP_BY_SLUG.get(slug)
    if current is None:
        return render_template("error.html", title=_("Page not found"),
                               message=_("We could not find that page.")), 404
    answers = visit.answers()
    form = current.form(data=current.load(answers)) if request.method == "GET" else current.form()
    if request.method == "POST" and form.validate():
        current.save(answers, form)
        visit.save_answers(answers)
        wanted = request.args.get("next")
        return redirect(_url(wanted if wanted in FLOW else FLOW[FLOW.index(slug) + 1]))
    return render_template("step.html", form=form, step=current, progress=_progress(slug))


def _record_form(record: dict | None = None) -> RecordForm:
    if request.method == "POST":
        form = RecordForm()
    else:
        data = dict(record or {})
        for name in ("offense_date", "disposition_date"):
            data[name] = _day(data.get(name))
        form = RecordForm(data=data)
    form.jurisdiction.choices = jurisdiction_choices()
    form.offense_category.choices = category_choices()
    return form


def _record_from(form: RecordForm) -> dict:
    record = {
        "jurisdiction": form.jurisdiction.data, "offense_category": form.offense_category.data,
        "offense_description": (form.offense_description.data or "").strip() or None,
        "level": form.level.data, "record_type": form.record_type.data,
        "age_at_offense": form.age_at_offense.data,
        "offense_date": _iso(form.offense_date.data), "disposition_date": _iso(form.disposition_date.data),
        "related_to_trafficking": form.related_to_trafficking.data,
    }
    return {key: value for key, value in record.items() if value is not None}


def _contract_errors(answers: dict, index: int, form: RecordForm) -> bool:
    """Run the contract's own checks (dates in order, age matching the dates); show them on the form."""
    try:
        parse_screening(_screening_data(answers))
    except ScreeningError as error:
        prefix = f"records[{index}]."
        found = False
        for problem in error.errors:
            if problem.field.startswith(prefix):
                name = problem.field[len(prefix):]
                field = getattr(form, name, None)
                if field is not None:
                    field.errors = list(field.errors) + [_explain(name, problem.message)]
                    found = True
        return found
    return False


def _explain(name: str, message: str) -> str:
    """The contract speaks to programs; say the same thing to a person."""
    plain = {
        "is required unless person.date_of_birth and this record's offense_date are both given":
            _("Enter your age then, or the date of the offense and your date of birth."),
        "is before the offense_date": _("The case cannot end before the offense. Check both dates."),
        "is after the as_of date": _("This date is in the future. Check it."),
        "is before person.date_of_birth": _("This date is before your date of birth. Check both dates."),
    }
    if message in plain:
        return plain[message]
    if name == "age_at_offense" and "give" in message:
        return _("This age does not match your date of birth and the date of the offense. Check them.")
    return message


def _suggestions(form: RecordForm):
    if not form.offense_description.data:
        return []
    return match_offense(form.offense_description.data, current_app.extensions["rulebook"].offenses, limit=4)


def _edit_record(index: int | None):
    answers = visit.answers()
    records = answers["records"]
    if index is not None and not 0 <= index < len(records):
        return redirect(url_for("interview.records"))
    form = _record_form(records[index] if index is not None else None)
    action = request.form.get("action", "save")
    suggestions = []
    if request.method == "POST" and action.startswith("pick:"):
        form.offense_category.data = action.split(":", 1)[1]
    elif request.method == "POST" and action == "suggest":
        suggestions = _suggestions(form)
    elif request.method == "POST" and form.validate():
        updated = [*records]
        position = len(updated) if index is None else index
        candidate = {**answers, "records": updated}
        if index is None:
            updated.append(_record_from(form))
        else:
            updated[index] = _record_from(form)
        if not _contract_errors(candidate, position, form):
            if not visit.fits(candidate):
                form.form_errors.append(_("This visit cannot hold more records. Finish with these, "
                                          "or ask a legal aid office to screen the rest."))
            else:
                visit.save_answers(candidate)
                flash(_("Record saved."))
                return redirect(url_for("interview.records"))
    if request.method == "POST" and action == "suggest" and not suggestions:
        form.offense_description.errors = [_("We found no close match. Choose from the list below.")] \
            if form.offense_description.data else [_("Type what the record says first.")]
    return render_template("record_form.html", form=form, index=index, suggestions=suggestions,
                           progress=_progress("records"))


@blueprint.route("/records/new", methods=["GET", "POST"])
def new_record():
    if len(visit.answers()["records"]) >= MAX_RECORDS_PER_VISIT:
        flash(_("This visit cannot hold more records."))
        return redirect(url_for("interview.records"))
    return _edit_record(None)


@blueprint.route("/records/<int:index>", methods=["GET", "POST"])
def edit_record(index: int):
    return _edit_record(index)


@blueprint.post("/records/<int:index>/remove")
def remove_record(index: int):
    answers = visit.answers()
    if 0 <= index < len(answers["records"]):
        del answers["records"][index]
        visit.save_answers(answers)
        flash(_("Record removed."))
    return redirect(url_for("interview.records"))


@blueprint.get("/records")
def records():
    return render_template("records.html", records=visit.answers()["records"], labels=labels(),
                           progress=_progress("records"), limit=MAX_RECORDS_PER_VISIT)


def _screening_data(answers: dict) -> dict:
    person = {key: value for key, value in answers["person"].items() if value is not None}
    return {"person": person, "records": answers["records"]}


def _request_gettext():
    """This request's catalog lookup, found once: flask_babel.gettext looks the catalog up again
    on every call, which was half the time of a results page (thousands of sentences). None in
    English: the message ids are the English texts, so the engine says them as they are."""
    if request_language() == i18n.DEFAULT_LANGUAGE:
        return None
    return request_translations().gettext


def _missing_step(answers: dict) -> str | None:
    asked = answers.get("asked", {})
    if not answers["person"].get("trafficking_type"):
        return "trafficking"
    for slug, key in (("ended", "ended"), ("papers", "papers"), ("about-you", "about_you")):
        if key not in asked:
            return slug
    return None if answers["records"] else "records"


@blueprint.get("/review")
def review():
    answers = visit.answers()
    return render_template("review.html", answers=answers, labels=labels(), progress=_progress("review"),
                           missing=_missing_step(answers))


@blueprint.get("/results")
def results():
    answers = visit.answers()
    missing = _missing_step(answers)
    if missing:
        flash(_("Please answer this question first."))
        return redirect(_url(missing))
    try:
        screening = parse_screening(_screening_data(answers))
    except ScreeningError:
        flash(_("Some answers need a fix before we can show results."))
        return redirect(url_for("interview.review"))
    with wording.translation(_request_gettext()):  # the engine speaks the visitor's language
        # The Result itself, not its JSON: the template reads attributes (a dict's keys cost Jinja
        # a failed attribute look-up each, hundreds on a results page).
        result = evaluate(screening, current_app.extensions["rulebook"])
    return render_template("results.html", result=result, progress=_progress("results"),
                           cards=result_cards(result, screening.records),
                           overview=_overview(result.records, labels().jurisdictions), name_field=CHECKLIST_NAME)


class PlaceCount(NamedTuple):
    name: str  # the place, in the visitor's language
    records: int
    clearable: int  # of those records, the ones that may be cleared


class Overview(NamedTuple):
    clearable: int  # records that can likely be cleared
    maybe: int  # records that may be cleared: a few facts decide it
    places: list[PlaceCount]  # in the records' order


def _overview(records: list[Determination], place_names: dict[str, str]) -> Overview:
    """The counts at the top of the results page."""
    counts: dict[str, tuple[int, int]] = {}
    for record in records:
        count, clearable = counts.get(record.jurisdiction, (0, 0))
        counts[record.jurisdiction] = (count + 1, clearable + (record.outcome in ("eligible", "possibly_eligible")))
    outcomes = [record.outcome for record in records]
    return Overview(outcomes.count("eligible"), outcomes.count("possibly_eligible"),
                    [PlaceCount(place_names.get(code, code), *counted) for code, counted in counts.items()])


@blueprint.route("/results/checklist.pdf", methods=["GET", "POST"])
def checklist():
    """The filing checklist of this visit's answers. A name is printed only when typed for the PDF,
    and it comes by POST so it never lands in an address or an access log."""
    answers = visit.answers()
    if _missing_step(answers):
        return redirect(url_for("interview.results"))
    try:
        screening = parse_screening(_screening_data(answers))
    except ScreeningError:
        return redirect(url_for("interview.results"))
    name = None
    if request.method == "POST":
        form = ChecklistNameForm()
        if not form.validate():
            flash(_("The name can have at most 100 characters."))
            return redirect(url_for("interview.results"))
        name = form.name.data or None
    rulebook = current_app.extensions["rulebook"]
    with wording.translation(_request_gettext()):
        result = evaluate(screening, rulebook)
        pdf = build_checklist_pdf(screening, rulebook, result=result, name=name,
                                  templates=i18n.checklist_templates(request_language()))
    return Response(pdf, mimetype="application/pdf",
                    headers={"Content-Disposition": 'attachment; filename="filing-checklist.pdf"'})


@blueprint.post("/start-over")
def start_over():
    language = session.get("lang")
    visit.erase()
    if language:  # starting over keeps the language the person chose
        session["lang"] = language
    flash(_("Your answers were erased."))
    return redirect(url_for("interview.welcome"))


@blueprint.route("/exit", methods=["GET", "POST"])
def quick_exit():
    visit.erase()
    return redirect(current_app.config["QUICK_EXIT_URL"], code=303)
