"""The attorney workspace: staff sign in and keep screenings for their organisation.

Saved screenings are encrypted in the database (screener/storage). A signed-in user sees only the
screenings of their own organisation; any other id answers 404. Who viewed, exported, changed or
deleted a screening goes to the audit log (ids and a verb, never client data). The staff sign-in
lives in the visit's own encrypted cookie as {"user": id, "org": id}, checked against the
database on every request. Nothing about a client is logged, and search is a POST so a client
reference never lands in an access log.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import os

from flask import (Blueprint, Response, current_app, flash, g, redirect, render_template, request, session,
                   url_for)
from flask_babel import gettext as _
from flask_wtf import FlaskForm
from sqlalchemy.exc import SQLAlchemyError
from wtforms import PasswordField, RadioField, StringField
from wtforms.validators import DataRequired, Length, Optional, Regexp

from ..contract import ScreeningError, parse_screening
from ..engine import evaluate
from ..storage import MAX_REFERENCE, settings
from ..storage.store import MIN_PASSWORD, KeyMismatch, Store
from . import visit
from .cards import outcome_words
from .labels import labels
from .phrases import lazy_gettext as _l

blueprint = Blueprint("workspace", __name__, url_prefix="/staff")


# ---- wiring ------------------------------------------------------------------------------------

def init_app(app) -> None:
    """Open the store (a missing SCREENER_DATA_KEY stops start-up here) and add both blueprints."""
    from . import api_screenings, csrf, saves
    store = Store(settings(app.config, app.instance_path))
    app.extensions["store"] = store
    hops = int(app.config.get("SCREENER_PROXY_HOPS") or os.environ.get("SCREENER_PROXY_HOPS") or 0)
    if hops:  # behind a load balancer: take the client address (for rate limits) from X-Forwarded-For
        from werkzeug.middleware.proxy_fix import ProxyFix
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
    app.register_blueprint(blueprint)
    app.register_blueprint(saves.blueprint)
    csrf.exempt(api_screenings.blueprint)  # bearer tokens, no cookies: nothing for a cross-site request to ride on
    app.register_blueprint(api_screenings.blueprint)

    @app.context_processor
    def _storage_context():
        return {"storage_enabled": True, "staff_signed_in": bool(session.get("staff")),
                "editing": session.get("editing"), "saved_copy": session.get("saved_copy")}


def store() -> Store:
    return current_app.extensions["store"]


def address() -> str | None:
    return request.remote_addr


def storage_error(error: Exception) -> None:
    """Say that the database failed, without anything about the request's data."""
    cause = getattr(error, "orig", None)
    current_app.logger.warning("storage unavailable: %s%s", type(error).__name__,
                               f" ({type(cause).__name__})" if cause is not None else "")


def could_not_save(back_url: str, back_text: str):
    return render_template("saves/could_not_save.html", back_url=back_url, back_text=back_text), 503


@blueprint.errorhandler(SQLAlchemyError)
def _database_down(error):
    storage_error(error)
    if request.endpoint in ("workspace.save_new", "workspace.save_back"):
        return could_not_save(url_for("interview.results"), _("Back to the results"))
    return render_template("error.html", title=_("Saved screenings cannot be reached"),
                           message=_("The database is not answering. Try again in a minute. "
                                     "The answers in this visit are still here.")), 503


@blueprint.errorhandler(KeyMismatch)
def _wrong_key(error):
    current_app.logger.error("storage: %s", error)
    return render_template("error.html", title=_("Saved screenings cannot be opened"),
                           message=_("This server cannot unlock the saved screenings. Tell the person "
                                     "who runs it: the data key is not the one they were saved with.")), 500


def not_found():
    return render_template("error.html", title=_("Page not found"),
                           message=_("We could not find that page.")), 404


# ---- who is signed in -----------------------------------------------------------------------------

def current_staff():
    if "staff" not in g:
        held, user = session.get("staff"), None
        if isinstance(held, dict):
            user = store().get_user(held.get("user"))
            if user is None or not user.active or user.org_id != held.get("org"):
                user = None
                session.pop("staff", None)
                session.pop("editing", None)
        g.staff = user
    return g.staff


@blueprint.context_processor
def _signed_in_user():
    return {"user": g.get("staff")}


def staff_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if current_staff() is None:
            flash(_("Please sign in."))
            return redirect(url_for("workspace.login"))
        return view(*args, **kwargs)
    return wrapped


def admin_required(view):
    @functools.wraps(view)
    @staff_required
    def wrapped(*args, **kwargs):
        if not current_staff().is_admin:
            return not_found()
        return view(*args, **kwargs)
    return wrapped


# ---- forms ----------------------------------------------------------------------------------------

class LoginForm(FlaskForm):
    email = StringField(_l("E-mail address"), validators=[DataRequired(message=_l("Enter your e-mail address.")),
                                                          Length(max=320)],
                        render_kw={"autocomplete": "username", "spellcheck": "false"})
    password = PasswordField(_l("Password"), validators=[DataRequired(message=_l("Enter your password."))],
                             render_kw={"autocomplete": "current-password"})


REFERENCE_HINT = _l("A case number or initials your office uses. You do not need to use a name.")


class ReferenceForm(FlaskForm):
    client_reference = StringField(
        _l("Client reference"), description=REFERENCE_HINT,
        validators=[DataRequired(message=_l("Enter a client reference.")),
                    Length(max=MAX_REFERENCE, message=_l("Use %(n)s characters or fewer.", n=MAX_REFERENCE))],
        render_kw={"autocomplete": "off"})


class SearchForm(FlaskForm):
    search = StringField(_l("Find by client reference"), validators=[Optional(), Length(max=MAX_REFERENCE)],
                         render_kw={"autocomplete": "off", "type": "search"})


class ConfirmForm(FlaskForm):
    """Only the CSRF token: for buttons that change something."""


class UserForm(FlaskForm):
    email = StringField(_l("E-mail address"), validators=[DataRequired(message=_l("Enter an e-mail address.")),
                                                          Regexp(r"^[^@\s]+@[^@\s]+$", message=_l("Enter an e-mail address, like name@example.org.")),
                                                          Length(max=320)],
                        render_kw={"autocomplete": "off", "spellcheck": "false"})
    role = RadioField(_l("Role"), choices=[("staff", _l("Staff: screenings only")),
                                           ("admin", _l("Admin: screenings, people and the audit log"))],
                      default="staff", validators=[DataRequired(message=_l("Choose a role."))])
    password = PasswordField(_l("First password"),
                             description=_l("At least %(n)s characters. Give it to the person in a safe way.",
                                            n=MIN_PASSWORD),
                             validators=[DataRequired(message=_l("Enter a password.")),
                                         Length(min=MIN_PASSWORD, message=_l("Use at least %(n)s characters.",
                                                                             n=MIN_PASSWORD))],
                             render_kw={"autocomplete": "new-password"})


class NewPasswordForm(FlaskForm):
    password = PasswordField(validators=[DataRequired(message=_l("Enter a password.")),
                                         Length(min=MIN_PASSWORD, message=_l("Use at least %(n)s characters.",
                                                                             n=MIN_PASSWORD))],
                             render_kw={"autocomplete": "new-password"})


# ---- the visit's answers as a screening -------------------------------------------------------------

def visit_result(answers: dict):
    """(screening, result) of the visit's answers, or None when a question is unanswered or invalid."""
    from .interview import _missing_step, _screening_data
    if _missing_step(answers):
        return None
    try:
        screening = parse_screening(_screening_data(answers))
    except ScreeningError:
        return None
    return screening, evaluate(screening, current_app.extensions["rulebook"])


def _stored_screening(answers: dict, as_of: str | None = None):
    from .interview import _screening_data
    data = _screening_data(answers)
    if as_of:
        data["as_of"] = as_of
    return parse_screening(data)


# ---- sign in and out ------------------------------------------------------------------------------

@blueprint.route("/login", methods=["GET", "POST"])
def login():
    if current_staff() is not None:
        return redirect(url_for("workspace.screenings"))
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        outcome = store().sign_in(form.email.data, form.password.data, address())
        if outcome.outcome == "ok":
            user = outcome.user
            session["staff"] = {"user": user.id, "org": user.org_id}
            session.pop("editing", None)
            session.modified = True
            try:
                store().purge()  # no scheduler needed: every sign-in erases what is past its time
            except SQLAlchemyError as error:
                storage_error(error)
            return redirect(url_for("workspace.screenings"))
        if outcome.outcome == "throttled":
            form.form_errors.append(_("Too many wrong tries from this place. Wait 15 minutes, then try again."))
            status = 429
        elif outcome.outcome == "locked":
            form.form_errors.append(_("Too many wrong passwords. This account is locked for 15 minutes. "
                                      "An admin of your organisation can unlock it sooner."))
            status = 429
        else:
            form.form_errors.append(_("The e-mail address or the password is wrong."))
    return render_template("workspace/login.html", form=form), status


@blueprint.post("/logout")
def logout():
    visit.erase()  # a shared computer keeps nothing: the answers go too
    flash(_("You are signed out. The answers in this browser were erased."))
    return redirect(url_for("workspace.login"))


# ---- the list and search -------------------------------------------------------------------------

@blueprint.route("/screenings", methods=["GET", "POST"])
@staff_required
def screenings():
    form = SearchForm()
    search = form.search.data if request.method == "POST" and form.validate() else None
    found = store().list_screenings(current_staff(), search)
    return render_template("workspace/list.html", screenings=found, form=form, search=search, new_form=ConfirmForm(),
                           rules_version=current_app.extensions["rulebook"].version)


@blueprint.post("/screenings/new")
@staff_required
def new_screening():
    """Start a new screening in this browser: the questionnaire begins empty, the sign-in stays."""
    if ConfirmForm().validate_on_submit():
        for key in ("answers", "editing"):
            session.pop(key, None)
        session.modified = True
    return redirect(url_for("interview.step", slug="trafficking"))


@blueprint.post("/screenings/save")
@staff_required
def save_new():
    answers = visit.answers()
    form = ReferenceForm()
    computed = visit_result(answers)
    if computed is None:
        flash(_("Answer every question and add a record before you save."))
        return redirect(url_for("interview.review"))
    if not form.validate():
        return render_template("workspace/save.html", form=form), 400
    result = computed[1].to_json()
    try:
        screening_id = store().create_screening(current_staff(), form.client_reference.data.strip(), answers,
                                                result).id
    except SQLAlchemyError as error:
        storage_error(error)
        return could_not_save(url_for("interview.results"), _("Back to the results"))
    session["editing"] = {"id": screening_id, "reference": form.client_reference.data.strip()}
    session.modified = True
    flash(_("Screening saved."))
    return redirect(url_for("workspace.show", screening_id=screening_id))


@blueprint.post("/screenings/<screening_id>/save")
@staff_required
def save_back(screening_id: str):
    answers = visit.answers()
    computed = visit_result(answers)
    if not ConfirmForm().validate():
        return redirect(url_for("interview.results"))
    if computed is None:
        flash(_("Answer every question and add a record before you save."))
        return redirect(url_for("interview.review"))
    try:
        saved = store().update_screening(current_staff(), screening_id, answers=answers,
                                         result=computed[1].to_json())
    except SQLAlchemyError as error:
        storage_error(error)
        return could_not_save(url_for("interview.results"), _("Back to the results"))
    if not saved:
        return not_found()
    flash(_("Changes saved."))
    return redirect(url_for("workspace.show", screening_id=screening_id))


# ---- one screening ---------------------------------------------------------------------------------

@blueprint.get("/screenings/<screening_id>")
@staff_required
def show(screening_id: str):
    saved = store().get_screening(current_staff(), screening_id)
    if saved is None:
        return not_found()
    return render_template("workspace/screening.html", saved=saved, labels=labels(), outcome_words=outcome_words(),
                           rules_version=current_app.extensions["rulebook"].version, form=ConfirmForm(),
                           reference_form=ReferenceForm(data={"client_reference": saved.reference}),
                           checklist_available=_checklist() is not None)


@blueprint.post("/screenings/<screening_id>/reference")
@staff_required
def rename(screening_id: str):
    form = ReferenceForm()
    if not form.validate():
        flash(form.client_reference.errors[0] if form.client_reference.errors else _("Please try again."))
        return redirect(url_for("workspace.show", screening_id=screening_id))
    if not store().update_screening(current_staff(), screening_id, reference=form.client_reference.data.strip()):
        return not_found()
    if (session.get("editing") or {}).get("id") == screening_id:
        session["editing"] = {"id": screening_id, "reference": form.client_reference.data.strip()}
    flash(_("Client reference changed."))
    return redirect(url_for("workspace.show", screening_id=screening_id))


@blueprint.post("/screenings/<screening_id>/edit")
@staff_required
def edit(screening_id: str):
    """Load the saved answers into this browser's questionnaire; its results page saves them back."""
    if not ConfirmForm().validate():
        return redirect(url_for("workspace.show", screening_id=screening_id))
    saved = store().get_screening(current_staff(), screening_id, action="open")
    if saved is None:
        return not_found()
    if not visit.fits(saved.answers):
        flash(_("This screening has too many records to change here. Export it as JSON instead."))
        return redirect(url_for("workspace.show", screening_id=screening_id))
    visit.save_answers(saved.answers)
    session["editing"] = {"id": saved.id, "reference": saved.reference}
    flash(_("The answers of %(reference)s are open. Change them, then save on the results page.",
            reference=saved.reference))
    return redirect(url_for("interview.review"))


def compare(before: dict, after: dict) -> list[dict]:
    """Per record: the outcome, relief and law then and now, and whether any of them changed."""
    rows = []
    for index, now in enumerate(after["records"]):
        then = before["records"][index] if index < len(before["records"]) else {}
        changed = any(then.get(key) != now.get(key) for key in ("outcome", "relief", "citation"))
        rows.append({"index": index, "before": then, "after": now, "changed": changed})
    return rows


@blueprint.route("/screenings/<screening_id>/rerun", methods=["GET", "POST"])
@staff_required
def rerun(screening_id: str):
    """Run the saved answers under today's rules; show what changed; save the new result if asked."""
    form = ConfirmForm()
    saved = store().get_screening(current_staff(), screening_id, action=None)
    if saved is None:
        return not_found()
    try:
        screening = _stored_screening(saved.answers)
    except ScreeningError:
        flash(_("These answers need a fix before they can be checked again. Open them in the questionnaire."))
        return redirect(url_for("workspace.show", screening_id=screening_id))
    result = evaluate(screening, current_app.extensions["rulebook"]).to_json()
    if request.method == "POST" and form.validate():
        try:
            store().update_screening(current_staff(), screening_id, result=result, action="rerun")
        except SQLAlchemyError as error:
            storage_error(error)
            return could_not_save(url_for("workspace.rerun", screening_id=screening_id), _("Back to the comparison"))
        flash(_("The new result is saved."))
        return redirect(url_for("workspace.show", screening_id=screening_id))
    store().audit(current_staff(), "rerun_view", screening_id)
    rows = compare(saved.result, result)
    return render_template("workspace/rerun.html", saved=saved, result=result, rows=rows,
                           changed=sum(row["changed"] for row in rows), labels=labels(),
                           outcome_words=outcome_words(), form=form)


def export_document(saved) -> dict:
    from .interview import _screening_data
    return {"client_reference": saved.reference, "screening_id": saved.id,
            "created_at": saved.created_at.isoformat() + "Z", "created_by": saved.made_by,
            "updated_at": saved.updated_at.isoformat() + "Z", "updated_by": saved.changed_by,
            "rules_version": saved.rules_version,
            "screening": {"as_of": saved.result.get("as_of"), **_screening_data(saved.answers)},
            "result": saved.result}


@blueprint.get("/screenings/<screening_id>/export.json")
@staff_required
def export_json(screening_id: str):
    saved = store().get_screening(current_staff(), screening_id, action="export_json")
    if saved is None:
        return not_found()
    body = json.dumps(export_document(saved), indent=2, ensure_ascii=False)
    return Response(body, mimetype="application/json",
                    headers={"Content-Disposition": 'attachment; filename="screening.json"'})


def _checklist():
    try:
        from ..checklist import build_checklist_pdf
    except ImportError:
        return None
    return build_checklist_pdf


@blueprint.get("/screenings/<screening_id>/checklist.pdf")
@staff_required
def export_pdf(screening_id: str):
    build = _checklist()
    if build is None:
        return not_found()
    saved = store().get_screening(current_staff(), screening_id, action="export_pdf")
    if saved is None:
        return not_found()
    try:
        screening = _stored_screening(saved.answers)
    except ScreeningError:
        flash(_("These answers need a fix before a checklist can be made. Open them in the questionnaire."))
        return redirect(url_for("workspace.show", screening_id=screening_id))
    pdf = build(screening, current_app.extensions["rulebook"])
    return Response(pdf, mimetype="application/pdf",
                    headers={"Content-Disposition": 'attachment; filename="filing-checklist.pdf"'})


@blueprint.route("/screenings/<screening_id>/delete", methods=["GET", "POST"])
@staff_required
def remove(screening_id: str):
    form = ConfirmForm()
    if request.method == "POST" and form.validate():
        if not store().delete_screening(current_staff(), screening_id):
            return not_found()
        if (session.get("editing") or {}).get("id") == screening_id:
            session.pop("editing", None)
        flash(_("The screening was deleted."))
        return redirect(url_for("workspace.screenings"))
    saved = store().get_screening(current_staff(), screening_id, action=None)
    if saved is None:
        return not_found()
    return render_template("workspace/delete.html", saved=saved, form=form)


# ---- admins: people and the audit log --------------------------------------------------------------

@blueprint.route("/users", methods=["GET", "POST"])
@admin_required
def users():
    me, form = current_staff(), UserForm()
    if form.validate_on_submit():
        try:
            store().create_user(form.email.data, form.password.data, org_id=me.org_id, role=form.role.data)
        except ValueError:
            form.email.errors = list(form.email.errors) + [_("Someone already uses this e-mail address.")]
        else:
            flash(_("%(email)s can now sign in.", email=form.email.data.strip().lower()))
            return redirect(url_for("workspace.users"))
    return render_template("workspace/users.html", people=store().users_of(me.org_id), form=form,
                           action_form=ConfirmForm(), password_form=NewPasswordForm(), me=me)


@blueprint.post("/users/<int:user_id>/<any(unlock, disable, enable):change>")
@admin_required
def change_user(user_id: int, change: str):
    me = current_staff()
    if not ConfirmForm().validate():
        return redirect(url_for("workspace.users"))
    if user_id == me.id and change == "disable":
        flash(_("You cannot turn off your own account."))
        return redirect(url_for("workspace.users"))
    done = (store().unlock(me.org_id, user_id) if change == "unlock"
            else store().set_active(me.org_id, user_id, change == "enable"))
    if not done:
        return not_found()
    flash({"unlock": _("Unlocked."), "disable": _("Turned off: this person can no longer sign in."),
           "enable": _("Turned on: this person can sign in again.")}[change])
    return redirect(url_for("workspace.users"))


@blueprint.post("/users/<int:user_id>/password")
@admin_required
def set_password(user_id: int):
    """An admin gives someone in their organisation a new password (it also lifts a lock)."""
    form = NewPasswordForm()
    if not form.validate():
        flash(form.password.errors[0] if form.password.errors else _("Please try again."))
        return redirect(url_for("workspace.users"))
    me = current_staff()
    if not store().set_password(me.org_id, user_id, form.password.data):
        return not_found()
    flash(_("The new password is set. Give it to the person in a safe way."))
    return redirect(url_for("workspace.users"))


@blueprint.get("/audit")
@admin_required
def audit():
    words = {"create": _("saved a new screening"), "view": _("viewed"), "open": _("opened to change"),
             "update": _("changed"), "rerun": _("saved a new result under new rules"),
             "rerun_view": _("compared with the current rules"), "export_json": _("exported as JSON"),
             "export_pdf": _("exported the checklist PDF"), "delete": _("deleted"),
             "purge": _("erased: past the retention period"), "login": _("signed in"),
             "user_created": _("added a person"), "user_enabled": _("turned a person on"),
             "user_disabled": _("turned a person off"), "password_set": _("set a password")}
    return render_template("workspace/audit.html", events=store().audit_events(current_staff().org_id),
                           words=words)


def format_time(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


blueprint.add_app_template_filter(format_time, "utc")
