"""The plan an appendix belongs to, as the lines above its table state it.

A real appendix is headed "Phụ lục 01", its title, and "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày
15/01/2024 của Ban Chỉ đạo …)": Word paragraphs before the table, or a sheet's rows above its
header. What the heading does not state is left blank and named in `missing`, never taken from
another plan: a 2024 appendix citing the 2023 plan would go out on every letter and report.
"""

from __future__ import annotations

import re
from typing import Any

from cds_tracker.core.dates import FIRST_YEAR, LAST_YEAR
from cds_tracker.core.text import fold
from cds_tracker.output.words import LANGS, label

# "Kế hoạch số 85/…", also a revision's "Kế hoạch điều chỉnh số 85/…" and "Kế hoạch sửa đổi, bổ
# sung số 85/…": the same line, the same fields (one parser for `cds diff` and `import --revise`).
# Offices print it in capitals ("KÈM THEO KẾ HOẠCH SỐ 5/KH-BCĐ NGÀY …"), in lower case, with
# "số:" and a comma before "ngày" ("5/KH-BCĐ, ngày …"): all the same line (a23-03). The comma
# is not the symbol's: "KH-BCĐ" would print "KH-BCĐ," on every letter. What is stored stays as
# printed (an issuer in capitals too).
_REFERENCE = re.compile(
    r"Kế hoạch(?:\s+(?:điều chỉnh|sửa đổi,?\s*bổ sung|sửa đổi|bổ sung))?\s+số\s*:?\s*"
    r"(?P<number>[^/\s]*)\s*/\s*(?P<symbol>\S+?)[,;]?\s+ngày\s+"
    r"(?P<date>[0-9]{1,2}\s+tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}|[^\s,;]+)[,;]?"
    r"(?:\s+của\s+(?P<issuer>.+))?$",
    re.IGNORECASE,
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
_BLANKS = re.compile(r"(\b(?:số:?|ngày) )[.…]+(?=/)", re.IGNORECASE)
# "…, đã điều chỉnh theo Kế hoạch số 130/KH-BCĐ ngày 15/06/2024" (the line `cds export` prints:
# after the plan's own citation, or a line of its own under it), also as offices write it without
# "đã" ("Kế hoạch số 15/… ngày …, sửa đổi theo Kế hoạch số 80/… ngày …"): the plan as revised
# since, not a plan it revises ("theo" says which: "X sửa đổi Y" is X revising Y, `split_issuer`).
# Each revising plan cited is kept apart from the plan's reference and issuer.
_REVISED_BY = re.compile(
    r"\s*[,;(]?\s*(?:đã\s+(?:được\s+)?)?(?:điều chỉnh|sửa đổi,?\s*bổ sung|sửa đổi|bổ sung)"
    r"(?:\s+\d+\s+lần,?\s*lần gần nhất)?\s+theo\s+(?P<plans>.*?)\)?\s*$",
    re.IGNORECASE,
)
_CITED = re.compile(
    r"Kế hoạch\s+số\s*:?\s*(?P<number>[^/\s]*)\s*/\s*(?P<symbol>[^\s,;)]+)[,;]?\s+ngày\s+"
    r"(?P<date>[0-9]{1,2}\s+tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}|[^\s,;)]+)",
    re.IGNORECASE,
)
# "20 tháng 3 năm 2024", the long form of a day a heading may print: the registry's "20/03/2024"
_LONG_DAY = re.compile(r"([0-9]{1,2})\s+tháng\s+([0-9]{1,2})\s+năm\s+([0-9]{4})", re.IGNORECASE)
_DOTS = re.compile(r"^[.…]*$")  # "…………": a blank printed to be filled by hand, i.e. not stated
_YEAR = re.compile(r"(?<![0-9])([0-9]{4})\s*$")  # 4 ASCII digits: a year, not "999999…"'s tail
# "Kèm theo", and "Attached to" as `cds export --lang en` heads the plan's citation (its one
# home, the catalogue's "xl_attached"): cds reads back its own English export (attack 22 F2).
_ATTACHED = tuple(label("xl_attached", lang, plan="").strip("() ") for lang in LANGS)
_ATTACHED_TO = re.compile("^(?:" + "|".join(map(re.escape, _ATTACHED)) + r")\s+", re.IGNORECASE)
# A "(Kèm theo …)" printed on the line of the title, as the plan's own source runs them together
# ("…các chỉ tiêu(Kèm theo Kế hoạch số …)"): the citation starts a line of its own.
_ATTACHED_IN = re.compile(
    r"\s*(?=\(\s*(?:" + "|".join(map(re.escape, _ATTACHED)) + r")\s)", re.IGNORECASE
)
# "Phụ lục 01: Phân công …", "PHỤ LỤC 01 - PHÂN CÔNG …", or a line break between them in one
# paragraph: the appendix and its title on one line (the seed prints "Phụ lục 01:" and the title
# as one run of bold text; a23-04). Only a number then ":", "-", "–", "—", "." or a line break
# parts them: "Phụ lục 01 năm 2024" stays the appendix's name.
_NAMED = re.compile(
    r"(?P<appendix>ph[uụ]\s+l[uụ]c(?:\s+s[oố])?\s*(?:[0-9]+[a-z]?|(?-i:[IVXLC]+|[A-Z]))(?!\w))"
    r"\s*(?:[:.\-–—]|\n)\s*(?P<rest>[^\s\d].*)",
    re.IGNORECASE | re.DOTALL,
)


def _reference(line: str) -> re.Match[str] | None:
    return _REFERENCE.search(_own_part(line))


def _own_part(line: str) -> str:
    """A "Kèm theo" line without the brackets, "Kèm theo" and what it says of later revisions."""
    line = _ATTACHED_TO.sub("", line.strip("() "))
    return _REVISED_BY.sub("", line).strip(" ,;")


def revised_by(lines: tuple[str, ...]) -> list[dict[str, str]]:
    """The revising plans a heading says its plan was revised by ("đã điều chỉnh theo Kế hoạch
    số 130/KH-BCĐ ngày 15/06/2024"), oldest first, each as `document.revisions` records one."""
    found: list[dict[str, str]] = []
    for line in lines:
        clause = _REVISED_BY.search(line.strip("() "))
        if clause is None:
            continue
        for cited in _CITED.finditer(clause["plans"]):
            number, symbol, date = (_stated(cited[key]) for key in ("number", "symbol", "date"))
            entry = {"reference": cited[0], "number": number, "symbol": symbol, "date": date}
            if entry not in found:
                found.append(entry)
    return found


def same_plan(one: Any, other: Any) -> bool:
    """Whether two plan citations (registry data) name the same plan: by number, symbol and
    date, however the reference around them is worded ("…, đã điều chỉnh theo …" or not)."""
    if not isinstance(one, dict) or not isinstance(other, dict) or not one.get("symbol"):
        return False
    keys = ("number", "symbol", "date")
    return all(str(one.get(k, "")).strip() == str(other.get(k, "")).strip() for k in keys)


def revising_plan(document: dict[str, Any]) -> dict[str, Any]:
    """The plan a revised table is the revision of: the latest its heading says the plan was
    revised by, else the plan its heading cites (a revising plan's own table)."""
    revisions = document.get("revisions") or ()
    return dict(revisions[-1]) if revisions else dict(document.get("plan") or {})


def revising_name(plan: dict[str, Any]) -> str:
    """The revising plan as `import --revise` records it and `cds diff` of a revision names it:
    "Kế hoạch số 85/KH-BCĐ ngày 15/05/2024" ("" without its symbol)."""
    return plan_cited(plan) if plan.get("symbol") else ""


def plan_cited(plan: dict[str, Any]) -> str:
    """A plan by its number and date, "Kế hoạch số 85/KH-BCĐ ngày 15/05/2024": the one home of
    this wording for `import --revise` (the revision it records, registry/revision.py) and
    `cds diff` (`revising_name`). Vietnamese whatever --lang says: it cites a document."""
    number, symbol, date = (str(plan.get(key, "")) for key in ("number", "symbol", "date"))
    return f"Kế hoạch số {number}/{symbol} ngày {date}"


def parse_preamble(lines: tuple[str, ...]) -> dict[str, Any] | None:
    """`appendix`, `title`, `plan` (reference, number, symbol, date), `issuer`, `year`: those the
    heading states (a key it does not state is absent); None when it states none. Only the lines
    from the last "Phụ lục …" on are the heading; without one, only a "(Kèm theo Kế hoạch số …)"
    line is read: the text above an appendix (the plan itself) cites other plans."""
    starts = [i for i, text in enumerate(lines) if fold(text).startswith("phu luc")]
    found: dict[str, Any] = {}
    if starts:
        first, *others = _cited_apart(lines[starts[-1] :])
        named = _NAMED.fullmatch(first)
        if named and not _titles(others):  # "Phụ lục 01: Phân công …", no title line under it
            first, others = named["appendix"], [*_cited_apart((named["rest"],)), *others]
        lines = (first, *others)
        found["appendix"] = first.rstrip(":. ")
        if titles := _titles(others):
            found["title"] = titles[0]
    else:
        lines = tuple(
            t
            for t in lines
            if fold(t.lstrip("( ")).startswith(tuple(map(fold, _ATTACHED)))
            or _REVISED_BY.match(t.strip("( "))
        )
    revisions = revised_by(lines)
    if revisions:
        found["revisions"] = revisions
    line = next((text for text in lines if _reference(text) is not None), None)
    if line is not None:
        plan = _reference(line)
        assert plan is not None
        # A number or day left blank is printed "…………" (output/reminders.py) and written
        # empty, as the source is: "số …………/KH-BCĐ ngày …………/5/2023" is "số /KH-BCĐ ngày /5/2023"
        reference = _BLANKS.sub(r"\1", _own_part(line))
        number, symbol, date = (_stated(plan[key]) for key in ("number", "symbol", "date"))
        date = re.sub(r"^[.…]+(?=/)", "", date)
        found["plan"] = {"reference": reference, "number": number, "symbol": symbol, "date": date}
        found["issuer"] = _stated(split_issuer(plan["issuer"] or _clause_issuer(line))[0])
        year = _YEAR.search(date)
        if year and FIRST_YEAR <= int(year[1]) <= LAST_YEAR:  # "0001": no plan's year, said
            found["year"] = int(year[1])  # as the date's flaw (importing/__init__.py)
    return found or None


def _cited_apart(lines: tuple[str, ...]) -> list[str]:
    """The lines, one holding a title and then "(Kèm theo …)" split in two there: a citation
    is the plan's, never part of a title."""
    parts: list[str] = []
    for line in lines:
        at = _ATTACHED_IN.search(line, 1)
        if at is not None and _reference(line[at.end() :]) is not None:
            parts += [line[: at.start()], line[at.end() :]]
        else:
            parts.append(line)
    return parts


def _titles(lines: list[str]) -> list[str]:
    """The heading lines under "Phụ lục 01" that are neither the plan's citation nor what it
    says of later revisions: the first is the appendix's title."""
    return [t for t in lines if _reference(t) is None and not _REVISED_BY.match(t.strip("( "))]


def _clause_issuer(line: str) -> str:
    """The issuer a line names only after its revising clause ("Kế hoạch số 15/… ngày …, sửa
    đổi theo Kế hoạch số 80/… ngày … của UBND thành phố": one body issues both), or ""."""
    clause = _REVISED_BY.search(line.strip("() "))
    said = re.search(r"\s+của\s+(.+)$", clause["plans"]) if clause else None
    return said[1].strip(" ,;") if said else ""


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
    named = re.search(r"(?:Kế hoạch|Quyết định|Văn bản)\s+số", rest, re.IGNORECASE)
    return text[: clause.start()].strip(" ,;"), rest[named.start() :] if named else ""


def revised_plan(reference: str) -> str:
    """The plan a "Kèm theo" line says its plan revises ("Kế hoạch số 95/KH-BCĐ ngày
    15/3/2023"), or "": what `cds diff` shows as a field of its own, apart from the issuer."""
    plan = _reference(reference)
    return split_issuer(plan["issuer"])[1] if plan is not None else ""


def _stated(text: str) -> str:
    if _DOTS.match(text):
        return ""
    long = _LONG_DAY.fullmatch(text)
    return f"{int(long[1]):02d}/{int(long[2]):02d}/{long[3]}" if long else text


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
    if stated.get("revisions"):  # "(đã điều chỉnh theo Kế hoạch số 130/…)": recorded as such
        document["revisions"] = [dict(r) for r in stated["revisions"]]
    missing = tuple(key for key in ("appendix", "title", "plan") if key not in stated)
    return document, (*missing, *(("year",) if year is None else ()))


_APPENDIX = re.compile(r"^phu luc\s*(?P<number>[^\s:.,;]*)")


def other_appendix(
    document: dict[str, Any] | None, table: Any, found: tuple[Any, ...] | None
) -> str:
    """The heading of another appendix ("Phụ lục 02") above `table` (a Word table's paragraphs
    before it; a sheet's rows above its header), one that is not the appendix being read
    ("Phụ lục 01", "PHỤ LỤC 1" alike); "" when there is none. A page of the appendix split
    into a table of its own, or repeating its own heading, goes on reading."""
    from cds_tracker.registry.importing.cells import tidy

    lines: tuple[str, ...] | list[str] = table.before
    if not lines and found is not None:
        lines = [tidy(text) for row in table.rows[: found[1]] for text in row]
    ours = _APPENDIX.match(fold(str((document or {}).get("appendix", ""))))
    for line in lines:
        if (heading := _APPENDIX.match(fold(line))) is None:
            continue
        if ours is None or _numbered(heading["number"]) != _numbered(ours["number"]):
            return line.split("\n")[0].rstrip(":. ")
    return ""


def _numbered(number: str) -> str:
    """An appendix's number without its leading zeros: "01" and "1" are one appendix."""
    return number.lstrip("0") or number
