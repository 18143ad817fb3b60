"""Command line: `screener screen`, `screener rules check|report`, `screener offenses match`."""
from __future__ import annotations

import argparse
import sys

from .rulebook import RulesError, load_rulebook


def _rules_check(args) -> int:
    try:
        rulebook = load_rulebook(args.rules) if args.rules else load_rulebook()
    except RulesError as error:
        for file, field, reason in error.problems:
            print(f"{file}: {field}: {reason}", file=sys.stderr)
        return 1
    laws = sum(len(j.laws) for j in rulebook.jurisdictions.values())
    print(f"ok: {len(rulebook.jurisdictions)} jurisdictions, {laws} laws, rules {rulebook.version}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="screener", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    rules = commands.add_parser("rules", help="check or report on the rules files")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True)
    check = rules_commands.add_parser("check", help="validate every rules file")
    check.add_argument("--rules", help="rules folder (default: the project's rules/)")
    check.set_defaults(run=_rules_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)
