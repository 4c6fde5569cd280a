"""The `cds` command line: parse options, call one core function, hand its result to `render`.

Heavy libraries (pydantic, ruamel.yaml, rich tables) are imported inside the commands that use them.
Unlike the other modules this one does not use `from __future__ import annotations`: typer reads
every command's annotations on every run, and evaluating them once, at import, saves it ~300
`eval` calls (a tenth of `cds --help`).
"""

import functools
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from cds_tracker import __version__
from cds_tracker.core.errors import CdsError

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="cds",
    help="Theo dõi, kiểm tra, đôn đốc các chỉ tiêu chuyển đổi số (Phụ lục 01).\n\n"
    "Follow, check and urge the digital transformation targets of Appendix 01.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

RegistryOption = Annotated[
    Path | None,
    typer.Option(
        "--registry",
        help="Registry file or folder (default: $CDS_REGISTRY, then "
        "data/phu_luc_01.yaml found upward, then the bundled copy).",
        show_default=False,
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang", help="Language of labels: vi (default) or en; also $CDS_LANG.", show_default=False
    ),
]


AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Status as of this day, dd/mm/yyyy or yyyy-mm-dd (default: today).",
        show_default=False,
    ),
]


AllPlansOption = Annotated[
    bool, typer.Option("--all-plans", help="Every plan of the plans/ workspace, one after another.")
]


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class StatusChoice(str, Enum):
    done = "done"
    done_late = "done_late"
    in_progress = "in_progress"
    not_started = "not_started"
    late = "late"
    ongoing = "ongoing"
    unreported = "unreported"


class RoleChoice(str, Enum):
    directing = "directing"
    lead = "lead"
    cooperating = "cooperating"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="table (default), json, csv or markdown.")
]


class ReminderFormat(str, Enum):
    markdown = "markdown"
    json = "json"
    docx = "docx"


class SummaryFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"
    docx = "docx"


class ExportFormat(str, Enum):
    xlsx = "xlsx"
    ics = "ics"
    html = "html"
    docx = "docx"


class ProblemFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


def handles_errors(command: F) -> F:
    """Expected failures become one message on stderr and their exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CdsError as error:
            _fail(error)

    return wrapper  # type: ignore[return-value]


def _fail(error: CdsError) -> None:
    from cds_tracker.output.emit import problem_text

    err = typer.echo
    err(f"cds: error: {error.message}", err=True)
    problems = getattr(error, "problems", ())
    for problem in problems:
        err(problem_text(problem), err=True)
    if error.hint:
        err(f"  hint: {error.hint}", err=True)
    raise typer.Exit(error.exit_code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cds {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache", help="Read every file afresh, not from the cache (also CDS_NO_CACHE=1)."
        ),
    ] = False,
    plan: Annotated[
        str | None,
        typer.Option(
            "--plan",
            help="The plan of a plans/ workspace to use, e.g. 2024 (default: this year's, else "
            "the latest); also after the command, and CDS_PLAN.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Theo dõi, kiểm tra, đôn đốc các chỉ tiêu chuyển đổi số (Phụ lục 01)."""
    from cds_tracker.app import cache, workspace

    cache.disable(no_cache)
    workspace.chosen = plan


@app.command()
@handles_errors
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Registry files or folders to check (default: the registry in use).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        ProblemFormat, typer.Option("--format", help="text, json, or github (CI annotations).")
    ] = ProblemFormat.text,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """Check registry and progress files; report every problem, each as file:line:col: message.

    A folder means the registry files in it and their progress/ files. Exit 0 when valid, 1 when
    any file is invalid, 2 when a path does not exist.

    Example:

        cds validate data/
    """
    from cds_tracker.app.validate import validate_paths
    from cds_tracker.output.emit import (
        problem_github,
        problem_text,
        problems_json,
        validate_summary,
    )
    from cds_tracker.output.words import resolve_lang

    language = resolve_lang(lang)
    checked = validate_paths(paths or [], registry)
    problems = checked.problems
    if output is ProblemFormat.json:
        typer.echo(problems_json(problems))
    elif output is ProblemFormat.github:
        for problem in problems:
            typer.echo(problem_github(problem))
    else:
        for problem in problems:
            typer.echo(problem_text(problem, language))
        typer.echo(validate_summary(checked.files, len(problems), language))
    if problems:
        raise typer.Exit(1)


class SchemaKind(str, Enum):
    registry = "registry"
    progress = "progress"


@app.command()
@handles_errors
def schema(
    kind: Annotated[
        SchemaKind, typer.Argument(help="registry (default) or progress.")
    ] = SchemaKind.registry,
) -> None:
    """Print the JSON Schema of the registry (or of progress files), generated from the models.

    Editors use it (through the file's first-line yaml-language-server comment) to check and
    complete the file as you type.

    Example:

        cds schema > data/schema/registry.schema.json
        cds schema progress > data/schema/progress.schema.json
    """
    from cds_tracker.registry.schema import schema_text

    typer.echo(schema_text(kind.value), nl=False)


@app.command()
@handles_errors
def init(
    folder: Annotated[
        Path, typer.Argument(metavar="DIR", help="Folder to create the registry in.")
    ],
) -> None:
    """Copy the bundled registry into a folder you own, ready to record progress.

    Creates DIR/phu_luc_01.yaml, its schema, a progress/ folder and a .gitattributes that lets git
    merge progress files from several branches without conflicts. Never overwrites a registry.

    Example:

        cds init data
    """
    from cds_tracker.app.setup import init_registry

    typer.echo(init_registry(folder))


progress_app = typer.Typer(
    help="Record and read progress reports (tiến độ) of the units.\n\n"
    'Example:\n\n    cds progress add II.4 --unit "Văn phòng HĐND và UBND thành phố" '
    "--status in_progress --value online_payment_share=27.5",
    no_args_is_help=True,
)
app.add_typer(progress_app, name="progress")


class EntryStatusChoice(str, Enum):
    not_started = "not_started"
    in_progress = "in_progress"
    done = "done"


@progress_app.command("add")
@handles_errors
def progress_add(
    target_id: Annotated[str, typer.Argument(metavar="ID", help="Target id, e.g. II.4.")],
    unit: Annotated[
        str,
        typer.Option(
            "--unit", "-u", help="The reporting unit (name, alias or id).", show_default=False
        ),
    ],
    status: Annotated[
        EntryStatusChoice,
        typer.Option(
            "--status", "-s", help="not_started, in_progress or done.", show_default=False
        ),
    ],
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            "-d",
            help="Day the report speaks of, dd/mm/yyyy (default: today).",
            show_default=False,
        ),
    ] = None,
    value: Annotated[
        list[str] | None,
        typer.Option(
            "--value",
            "-v",
            help="Indicator value as key=number "
            "(a plain number when the target has one indicator). "
            "Repeatable.",
            show_default=False,
        ),
    ] = None,
    note: Annotated[str, typer.Option("--note", help="What was done.")] = "",
    obstacles: Annotated[
        str, typer.Option("--obstacles", help="Difficulties (khó khăn, vướng mắc).")
    ] = "",
    proposals: Annotated[
        str, typer.Option("--proposals", help="Proposals (đề xuất, kiến nghị).")
    ] = "",
    evidence: Annotated[
        list[str] | None,
        typer.Option(
            "--evidence", "-e", help="Document number or link. Repeatable.", show_default=False
        ),
    ] = None,
    by: Annotated[str, typer.Option("--by", help="Who reports.")] = "",
    corrects: Annotated[
        str | None,
        typer.Option("--corrects", help="Id of the entry this one corrects.", show_default=False),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Record even if the unit is not assigned to the target (marked as forced).",
        ),
    ] = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """Record one progress report: appended to the unit's file, never editing earlier ones.

    Example:

        cds progress add II.4 --unit "Văn phòng HĐND và UBND thành phố" --status in_progress
            --date 15/10/2023 --value online_payment_share=27.5 --note "Đã triển khai"
            --evidence "Văn bản số 123/UBND-VP" --by "Nguyễn Văn A"
    """
    from cds_tracker.app import commands

    commands.progress_add(
        registry,
        target_id,
        unit,
        status.value,
        date,
        value or [],
        note,
        obstacles,
        proposals,
        evidence or [],
        by,
        corrects,
        force,
        lang,
    )


@progress_app.command("list")
@handles_errors
def progress_list(
    target_id: Annotated[
        str | None, typer.Argument(metavar="[ID]", help="Only this target.", show_default=False)
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option("--unit", "-u", help="Only this reporting unit.", show_default=False),
    ] = None,
    date_from: Annotated[
        str | None,
        typer.Option("--from", help="Reports dated on or after this day.", show_default=False),
    ] = None,
    date_to: Annotated[
        str | None,
        typer.Option("--to", help="Reports dated on or before this day.", show_default=False),
    ] = None,
    output: FormatOption = OutputFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """The progress history, newest first.

    Example:

        cds progress list II.4 --from 01/10/2023
    """
    from cds_tracker.app import commands

    _print(
        commands.progress_list(registry, target_id, unit, date_from, date_to, output.value, lang)
    )


@progress_app.command("import")
@handles_errors
def progress_import(
    files: Annotated[
        list[Path],
        typer.Argument(metavar="FILE.xlsx...", help="Filled return forms (cds form)."),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be written; write nothing.")
    ] = False,
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit", "-u", help="Refuse a form made for another unit.", show_default=False
        ),
    ] = None,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """Record the progress a unit filled in its return form: one entry per filled row.

    Each row passes the same checks as 'progress add'. A file with any problem writes nothing;
    problems are shown as file:sheet!cell: message. Importing a form again adds nothing; a
    corrected form adds corrections of the earlier entries.

    Example:

        cds progress import phieu-bao-cao-phong_y_te-2023-11.xlsx --dry-run
    """
    from cds_tracker.app.forms import import_forms

    outcome = import_forms(registry, files, dry_run, unit, lang)
    typer.echo(outcome.text, nl=False)
    for problem in outcome.problems:
        typer.echo(problem, err=True)
    if outcome.problems:
        raise typer.Exit(1)


def _print(text: str | None) -> None:
    if text is not None:
        typer.echo(text, nl=not text.endswith("\n"))


@app.command()
@handles_errors
def due(
    month: Annotated[
        str | None,
        typer.Option(
            "--month",
            "-m",
            help="The month: mm/yyyy (also yyyy-mm, 'Tháng 10/2023'). "
            "Default: the month of --as-of.",
            show_default=False,
        ),
    ] = None,
    within: Annotated[
        int | None,
        typer.Option(
            "--within",
            min=0,
            help="Instead of a month: the next N days from --as-of.",
            show_default=False,
        ),
    ] = None,
    no_ongoing: Annotated[
        bool,
        typer.Option(
            "--no-ongoing",
            help="Leave out the periodic reports of ongoing (Thường xuyên) targets.",
        ),
    ] = False,
    as_of: AsOfOption = None,
    output: FormatOption = OutputFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """Targets due in a month (or the next N days), with their status.

    The periodic reports of ongoing targets ("Thường xuyên") whose reporting period ends in
    that time follow in a section of their own.

    Example:

        cds due --month 10/2023 --as-of 15/10/2023
    """
    from cds_tracker.app import commands

    _print(commands.due(registry, month, within, not no_ongoing, as_of, output.value, lang))


@app.command()
@handles_errors
def late(
    by_unit: Annotated[
        bool, typer.Option("--by-unit", help="Group by lead unit: the list for urging each unit.")
    ] = False,
    as_of: AsOfOption = None,
    output: FormatOption = OutputFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
    all_plans: AllPlansOption = False,
) -> None:
    """Targets past their deadline and not done, the longest overdue first.

    Example:

        cds late --as-of 01/12/2023 --by-unit
    """
    from cds_tracker.app import commands

    if all_plans:
        from cds_tracker.app.plans import across_plans

        _print(
            across_plans(
                lambda path: commands.late(path, by_unit, as_of, output.value, lang),
                output.value,
                lang,
            )
        )
        return
    _print(commands.late(registry, by_unit, as_of, output.value, lang))


@app.command()
@handles_errors
def report(
    unit: Annotated[
        str,
        typer.Option(
            "--unit",
            "-u",
            help="Unit name, alias or id; case and diacritics do not matter.",
            show_default=False,
        ),
    ],
    as_of: AsOfOption = None,
    output: FormatOption = OutputFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
    all_plans: AllPlansOption = False,
) -> None:
    """Everything a unit answers for: named, or through a collective it belongs to.

    Each row shows the unit's role(s) and, where it came through a collective (all departments,
    all wards and communes…), which one. Ends with counts by status.

    Example:

        cds report --unit "Phòng Y tế"
    """
    from cds_tracker.app import commands

    if all_plans:
        from cds_tracker.app.plans import across_plans

        _print(
            across_plans(
                lambda path: commands.report(path, unit, as_of, output.value, lang),
                output.value,
                lang,
            )
        )
        return
    _print(commands.report(registry, unit, as_of, output.value, lang))


@app.command("list")
@handles_errors
def list_(
    group: Annotated[
        str | None,
        typer.Option("--group", "-g", help="Group: I, II, III, IV or V.", show_default=False),
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit", "-u", help="Only targets this unit answers for.", show_default=False
        ),
    ] = None,
    role: Annotated[
        RoleChoice | None,
        typer.Option("--role", help="With --unit: only this role.", show_default=False),
    ] = None,
    status: Annotated[
        StatusChoice | None,
        typer.Option("--status", help="Only targets with this status.", show_default=False),
    ] = None,
    deadline_from: Annotated[
        str | None,
        typer.Option(
            "--deadline-from", help="Deadline in or after this month.", show_default=False
        ),
    ] = None,
    deadline_to: Annotated[
        str | None,
        typer.Option("--deadline-to", help="Deadline in or before this month.", show_default=False),
    ] = None,
    as_of: AsOfOption = None,
    output: FormatOption = OutputFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """All targets, filtered; filters combine (AND).

    Example:

        cds list --group II --unit "Văn phòng HĐND và UBND thành phố" --role lead
    """
    from cds_tracker.app import commands

    _print(
        commands.list_targets(
            registry,
            group,
            unit,
            role.value if role else None,
            status.value if status else None,
            deadline_from,
            deadline_to,
            as_of,
            output.value,
            lang,
        )
    )


@app.command()
@handles_errors
def show(
    target_id: Annotated[str, typer.Argument(metavar="ID", help="Target id, e.g. II.4.")],
    as_of: AsOfOption = None,
    output: FormatOption = OutputFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """One target in full: verbatim cells, resolved units, indicators, deadline and status.

    Example:

        cds show II.4
    """
    from cds_tracker.app import commands

    _print(commands.show(registry, target_id, as_of, output.value, lang))


@app.command()
@handles_errors
def units(
    output: FormatOption = OutputFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """The unit catalog: kind, aliases, how many targets each directs, leads, cooperates on.

    Counts are "named (+ through a collective)". Collectives list their members.

    Example:

        cds units --format markdown
    """
    from cds_tracker.app import commands

    _print(commands.units(registry, output.value, lang))


@app.command()
@handles_errors
def remind(
    month: Annotated[
        str | None,
        typer.Option(
            "--month", "-m", help="The month (default: the month of --as-of).", show_default=False
        ),
    ] = None,
    report_by: Annotated[
        str | None,
        typer.Option(
            "--report-by",
            help="Ask for a report by this day (default: --as-of + 7 days).",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Folder for one note (Markdown) or letter (.docx) per unit (default: print).",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace notes already in --out.")] = False,
    with_form: Annotated[
        bool,
        typer.Option("--with-form", help="Add each unit's Excel return form (--out, --send)."),
    ] = False,
    output: Annotated[
        ReminderFormat, typer.Option("--format", "-f", help="markdown (default), json or docx.")
    ] = ReminderFormat.markdown,
    unit: Annotated[
        str | None,
        typer.Option("--unit", "-u", help="Only this unit's note or letter.", show_default=False),
    ] = None,
    send: Annotated[
        bool, typer.Option("--send", help="E-mail each unit its .docx letter (docs/documents.md).")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what --send would send where; send nothing.")
    ] = False,
    as_of: AsOfOption = None,
    registry: RegistryOption = None,
) -> None:
    """Draft urging notes (văn bản đôn đốc), one per lead unit with targets due or late.

    Units with nothing outstanding get nothing. For a collective (UBND các phường, xã…) the note
    lists which members have reported. --format docx writes one Word letter per unit in the state
    layout (a collective's members each get their own); --send e-mails them.

    Example:

        cds remind --month 11/2023 --as-of 01/11/2023 --format docx --out don-doc/
    """
    from cds_tracker.app import commands

    fmt = output.value
    _print(
        commands.remind(
            registry, month, as_of, report_by, out, force, fmt, unit, send, dry_run, with_form
        )
    )


@app.command()
@handles_errors
def summary(
    as_of: AsOfOption = None,
    output: Annotated[
        SummaryFormat,
        typer.Option("--format", "-f", help="table (default), markdown, json or docx."),
    ] = SummaryFormat.table,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="The .docx file (with --format docx).", show_default=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace --out if it exists.")] = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """The overview for the committee: status by group, late targets by unit, indicators.

    Example:

        cds summary --as-of 01/12/2023 --format markdown
    """
    from cds_tracker.app import commands

    fmt = output.value
    _print(commands.summary(registry, as_of, fmt, lang, out, force))


@app.command()
@handles_errors
def export(
    output: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="xlsx, ics, html or docx.", show_default=False),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The file to write.", show_default=False)
    ],
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
    as_of: AsOfOption = None,
    registry: RegistryOption = None,
) -> None:
    """Export the appendix with status: Excel workbook, calendar of deadlines, printable page.

    Writes atomically and never replaces a file without --force.

    Example:

        cds export --format xlsx --out bao-cao-thang-11.xlsx
    """
    from cds_tracker.app import commands

    typer.echo(commands.export(registry, output.value, out, force, as_of), nl=False)


@app.command()
@handles_errors
def form(
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", help="FILE.xlsx for one unit, or a folder for one form per unit."
        ),
    ],
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit",
            "-u",
            help="The unit (a collective: one form per member; none: every unit).",
            show_default=False,
        ),
    ] = None,
    month: Annotated[
        str | None,
        typer.Option(
            "--month", "-m", help="The month (default: the month of --as-of).", show_default=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace forms already there.")] = False,
    as_of: AsOfOption = None,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """Make the Excel return form (phiếu báo cáo) a unit fills and sends back.

    It lists the targets the unit still owes its own part of (what 'remind' urges, and its
    ongoing targets), with cells for status, report date, values, note and evidence; read it
    back with 'cds progress import'.

    Example:

        cds form --unit "Phòng Y tế" --month 11/2023 --out phieu-y-te.xlsx
    """
    from cds_tracker.app.forms import make_forms

    typer.echo(make_forms(registry, unit, month, as_of, out, force, lang), nl=False)


@app.command()
@handles_errors
def sync(
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """For a git checkout: pull, commit your new progress lines, push.

    Records nothing by itself. Progress files merge by union; a conflict elsewhere stops with
    what to do.

    Example:

        cds sync
    """
    from cds_tracker.app.sync import sync as run_sync

    typer.echo(run_sync(registry, lang), nl=False)


# cds import, diff, plans, carry-over: registered on `app` from their own module.
from cds_tracker import cli_plans  # noqa: E402, F401


def main() -> None:
    """Console entry point: Ctrl-C exits 130; an unexpected error is logged, not shown raw."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8")
    _lift_plan_option(sys.argv)
    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        typer.echo("cds: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: never a traceback in the user's face
        log = _write_crash_log(exc)
        typer.echo(f"cds: internal error: {exc!r}. Details: {log}. Please report this.", err=True)
        sys.exit(3)


def _lift_plan_option(argv: list[str]) -> None:
    """`cds due --plan 2024` means `cds --plan 2024 due`: --plan is read before the command."""
    for i, arg in enumerate(argv[2:], 2):
        if arg == "--":
            return
        if arg.startswith("--plan="):
            argv[1:1] = [argv.pop(i)]
            return
        if arg == "--plan" and i + 1 < len(argv):
            value = argv.pop(i + 1)
            argv[1:1] = [argv.pop(i), value]
            return


def _write_crash_log(exc: BaseException) -> str:
    import tempfile
    import traceback

    try:
        with tempfile.NamedTemporaryFile(
            "w", prefix="cds-crash-", suffix=".log", delete=False, encoding="utf-8"
        ) as handle:
            traceback.print_exception(exc, file=handle)
            return handle.name
    except OSError:
        return "(could not write a log)"
