"""Attack 18, a18_01: a hint naming another plan names it as `app/discovery.py other_plan` does
(with CDS_REGISTRY set, `--plan 2023` used to be ignored, so `cds list --plan 2023` showed 2024);
a typed `--plan` wins over CDS_REGISTRY, and `--plan` with `--registry` is a usage error."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_carry_ongoing_restated import CARRY
from test_carry_ongoing_restated import plans as plans  # the fixture
from test_carry_units import cds, ok
from test_form_clerk16 import two_plans as two_plans  # the fixture


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "vi",
            [
                "cds: lỗi: --skip II.9: kế hoạch 2023 không có chỉ tiêu II.9",
                "  gợi ý: --skip nhận mã chỉ tiêu ở kế hoạch cũ, ví dụ --skip I.2 (xem: cds "
                "--registry plans/2023 list)",
            ],
        ),
        (
            "en",
            [
                "cds: error: --skip II.9: plan 2023 has no target II.9",
                "  hint: --skip takes a target's id in the old plan, e.g. --skip I.2 (see: cds "
                "--registry plans/2023 list)",
            ],
        ),
    ],
)
def test_skip_hint_with_cds_registry_names_the_old_plan_by_its_folder(
    plans: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: list[str]
) -> None:
    monkeypatch.setenv("CDS_REGISTRY", "plans/2024/phu_luc_01.yaml")
    result = cds(*CARRY, "--skip", "II.9", "--yes", "--lang", lang)
    assert (result.exit_code, result.output.splitlines()) == (2, said)
    listed = cds("--registry", "plans/2023", "list")  # the hint, typed
    assert (listed.exit_code, listed.output.splitlines()[-1]) == (
        0,
        "Sổ đăng ký: plans/2023/phu_luc_01.yaml",
    )


def test_a_typed_plan_wins_over_cds_registry(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDS_REGISTRY", "plans/2024/phu_luc_01.yaml")
    result = cds("--plan", "2023", "list")  # `cds list --plan 2023` too (cli/__init__.py)
    assert (result.exit_code, result.output.splitlines()[-1]) == (
        0,
        "Sổ đăng ký: plans/2023/phu_luc_01.yaml",
    )
    result = cds("list", "--lang", "en")  # no --plan: CDS_REGISTRY chooses, as before
    assert (result.exit_code, result.output.splitlines()[-1]) == (
        0,
        "Registry: plans/2024/phu_luc_01.yaml",
    )


def test_a_typed_plan_outside_the_workspace_is_looked_for_where_cds_registry_is(
    plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDS_REGISTRY", str(plans / "plans/2024/phu_luc_01.yaml"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = cds("--plan", "2023", "list")
    footer = result.output[result.output.rindex("Sổ đăng ký:") :].replace("\n", "")  # wrapped
    assert (result.exit_code, footer) == (
        0,
        f"Sổ đăng ký: {plans / 'plans/2023/phu_luc_01.yaml'}",
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "vi",
            [
                "cds: lỗi: --plan và --registry cùng chọn sổ đăng ký; chỉ dùng một trong hai",
                "  gợi ý: --plan NĂM chọn kế hoạch của thư mục plans/; --registry ĐƯỜNG_DẪN "
                "chọn một tệp sổ",
            ],
        ),
        (
            "en",
            [
                "cds: error: --plan and --registry both choose the registry; give only one of them",
                "  hint: --plan YEAR chooses a plan of the plans/ folder; --registry PATH "
                "chooses one file",
            ],
        ),
    ],
)
def test_plan_and_registry_on_one_command_line_are_refused(
    plans: Path, lang: str, said: list[str]
) -> None:
    for args in (
        ("--plan", "2023", "list", "--registry", "plans/2024"),
        ("--plan", "2023", "--registry", "plans/2024", "list"),
    ):
        result = cds(*args, "--lang", lang)
        assert (result.exit_code, result.output.splitlines()) == (2, said), args


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_form_given_to_import_with_cds_registry_names_its_plan_by_folder(
    two_plans: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    ok("--plan", "2024", "form", "--unit", "Phòng Y tế", "--month", "9/2024", "--as-of",
       "01/09/2024", "--out", "made.xlsx")  # fmt: skip
    monkeypatch.setenv("CDS_REGISTRY", "plans/2025/phu_luc_01.yaml")
    result = cds("--lang", lang, "import", "made.xlsx")
    hint = {"vi": "  gợi ý: nhập phiếu báo cáo bằng", "en": "  hint: import the return form with"}
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        1,
        f"{hint[lang]}: cds --registry plans/2024 progress import made.xlsx",
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("vi", "ghi số thứ tự của chỉ tiêu trong kế hoạch gốc (cds {} list)"),
        ("en", "write the target's number in its origin plan (cds {} list)"),
    ],
)
def test_a_carried_targets_unknown_origin_hint_names_its_plan_as_other_plan(
    plans: Path, monkeypatch: pytest.MonkeyPatch, lang: str, words: str
) -> None:
    from cds_tracker.app.import_problems import hint_text
    from cds_tracker.output.words import resolve_lang

    key, said = "import_carried_origin_unknown", resolve_lang(lang)
    values = {"origin": "2023/I.9", "year": "2023", "id": "I.9", "plan_year": "2024"}
    assert hint_text(key, values, said) == words.format("--plan 2023")
    assert hint_text(key, {**values, "year": "2022"}, said) == words.format("--plan 2022")
    monkeypatch.setenv("CDS_REGISTRY", "plans/2024/phu_luc_01.yaml")
    assert hint_text(key, values, said) == words.format("--registry plans/2023")
