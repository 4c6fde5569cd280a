"""`cds diff` names every field as a person reads it, in Vietnamese by default and in English
with --lang en, never by its key in the file (`document.year`, an indicator's `value`); the
deadline's month is "Hạn (ngày/tháng)" as `cds validate` says it; a folder without a registry is
said as such, with what to give instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

from paths import REGISTRY

# The year is left as it is: a file of another year is another plan, whose targets are paired
# by carry-over only (test_diff_plans_apart); "Năm kế hoạch" is named in test_diff_carried_plans.
EDITS = (
    ('    number: ""\n', '    number: "12"\n'),
    ("    place: Tam Điệp\n", "    place: TP Tam Điệp\n"),
    ("    - Chánh\n", ""),
    (
        "      name: Phòng Y tế\n      kind: department\n",
        "      name: Phòng Y tế\n      kind: section\n",
    ),
    ("        reporting: monthly  #", "        reporting: quarterly  #"),
    ("            value: 80\n", "            value: 85\n"),
)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    text = REGISTRY.read_text(encoding="utf-8")
    (tmp_path / "cu.yaml").write_text(text, encoding="utf-8")
    for old, new in EDITS:
        assert old in text
        text = text.replace(old, new, 1)
    (tmp_path / "moi.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_every_field_has_a_name(here: Path) -> None:
    code, out, err = run("diff", "cu.yaml", "moi.yaml")
    # Without the title "Chánh", "Chánh Thanh tra thành phố" names no unit: moi.yaml is one
    # `cds validate` refuses, said before the diff and failing after it (test_diff_invalid_side)
    assert code == 1
    first, where = err.splitlines()[:2]
    assert first == (
        "cảnh báo: moi.yaml không hợp lệ (cds validate từ chối, 1 lỗi); so sánh với tệp này có "
        "thể sai:"
    )
    assert where.startswith("moi.yaml:")
    assert where.endswith(":17: danh mục không có đơn vị nào tên 'Chánh Thanh tra thành phố'")
    # I.2 is the first target with `reporting: monthly`; IV.1's indicator is the first at 80.
    assert out.splitlines() == [
        "cu.yaml → moi.yaml: thêm 0, bỏ 0, sửa 2 chỉ tiêu.",
        "~ Đầu văn bản",
        "    Số kế hoạch: {+12+}",
        "~ Cơ quan gửi thư, báo cáo",
        "    Địa danh: {+TP +}Tam Điệp",
        "~ Chức danh trước tên đơn vị (cột Trực tiếp chỉ đạo): Trưởng; Chủ tịch[-; Chánh-]",
        "~ đơn vị phong-y-te",
        "    Loại: [-Phòng, đơn vị-]{+Bộ phận+}",
        "~ I.2",
        "    Kỳ báo cáo: Hằng [-tháng-]{+quý+}",  # words, as every text
        "~ IV.1",
        "    Chỉ số smartphone_subscribers, ngưỡng: [-80-]{+85+}",
    ]
    code, out, _ = run("diff", "cu.yaml", "moi.yaml", "--lang", "en")
    assert out.splitlines()[1:5] == [
        "~ Heading",
        "    Plan number: {+12+}",
        "~ The office that sends letters and reports",
        "    Place: {+TP +}Tam Điệp",
    ]
    assert out.splitlines()[-1] == "    Indicator smartphone_subscribers, threshold: [-80-]{+85+}"


def test_a_folder_without_a_registry(here: Path) -> None:
    (here / "plans" / "2024").mkdir(parents=True)
    assert run("diff", "cu.yaml", "plans/2024/") == (
        2,
        "",
        "cds: lỗi: 'plans/2024' là thư mục nhưng không có sổ đăng ký: không có "
        "plans/2024/phu_luc_01.yaml\n"
        "  gợi ý: ghi thư mục có phu_luc_01.yaml (ví dụ plans/2023), tệp .yaml của sổ đăng ký, "
        "một phụ lục .docx/.xlsx, hoặc tên một kế hoạch (cds plans); bảng phụ lục của kế hoạch "
        "mới thì nhập trước: cds import TỆP.docx --out plans/2024/phu_luc_01.yaml\n",
    )
    code, _, err = run("diff", "plans/2024", "cu.yaml", "--lang", "en")
    assert (code, err.splitlines()[0]) == (
        2,
        "cds: error: 'plans/2024' is a folder without a registry: there is no "
        "plans/2024/phu_luc_01.yaml",
    )


def test_an_indicator_s_comparison_and_scope_in_words(tmp_path: Path) -> None:
    """A comparison reads as show writes it (≥), a scope as what it means — never the codes
    `>=` and `city` (clerk 17 F4); the JSON keeps the codes, the machine contract."""
    text = REGISTRY.read_text(encoding="utf-8")
    lgsp = '            comparator: ">="\n            value: 100\n            unit: "%"\n'
    assert text.count(lgsp + "            scope: city\n") >= 1
    new = text.replace(
        lgsp + "            scope: city\n",
        lgsp.replace('">="', '">"') + "            scope: each\n",
        1,
    )
    (tmp_path / "cu.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "moi.yaml").write_text(new, encoding="utf-8")
    old, moi = str(tmp_path / "cu.yaml"), str(tmp_path / "moi.yaml")
    code, out, _ = run("diff", old, moi)
    assert code == 0
    assert out.splitlines()[2:] == [
        "    Chỉ số lgsp_requests_met, so sánh: [-≥-]{+>+}",
        "    Chỉ số lgsp_requests_met, phạm vi: [-một số liệu chung của thành phố-]{+mỗi đơn vị "
        "báo cáo số liệu riêng+}",
    ]
    code, out, _ = run("diff", old, moi, "--lang", "en")
    assert out.splitlines()[-1] == (
        "    Indicator lgsp_requests_met, scope: [-one city-wide figure-]{+each unit reports its "
        "own figure+}"
    )
    code, out, _ = run("diff", old, moi, "--format", "json")
    assert '"old": "city"' in out and '"new": "each"' in out
