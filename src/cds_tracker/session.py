"""Opening the registry (and its progress) for a command that asks questions of it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cds_tracker.dates import parse_date
from cds_tracker.discovery import display_path, find_registry
from cds_tracker.errors import DataError
from cds_tracker.loader import load_registry
from cds_tracker.queries import Tracker


def open_tracker(registry: Path | None) -> Tracker:
    """The tracker for the registry in use; invalid data stops the command with its problems."""
    found = find_registry(registry)
    result = load_registry(found.path, display=display_path(found.path))
    if result.registry is None:
        count = len(result.problems)
        raise DataError(
            f"the registry {display_path(found.path)} has {count} "
            f"problem{'s' if count != 1 else ''}; fix them (see 'cds validate')",
            result.problems,
        )
    return Tracker.of(result.registry)


def as_of_date(text: str | None) -> dt.date:
    return dt.date.today() if text is None else parse_date(text, option="--as-of")
