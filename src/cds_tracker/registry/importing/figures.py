"""Indicators an imported target's text states: "100%", "tối thiểu 60%", "trên 8,5%", "≥ 90%".

An appendix table has no indicators column, yet most targets state their threshold in words. For
a target the base registry gives no indicator (a new or reworded target), each percentage in its
content is proposed as an indicator, read from the text only: `text` is the figure as written
(with its qualifier, so `cds validate` finds it in the content), `comparator` and `value` are what
the words say, `measures` is the clause of the content holding the figure, verbatim. Nothing is
invented: the key is a placeholder (`chi_so_1` …) and the scope follows the lead units (one unit:
its own `city` figure; several or a collective: `each`). The importer marks every proposal with a
`needs_review` line, so `cds validate` asks a person to confirm or correct it.

A figure that is not a percentage ("đạt 50 doanh nghiệp") is not proposed: what it counts, and in
which unit, is a person's reading. Such targets are only named, so a person can add one by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cds_tracker.core.text import fold

_NUMBER = r"\d+(?:[.,]\d+)?"
# The qualifier as offices write it, longest first; folded (no diacritics, lower case).
_COMPARATORS: dict[str, str] = {
    "dat toi thieu": ">=",
    "khong thap hon": ">=",
    "khong duoi": ">=",
    "dat tren": ">",
    "toi thieu": ">=",
    "it nhat": ">=",
    "khong qua": "<=",
    "toi da": "<=",
    "tren": ">",
    "duoi": "<",
    "dat": ">=",
    ">=": ">=",
    "≥": ">=",
    "<=": "<=",
    "≤": "<=",
    ">": ">",
    "<": "<",
    "": ">=",  # a bare "100%" is to reach it
}
_WORDS = r"đạt\s+tối\s+thiểu|không\s+thấp\s+hơn|không\s+dưới|đạt\s+trên|tối\s+thiểu|ít\s+nhất"
_WORDS += r"|không\s+quá|tối\s+đa|trên|dưới|đạt"
_PERCENT = re.compile(
    rf"(?:(?<!\w)(?P<words>{_WORDS})\s+|(?P<sign>[≥≤]|[<>]=?)\s*)?(?<![\w.,])(?P<n>{_NUMBER})\s*%",
    re.IGNORECASE,
)
# A count with a qualifier: "đạt 50 doanh nghiệp", "tối thiểu 1.000 hồ sơ", "≥ 20 đơn vị".
_COUNT = re.compile(
    rf"(?:(?<!\w)(?:{_WORDS})\s+|[≥≤]\s*|[<>]=?\s*)(?<![\w.,])\d[\d.,]*(?!\s*%)(?![\d.,]*\d)\s+\w",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    text: str  # as written, e.g. "tối thiểu 60%"
    comparator: str
    value: float
    at: int = 0  # where `text` starts in the content


# A cell may state any number of percentages ("Đạt 1% và 1% và …" three thousand times took
# minutes and wrote the whole cell into each of 3,000 indicators). A target has a few; past
# these, the rest are left to a person, and `measures` is the words around the figure.
MAX_PROPOSED = 10
MAX_MEASURES = 200  # characters


def percentages(content: str) -> list[Figure]:
    """Each percentage the text states, in order, with what its qualifier means."""
    found: list[Figure] = []
    for match in _PERCENT.finditer(content):
        qualifier = match["words"] or match["sign"] or ""
        comparator = _COMPARATORS[re.sub(r"\s+", " ", fold(qualifier)).strip()]
        value = float(match["n"].replace(",", "."))
        text = match.group()
        at = match.start() + len(text) - len(text.lstrip())
        found.append(Figure(text.strip(), comparator, value, at))
    return found


def has_count(content: str) -> bool:
    """Whether the text states a threshold that is not a percentage ("đạt 50 doanh nghiệp")."""
    return _COUNT.search(content) is not None


def _clause(content: str, figure: Figure) -> str:
    """The part of the content (between ";" or line breaks) that holds the figure, verbatim; of
    a long part, the words around the figure, cut at spaces and marked "…"."""
    start = max(content.rfind(";", 0, figure.at), content.rfind("\n", 0, figure.at)) + 1
    ends = [i for i in (content.find(";", figure.at), content.find("\n", figure.at)) if i >= 0]
    part = content[start : min(ends, default=len(content))]
    clause = part.strip().rstrip(".").strip()
    if len(clause) <= MAX_MEASURES:
        return clause
    at = figure.at - start - (len(part) - len(part.lstrip()))  # the figure's place in `clause`
    half = (MAX_MEASURES - len(figure.text)) // 2  # as many characters each side, where there are
    left = max(0, min(at - half, len(clause) - MAX_MEASURES))
    right = min(len(clause), left + MAX_MEASURES)
    if left:  # at a space where there is one
        space = clause.find(" ", left, at)
        left = space + 1 if space >= 0 else at
    if right < len(clause):
        space = clause.rfind(" ", at + len(figure.text), right)
        right = space if space >= 0 else right
    said = clause[left:right].strip()
    return ("…" if left else "") + said + ("…" if right < len(clause) else "")


def proposed(
    target: dict[str, Any], collectives: frozenset[str]
) -> tuple[list[dict[str, Any]], int]:
    """The indicators the target's content states, as registry data (empty when none), at most
    MAX_PROPOSED; and how many more it states."""
    figures = percentages(target["content"])
    lead = target["lead"]["units"]
    each = len(lead) != 1 or lead[0] in collectives
    indicators: list[dict[str, Any]] = []
    for number, figure in enumerate(figures[:MAX_PROPOSED], 1):
        indicator: dict[str, Any] = {
            "key": f"chi_so_{number}",
            "measures": _clause(target["content"], figure),
            "text": figure.text,
            "comparator": figure.comparator,
            "value": int(figure.value) if figure.value.is_integer() else figure.value,
            "unit": "%",
        }
        if each:
            indicator["scope"] = "each"
        indicators.append(indicator)
    return indicators, len(figures) - len(indicators)
