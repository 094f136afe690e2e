"""The ``cleaner`` command: a thin shell over the library. No cleaning logic lives here.

``cleaner clean`` cleans to stdout, to a file (``-o``) or in place, or only
checks (``--check``) or shows a diff (``--diff``). ``cleaner fix`` is the
pre-commit hook: in place, ``Fixing PATH`` for each changed file, exit 1 when
any changed. Clean text and diffs go to stdout; findings, summaries and errors
to stderr.

The flags are read once into frozen :class:`Settings`; every input then goes
through :func:`cleaner.files.clean_path` and one :class:`WriteBack`, and a
:class:`~cleaner.report.Report` keeps the tally and the exit code.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal, cast, get_args, get_type_hints

import click

from . import __version__, exitcodes
from .config import ConfigError, find_pyproject, load_options
from .decode import Decoded, InputError, decode, encode, splice
from .files import clean_path, options_for, read_stream, write_atomic
from .options import OPTION_FIELDS, Options, OptionsError, options_from_mapping
from .pipeline import CleanResult, clean
from .report import (
    Report,
    finding_lines,
    json_report,
    report_entries,
    sibling_lines,
    unified_diff,
)


class WriteBack(enum.Enum):
    """Where the result of cleaning goes; decided once from the flags."""

    STDOUT = "stdout"
    OUTPUT = "output"
    IN_PLACE = "in-place"
    CHECK = "check"
    DIFF = "diff"

    @classmethod
    def from_flags(cls, inputs: Sequence[str], output: Path | None, in_place: bool,
                   check: bool, diff: bool) -> WriteBack:
        """The one write-back the flags ask for; a usage error when they conflict."""
        if sum(map(bool, (output, in_place, check or diff))) > 1:
            raise click.UsageError("choose one of -o/--output, --in-place, --check/--diff")
        if output is not None and len(inputs) != 1:
            raise click.UsageError("-o/--output takes exactly one input")
        if in_place and "-" in inputs:
            raise click.UsageError("--in-place cannot rewrite stdin")
        if diff:
            return cls.DIFF
        if check:
            return cls.CHECK
        if in_place:
            return cls.IN_PLACE
        if output is not None:
            return cls.OUTPUT
        if len(inputs) != 1:
            raise click.UsageError("several inputs need --in-place, --check or --diff")
        return cls.STDOUT


@dataclass(frozen=True)
class Settings:
    """Everything the flags of one invocation say, read once."""

    write_back: WriteBack
    overrides: Mapping[str, Any]
    config: Path | None = None
    use_config: bool = True
    output: Path | None = None
    report_path: Path | None = None
    encoding: str | None = None
    check: bool = False
    explain: bool = False
    hook: bool = False
    _options: dict[Path | None, Options] = field(default_factory=dict, compare=False)

    def options(self, near: Path) -> Options:
        """Options for a file at ``near``: its ``[tool.cleaner]``, then the flags."""
        source = self.config if self.config else (find_pyproject(near) if self.use_config
                                                   else None)
        if source not in self._options:
            self._options[source] = options_from_mapping(self.overrides, load_options(source))
        return self._options[source]


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
                           default=None,
                           help="Write a JSON report of every edit to FILE (- for stdout).")(
        command)
    command = click.option("--encoding", default=None, metavar="NAME",
                           help="Read inputs in this encoding instead of detecting it "
                                "(utf-8, gb18030, latin-1…).")(command)
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
@click.option("--explain", is_flag=True,
              help="List every edit on stderr, and every paragraph kept because it differs "
                   "in content from one it resembles.")
@_shared_flags
def clean_command(inputs: tuple[str, ...], output: Path | None, in_place: bool, check: bool,
                  diff: bool, explain: bool, report_path: Path | None, encoding: str | None,
                  quiet: bool, config: Path | None, no_config: bool,
                  **overrides: Any) -> None:
    """Clean INPUT files (``-`` for stdin)."""
    write_back = WriteBack.from_flags(inputs, output, in_place, check, diff)
    if str(report_path) == "-" and write_back in (WriteBack.STDOUT, WriteBack.DIFF):
        raise click.UsageError("--report - needs stdout free: use it with --check, "
                               "--in-place or -o")
    _check_targets(inputs, output, report_path)
    settings = _settings(write_back, overrides, config, no_config, output=output,
                         report_path=report_path, check=check, explain=explain,
                         encoding=encoding)
    _run(settings, inputs, Report(check=check, quiet=quiet))


@main.command(epilog=exitcodes.HELP)
@click.argument("files", nargs=-1, type=str)
@_shared_flags
def fix(files: tuple[str, ...], report_path: Path | None, encoding: str | None, quiet: bool,
        config: Path | None, no_config: bool, **overrides: Any) -> None:
    """Clean FILES in place, as a pre-commit hook: exit 1 when any file changed."""
    if "-" in files:
        raise click.UsageError("fix works on files, not stdin")
    _check_targets(files, None, report_path)
    settings = _settings(WriteBack.IN_PLACE, overrides, config, no_config, hook=True,
                         report_path=report_path, encoding=encoding)
    _run(settings, files, Report(hook=True, quiet=True))


def _same_file(first: Path, second: Path) -> bool:
    """True when both paths name one file (after links), existing or not."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.realpath(first) == os.path.realpath(second)


def _check_targets(inputs: Sequence[str], output: Path | None, report: Path | None) -> None:
    """A usage error when the report, the output and an input are one file."""
    files = [Path(name) for name in inputs if name != "-"]
    if report is not None and str(report) != "-":
        for name in files + ([output] if output is not None else []):
            if _same_file(report, name):
                what = "the output" if name is output else "an input"
                raise click.UsageError(f"--report {report} is also {what}; it would be "
                                       "overwritten")
    if output is not None and any(_same_file(output, name) for name in files):
        raise click.UsageError(f"-o {output} is the input; use --in-place to rewrite it")


def _settings(write_back: WriteBack, overrides: dict[str, Any], config: Path | None,
              no_config: bool, **more: Any) -> Settings:
    given = {name: value for name, value in overrides.items() if value is not None}
    if config is not None and no_config:
        raise click.UsageError("--config and --no-config exclude each other")
    try:
        options_from_mapping(given)
    except OptionsError as error:
        raise click.UsageError(str(error)) from None
    return Settings(write_back, given, config, not no_config, **more)


def _run(settings: Settings, inputs: Sequence[str], report: Report) -> None:
    entries: list[dict[str, Any]] = []
    for name in inputs:
        entries += _process(settings, name, report)
    if settings.report_path is not None and str(settings.report_path) == "-":
        _binary_stream("stdout").write(json_report(entries).encode("utf-8"))
    elif settings.report_path is not None:
        try:
            write_atomic(settings.report_path, json_report(entries).encode("utf-8"))
        except InputError as error:
            report.failed(str(settings.report_path), str(error))
    sys.exit(report.return_code)


def _process(settings: Settings, name: str, report: Report) -> list[dict[str, Any]]:
    """Clean one input as ``settings`` say; report a bad input and carry on.

    Returns the input's entries for the JSON report.
    """
    path = Path(name) if name != "-" else None
    display = "<stdin>" if path is None else name
    try:
        options = settings.options(path if path is not None else Path.cwd())
        if path is None:
            decoded = decode(read_stream(_binary_stream("stdin")), settings.encoding)
            result = clean(decoded.text, options_for(None, options))
        else:
            decoded, result = clean_path(path, options, progress=_progress_reporter(name, path),
                                         encoding=settings.encoding)
    except (InputError, ConfigError) as error:
        report.failed(name, str(error))
        return []
    for warning in result.warnings:
        report.warn(display, warning)
    try:
        _write(settings, path, display, decoded, result)
    except InputError as error:
        target = name if settings.write_back is WriteBack.IN_PLACE else str(settings.output)
        report.failed(target, str(error))
        return report_entries(display, result)
    _explain(settings, display, result)
    report.done(display, result)
    return report_entries(display, result)


PROGRESS_FROM_BYTES = 2_000_000


def _progress_reporter(name: str, path: Path | None) -> Callable[[str], None] | None:
    """For a long input and a terminal on stderr, a function that shows the stage running."""
    if not sys.stderr.isatty():
        return None
    try:
        if path is None or path.stat().st_size < PROGRESS_FROM_BYTES:
            return None
    except OSError:
        return None

    def show(stage: str) -> None:
        click.echo(f"cleaner: {name}: {stage.replace('_', ' ')}…", err=True)

    return show


def _binary_stream(name: Literal["stdin", "stdout"]) -> BinaryIO:
    stream = sys.stdin if name == "stdin" else sys.stdout
    return cast(BinaryIO, stream.buffer)


def _write(settings: Settings, path: Path | None, display: str, decoded: Decoded,
           result: CleanResult) -> None:
    stdout = _binary_stream("stdout")
    write_back = settings.write_back
    if write_back is WriteBack.STDOUT:
        stdout.write(result.text.encode("utf-8"))
        stdout.flush()
    elif write_back is WriteBack.OUTPUT:
        assert settings.output is not None
        write_atomic(settings.output, _written(decoded, result))
    elif write_back is WriteBack.IN_PLACE:
        if result.changed and path is not None:
            write_atomic(path, _written(decoded, result), unchanged_since=decoded.identity)
            if settings.hook:
                click.echo(f"Fixing {display}")
    elif write_back is WriteBack.DIFF and result.changed:
        stdout.write(unified_diff(display, decoded.text, result.text).encode("utf-8"))
        stdout.flush()


def _written(decoded: Decoded, result: CleanResult) -> bytes:
    """The bytes to write: the edits spliced into the bytes read, every other byte as it
    was (and checked: they must decode to the clean text)."""
    if decoded.raw is None:
        return encode(result.text, decoded)
    data = splice(decoded, [(edit.start, edit.end, edit.replacement) for edit in result.edits])
    if data[len(decoded.bom):].decode(decoded.encoding, errors="replace") != result.text:
        raise InputError(f"cannot write back in {decoded.encoding} without changing other bytes")
    return data


def _explain(settings: Settings, display: str, result: CleanResult) -> None:
    """On stderr: with ``--check`` every edit, with ``--explain`` every edit and every
    paragraph kept as a sibling of another, in line order."""
    lines = finding_lines(display, result) if settings.check or settings.explain else []
    if settings.explain:
        lines += sibling_lines(display, result)
    for line in sorted(lines, key=lambda line: int(line[len(display) + 1:].split(":", 1)[0])):
        click.echo(line, err=True)
