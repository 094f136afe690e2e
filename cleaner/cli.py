"""The ``cleaner`` command: a thin shell over the library. No cleaning logic lives here.

``cleaner clean`` cleans to stdout, to a file (``-o``) or in place, or only
checks (``--check``) or shows a diff (``--diff``). ``cleaner fix`` is the
pre-commit hook: in place, ``Fixing PATH`` for each changed file, exit 1 when
any changed. Clean text and diffs go to stdout; findings, summaries and errors
to stderr.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal, cast, get_args, get_type_hints

import click

from . import __version__, exitcodes
from .config import ConfigError, find_pyproject, load_options
from .decode import Decoded, InputError, decode, encode
from .files import options_for, read_document, write_atomic
from .options import OPTION_FIELDS, Options, OptionsError, options_from_mapping
from .pipeline import CleanResult, clean
from .report import finding_lines, json_report, report_entries, summary, unified_diff


class WriteBack(enum.Enum):
    """Where the result of cleaning goes; decided once from the flags."""

    STDOUT = "stdout"
    OUTPUT = "output"
    IN_PLACE = "in-place"
    CHECK = "check"
    DIFF = "diff"


@dataclass
class Run:
    """Settings of one invocation, and what happened so far."""

    write_back: WriteBack
    overrides: dict[str, Any]
    config: Path | None
    use_config: bool
    quiet: bool
    hook: bool = False
    check: bool = False
    output: Path | None = None
    report: list[dict[str, Any]] = field(default_factory=list)
    errors: int = 0
    changed: int = 0
    _options_by_config: dict[Path | None, Options] = field(default_factory=dict)

    def options(self, near: Path) -> Options:
        """Options for a file at ``near``: its ``[tool.cleaner]``, then the flags."""
        source = self.config if self.config else (find_pyproject(near) if self.use_config
                                                   else None)
        if source not in self._options_by_config:
            self._options_by_config[source] = options_from_mapping(
                self.overrides, load_options(source))
        return self._options_by_config[source]


def _error(name: str, problem: str) -> None:
    click.echo(f"cleaner: error: {name}: {problem}", err=True)


def _option_flags(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add one flag per Options field, same name, default shown, None when not given."""
    for name, option_field in reversed(OPTION_FIELDS.items()):
        flag = name.replace("_", "-")
        default = option_field.default
        help_text = f"{option_field.metadata['help']} [default: {default}]"
        if isinstance(default, bool):
            decl = click.option(f"--{flag}/--no-{flag}", name, default=None, help=help_text)
        elif isinstance(default, str):
            choices = get_args(get_type_hints(Options)[name])
            decl = click.option(f"--{flag}", name, type=click.Choice(choices),
                                default=None, help=help_text)
        else:
            decl = click.option(f"--{flag}", name, type=type(default), default=None,
                                help=help_text)
        command = decl(command)
    return command


def _shared_flags(command: Callable[..., Any]) -> Callable[..., Any]:
    command = _option_flags(command)
    command = click.option("--config", "config", type=click.Path(path_type=Path, dir_okay=False),
                           default=None, help="Read [tool.cleaner] from this pyproject.toml.")(
        command)
    command = click.option("--no-config", is_flag=True,
                           help="Ignore [tool.cleaner] in pyproject.toml files.")(command)
    command = click.option("--report", "report_path", type=click.Path(path_type=Path,
                                                                      dir_okay=False),
                           default=None, help="Write a JSON report of every edit to FILE.")(
        command)
    command = click.option("-q", "--quiet", is_flag=True,
                           help="No summaries on stderr (errors and findings still show).")(
        command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=exitcodes.HELP)
@click.version_option(__version__, "--version", prog_name="cleaner")
def main() -> None:
    """Clean text damaged by PDF extraction, OCR and scraping.

    Removes duplicate paragraphs, boilerplate lines and page numbers, joins
    paragraphs broken by page breaks, and reports every edit.
    """


@main.command(name="clean", epilog=exitcodes.HELP)
@click.argument("inputs", nargs=-1, required=True, type=str)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write the clean text to OUTPUT (one input only).")
@click.option("-i", "--in-place", is_flag=True, help="Rewrite each input file that changes.")
@click.option("--check", is_flag=True,
              help="Write nothing; list findings on stderr; exit 1 if anything would change.")
@click.option("--diff", is_flag=True, help="Print a unified diff on stdout; write nothing.")
@_shared_flags
def clean_command(inputs: tuple[str, ...], output: Path | None, in_place: bool, check: bool,
                  diff: bool, report_path: Path | None, quiet: bool, config: Path | None,
                  no_config: bool, **overrides: Any) -> None:
    """Clean INPUT files (``-`` for stdin)."""
    write_back = _write_back(inputs, output, in_place, check, diff)
    run = _start(write_back, overrides, config, no_config, quiet)
    run.check, run.output = check, output
    _finish(run, inputs, report_path)


@main.command(epilog=exitcodes.HELP)
@click.argument("files", nargs=-1, type=str)
@_shared_flags
def fix(files: tuple[str, ...], report_path: Path | None, quiet: bool, config: Path | None,
        no_config: bool, **overrides: Any) -> None:
    """Clean FILES in place, as a pre-commit hook: exit 1 when any file changed."""
    run = _start(WriteBack.IN_PLACE, overrides, config, no_config, quiet=True)
    run.hook = True
    if "-" in files:
        raise click.UsageError("fix works on files, not stdin")
    _finish(run, files, report_path)


def _write_back(inputs: Sequence[str], output: Path | None, in_place: bool, check: bool,
                diff: bool) -> WriteBack:
    if sum(map(bool, (output, in_place, check or diff))) > 1:
        raise click.UsageError("choose one of -o/--output, --in-place, --check/--diff")
    if output is not None and len(inputs) != 1:
        raise click.UsageError("-o/--output takes exactly one input")
    if in_place and "-" in inputs:
        raise click.UsageError("--in-place cannot rewrite stdin")
    if diff:
        return WriteBack.DIFF
    if check:
        return WriteBack.CHECK
    if in_place:
        return WriteBack.IN_PLACE
    if output is not None:
        return WriteBack.OUTPUT
    if len(inputs) != 1:
        raise click.UsageError("several inputs need --in-place, --check or --diff")
    return WriteBack.STDOUT


def _start(write_back: WriteBack, overrides: dict[str, Any], config: Path | None,
           no_config: bool, quiet: bool) -> Run:
    given = {name: value for name, value in overrides.items() if value is not None}
    if config is not None and no_config:
        raise click.UsageError("--config and --no-config exclude each other")
    try:
        options_from_mapping(given)
    except OptionsError as error:
        raise click.UsageError(str(error)) from None
    return Run(write_back, given, config, not no_config, quiet)


def _finish(run: Run, inputs: Sequence[str], report_path: Path | None) -> None:
    for name in inputs:
        _process(run, name)
    if report_path is not None:
        try:
            write_atomic(report_path, json_report(run.report).encode("utf-8"))
        except InputError as error:
            _error(str(report_path), str(error))
            run.errors += 1
    if run.errors:
        sys.exit(exitcodes.ERROR)
    if run.changed and (run.check or run.hook):
        sys.exit(exitcodes.CHANGES)
    sys.exit(exitcodes.OK)


def _process(run: Run, name: str) -> None:
    """Clean one input as ``run`` says; report a bad input and carry on."""
    path = Path(name) if name != "-" else None
    try:
        decoded = decode(_binary_stream("stdin").read()) if path is None else read_document(path)
        options = run.options(path if path is not None else Path.cwd())
        result = clean(decoded.text, options_for(path, options),
                       progress=_progress_reporter(name, decoded.text))
    except (InputError, ConfigError) as error:
        _error(name, str(error))
        run.errors += 1
        return
    display = "<stdin>" if path is None else name
    for warning in result.warnings:
        click.echo(f"cleaner: warning: {display}: {warning}", err=True)
    run.report.extend(report_entries(display, result))
    if result.changed:
        run.changed += 1
    try:
        _write(run, path, display, decoded, result)
    except InputError as error:
        _error(name if run.write_back is WriteBack.IN_PLACE else str(run.output), str(error))
        run.errors += 1
        return
    if not run.quiet:
        click.echo(summary(display, result), err=True)


PROGRESS_FROM_CHARS = 2_000_000


def _progress_reporter(name: str, text: str) -> Callable[[str], None] | None:
    """For a long input and a terminal on stderr, a function that shows the stage running."""
    if len(text) < PROGRESS_FROM_CHARS or not sys.stderr.isatty():
        return None

    def report(stage: str) -> None:
        click.echo(f"cleaner: {name}: {stage.replace('_', ' ')}…", err=True)

    return report


def _binary_stream(name: Literal["stdin", "stdout"]) -> BinaryIO:
    stream = sys.stdin if name == "stdin" else sys.stdout
    return cast(BinaryIO, stream.buffer)


def _write(run: Run, path: Path | None, display: str, decoded: Decoded,
           result: CleanResult) -> None:
    stdout = _binary_stream("stdout")
    if run.write_back is WriteBack.STDOUT:
        stdout.write(result.text.encode("utf-8"))
        stdout.flush()
    elif run.write_back is WriteBack.OUTPUT:
        assert run.output is not None
        write_atomic(run.output, encode(result.text, decoded))
    elif run.write_back is WriteBack.IN_PLACE:
        if result.changed and path is not None:
            write_atomic(path, encode(result.text, decoded))
            if run.hook:
                click.echo(f"Fixing {display}")
    else:
        if run.check:
            for line in finding_lines(display, result):
                click.echo(line, err=True)
        if run.write_back is WriteBack.DIFF and result.changed:
            stdout.write(unified_diff(display, decoded.text, result.text).encode("utf-8"))
            stdout.flush()
