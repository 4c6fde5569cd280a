"""Every kind of bad registry gets one located problem with a useful message, and nothing else."""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from cds_tracker.core.errors import Problem
from cds_tracker.output.words import say
from cds_tracker.registry.loading import load_registry

Write = Callable[..., Path]


def problems(path: Path) -> list[tuple[int, int, str, str | None]]:
    result = load_registry(path, display="r.yaml")
    assert (result.registry is None) == bool(result.problems)
    return [
        (p.line, p.col, say(p.message, "en"), say(p.hint, "en") or None) for p in result.problems
    ]


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_shipped_registry_is_valid() -> None:
    from paths import REGISTRY

    result = load_registry(REGISTRY)
    assert result.problems == ()
    assert result.registry is not None
    assert len(result.registry.targets()) == 31
    # The 35 units of the 2023 appendix's city, and UBND thành phố (public-record).
    assert len(result.registry.catalog.units) == 36


def test_misspelt_key_says_did_you_mean(write_registry: Write) -> None:
    path = write_registry(
        (
            "        deadline:\n          text: Tháng 10/2023",
            "        dealine:\n          text: Tháng 10/2023",
        )
    )
    line = line_of(path, "dealine:")
    assert problems(path) == [(line, 9, "unknown key 'dealine'", "did you mean 'deadline'?")]


def test_unknown_unit_id_and_unresolved_text(write_registry: Write) -> None:
    path = write_registry(
        (
            "          text: Phòng Y tế\n          units:\n            - phong-y-te\n",
            "          text: Phòng Y tế; Phòng ABC\n          units:\n            - phong-y-tee\n",
        ),
    )
    text_line = line_of(path, "text: Phòng Y tế; Phòng ABC")
    assert problems(path) == [
        (
            text_line,
            29,
            "no unit in the catalog is named 'Phòng ABC'",
            "add the unit to the registry's unit catalog, under the line 'units:'"
            " of its 'catalog:' section, like the units there, e.g. '- id: phong-dan-toc' then"
            " 'name: Phòng Dân tộc', 'kind: department', 'source: appendix'; or add this name to"
            " the 'aliases:' (other names) of the unit it means",
        ),
        (text_line + 2, 15, "unknown unit 'phong-y-tee'", "did you mean 'phong-y-te'?"),
    ]


def test_units_that_disagree_with_the_text(write_registry: Write) -> None:
    path = write_registry(
        (
            "          text: Phòng Y tế\n          units:\n            - phong-y-te\n",
            "          text: Phòng Y tế\n          units:\n            - phong-kinh-te\n",
        )
    )
    line = line_of(path, "text: Phòng Y tế") + 1
    assert problems(path) == [
        (
            line,
            11,
            "units [phong-kinh-te] do not match the text, which names [phong-y-te]",
            "set units to [phong-y-te]",
        )
    ]


def test_invalid_month_and_mismatched_due(write_registry: Write) -> None:
    path = write_registry(
        ('due: "2023-11"', 'due: "2023-13"'), ('due: "2023-10"', 'due: "2023-09"')
    )
    bad = line_of(path, '"2023-13"')
    mismatch = line_of(path, '"2023-09"')
    assert problems(path) == sorted(
        [
            (
                bad,
                16,
                "Due (day/month) '2023-13' is not a month (year-month, e.g. 2024-09) "
                "nor a day (year-month-day, e.g. 2024-10-15) nor ongoing ('ongoing')",
                "write `due: 2024-10` for a month, `due: 2024-10-15` for a day or "
                "`due: ongoing` for 'Thường xuyên' (ongoing)",
            ),
            (
                mismatch,
                16,
                "Due (day/month) '2023-09' does not match the deadline text 'Tháng 10/2023', "
                "which means month 10/2023",
                "did you mean '2023-10'?",
            ),
        ]
    )


def test_percentage_out_of_range(write_registry: Write) -> None:
    path = write_registry(("value: 80\n", "value: 180\n"))
    assert problems(path) == [
        (line_of(path, "value: 180"), 20, "percentage 180 is outside 0–100", None)
    ]


def test_target_id_must_match_group_and_number(write_registry: Write) -> None:
    path = write_registry(("      - id: II.4\n", "      - id: III.4\n"))
    lines = path.read_text(encoding="utf-8").splitlines()
    renamed, real = [i for i, line in enumerate(lines, 1) if line == "      - id: III.4"]
    assert problems(path) == [
        (
            renamed,
            13,
            "target id 'III.4' does not match its group 'II' and number 4",
            "did you mean 'II.4'?",
        ),
        (real, 13, "duplicate target id 'III.4'", None),
    ]


def test_duplicate_target_and_unit_ids(write_registry: Write) -> None:
    path = write_registry(
        ("      - id: I.2\n        number: 2", "      - id: I.1\n        number: 1"),
        ("    - id: phong-tu-phap", "    - id: phong-noi-vu"),
    )
    messages = [m for _, _, m, _ in problems(path)]
    assert messages == [
        "duplicate unit id 'phong-noi-vu'",
        # the old id is gone, and the collectives that listed it say so
        "unknown unit 'phong-tu-phap' in members of 'cac-phong-don-vi'",
        "unknown unit 'phong-tu-phap' in members of 'cac-phong-lien-quan'",
        "duplicate target id 'I.1'",
    ]


def test_invalid_kind_is_reported_once(write_registry: Write) -> None:
    """The ward with a bad kind is still a known id: no cascade of 'unknown unit' problems."""
    path = write_registry(("      kind: ward\n", "      kind: wardd\n"))
    assert [(m, h) for _, _, m, h in problems(path)] == [
        (
            "'kind' must be one of city-office, department, section, police, ward, commune, "
            "provincial, agency, enterprise, collective, not 'wardd'",
            "did you mean 'ward'?",
        )
    ]


def test_missing_key_points_at_its_record(write_registry: Write) -> None:
    path = write_registry(
        (
            '        notes: ""\n        indicators:\n          - key: lgsp',
            "        indicators:\n          - key: lgsp",
        ),
        ("      - id: I.2\n        number: 2\n", "      - id: I.2\n"),
    )
    line = line_of(path, "      - id: I.2")
    assert problems(path) == [(line, 9, "missing key 'number'", None)]


def test_all_problems_reported_in_one_run(write_registry: Write) -> None:
    path = write_registry(
        (
            "        deadline:\n          text: Tháng 10/2023",
            "        dealine:\n          text: Tháng 10/2023",
        ),
        ("value: 80\n", "value: 180\n"),
        ("kind: police", "kind: polise"),
    )
    assert len(problems(path)) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: [1\n", (1, 4, "invalid YAML: a [ opened here and never closed")),
        ("a:\n\tb: 1\n", (2, 1, "invalid YAML: a tab character where YAML needs spaces")),
        ("a: 1\na: 2\n", (2, 1, 'invalid YAML: found duplicate key "a"')),
        ('a: "open\n', (1, 4, "invalid YAML: a quote opened here and never closed")),
        (
            "a: !!python/object:os.system x\n",
            (1, 4, "invalid YAML: could not determine a constructor for the tag"),
        ),
        ("", (1, 1, "the file is empty: a registry needs document, catalog and groups")),
        (
            "# only a comment\n",
            (1, 1, "the file is empty: a registry needs document, catalog and groups"),
        ),
        ("- 1\n", (1, 1, "a registry must be a mapping with keys document, catalog and groups")),
    ],
)
def test_broken_yaml(tmp_path: Path, text: str, expected: tuple[int, int, str]) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    line, col, message, _ = problems(path)[0]
    assert (line, col) == expected[:2]
    assert message.startswith(expected[2])


def test_tab_indentation_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text("a:\n\tb: 1\n", encoding="utf-8")
    assert problems(path)[0][3] == "indent with spaces, not tabs"


def test_bom_crlf_and_nfd_are_accepted(registry_text: str, tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    nfd = unicodedata.normalize("NFD", registry_text).replace("\n", "\r\n")
    path.write_bytes(codecs.BOM_UTF8 + nfd.encode("utf-8"))
    result = load_registry(path)
    assert result.problems == ()
    assert result.registry is not None
    assert result.registry.groups[0].title == "Dữ liệu số"  # NFC again
    assert unicodedata.is_normalized("NFC", result.registry.groups[0].targets[0].content)


def test_legacy_encodings_are_refused_by_name(registry_text: str, tmp_path: Path) -> None:
    utf16 = tmp_path / "u16.yaml"
    utf16.write_bytes(registry_text.encode("utf-16"))
    cp1258 = tmp_path / "cp.yaml"
    cp1258.write_bytes(b"title: Ti\xea\xecng Vi\xea\xf2t\n")  # "Tiếng Việt", tones combining
    assert problems(utf16) == [
        (1, 1, "file is UTF-16 encoded, not UTF-8", "save it again as 'UTF-8'")
    ]
    [(line, col, message, hint)] = problems(cp1258)
    assert (line, col, message) == (1, 10, "file is not valid UTF-8 (byte 0xea)")
    assert hint is not None and "Windows-1258 (cp1258)" in hint


def test_nul_byte(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_bytes(b"a: 1\nb: x\x00y\n")
    assert problems(path) == [(2, 5, "file contains a NUL byte (is it a binary file?)", None)]


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert problems(path) == [
        (
            1,
            1,
            "document expands to too many values (an alias bomb?)",
            "remove the anchors (&) and aliases (*) and write the values out",
        )
    ]


def test_problem_is_a_value_with_location() -> None:
    problem = Problem("f.yaml", 3, 7, "bad", "fix it", "I.1")
    assert (
        f"{problem.file}:{problem.line}:{problem.col}: {say(problem.message, 'en')}"
        == "f.yaml:3:7: bad"
    )
