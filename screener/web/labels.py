"""The names shown for the codes of answers and results (places, offenses, reliefs, levels,
record types), in the visitor's language.

They depend only on the rulebook and the catalogs, both fixed when the app starts, so each
language's names are built once and kept on the app: building them (and sorting the states by
name) on every page was a fifth of a results page's time.
"""
from __future__ import annotations

import unicodedata
from typing import Callable, NamedTuple

from flask import current_app

from ..vocab import JURISDICTIONS
from . import request_language, request_translations


def locale_key(text: str) -> str:
    """Sort key that puts accented letters with their base letter (Á with A)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def per_language(name: str, build: Callable[[Callable[[str], str]], object]):
    """build(gettext) for this request's language, made on first use and kept on the app."""
    kept = current_app.extensions.setdefault("labels", {})
    key = (name, request_language())
    found = kept.get(key)
    if found is None:
        found = kept[key] = build(request_translations().gettext)
    return found


def _jurisdiction_choices(_) -> list[tuple[str, str]]:
    states = sorted(((code, _(name)) for code, name in JURISDICTIONS.items() if code != "US"),
                    key=lambda choice: locale_key(choice[1]))
    return [("", _("Choose a state"))] + states + [("US", _("Federal case (U.S. government)"))]


def jurisdiction_choices() -> list[tuple[str, str]]:
    """States and DC by name in the visitor's language (names are msgids from the rules files)."""
    return per_language("jurisdiction_choices", _jurisdiction_choices)


def _category_choices(_) -> dict[str, list[tuple[str, str]]]:
    groups: dict[str, list[tuple[str, str]]] = {"": [("", _("Choose the kind of offense"))]}
    for category, definition in current_app.extensions["rulebook"].offenses.items():
        groups.setdefault(_(definition.group), []).append((category, _(definition.label)))
    return groups


def category_choices() -> dict[str, list[tuple[str, str]]]:
    """Offense categories by group, for the record form (labels and groups from rules/offenses.yaml)."""
    return per_language("category_choices", _category_choices)


class Labels(NamedTuple):
    """Code -> name, one mapping per kind of code. Attributes, as the templates read them
    (`labels.offenses`): Jinja reads a dict's key only after failing an attribute look-up."""
    jurisdictions: dict[str, str]
    offenses: dict[str, str]
    reliefs: dict[str, str]
    levels: dict[str, str]
    record_types: dict[str, str]
    related: dict[str, str]


def _labels(_) -> Labels:
    rulebook = current_app.extensions["rulebook"]
    return Labels(
        jurisdictions=dict(_jurisdiction_choices(_)),
        offenses={key: _(value.label) for key, value in rulebook.offenses.items()},
        reliefs={key: _(value.label) for key, value in rulebook.reliefs.items()},
        levels={"felony": _("Felony"), "misdemeanor": _("Misdemeanor"), "petty": _("Petty offense")},
        record_types={"arrest": _("Arrest or charge only"), "conviction": _("Conviction"),
                      "juvenile_adjudication": _("Juvenile case")},
        related={"yes": _("Connected to the trafficking"), "no": _("Not connected to the trafficking"),
                 "unsure": _("Not sure if connected to the trafficking")})


def labels() -> Labels:
    """Every code's name in the visitor's language. Shared: read it, never change it."""
    return per_language("labels", _labels)
