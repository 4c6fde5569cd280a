"""`cds validate`: which files to check, and checking each of them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cds_tracker.discovery import display_path, find_registry
from cds_tracker.errors import UsageError
from cds_tracker.loader import LoadResult, load_registry


def registry_files(paths: Sequence[Path], registry: Path | None) -> list[Path]:
    """Files named, or every *.yaml directly in a folder named; else the registry in use."""
    if not paths:
        return [find_registry(registry).path]
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
            if not found:
                raise UsageError(f"no .yaml files in folder '{path}'")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"no such file or folder: '{path}'")
    return files


def validate_paths(paths: Sequence[Path], registry: Path | None) -> list[LoadResult]:
    return [load_registry(f, display=display_path(f)) for f in registry_files(paths, registry)]
