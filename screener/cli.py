"""Command line of the screener.

  screener screen FILE|-          screen one screening or a JSON array of them; result JSON on stdout
  screener checklist FILE|- -o OUT.pdf   the filing checklist PDF of one screening
  screener rules check            validate every rules file (names file, field, reason)
  screener rules report           coverage table: laws, relief, records reached, offense scope, review date
  screener offenses match "TEXT"  best offense categories for text as it appears on a record
  screener db upgrade|current|purge   the database of saved screenings (screener/storage/cli.py)
  screener users create --email E --org O   a staff account (the first admin of an organisation)
  screener keys generate|rotate   the data key that encrypts saved screenings (SCREENER_DATA_KEY)
"""
from __future__ import annotations

import argparse
import json
import signal
import sys

from .contract import ScreeningError
from .offenses import match_offense
from .rulebook import REVIEW_EVERY_DAYS, Rulebook, RulesError, load_rulebook, stale_laws
from .screen import screen_data
from .vocab import JURISDICTIONS

EXIT_BAD_INPUT = 2
EXIT_BAD_RULES = 1


def _load(args) -> Rulebook:
    return load_rulebook(args.rules) if args.rules else load_rulebook()


class _BadInput(Exception):
    """Input that cannot be read as JSON: the message is printed and the exit code is 2."""


def _read_json(file: str):
    try:
        if file == "-":
            text = sys.stdin.buffer.read().decode("utf-8")
        else:
            with open(file, "rb") as handle:
                text = handle.read().decode("utf-8")
    except OSError as error:
        raise _BadInput(f"cannot read {file}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise _BadInput(f"{file} is not UTF-8 text") from None
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        where = f" at line {error.lineno}, column {error.colno}" if isinstance(error, json.JSONDecodeError) else ""
        raise _BadInput(f"the input is not valid JSON{where}") from None
    except ValueError:  # an integer of thousands of digits: Python refuses to read it
        raise _BadInput("the input holds a number too long to be part of a screening") from None


def _field_errors(error: ScreeningError) -> int:
    for problem in error.errors:
        print(f"screener: {problem.field}: {problem.message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _screen(args) -> int:
    try:
        result = screen_data(_read_json(args.file), _load(args))
    except _BadInput as error:
        print(f"screener: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ScreeningError as error:
        return _field_errors(error)
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _checklist(args) -> int:
    from .checklist import build_checklist_pdf, parse_checklist_request
    from .checklist_templates import FormsError, load_templates
    try:
        screening, name = parse_checklist_request(_read_json(args.file))
        templates = load_templates()
    except _BadInput as error:
        print(f"screener: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ScreeningError as error:
        return _field_errors(error)
    except FormsError as error:
        for file, field, reason in error.problems:
            print(f"screener: forms: {file}: {field}: {reason}", file=sys.stderr)
        return EXIT_BAD_RULES
    pdf = build_checklist_pdf(screening, _load(args), name=args.name or name, templates=templates)
    try:
        with open(args.output, "wb") as handle:
            handle.write(pdf)
    except OSError as error:
        print(f"screener: cannot write {args.output}: {error.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def _rules_check(args) -> int:
    rulebook = _load(args)
    laws = sum(len(j.laws) for j in rulebook.jurisdictions.values())
    missing = sorted(set(JURISDICTIONS) - set(rulebook.jurisdictions))
    print(f"ok: {len(rulebook.jurisdictions)} jurisdictions, {laws} laws, rules {rulebook.version}")
    if missing:
        print(f"not yet encoded ({len(missing)}): {' '.join(missing)}")
    import datetime as dt
    stale = stale_laws(rulebook, dt.date.today(), args.stale_after_days)
    for line in stale:
        print(f"stale: {line}")
    return 1 if stale and args.strict else 0


def _scope(law, day) -> tuple[str, str, str]:
    """Records reached, offense scope and the number of open questions the encoding leaves."""
    version = law.version_on(day) or law.versions[-1]
    terms = version.terms
    offenses = "all" if terms.offenses.covered == "all" else f"{len(terms.offenses.covered)} listed"
    if terms.offenses.excluded:
        offenses += f", {len(terms.offenses.excluded)} excluded"
    if terms.offenses.nonviolent_only:
        offenses += ", nonviolent only"
    if terms.age_under:
        offenses += f", under {terms.age_under}"
    records = "+".join({"arrest": "arr", "conviction": "conv", "juvenile_adjudication": "juv"}[t]
                       for t in terms.record_types)
    questions = (len(terms.extra_conditions) + len(terms.offenses.unclear)
                 + (terms.timing.standard == "reasonable_time") + law.effective_uncertain)
    return records, offenses, str(questions)


def _rules_report(args) -> int:
    import datetime as dt
    rulebook, today = _load(args), dt.date.today()
    rows = [("code", "law", "relief", "records", "offenses", "open questions", "in force", "reviewed")]
    for code in JURISDICTIONS:
        jurisdiction = rulebook.jurisdictions.get(code)
        if jurisdiction is None:
            rows.append((code, "NOT YET ENCODED", "", "", "", "", "", ""))
            continue
        if not jurisdiction.laws:
            rows.append((code, "no relief law", "-", "-", "-", "-", "-", str(jurisdiction.last_reviewed)))
        for law in jurisdiction.laws:
            records, offenses, questions = _scope(law, today)
            in_force = "yes" if law.version_on(today) else f"from {law.effective}"
            rows.append((code, law.citation, law.relief, records, offenses, questions, in_force,
                         str(law.last_reviewed)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return 0


def _offenses_match(args) -> int:
    rulebook = _load(args)
    matches = match_offense(args.text, rulebook.offenses, limit=args.limit)
    if args.json:
        print(json.dumps([m.to_json() for m in matches], indent=2))
        return 0
    for m in matches:
        print(f"{m.score:5.2f}  {m.category:28}  {m.label}   (matched: {m.matched})")
    print("       none of these" if matches else "no close match: none of these")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="screener", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rules", help="rules folder (default: the project's rules/)")
    commands = parser.add_subparsers(dest="command", required=True)
    screen = commands.add_parser("screen", help="screen a JSON file (- for standard input)")
    screen.add_argument("file")
    screen.set_defaults(run=_screen)
    checklist = commands.add_parser("checklist", help="the filing checklist PDF of one screening (- for standard input)")
    checklist.add_argument("file")
    checklist.add_argument("-o", "--output", required=True, help="where to write the PDF")
    checklist.add_argument("--name", help="a name to print on the checklist (none by default)")
    checklist.set_defaults(run=_checklist)
    rules = commands.add_parser("rules", help="check or report on the rules files")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True)
    check = rules_commands.add_parser("check", help="validate every rules file; list laws due for review")
    check.add_argument("--stale-after-days", type=int, default=REVIEW_EVERY_DAYS)
    check.add_argument("--strict", action="store_true", help="exit 1 when a law is due for review")
    check.set_defaults(run=_rules_check)
    rules_commands.add_parser("report", help="coverage table per jurisdiction").set_defaults(run=_rules_report)
    offenses = commands.add_parser("offenses", help="offense categories")
    offenses_commands = offenses.add_subparsers(dest="offenses_command", required=True)
    match = offenses_commands.add_parser("match", help="best categories for free text")
    match.add_argument("text")
    match.add_argument("--limit", type=int, default=5)
    match.add_argument("--json", action="store_true", help="print JSON")
    match.set_defaults(run=_offenses_match)
    from .storage.cli import add_commands  # db, users, keys: database libraries load only when they run
    add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    if hasattr(signal, "SIGPIPE"):  # `screener rules report | head` ends quietly, as a command should
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except RulesError as error:
        for file, field, reason in error.problems:
            print(f"screener: rules: {file}: {field}: {reason}", file=sys.stderr)
        return EXIT_BAD_RULES
