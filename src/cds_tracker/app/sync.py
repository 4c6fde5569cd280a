"""`cds sync`: share recorded progress through git without knowing git.

Records nothing by itself. It checks the registry, commits the new lines of the progress files
(naming units and targets in the message), pulls — progress files merge by union, each entry being
one line — checks again, and pushes, pulling again if someone pushed meanwhile. A conflict in any
other file stops it with what to do; nothing is lost, the user's commit stays. The commit message
is Vietnamese whatever --lang says: it is part of the shared record, like the progress files.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cds_tracker.app.git_safety import SAFE, risky
from cds_tracker.core.errors import CdsError, DataError, UsageError
from cds_tracker.output.words import Lang, label, resolve_lang

ATTEMPTS = 5  # pull-and-push rounds before giving up when others keep pushing
_FIELD = r"""["']?{name}["']?\s*:\s*["']?([^,"'}}\s]+)"""
_TARGET = re.compile(_FIELD.format(name="target"))
_UNIT = re.compile(_FIELD.format(name="unit"))


@dataclass(frozen=True)
class Git:
    root: Path
    lang: Lang = "vi"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0", "GIT_MERGE_AUTOEDIT": "no"}
        command = ["git", "-C", str(self.root), "-c", "core.quotepath=off", *SAFE, *args]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                env=env,
                check=False,
            )
        except FileNotFoundError:
            raise UsageError(
                label("sync_no_git", self.lang), hint=label("sync_no_git_hint", self.lang)
            ) from None
        if check and done.returncode != 0:
            detail = (done.stderr or done.stdout).strip()
            raise DataError(label("sync_git_failed", self.lang, command=args[0], detail=detail))
        return done

    def out(self, *args: str) -> str:
        return self.run(*args).stdout.strip()


def sync(registry: Path | None, lang_option: str | None = None) -> str:
    from cds_tracker.app.discovery import find_registry
    from cds_tracker.progress.files import progress_dir

    lang = resolve_lang(lang_option)
    found = find_registry(registry)
    if found.bundled:
        raise UsageError(label("sync_bundled", lang), hint=label("sync_bundled_hint", lang))
    git = _repository(found.path.parent, lang)
    _check_config(git)
    folder = os.path.relpath(progress_dir(found.path), git.root)
    _check_ready(git, folder)
    said: list[str] = []
    _check_valid(found.path, label("sync_before_commit", lang), lang)
    committed = _commit_progress(git, folder, found.path)
    if committed:
        said.append(committed)
    for _ in range(ATTEMPTS):
        _pull(git)
        _check_valid(found.path, label("sync_after_merge", lang), lang)
        pushed = git.run("push", check=False)
        if pushed.returncode == 0:
            upstream = git.out("rev-parse", "--abbrev-ref", "@{u}")
            said.append(label("sync_done", lang, upstream=upstream))
            return "\n".join(said) + "\n"
        if "rejected" not in pushed.stderr and "fetch first" not in pushed.stderr:
            raise DataError(label("sync_push_failed", lang, detail=pushed.stderr.strip()))
    raise DataError(label("sync_busy", lang, count=ATTEMPTS))


def _repository(folder: Path, lang: Lang) -> Git:
    done = Git(folder, lang).run("rev-parse", "--show-toplevel", check=False)
    if done.returncode != 0:
        raise UsageError(
            label("sync_not_repo", lang, folder=folder), hint=label("sync_not_repo_hint", lang)
        )
    return Git(Path(done.stdout.strip()), lang)


def _check_config(git: Git) -> None:
    """Refuse a repository whose own config names a program git would run (app/git_safety)."""
    found = risky(git.run("config", "--list", "--show-scope", "-z").stdout)
    if found:
        from cds_tracker.output.sanitize import visible_line

        settings = "; ".join(visible_line(f"{key} = {value}") for key, value in found)
        raise CdsError(
            label("sync_runs_code", git.lang, settings=settings),
            hint=label("sync_runs_code_hint", git.lang, key=visible_line(found[0][0])),
        )


def _check_ready(git: Git, folder: str) -> None:
    lang = git.lang
    if git.run("rev-parse", "-q", "--verify", "MERGE_HEAD", check=False).returncode == 0:
        raise CdsError(label("sync_merging", lang), hint=label("sync_merging_hint", lang))
    if git.run("rev-parse", "--abbrev-ref", "@{u}", check=False).returncode != 0:
        raise UsageError(label("sync_no_upstream", lang), hint=label("sync_no_upstream_hint", lang))
    probe = f"{folder}/x.yaml"
    if git.out("check-attr", "merge", "--", probe).rsplit(": ", 1)[-1] != "union":
        pattern = f"{Path(folder).name}/*.yaml"
        raise CdsError(
            label("sync_no_union", lang), hint=label("sync_no_union_hint", lang, pattern=pattern)
        )


def _check_valid(registry_path: Path, when: str, lang: Lang) -> None:
    from cds_tracker.app.validate import validate_paths

    checked = validate_paths([registry_path], None, copies=False)
    if checked.problems:
        raise DataError(label("sync_invalid", lang, when=when), checked.problems)


def _commit_progress(git: Git, folder: str, registry_path: Path) -> str | None:
    """Commit the progress files that only grew; a line changed or removed stops everything."""
    status = git.run("status", "--porcelain", "-z", "--untracked-files=all", "--", folder).stdout
    # "XY path" records; the status letters may start with a space, so nothing is stripped
    paths = [item[3:] for item in status.split("\0") if item[3:].endswith(".yaml")]
    if not paths:
        return None
    for path in paths:
        numbers = git.out("diff", "HEAD", "--numstat", "--", path).split()
        if len(numbers) >= 2 and numbers[1] not in ("0", "-") and not _drops_duplicate(git, path):
            raise CdsError(
                label("sync_edited", git.lang, path=path),
                hint=label("sync_edited_hint", git.lang, path=path),
            )
    git.run("add", "--", *paths)
    added = git.out("diff", "--cached", "--unified=0", "--no-color", "--", *paths)
    parts, count = _added(added, registry_path)
    git.run("commit", "-q", "-m", _message(parts, count), "--", *paths)
    # The commit message is Vietnamese (the shared record); what we say of it, the reader's.
    if not parts:
        return label("sync_committed_files", git.lang)
    return label("sync_committed", git.lang, count=count, units="; ".join(parts))


# An entry's id, in the JSON lines cds writes ("id": "…") or in older YAML lines (id: …).
_ID = re.compile(r"""[{ ,]["']?id["']?\s*:\s*["']?([0-9a-z]+)["']?\s*[,}]""")


def _drops_duplicate(git: Git, path: str) -> bool:
    """The only lines removed are copies of an id the file held twice (the repair of two clones
    that gave one id to two different lines), and the file now holds each such id once."""
    diff = git.out("diff", "HEAD", "--unified=0", "--no-color", "--", path).splitlines()
    removed = [line[1:] for line in diff if line.startswith("-") and not line.startswith("---")]
    before = git.out("show", f"HEAD:{path}")
    now = (git.root / path).read_text(encoding="utf-8")
    for line in removed:
        found = _ID.search(line)
        if found is None:
            return False
        ids_before = [m[1] for m in _ID.finditer(before)]
        if ids_before.count(found[1]) < 2 or [m[1] for m in _ID.finditer(now)].count(found[1]) != 1:
            return False
    return bool(removed)


def _message(parts: list[str], count: int) -> str:
    """'Tiến độ: Phòng Y tế (I.5, II.9); UBND phường Bắc Sơn (II.4)', then how many entries."""
    head = "Tiến độ: " + "; ".join(parts) if parts else "Tiến độ: cập nhật tệp tiến độ"
    return f"{head}\n\n{count} mục tiến độ mới, ghi bằng cds sync."


def _added(diff: str, registry_path: Path) -> tuple[list[str], int]:
    """['Phòng Y tế (I.5, II.9)', …] and the number of entries, from the added lines."""
    names = _unit_names(registry_path)
    by_unit: dict[str, list[str]] = {}
    count = 0
    for line in diff.splitlines():
        if not line.startswith("+") or line.startswith("+++"):
            continue
        target, unit = _TARGET.search(line), _UNIT.search(line)
        if target and unit:
            count += 1
            targets = by_unit.setdefault(unit[1], [])
            if target[1] not in targets:
                targets.append(target[1])
    return [f"{names.get(u, u)} ({', '.join(t)})" for u, t in by_unit.items()], count


def _unit_names(registry_path: Path) -> dict[str, str]:
    from cds_tracker.app.opening import open_for_writing

    try:
        _, registry = open_for_writing(registry_path)
    except CdsError:
        return {}
    return {unit.id: unit.name for unit in registry.catalog.units}


def _pull(git: Git) -> None:
    pulled = git.run("pull", "--no-rebase", "--no-edit", check=False)
    if pulled.returncode == 0:
        return
    conflicted = git.out("diff", "--name-only", "--diff-filter=U").splitlines()
    if conflicted:
        listed = "\n".join(f"  - {path}" for path in conflicted)
        raise CdsError(label("sync_conflict", git.lang, files=listed))
    detail = (pulled.stderr or pulled.stdout).strip()
    if "would be overwritten" in detail:
        raise CdsError(
            label("sync_overwrite", git.lang, detail=detail),
            hint=label("sync_overwrite_hint", git.lang),
        )
    raise DataError(label("sync_pull_failed", git.lang, detail=detail))
