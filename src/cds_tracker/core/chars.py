"""Characters nobody sees, as regex classes: one list for every output and every rule.

Zero-width characters and bidi controls inside a text a person wrote make two texts that look
the same differ (a target's text no longer pairs with its revision, a unit's name no longer
matches what is typed), and the bidi ones reorder what a reader sees ("Trojan Source"). The
soft hyphen is not among them: Word writes it, and it shows where a line breaks. A module of
its own, importing nothing: the terminal's sanitiser (output/sanitize.py) loads it on every
answer.
"""

ZERO_WIDTH = "\u180e\u200b-\u200d\u2060-\u2064\ufeff"  # spaces, joiners, word joiner, BOM
# C0 controls but tab and line feed, DEL and C1: ESC starts a terminal escape, BEL rings, a
# carriage return rewrites a line; a text a person wrote holds none of them.
CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # marks ALM, LRM, RLM; embeddings…
# What a terminal is never sent as it is (output/sanitize.py `visible` shows each as ␛, <U+200B>,
# <0xFF>): C0 controls but line feed (a tab becomes a space), DEL, C1, the bidi controls, the
# zero-width characters, and lone surrogates (a file name's bytes that are not UTF-8).
SCREEN_SHOWN = f"\x00-\x09\x0b-\x1f\x7f-\x9f{BIDI}{ZERO_WIDTH}\ud800-\udfff"
# Line breaks: `visible` keeps them (U+2028 and U+2029 as a line feed, with any of the above),
# and a text on one line (`visible_line`, a quoted value) shows them as ␊. A text holding any of
# SCREEN_SHOWN or these is shown as other text, or on two lines: core/command_words.py prints
# none of them in a hint's command.
LINE_BREAKS = "\n\u2028\u2029"
