"""`lines.target_rows`: a progress file cut to one target's lines, what `cds progress add` reads
to warn of a reopened part (progress/reopening.py) without decoding the rest of the history."""

from __future__ import annotations

from cds_tracker.progress.lines import target_rows

WRITTEN = (
    b"# Phong Y te\n"
    b'- {"id": "a1", "target": "II.4", "unit": "phong-y-te", "status": "done"}\n'
    b'- {"id": "a2", "target": "II.40", "unit": "phong-y-te", "status": "done"}\n'
    b"\n"
    b'- {"id": "a3", "target": "II.4", "unit": "phong-y-te", "status": "in_progress"}\n'
)


def test_a_file_as_cds_writes_it_is_cut_to_the_targets_lines() -> None:
    assert target_rows(WRITTEN, "II.4") == (
        b'- {"id": "a1", "target": "II.4", "unit": "phong-y-te", "status": "done"}\n'
        b'- {"id": "a3", "target": "II.4", "unit": "phong-y-te", "status": "in_progress"}\n'
    )
    assert target_rows(WRITTEN, "II.40") == (
        b'- {"id": "a2", "target": "II.40", "unit": "phong-y-te", "status": "done"}\n'
    )
    assert target_rows(WRITTEN, "I.1") == b""
    assert target_rows(b"", "I.1") == b""


def test_a_hand_written_block_entry_makes_the_file_read_whole() -> None:
    block = WRITTEN + b"- id: a4\n  target: II.4\n  unit: phong-y-te\n  status: done\n"
    assert target_rows(block, "II.4") is None
