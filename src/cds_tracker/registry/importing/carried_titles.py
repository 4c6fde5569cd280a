"""The part of an appendix `cds export` writes after the plan's own table for the targets carried
from an earlier plan: its title, the year it names, and its rows' numbers (split from
table_rows.py, which reads the rows; appendix.py finds the title above a table or in its rows)."""

from __future__ import annotations

import re

from cds_tracker.core.text import fold

# The title of the part `cds export` writes after the plan's table for the targets carried from
# an earlier plan ("Chỉ tiêu chuyển tiếp từ năm 2023", output/words_carried.py), in either
# language, folded: the plan's own table ends there (those targets come by `cds carry-over`).
CARRIED_TITLES = ("chi tieu chuyen tiep tu", "targets carried over from")


def carried_title(text: str) -> bool:
    return fold(text).startswith(CARRIED_TITLES)


# A carried target's number in that part: its number in the plan it comes from, with the year
# as `cds export` prints it ("I.1", "I.1 (2023)", "I.1\n(năm 2023)").
CARRIED_NUMBER = re.compile(
    r"^(?P<number>[IVXLC]+\.\d{1,3})\s*(?:\(\s*(?:năm\s*)?(?P<year>\d{4})\s*\))?$", re.I
)
_TITLE_YEAR = re.compile(r"(?<![0-9])([0-9]{4})(?![0-9])")


def title_year(texts: tuple[str, ...] | list[str]) -> str:
    """The origin plan's year a carried part's title (and the note under it) states: the last
    year it names ("… ngày …/5/2023 … (năm 2023)"), else ""."""
    years = [y for text in texts for y in _TITLE_YEAR.findall(text)]
    return years[-1] if years else ""
