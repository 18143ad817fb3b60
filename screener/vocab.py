"""The fixed vocabularies of the screening contract (shared/SPEC-screening.md).

Defined once here; the rules schema, the input validation and the engine all import them.
"""
from typing import Literal, get_args

TraffickingType = Literal["sex", "labor", "both"]
Citizenship = Literal["citizen", "noncitizen", "unknown"]
Level = Literal["felony", "misdemeanor", "petty"]
RecordType = Literal["arrest", "conviction", "juvenile_adjudication"]
Related = Literal["yes", "no", "unsure"]
Outcome = Literal["eligible", "possibly_eligible", "not_eligible", "no_relief_law"]
Relief = Literal["vacatur", "expungement", "sealing", "set_aside", "affirmative_defense", "other"]
Status = Literal["met", "unmet", "unknown"]

OffenseCategory = Literal[
    "prostitution", "loitering_for_prostitution", "solicitation", "promoting_prostitution",
    "drug_possession", "drug_sale", "theft", "fraud", "trespass", "disorderly_conduct",
    "loitering", "false_identity", "vandalism", "weapons", "assault", "robbery", "burglary",
    "kidnapping", "homicide", "sex_offense", "trafficking_offense", "child_exploitation", "dui",
    "traffic", "immigration", "status_offense", "other_nonviolent", "other_violent",
]

OFFENSE_CATEGORIES: tuple[str, ...] = get_args(OffenseCategory)
LEVELS: tuple[str, ...] = get_args(Level)
RECORD_TYPES: tuple[str, ...] = get_args(RecordType)
OUTCOMES: tuple[str, ...] = get_args(Outcome)
RELIEFS: tuple[str, ...] = get_args(Relief)

# USPS codes of the 50 states and DC, plus US for the federal system.
JURISDICTIONS: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "US": "United States (federal)",
}
