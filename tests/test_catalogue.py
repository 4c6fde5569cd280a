"""The one catalogue: every key the code uses exists, in both languages, with the same values."""

from __future__ import annotations

import re
import string

from cds_tracker.output.words import catalogue

from paths import ROOT

SOURCE = ROOT / "src" / "cds_tracker"


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


# Messages whose English quotes a library's own English words ({detail}, {reason}) that the
# Vietnamese leaves out on purpose (no English in Vietnamese output); nothing else may differ.
ENGLISH_QUOTES_THE_LIBRARY = {
    "import.damaged": ("reason",),
    "yaml.unclear": ("detail",),
    "yaml.bad_tag": ("detail",),
}


def test_both_languages_take_the_same_values() -> None:
    differing = {
        key: (vi, en)
        for key, (vi, en) in catalogue().items()
        if _placeholders(vi) != _placeholders(en)
    }
    for key, foreign in ENGLISH_QUOTES_THE_LIBRARY.items():
        vi, en = differing.pop(key)
        assert set(_placeholders(en)) - set(_placeholders(vi)) == set(foreign), key
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


# Keys the code builds from parts rather than writes whole: each family is the pattern of the
# keys it makes and where it is made, so a key in it counts as used.
BUILT_KEYS = {
    r"csv\..+": "output/words_csv.py: headers and words by column and code",
    r"tr\..+": "output/words.py: status and indicator words by code",
    r"yaml\..+": "registry/yaml_problems.py: parser problems by their kind",
    r"load\.field\..+": "output/findings_files.py: field names from the record's field path",
    r"diff_(field|doc|unit)_.+": "output/diff_text.py: f'diff_{kind}_{name}' per field compared",
    r"diff_indicator_.+": "output/diff_text.py: f'diff_indicator_{field}' per indicator field",
    r"diff_cancelled_before_.+": "output/diff_text.py: f'diff_cancelled_before_{rest}' per field"
    " of a lifted cancellation",
    r"diff_lead_before_.+": "output/diff_text.py: f'diff_lead_before_{rest}' per field of a"
    " former lead (lead_before)",
    r"open\.invalid_.+": "app/opening.py: f'open.invalid_{what}'",
    r"import_.+_hint": "app/importing.py: f'{problem.key}_hint' per import problem",
    r"import_heading_(plan|appendix|title|year)": "app/importing.py: f'import_heading_{key}' per"
    " part of the plan's heading the file did not state",
    r"(?![a-z0-9_.]+\Z).+|required": "click's own texts (output/helps.py, given to click by"
    " cli/language.py), keyed by their English words",
}


def test_every_catalogue_key_is_used() -> None:
    """A key nothing uses is a message nobody can see: words kept up to date for nothing, and
    a sign that two branches translated the same thing twice (eight such keys were found by
    hand once). A key counts as used where its text appears quoted in the code or the guide's
    tools, or where it belongs to a family the code builds (BUILT_KEYS)."""
    catalogue_files = {"words", "messages", "helps"}
    code = "\n".join(
        path.read_text(encoding="utf-8")
        for folder in (SOURCE, ROOT / "docs" / "tools")
        for path in folder.rglob("*.py")
        if not (path.parent.name == "output" and path.stem.split("_")[0] in catalogue_files)
    )
    unused = [
        key
        for key in catalogue()
        if f'"{key}"' not in code
        and f"'{key}'" not in code
        and not any(re.fullmatch(family, key) for family in BUILT_KEYS)
    ]
    assert unused == []


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


# The registry's YAML keys and values a clerk may be told to write: in a Vietnamese text, only in
# backquotes (`carried_from`), beside what they are in Vietnamese (review 10: "lead.units",
# "reporting: half-yearly", "needs_review" shown raw). A quoted snippet to type ('units:') and
# a value put in ({period}) and a command (cds units) are not raw words.
YAML_WORDS = (
    r"carried_from|carried_to|carried_on|needs_review|lead\.units|document\.[a-z_]+|"
    r"plan\.[a-z_]+|valid_from|valid_to|merged_into|successor|cancelled_before|cancelled_reason|"
    r"half-yearly|quarterly|monthly|yearly|reporting|indicators|units"
)


def test_yaml_keys_in_vietnamese_are_in_backquotes() -> None:
    raw = {}
    for key, (vi, _) in catalogue().items():
        text = re.sub(r"`[^`]*`|\{[^}]*\}|'[^']*'|\bcds [a-z-]+", "", vi)
        found = re.findall(rf"(?<![\w/.`-])({YAML_WORDS})(?![\w-])", text)
        if found:
            raw[key] = sorted(set(found))
    assert raw == {}
