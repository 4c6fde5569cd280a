"""Vietnamese by default, English with --lang en / CDS_LANG=en, for every word a person reads.

Every command and sub-command (listed from the app, so a new one cannot be forgotten) runs on a
normal path and on its error paths, in both languages; what it prints (stdout and stderr) must
hold none of the other language's words. Those words are a short list below plus every word that
only one language of the catalogue uses, so a message added later is covered by its own words.
The data stays as written in both languages (target contents, unit names, what the user typed):
its words are taken out of the lists, and a file's line quoted under a problem is not checked.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.output.words import Lang

from paths import REGISTRY

ENGLISH = [
    "error", "hint", "usage", "options", "commands", "arguments", "unknown", "invalid",
    "show this message", "did you mean", "targets", "status", "total", "not started",
    "in progress", "problem", "valid", "missing", "default", "required",
    "folder", "recorded", "example", "registry", "cannot", "no such",
]  # fmt: skip
VIETNAMESE = [
    "lỗi", "gợi ý", "cách dùng", "tùy chọn", "lệnh", "không có", "không hợp lệ", "tình trạng",
    "đang thực hiện", "chưa thực hiện", "quá hạn", "hợp lệ", "ví dụ", "sổ đăng ký", "mặc định",
    "bắt buộc", "đã ghi", "có phải ý bạn",
]  # fmt: skip


def _tokens(text: str) -> set[str]:
    """Words of a text, folded; parts of identifiers (van-phong, online_payment_share) are not."""
    return set(re.findall(r"(?<![\w-])[^\W\d_]+(?![\w-])", text.casefold()))


def _texts_of(path: Path) -> list[str]:
    """Every text value of a YAML file: what the data says."""
    from ruamel.yaml import YAML

    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            texts.append(node)

    walk(YAML(typ="safe").load(path.read_text(encoding="utf-8")))
    return texts


@functools.cache
def _catalogue_words() -> tuple[list[str], list[str]]:
    """The words only one language of the catalogue uses, besides the lists above: a message
    added later is covered by its own words. English words of three letters or more; Vietnamese
    words that carry a diacritic (an unaccented syllable may be an English word or a name)."""
    from cds_tracker.output.words import catalogue

    def words(text: str) -> set[str]:
        # a {value} is not a word; the words of a {count:one|other} choice are (output/plural.py)
        return _tokens(re.sub(r"\{\w*(?::([^{}]*))?\}", lambda m: f" {m[1] or ''} ", text))

    vi = set().union(*(words(v) for v, _ in catalogue().values()))
    en = set().union(*(words(e) for _, e in catalogue().values()))
    english = {w for w in en - vi if len(w) >= 3 and w.isascii()}
    vietnamese = {w for w in vi - en if not w.isascii()}
    return sorted(english), sorted(vietnamese)


def _words_in(text: str, words: list[str] | set[str]) -> list[str]:
    # Option names (--as-of), paths and file names are the program's, not words of a language;
    # a file's line quoted under a problem (`  12 | …`) is the file's.
    text = re.sub(r"(?m)^ +\d+ \| .*$", " ", text)
    # how each window sets a variable (`cds init`: PowerShell, cmd, bash) is the window's syntax
    text = re.sub(r'\$env:\w+ = "[^"]*"|\bset "\w+=[^"]*"|\bexport \w+="[^"]*"', " ", text)
    text = re.sub(
        r"(?<![\w-])--?[\w-]+|\S*[/\\]\S*|\S+\.(yaml|md|json|xlsx|docx|csv|ics|html|txt)\b",
        " ",
        text,
    )
    found = _tokens(text)
    return sorted(w for w in words if (" " in w and w in text.casefold()) or w in found)


def test_the_word_lists_hold_no_word_of_the_registry() -> None:
    """So a word found in the output is a message's, never the data's."""
    assert _words_in("\n".join(_texts_of(REGISTRY)), ENGLISH + VIETNAMESE) == []


def test_the_catalogue_adds_the_words_of_every_message() -> None:
    english, vietnamese = _catalogue_words()
    assert {"nothing", "written", "exist", "folder", "cannot"} <= set(english)
    assert {"lỗi", "gợi", "tệp", "mục"} <= set(vietnamese)


# --- every command, on a normal path and on error paths, in both languages -------------------

IDENTITY = {
    "GIT_AUTHOR_NAME": "Can bo",
    "GIT_AUTHOR_EMAIL": "canbo@example.vn",
    "GIT_COMMITTER_NAME": "Can bo",
    "GIT_COMMITTER_EMAIL": "canbo@example.vn",
    "CDS_NO_CACHE": "1",
}
HEADING_2024 = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
PLAN_2024 = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    (
        "1.",
        "100% UBND các phường, xã số hóa hồ sơ thủ tục hành chính.",
        "Chủ tịch UBND các phường, xã",
        "UBND các phường, xã",
        "Phòng Văn hóa và Thông tin",
        "Tháng 9/2024",
        "",
    ),
]


@dataclass(frozen=True)
class World:
    """Registries and files every run may use; `tmp` is the run's own folder (set per test)."""

    root: Path
    data_words: frozenset[str]

    def paths(self, tmp: Path) -> dict[str, str]:
        root = self.root
        return {
            "reg": str(root / "reg"),  # cds init, one entry recorded
            "faults": str(root / "faults"),  # Bắc Sơn ends on 30/06/2023; entries that break rules
            "comment": str(root / "comment"),  # a YAML progress file with an end-of-line comment
            "ws": str(root / "ws"),  # plans/2023 (cds init) and plans/2024 (imported)
            "clone": str(root / "clone"),  # a git clone with an upstream
            "docx": str(root / "ke-hoach.docx"),
            "broken": str(root / "hong.docx"),
            "txt": str(root / "ghi-chu.txt"),
            "form": str(root / "phieu.xlsx"),
            "pipe": str(root / "ong"),  # a named pipe
            "dangling": str(root / "lien-ket"),  # a symbolic link to nothing
            "ended": str(root / "ended"),  # Bắc Sơn ends on 30/06/2023
            "tmp": str(tmp),
        }


def _git(cwd: Path, *args: str) -> None:
    done = subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=False,
        env={**os.environ, **IDENTITY},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def _ok(*args: str) -> None:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output


def _with_unit_ended(folder: Path, *, entries: bool = True) -> None:
    """phường Bắc Sơn ends on 30/06/2023; its file holds a report of 01/10/2023 (outside its
    time), and Phòng Y tế's a report that corrects itself."""
    registry = folder / "phu_luc_01.yaml"
    text = registry.read_text(encoding="utf-8")
    text = text.replace(
        "name: UBND phường Bắc Sơn\n",
        "name: UBND phường Bắc Sơn\n      valid_to: '2023-06-30'\n",
        1,
    )
    registry.write_text(text, encoding="utf-8")
    if not entries:
        return
    line = '- {{"id": "{id}", "target": "{t}", "unit": "{u}", "status": "in_progress", ' \
        '"date": "2023-10-01", "written": "2023-10-02T08:00:00+00:00"{more}}}\n'  # fmt: skip
    (folder / "progress" / "phuong-bac-son.yaml").write_text(
        line.format(id="a1b2c3d4e5f6", t="II.1", u="phuong-bac-son", more=""), encoding="utf-8"
    )
    (folder / "progress" / "phong-y-te.yaml").write_text(
        line.format(
            id="f6e5d4c3b2a1", t="III.4", u="phong-y-te", more=', "corrects": "f6e5d4c3b2a1"'
        ),
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    from appendix_files import preamble, registry_rows, write_docx
    from cds_tracker.app.setup import init_registry
    from cds_tracker.registry.loading import load_registry

    root = tmp_path_factory.mktemp("world")
    with pytest.MonkeyPatch.context() as env:
        for name in ("CDS_REGISTRY", "CDS_LANG", "CDS_PLAN"):
            env.delenv(name, raising=False)
        env.setenv("HOME", str(root / "home"))
        env.setenv("XDG_CACHE_HOME", str(root / "home" / ".cache"))
        env.setenv("CDS_NO_CACHE", "1")
        for name in ("reg", "faults", "comment", "ended"):
            init_registry(root / name)
        _ok("progress", "add", "III.4", "--unit", "VP HĐND-UBND", "--status", "in_progress",
            "--date", "01/10/2023", "--force", "--registry", str(root / "reg"))  # fmt: skip
        (root / "reg" / "progress" / "phong-y-te.yaml").write_text(
            f'- {{"id": "{ENTRY}", "target": "III.4", "unit": "phong-y-te", "status": '
            '"in_progress", "date": "2023-10-01", "written": "2023-10-02T08:00:00+00:00"}\n',
            encoding="utf-8",
        )
        _with_unit_ended(root / "faults")
        _with_unit_ended(root / "ended", entries=False)
        (root / "comment" / "progress" / "phong-y-te.yaml").write_text(
            "- {id: 'c0ffee000001', target: III.4, unit: phong-y-te, status: in_progress,"
            " date: '2023-10-01', written: '2023-10-02T08:00:00+00:00'}  # đã gọi điện\n",
            encoding="utf-8",
        )
        init_registry(root / "ws" / "plans" / "2023")
        plan = write_docx(root / "ke-hoach-2024.docx", PLAN_2024, HEADING_2024)
        _ok("import", str(plan), "--out", str(root / "ws/plans/2024/phu_luc_01.yaml"),
            "--registry", str(root / "reg"))  # fmt: skip
        shipped = load_registry(REGISTRY).registry
        assert shipped is not None
        write_docx(root / "ke-hoach.docx", registry_rows(shipped), preamble(shipped.document))
        (root / "hong.docx").write_bytes(b"PK\x03\x04 not a zip at all")
        (root / "ghi-chu.txt").write_text("Phụ lục 01\n", encoding="utf-8")
        _ok("form", "--unit", "Phòng Y tế", "--month", "11/2023", "--as-of", "01/11/2023",
            "--out", str(root / "phieu.xlsx"), "--registry", str(root / "reg"))  # fmt: skip
        os.mkfifo(root / "ong")
        (root / "lien-ket").symlink_to(root / "khong-co")
        bare = root / "kho.git"
        _git(root, "init", "-q", "--bare", "-b", "main", str(bare))
        _git(root, "clone", "-q", str(bare), str(root / "clone"))
        _git(root / "clone", "checkout", "-q", "-b", "main")
        init_registry(root / "clone" / "data")
        _git(root / "clone", "add", ".")
        _git(root / "clone", "commit", "-q", "-m", "So dang ky")
        _git(root / "clone", "push", "-q", "-u", "origin", "main")
        data = [*_texts_of(REGISTRY), *_texts_of(root / "ws/plans/2024/phu_luc_01.yaml")]
        yield World(root, frozenset(_tokens("\n".join(data))))


@dataclass(frozen=True)
class Run:
    args: tuple[str, ...]
    code: int  # the exit code the path gives: 0 for a normal path
    cwd: str | None = None  # a key of World.paths; the default is the run's own folder
    before: tuple[str, ...] = ()  # a command run first (exit 0), in the same folder
    machine: bool = False  # stdout is for programs (JSON Schema): only stderr is for people
    foreign: str = ""  # words of another program that the message quotes
    vi_xfail: str = ""  # a known English word in Vietnamese output, left to another change


def run(*args: str, code: int = 0, **options: Any) -> Run:
    return Run(args, code, **options)


REG = ("--registry", "{reg}")
AS_OF = ("--as-of", "15/10/2023")
# Each command (listed from the app below, so that a new one cannot be forgotten) with a normal
# path and its error paths. A placeholder {name} is a path of World.paths.
RUNS: dict[str, list[Run]] = {
    "cds": [
        run("--help"),
        run("--version"),
        run("nosuchcommand", code=2),
        run("due", "--no-such-option", code=2),
    ],
    "cds validate": [
        run("validate", "{reg}"),
        run("validate", "{faults}", code=1),  # a unit outside its time, a correction loop
        run("validate", "{tmp}/khong-co", code=2),
    ],
    "cds schema": [
        run("schema", "progress", machine=True),
        run("schema", "progress", "thua", code=2),
    ],
    "cds init": [run("init", "{tmp}/moi"), run("init", "{reg}", code=2)],
    "cds sync": [
        run(
            "sync",
            "--registry",
            "{clone}/data",
            cwd="clone",
            before=(
                "progress",
                "add",
                "III.4",
                "--unit",
                "Y tế",
                "--status",
                "in_progress",
                "--date",
                "01/10/2023",
                "--registry",
                "{clone}/data",
            ),
        ),
        run("sync", *REG, code=2),  # not in a git repository
    ],
    "cds remind": [
        run("remind", *AS_OF, "--out", "{tmp}/don-doc", *REG),
        run("remind", *AS_OF, "--with-form", *REG, code=2),
        run("remind", *AS_OF, "--format", "docx", *REG, code=2),
        run("remind", *AS_OF, "--send", *REG, code=2),  # no mail server set
    ],
    "cds export": [
        run("export", "--format", "xlsx", "--out", "{tmp}/phu-luc.xlsx", *REG),
        run("export", "--format", "ics", "--out", "{pipe}", "--force", *REG, code=2),
        run("export", "--format", "html", "--out", "{dangling}/phu-luc.html", *REG, code=2),
    ],
    "cds form": [
        run("form", "--unit", "Y tế", "--month", "11/2023", "--out", "{tmp}/p.xlsx", *REG),
        run("form", "--unit", "UBND các phường, xã", "--out", "{tmp}/p.xlsx", *REG, code=2),
    ],
    "cds import": [
        run("import", "{docx}", "--out", "{tmp}/moi.yaml", *REG),
        run("import", "{txt}", *REG, code=2),
        # the reader's own words about the file follow ours, as the YAML parser's do
        run("import", "{broken}", *REG, code=1),  # the reader's English: --lang en only
        run("import", "{tmp}/khong-co.docx", *REG, code=2),
    ],
    "cds diff": [
        run("diff", "{reg}/phu_luc_01.yaml", "{ws}/plans/2024/phu_luc_01.yaml"),
        run("diff", "{tmp}/khong-co.yaml", "{reg}/phu_luc_01.yaml", code=2),
    ],
    "cds plans": [run("plans", "--as-of", "01/12/2023", cwd="ws"), run("plans", code=2)],
    "cds carry-over": [
        run("carry-over", "--from", "2023", "--to", "2024", "--as-of", "01/12/2023", cwd="ws"),
        run("carry-over", "--from", "2023", "--to", "2023", cwd="ws", code=2),
    ],
    "cds due": [
        run("due", "--month", "10/2023", *AS_OF, *REG),
        run("due", "--month", "13/2023", *REG, code=2),
        run("due", "--plan", "2099", cwd="ws", code=2),
        run("due", "--plan", "2024", code=2),  # no workspace here
    ],
    "cds late": [
        run("late", "--as-of", "01/12/2023", *REG),
        run("late", "--all-plans", "--as-of", "01/12/2023", cwd="ws"),
        run("late", "--all-plans", code=2),
    ],
    "cds report": [
        run("report", "--unit", "Phòng Y tế", "--as-of", "01/12/2023", *REG),
        run("report", "--unit", "Phòng ABC XYZ", *REG, code=2),
        run("report", "--unit", "Phong Y tees", *REG, code=2),
        run(
            "report", "--unit", "Bắc Sơn", "--as-of", "01/12/2023", "--registry", "{ended}", code=2
        ),
        run("report", *REG, code=2),
    ],
    "cds list": [
        run("list", "--status", "hoàn thành", *REG),
        run("list", "--role", "lead", *REG, code=2),
        run("list", "--status", "xong", *REG, code=2),
    ],
    "cds show": [
        run("show", "II.4", *REG),
        run("show", "II.44", *REG, code=2),
        run("show", "II.4", "--format", "csv", *REG, code=2),
    ],
    "cds units": [run("units", *REG), run("units", "--format", "nosuch", *REG, code=2)],
    "cds summary": [
        run("summary", "--as-of", "01/12/2023", *REG),
        run("summary", "--format", "docx", *REG, code=2),
    ],
    "cds progress": [run("progress", "--help"), run("progress", "nosuch", code=2)],
    "cds progress add": [
        run(
            "progress",
            "add",
            "III.4",
            "--unit",
            "Y tế",
            "--status",
            "done",
            "--value",
            "{value}=50",
            "--date",
            "01/10/2023",
            *REG,
        ),
        run("progress", "add", "--help"),
        run("progress", "add", "III.4", "--unit", "Y tế", "--status", "đang làm", *REG, code=2),
        run(
            "progress",
            "add",
            "III.4",
            "--unit",
            "Y tế",
            "--status",
            "done",
            "--value",
            "x=1",
            *REG,
            code=2,
        ),
        run(
            "progress",
            "add",
            "III.4",
            "--unit",
            "Y tế",
            "--status",
            "done",
            "--date",
            "01/01/2999",
            *REG,
            code=2,
        ),
        run(
            "progress",
            "add",
            "II.1",
            "--unit",
            "Bắc Sơn",
            "--status",
            "in_progress",
            "--date",
            "01/10/2023",
            "--registry",
            "{ended}",
            code=2,
        ),
        run(
            "progress",
            "add",
            "III.4",
            "--unit",
            "Y tế",
            "--status",
            "done",
            "--value",
            "{value}=1",
            "--value",
            "{value}=2",
            *REG,
            code=2,
        ),
        run(
            "progress",
            "add",
            "III.4",
            "--unit",
            "Y tế",
            "--status",
            "in_progress",
            "--value",
            "{value}=0/0",
            *REG,
            code=2,
        ),
        run(
            "progress",
            "add",
            "III.4",
            "--unit",
            "VP HĐND-UBND",  # Y tế's report: another unit's (an earlier date is no fault, a16_03)
            "--status",
            "done",
            "--corrects",
            "{entry}",
            "--date",
            "02/10/2023",
            "--force",
            *REG,
            code=2,
        ),
    ],
    "cds progress list": [
        run("progress", "list", *REG),
        run("progress", "list", "--unit", "Phòng ABC", *REG, code=2),
    ],
    "cds progress normalise": [
        run("progress", "normalise", *REG),
        run("progress", "normalise", "--registry", "{comment}", code=1),
    ],
    "cds progress import": [
        run("progress", "import", "{form}", "--dry-run", *REG),
        run("progress", "import", "{txt}", *REG, code=1),
    ],
}
VALUE, ENTRY = "health_facilities_cashless", "0a0b0c0d0e0f"  # III.4's indicator; Y tế's report


def _app_commands() -> list[str]:
    """Every command and sub-command of the app (typer may vendor click: no isinstance)."""

    def walk(group: Any, prefix: str) -> list[str]:
        found = [prefix]
        for name in sorted(group.list_commands(None)):  # declared when asked for (cli/app.py)
            command = group.get_command(None, name)
            found += (
                walk(command, f"{prefix} {name}")
                if hasattr(command, "commands")
                else [f"{prefix} {name}"]
            )
        return found

    return walk(typer.main.get_command(app), "cds")


def test_every_command_runs_on_a_normal_and_an_error_path() -> None:
    assert sorted(RUNS) == sorted(_app_commands())
    for name, runs in RUNS.items():
        assert {r.code == 0 for r in runs} == {True, False}, name


CASES = [pytest.param(r, id=" ".join(r.args)[:80]) for runs in RUNS.values() for r in runs]
CASES_VI = [
    pytest.param(
        r,
        id=" ".join(r.args)[:80],
        marks=[pytest.mark.xfail(reason=r.vi_xfail, strict=True)] if r.vi_xfail else [],
    )
    for runs in RUNS.values()
    for r in runs
]


def _invoke(
    world: World, case: Run, lang: Lang, tmp_path: Path, monkeypatch: Any, first: bool = False
) -> str:
    """What the run prints for people (stdout and stderr, or stderr alone for a machine's
    format), after checking its exit code."""
    paths = {**world.paths(tmp_path), "value": VALUE, "entry": ENTRY}
    monkeypatch.chdir(paths[case.cwd] if case.cwd else tmp_path)
    for name, value in IDENTITY.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("COLUMNS", "250")  # a unit id wrapped in two would be two odd words
    if case.before:
        before = CliRunner().invoke(app, [a.format(**paths) for a in case.before])
        assert before.exit_code == 0, before.output
    args = [a.format(**paths) for a in case.args]
    where = [*args, "--lang", lang] if lang == "en" else args
    result = CliRunner().invoke(app, ["--lang", lang, *args] if first else where)
    assert result.exit_code == case.code, result.output
    assert result.output.strip()
    assert case.foreign in result.output
    said = result.stderr if case.machine else result.output
    # what the user typed is theirs ("đang làm" refused as a status), not the tool's words
    for typed in sorted(args, key=len, reverse=True):
        said = said.replace(typed, " ")
    return said.replace(case.foreign, " ") if case.foreign else said


@pytest.mark.parametrize("case", CASES_VI)
def test_vietnamese_by_default(
    world: World, case: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = _invoke(world, case, "vi", tmp_path, monkeypatch)
    english = set(ENGLISH) | set(_catalogue_words()[0])
    found = _words_in(output, english - world.data_words)
    assert found == [], f"{found}\n{output}"


@pytest.mark.parametrize("case", CASES)
def test_english_on_request(
    world: World, case: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = _invoke(world, case, "en", tmp_path, monkeypatch)
    # What the data says stays Vietnamese (unit names, target texts): its words are not listed.
    vietnamese = set(VIETNAMESE) | set(_catalogue_words()[1])
    found = _words_in(output, vietnamese - world.data_words)
    assert found == [], f"{found}\n{output}"


BEFORE_THE_COMMAND = [
    pytest.param(r, id=" ".join(r.args)[:80])
    for name in ("cds late", "cds remind", "cds summary", "cds export", "cds progress add")
    for r in RUNS[name]
]


@pytest.mark.parametrize("case", BEFORE_THE_COMMAND)
def test_english_asked_before_the_command(
    world: World, case: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cds --lang en late …` is English from its title to its errors, as `cds late … --lang en`."""
    output = _invoke(world, case, "en", tmp_path, monkeypatch, first=True)
    vietnamese = set(VIETNAMESE) | set(_catalogue_words()[1])
    found = _words_in(output, vietnamese - world.data_words)
    assert found == [], f"{found}\n{output}"


@pytest.fixture
def registry(own_registry: Path) -> Path:
    _ok("progress", "add", "III.4", "--unit", "VP HĐND-UBND", "--status", "in_progress",
        "--date", "01/10/2023", "--force", "--registry", str(own_registry))  # fmt: skip
    return own_registry


def test_cds_lang_en_is_english(registry: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDS_LANG", "en")
    result = CliRunner().invoke(app, ["show", "II.44", "--registry", str(registry)])
    assert (result.exit_code, result.output) == (
        2,
        "cds: error: unknown target 'II.44'\n  hint: did you mean 'II.4'?\n",
    )


def test_vietnamese_error_exactly(registry: Path) -> None:
    result = CliRunner().invoke(app, ["show", "II.44", "--registry", str(registry)])
    assert (result.exit_code, result.output) == (
        2,
        "cds: lỗi: không có chỉ tiêu 'II.44'\n  gợi ý: có phải ý bạn là 'II.4'?\n",
    )


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--lang", "fr", "units"], {}),
        (["units", "--lang=de"], {}),
        (["units"], {"CDS_LANG": "fr"}),
    ],
)
def test_unknown_language_is_refused(args: list[str], env: dict[str, str]) -> None:
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 2
    assert result.output.startswith("cds: lỗi: ")
    assert "không hỗ trợ ngôn ngữ" in result.output


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("hoàn thành", "done"),
        ("Hoan Thanh", "done"),
        ("ĐANG THỰC HIỆN", "in_progress"),
        ("chua thuc hien", "not_started"),
        ("in_progress", "in_progress"),
        ("not started", "not_started"),
    ],
)
def test_status_in_vietnamese(own_registry: Path, words: str, code: str) -> None:
    import json

    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "progress",
            "add",
            "III.4",
            "--unit",
            "Phòng Y tế",
            "--status",
            words,
            "--date",
            "01/10/2023",
            "--registry",
            str(own_registry),
        ],
    )
    assert result.exit_code == 0, result.output
    listed = runner.invoke(
        app, ["progress", "list", "--format", "json", "--registry", str(own_registry)]
    )
    assert [e["status"] for e in json.loads(listed.output)] == [code]


@pytest.mark.parametrize(
    "month", ["tháng 10/2023", "Tháng 10/2023", "T10/2023", "t10/2023", "10/2023"]
)
def test_months_as_written(month: str) -> None:
    result = CliRunner().invoke(
        app, ["due", "--month", month, "--as-of", "15/10/2023", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert '"id": "I.1"' in result.output or '"id"' in result.output
