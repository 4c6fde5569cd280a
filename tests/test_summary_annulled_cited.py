"""The summary of a revised plan cites an annulled target as every other document does (clerk
review, issue 16, c_04; output/revised.py `cancelled_named` by `cancelled_cited`, the one rule).

The workspace of test_revised_numbers.py: plan 5's I.2 annulled by Kế hoạch số 12/KH-BCĐ ngày
20/03/2024, which prints the old I.3 as "2." of group I (the letters call it I.2). The Word
summary's appendix lists group I as 1., I.2 (đã bãi bỏ), 2.; its note of the targets left out
of the totals named the annulled one a bare "I.2" ("1 chỉ tiêu đã bãi bỏ (I.2 từ 20/03/2024)"),
the number the same document prints for the old I.3. It now says "I.2 (đã bãi bỏ)", as the
appendix and the letters do, on screen, in Word and on the HTML page alike.
"""

from __future__ import annotations

from pathlib import Path

import docx

from test_revise import ok
from test_revise import workspace as workspace  # the fixture under `revised`
from test_revised_numbers import AFTER, DROPPED, I3_TEXT, word_rows
from test_revised_numbers import revised as revised  # the fixture

NOTE_VI = "Không tính vào tổng số và tỷ lệ (1 chỉ tiêu): I.2 (đã bãi bỏ) từ 20/03/2024."
NOTE_EN = "Not counted in the total and the shares (1): I.2 (annulled) from 20/03/2024."
SUMMARY = ("--plan", "2024", "summary", "--as-of", AFTER)


def test_the_word_summary_never_names_two_targets_i2(revised: Path) -> None:
    ok(*SUMMARY, "--format", "docx", "--out", "tong-hop.docx")
    paragraphs = [p.text for p in docx.Document("tong-hop.docx").paragraphs]
    (note,) = [p for p in paragraphs if "Không tính vào tổng số" in p]
    assert note == NOTE_VI  # the shares add up to 100 here: no rounding note before it
    assert not any("(I.2 từ" in p for p in paragraphs)
    rows = word_rows("tong-hop.docx", "I")
    assert [number for number, _ in rows] == ["1.", "I.2 (đã bãi bỏ)", "2."]
    assert rows[1][1] == DROPPED and rows[2][1] == I3_TEXT


def test_the_screen_and_the_html_page_say_the_same(revised: Path) -> None:
    assert NOTE_VI in ok(*SUMMARY).splitlines()
    assert NOTE_EN in ok(*SUMMARY, "--lang", "en").splitlines()
    ok("--plan", "2024", "export", "--format", "html", "--as-of", AFTER, "--out", "a.html")
    page = Path("a.html").read_text(encoding="utf-8")
    assert f"<p>{NOTE_VI}</p>" in page
