"""One file, one verdict: libyaml (C) and the pure-Python parser read every file alike.

cds parses with libyaml, and falls back to ruamel's pure-Python parser for files with deeply
nested flow collections (libyaml would crash on them); a progress file of a hundred one-line
entries already takes that path. So a file must never be valid on one path and invalid on the
other (issue 13, class 5): every text of the bad-input corpus, the shipped registry and the
YAML shapes below are parsed both ways, and must give the same data or the same located fault.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cds_tracker.registry.yaml_problems import PARSER_WORDED
from cds_tracker.registry.yamlio import MAX_FLOW_DEPTH, YamlFault, _flow_depth, decode, parse
from test_bad_inputs import CASES, load_case, registry_bytes

from paths import REGISTRY

SHAPES = {
    "yaml-1.1": "%YAML 1.1\n---\na: yes\nb: 0777\nc: 1:20\nd: on\n",
    "yaml-1.2": "%YAML 1.2\n---\na: yes\nb: 0777\n",
    "yaml-1.3": "%YAML 1.3\n---\na: 1\n",
    "yaml-2.0": "%YAML 2.0\n---\na: 1\n",
    "merge": "base: &b {x: 1, y: 2}\nt:\n  <<: *b\n  y: 3\n",
    "merge-list": "a: &a {x: 1}\nb: &b {y: 2}\nt:\n  <<: [*a, *b]\n",
    "omap": "a: !!omap\n  - x: 1\n  - y: 2\n",
    "omap-bomb": "x0: &x0 !!omap [{a: 1}]\nx1: &x1 !!omap [{a: *x0}, {b: *x0}]\n",
    "pairs": "a: !!pairs [{x: 1}, {x: 2}]\n",
    "set": "a: !!set {x, y}\n",
    "tag-directive": "%TAG !e! tag:yaml.org,2002:\n---\na: !e!omap [{x: 1}]\n",
    "verbatim-tag": "a: !<tag:yaml.org,2002:omap> [{x: 1}]\n",
    "timestamps": "a: 2023-10-15\nb: 2023-10-15T08:00:00+07:00\n",
    "bools-1.2": "a: yes\nb: on\nc: true\nd: 0o17\ne: 0x1f\n",
    "document-end": "- {a: 1}\n...\n",
}


def outcome(text: str, *, pure: bool) -> Any:
    """The data, or only that it is a fault: the parsers word their own errors differently."""
    try:
        return ("data", parse(text, pure=pure))
    except YamlFault as fault:
        # cds's own checks (a catalogue message, not the parser's words): the same fault on both
        if getattr(fault.where.message, "key", "yaml.invalid") not in PARSER_WORDED:
            return ("fault", fault.where)
        return ("fault", None)


def corpus_texts() -> list[tuple[str, str]]:
    texts = [("registry", REGISTRY.read_text(encoding="utf-8"))]
    texts += list(SHAPES.items())
    for case_file in CASES:
        case = load_case(case_file)
        raw = registry_bytes(case.get("registry"))
        progress = (case.get("progress") or {}).items()
        texts += [(f"{case_file.stem}:{name}", body) for name, body in progress]
        # The registry cases that differ in YAML, not in content (the pure parser is slow).
        if raw is None or len(raw) > 1_000_000 or not case_file.stem.startswith(("yaml", "enc")):
            continue
        try:
            texts.append((f"{case_file.stem}:registry", decode(raw)))
        except YamlFault:
            continue  # not text at all: no parser ever sees it
    return texts


# Text nested too deeply for libyaml (it would crash the process) is only ever read by the pure
# parser (yaml-08), so there is no second verdict to compare.
TEXTS = [(name, text) for name, text in corpus_texts() if _flow_depth(text) <= MAX_FLOW_DEPTH]


def test_the_corpus_gives_both_parsers_much_to_read() -> None:
    assert len(TEXTS) > 60


@pytest.mark.parametrize(("name", "text"), TEXTS, ids=[name for name, _ in TEXTS])
def test_both_parsers_agree(name: str, text: str) -> None:
    assert outcome(text, pure=False) == outcome(text, pure=True)


def test_the_shapes_the_issue_named_are_located_faults_or_plain_data() -> None:
    expected = {
        "yaml-1.1": (1, 1),
        "yaml-1.3": (1, 1),
        "yaml-2.0": (1, 1),
        "omap": (1, 4),
        "omap-bomb": (1, 9),
        "pairs": (1, 4),
        "set": (1, 4),
    }
    for name, where in expected.items():
        with pytest.raises(YamlFault) as caught:
            parse(SHAPES[name])
        assert (caught.value.where.line, caught.value.where.col) == where, name
    assert parse(SHAPES["merge"]) == {"base": {"x": 1, "y": 2}, "t": {"x": 1, "y": 3}}


def test_a_progress_file_long_enough_for_the_pure_parser_reads_the_same(tmp_path: Path) -> None:
    entry = (
        "- {{id: '{n:012x}', target: III.4, unit: phong-y-te, status: done, "
        "date: '2023-10-15', written: '2023-10-20T08:00:00+07:00'}}\n"
    )
    text = "".join(entry.format(n=n) for n in range(150))
    assert _flow_depth(text) <= MAX_FLOW_DEPTH < text.count("{")
    assert outcome(text, pure=False) == outcome(text, pure=True)
