"""screener/web/widgets.py writes exactly the HTML WTForms' own widgets write."""
from markupsafe import Markup
from werkzeug.datastructures import MultiDict
from wtforms import widgets as wtforms_widgets

from screener.web import create_app
from screener.web import widgets


def test_html_params_are_wtforms_own_for_every_kind_of_value():
    cases = [{}, {"name": "x", "id": "f", "class_": "text"}, {"checked": True, "readonly": False, "abc": "hello"},
             {"value": 'say "hi" & <go>'}, {"value": Markup('already "safe" <b>')}, {"value": 0},
             {"data_some_thing": "a'b", "aria_described_by": "x-hint", "for_": "y"}, {"value": None},
             {"aria-invalid": "true", "maxlength": 100}]
    for attributes in cases:
        assert widgets.html_params(**attributes) == wtforms_widgets.html_params(**attributes), attributes


def test_the_forms_radios_and_lists_render_as_wtforms_renders_them():
    from screener.web import forms
    from screener.web.labels import category_choices, jurisdiction_choices
    app = create_app({"TESTING": True, "SECRET_KEY": "test", "WTF_CSRF_ENABLED": False})
    answers = [MultiDict(), MultiDict({"jurisdiction": "CA", "offense_category": "theft", "level": "felony",
                                       "record_type": "arrest", "related_to_trafficking": "unsure",
                                       "trafficking_type": "both", "ended": "no", "official_documentation": "yes",
                                       "citizenship": "unknown"}),
               MultiDict({"jurisdiction": "nowhere", "level": "<b>"})]
    checked = 0
    for language in ("en", "es"):
        for data in answers:
            with app.test_request_context("/", headers={"Accept-Language": language}):
                for form_class in (forms.RecordForm, forms.TraffickingForm, forms.EndedForm, forms.PapersForm,
                                   forms.AboutYouForm):
                    ours, stock = form_class(formdata=data), form_class(formdata=data)
                    for form in (ours, stock):
                        if hasattr(form, "jurisdiction"):
                            form.jurisdiction.choices = jurisdiction_choices()
                            form.offense_category.choices = category_choices()
                        form.validate()
                    for field in ours:
                        if isinstance(field, (widgets.RadioField, widgets.SelectField)):
                            twin = stock[field.name]
                            twin.widget = wtforms_widgets.Select() if isinstance(field, widgets.SelectField) else twin.widget
                            twin.option_widget = wtforms_widgets.RadioInput()
                            assert _render(field) == _render(twin), (form_class.__name__, field.name, language)
                            checked += 1
    assert checked >= 30


def _render(field) -> str:
    extra = {"aria-invalid": "true"} if field.errors else {}
    if isinstance(field, widgets.SelectField):
        return str(field(**extra))
    # Radios as the template's macro renders them: each option, then its label.
    return "".join(str(option(**extra)) + str(option.label) for option in field)
