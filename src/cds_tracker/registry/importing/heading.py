"""The plan an appendix belongs to, as the lines above its table state it.

A real appendix is headed "Phụ lục 01", its title, and "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày
15/01/2024 của Ban Chỉ đạo …)": Word paragraphs before the table, or a sheet's rows above its
header. What the heading does not state is left blank and named in `missing`, never taken from
another plan: a 2024 appendix citing the 2023 plan would go out on every letter and report.
"""

from __future__ import annotations

import re
from typing import Any

from cds_tracker.core.text import fold

_REFERENCE = re.compile(
    r"Kế hoạch số\s*(?P<number>[^/\s]*)\s*/\s*(?P<symbol>\S+)\s+ngày\s+(?P<date>\S+)\s+của\s+"
    r"(?P<issuer>.+)$"
)
_DOTS = re.compile(r"^[.…]*$")  # "…………": a blank printed to be filled by hand, i.e. not stated
_YEAR = re.compile(r"(?<![0-9])([0-9]{4})\s*$")  # 4 ASCII digits: a year, not "999999…"'s tail


def _reference(line: str) -> re.Match[str] | None:
    return _REFERENCE.search(re.sub(r"^Kèm theo\s+", "", line.strip("() ")))


def parse_preamble(lines: tuple[str, ...]) -> dict[str, Any] | None:
    """`appendix`, `title`, `plan` (reference, number, symbol, date), `issuer`, `year`: those the
    heading states (a key it does not state is absent); None when it states none. Only the lines
    from the last "Phụ lục …" on are the heading; without one, only a "(Kèm theo Kế hoạch số …)"
    line is read: the text above an appendix (the plan itself) cites other plans."""
    starts = [i for i, text in enumerate(lines) if fold(text).startswith("phu luc")]
    found: dict[str, Any] = {}
    if starts:
        lines = lines[starts[-1] :]
        found["appendix"] = lines[0].rstrip(":. ")
        rest = [text for text in lines[1:] if _reference(text) is None]
        if rest:
            found["title"] = rest[0]
    else:
        lines = tuple(t for t in lines if fold(t.lstrip("( ")).startswith("kem theo"))
    line = next((text for text in lines if _reference(text) is not None), None)
    if line is not None:
        plan = _reference(line)
        assert plan is not None
        reference = re.sub(r"^Kèm theo\s+", "", line.strip("() "))
        number, symbol, date = (_stated(plan[key]) for key in ("number", "symbol", "date"))
        found["plan"] = {"reference": reference, "number": number, "symbol": symbol, "date": date}
        found["issuer"] = _stated(plan["issuer"].strip())
        year = _YEAR.search(date)
        if year:
            found["year"] = int(year[1])
    return found or None


def _stated(text: str) -> str:
    return "" if _DOTS.match(text) else text


def plan_document(
    found: dict[str, Any] | None, office: dict[str, Any] | None, years: tuple[int | None, ...]
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The registry's `document` from what the heading states, and what it did not state:
    `appendix`, `title`, `plan` (its number and date; issuer with it), `year` (none of `years`,
    the plan folder's then the deadlines', given either). The office that signs letters is the
    office's own, not the plan's: kept from the registry in use."""
    stated = found or {}
    plan = stated.get("plan") or {"reference": "", "number": "", "symbol": "", "date": ""}
    year = stated.get("year") or next((y for y in years if y is not None), None)
    document: dict[str, Any] = {
        "appendix": stated.get("appendix", ""),
        "title": stated.get("title", ""),
        "plan": plan,
        "issuer": stated.get("issuer", ""),
        "year": year or 0,  # 0: not stated, to be written (the caller marks it)
    }
    if office:
        document["office"] = office
    missing = tuple(key for key in ("appendix", "title", "plan") if key not in stated)
    return document, (*missing, *(("year",) if year is None else ()))
