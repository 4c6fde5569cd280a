"""A noun agreeing with its count: the one home of singular and plural in the catalogue.

Vietnamese nouns do not change with a number ("1 chỉ tiêu", "2 chỉ tiêu"); English ones do ("1
target", "2 targets"). So an English text of the catalogue writes both words in the placeholder
of the count, as its format spec: "wrote {count} {count:entry|entries}" — the word for exactly
one, a bar, the word for any other count (0, 2, 1.5). `words.label` fills every catalogue text
through `fill`, so the screen, JSON, CSV and the documents agree alike, and no command chooses a
form itself. The Vietnamese texts hold no choice (tests/test_plural.py) and are filled exactly as
`str.format` fills them.
"""

from __future__ import annotations

import string
from collections.abc import Mapping


def is_one(value: object) -> bool:
    """Whether a count takes the singular: exactly 1, as a number or as the text put in its
    place ("1"); a flag is no count."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return value == 1
    return isinstance(value, str) and value.strip() == "1"


class _Agreeing(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        if "|" not in format_spec:
            return str(super().format_field(value, format_spec))
        one, other = format_spec.split("|")
        return one if is_one(value) else other


_AGREEING = _Agreeing()


def fill(text: str, values: Mapping[str, object]) -> str:
    """`text` with its values, each `{count:one|other}` as the word agreeing with the count."""
    return _AGREEING.vformat(text, (), values)
