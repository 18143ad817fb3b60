"""The words of the filing checklist: forms_templates/checklist.yaml, loaded and checked at start.

Like the rules, a template file that fails its schema stops the program with the file, the field
and the reason (FormsError). Each string may name only the facts its place provides, so a typo in
a placeholder, here or in a translation, is caught at start rather than in a survivor's PDF.
`translate` (e.g. a gettext function) is applied to every sentence before it is checked.
"""
from __future__ import annotations

import functools
import string
from pathlib import Path
from typing import Annotated, Callable, Literal

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from .vocab import LEVELS, RECORD_TYPES, RELIEFS

FORMS_DIR = Path(__file__).resolve().parent.parent / "forms_templates"
FILE = "checklist.yaml"

# The facts of one law that a step may name (see the head of forms_templates/checklist.yaml).
LAW_FACTS = ("place", "citation", "relief", "relief_plain", "filing", "court", "form", "fees", "hearing",
             "discretion", "burden", "effect", "confidentiality", "documentation", "documentation_required",
             "nexus", "record_copy")
EACH = {"records": ("number", "record", "papers"), "serve": ("item",), "considers": ("item",)}
Fact = Literal[LAW_FACTS + tuple(EACH)]  # type: ignore[valid-type]
NOT_TEXT = {"each", "when", "unless", "mark"}  # fields that are names, never translated


class FormsError(Exception):
    """The checklist templates are invalid; `problems` holds (file, field, reason)."""

    def __init__(self, problems: list[tuple[str, str, str]]):
        self.problems = problems
        super().__init__("\n".join(f"{file}: {field}: {reason}" for file, field, reason in problems))


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _check_names(text: str, allowed: tuple[str, ...]) -> str:
    unknown = placeholders(text) - set(allowed)  # malformed braces raise ValueError here too
    if unknown:
        can = ", ".join("{%s}" % name for name in allowed) or "no {names}"
        raise ValueError(f"names {', '.join('{%s}' % n for n in sorted(unknown))}; here it can use {can}")
    return text


def says(*allowed: str) -> AfterValidator:
    """A sentence that may name only the given facts: `Annotated[Plain, says("name")]`."""
    return AfterValidator(lambda text: _check_names(text, allowed))


Plain = Annotated[str, Field(min_length=1)]
Sentence = Annotated[Plain, says()]  # names no fact


def _every(keys: tuple[str, ...]):
    def check(mapping: dict) -> dict:
        missing = [key for key in keys if key not in mapping]
        if missing:
            raise ValueError(f"missing: {', '.join(missing)} (every one needs its words)")
        return mapping
    return AfterValidator(check)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Document(Strict):
    title: Sentence
    made_for: Annotated[Plain, says("name")]
    intro: Sentence
    notice: Annotated[Plain, says("day")]
    footer: Annotated[Plain, says("page", "pages", "day", "version")]


class RecordWords(Strict):
    line: Annotated[Plain, says("offense", "level", "record_type")]
    described: Annotated[Plain, says("text")]
    levels: Annotated[dict[Literal[LEVELS], Sentence], _every(LEVELS)]  # type: ignore[valid-type]
    record_types: Annotated[dict[Literal[RECORD_TYPES], Sentence], _every(RECORD_TYPES)]  # type: ignore[valid-type]
    papers: Annotated[dict[Literal[RECORD_TYPES], Sentence], _every(RECORD_TYPES)]  # type: ignore[valid-type]


OUTCOME_KEYS = ("eligible", "possibly_eligible", "not_eligible", "no_relief_law", "not_checked")


class Summary(Strict):
    heading: Sentence
    number: Annotated[Plain, says("number")]
    columns: Annotated[dict[Literal["number", "record", "where", "outcome", "law"], Sentence],
                       _every(("number", "record", "where", "outcome", "law"))]
    outcomes: Annotated[dict[Literal[OUTCOME_KEYS], Sentence], _every(OUTCOME_KEYS)]  # type: ignore[valid-type]
    relief: Annotated[Plain, says("relief")]
    see_checklist: Annotated[Plain, says("number")]
    see_help: Sentence
    none_to_file: Sentence
    good_to_know: Sentence


class ChecklistWords(Strict):
    heading: Annotated[Plain, says("number", "place")]
    law: Annotated[Plain, says("relief", "citation")]
    records_heading: Sentence
    record: Annotated[Plain, says("number", "record")]
    outcomes: Annotated[dict[Literal["eligible", "possibly_eligible"], Sentence],
                        _every(("eligible", "possibly_eligible"))]
    question: Annotated[Plain, says("question")]
    deadline: Annotated[Plain, says("deadline")]
    no_deadline: Sentence


class Item(Strict):
    """One line of a step: a box to tick, a point in a list (bullet) or a plain line (none)."""
    text: str = Field(min_length=1)
    each: Literal["records", "serve", "considers"] | None = None
    when: Fact | None = None  # type: ignore[valid-type]
    unless: Fact | None = None  # type: ignore[valid-type]
    mark: Literal["box", "bullet", "none"] = "box"

    @model_validator(mode="after")
    def _names(self) -> "Item":
        _check_names(self.text, tuple(f for f in LAW_FACTS) + EACH.get(self.each, ()))
        return self


class Section(Strict):
    heading: Sentence
    items: list[Item] = Field(min_length=1)


class Help(Strict):
    heading: Sentence
    intro: Sentence
    items: list[Sentence] = Field(min_length=1)
    place: Annotated[Plain, says("place")]
    self_help: Annotated[Plain, says("name", "url")]
    record_copy: Annotated[Plain, says("text")]
    other_routes: Annotated[Plain, says("place")]
    other_route: Annotated[Plain, says("title", "citation", "text")]
    not_checked: Annotated[Plain, says("place")]
    safety: Sentence


HEARINGS = ("required", "on_request", "court_may", "none", "not_stated")


class Templates(Strict):
    document: Document
    record: RecordWords
    summary: Summary
    checklist: ChecklistWords
    hearing: Annotated[dict[Literal[HEARINGS], Sentence], _every(HEARINGS)]  # type: ignore[valid-type]
    discretion: Annotated[dict[Literal["mandatory", "discretionary"], Sentence],
                          _every(("mandatory", "discretionary"))]
    form: Annotated[Plain, says("name")]
    form_number: Annotated[Plain, says("name", "number")]
    form_url: Annotated[Plain, says("form", "url")]
    reliefs: Annotated[dict[Literal[RELIEFS], list[Section]], _every(RELIEFS)]  # type: ignore[valid-type]
    help: Help


def _translated(data, translate: Callable[[str], str], key: str = ""):
    if isinstance(data, dict):
        return {k: v if k in NOT_TEXT else _translated(v, translate, k) for k, v in data.items()}
    if isinstance(data, list):
        return [_translated(v, translate, key) for v in data]
    return translate(data) if isinstance(data, str) else data


def _field_path(loc: tuple) -> str:
    parts = (f"[{part}]" if isinstance(part, int) else part if part.startswith("[") else f".{part}" for part in loc)
    return "".join(parts).lstrip(".") or "(top)"


@functools.lru_cache(maxsize=8)
def load_templates(forms_dir: Path | str = FORMS_DIR, translate: Callable[[str], str] | None = None) -> Templates:
    path = Path(forms_dir) / FILE
    name = f"{Path(forms_dir).name}/{FILE}"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as error:
        raise FormsError([(name, "(file)", f"cannot be read as YAML: {error}")]) from None
    if translate is not None:
        data = _translated(data, translate)
    try:
        return Templates.model_validate(data)
    except ValidationError as error:
        raise FormsError([(name, _field_path(e["loc"]), e["msg"]) for e in error.errors()]) from None


def extract_messages(fileobj, keywords, comment_tags, options):
    """A Babel extraction method for forms_templates/*.yaml: every sentence, with its line."""
    def walk(node, key=""):
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value not in NOT_TEXT:
                    yield from walk(v, k.value)
        elif isinstance(node, yaml.SequenceNode):
            for v in node.value:
                yield from walk(v, key)
        elif isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str") and node.value:
            yield node.start_mark.line + 1, None, node.value, []
    seen = set()
    for message in walk(yaml.compose(fileobj.read())):
        if message[2] not in seen:  # anchors (*filing) repeat whole sections
            seen.add(message[2])
            yield message
