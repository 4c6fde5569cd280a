"""Fill the user guide's example outputs (docs/huong-dan-su-dung.md) from real runs of `cds`.

The guide's prose is written by hand; every example it runs is a region between two comments,
which this script owns and rewrites:

    <!-- chạy: cds due --month 11/2023 --as-of 01/11/2023 -->
    ```
    cds due --month 11/2023 --as-of 01/11/2023
    ```

    ```
    (what cds printed)
    ```
    <!-- /chạy -->

Options go between `chạy` and the colon: `thoát=1` (the exit code the example is meant to show;
any other code stops the script), `đầu=30` (show the first 30 lines, then "…"), `cuối=3` (with
`đầu`: and the last 3). A command is `cds …`, optionally `… > FILE` (standard output into FILE,
standard error shown), or `cd FOLDER` (shown, nothing printed); the guide's commands use double
quotes only, which PowerShell, cmd and this script's shlex read alike.

`<!-- tệp đầu=8: PATH -->` … `<!-- /tệp -->` shows the first lines of a file an example wrote;
`<!-- chuẩn bị: NAME -->` runs a preparation the prose describes (a unit filling its form, a new
year's plan arriving as a Word file; docs/tools/preparations.py) without showing anything.
`<!-- đồng hồ: 01/10/2025 09:00 -->` moves the stopped clock to that minute (Vietnam time) for the
examples after it, which the prose says: a section about a later year (units merged in 2025)
records progress on days that would be in the future on the guide's first day.

Every region runs in document order, in one fresh temporary folder, as a clerk would in a terminal
80 columns wide: default language (Vietnamese), no colour, box-drawn tables, the clock stopped at
01/11/2023 09:00 (Asia/Ho_Chi_Minh) and new entry ids drawn from a fixed seed, so the guide is the
same on every machine and on every day. Commands run in-process through typer's CliRunner, which
gives what the console script prints (stdout and stderr interleaved) at a fraction of the cost.

    python docs/tools/make_guide.py            # rewrite the guide
    python docs/tools/make_guide.py --check    # exit 1 if the guide differs from real runs
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shlex
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from typer.testing import Result

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GUIDE = ROOT / "docs" / "huong-dan-su-dung.md"
WIDTH = 80
TODAY = dt.datetime(2023, 11, 1, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
ENVIRONMENT: dict[str, str | None] = {
    "COLUMNS": str(WIDTH),
    "NO_COLOR": "1",  # no escape codes in the guide...
    "FORCE_COLOR": "1",  # ...but the tables a terminal shows (box lines), not a pipe's ASCII
    "CDS_LANG": None,
    "CDS_REGISTRY": None,
    "CDS_PLAN": None,
    "CDS_NO_CACHE": None,
}

DIRECTIVE = re.compile(
    r"^(?P<indent>[ ]*)<!-- (?:"
    r"(?P<kind>chạy|tệp)(?P<options>[^:\n]*): (?P<what>[^\n]+?) -->\n(?P<body>.*?)"
    r"^(?P=indent)<!-- /(?P=kind) -->\n"
    r"|chuẩn bị: (?P<prepare>[\w-]+) -->\n"
    r"|đồng hồ: (?P<clock>\d\d/\d\d/\d{4} \d\d:\d\d) -->\n)",
    re.MULTILINE | re.DOTALL,
)


class GuideError(Exception):
    """An example that did not do what the guide says (wrong exit code, a leaked path...)."""


@dataclass(frozen=True)
class Options:
    exit_code: int = 0
    head: int | None = None  # show the first lines only...
    tail: int = 0  # ...and these last ones, with "…" between


def parse_options(text: str, where: str) -> Options:
    found: dict[str, int] = {}
    names = {"thoát": "exit_code", "đầu": "head", "cuối": "tail"}
    for word in text.split():
        name, _, value = word.partition("=")
        if name not in names or not value.isdigit():
            raise GuideError(f"{where}: unknown option '{word}' (thoát=N, đầu=N, cuối=N)")
        found[names[name]] = int(value)
    return Options(**found)


class Session:
    """One temporary folder in which the guide's examples run, in order."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cwd = root
        home = root / ".home"  # no user settings, no cache of the user's, read or written
        home.mkdir()
        self.environment = {
            **ENVIRONMENT,
            "HOME": str(home),
            "USERPROFILE": str(home),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "CDS_CACHE_DIR": None,
        }
        self.ids = random.Random(12)
        self.problems: list[str] = []  # what the guide must not show (a temporary path)
        self.wide: list[tuple[str, str]] = []  # (command, line) wider than WIDTH

    def run(self, command: str) -> tuple[int, str]:
        words = shlex.split(command)
        if words[:1] == ["cd"] and len(words) == 2:
            target = (self.cwd / words[1]).resolve()
            if not target.is_relative_to(self.root.resolve()) or not target.is_dir():
                raise GuideError(f"cd {words[1]}: no such folder in the example's workspace")
            self.cwd = target
            return 0, ""
        if words[:1] != ["cds"]:
            raise GuideError(f"not a cds command: {command}")
        if len(words) > 2 and words[-2] == ">":  # `> FILE`: standard output into the file
            result = self._cds(words[1:-2])
            (self.cwd / words[-1]).write_text(result.stdout, encoding="utf-8")
            return result.exit_code, result.stderr
        result = self._cds(words[1:])
        return result.exit_code, result.output  # stdout and stderr as a terminal interleaves them

    def _cds(self, args: list[str]) -> Result:
        from typer.testing import CliRunner

        from cds_tracker.cli import _lift_plan_option, app

        argv = ["cds", *args]
        _lift_plan_option(argv)  # as the console script does: `cds due --plan 2024`
        previous = Path.cwd()
        os.chdir(self.cwd)
        try:
            result = CliRunner(env=self.environment).invoke(app, argv[1:])
        finally:
            os.chdir(previous)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise GuideError(f"cds {shlex.join(args)} raised {result.exception!r}")
        return result

    def new_id(self) -> str:
        return f"{self.ids.getrandbits(48):012x}"


def fence(text: str) -> str:
    """A code fence longer than any run of backticks in `text`."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def block(lines: list[str], indent: str) -> str:
    body = "\n".join(lines)
    mark = fence(body)
    return "".join((indent + line).rstrip() + "\n" for line in [mark, *lines, mark])


def shown(output: str, options: Options) -> list[str]:
    lines = [line.rstrip() for line in output.rstrip("\n").split("\n")]
    if options.head is not None and len(lines) > options.head + options.tail + 1:
        lines = [*lines[: options.head], "…", *lines[len(lines) - options.tail :]]
    return lines


# Text for programs and files, not laid out for a terminal: JSON, CSV, Markdown; and the
# `file:line:col: message` line of a problem, which editors read and which must stay one line.
MACHINE_FORMAT = re.compile(r"--format[ =](json|csv|markdown)\b|--excel\b")
PROBLEM_LINE = re.compile(r"^\S+?:\d+(:\d+)*: ")


def check_output(session: Session, command: str, lines: list[str], *, terminal: bool) -> None:
    """No temporary path in the guide; each line a terminal shows wider than the guide's 80
    columns is recorded (tests/test_guide.py knows the ones still to fix)."""
    from cds_tracker.output.screen import cell_len

    for line in lines:
        if str(session.root) in line or str(session.root.resolve()) in line:
            session.problems.append(f"{command}: prints a temporary path: {line}")
        if terminal and cell_len(line) > WIDTH and not PROBLEM_LINE.match(line):
            session.wide.append((command, line))


def region(session: Session, match: re.Match[str]) -> str:
    indent, what = match["indent"], match["what"]
    head = f"{indent}<!-- {match['kind']}{match['options']}: {what} -->\n"
    options = parse_options(match["options"], what)
    if match["kind"] == "tệp":
        path = (session.cwd / what).resolve()
        if not path.is_relative_to(session.root.resolve()):
            raise GuideError(f"{what}: outside the example's workspace")
        lines = shown(path.read_text(encoding="utf-8"), options)
        check_output(session, what, lines, terminal=False)
        return head + block(lines, indent) + f"{indent}<!-- /tệp -->\n"
    code, output = session.run(what)
    if code != options.exit_code:
        expected = options.exit_code
        raise GuideError(f"{what}: exit code {code}, the guide expects {expected}\n{output}")
    parts = [head, block([what], indent)]
    if output.strip():
        lines = shown(output, options)
        terminal = not MACHINE_FORMAT.search(what) or ">" in shlex.split(what)
        check_output(session, what, lines, terminal=terminal)
        parts += ["\n", block(lines, indent)]
    return "".join(parts) + f"{indent}<!-- /chạy -->\n"


@contextmanager
def stopped_clock(session: Session) -> Iterator[Any]:
    """01/11/2023 09:00 in Vietnam for every clock cds reads; entry and form ids from a seed."""
    import time_machine

    from cds_tracker.output import xlsx_form
    from cds_tracker.progress import new_entry

    saved = new_entry.new_entry_id, xlsx_form.new_form_id
    new_entry.new_entry_id = xlsx_form.new_form_id = session.new_id
    try:
        with time_machine.travel(TODAY, tick=False) as clock:
            yield clock
    finally:
        new_entry.new_entry_id, xlsx_form.new_form_id = saved


@dataclass(frozen=True)
class Generated:
    text: str  # the guide with every region filled
    problems: list[str]  # what it must not show: a temporary path
    wide: list[tuple[str, str]]  # (command, line) for each terminal line wider than WIDTH


def generate(text: str, root: Path) -> Generated:
    """The guide with every region filled by running it in `root` (an empty folder)."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    from preparations import PREPARATIONS  # beside this file

    session = Session(root)
    out: list[str] = []
    last = 0
    with stopped_clock(session) as clock:
        for match in DIRECTIVE.finditer(text):
            out.append(text[last : match.start()])
            last = match.end()
            if match["clock"]:
                moved = dt.datetime.strptime(match["clock"], "%d/%m/%Y %H:%M")
                clock.move_to(moved.replace(tzinfo=TODAY.tzinfo))
                out.append(match.group(0))
            elif match["prepare"]:
                name = match["prepare"]
                if name not in PREPARATIONS:
                    raise GuideError(f"no preparation named '{name}'")
                try:
                    PREPARATIONS[name](session.cwd, session.run)
                except Exception as error:  # a preparation that fails stops the guide, named
                    raise GuideError(f"preparation {name}: {error!r}") from error
                out.append(match.group(0))
            else:
                out.append(region(session, match))
    out.append(text[last:])
    return Generated("".join(out), session.problems, session.wide)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("guide", nargs="?", type=Path, default=GUIDE)
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    text = args.guide.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="cds-guide-") as folder:
        try:
            done = generate(text, Path(folder))
        except GuideError as error:
            print(f"make_guide: {error}", file=sys.stderr)
            return 1
    for command, line in done.wide:
        print(f"make_guide: wider than {WIDTH} columns: {command}: {line}", file=sys.stderr)
    for problem in done.problems:
        print(f"make_guide: {problem}", file=sys.stderr)
    if args.check:
        if done.text != text:
            print(f"{args.guide} differs from real runs: python docs/tools/make_guide.py")
            return 1
    elif done.text != text:
        args.guide.write_text(done.text, encoding="utf-8")
        print(f"rewrote {args.guide}")
    return 1 if done.problems else 0


if __name__ == "__main__":
    sys.exit(main())
