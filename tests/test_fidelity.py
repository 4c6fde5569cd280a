"""The registry is the appendix: every cell, verbatim, compared with an independent reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from cds_tracker.core.records import Registry
from cds_tracker.registry.loading import load_registry

from appendix_source import SourceTarget, read_source
from paths import REGISTRY

SOURCE = read_source()


@pytest.fixture(scope="module")
def registry() -> Registry:
    result = load_registry(REGISTRY)
    assert result.problems == ()
    assert result.registry is not None
    return result.registry


def test_all_31_targets_in_five_groups(registry: Registry) -> None:
    assert [(g.id, g.title, len(g.targets)) for g in registry.groups] == [
        ("I", "Dữ liệu số", 5),
        ("II", "Chính quyền số", 9),
        ("III", "Kinh tế số", 5),
        ("IV", "Xã hội số", 8),
        ("V", "An toàn, an ninh mạng", 4),
    ]
    assert [g.title for g in registry.groups] == list(SOURCE.groups.values())


@pytest.mark.parametrize("source", SOURCE.targets, ids=lambda t: f"{t.group}.{t.number}")
def test_every_cell_verbatim(registry: Registry, source: SourceTarget) -> None:
    target = {t.id: t for _, t in registry.targets()}[f"{source.group}.{source.number}"]
    assert target.number == source.number
    assert target.content == source.content
    assert target.directing.text == source.directing
    assert target.lead.text == source.lead
    assert target.cooperating.text == source.cooperating
    assert target.deadline.text == source.deadline
    assert target.notes == source.notes


def test_document_metadata_as_printed(registry: Registry) -> None:
    doc = registry.document
    assert f"**{doc.appendix}:**" in SOURCE.heading
    assert f"**{doc.title}**" in SOURCE.heading
    assert f"(Kèm theo {doc.plan.reference})" in SOURCE.heading
    assert (doc.plan.number, doc.plan.symbol, doc.plan.date) == ("", "KH-BCĐ", "/5/2023")
    assert doc.issuer == "Ban Chỉ đạo chuyển đổi số thành phố"
    assert doc.year == 2023


def test_a_single_changed_character_fails(tmp_path: Path) -> None:
    """The comparison above is only worth something if it notices a one-letter slip."""
    text = REGISTRY.read_text(encoding="utf-8").replace(
        "băng rộng trên 85%.", "băng rông trên 85%.", 1
    )
    edited = tmp_path / "r.yaml"
    edited.write_text(text, encoding="utf-8")
    result = load_registry(edited)
    assert result.registry is not None
    contents = {t.id: t.content for _, t in result.registry.targets()}
    source = {f"{t.group}.{t.number}": t.content for t in SOURCE.targets}
    assert [tid for tid in source if contents[tid] != source[tid]] == ["IV.2"]


def test_file_is_hand_editable() -> None:
    text = REGISTRY.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=./schema/registry.schema.json"
    assert "\\u" not in text
    assert "Trưởng phòng Y tế" in text
    assert "{" not in text  # block style throughout
