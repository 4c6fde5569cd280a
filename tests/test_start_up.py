"""What a warm `cds due` imports beyond typer: a budget, so that a module slipping onto the path
fails here rather than unnoticed in a benchmark (issue 14: warm `cds due` ≤ 1.25× `import typer`
piped, ≤ 1.5× on a terminal; docs/performance.md).

Every module costs its import, and on this path most of that is making classes: a dataclass
compiles its methods at every start (about a millisecond each), a named tuple costs a fraction
of that, so none is made here (`dataclasses` is not even imported). A module added to the path
must earn its place: say why beside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# cds's own modules a warm `cds due` imports, and why each is needed.
BUDGET = {
    "cds_tracker": "the package",
    "cds_tracker.cli": "the command line",
    # the console script: `cli/app.py` asks it to turn the garbage collector on again when the
    # command runs (off while cds starts: main.py)
    "cds_tracker.main": "the console script",
    "cds_tracker.cli.app": "the typer app and the options every command shares",
    "cds_tracker.cli.language": "the run's language and click's errors in words",
    # only the module of the command run: the others are declared when asked for (cli/app.py)
    "cds_tracker.cli.queries": "`due` itself",
    "cds_tracker.app": "package",
    "cds_tracker.app.commands": "the `due` command function",
    "cds_tracker.app.opening": "opens the registry from the cache",
    "cds_tracker.app.cached_progress": "the progress as the cache holds it (split from opening)",
    "cds_tracker.app.file_keys": "each file's recorded stamp, to know the cache is current",
    "cds_tracker.app.discovery": "finds the registry (and the bundled notice)",
    "cds_tracker.app.workspace": "the plan chosen (--plan)",
    "cds_tracker.app.userdirs": "where the cache lives",
    "cds_tracker.app.cache": "the cached registry and snapshot",
    "cds_tracker.app.cache_codec": "decodes the cached registry into records",
    "cds_tracker.app.cache_entries": "imported by opening (entries, read only when asked)",
    "cds_tracker.core": "package",
    "cds_tracker.core.chars": "zero-width and bidi characters the terminal shows as <U+…>",
    "cds_tracker.core.records": "the registry's records",
    "cds_tracker.core.entries": "the progress entry record",
    "cds_tracker.core.field_types": "the kinds of value the records' fields hold",
    "cds_tracker.core.constraints": "the records' field constraints",
    "cds_tracker.core.dates": "months and days",
    "cds_tracker.core.errors": "Msg and the errors a command may raise",
    "cds_tracker.core.files": "reads files safely",
    "cds_tracker.core.statuses": "the status codes",
    "cds_tracker.core.text": "folding text (months as people write them)",
    "cds_tracker.core.tuples": "the base of every record class (named tuples made cheaply)",
    "cds_tracker.progress": "package",
    "cds_tracker.progress.files": "where progress files are (their stamps)",
    "cds_tracker.questions": "package",
    "cds_tracker.questions.queries": "the due query",
    "cds_tracker.questions.tracker": "the registry and progress asked as of a day (rows)",
    "cds_tracker.questions.status": "each target's status",
    "cds_tracker.questions.timeline": "the entries that count on a day (corrections)",
    "cds_tracker.questions.finished": "the day a part finished (on time or late)",
    "cds_tracker.questions.aggregates": "each target's aggregate, from the cache",
    "cds_tracker.questions.periods": "ongoing targets' reporting periods",
    "cds_tracker.questions.catalog": "units by role",
    "cds_tracker.registry": "package",
    "cds_tracker.registry.unit_wordings": "spellings offices type for unit names (P., TP)",
    "cds_tracker.registry.units": "unit names and collectives",
    "cds_tracker.registry.officials": "officials read in unit cells (UnitIndex's base class)",
    "cds_tracker.registry.plan_names": "each plan's name, its folder's in NFC (the plans listed)",
    "cds_tracker.registry.succession": "units merged or renamed",
    "cds_tracker.registry.numbering": "each row's number in the plan in force (revisions)",
    "cds_tracker.registry.unit_changes": "a workspace's unit changes file (its cache key)",
    "cds_tracker.output": "package",
    "cds_tracker.output.words": "the labels (statuses, columns)",
    "cds_tracker.output.messages": "the notice and footer naming the registry",
    "cds_tracker.output.report": "the answer as blocks",
    "cds_tracker.output.views": "the rows as a table",
    "cds_tracker.output.records": "imported by views (rows as data)",
    "cds_tracker.output.tables": "the column sets",
    "cds_tracker.output.emit": "the answer in the format asked",
    "cds_tracker.output.screen": "the table laid out",
    "cds_tracker.output.sanitize": "control characters shown, not obeyed",
}
# On a terminal, only the status colours come in addition (no rich: output/screen.py).
TERMINAL = {"cds_tracker.output.styles": "each row's colour"}
# Libraries beyond what `import typer` loads; anything else (pydantic, ruamel.yaml, rich,
# msgspec, dateutil, csv, the catalogue's other tables) has no place on this path.
LIBRARIES = {
    "__future__",
    "gc",  # built in (no file read): the collector paused while a cold read builds its objects
    "bisect",  # status: entries by day
    "_bisect",
    "_blake2",  # the cache's keyed tags (BLAKE2, without hashlib's OpenSSL: app/cache.py)
    # the cache's files, read by json's C scanner: `json` itself compiles three patterns at
    # import, which that scanner never uses (app/cache.py)
    "_json",
    "unicodedata",  # text folded and measured
    "typer._click.decorators",
}


def _modules(code: str, env: dict[str, str]) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", code + "\nprint('\\n'.join(sorted(sys.modules)), file=sys.stderr)"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    return {line for line in done.stderr.splitlines() if line and " " not in line}


@pytest.mark.parametrize("terminal", [False, True], ids=["piped", "terminal"])
def test_a_warm_due_imports_its_budget(tmp_path: Path, terminal: bool) -> None:
    env = {**os.environ, "CDS_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "100"}
    if terminal:
        env["FORCE_COLOR"] = "1"  # drawn as on a terminal
    due = (
        "import sys\n"
        "sys.argv = ['cds', 'due', '--month', '10/2023']\n"
        "from cds_tracker.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    _modules(due, env)  # fills the cache: the next run is warm
    typer = _modules("import sys, typer", env)
    beyond = _modules(due, env) - typer
    ours = {m for m in beyond if m.startswith("cds_tracker")}
    assert sorted(ours) == sorted({**BUDGET, **(TERMINAL if terminal else {})})
    assert sorted(beyond - ours - LIBRARIES) == []


# The classes a warm start may make the costly way: typer needs an enum for a choice option.
ENUMS = {"OutputFormat", "SummaryFormat", "ReportFormat"}

_CLASSES = """
import enum, sys
from cds_tracker.core.tuples import Record
for name, module in sorted(sys.modules.items()):
    if not name.startswith("cds_tracker"):
        continue
    for kind in vars(module).values():
        if not isinstance(kind, type) or kind.__module__ != name:
            continue
        if issubclass(kind, tuple) and hasattr(kind, "_fields") and Record not in kind.__mro__:
            print("named tuple", kind.__qualname__)
        if issubclass(kind, enum.Enum):
            print("enum", kind.__qualname__)
"""


def test_a_warm_due_makes_its_records_cheaply(tmp_path: Path) -> None:
    """Every record class a warm `cds due` makes is a `Record` (core/tuples.py: ~0.2 M
    instructions each, where `typing.NamedTuple` took ~1 M), and no enum is made but the format
    choices typer needs (an enum class costs ~1 M; the statuses are plain texts)."""
    env = {**os.environ, "CDS_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "100"}
    due = (
        "import sys\n"
        "sys.argv = ['cds', 'due', '--month', '10/2023']\n"
        "from cds_tracker.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
    )
    made = subprocess.run(
        [sys.executable, "-c", due + _CLASSES],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    ).stdout.splitlines()
    costly = [line for line in made if line.startswith(("named tuple", "enum"))]
    assert sorted(costly) == sorted(f"enum {name}" for name in ENUMS)


def test_the_commands_listed_are_those_declared() -> None:
    """`cli.app.COMMANDS` names each command's module: what the modules declare, once all are
    imported, is exactly that list, and each lives where it says."""
    import importlib

    import typer.main

    from cds_tracker.cli.app import COMMANDS, app

    for module in sorted(set(COMMANDS.values())):
        importlib.import_module(f"cds_tracker.cli.{module}")
    declared = {
        command.name or typer.main.get_command_name(command.callback.__name__): command.callback
        for command in app.registered_commands
        if command.callback is not None
    }
    groups = [group.name for group in app.registered_groups]
    assert sorted([*declared, *groups]) == sorted(COMMANDS)
    for name, callback in declared.items():
        assert callback.__module__ == f"cds_tracker.cli.{COMMANDS[name]}", name
    assert groups == ["progress"]
    assert COMMANDS["progress"] == "progress"
