"""Opening the registry and its progress for a command, or stopping it with their problems."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cds_tracker.dates import parse_date
from cds_tracker.discovery import Found, display_path, find_registry
from cds_tracker.domain import Entry, Registry
from cds_tracker.errors import DataError, UsageError
from cds_tracker.loader import load_registry
from cds_tracker.progress import load_progress, progress_files
from cds_tracker.queries import Tracker


@dataclass(frozen=True)
class Opened:
    found: Found
    registry: Registry
    entries: tuple[Entry, ...]
    tracker: Tracker


def open_registry(registry: Path | None) -> Opened:
    """The registry in use with all its progress; invalid data stops the command (exit 1)."""
    found = find_registry(registry)
    shown = display_path(found.path)
    result = load_registry(found.path, display=shown)
    if result.registry is None:
        raise _invalid(f"the registry {shown}", result.problems)
    progress = load_progress(result.registry, progress_files(found.path), display=display_path)
    if progress.problems:
        raise _invalid(f"the progress files of {shown}", progress.problems)
    return Opened(
        found, result.registry, progress.entries, Tracker.of(result.registry, progress.entries)
    )


def open_tracker(registry: Path | None) -> Tracker:
    return open_registry(registry).tracker


def writable(opened: Opened) -> Opened:
    if opened.found.bundled:
        raise UsageError(
            "the registry in use is the read-only copy bundled with cds; nothing was written",
            hint="make your own with 'cds init DIR', then use --registry DIR (or CDS_REGISTRY)",
        )
    return opened


def _invalid(what: str, problems: tuple[object, ...]) -> DataError:
    count = len(problems)
    return DataError(
        f"{what} {'has' if 'registry' in what and 'progress' not in what else 'have'} {count} "
        f"problem{'s' if count != 1 else ''}; fix them (see 'cds validate')",
        problems,  # type: ignore[arg-type]
    )


def as_of_date(text: str | None) -> dt.date:
    return dt.date.today() if text is None else parse_date(text, option="--as-of")
