"""One status vocabulary: codes, order, words, styles and CLI choices all come from one enum."""

from __future__ import annotations

from typing import Any

import typer

from cds_tracker.cli import app
from cds_tracker.core.statuses import ENTRY_STATUSES, STATUSES
from cds_tracker.output.styles import STYLES, legend, progress_bar
from cds_tracker.output.words import label


def choices(*path: str, option: str) -> list[str]:
    """The codes an option's STATUS accepts: it takes words in either language (issue 12), each
    mapped onto a code by `status_code` from the one vocabulary; a code maps onto itself."""
    from cds_tracker.cli import language

    command: Any = typer.main.get_command(app)
    for name in path:
        command = command.get_command(None, name)  # declared when asked for (cli/app.py)
    param = next(p for p in command.params if option in getattr(p, "opts", ()))
    assert param.metavar == "STATUS"
    codes = language.ENTRY_STATUSES if path[0] == "progress" else language.STATUSES
    return [language.status_code(code, codes) for code in codes]


def test_one_order_everywhere() -> None:
    assert STATUSES == (
        "done",
        "done_late",
        "in_progress",
        "not_started",
        "late",
        "ongoing",
        "unreported",
        "carried_over",
        "cancelled",
    )
    assert list(STYLES) == list(STATUSES)
    assert choices("list", option="--status") == list(STATUSES)
    assert choices("progress", "add", option="--status") == list(ENTRY_STATUSES)
    assert set(ENTRY_STATUSES) <= set(STATUSES)


def test_every_status_has_words_and_a_style() -> None:
    for code in STATUSES:
        assert label(code, "vi") and label(code, "en")
        assert label(code, "vi") != label(code, "en")
        style = STYLES[code]
        assert len(style.fill) == 6 and len(style.glyph) == 1
    assert legend("en") == (
        "█ Done  ▓ Done late  ▒ In progress  · Not started  ! Late  ~ Ongoing"
        "  ? Not reported this period  » Carried over  × Annulled"
    )


def test_progress_bar_in_display_order() -> None:
    counts = {"late": 2, "done": 1, "ongoing": 1}  # any order in, display order out
    assert progress_bar(counts, width=8) == "██!!!!~~"


def test_progress_bar_fills_its_width_without_a_pad_that_reads_as_a_status() -> None:
    """Issue 12: rounding left the bar short and it was padded with '·', the glyph of 'Chưa
    thực hiện'. 3 late, 3 unreported, 1 done over 12: 1.71/5.14/5.14 → 2, 5, 5 (the largest
    remainder gets the spare mark), no '·' where no target is not started."""
    bar = progress_bar({"done": 1, "late": 3, "unreported": 3}, width=12)
    assert bar == "██!!!!!?????"
    assert progress_bar({"late": 1, "unreported": 1, "done": 1}, width=8) == "███!!!??"
    five = {"done": 1, "done_late": 1, "in_progress": 1, "late": 1, "unreported": 1}
    assert progress_bar(five, width=12) == "███▓▓▓▒▒!!??"  # was '██▓▓▒▒!!??··'
    assert progress_bar({}, width=5) == "     "
    assert progress_bar({"late": 19, "unreported": 5}, width=24) == "!" * 19 + "?" * 5
