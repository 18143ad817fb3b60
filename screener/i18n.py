"""The screener's languages: the catalogs, their compilation, and where their texts come from.

Every text a person reads is an English message id in screener/translations/<lang>/LC_MESSAGES/
messages.po, gathered by Babel as babel.cfg says, from four places:
  - Python (`_`, `_l`, `gettext`, `lazy_gettext`) and the web templates;
  - forms_templates/checklist.yaml (screener.checklist_templates.extract_messages);
  - the rules (extract_rules below): offense labels and groups, relief labels and plain words, and
    each law's plain texts and questions. Never a citation, a source, a note, a form's or a
    court page's name, or an offense synonym: those stay as the statute or the record writes them.

The .po files are the source; the compiled .mo files are not kept in git. compiled_dir() makes
them when missing or older than their .po (at app start, and for the PDF and CLI outside a
request), so a fresh clone works with no extra step.

    python -m screener.i18n update     # after changing texts: re-extract, merge into every .po
    python -m screener.i18n coverage   # how many texts each language still lacks, by place
"""
from __future__ import annotations

import functools
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterator

import yaml

LANGUAGES = {"en": "English", "es": "Español"}  # code -> the language's own name, for the switch
DEFAULT_LANGUAGE = "en"
DOMAIN = "messages"
PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
TRANSLATIONS_DIR = PACKAGE_DIR / "translations"
MAPPING_FILE = PROJECT_DIR / "babel.cfg"
KEYWORDS = ("_l", "lazy_gettext")  # besides Babel's own (_, gettext, ngettext, ...)

# Keys of the rules files whose values people read. "title" counts only under other_routes (a
# law's own title is a name for the JSON API). Whole subtrees under SKIP are never texts.
RULES_TEXT_KEYS = {"label", "group", "action", "plain", "record_copy", "filing", "court", "serve", "burden",
                   "fees", "confidentiality", "effect", "considers", "change", "text", "question",
                   "nonviolent_question", "standard_question", "documentation_text"}
RULES_SKIP_KEYS = {"citation", "sources", "source", "notes", "no_law_note", "official_form", "self_help",
                   "synonyms", "id", "code", "name", "url", "violent", "rank", "immigration"}


def is_label_field(field: str) -> bool:
    """Names of things, not sentences: offense and relief labels, groups, places, route titles."""
    return field.rsplit(".", 1)[-1] in ("label", "group", "place") or field == "other_routes.title"


def rules_texts(text: str) -> Iterator[tuple[int, str, str]]:
    """(line, field path, text) for every text people read in one rules YAML file."""
    def walk(node, path: tuple[str, ...]):
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = key.value
                if name == "name" and not path:  # the jurisdiction's own name, shown as the place
                    yield from walk(value, ("place",))
                    continue
                if name in RULES_SKIP_KEYS or (name == "title" and (not path or path[-1] != "other_routes")):
                    continue
                yield from walk(value, path + (name,) if name != "<<" else path)
        elif isinstance(node, yaml.SequenceNode):
            for value in node.value:
                yield from walk(value, path)
        elif (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str") and node.value.strip()
              and path and path[-1] in RULES_TEXT_KEYS | {"title", "place"}):
            yield node.start_mark.line + 1, ".".join(path), node.value
    root = yaml.compose(text)
    seen = set()
    for line, field, value in walk(root, ()) if root is not None else ():
        if value not in seen:  # YAML anchors and merges repeat whole terms
            seen.add(value)
            yield line, field, value


def extract_rules(fileobj, keywords, comment_tags, options):
    """Babel extraction method for rules/*.yaml and rules/jurisdictions/*.yaml."""
    for line, field, text in rules_texts(fileobj.read().decode("utf-8")):
        yield line, None, text, [f"rules field: {field}"]


def extract_catalog():
    """All message ids of the project, freshly extracted (a babel Catalog, no translations)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
    from babel.messages.frontend import parse_mapping_cfg

    with MAPPING_FILE.open(encoding="utf-8") as mapping:
        method_map, options_map = parse_mapping_cfg(mapping)
    keywords = {**DEFAULT_KEYWORDS, **{keyword: None for keyword in KEYWORDS}}
    catalog = Catalog(project="screener", charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
            str(PROJECT_DIR), method_map, options_map, keywords=keywords, comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True):
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return catalog


def po_path(language: str) -> Path:
    return TRANSLATIONS_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_po(language: str):
    from babel.messages.pofile import read_po as _read
    with po_path(language).open("rb") as handle:
        return _read(handle, locale=language)


def _compile(po: Path, mo: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po as _read
    with po.open("rb") as handle:
        catalog = _read(handle)
    mo.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=mo.parent, suffix=".mo.tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            write_mo(handle, catalog)  # fuzzy entries are left out: they fall back to English
        os.replace(temporary, mo)  # atomic: several workers may compile at once
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


@functools.lru_cache(maxsize=1)
def compiled_dir() -> str:
    """A folder of compiled catalogs (<lang>/LC_MESSAGES/messages.mo), up to date with the .po files:
    beside them when that folder is writable, else in a private folder under the system's temp."""
    targets = [TRANSLATIONS_DIR, Path(tempfile.gettempdir()) / f"screener-translations-{os.getuid()}"]
    for target in targets:
        try:
            for language in LANGUAGES:
                po = po_path(language)
                if not po.exists():
                    continue
                mo = target / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
                if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
                    _compile(po, mo)
            return str(target)
        except OSError:
            continue
    raise OSError("cannot write the compiled translations anywhere")


@functools.lru_cache(maxsize=None)
def translations(language: str):
    """babel.support.Translations of one language, for use outside a request (PDF, CLI)."""
    from babel.support import NullTranslations, Translations
    if language == DEFAULT_LANGUAGE or language not in LANGUAGES:
        return NullTranslations()
    return Translations.load(compiled_dir(), [language], DOMAIN)


def gettext_for(language: str) -> Callable[[str], str]:
    """One gettext function per language (so caches keyed by it, like load_templates, work)."""
    return translations(language).gettext


def checklist_templates(language: str):
    """The filing checklist's words in one language (cached per language by load_templates)."""
    from .checklist_templates import load_templates
    return load_templates(translate=None if language not in LANGUAGES or language == DEFAULT_LANGUAGE
                          else gettext_for(language))


_SLOT = re.compile(r"\{(\w*)\}|%\((\w+)\)[sd]")


def placeholders(text: str) -> set[str]:
    """The {name} and %(name)s slots of a message: a translation must keep exactly these."""
    return {a or b for a, b in _SLOT.findall(text)}


def _update() -> None:
    """Re-extract every text and merge it into every .po (new ones empty, changed ones fuzzy)."""
    from babel.messages.pofile import write_po
    template = extract_catalog()
    for language in LANGUAGES:
        if language == DEFAULT_LANGUAGE:
            continue
        catalog = read_po(language) if po_path(language).exists() else None
        if catalog is None:
            from babel.messages.catalog import Catalog
            catalog = Catalog(locale=language, project="screener")
        catalog.update(template, update_header_comment=False)
        po_path(language).parent.mkdir(parents=True, exist_ok=True)
        with po_path(language).open("wb") as handle:
            # No line numbers: a rules edit then changes only the texts it touches, not every reference.
            write_po(handle, catalog, width=100, ignore_obsolete=True, include_lineno=False)
        print(f"{po_path(language).relative_to(PROJECT_DIR)}: {len(catalog)} messages")


def coverage(language: str) -> dict[str, tuple[int, int]]:
    """{place: (translated, total)} where place is app, labels, checklist or rules/<file>."""
    catalog = read_po(language)
    result: dict[str, list[int]] = {}
    for message in extract_catalog():
        if not message.id:
            continue
        place = _place(message)
        done = catalog.get(message.id, message.context)
        counts = result.setdefault(place, [0, 0])
        counts[1] += 1
        if done is not None and not done.fuzzy and _translated(done):
            counts[0] += 1
    return {place: tuple(counts) for place, counts in sorted(result.items())}


def _place(message) -> str:
    files = {Path(filename).as_posix() for filename, _ in message.locations}
    if any(not f.startswith(("rules/", "forms_templates/")) for f in files):
        return "app"
    if any(f.startswith("forms_templates/") for f in files):
        return "checklist"
    if any(f in ("rules/offenses.yaml", "rules/reliefs.yaml") for f in files) or \
            "rules field: place" in message.auto_comments:
        return "labels"  # offense, relief and place names
    return "rules/" + sorted(files)[0].rsplit("/", 1)[-1]


def _translated(message) -> bool:
    strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
    return all(s and s.strip() for s in strings)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "coverage"
    if command == "update":
        _update()
    elif command == "coverage":
        for language in LANGUAGES:
            if language == DEFAULT_LANGUAGE:
                continue
            for place, (done, total) in coverage(language).items():
                print(f"{language} {place:28} {done:4}/{total:<4}{'' if done == total else '  missing ' + str(total - done)}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
