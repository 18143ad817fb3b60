"""Every text in English and Spanish: the catalog is complete, keeps its placeholders, and the site,
the results and the checklist PDF speak the language the person chose (issue 10)."""
import re
from io import BytesIO
from pathlib import Path

import pytest

from screener import i18n
from screener.rulebook import DEFAULT_RULES_DIR
from flask import render_template_string, session

from screener.web import create_app

LANGUAGE = "es"
# Every text must have its Spanish translation: app, labels, checklist and every rules file. While
# the Spanish of a rules file is being written, its code may go here for a while (its texts then
# fall back to English one by one); take it off as soon as `python -m screener.i18n coverage`
# shows the file complete (test_pending_rules_files_are_really_pending says so).
RULES_TRANSLATION_PENDING: set[str] = set()
HOW_TO_FIX = ("run `python -m screener.i18n update`, then give each of these a msgstr in "
              "screener/translations/es/LC_MESSAGES/messages.po (and drop its '#, fuzzy' line)")


@pytest.fixture(scope="module")
def extracted():
    return i18n.extract_catalog()


@pytest.fixture(scope="module")
def spanish():
    return i18n.read_po(LANGUAGE)


def _done(catalog, message_id) -> bool:
    found = catalog.get(message_id)
    return found is not None and not found.fuzzy and i18n._translated(found)


def _rules_file_of(message) -> str | None:
    """The jurisdiction code when every place a text comes from is a pending rules file."""
    codes = set()
    for filename, _ in message.locations:
        match = re.fullmatch(r"rules/jurisdictions/([A-Z]{2})\.yaml", Path(filename).as_posix())
        if not match or "rules field: place" in message.auto_comments:
            return None
        codes.add(match.group(1))
    return codes.pop() if codes and codes <= RULES_TRANSLATION_PENDING else None


def test_every_text_has_its_spanish_translation(extracted, spanish):
    missing = [f"{message.locations[0][0]}:{message.locations[0][1]}: {message.id!r}"
               for message in extracted
               if message.id and _rules_file_of(message) is None and not _done(spanish, message.id)]
    assert not missing, f"{len(missing)} texts have no Spanish translation; {HOW_TO_FIX}:\n" + "\n".join(missing)


def test_pending_rules_files_are_really_pending(extracted, spanish):
    """A rules file whose texts are all translated comes off the pending list, so it stays so."""
    complete = set(RULES_TRANSLATION_PENDING)
    for message in extracted:
        code = _rules_file_of(message)
        if code and not _done(spanish, message.id):
            complete.discard(code)
    assert not complete, f"take these off RULES_TRANSLATION_PENDING, all their texts are translated: {sorted(complete)}"


def test_translations_keep_every_placeholder(spanish):
    wrong = []
    for message in spanish:
        if not message.id or not i18n._translated(message):
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        if any(i18n.placeholders(s) != i18n.placeholders(ids[0]) for s in strings):
            wrong.append(f"{message.id!r} -> {message.string!r}")
    assert not wrong, "a translation must keep the {names} and %(names)s of its English:\n" + "\n".join(wrong)


def test_no_citation_is_a_message_id(extracted):
    """Citations stay as the statute writes them: none may be pulled into the catalog."""
    import yaml
    citations = set()
    for path in (DEFAULT_RULES_DIR / "jurisdictions").glob("*.yaml"):
        def walk(node):
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "citation" and isinstance(value, str):
                        citations.add(value)
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert not citations & {m.id for m in extracted if isinstance(m.id, str)}


def test_catalogs_compile_from_the_po_files(tmp_path, monkeypatch):
    """A fresh clone has no .mo: it is compiled from the .po at start."""
    source = i18n.po_path(LANGUAGE).read_bytes()
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    i18n.po_path(LANGUAGE).parent.mkdir(parents=True)
    i18n.po_path(LANGUAGE).write_bytes(source)
    i18n.compiled_dir.cache_clear()
    try:
        assert i18n.compiled_dir() == str(tmp_path)
        assert (tmp_path / LANGUAGE / "LC_MESSAGES" / "messages.mo").exists()
    finally:
        i18n.compiled_dir.cache_clear()


# --- the site in Spanish -------------------------------------------------------------------------

@pytest.fixture()
def client():
    app = create_app({"TESTING": True, "SECRET_KEY": "test", "QUICK_EXIT_URL": "https://neutral.example/"})
    return app.test_client()


def _token(client, url="/"):
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(url).get_data(as_text=True)).group(1)


def _post(client, url, data, **kwargs):
    return client.post(url, data={"csrf_token": _token(client), **data}, **kwargs)


def _answer_all(client):
    _post(client, "/about/trafficking", {"trafficking_type": "sex"})
    _post(client, "/about/ended", {"ended": "yes", "ended_on": "2022-06-01"})
    _post(client, "/about/papers", {"official_documentation": "no"})
    _post(client, "/about/about-you", {"date_of_birth": "", "citizenship": "noncitizen"})
    _post(client, "/records/new", {"jurisdiction": "NY", "offense_description": "prostitución",
                                   "offense_category": "prostitution", "level": "misdemeanor",
                                   "record_type": "conviction", "age_at_offense": "19",
                                   "related_to_trafficking": "yes", "action": "save"})


def test_the_switch_is_on_every_page_and_returns_to_the_same_page_with_the_answers(client):
    _answer_all(client)
    for url in ["/", "/about/trafficking", "/about/papers", "/records", "/records/new", "/review", "/results",
                "/about/nowhere"]:
        page = client.get(url).get_data(as_text=True)
        assert 'action="/language"' in page and 'value="es" lang="es"' in page, url
    response = _post(client, "/language", {"lang": "es", "next": "/about/trafficking"})
    assert response.status_code == 303 and response.headers["Location"] == "/about/trafficking"
    page = client.get("/about/trafficking").get_data(as_text=True)
    assert '<html lang="es">' in page and "¿Qué tipo de trata vivió usted?" in page
    assert 'checked' in page  # the answer given in English is still there
    assert 'value="en" lang="en"' in page  # and the way back
    _post(client, "/language", {"lang": "en", "next": "/review"})
    assert "Check your answers" in client.get("/review").get_data(as_text=True)


def test_the_switch_needs_its_token_and_never_leaves_the_site(client):
    assert client.post("/language", data={"lang": "es"}).status_code == 400
    for target in ["https://elsewhere.example/", "//elsewhere.example/", "/\\elsewhere.example", "javascript:x"]:
        response = _post(client, "/language", {"lang": "es", "next": target})
        assert response.headers["Location"] == "/", target
    _post(client, "/language", {"lang": "xx", "next": "/"})
    assert '<html lang="es">' in client.get("/").get_data(as_text=True)  # an unknown code changes nothing


def test_results_and_checklist_in_spanish_keep_citations_exact(client):
    _post(client, "/language", {"lang": "es", "next": "/"})
    _answer_all(client)
    page = client.get("/results").get_data(as_text=True)
    assert "Sus resultados" in page and "Nueva York" in page
    assert "Es probable que pueda pedir que se anule (cancele) este antecedente" in page
    assert "N.Y. Crim. Proc. Law § 440.10(1)(i)" in page
    assert "Línea Nacional contra la Trata de Personas" in page
    pdf = client.get("/results/checklist.pdf")
    from pypdf import PdfReader
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf.data)).pages)
    text = " ".join(text.split())
    assert "Su lista para presentar los papeles" in text and "Paso 1. Reúna sus papeles" in text
    assert "Vender u ofrecer sexo" in text
    assert "440.10(1)(i)" in text


def test_start_over_keeps_the_language(client):
    _post(client, "/language", {"lang": "es", "next": "/"})
    _answer_all(client)
    _post(client, "/start-over", {})
    page = client.get("/").get_data(as_text=True)
    assert "Sus respuestas se borraron." in page and '<html lang="es">' in page


def test_offense_suggestions_in_spanish(client):
    _post(client, "/language", {"lang": "es", "next": "/"})
    response = client.post("/api/v1/offenses/match", json={"text": "posesión de sustancia controlada"})
    first = response.get_json()[0]
    assert first["category"] == "drug_possession" and first["label"] == "Tener drogas (posesión)"


def test_checklist_templates_in_every_language_pass_their_own_checks():
    for code in i18n.LANGUAGES:
        templates = i18n.checklist_templates(code)
        assert templates.document.title
    assert i18n.checklist_templates("es").document.title == "Su lista para presentar los papeles"


def test_fixed_template_texts_come_out_as_jinjas_gettext_gives_them(client):
    """The phrase table (screener/web/phrases.py) stands in for `_("...")`, and its gettext and
    ngettext for texts with values: same text, same escaping, in each language, also inside
    macros imported without the page's context."""
    app = client.application
    source = ('{% from "macros.html" import hint_and_error %}'
              '{{ _("Back") }}|{{ _("Record %(n)s", n="<2>") }}|{{ _("Back") ~ "<x>" }}|'
              '{{ _("100%% sure") }}|{{ ngettext("%(num)s record", "%(num)s records", 1) }}|'
              '{{ ngettext("%(num)s record", "%(num)s records", 2) }}')
    for language, back, records in (("en", "Back", "1 record|2 records"), ("es", "Atrás", "1 antecedente|2 antecedentes")):
        with app.test_request_context("/"):
            session["lang"] = language
            page = render_template_string(source)
            assert page.startswith(f"{back}|"), page
            assert "&lt;2&gt;" in page and f"{back}&lt;x&gt;" in page and page.endswith(f"|100% sure|{records}")
    assert "_phrases" in app.jinja_env.compile('{{ _("Back") }}', raw=True)
    with_values = app.jinja_env.compile('{{ _("Step %(n)s", n=1) }}', raw=True)
    assert "_phrases" not in with_values and "resolve('gettext')" in with_values and "resolve('_')" not in with_values


def test_each_template_is_compiled_with_its_fixed_texts_in_each_language(client):
    """A page's template is compiled once per language, its `{{ _("...") }}` texts written in
    (screener/web/phrases.py): a Spanish page, then an English one, then Spanish again each get
    their own; the templates a page extends are taken in its language."""
    app = client.application
    for language, skip, other in (("es", "Ir al contenido principal", "Skip to main content"),
                                  ("en", "Skip to main content", "Ir al contenido principal"),
                                  ("es", "Ir al contenido principal", "Skip to main content")):
        _post(client, "/language", {"lang": language, "next": "/"})
        page = client.get("/").get_data(as_text=True)
        assert f'href="#main">{skip}</a>' in page and other not in page
        with app.test_request_context("/"):
            session["lang"] = language
            template = app.jinja_env.get_template("welcome.html")
        assert template.name == f"{language}::welcome.html"
    source = app.jinja_env.loader.get_source(app.jinja_env, "base.html")[0]
    code = app.jinja_env.compile(source, "es::base.html", raw=True)
    assert "Ir al contenido principal" in code and "'Skip to main content'" not in code
    # A text inside an expression (not a whole output) is still looked up in the page's language.
    assert "_phrases" in app.jinja_env.compile('{{ _("Back") ~ "x" }}', "es::page.html", raw=True)


def test_macros_imported_without_context_translate_their_fixed_texts(client):
    _post(client, "/language", {"lang": "es", "next": "/"})
    page = client.post("/about/trafficking", data={"csrf_token": _token(client, "/about/trafficking")})
    text = page.get_data(as_text=True)
    assert "Please check your answers" not in text  # the error summary, a macro of macros.html
    assert 'class="error-summary"' in text


def test_steps_kept_per_language_never_cross_languages(client):
    """The engine keeps the steps the rules alone decide, per language (Rulebook.worded): a
    Spanish page after an English one, and back, each gets its own, and nothing more is kept."""
    _answer_all(client)
    english = client.get("/results").get_data(as_text=True)
    assert "Get a copy of your record." in english and "Talk to a lawyer for free." in english
    _post(client, "/language", {"lang": "es", "next": "/"})
    spanish = client.get("/results").get_data(as_text=True)
    assert "Pida una copia de sus antecedentes." in spanish and "Hable gratis con un abogado." in spanish
    assert "Get a copy of your record." not in spanish and "Talk to a lawyer for free." not in spanish
    kept = len(client.application.extensions["rulebook"].worded)
    for _ in range(3):
        client.get("/results")
    assert len(client.application.extensions["rulebook"].worded) == kept  # one entry per language, not per visit
    _post(client, "/language", {"lang": "en", "next": "/"})
    assert client.get("/results").get_data(as_text=True).count("Get a copy of your record.") == 1
