"""`cds progress normalise`: rewrite older progress files as JSON lines, keeping every entry.

Files that cds wrote before JSON lines (YAML flow mappings such as `- {id: 'a1', target: III.4,
…}`) or that people wrote by hand (block entries) stay readable forever, through the YAML path;
this one-shot rewrite only makes them read at JSON speed. It is content-preserving, and proves it
before writing: the new text must read (by the JSON reader, and by YAML) as exactly the entries
the old one held, in the same order, and every full-line comment is kept where it stood relative
to the entries. A comment at the end of a line has no place in a JSON line, so a file holding one
is left as it is, with a located message saying which line to change. Each file is replaced
atomically, under the same lock as `progress add`, and only if it did not change meanwhile.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cds_tracker.core.atomic import replace_file
from cds_tracker.core.errors import Problem, msg, os_reason
from cds_tracker.core.records import Registry
from cds_tracker.progress.files import read_progress
from cds_tracker.progress.lines import entry_line, json_items
from cds_tracker.progress.locking import exclusive_lock
from cds_tracker.progress.reading import load_progress, read_items
from cds_tracker.progress.writing import LOCK_NAME
from cds_tracker.registry.yamlio import YamlFault, decode, parse


@dataclass(frozen=True)
class Outcome:
    path: Path
    entries: int  # how many entries the file holds
    rewritten: bool  # False: already JSON lines, or left alone because of `problems`
    problems: tuple[Problem, ...] = ()


def normalise_file(path: Path, registry: Registry, shown: str) -> Outcome:
    try:
        raw = read_progress(path)  # never through a link, never waiting on a FIFO
    except OSError as exc:
        problem = Problem(shown, 1, 1, msg("load.cannot_read", reason=os_reason(exc)))
        return Outcome(path, 0, False, (problem,))
    loaded = load_progress(registry, [path], display=lambda _: shown, read=lambda _: raw)
    if loaded.problems:
        return Outcome(path, len(loaded.entries), False, loaded.problems)
    text = decode(raw)
    if json_items(text) is not None:
        return Outcome(path, len(loaded.entries), False)
    inline = _inline_comments(text, shown)
    if inline:
        return Outcome(path, len(loaded.entries), False, inline)
    new = _rewritten(text)
    if new is None or not _same_entries(new, raw, registry, path):
        problem = Problem(shown, 1, 1, msg("normalise.not_faithful"))
        return Outcome(path, len(loaded.entries), False, (problem,))
    with exclusive_lock(path.parent / LOCK_NAME):
        if read_progress(path) != raw:  # a write came in meanwhile: leave it, say so
            problem = Problem(shown, 1, 1, msg("normalise.changed"), msg("normalise.hint.again"))
            return Outcome(path, len(loaded.entries), False, (problem,))
        replace_file(path, new.encode("utf-8"))
    return Outcome(path, len(loaded.entries), True)


def _inline_comments(text: str, shown: str) -> tuple[Problem, ...]:
    lines = text.splitlines()
    found = []
    for line, col in _comment_starts(text):
        if col > 0 and line < len(lines) and lines[line][:col].strip():
            found.append(
                Problem(
                    shown,
                    line + 1,
                    col + 1,
                    msg("normalise.inline_comment"),
                    msg("normalise.hint.inline_comment"),
                )
            )
    return tuple(found)


def _comment_starts(text: str) -> list[tuple[int, int]]:
    """(line, column) of every comment, 0-based, as YAML's scanner sees them (a `#` inside a
    text or a block scalar is not one)."""
    from ruamel.yaml import YAML

    starts = []
    for token in YAML().scan(text):
        for comment in _comments(token):
            line, col = comment.start_mark.line, comment.start_mark.column
            for i, piece in enumerate(comment.value.split("\n")):
                if piece.strip().startswith("#"):
                    starts.append((line + i, col if i == 0 else len(piece) - len(piece.lstrip())))
    return starts


def _comments(token: Any) -> list[Any]:
    attached = getattr(token, "comment", None) or []
    found: list[Any] = []
    for part in attached:
        if isinstance(part, list):
            found += [c for c in part if c is not None]
        elif part is not None:
            found.append(part)
    return found


def _comment_lines(text: str) -> dict[int, str]:
    """Full-line comments by line number, without their indentation."""
    lines = text.split("\n")
    return {
        line: lines[line].strip()
        for line, col in _comment_starts(text)
        if line < len(lines) and not lines[line][:col].strip()
    }


def _rewritten(text: str) -> str | None:
    """Each entry as one JSON line where it began; comments and blank lines kept in order."""
    from ruamel.yaml import YAML

    try:
        items = parse(text)
        tree = YAML(typ="rt").load(text)
    except (YamlFault, Exception):
        return None
    if not isinstance(items, list) or not isinstance(tree, list) or len(items) != len(tree):
        return None
    lines = text.split("\n")
    comments = _comment_lines(text)
    lc: Any = getattr(tree, "lc", None)
    if lc is None:
        return None
    starts = [lc.item(i)[0] for i in range(len(tree))]
    bounds = [0, *starts, len(lines)]
    out: list[str] = []
    for i in range(len(bounds) - 1):
        if i > 0:
            try:
                out.append(entry_line(_plain(items[i - 1])).rstrip("\n"))
            except ValueError:
                return None
        first = bounds[i] + (1 if i > 0 else 0)
        for number in range(first, bounds[i + 1]):
            if number in comments:
                out.append(comments[number])
            elif not lines[number].strip() and _between(number, lines, comments, starts):
                out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _between(number: int, lines: list[str], comments: dict[int, str], starts: list[int]) -> bool:
    """A blank line followed by a comment, an entry or the end stands between things: kept.
    Followed by more of an entry, it is part of a block scalar, which the JSON line holds."""
    following = next((n for n in range(number + 1, len(lines)) if lines[n].strip()), None)
    return following is None or following in comments or following in starts


def _plain(value: Any) -> Any:
    """YAML may read an unquoted day as a date: JSON holds it as the same text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _same_entries(new: str, raw: bytes, registry: Registry, path: Path) -> bool:
    before = load_progress(registry, [path], read=lambda _: raw)
    after = load_progress(registry, [path], read=lambda _: new.encode("utf-8"))
    try:
        as_json = json_items(new)
        as_yaml = parse(new)
    except YamlFault:
        return False
    return (
        as_json is not None
        and as_json == as_yaml
        and read_items(new) == as_json
        and not after.problems
        and after.entries == before.entries
        and list(_comment_lines(new).values()) == list(_comment_lines(decode(raw)).values())
    )
