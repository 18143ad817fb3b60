"""A survivor's save and resume: only when they ask, locked with a code only they get, 30 days.

The answers are encrypted twice (screener/storage/crypto.py): with a key made from the resume code
and the optional passphrase, which the server never keeps, and with the server's data key. The
code is shown once and never put in a URL, a cookie or a log. Whoever holds the code can erase
the saved answers at any time; they are erased by themselves after 30 days.
"""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_babel import format_date
from flask_babel import gettext as _
from flask_wtf import FlaskForm
from sqlalchemy.exc import SQLAlchemyError
from wtforms import PasswordField, StringField
from wtforms.validators import Length, Optional, ValidationError

from ..storage import RESUME_DAYS
from ..storage.crypto import WrongSecret
from ..storage.store import Throttled
from . import visit
from .phrases import lazy_gettext as _l
from .workspace import address, could_not_save, storage_error, store

blueprint = Blueprint("saves", __name__)
MAX_PASSPHRASE = 200


class SaveForm(FlaskForm):
    passphrase = PasswordField(
        _l("Passphrase (you can skip this)"),
        description=_l("Words only you know. If you add one, you need both the code and the passphrase "
                       "to come back."),
        validators=[Optional(), Length(max=MAX_PASSPHRASE)], render_kw={"autocomplete": "new-password"})
    passphrase_again = PasswordField(_l("The same passphrase again"), validators=[Optional()],
                                     render_kw={"autocomplete": "new-password"})

    def validate_passphrase_again(self, field):
        if (self.passphrase.data or "") != (field.data or ""):
            raise ValidationError(_l("The two passphrases are not the same. Type them again."))


class ResumeForm(FlaskForm):
    code = StringField(_l("Your code"), description=_l("It looks like ABCD-1234-EFGH-5678."),
                       validators=[Length(max=40)],
                       render_kw={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"})
    passphrase = PasswordField(_l("Passphrase (only if you added one)"),
                               validators=[Optional(), Length(max=MAX_PASSPHRASE)],
                               render_kw={"autocomplete": "off"})


def _has_answers() -> bool:
    answers = visit.answers()
    return bool(answers["person"] or answers["records"])


@blueprint.route("/save", methods=["GET", "POST"])
def save():
    if not _has_answers():
        flash(_("There are no answers to save yet."))
        return redirect(url_for("interview.welcome"))
    form = SaveForm()
    if form.validate_on_submit():
        try:
            visit_id, code, expires = store().save_visit(visit.answers(), form.passphrase.data or "",
                                                         replaces=session.get("saved_copy"))
        except SQLAlchemyError as error:
            storage_error(error)
            return could_not_save(url_for("saves.save"), _("Try again"))
        try:
            store().purge()  # no scheduler needed: saving erases what is past its time
        except SQLAlchemyError as error:
            storage_error(error)
        session["saved_copy"] = visit_id
        session.modified = True
        return render_template("saves/saved.html", code=code, expires=format_date(expires, "long"),
                               passphrase=bool(form.passphrase.data), days=RESUME_DAYS)
    return render_template("saves/save.html", form=form, days=RESUME_DAYS,
                           replacing=bool(session.get("saved_copy")))


@blueprint.route("/resume", methods=["GET", "POST"])
def resume():
    form, status = ResumeForm(), 200
    if form.validate_on_submit():
        erase = request.form.get("action") == "erase"
        try:
            if erase:
                store().erase_visit(form.code.data, form.passphrase.data or "", address())
            else:
                opened = store().open_visit(form.code.data, form.passphrase.data or "", address())
        except WrongSecret:
            form.form_errors.append(_("We found no saved answers for this code and passphrase. Check the code, "
                                      "letter by letter. Saved answers are erased after %(days)s days.",
                                      days=RESUME_DAYS))
        except Throttled:
            form.form_errors.append(_("Too many tries. Wait 15 minutes, then try again."))
            status = 429
        except SQLAlchemyError as error:
            storage_error(error)
            form.form_errors.append(_("We cannot reach the saved answers right now. Try again in a minute."))
            status = 503
        else:
            if erase:
                flash(_("Your saved answers were erased. The code no longer works."))
                return redirect(url_for("interview.welcome"))
            visit.save_answers(opened.answers)
            session["saved_copy"] = opened.id
            flash(_("Welcome back. Your answers are here. We keep the saved copy until %(day)s. "
                    "You can erase it sooner at the end of the results.", day=format_date(opened.expires_at, "long")))
            return redirect(url_for("interview.review"))
    return render_template("saves/resume.html", form=form, days=RESUME_DAYS), status


@blueprint.post("/save/erase")
def erase_saved_copy():
    """Erase the saved copy this visit came from or made (the code is not needed again here)."""
    held = session.pop("saved_copy", None)
    if held:
        try:
            store().erase_visit_by_id(held)
        except SQLAlchemyError as error:
            storage_error(error)
            session["saved_copy"] = held
            return render_template("error.html", title=_("We could not erase it yet"),
                                   message=_("The database is not answering. Try again in a minute. "
                                             "Your answers in this browser are still here.")), 503
        session.modified = True
    flash(_("Your saved answers were erased. The code no longer works."))
    return redirect(url_for("interview.results") if _has_answers() else url_for("interview.welcome"))
