"""Benchmarks of the screening core: rulebook load, and engine speed per record; and the checklist PDF.

Run with `make bench`. Targets: evaluation well under 1 ms per record (issue 2); a 10-record
checklist PDF well under 100 ms (issue 8, bench/pdf.py).
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import pdf as pdf_bench  # noqa: E402
from screener.contract import parse_screening  # noqa: E402
from screener.engine import evaluate  # noqa: E402
from screener.rulebook import load_rulebook  # noqa: E402
from screener.vocab import OFFENSE_CATEGORIES  # noqa: E402


def timed(function, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return samples


def twenty_record_screening(codes: list[str]) -> dict:
    categories = list(OFFENSE_CATEGORIES)
    return {
        "as_of": "2026-11-21",
        "person": {"trafficking_type": "both", "trafficking_ended_on": "2020-01-01",
                   "date_of_birth": "1995-03-01", "citizenship": "noncitizen"},
        "records": [{
            "jurisdiction": codes[i % len(codes)], "offense_category": categories[i % len(categories)],
            "offense_description": "PL 230.00 prostitution" if i % 3 == 0 else None,
            "level": ("misdemeanor", "felony", "petty")[i % 3],
            "record_type": ("conviction", "arrest", "juvenile_adjudication")[i % 3],
            "offense_date": f"{2010 + i % 10}-05-01", "disposition_date": f"{2010 + i % 10}-08-01",
            "related_to_trafficking": ("yes", "unsure", "no")[i % 3],
        } for i in range(20)],
    }


def main() -> None:
    load_samples = timed(load_rulebook, 5)
    rulebook = load_rulebook()
    codes = sorted(rulebook.jurisdictions) or ["NY"]
    screening = parse_screening(twenty_record_screening(codes))
    evaluate(screening, rulebook)  # warm the offense-matching index
    eval_samples = timed(lambda: evaluate(screening, rulebook), 200)
    per_record_ms = statistics.median(eval_samples) * 1000 / 20
    rows = [
        ("rulebook load (median of 5)", f"{statistics.median(load_samples) * 1000:.1f} ms",
         f"{len(rulebook.jurisdictions)} jurisdictions"),
        ("evaluate 20-record screening (median of 200)", f"{statistics.median(eval_samples) * 1000:.2f} ms", ""),
        ("per record", f"{per_record_ms:.3f} ms", "target < 1 ms: " + ("met" if per_record_ms < 1 else "MISSED")),
        ("records per second", f"{20 / statistics.median(eval_samples):,.0f}", ""),
        *pdf_bench.rows(rulebook),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>12}  {note}")


if __name__ == "__main__":
    main()
