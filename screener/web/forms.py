"""The questionnaire's forms: one topic per screen, every message saying how to fix the answer."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from flask_babel import LazyString
from flask_wtf import FlaskForm
from wtforms import DateField, IntegerField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, ValidationError

from .phrases import lazy_gettext as _l
from .widgets import RadioField, SelectField

DATE_HINT = _l("If you do not know the day, use the first day of the month.")
DATE_ERROR = _l("Enter a real date, like 2019-06-01.")


class PlainDateField(DateField):
    """A date as YYYY-MM-DD (the browser's date picker sends that); empty means not given."""

    def process_formdata(self, valuelist):
        text = " ".join(valuelist).strip() if valuelist else ""
        self.data = None
        if not text:
            return
        try:
            day = dt.datetime.strptime(text, "%Y-%m-%d").date()
        except ValueError:
            raise ValueError(DATE_ERROR) from None
        if day.year < 1900:
            raise ValueError(DATE_ERROR)
        self.data = day


class PlainIntegerField(IntegerField):
    """A whole number; empty means not given; anything else gets a message that says how to fix it."""

    def process_formdata(self, valuelist):
        text = " ".join(valuelist).strip() if valuelist else ""
        self.data = None
        if not text:
            return
        try:  # isdigit() also says yes to "²", which int() refuses; and a thousand digits are no age
            number = int(text) if text.isdigit() and len(text) <= 6 else None
        except ValueError:
            number = None
        if number is None:
            raise ValueError(_l("Enter the age as a whole number, like 17."))
        self.data = number


def _choose(what):
    return InputRequired(message=_l("Choose %(what)s.", what=what))


class TraffickingForm(FlaskForm):
    trafficking_type = RadioField(
        _l("What kind of trafficking happened to you?"),
        choices=[("sex", _l("Someone made or tricked me into sex acts for money or things")),
                 ("labor", _l("Someone made or tricked me into working")),
                 ("both", _l("Both"))],
        validators=[_choose(_l("the kind of trafficking"))])


class EndedForm(FlaskForm):
    ended = RadioField(
        _l("Has the trafficking ended?"),
        choices=[("yes", _l("Yes, it has ended")), ("no", _l("No, or I am not sure"))],
        validators=[_choose(_l("yes or no"))])
    ended_on = PlainDateField(_l("When did it end?"), description=DATE_HINT)

    def validate_ended_on(self, field):
        if self.ended.data == "yes" and field.data is None:
            raise ValidationError(_l("Enter the date it ended, like 2019-06-01. A close guess is fine."))


class PapersForm(FlaskForm):
    official_documentation = RadioField(
        _l("Do you have official papers that say you were trafficked?"),
        description=_l("For example, a T visa. Or a letter from the police, a prosecutor or a court "
                       "that says you were trafficked."),
        choices=[("yes", _l("Yes")), ("no", _l("No")), ("unsure", _l("I am not sure"))],
        validators=[_choose(_l("yes, no or not sure"))])


class AboutYouForm(FlaskForm):
    date_of_birth = PlainDateField(_l("Your date of birth (you can skip this)"),
                                   description=_l("It helps us work out your age at each record."))
    citizenship = RadioField(
        _l("Are you a U.S. citizen? (you can skip this)"),
        description=_l("Some ways of clearing a record do not count for immigration. We ask only to warn you."),
        choices=[("citizen", _l("Yes")), ("noncitizen", _l("No")), ("unknown", _l("I would rather not say"))],
        default="unknown", validators=[Optional()])



class RecordForm(FlaskForm):
    jurisdiction = SelectField(_l("Where is the record? (state, DC, or federal)"),
                               validators=[DataRequired(message=_l("Choose the state where the record is."))])
    offense_description = StringField(
        _l("What does the record say? (you can skip this)"),
        description=_l("Copy the words from the record, like \u201cPL 230.00\u201d or \u201cpetit larceny\u201d. "
                       "We suggest a kind of offense."),
        validators=[Optional(), Length(max=500, message=_l("Use 500 characters or fewer."))],
        render_kw={"autocomplete": "off", "spellcheck": "false"})
    offense_category = SelectField(_l("What kind of offense was it?"),
                                   validators=[DataRequired(message=_l("Choose the kind of offense."))])
    level = RadioField(_l("How serious was it?"),
                       choices=[("felony", _l("Felony")), ("misdemeanor", _l("Misdemeanor")),
                                ("petty", _l("Violation, infraction or petty offense"))],
                       validators=[_choose(_l("how serious it was (if you are not sure, look at the record)"))])
    record_type = RadioField(_l("What happened in the case?"),
                             choices=[("arrest", _l("Arrest or charge only, no conviction")),
                                      ("conviction", _l("Conviction (found or pleaded guilty)")),
                                      ("juvenile_adjudication", _l("Juvenile court case (adjudication)"))],
                             validators=[_choose(_l("what happened in the case"))])
    age_at_offense = PlainIntegerField(
        _l("How old were you then?"),
        description=_l("If you do not know, leave it empty and give the date of the offense and your date of birth."),
        validators=[Optional(), NumberRange(min=0, max=120, message=_l("Enter an age from 0 to 120."))],
        render_kw={"inputmode": "numeric"})
    offense_date = PlainDateField(_l("Date of the offense (you can skip this)"), description=DATE_HINT)
    disposition_date = PlainDateField(_l("Date the case ended (you can skip this)"),
                                      description=_l("The day of the conviction, dismissal or sentence."))
    related_to_trafficking = RadioField(
        _l("Did this happen because of the trafficking, or while it was going on?"),
        choices=[("yes", _l("Yes")), ("no", _l("No")), ("unsure", _l("I am not sure"))],
        validators=[_choose(_l("yes, no or not sure"))])



class NameField(NamedTuple):
    """The checklist's name field, as the results page writes it out (it makes no form to show it)."""
    label: LazyString
    hint: LazyString
    max_length: int


CHECKLIST_NAME = NameField(_l("Name to print on the checklist (you can leave this empty)"),
                           _l("Only if you want it on the paper. We do not keep it."), 100)


class ChecklistNameForm(FlaskForm):
    name = StringField(CHECKLIST_NAME.label, description=CHECKLIST_NAME.hint,
                       validators=[Optional(), Length(max=CHECKLIST_NAME.max_length,
                                                      message=_l("Use 100 characters or fewer."))],
                       render_kw={"autocomplete": "off"})
