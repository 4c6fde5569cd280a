"""`cds import NEW.docx --revise` as a clerk meets its edges: the JSON form (a program's
contract), a table of another year's plan, options that do not go with a revision, the bundled
registry. The workspace is test_revise.py's: plans/2024 holds I.1, I.2, I.3, II.1 from a Word
table and 31 targets carried from 2023; the revision (Kế hoạch số 12/KH-BCĐ ngày 20/03/2024)
changes I.1's deadline 9→10/2024, drops I.2, prints I.3 as 2., adds a new 3. (written I.9) and
adds Phòng Nội vụ to II.1's cooperating units."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import test_revise
from appendix_files import write_docx
from test_revise import (
    HEADING,
    NEW_TEXT,
    REGISTRY,
    REVISED,
    REVISED_HEADING,
    cds,
    statuses,
)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    made: Path = test_revise.workspace.__wrapped__(tmp_path, monkeypatch)  # type: ignore[attr-defined]
    return made


KEYS = [
    "registry", "file", "status", "kept", "renumbered", "changed", "added", "cancelled",
    "restored", "redated", "carried_kept", "indicators_to_review", "uncertain", "groups",
    "document",
    "problems",
    "notes", "needs_review", "after_plan_year",
]  # fmt: skip
REASON = "Bãi bỏ theo văn bản điều chỉnh: Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"
REVISE = ("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "20/03/2024")


def test_the_revision_as_json_proposed_written_then_unchanged(workspace: Path) -> None:
    path = workspace / REGISTRY
    before = path.read_bytes()
    proposed = cds(*REVISE, "--format", "json")  # no --yes: nothing asked, nothing written
    assert proposed.exit_code == 0, proposed.output
    data = json.loads(proposed.output)
    assert list(data) == KEYS
    assert (data["registry"], data["file"], data["status"]) == (
        REGISTRY,
        "sua-doi.docx",
        "proposed",
    )
    assert path.read_bytes() == before
    assert data["kept"] == []  # every target of the table is touched
    assert data["renumbered"] == [{"id": "I.3", "table": "I.2"}]
    assert [c["id"] for c in data["changed"]] == ["I.1", "II.1"]
    due = data["changed"][0]["fields"]["deadline.due"]
    assert (due["old"], due["new"]) == ("2024-09", "2024-10")
    assert data["changed"][1]["fields"]["cooperating.units"]["new"] == (
        "phong-van-hoa-thong-tin, phong-noi-vu"
    )
    assert data["added"] == [{"id": "I.9", "table": "I.3", "content": NEW_TEXT}]
    assert data["cancelled"] == [{"id": "I.2", "date": "20/03/2024", "reason": REASON}]
    assert len(data["carried_kept"]) == 31
    assert data["carried_kept"][0] == {"id": "I.4", "carried_from": "2023/I.1"}
    assert (data["restored"], data["problems"], data["notes"], data["needs_review"]) == (
        [], [], [], 0
    )  # fmt: skip
    assert data["after_plan_year"] is None  # 20/03/2024: the plan's own year

    written = cds(*REVISE, "--format", "json", "--yes")
    assert written.exit_code == 0, written.output
    assert json.loads(written.output)["status"] == "written"
    assert statuses("01/07/2024")["I.2"] == "cancelled"

    # Again, in English: the keys and codes stay; I.1 and II.1 now agree with the table, I.3
    # and I.9 keep their ids though the table prints 2. and 3.; I.2 was annulled already.
    again = cds(*REVISE, "--format", "json", "--yes", "--lang", "en")
    assert again.exit_code == 0, again.output
    data = json.loads(again.output)
    assert list(data) == KEYS
    assert data["status"] == "unchanged"
    assert data["kept"] == ["I.1", "II.1"]
    assert data["renumbered"] == [{"id": "I.3", "table": "I.2"}, {"id": "I.9", "table": "I.3"}]
    assert (data["changed"], data["added"], data["cancelled"]) == ([], [], [])


def test_a_cell_it_cannot_read_in_json_and_the_exit_code(workspace: Path) -> None:
    """An unknown unit in II.1: its problem with the place, code and words of --lang, the hint
    naming the near unit as the text form does; written, it would need a decision in the plan
    in use: refused, --yes or not, nothing written, exit 1 (attack 11)."""
    rows = [tuple(c.replace("; Phòng Nội vụ", "; Phòng Ngoại vụ") for c in row) for row in REVISED]
    write_docx(workspace / "sua-doi-x.docx", rows, REVISED_HEADING)
    args = ("--plan", "2024", "import", "sua-doi-x.docx", "--revise", "--format", "json")
    proposed = cds(*args, "--lang", "en")
    assert proposed.exit_code == 1
    data = json.loads(proposed.output)
    assert data["status"] == "refused"
    problem = data["problems"][0]
    assert len(data["problems"]) == 1
    assert {k: problem[k] for k in ("place", "target", "code", "message")} == {
        "place": "1:8:5",
        "target": "II.1",
        "code": "import_unknown_unit",
        "message": "no unit in the catalog is named 'Phòng Ngoại vụ'",
    }
    assert problem["hint"].startswith("did you mean 'Phòng Nội vụ'? add the unit to the ")
    assert data["needs_review"] == 1
    before = (workspace / REGISTRY).read_bytes()
    written = cds(*args, "--yes")
    assert written.exit_code == 1
    data = json.loads(written.output)
    assert data["status"] == "refused"
    assert data["problems"][0]["message"] == ("danh mục không có đơn vị nào tên 'Phòng Ngoại vụ'")
    assert (workspace / REGISTRY).read_bytes() == before


@pytest.mark.parametrize(
    ("heading", "year"),
    [
        (  # the 2025 plan's revision: its title and its date say so
            [
                HEADING[0],
                "Phân công phụ trách các chỉ tiêu năm 2025",
                "(Kèm theo Kế hoạch số 3/KH-BCĐ ngày 10/04/2025 của Ban Chỉ đạo chuyển đổi số "
                "thành phố)",
            ],
            2025,
        ),
        (  # a title without its year: the plan's date tells
            [
                HEADING[0],
                "Phân công phụ trách các chỉ tiêu",
                "(Kèm theo Kế hoạch số 3/KH-BCĐ ngày 10/04/2025 của Ban Chỉ đạo chuyển đổi số "
                "thành phố)",
            ],
            2025,
        ),
        (  # the year before's
            [
                HEADING[0],
                "Phân công phụ trách các chỉ tiêu năm 2023",
                "(Kèm theo Kế hoạch số /KH-BCĐ ngày /5/2023 của Ban Chỉ đạo chuyển đổi số thành "
                "phố)",
            ],
            2023,
        ),
    ],
)
def test_a_table_of_another_years_plan_is_refused(
    workspace: Path, heading: list[str], year: int
) -> None:
    path = workspace / REGISTRY
    before = path.read_bytes()
    write_docx(workspace / "nam-khac.docx", REVISED, heading)
    args = ("--plan", "2024", "import", "nam-khac.docx", "--revise", "--yes")
    result = cds(*args)
    # The file's content, not the command line: invalid data (exit 1), never usage (2).
    assert (result.exit_code, result.output.splitlines()) == (
        1,
        [
            f"cds: lỗi: nam-khac.docx là bảng của kế hoạch năm {year}, còn {REGISTRY} là kế hoạch "
            "năm 2024: không nhập bản điều chỉnh của kế hoạch năm khác; chưa ghi gì",
            f"  gợi ý: bản điều chỉnh của kế hoạch năm {year}: cds --plan {year} import "
            "nam-khac.docx --revise; nếu đúng là bảng của năm 2024, sửa năm ở tiêu đề bảng (Kèm "
            "theo Kế hoạch số …) trong tệp",
        ],
    )
    english = cds(*args, "--format", "json", "--lang", "en")
    assert (english.exit_code, english.output.splitlines()) == (
        1,
        [
            f"cds: error: nam-khac.docx is the table of the {year} plan, and {REGISTRY} is the "
            "2024 plan: a revision of another year's plan is not applied; nothing was written",
            f"  hint: a revision of the {year} plan: cds --plan {year} import nam-khac.docx "
            "--revise; if the table is indeed the 2024 plan's, correct the year in its heading "
            "(Kèm theo Kế hoạch số …) in the file",
        ],
    )
    assert path.read_bytes() == before


def test_a_title_naming_the_plans_year_wins_over_the_date(workspace: Path) -> None:
    """A revision of the 2024 plan signed on 05/01/2025 names "năm 2024" in its title: it is
    this plan's, applied."""
    late = [
        HEADING[0],
        "Phân công phụ trách các chỉ tiêu năm 2024",
        "(Kèm theo Kế hoạch số 1/KH-BCĐ ngày 05/01/2025 của Ban Chỉ đạo chuyển đổi số thành phố)",
    ]
    write_docx(workspace / "cuoi-nam.docx", REVISED, late)
    result = cds("--plan", "2024", "import", "cuoi-nam.docx", "--revise", "--yes")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        f"Đã ghi bản điều chỉnh vào {REGISTRY}: sửa 2, thêm 1, bãi bỏ 1 chỉ tiêu."
    )


def test_options_that_do_not_go_with_a_revision_say_what_to_do(workspace: Path) -> None:
    indicators = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--indicators")
    assert (indicators.exit_code, indicators.output.splitlines()) == (
        2,
        [
            "cds: lỗi: --revise ghi vào sổ đăng ký của kế hoạch đang dùng; không dùng cùng "
            "--indicators",
            "  gợi ý: bỏ --indicators: bản điều chỉnh giữ nguyên các chỉ số đã có; chỉ số cho "
            "chỉ tiêu mới thì thêm tay sau khi ghi (muốn xem đề xuất: cds import TỆP "
            "--indicators --out ban-nhap.yaml, rồi chép chỉ số cần dùng vào sổ đăng ký)",
        ],
    )
    english = cds("import", "sua-doi.docx", "--revise", "--indicators", "--lang", "en")
    assert english.exit_code == 2
    assert english.output.splitlines()[1] == (
        "  hint: leave out --indicators: a revision keeps the indicators already written; add "
        "those of new targets by hand once written (to see proposals: cds import FILE "
        "--indicators --out draft.yaml, then copy the ones you want into the registry)"
    )
    plain = cds("import", "sua-doi.docx", "--format", "json")
    assert (plain.exit_code, plain.output) == (2, "cds: lỗi: --format json chỉ dùng với --revise\n")


def test_the_bundled_registry_is_refused_as_every_write_refuses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No registry here: the one bundled with cds answers, and a revision is refused with the
    words of every command that writes (app/opening.py open_for_writing)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CDS_REGISTRY", raising=False)
    write_docx(tmp_path / "sua-doi.docx", REVISED, REVISED_HEADING)
    result = cds("import", "sua-doi.docx", "--revise", "--yes")
    assert result.exit_code == 2
    assert result.output.splitlines()[1:] == [
        "cds: lỗi: sổ đăng ký đang dùng là bản chỉ đọc kèm theo cds; chưa ghi gì",
        "  gợi ý: tạo sổ của riêng bạn bằng 'cds init THƯ_MỤC', rồi chạy cds trong thư mục đó "
        "(hoặc dùng --registry THƯ_MỤC, CDS_REGISTRY)",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sua-doi.docx"]
