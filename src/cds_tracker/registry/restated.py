"""Whether a target of a new plan restates an ongoing target of an earlier plan: the one rule
carry-over leaves such a target in the old plan by (questions/carry_left.py) and `cds diff` of
the two plans pairs them by (registry/diff_plans.py), clerk15 F1.

An ongoing ("Thường xuyên") target is restated when an ongoing target of the new plan (not
cancelled) has the same content, compared by `wording` (as `text.fold`
does: case, tones, spaces aside; punctuation aside too — a final period, commas, quotes, a
dash's kind: attack 17 a17_08, "Rà soát dữ liệu dân cư" retyped without its period was copied
as a second ongoing target and the unit urged twice; a mark counts as a space, so "1.5" and
"15" stay different words; the spaces around a symbol kept, "%" "/" "&" "+", do not count:
attack 19 a19_04, "100 % các yêu cầu" was carried again beside "100% các yêu cầu"), and the same
lead units (after the heirs of merged units, as carry-over's copy would name them). The text
alone does not decide: two plans may write one sentence for different units (each ward's own
"Rà soát dữ liệu dân cư."). The group does not count: a new plan may file the same target under
another group. A dated target is never a restatement: a yearly one written again ("Tổ chức Ngày
Chuyển đổi số …", due 10/2023 and 10/2024) is two works, and 2023's, unfinished, is still owed
under its own row; an ongoing target is one work, reported period by period, whichever plan
asks for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from cds_tracker.core.dates import ONGOING
from cds_tracker.core.text import fold

Key = tuple[str, frozenset[str]]  # (folded content, lead units) of an ongoing target


def restatement(target: Mapping[str, Any]) -> Key | None:
    """What two ongoing targets share when one restates the other; None for a dated target
    or a cancelled one (neither restates nor is restated)."""
    if not _ongoing(target) or target.get("cancelled"):
        return None
    return wording(str(target.get("content") or "")), _leads(target)


def wording(text: str) -> str:
    """The words of a content, as `fold` has them, without its punctuation: each mark that
    does not change the words (`_is_mark`: periods, commas, quotes, brackets, dashes of every
    kind) read as a space, so "dân cư." ≡ "dân cư" and "“Chợ 4.0”" ≡ "Chợ 4.0", but
    "4.0" ("4 0") never ≡ "40"; the spaces beside a symbol it keeps dropped, so "100 %" ≡
    "100%" and "A / B" ≡ "A/B" (a19_04), but "100%" never ≡ "100" nor "9/2024" ≡ "9 2024"."""
    spaced = "".join(" " if _is_mark(ch) else ch for ch in fold(text))
    return _BESIDE_SYMBOL.sub(r"\1", _SPACES.sub(" ", spaced).strip())


def _is_mark(ch: str) -> bool:
    """Punctuation that does not change the words: dashes, quotes, brackets (Unicode Pd, Pi,
    Pf, Ps, Pe) and the marks of a sentence; not "%", "/", "&", "#", "*" ("100%" is not
    "100", "9/2024" not "9 2024")."""
    return unicodedata.category(ch) in _MARK_KINDS or ch in _SENTENCE_MARKS


_SPACES = re.compile(r"\s+")
# a kept symbol (neither a word's letter or digit nor a space: marks are spaces by then) with
# the one space on either side of it
_BESIDE_SYMBOL = re.compile(r" ?([^\w\s]) ?")
_MARK_KINDS = frozenset({"Pd", "Pi", "Pf", "Ps", "Pe"})
_SENTENCE_MARKS = frozenset(".,;:!?…\"'·")


def restating(rows: Iterable[Mapping[str, Any]]) -> dict[Key, tuple[str, ...]]:
    """A new plan's targets (`rows`, as registry data) by `restatement`: the ids restating an
    old target of that key, looked up once per old target (1,000 against 1,000: 2,000 folds)."""
    found: dict[Key, list[str]] = {}
    for row in rows:
        at = restatement(row)
        if at is not None:
            found.setdefault(at, []).append(str(row.get("id")))
    return {at: tuple(ids) for at, ids in found.items()}


def same_words(target: Mapping[str, Any]) -> Key | None:
    """What a dated target shares with one of another plan written word for word for the same
    lead (`restatement`'s comparison, `wording`: one rule of "the same words" for both kinds,
    attack 19 a19_01); None for an ongoing or a cancelled one. Never a reason
    to leave a target out (the module's doc: a yearly event written again is two works), only
    to warn before carry-over adds a second row the new plan may already follow (clerk 18, C1):
    the user decides, by `--skip`."""
    if _ongoing(target) or target.get("cancelled"):
        return None
    return wording(str(target.get("content") or "")), _leads(target)


def retelling(rows: Iterable[Mapping[str, Any]]) -> dict[Key, tuple[str, ...]]:
    """A new plan's own dated targets (not carried in) by `same_words`."""
    found: dict[Key, list[str]] = {}
    for row in rows:
        at = None if row.get("carried_from") else same_words(row)
        if at is not None:
            found.setdefault(at, []).append(str(row.get("id")))
    return {at: tuple(ids) for at, ids in found.items()}


def targets_of(data: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    """A registry's targets, as data."""
    for group in data.get("groups") or ():
        yield from group.get("targets") or ()


def _ongoing(target: Mapping[str, Any]) -> bool:
    deadline = target.get("deadline")
    return isinstance(deadline, Mapping) and deadline.get("due") == ONGOING


def _leads(target: Mapping[str, Any]) -> frozenset[str]:
    lead = target.get("lead")
    units = lead.get("units") if isinstance(lead, Mapping) else None
    return frozenset(str(u) for u in units or ())
