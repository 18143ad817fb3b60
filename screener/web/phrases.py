"""Fixed template texts, translated once per language rather than on every page.

Most texts in the templates are `_("a fixed sentence")`. Jinja's gettext call for each of them
passes through three wrappers, a catalog look-up and a formatting step on every page (a results
page shows about fifty). This extension rewrites exactly that form, `_("...")` with no values,
into a look-up in the visitor's language's table of phrases, which translates a text the first
time it is shown and keeps it on the app (texts of the templates only: nothing a visitor typed).
Calls with values (`_("Step %(number)s", number=...)`) and ngettext go to template_gettext
and template_ngettext below.
Extraction (`pybabel extract`) reads the template source and still finds every `_("...")`.
"""
from __future__ import annotations

from typing import Callable

from flask import has_request_context
from flask_babel import LazyString
from flask_babel import gettext as babel_gettext
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from markupsafe import Markup

from . import request_translations
from .labels import per_language

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


class FixedPhrases(Extension):
    """`_("text")` -> `_phrases["text"]` when the templates are compiled."""

    def filter_stream(self, stream: TokenStream):
        tokens = list(stream)
        index = 0
        while index < len(tokens):
            name, opening, text, closing = (tokens[index:index + 4] + [None] * 4)[:4]
            if (name.type == "name" and name.value == "_" and opening and opening.type == "lparen"
                    and text and text.type == "string" and closing and closing.type == "rparen"):
                yield Token(name.lineno, "name", TABLE)
                yield Token(opening.lineno, "lbracket", "[")
                yield text
                yield Token(closing.lineno, "rbracket", "]")
                index += 4
            else:
                yield name
                index += 1


def phrases() -> dict:
    """The table for this request's language, put in each page's context by a context processor."""
    return {TABLE: per_language("phrases", Phrases)}


class CurrentPhrases:
    """The same table for macros imported without the page's context (a Jinja global, which the
    page's own `_phrases` hides): it finds the request's language on each look-up."""

    def __getitem__(self, text: str) -> Markup:
        return per_language("phrases", Phrases)[text]


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
