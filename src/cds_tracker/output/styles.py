"""How each status looks: terminal style, spreadsheet fill, progress-bar glyph and its words.

The one style table; its order is `StatusCode`'s, the display order everywhere.
"""

from __future__ import annotations

from cds_tracker.core.statuses import StatusCode, shares
from cds_tracker.core.tuples import Record
from cds_tracker.output.words import Lang, label


class StatusStyle(Record):  # a warm answer on a terminal makes it: a dataclass cost ~1 ms
    code: str  # a `StatusCode`
    ansi: str  # the row's style on a terminal (output/screen.py `paint`)
    fill: str  # RGB fill in Excel and HTML
    glyph: str  # the progress bar's mark

    def word(self, lang: Lang) -> str:
        """'Hoàn thành' / 'Done': the display words live in the message catalogue."""
        return label(self.code, lang)


STYLES: dict[str, StatusStyle] = {
    style.code: style
    for style in (
        StatusStyle(StatusCode.DONE, "green", "C6EFCE", "█"),
        StatusStyle(StatusCode.DONE_LATE, "yellow", "FFEB9C", "▓"),
        StatusStyle(StatusCode.IN_PROGRESS, "cyan", "BDD7EE", "▒"),
        StatusStyle(StatusCode.NOT_STARTED, "", "FFFFFF", "·"),
        StatusStyle(StatusCode.LATE, "bold red", "F8CBAD", "!"),
        StatusStyle(StatusCode.ONGOING, "blue", "D9D9D9", "~"),
        StatusStyle(StatusCode.UNREPORTED, "magenta", "E4DFEC", "?"),
        StatusStyle(StatusCode.CARRIED_OVER, "dim", "EDEDED", "»"),
        StatusStyle(StatusCode.CANCELLED, "dim strike", "F2F2F2", "×"),
    )
}


def progress_bar(counts: dict[str, int], width: int = 24) -> str:
    """`width` glyphs shared among the statuses by their counts, in display order. The shares
    are rounded so that they always fill the width (largest remainders get the spare marks): a
    pad would have to be some glyph, and '·' already means "Chưa thực hiện". No targets: blank."""
    if not sum(counts.values()):
        return " " * width
    marks = shares({code: counts.get(code, 0) for code in STYLES}, width)
    return "".join(style.glyph * marks[code] for code, style in STYLES.items())


def legend(lang: Lang, codes: tuple[str, ...] | None = None, *, ended: bool = False) -> str:
    """'█ Hoàn thành  ▓ Hoàn thành trễ hạn  …' under a summary's bars (of `codes` only);
    `ended`: the plan's year is over, `unreported` said of its last window ("Chưa báo cáo kỳ
    cuối", output/tables.py `status_key`)."""
    return "  ".join(
        f"{style.glyph} "
        + (label("unreported_last", lang) if ended and code == "unreported" else style.word(lang))
        for code, style in STYLES.items()
        if codes is None or code in codes
    )
