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
