"""Fixed template texts, translated once per language rather than on every page.

Most texts in the templates are `_("a fixed sentence")`. Jinja's gettext call for each of them
passes through three wrappers, a catalog look-up and a formatting step on every page (a results
page shows about fifty). This extension rewrites exactly that form, `_("...")` with no values,
into a look-up in the visitor's language's table of phrases, which translates a text the first
time it is shown and keeps it (texts of the templates only: nothing a visitor typed).
Calls with values (`_("Step %(number)s", number=...)`) and ngettext go to template_gettext
and template_ngettext below.

Better still, each template is compiled once per language (LanguageEnvironment): there a text that
is a whole output, `{{ _("...") }}`, is written into the compiled template as that language's
text, with the page's fixed markup around it, and costs nothing when the page is shown.
Extraction (`pybabel extract`) reads the template source and still finds every `_("...")`.
"""
from __future__ import annotations

import functools
from typing import Callable

from flask import has_request_context
from flask.templating import Environment
from flask_babel import LazyString
from flask_babel import gettext as babel_gettext
from jinja2 import BaseLoader
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from markupsafe import Markup

from .. import i18n
from . import request_language, request_translations

TABLE = "_phrases"  # the name the rewritten templates read the table from


class Phrases(dict):
    """One language's fixed template texts, each translated when first shown."""

    def __init__(self, gettext: Callable[[str], str]):
        super().__init__()
        self._gettext = gettext

    def __missing__(self, text: str) -> Markup:
        # As Jinja's own gettext gives it: the translation is markup, and `%%` stands for `%`.
        phrase = self[text] = Markup(self._gettext(text)) % {}
        return phrase


# A fixed text in the token stream: _ ( "text" ), and the same as a whole output: {{ _("text") }}
FIXED_TEXT = ("name", "lparen", "string", "rparen")
FIXED_OUTPUT = ("variable_begin", *FIXED_TEXT, "variable_end")
CALL = ("name", "lparen")  # any other call of _


def _is(kinds: tuple[str, ...], tokens: list[Token], index: int) -> bool:
    window = tokens[index:index + len(kinds)]
    return [token.type for token in window] == list(kinds) and window[kinds.index("name")].value == "_"


class FixedPhrases(Extension):
    """When the templates are compiled: `{{ _("text") }}` -> the text itself, in the language the
    template is compiled for; any other `_("text")` (or in a template of no language, one made
    from a string) -> `_phrases["text"]`; `_(...)` with values -> `gettext(...)`, which Jinja's `_`
    calls through two more layers."""

    def filter_stream(self, stream: TokenStream):
        language = language_of(stream.name)
        tokens = list(stream)
        index = 0
        while index < len(tokens):
            if language and _is(FIXED_OUTPUT, tokens, index):
                text = tokens[index + 3]
                yield Token(text.lineno, "data", str(language_phrases(language)[text.value]))
                index += len(FIXED_OUTPUT)
            elif _is(FIXED_TEXT, tokens, index):
                name, opening, text, closing = tokens[index:index + len(FIXED_TEXT)]
                yield Token(name.lineno, "name", TABLE)
                yield Token(opening.lineno, "lbracket", "[")
                yield text
                yield Token(closing.lineno, "rbracket", "]")
                index += len(FIXED_TEXT)
            elif _is(CALL, tokens, index):  # _("...", values): what Jinja's _ would call, called directly
                yield Token(tokens[index].lineno, "name", "gettext")
                index += 1
            else:
                yield tokens[index]
                index += 1


@functools.lru_cache(maxsize=None)
def language_phrases(language: str) -> Phrases:
    """A language's table of fixed template texts, both those written into its templates and those
    looked up as pages are shown: from the compiled catalog the pages' gettext reads too
    (i18n.compiled_dir())."""
    return Phrases(i18n.gettext_for(language))


# A template compiled for a language is named "<language>::<name>" (e.g. "es::results.html").
LANGUAGE_MARK = "::"


def language_of(name: str | None) -> str | None:
    language, mark, _ = (name or "").partition(LANGUAGE_MARK)
    return language if mark and language in i18n.LANGUAGES else None


class LanguageEnvironment(Environment):
    """Flask's template environment, with each template compiled (and kept) once per language: a
    page is rendered from its template in the visitor's language, and the templates it extends,
    includes or imports are taken in the language of the one that asks for them."""

    def __init__(self, app, **options):
        super().__init__(app, **options)
        self.loader = LanguageLoader(self.loader)

    def get_template(self, name, parent=None, globals=None):
        if parent is None and isinstance(name, str) and LANGUAGE_MARK not in name:
            language = request_language() if has_request_context() else i18n.DEFAULT_LANGUAGE
            name = f"{language}{LANGUAGE_MARK}{name}"
        return super().get_template(name, parent, globals)

    def join_path(self, template: str, parent: str) -> str:
        language = language_of(parent)
        return f"{language}{LANGUAGE_MARK}{template}" if language and LANGUAGE_MARK not in template else template


class LanguageLoader(BaseLoader):
    """Finds "<language>::<name>" where the app's own loader finds <name>."""

    def __init__(self, loader: BaseLoader):
        self.loader = loader

    def get_source(self, environment, template: str):
        return self.loader.get_source(environment, template.rpartition(LANGUAGE_MARK)[2])

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()


def phrases() -> dict:
    """The table for this request's language, put in each page's context by a context processor."""
    return {TABLE: language_phrases(request_language())}


class CurrentPhrases:
    """The same table for macros imported without the page's context (a Jinja global, which the
    page's own `_phrases` hides): it finds the request's language on each look-up."""

    def __getitem__(self, text: str) -> Markup:
        return language_phrases(request_language())[text]


# The templates' gettext and ngettext, for texts with values (Jinja's newstyle gettext, as
# install_gettext_callables(newstyle=True) makes it: the translation is markup, each value is
# escaped into it), without its two extra layers of calls through the template context.
def template_gettext(text: str, **values) -> Markup:
    return Markup(request_translations().gettext(text)) % values


def template_ngettext(singular: str, plural: str, num: int, **values) -> Markup:
    return Markup(request_translations().ngettext(singular, plural, num)) % {"num": num, **values}


def init_app(app) -> None:
    """After Babel(app), whose i18n extension gives the templates `_` (which calls gettext)."""
    app.jinja_env.globals.update(gettext=template_gettext, ngettext=template_ngettext)
    app.jinja_env.add_extension(FixedPhrases)
    app.jinja_env.globals[TABLE] = CurrentPhrases()
    app.context_processor(phrases)


def _gettext_now(text: str, **values) -> str:
    """flask_babel.gettext, through the request's catalog found once (it looks it up again on
    every call, about six times as long: forms show dozens of labels, hints and choices)."""
    if not has_request_context():
        return babel_gettext(text, **values)
    translated = request_translations().gettext(text)
    return translated % values if values else translated


def lazy_gettext(text: str, **values) -> LazyString:
    """As flask_babel.lazy_gettext: translated when shown, in the language of that request."""
    return LazyString(_gettext_now, text, **values)
