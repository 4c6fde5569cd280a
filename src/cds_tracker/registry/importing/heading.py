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

# "Kế hoạch số 85/…", also a revision's "Kế hoạch điều chỉnh số 85/…" and "Kế hoạch sửa đổi, bổ
# sung số 85/…": the same line, the same fields (one parser for `cds diff` and `import --revise`).
_REFERENCE = re.compile(
    r"Kế hoạch(?:\s+(?:điều chỉnh|sửa đổi,?\s*bổ sung|sửa đổi|bổ sung))?\s+số\s*"
    r"(?P<number>[^/\s]*)\s*/\s*(?P<symbol>\S+)\s+ngày\s+(?P<date>\S+)\s+của\s+(?P<issuer>.+)$"
)
# What follows the issuer in a revision's line: "…của Ban Chỉ đạo …, điều chỉnh Kế hoạch số
# 95/KH-BCĐ ngày 15/3/2023" (or "về việc sửa đổi, bổ sung …", "về điều chỉnh chỉ tiêu …"): the
# plan revised, not the issuer. "về việc …" is always a subject, never part of a body's name;
# a bare "về" only before a revising verb ("Ban Chỉ đạo về chuyển đổi số" is a name).
_REVISING = re.compile(
    r"\s*[,;]?\s*(?:(?:về việc|v/v)\s+|về\s+(?=(?:điều chỉnh|sửa đổi|bổ sung|thay thế)(?!\w)))"
    r"|\s*[,;]?\s*(?:điều chỉnh|sửa đổi|bổ sung|thay thế)(?!\w)",
    re.IGNORECASE,
)
_BLANKS = re.compile(r"(\b(?:số|ngày) )[.…]+(?=/)")
_DOTS = re.compile(r"^[.…]*$")  # "…………": a blank printed to be filled by hand, i.e. not stated
_YEAR = re.compile(r"(?<![0-9])([0-9]{4})\s*$")  # 4 ASCII digits: a year, not "999999…"'s tail


def _reference(line: str) -> re.Match[str] | None:
    return _REFERENCE.search(re.sub(r"^Kèm theo\s+", "", line.strip("() ")))


def revising_name(plan: dict[str, Any]) -> str:
    """The revising plan as `import --revise` records it and `cds diff` of a revision names it:
    "Kế hoạch số 85/KH-BCĐ ngày 15/05/2024" ("" without its symbol)."""
    if not plan.get("symbol"):
        return ""
    return f"Kế hoạch số {plan.get('number', '')}/{plan['symbol']} ngày {plan.get('date', '')}"


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
        # A number or day left blank is printed "…………" (output/reminders.py) and written
        # empty, as the source is: "số …………/KH-BCĐ ngày …………/5/2023" is "số /KH-BCĐ ngày /5/2023"
        reference = _BLANKS.sub(r"\1", reference)
        number, symbol, date = (_stated(plan[key]) for key in ("number", "symbol", "date"))
        date = re.sub(r"^[.…]+(?=/)", "", date)
        found["plan"] = {"reference": reference, "number": number, "symbol": symbol, "date": date}
        found["issuer"] = _stated(split_issuer(plan["issuer"])[0])
        year = _YEAR.search(date)
        if year:
            found["year"] = int(year[1])
    return found or None


def split_issuer(text: str) -> tuple[str, str]:
    """The issuer and what the line says after it of the plan it revises: ("Ban Chỉ đạo chuyển
    đổi số thành phố", "Kế hoạch số 95/KH-BCĐ ngày 15/3/2023"); ("…", "") for a plan's own line.
    The revised plan is named from "Kế hoạch" on when the clause names one by its number, else
    "" ("về điều chỉnh chỉ tiêu năm 2024" names no plan: the issuer still stops before it)."""
    text = text.strip()
    clause = _REVISING.search(text)
    if clause is None or clause.start() == 0:
        return text, ""
    rest = text[clause.end() :].strip(" ,;)")
    named = re.search(r"(?:Kế hoạch|Quyết định|Văn bản)\s+số", rest)
    return text[: clause.start()].strip(" ,;"), rest[named.start() :] if named else ""


def revised_plan(reference: str) -> str:
    """The plan a "Kèm theo" line says its plan revises ("Kế hoạch số 95/KH-BCĐ ngày
    15/3/2023"), or "": what `cds diff` shows as a field of its own, apart from the issuer."""
    plan = _reference(reference)
    return split_issuer(plan["issuer"])[1] if plan is not None else ""


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
