"""`cds validate`: which files to check, and checking each of them.

A folder or a registry file means the registry and all its progress files (`progress/*.yaml`
beside it): a change to the registry can invalidate them. A progress file named on its own is
checked against the registry of the folder above it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cds_tracker.app.discovery import display_path, find_registry
from cds_tracker.core.errors import Problem, UsageError, msg
from cds_tracker.core.files import check_named
from cds_tracker.progress.reading import PROGRESS_DIR, load_progress, progress_files
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.rules_carried import carried_from_problems
from cds_tracker.registry.yamlio import bulk_load


@dataclass(frozen=True)
class Checked:
    files: int
    problems: tuple[Problem, ...]


def _registry_of(progress_file: Path) -> Path:
    candidates = sorted(progress_file.parent.parent.glob("*.yaml"))
    if len(candidates) != 1:
        raise UsageError(
            msg("validate.which_registry", path=progress_file),
            hint=msg("validate.hint.folder"),
        )
    return candidates[0]


def plan(paths: Sequence[Path], registry: Path | None) -> dict[Path, list[Path] | None]:
    """Registry → the progress files to check with it (None: all of them)."""
    if not paths:
        return {find_registry(registry).path: None}
    wanted: dict[Path, list[Path] | None] = {}
    for path in paths:
        # A folder, or a readable regular file; anything else was named by mistake (exit 2).
        if check_named(path, folder=True):
            found = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
            if not found:
                raise UsageError(msg("validate.no_yaml", path=path))
            for file in found:
                wanted[file] = None
        elif path.parent.name == PROGRESS_DIR:
            owner = _registry_of(path)
            listed = wanted.setdefault(owner, [])
            if listed is not None:
                listed.append(path)
        else:
            wanted[path] = None  # a registry, and every progress file that depends on it
    return wanted


def validate_paths(paths: Sequence[Path], registry: Path | None) -> Checked:
    files = 0
    problems: list[Problem] = []
    for registry_path, listed in plan(paths, registry).items():
        result = load_registry(registry_path, display=display_path(registry_path))
        progress = progress_files(registry_path) if listed is None else listed
        files += 1 + len(progress)
        problems += result.problems
        if result.registry is None:
            continue
        problems += carried_from_problems(
            registry_path, result.registry, display_path(registry_path)
        )
        with bulk_load():
            problems += load_progress(result.registry, progress, display=display_path).problems
    return Checked(files, tuple(problems))
