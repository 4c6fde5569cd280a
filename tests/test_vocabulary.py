"""One status vocabulary: codes, order, words, styles and CLI choices all come from one enum."""

from __future__ import annotations

from typing import Any

import typer

from cds_tracker.cli import app
from cds_tracker.core.statuses import ENTRY_STATUSES, STATUSES, StatusCode
from cds_tracker.output.styles import STYLES, legend, progress_bar
from cds_tracker.output.words import label


def choices(*path: str, option: str) -> list[str]:
    """The codes an option's STATUS accepts: it takes words in either language (issue 12), each
    mapped onto a code by `status_code` from the one vocabulary; a code maps onto itself."""
    from cds_tracker.cli import language

    command: Any = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]
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
    for code in StatusCode:
        assert label(code.value, "vi") and label(code.value, "en")
        assert label(code.value, "vi") != label(code.value, "en")
        style = STYLES[code.value]
        assert len(style.fill) == 6 and len(style.glyph) == 1
    assert legend("en") == (
        "█ Done  ▓ Done late  ▒ In progress  · Not started  ! Late  ~ Ongoing"
        "  ? Not reported this period  » Carried over  × Annulled"
    )


def test_progress_bar_in_display_order() -> None:
    counts = {"late": 2, "done": 1, "ongoing": 1}  # any order in, display order out
    assert progress_bar(counts, width=8) == "██!!!!~~"
