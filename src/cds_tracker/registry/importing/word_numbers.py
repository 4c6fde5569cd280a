"""Word's automatic numbering, as Word shows it: the "1.", "2." … a Stt cell holds no text for.

A paragraph is numbered by its own `w:numPr` or its style's (a "List Number" style): a list
(`numId`) and a level (`ilvl`, 0 when not said). python-docx reads the paragraph's and the
styles' `numPr` and the numbering part's lists (`w:num`, their `lvlOverride`/`startOverride`);
the levels themselves (`w:abstractNum/w:lvl`: start, numFmt, lvlText, lvlRestart) it does not
model, so they are read from its elements by name. Paragraphs are counted in document order,
those outside the tables too, as Word counts them:
- lists of one `abstractNum` count together, unless a list restarts a level
  (`startOverride`): that list counts on its own, from that value;
- numbering a level restarts the deeper levels (unless their `lvlRestart` says otherwise), so
  targets numbered at level 2 under group rows at level 1 start again at 1 in each group;
- the label is the level's `lvlText` ("%1.", "%1.%2.") with each level's counter in its format.
The formats computed are those an appendix uses: decimal (and decimalZero), upper/lower Roman,
upper/lower letter. Any other (bullets, ordinal words, legal numbering) is not guessed: its
paragraphs are numbered "" (automatic, not read), said at the cell by the appendix reader.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

_LVL, _ABSTRACT = qn("w:lvl"), qn("w:abstractNum")
_VAL, _ILVL = qn("w:val"), qn("w:ilvl")
_PLACE = re.compile(r"%([1-9])")
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def _roman(value: int) -> str:
    said = ""
    for size, letters in _ROMAN:
        while value >= size:
            said, value = said + letters, value - size
    return said


def _letters(value: int) -> str:
    """Word's letter numbering: A … Z, then AA … ZZ, AAA … (the letter repeated)."""
    return chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else ""


def shown(value: int, kind: str) -> str | None:
    """A counter in a level's numFmt, None for a format not computed here."""
    formats = {
        "decimal": lambda: str(value),
        "decimalZero": lambda: f"{value:02d}",
        "upperRoman": lambda: _roman(value),
        "lowerRoman": lambda: _roman(value).lower(),
        "upperLetter": lambda: _letters(value),
        "lowerLetter": lambda: _letters(value).lower(),
    }
    said = formats.get(kind)
    return said() if said is not None and value >= 0 else None


class _Level:
    """One level of a list, as its `w:lvl` says it."""

    def __init__(self, lvl: Any) -> None:
        def val(tag: str) -> str | None:
            found = lvl.find(qn(tag)) if lvl is not None else None
            return None if found is None else found.get(_VAL)

        start, restart = val("w:start"), val("w:lvlRestart")
        self.start = int(start) if start and start.isdigit() else 0
        self.kind = val("w:numFmt") or "decimal"
        self.text = val("w:lvlText")
        self.restart = int(restart) if restart and restart.isdigit() else None
        self.legal = lvl is not None and lvl.find(qn("w:isLgl")) is not None


def _levels(lvls: list[Any]) -> dict[int, _Level]:
    found: dict[int, _Level] = {}
    for lvl in lvls:
        level = lvl.get(_ILVL, "")
        if level.isdigit():
            found[int(level)] = _Level(lvl)
    return found


class _Lists:
    """The numbering part's lists: a list's levels, what it counts with, where it restarts."""

    def __init__(self, numbering: Any) -> None:
        abstract = {
            a.get(qn("w:abstractNumId")): _levels(a.findall(_LVL))
            for a in numbering.findall(_ABSTRACT)
        }
        self.levels: dict[int, dict[int, _Level]] = {}
        self.key: dict[int, str] = {}  # numId → the counters it shares ("a7", or its own "n5")
        self.starts: dict[int, dict[int, int]] = {}  # numId → level → its restart value
        for num in numbering.num_lst:
            levels = dict(abstract.get(str(num.abstractNumId.val), {}))
            starts: dict[int, int] = {}
            for override in num.lvlOverride_lst:
                own = override.find(_LVL)
                if own is not None:  # a level redefined for this list
                    levels[override.ilvl] = _Level(own)
                if override.startOverride is not None:
                    starts[override.ilvl] = override.startOverride.val
            self.levels[num.numId] = levels
            self.starts[num.numId] = starts
            restarted = starts or any(o.find(_LVL) is not None for o in num.lvlOverride_lst)
            self.key[num.numId] = f"n{num.numId}" if restarted else f"a{num.abstractNumId.val}"


class _Counting:
    """Counts numbered paragraphs in document order; `label` gives each its shown number."""

    def __init__(self, lists: _Lists) -> None:
        self.lists = lists
        self.counters: dict[str, dict[int, int]] = {}
        self.restarted: set[tuple[int, int]] = set()

    def label(self, num_id: int, level: int) -> str:
        levels = self.lists.levels.get(num_id)
        if levels is None or level not in levels:
            return ""  # a list or level the part does not define: Word numbers nothing sure
        counters = self.counters.setdefault(self.lists.key[num_id], {})
        start = self.lists.starts[num_id].get(level)
        if start is not None and (num_id, level) not in self.restarted:
            self.restarted.add((num_id, level))
            counters[level] = start - 1
        counters[level] = counters[level] + 1 if level in counters else levels[level].start
        for deeper in [d for d in counters if d > level]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart != 0 and level < restart):
                del counters[deeper]
        return self._text(levels, counters, level)

    @staticmethod
    def _text(levels: dict[int, _Level], counters: dict[int, int], level: int) -> str:
        own = levels[level]
        if own.text is None or own.legal:
            return ""
        parts: list[str] = []
        for index in (int(n) - 1 for n in _PLACE.findall(own.text)):
            at = levels.get(index)
            said = None if at is None else shown(counters.get(index, at.start), at.kind)
            if said is None:
                return ""
            parts.append(said)
        values = iter(parts)
        return _PLACE.sub(lambda _: next(values), own.text)


def labels(document: Any) -> dict[Any, str]:
    """Each automatically numbered paragraph of the body (in tables too) → the number Word
    shows before it ("1.", "II."), or "" where the format is not one computed here. Empty, and
    the numbering part never read, when no paragraph is numbered."""
    from docx.enum.style import WD_STYLE_TYPE

    styles = document.styles
    by_style: dict[str | None, tuple[int | None, int | None]] = {}

    def of_style(style_id: str | None) -> tuple[int | None, int | None]:
        if style_id not in by_style:
            style, met, found = styles.get_by_id(style_id, WD_STYLE_TYPE.PARAGRAPH), set(), None
            while style is not None and style.style_id not in met and found is None:
                met.add(style.style_id)
                ppr = style.element.pPr
                found = _num_pr(ppr.numPr if ppr is not None else None)
                style = style.base_style
            by_style[style_id] = found or (None, None)
        return by_style[style_id]

    numbered: list[tuple[Any, int, int]] = []
    for p in document.element.body.iter(qn("w:p")):
        ppr = p.pPr
        own = _num_pr(ppr.numPr if ppr is not None else None) or (None, None)
        styled = of_style(p.style)
        num_id = own[0] if own[0] is not None else styled[0]
        level = own[1] if own[1] is not None else styled[1]
        if num_id:  # numId 0: numbering taken off
            numbered.append((p, num_id, level or 0))
    if not numbered:
        return {}
    counting = _Counting(_Lists(document.part.numbering_part.element))
    return {p: counting.label(num_id, level) for p, num_id, level in numbered}


def _num_pr(num_pr: Any) -> tuple[int | None, int | None] | None:
    if num_pr is None:
        return None
    num_id = num_pr.numId.val if num_pr.numId is not None else None
    level = num_pr.ilvl.val if num_pr.ilvl is not None else None
    return num_id, level
