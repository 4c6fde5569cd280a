"""Where the cache goes (app/userdirs.py, app/cache.py): a relative XDG_CACHE_HOME is ignored, as
the XDG Base Directory spec says (it would put the cache wherever a command runs), and a cache
folder overlapping a plan's folder (CDS_CACHE_DIR=.cache run in the plan) is refused, exit 2,
before anything is made there: its key and files would lie among the plan's, to be committed
or read as data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app import cache
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
HINT_VI = (
    "  gợi ý: đặt CDS_CACHE_DIR là một thư mục ngoài kế hoạch, ví dụ ~/.cache/cds-tracker, hoặc "
    "bỏ biến đó để dùng chỗ mặc định; --no-cache để chạy không dùng bộ nhớ đệm"
)


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "plan"
    init_registry(folder)
    monkeypatch.chdir(folder)
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG: Linux and the BSDs")
def test_a_relative_xdg_cache_home_is_ignored(plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """XDG_CACHE_HOME=rel run in the plan: the cache goes to $HOME/.cache/cds-tracker, and the
    plan's folder holds the same files after as before."""
    monkeypatch.setenv("XDG_CACHE_HOME", "rel")
    home = Path.home()
    before = _files(plan)
    assert cache.root() == home / ".cache" / "cds-tracker"
    result = runner.invoke(app, ["list", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert _files(plan) == before
    assert (home / ".cache" / "cds-tracker" / "key").is_file()
    monkeypatch.setenv("XDG_CACHE_HOME", str(plan.parent / "abs"))  # an absolute one is used
    assert cache.root() == plan.parent / "abs" / "cds-tracker"


@pytest.mark.parametrize(
    ("where", "shown"),
    [(".cache", ".cache"), ("progress/x", "progress/x"), ("..", "..")],
)
def test_a_cache_folder_overlapping_the_plan_is_refused(
    plan: Path, monkeypatch: pytest.MonkeyPatch, where: str, shown: str
) -> None:
    """Inside the plan's folder (its top or its progress/), or holding it: exit 2, the folder
    named as given relative to here, nothing made in the plan's folder."""
    monkeypatch.setenv("CDS_CACHE_DIR", where)
    before = _files(plan)
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 2
    assert result.stdout == ""
    shown_cache = str(plan.parent) if where == ".." else shown  # outside here: absolute
    assert result.stderr.splitlines() == [
        f"cds: lỗi: thư mục bộ nhớ đệm CDS_CACHE_DIR '{shown_cache}' trùng với thư mục kế "
        "hoạch '.' (nằm trong nó hoặc chứa nó): khóa và tệp đệm sẽ lẫn với tệp của kế hoạch",
        HINT_VI,
    ]
    assert _files(plan) == before
    english = runner.invoke(app, ["--lang", "en", "list"])
    assert english.exit_code == 2
    assert english.stderr.splitlines()[0] == (
        f"cds: error: the cache folder CDS_CACHE_DIR '{shown_cache}' overlaps the plan's folder "
        "'.' (inside it or holding it): the cache's key and files would lie among the plan's "
        "files"
    )
    # the hint's ways out: --no-cache, or a folder beside the plan
    assert runner.invoke(app, ["--no-cache", "list"]).exit_code == 0
    monkeypatch.setenv("CDS_CACHE_DIR", str(plan.parent / "beside"))
    assert runner.invoke(app, ["list"]).exit_code == 0
    assert (plan.parent / "beside" / "key").is_file()
    assert _files(plan) == before


def test_a_cache_folder_inside_another_plan_of_the_workspace_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CDS_CACHE_DIR inside plans/2024/progress while --plan 2023 runs (review 8b, n2): the
    cache's files would lie among the 2024 plan's, committed with it; refused as its own plan's
    folder is, naming the workspace's plans/ folder, and nothing made in plans/."""
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "2024" / "progress").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", "plans/2024/progress/c")
    before = _files(tmp_path / "plans")
    result = runner.invoke(app, ["--plan", "2023", "list"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "cds: lỗi: thư mục bộ nhớ đệm CDS_CACHE_DIR 'plans/2024/progress/c' trùng với thư mục "
        "kế hoạch 'plans' (nằm trong nó hoặc chứa nó): khóa và tệp đệm sẽ lẫn với tệp của kế "
        "hoạch",
        HINT_VI,
    ]
    assert _files(tmp_path / "plans") == before
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "beside"))
    assert runner.invoke(app, ["--plan", "2023", "list"]).exit_code == 0


def test_the_default_place_inside_a_plan_kept_at_home_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A registry kept in one's home folder holds ~/.cache: not refused (the user chose neither),
    only a CDS_CACHE_DIR set inside the plan is."""
    home = tmp_path / "home"
    init_registry(home)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.chdir(home)
    result = runner.invoke(app, ["list", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert (home / ".cache" / "cds-tracker" / "key").is_file()
