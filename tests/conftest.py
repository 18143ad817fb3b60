import shutil
from pathlib import Path

import pytest

from screener.rulebook import DEFAULT_RULES_DIR, load_rulebook

FIXTURES = Path(__file__).parent / "fixtures"


def make_rules_dir(target: Path, jurisdictions: dict[str, str] | None = None) -> Path:
    """A rules folder with the real offenses and reliefs and the given (or fixture) jurisdictions."""
    (target / "jurisdictions").mkdir(parents=True)
    for name in ("offenses.yaml", "reliefs.yaml"):
        shutil.copy(DEFAULT_RULES_DIR / name, target / name)
    if jurisdictions is None:
        for path in (FIXTURES / "jurisdictions").glob("*.yaml"):
            shutil.copy(path, target / "jurisdictions" / path.name)
    else:
        for code, text in jurisdictions.items():
            (target / "jurisdictions" / f"{code}.yaml").write_text(text)
    return target


@pytest.fixture(scope="session")
def fixture_rules_dir(tmp_path_factory) -> Path:
    return make_rules_dir(tmp_path_factory.mktemp("rules"))


@pytest.fixture(scope="session")
def fixture_rulebook(fixture_rules_dir):
    return load_rulebook(fixture_rules_dir)
