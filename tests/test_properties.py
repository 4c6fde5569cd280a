"""Properties over arbitrary input: nothing crashes, and what goes in comes back out."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.core.records import Registry, is_record
from cds_tracker.core.text import hidden_character
from cds_tracker.output.emit import to_csv
from cds_tracker.output.sanitize import neutralise
from cds_tracker.progress.reading import load_progress
from cds_tracker.registry.loading import load_registry, load_registry_bytes

from paths import REGISTRY

SHIPPED = load_registry(REGISTRY).registry
assert SHIPPED is not None
nfc_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80).map(
    lambda s: unicodedata.normalize("NFC", s)
)


def as_data(value: Any) -> Any:
    """A domain record as the plain data the registry file holds. A unit's `merged` is no key
    of the file: it is how the file spelt its successor (`merged_into`, core/records.py)."""
    if is_record(type(value)):
        data = {name: as_data(item) for name, item in zip(value._fields, value, strict=True)}
        if "merged" in data and "successor" in data and data.pop("merged"):
            data["merged_into"] = data.pop("successor")
        return data
    if isinstance(value, tuple | list):
        return [as_data(v) for v in value]
    return value


# What a person can type in an editor. (ruamel's emitter writes NEL and the line and paragraph
# separators raw, and YAML reads them back as line breaks: a writer's fault, not the loader's.)
typed_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85")
    | st.just("\n"),
    max_size=80,
).map(lambda s: unicodedata.normalize("NFC", s))


# What may name the issuer (document.issuer, printed in every letter's header): one line of
# readable text in one alphabet (registry/rules_units.py office_readable), so Vietnamese letters,
# digits, spaces and punctuation, up to 200 characters.
VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)
issuer_text = st.text(
    st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + "0123456789 ,.-()/:'\"&"), max_size=80
).map(lambda s: unicodedata.normalize("NFC", s))


def dump(registry: Registry) -> bytes:
    yaml = YAML()
    yaml.allow_unicode = True
    buffer = io.StringIO()
    yaml.dump(as_data(registry), buffer)
    return buffer.getvalue().encode("utf-8")


@settings(max_examples=40, deadline=None)
@given(
    content=typed_text.filter(str.strip),
    notes=typed_text,
    # a group title with an invisible character is refused by validate (rules_groups)
    title=typed_text.filter(lambda t: bool(t.strip()) and hidden_character(t) is None),
    issuer=issuer_text,
)
def test_a_valid_registry_dumped_and_loaded_is_equal(
    content: str, notes: str, title: str, issuer: str
) -> None:
    group = SHIPPED.groups[1]
    target = group.targets[1]._replace(content=content, notes=notes, indicators=())
    groups = (
        *SHIPPED.groups[:1],
        group._replace(title=title, targets=(group.targets[0], target, *group.targets[2:])),
        *SHIPPED.groups[2:],
    )
    document = SHIPPED.document._replace(issuer=issuer)
    registry = SHIPPED._replace(groups=groups, document=document)
    result = load_registry_bytes(dump(registry), path=Path("r.yaml"), display="r.yaml")
    assert result.problems == ()
    assert result.registry == registry


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(raw=st.binary(max_size=2000))
def test_validate_never_raises_on_any_bytes(raw: bytes) -> None:
    result = load_registry_bytes(raw, path=Path("r.yaml"), display="r.yaml")
    assert result.registry is None or not result.problems
    for problem in result.problems:
        assert problem.line >= 1 and problem.col >= 1 and problem.message


REGISTRY_BYTES = REGISTRY.read_bytes()


@settings(max_examples=30, deadline=None)
@given(at=st.integers(0, len(REGISTRY_BYTES) - 1), junk=st.binary(min_size=1, max_size=8))
def test_validate_never_raises_on_a_damaged_registry(at: int, junk: bytes) -> None:
    raw = REGISTRY_BYTES[:at] + junk + REGISTRY_BYTES[at + len(junk) :]
    result = load_registry_bytes(raw, path=Path("r.yaml"), display="r.yaml")
    assert (result.registry is None) == bool(result.problems)


@settings(
    max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(raw=st.binary(max_size=600) | st.text(max_size=300).map(str.encode))
def test_progress_files_never_raise(raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / "phong-y-te.yaml"
    path.write_bytes(raw)
    loaded = load_progress(SHIPPED, [path])
    assert all(p.line >= 1 for p in loaded.problems)


@settings(
    max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(note=nfc_text, by=nfc_text, evidence=st.lists(nfc_text, max_size=2))
def test_any_text_survives_progress_add_and_list(
    own_registry: Path, note: str, by: str, evidence: list[str]
) -> None:
    runner = CliRunner()
    args = [
        "progress",
        "add",
        "III.4",
        "--unit",
        "Phòng Y tế",
        "--status",
        "in_progress",
        "--date",
        "15/10/2023",
        "--note",
        note,
        "--by",
        by,
        "--registry",
        str(own_registry),
    ]
    for document in evidence:
        args += ["--evidence", document]
    added = runner.invoke(app, args)
    assert added.exit_code == 0, added.output
    entry_id = added.output.split(":")[0].split()[-1]  # "Đã ghi tiến độ <id>: …"
    listed = runner.invoke(
        app, ["progress", "list", "--registry", str(own_registry), "--format", "json"]
    )
    entry = next(e for e in json.loads(listed.output) if e["id"] == entry_id)
    assert (entry.get("note", ""), entry.get("by", ""), entry.get("evidence", [])) == (
        note,
        by,
        evidence,
    )


@given(text=st.text(max_size=30))
def test_csv_cells_never_start_a_formula(text: str) -> None:
    cell = neutralise(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell == text or cell == "'" + text


def test_csv_output_neutralises_formulas() -> None:
    out = to_csv(
        [
            {"id": "I.1", "note": '=HYPERLINK("http://x")'},
            {"id": "I.2", "note": "-5"},
            {"id": "I.3", "note": "@SUM(A1)"},
            {"id": "I.4", "note": "+1"},
        ]
    )
    assert out.splitlines() == [
        "id,note",
        'I.1,"\'=HYPERLINK(""http://x"")"',
        "I.2,'-5",
        "I.3,'@SUM(A1)",
        "I.4,'+1",
    ]


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["2023-10-01", "2023-10-02"]),
            st.sampled_from(
                [
                    "2023-10-02T08:00:00+07:00",
                    "2023-10-02T01:00:00+00:00",
                    "2023-10-02T01:00:00Z",
                    "2023-10-02T09:00:00+07:00",
                    "2023-10-02T08:00:00.5+07:00",
                    "2023-10-01T23:59:59+07:00",
                    "2023-10-02t08:00:00+07:00",
                ]
            ),
            st.sampled_from(["aaaaaa000001", "aaaaaa000002", "aaaaaa000003"]),
        ),
        max_size=6,
    )
)
def test_entries_in_order_by_text_or_by_moment_alike(rows: list[tuple[str, str, str]]) -> None:
    """`in_order` may order by the text of `written` (one zone, one form) instead of by its
    moment: it must give exactly the order by moment, whatever the forms and zones; entries
    at one moment (one unit, one target) stay in the order given, the order written."""
    from cds_tracker.core.dates import utc_order
    from cds_tracker.core.entries import Entry
    from cds_tracker.questions.timeline import in_order

    entries = [Entry(i, "III.4", "phong-y-te", "done", d, w, {}) for d, w, i in rows]
    by_moment = sorted(entries, key=lambda e: (e.date, utc_order(e.written)))  # stable
    assert in_order(entries) == by_moment
