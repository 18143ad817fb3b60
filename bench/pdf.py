"""Benchmark of the filing checklist PDF (issue 8): build a 10-record checklist, screening included.

Target: well under 100 ms. bench/run.py prints these rows in its table (`make bench`).
"""
from __future__ import annotations

import io
import statistics
import time

from screener.checklist import build_checklist_pdf
from screener.contract import parse_screening
from screener.rulebook import Rulebook

TARGET_MS = 100
PLACES = ["NY", "OH", "CA", "VA", "US", "CO", "NJ", "IA", "TX", "WA"]
KINDS = [("prostitution", "misdemeanor", "conviction"), ("theft", "misdemeanor", "conviction"),
         ("drug_possession", "felony", "conviction"), ("loitering_for_prostitution", "petty", "arrest"),
         ("fraud", "felony", "conviction")]


def ten_record_screening(rulebook: Rulebook) -> dict:
    """Ten records across ten places (eligible, maybe, no law), as a clinic might screen one person."""
    return {
        "as_of": "2026-11-21",
        "person": {"trafficking_type": "both", "trafficking_ended_on": "2021-03-01", "date_of_birth": "1996-04-02",
                   "citizenship": "noncitizen"},
        "records": [{
            "jurisdiction": code, "offense_category": KINDS[i % 5][0], "level": KINDS[i % 5][1],
            "record_type": KINDS[i % 5][2], "offense_date": f"{2014 + i % 6}-05-01",
            "disposition_date": f"{2014 + i % 6}-09-01", "related_to_trafficking": ("yes", "unsure")[i % 2],
            "offense_description": "PL 230.00 prostitution" if i == 0 else None,
        } for i, code in enumerate(PLACES)],
    }


def _row(label: str, data: dict, rulebook: Rulebook, repeat: int) -> tuple[str, str, str]:
    from pypdf import PdfReader
    screening = parse_screening(data)
    pdf = build_checklist_pdf(screening, rulebook)  # warm: templates, fonts, offense index
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        build_checklist_pdf(screening, rulebook)
        samples.append(time.perf_counter() - start)
    median_ms = statistics.median(samples) * 1000
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    return (f"checklist PDF, {label} (median of {repeat})", f"{median_ms:.1f} ms",
            f"{pages} pages, {len(pdf) // 1024} KiB; target < {TARGET_MS} ms: "
            + ("met" if median_ms < TARGET_MS else "MISSED"))


def rows(rulebook: Rulebook, repeat: int = 30) -> list[tuple[str, str, str]]:
    """The worst case (every record in another place: one checklist each) and a common one."""
    spread = ten_record_screening(rulebook)
    common = {**spread, "records": [{**record, "jurisdiction": PLACES[i % 3]}
                                    for i, record in enumerate(spread["records"])]}
    return [_row("10 records in 10 places", spread, rulebook, repeat),
            _row("10 records in 3 places", common, rulebook, repeat)]
