"""A value as one word of a command a hint prints: the one rule of which values can be printed.

Clerks paste the commands hints print (`gợi ý: cds progress add … --note …`) into PowerShell
(5.1 and 7) or cmd on Windows, others into bash (docs/huong-dan-su-dung.md, "Cửa sổ dòng lệnh
trên Windows"). No quoting means the same in all three: cmd has no single quotes and no escape
inside "…", PowerShell reads ‘ ’ as quotes and expands `$x` in "…", bash's `$'…'` is bash's
alone. Double quotes are the one form all three share, and a value is printed in them only when
none of the three reads anything in it specially there:

- `"` ends the word in all three; PowerShell also ends it at “ ” „ (its double quotes).
- `$` and a backquote: PowerShell's variables and escapes, bash's expansions and commands.
- `!`: bash's history (an interactive bash expands `!x` even inside "…"); cmd's delayed
  expansion (`cmd /v:on`).
- `\\` at the end, or doubled: bash makes `\\\\` one, and the Windows reading of a program's
  command line makes `\\"` a quote, so "D:\\phieu\\" ends nowhere. A single `\\` inside
  ("D:\\phieu\\a.xlsx") is read as written by all three and the program, so Windows paths print.
- `%` twice, the first followed by a name with no space (`%DATE%`, `%PATH:~0,3%`): cmd puts a
  variable's value there even inside "…". One `%` ("đạt 80%"), or two with words between
  ("từ 60% lên 80%"), stays as typed: no variable cmd sets has a space in its name.
- a line break, a tab or another control character: cmd cannot take a line break at all, a
  pasted tab completes a file name in PowerShell and bash, and a hint is one line.
- any character the screen shows as other text (`_shown_otherwise`: the lists the screen's
  sanitisers use, core/chars.py and core/text.py `unseen_char`): a zero-width space (Word,
  Zalo), a soft hyphen or a bidi mark is shown as `<U+200B>`, U+2028 as `␊`, a file name's
  byte that is not UTF-8 as `<0xFF>`, so the command on the screen, pasted, records that text,
  or names a file that does not exist (attack 16, a16_02).
- nothing: PowerShell 5.1 drops an empty argument `""` for a program, and the option before it
  takes the next one.

‘ ’ ‚ ‛ and the plain apostrophe are read as written inside "…" by all three, as are `& | < > ^
; ( )` (cmd's and bash's operators, quoted). A value that breaks this rule has no printable
form: the hint leaves it out so that the command cannot run as printed, and says which option
to type it after (progress/form_refusals.py `add_extras`), never a command that records other
text than the value (a quoting that one window reads differently would).
"""

from __future__ import annotations

import re

from cds_tracker.core.chars import LINE_BREAKS, SCREEN_SHOWN

_ENDS_OR_EXPANDS = frozenset('"\u201c\u201d\u201e$`!')  # " “ ” „ $ ` !
_BARE = re.compile(r"[A-Za-z0-9._/:+][A-Za-z0-9._/:+-]*")  # read alike everywhere, unquoted
_CMD_VARIABLE = re.compile(r"%[^%\s:]*(?::[^%]*)?%")  # %NAME% or %NAME:…%: cmd expands it
_BACKSLASH = re.compile(r"\\(?:\\|$)")  # doubled, or at the end
# Controls, line breaks, zero-width and bidi characters, lone surrogates: what the screen shows
# as other text (a pattern's text: `re` compiles it when first asked, and caches it).
_SHOWN_OTHERWISE = f"[{SCREEN_SHOWN}{LINE_BREAKS}]"


def unsafe_character(text: str) -> str | None:
    """The first character of `text` that some window reads specially inside "…" (the module's
    rule), else None. Nothing at all is unsafe too: returned as ""."""
    if not text:
        return ""
    for char in text:
        if char in _ENDS_OR_EXPANDS or _shown_otherwise(char):
            return char
    if (backslash := _BACKSLASH.search(text)) is not None:
        return backslash[0][0]
    if _CMD_VARIABLE.search(text) is not None:
        return "%"
    return None


def _shown_otherwise(char: str) -> bool:
    """Whether the screen shows `char` as other text, or breaks the line there, in a hint (a
    message's value goes through output/words.py `_one_line`: output/sanitize.py's
    `visible_line`, then core/text.py `show_unseen`): the controls, line breaks, zero-width and
    bidi characters and lone surrogates of core/chars.py, and every character nobody sees
    (`unseen_char`: a soft hyphen, a Hangul filler…)."""
    if char.isascii() and char.isprintable():
        return False  # most characters of most values: asked first
    from cds_tracker.core.text import unseen_char

    return re.match(_SHOWN_OTHERWISE, char) is not None or unseen_char(char)


def command_word(text: str) -> str | None:
    """`text` as one word read alike by PowerShell, cmd and bash: as it is when it is only
    letters, digits and `. _ / : + -` (an id, a year, a date, a path like phieu/a.xlsx), else
    in double quotes; None when it holds a character one of them reads specially there
    (`unsafe_character`): the caller leaves it out and says so."""
    if _BARE.fullmatch(text):
        return text
    return None if unsafe_character(text) is not None else f'"{text}"'


def name_word(name: str) -> str:
    """A unit's, a plan's or a file's name as one word of a command (`command_word`); "…" when
    it holds a character a command window reads specially (a catalog `validate` refuses, a
    received form's folder or file): cds refuses "…" as a unit, a plan or a file, so the
    command does not run as printed, and "…" shows where the name goes."""
    return command_word(name) or "…"
