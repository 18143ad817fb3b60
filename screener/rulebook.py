"""Loads and checks the law as data under rules/.

A rules file that fails its schema stops the load with the file, the field and the reason
(RulesError), so a broken rulebook never reaches a survivor.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from .rules_schema import Jurisdiction, OffenseDefinition, ReliefDefinition
from .vocab import OFFENSE_CATEGORIES, RELIEFS

DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


class RulesError(Exception):
    """One or more rules files are invalid; `problems` holds (file, field, reason)."""

    def __init__(self, problems: list[tuple[str, str, str]]):
        self.problems = problems
        super().__init__("\n".join(f"{file}: {field}: {reason}" for file, field, reason in problems))


@dataclass(frozen=True)
class Rulebook:
    jurisdictions: dict[str, Jurisdiction]
    offenses: dict[str, OffenseDefinition]
    reliefs: dict[str, ReliefDefinition]
    version: str
    # Texts the engine words from these rules alone (never from a person's facts), kept per
    # language the first time they are said: keyed by the ids of this rulebook's own objects.
    worded: dict = field(default_factory=dict, compare=False, repr=False)


def _field_path(loc: tuple) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top)"


def _read(path: Path, model: type[BaseModel], problems: list, root: Path):
    name = str(path.relative_to(root.parent))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        problems.append((name, "(file)", f"not valid YAML: {error}"))
        return None
    except RecursionError:
        problems.append((name, "(file)", "not valid YAML: nested too deeply"))
        return None
    except OSError as error:
        problems.append((name, "(file)", f"cannot be read: {error.strerror}"))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        for e in error.errors():
            problems.append((name, _field_path(e["loc"]), e["msg"]))
        return None


def _read_map(path: Path, model: type[BaseModel], expected: tuple[str, ...], problems, root):
    name = str(path.relative_to(root.parent))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as error:
        problems.append((name, "(file)", f"cannot be read: {error}"))
        return {}
    except RecursionError:
        problems.append((name, "(file)", "cannot be read: nested too deeply"))
        return {}
    if not isinstance(data, dict):
        problems.append((name, "(top)", "must be a mapping of id to definition"))
        return {}
    result = {}
    for key in expected:
        if key not in data:
            problems.append((name, key, "missing: every id of the contract needs a definition"))
    for key, value in data.items():
        if key not in expected:
            problems.append((name, str(key), "not an id of the screening contract"))
            continue
        try:
            result[key] = model.model_validate(value)
        except ValidationError as error:
            for e in error.errors():
                problems.append((name, _field_path((key, *e["loc"])), e["msg"]))
    return result


def _version(files: list[Path], jurisdictions: dict[str, Jurisdiction]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    newest = max((j.last_reviewed for j in jurisdictions.values()), default=dt.date(1970, 1, 1))
    return f"{newest:%Y.%m.%d}+{digest.hexdigest()[:7]}"


def load_rulebook(rules_dir: Path | str = DEFAULT_RULES_DIR) -> Rulebook:
    root = Path(rules_dir)
    if not root.is_dir():
        raise RulesError([(str(root), "(folder)", "is not a folder: give the folder that holds offenses.yaml, "
                                                  "reliefs.yaml and jurisdictions/")])
    problems: list[tuple[str, str, str]] = []
    offenses = _read_map(root / "offenses.yaml", OffenseDefinition, OFFENSE_CATEGORIES, problems, root)
    reliefs = _read_map(root / "reliefs.yaml", ReliefDefinition, RELIEFS, problems, root)
    files = sorted((root / "jurisdictions").glob("*.yaml"))
    jurisdictions: dict[str, Jurisdiction] = {}
    for path in files:
        jurisdiction = _read(path, Jurisdiction, problems, root)
        if jurisdiction is None:
            continue
        if path.stem != jurisdiction.code:
            problems.append((str(path.relative_to(root.parent)), "code",
                             f"{jurisdiction.code!r} does not match the file name {path.name}"))
            continue
        jurisdictions[jurisdiction.code] = jurisdiction
    if problems:
        raise RulesError(problems)
    all_files = [root / "offenses.yaml", root / "reliefs.yaml", *files]
    return Rulebook(jurisdictions, offenses, reliefs, _version(all_files, jurisdictions))


REVIEW_EVERY_DAYS = 365  # laws changed yearly from 2019 to 2025: re-read each law at least once a year


def stale_laws(rulebook: Rulebook, today: dt.date, max_age_days: int = REVIEW_EVERY_DAYS) -> list[str]:
    """Laws (and law-less jurisdictions) not reviewed within `max_age_days` of `today`."""
    stale = []
    for code, jurisdiction in sorted(rulebook.jurisdictions.items()):
        reviewed = [(law.citation, law.last_reviewed) for law in jurisdiction.laws] or \
                   [("(no relief law)", jurisdiction.last_reviewed)]
        for citation, day in reviewed:
            if (today - day).days > max_age_days:
                stale.append(f"{code}: {citation}: last reviewed {day}, over {max_age_days} days ago")
    return stale
