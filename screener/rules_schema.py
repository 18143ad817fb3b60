"""Schema of the law as data: rules/jurisdictions/XX.yaml, rules/offenses.yaml, rules/reliefs.yaml.

Every law cites itself (citation, sources read, effective date, last-reviewed date, notes) and
carries its terms as dated versions, the way OpenFisca dates its parameters: the engine picks the
version in force on the screening's `as_of` date. Nothing here knows any jurisdiction by name;
whatever differs between states is a field, and a state that needs something new gets a new
general field, used in data.

See rules/README.md for what each field means to a person writing a rules file.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .vocab import JURISDICTIONS, Level, OffenseCategory, RecordType, Relief

TraffickingKind = Literal["sex", "labor"]
# The event a clock runs from. `sentence_completed` is never given by the contract, so a
# clock that runs from it is always reported as unknown with the question named.
ClockEvent = Literal["trafficking_ended", "disposition", "offense", "age_18", "sentence_completed"]


class Strict(BaseModel):
    # A misspelt field in a rules file must stop the program, not be ignored.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Strict):
    """Where a rule was read: the statute text itself, or the page that printed it."""
    title: str = Field(min_length=3)
    url: str = Field(pattern=r"^https?://\S+$")


class UnclearOffenses(Strict):
    """Offense categories the law may or may not reach: the court decides (possibly_eligible)."""
    categories: list[OffenseCategory] = Field(min_length=1)
    question: str = Field(min_length=10, description="plain words: what a court would have to decide")


class LevelLimit(Strict):
    """Some categories are reached only at some levels (e.g. theft only as a misdemeanor)."""
    categories: list[OffenseCategory] = Field(min_length=1)
    levels: list[Level] = Field(min_length=1)


class OffenseScope(Strict):
    covered: Literal["all"] | list[OffenseCategory] = Field(
        description='"all", or the list of categories the law names')
    excluded: list[OffenseCategory] = Field(default_factory=list)
    nonviolent_only: bool = Field(
        default=False, description="only offenses that are not violent (rules/offenses.yaml says which are)")
    nonviolent_question: str | None = Field(
        default=None, description="plain words: how the law defines violence, asked when a category 'depends'")
    levels: list[Level] | None = Field(default=None, description="only these levels; null means any level")
    level_limits: list[LevelLimit] = Field(default_factory=list)
    unclear: list[UnclearOffenses] = Field(default_factory=list)
    text: str = Field(min_length=5, description="plain words: which offenses the law reaches")

    @model_validator(mode="after")
    def _no_overlap(self) -> "OffenseScope":
        if self.covered != "all":
            both = set(self.covered) & set(self.excluded)
            if both:
                raise ValueError(f"categories both covered and excluded: {sorted(both)}")
        return self


class Nexus(Strict):
    """How the record must connect to the trafficking."""
    required: bool = True
    standard: Literal["result_of", "direct_result", "while_victim", "related_to", "coerced"] = "result_of"
    text: str = Field(min_length=5, description="plain words: the connection the law asks for")


class TimeLimit(Strict):
    years: int = Field(gt=0, le=99)
    from_event: ClockEvent
    text: str = Field(min_length=5)


class Timing(Strict):
    """When the request may or must be made."""
    after_trafficking_ended: bool = Field(
        default=False, description="the request may be made only after the person is no longer a victim")
    or_after_services_sought: bool = Field(
        default=False, description="...or after the person sought services for victims (either suffices)")
    time_limit: TimeLimit | None = None
    # due_diligence: the court expects promptness but no fixed limit; shown as advice, not a bar.
    # reasonable_time: the law makes timeliness a condition the court judges: possibly_eligible.
    standard: Literal["none", "due_diligence", "reasonable_time"] = "none"
    standard_question: str | None = None
    text: str | None = Field(default=None, description="plain words: the time limit, for the result's deadline")

    @model_validator(mode="after")
    def _services_needs_after(self) -> "Timing":
        if self.or_after_services_sought and not self.after_trafficking_ended:
            raise ValueError("or_after_services_sought needs after_trafficking_ended: true")
        if self.standard == "reasonable_time" and not self.standard_question:
            raise ValueError("standard reasonable_time needs a standard_question in plain words")
        return self


class WaitingPeriod(Strict):
    years: int = Field(default=0, ge=0, le=99)
    months: int = Field(default=0, ge=0, le=120)
    days: int = Field(default=0, ge=0, le=3650)
    from_event: ClockEvent
    text: str = Field(min_length=5)

    @model_validator(mode="after")
    def _some_wait(self) -> "WaitingPeriod":
        if not (self.years or self.months or self.days):
            raise ValueError("a waiting period needs years, months or days")
        return self


class DateLimit(Strict):
    """The law reaches only records dated before / on or after a day (e.g. convictions before 2014-08-01)."""
    event: Literal["offense", "disposition"]
    before: dt.date | None = None
    on_or_after: dt.date | None = None
    text: str = Field(min_length=5, description="plain words, a full sentence")

    @model_validator(mode="after")
    def _some_bound(self) -> "DateLimit":
        if self.before is None and self.on_or_after is None:
            raise ValueError("a date limit needs before or on_or_after")
        return self


class ExtraCondition(Strict):
    """A condition of the law that the screening contract cannot answer: always 'unknown'."""
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    question: str = Field(min_length=10, description="plain words: the fact that would decide it")
    citation: str | None = None


class OfficialForm(Strict):
    name: str
    number: str | None = None
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")


class Procedure(Strict):
    """Checklist facts: what to file, where, who is served, what it costs, what it does."""
    filing: str = Field(min_length=3, description='plain words, e.g. "a motion to vacate the conviction"')
    official_form: OfficialForm | None = None
    court: str = Field(min_length=3, description="plain words: which court to file in")
    serve: list[str] = Field(default_factory=list, description="who must get a copy, e.g. the district attorney")
    hearing: Literal["required", "on_request", "court_may", "none", "not_stated"] = "not_stated"
    burden: str | None = Field(default=None, description="standard of proof, as the law states it")
    discretion: Literal["mandatory", "discretionary", "not_stated"] = "not_stated"
    fees: str | None = None
    confidentiality: str | None = None
    effect: str = Field(min_length=5, description="plain words: what the order does to the record")
    considers: list[str] = Field(default_factory=list, description="what the court weighs, plain words")

    @field_validator("serve", "considers")
    @classmethod
    def _whole_items(cls, items: list[str]) -> list[str]:
        # A YAML flow list [a (b, c)] splits at the comma: quote such an item.
        for item in items:
            if item.count("(") != item.count(")"):
                raise ValueError(f"{item!r} has unbalanced parentheses: quote an item that holds a comma")
        return items


class Terms(Strict):
    """The conditions of a law while one version of it is in force."""
    record_types: list[RecordType] = Field(min_length=1)
    trafficking_types: list[TraffickingKind] = Field(min_length=1)
    offenses: OffenseScope
    age_under: int | None = Field(default=None, ge=1, le=30, description="offense committed before this age")
    nexus: Nexus
    documentation: Literal["not_mentioned", "presumption", "required", "considered"] = "not_mentioned"
    documentation_text: str | None = None
    timing: Timing = Field(default_factory=Timing)
    waiting_period: WaitingPeriod | None = None
    date_limits: list[DateLimit] = Field(default_factory=list)
    extra_conditions: list[ExtraCondition] = Field(default_factory=list)

    @model_validator(mode="after")
    def _documentation_explained(self) -> "Terms":
        if self.documentation != "not_mentioned" and not self.documentation_text:
            raise ValueError("documentation other than not_mentioned needs documentation_text")
        return self


class Version(Strict):
    """The terms of a law from `effective` until the day before `ends` (or open-ended)."""
    effective: dt.date
    ends: dt.date | None = None
    change: str = Field(min_length=5, description="what this version changed, for people")
    source: Source | None = Field(default=None, description="the act or text this version was read from")
    terms: Terms

    @model_validator(mode="after")
    def _ends_after_start(self) -> "Version":
        if self.ends is not None and self.ends <= self.effective:
            raise ValueError("ends must be after effective")
        return self


class Law(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=5)
    relief: Relief
    citation: str = Field(min_length=5, description="the statute exactly as it is cited")
    sources: list[Source] = Field(min_length=1)
    last_reviewed: dt.date
    notes: str = Field(min_length=10, description="what was read, which version, what stays uncertain")
    immigration: Literal["may_remove", "does_not_remove", "unclear"] | None = Field(
        default=None, description="overrides rules/reliefs.yaml for this law")
    effective_uncertain: bool = Field(
        default=False, description="the first version's effective date is a stand-in (say why in notes): "
                                   "before it the law is 'possibly' in force, never a false 'no law'")
    effective_not_before: dt.date | None = Field(
        default=None, description="with effective_uncertain: the earliest day it can have started "
                                  "(e.g. the session that passed it began); before that it was surely not in force")
    procedure: Procedure
    versions: list[Version] = Field(min_length=1)

    @field_validator("versions")
    @classmethod
    def _dated_in_order(cls, versions: list[Version]) -> list[Version]:
        for earlier, later in zip(versions, versions[1:]):
            if later.effective <= earlier.effective:
                raise ValueError("versions must be in order of their effective dates")
            if earlier.ends is None or earlier.ends > later.effective:
                raise ValueError(
                    f"the version of {earlier.effective} must end on or before {later.effective}")
        return versions

    @property
    def effective(self) -> dt.date:
        return self.versions[0].effective

    def maybe_in_force(self, day: dt.date) -> bool:
        """Before a stand-in start date, but not before the law can have started."""
        return (self.effective_uncertain and day < self.effective
                and (self.effective_not_before is None or day >= self.effective_not_before))

    def version_on(self, day: dt.date) -> Version | None:
        for version in self.versions:
            if version.effective <= day and (version.ends is None or day < version.ends):
                return version
        return None

    def next_change_after(self, day: dt.date) -> Version | None:
        return next((v for v in self.versions if v.effective > day), None)


class OtherRoute(Strict):
    """A general record-clearing route (not trafficking-specific), for somewhere to turn."""
    title: str
    citation: str
    text: str = Field(min_length=10, description="plain words")
    source: Source


class SelfHelp(Strict):
    name: str
    url: str = Field(pattern=r"^https?://\S+$")


class Jurisdiction(Strict):
    code: str
    name: str
    last_reviewed: dt.date
    laws: list[Law] = Field(description="empty when the jurisdiction has no trafficking-survivor relief law")
    no_law_note: str | None = Field(default=None, description="required when laws is empty: what was searched")
    other_routes: list[OtherRoute] = Field(default_factory=list)
    record_copy: str | None = Field(default=None, description="plain words: how to get a copy of your own record")
    self_help: SelfHelp | None = None
    notes: str | None = None

    @field_validator("code")
    @classmethod
    def _known_code(cls, code: str) -> str:
        if code not in JURISDICTIONS:
            raise ValueError(f"{code!r} is not a USPS code of a state, DC or US")
        return code

    @model_validator(mode="after")
    def _absence_explained(self) -> "Jurisdiction":
        if not self.laws and not self.no_law_note:
            raise ValueError("a jurisdiction with no laws needs a no_law_note saying what was searched")
        ids = [law.id for law in self.laws]
        if len(ids) != len(set(ids)):
            raise ValueError(f"law ids repeat: {ids}")
        return self


class OffenseDefinition(Strict):
    label: str
    group: str = Field(description="plain words: the heading it is listed under in the questionnaire")
    violent: Literal["yes", "no", "depends"]
    synonyms: list[str] = Field(default_factory=list)


class ReliefDefinition(Strict):
    label: str
    rank: int = Field(description="lower is stronger relief; used to choose the best of several laws")
    action: str = Field(description='plain words after "you can ...", e.g. "have this record sealed (hidden)"')
    immigration: Literal["may_remove", "does_not_remove", "unclear"]
    plain: str = Field(description="plain words: what this relief does")
