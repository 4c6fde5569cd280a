"""The one catalogue: every key the code uses exists, in both languages, with the same values."""

from __future__ import annotations

import re
import string

from cds_tracker.output.words import catalogue

from paths import ROOT

SOURCE = ROOT / "src" / "cds_tracker"


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_take_the_same_values() -> None:
    differing = {
        key: (vi, en)
        for key, (vi, en) in catalogue().items()
        if _placeholders(vi) != _placeholders(en)
    }
    assert differing == {}


def test_every_message_key_in_the_code_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'\bmsg\(\s*"([a-z_.0-9]+)"', text))
        used |= set(re.findall(r'\bhelp="(help\.[a-z_.0-9]+)"', text))
    assert used, "the pattern finds the keys"
    assert sorted(used - set(catalogue())) == []


def test_vietnamese_words_are_vietnamese() -> None:
    """A Vietnamese text that is just the English one is a translation forgotten (names of
    options, codes and file names aside: those are the same in both)."""
    same = [
        key
        for key, (vi, en) in catalogue().items()
        if vi == en and re.search(r"[a-z]{4,} [a-z]{4,}", vi) and not key.startswith("load.field")
    ]
    assert same == []


def test_a_key_is_in_one_table_only() -> None:
    """`label` looks a key up in `messages` before merging the whole catalogue (a warm query
    loads one table); that gives the catalogue's words only if no other table has the key."""
    import importlib

    from cds_tracker.output import words

    seen: dict[str, str] = dict.fromkeys(words._LABELS, "words")
    repeated: list[tuple[str, str, str]] = []
    for path in sorted((SOURCE / "output").glob("*.py")):
        module = importlib.import_module(f"cds_tracker.output.{path.stem}")
        for name, table in vars(module).items():
            if module is words or not re.fullmatch(
                r"[A-Z_]*(LABELS|MESSAGES|HELPS\w*|FINDINGS)", name
            ):
                continue
            repeated += [(key, seen[key], path.stem) for key in table if key in seen]
            seen.update(dict.fromkeys(table, path.stem))
    assert set(seen) == set(catalogue()), "every table of the catalogue was found"
    assert repeated == []
