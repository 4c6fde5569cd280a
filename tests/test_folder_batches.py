"""One file per unit into a folder (`cds form --out DIR`, `cds remind --out DIR`): every name is
checked first, with the writer's own checks, and a name in the way refuses the whole batch, each
file named with why; a write failing midway names which files were written and which not
(attack20 F12: `form` said "chưa ghi gì" with 9 of 23 forms written)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()
WARDS = "UBND các phường, xã"  # a collective: one form per member, 9 in 11/2023
MEMBERS = [  # in the order they are written (form_units: the registry's order)
    "phuong-bac-son",
    "phuong-nam-son",
    "phuong-trung-son",
    "phuong-tay-son",
    "phuong-tan-binh",
    "phuong-yen-binh",
    "xa-dong-son",
    "xa-quang-son",
    "xa-yen-son",
]


def form_name(member: str) -> str:
    return f"phieu-bao-cao-{member}-2023-11.xlsx"


def forms(registry: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    result = runner.invoke(
        app,
        [
            "form", "--unit", WARDS, "--month", "11/2023", "--as-of", "01/11/2023",
            "--out", str(out), "--registry", str(registry), *extra,
        ],
    )  # fmt: skip
    return result.exit_code, result.stdout, result.stderr


def present(folder: Path) -> dict[str, str]:
    """What the folder holds after the run: name → kind (and a regular file's first bytes)."""
    held = {}
    for path in sorted(folder.iterdir()):
        if path.is_symlink():
            held[path.name] = f"link → {path.readlink()}"
        elif path.is_fifo():
            held[path.name] = "fifo"
        elif path.is_dir():
            held[path.name] = "folder"
        else:
            data = path.read_bytes()
            held[path.name] = "xlsx" if data.startswith(b"PK") else data.decode()
    return held


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_form_already_there_refuses_every_form(
    own_registry: Path, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / "phieu"
    out.mkdir()
    (out / form_name("phuong-tay-son")).write_text("old")
    code, stdout, stderr = forms(own_registry, out, *(["--lang", "en"] if lang == "en" else []))
    expected = {
        "vi": (
            f"cds: lỗi: 1 trong 9 tệp đã có trong '{out}'; chưa ghi gì:\n"
            f"{out}/phieu-bao-cao-phuong-tay-son-2023-11.xlsx: đã tồn tại\n"
            "  gợi ý: chọn --out khác, hoặc thêm --force để ghi đè\n"
        ),
        "en": (
            f"cds: error: 1 of the 9 files already exists in '{out}'; nothing was written:\n"
            f"{out}/phieu-bao-cao-phuong-tay-son-2023-11.xlsx: already exists\n"
            "  hint: choose another --out, or add --force to replace them\n"
        ),
    }
    assert (code, stdout, stderr) == (2, "", expected[lang])
    assert present(out) == {form_name("phuong-tay-son"): "old"}  # 8 forms were written before


VI_NOT_REGULAR = "không phải tệp thông thường; cds không ghi vào đó, kể cả với --force"
EN_NOT_REGULAR = "not a regular file; cds does not write there, even with --force"


@pytest.mark.parametrize("force", [False, True])
def test_a_fifo_a_link_and_a_folder_are_in_the_way_even_with_force(
    own_registry: Path, tmp_path: Path, force: bool
) -> None:
    out = tmp_path / "phieu"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere.xlsx"
    elsewhere.write_text("not cds's")
    os.mkfifo(out / form_name("phuong-bac-son"))
    (out / form_name("phuong-nam-son")).write_text("old")  # --force replaces it: not in the way
    (out / form_name("phuong-trung-son")).symlink_to(elsewhere)
    (out / form_name("xa-dong-son")).mkdir()
    before = present(out)
    assert before == {
        form_name("phuong-bac-son"): "fifo",
        form_name("phuong-nam-son"): "old",
        form_name("phuong-trung-son"): f"link → {elsewhere}",
        form_name("xa-dong-son"): "folder",
    }
    for lang in ("vi", "en"):
        extra = [*(["--force"] if force else []), *(["--lang", "en"] if lang == "en" else [])]
        code, stdout, stderr = forms(own_registry, out, *extra)
        if lang == "vi":
            old = "" if force else f"{out}/{form_name('phuong-nam-son')}: đã tồn tại\n"
            expected = (
                f"cds: lỗi: {3 if force else 4} trong 9 tệp đã có trong '{out}'; chưa ghi gì:\n"
                f"{out}/{form_name('phuong-bac-son')}: là một ống có tên (named pipe, FIFO), "
                f"{VI_NOT_REGULAR}\n"
                f"{old}"
                f"{out}/{form_name('phuong-trung-son')}: là một liên kết tượng trưng (symbolic "
                f"link), {VI_NOT_REGULAR}\n"
                f"{out}/{form_name('xa-dong-son')}: là một thư mục, {VI_NOT_REGULAR}\n"
                "  gợi ý: chọn --out khác, hoặc chuyển các tệp nêu trên đi chỗ khác (--force chỉ"
                " ghi đè tệp thường mà bạn được ghi)\n"
            )
        else:
            old = "" if force else f"{out}/{form_name('phuong-nam-son')}: already exists\n"
            expected = (
                f"cds: error: {3 if force else 4} of the 9 files already exist in '{out}'; "
                "nothing was written:\n"
                f"{out}/{form_name('phuong-bac-son')}: is a named pipe (FIFO), {EN_NOT_REGULAR}\n"
                f"{old}"
                f"{out}/{form_name('phuong-trung-son')}: is a symbolic link, {EN_NOT_REGULAR}\n"
                f"{out}/{form_name('xa-dong-son')}: is a folder, {EN_NOT_REGULAR}\n"
                "  hint: choose another --out, or move the files above away (--force replaces"
                " only regular files you may write)\n"
            )
        assert (code, stdout, stderr) == (2, "", expected)
        assert present(out) == before
        assert elsewhere.read_text() == "not cds's"  # the link was never followed


def test_a_read_only_form_is_in_the_way_with_force(own_registry: Path, tmp_path: Path) -> None:
    """The writer's own check (core/atomic.py `replaceable`), asked before any write."""
    out = tmp_path / "phieu"
    out.mkdir()
    kept = out / form_name("xa-yen-son")
    kept.write_text("signed")
    kept.chmod(0o444)
    code, _, stderr = forms(own_registry, out, "--force", "--lang", "en")
    assert code == 2
    assert stderr.splitlines()[:2] == [
        f"cds: error: 1 of the 9 files already exists in '{out}'; nothing was written:",
        f"{out}/{form_name('xa-yen-son')}: the file is read-only, this user may not write it (cds"
        " does not replace a file you may not change); to change it, make it writable (chmod"
        " u+w) and run again",
    ]
    assert present(out) == {form_name("xa-yen-son"): "signed"}


def full_disk_at(monkeypatch: pytest.MonkeyPatch, failing: int) -> None:
    """The `failing`-th file of the batch finds the disk full (1-based)."""
    from cds_tracker.output import files

    real = files.replace_file
    calls = []

    def replace_file(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == failing:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data)

    monkeypatch.setattr(files, "replace_file", replace_file)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_write_failing_midway_names_what_was_written_and_what_not(
    own_registry: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    out = tmp_path / "phieu"
    out.mkdir()
    (out / form_name("phuong-bac-son")).write_text("old")  # replaced, then kept (not removed)
    (out / form_name("xa-yen-son")).write_text("old")  # never reached: left as it was
    full_disk_at(monkeypatch, 4)
    code, stdout, stderr = forms(
        own_registry, out, "--force", *(["--lang", "en"] if lang == "en" else [])
    )
    failed = out / form_name("phuong-tay-son")
    if lang == "vi":
        head = (
            f"cds: lỗi: không ghi được {failed}: hết dung lượng đĩa; đã ghi 3 trong 9 tệp vào"
            f" '{out}', còn 6 tệp chưa ghi:"
        )
        written, unwritten = "đã ghi", "chưa ghi"
        hint = (
            "  gợi ý: khắc phục lỗi trên rồi chạy lại lệnh với --force (các tệp đã ghi sẽ được ghi"
            " lại)"
        )
    else:
        head = (
            f"cds: error: could not write {failed}: No space left on device; 3 of the 9 files"
            f" were written into '{out}', 6 were not:"
        )
        written, unwritten = "written", "not written"
        hint = (
            "  hint: fix the cause above, then run the command again with --force (the files"
            " already written are written again)"
        )
    assert (code, stdout) == (1, "")
    assert stderr.splitlines() == [
        head,
        *(f"{out / form_name(m)}: {written}" for m in MEMBERS[:3]),
        *(f"{out / form_name(m)}: {unwritten}" for m in MEMBERS[3:]),
        hint,
    ]
    assert present(out) == {
        form_name("phuong-bac-son"): "xlsx",
        form_name("phuong-nam-son"): "xlsx",
        form_name("phuong-trung-son"): "xlsx",
        form_name("xa-yen-son"): "old",
    }
    for member in MEMBERS[:3]:  # each written whole
        openpyxl.load_workbook(out / form_name(member))


def test_the_first_write_failing_says_nothing_was_written(
    own_registry: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "phieu"
    full_disk_at(monkeypatch, 1)
    code, _, stderr = forms(own_registry, out)
    first = out / form_name("phuong-bac-son")
    assert (code, stderr) == (
        1,
        f"cds: lỗi: không ghi được {first}: hết dung lượng đĩa; chưa ghi gì\n",
    )
    assert present(out) == {}


def test_remind_follows_the_same_rule(own_registry: Path, tmp_path: Path) -> None:
    """`remind --out DIR` (23 notes in 11/2023) and its forms: the one rule, the same lines."""
    out = tmp_path / "nhac"
    out.mkdir()
    os.mkfifo(out / "phong-y-te.md")
    (out / "cong-an.md").symlink_to(tmp_path / "nowhere.md")
    result = runner.invoke(
        app,
        [
            "remind", "--month", "11/2023", "--as-of", "01/11/2023", "--out", str(out),
            "--registry", str(own_registry), "--force", "--lang", "en",
        ],
    )  # fmt: skip
    assert (result.exit_code, result.stdout, result.stderr) == (
        2,
        "",
        f"cds: error: 2 of the 23 files already exist in '{out}'; nothing was written:\n"
        f"{out}/phong-y-te.md: is a named pipe (FIFO), {EN_NOT_REGULAR}\n"
        f"{out}/cong-an.md: is a symbolic link, {EN_NOT_REGULAR}\n"
        "  hint: choose another --out, or move the files above away (--force replaces only"
        " regular files you may write)\n",
    )
    assert present(out) == {
        "cong-an.md": f"link → {tmp_path / 'nowhere.md'}",
        "phong-y-te.md": "fifo",
    }
    assert not (tmp_path / "nowhere.md").exists()
