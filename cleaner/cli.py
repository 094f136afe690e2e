"""The ``cleaner`` command: a thin shell over the library. No cleaning logic lives here.

``cleaner clean`` cleans to stdout, to a file (``-o``) or in place, or only
checks (``--check``) or shows a diff (``--diff``). ``cleaner fix`` is the
pre-commit hook: in place, ``Fixing PATH`` for each changed file, exit 1 when
any changed. Clean text and diffs go to stdout; findings, summaries and errors
to stderr.

The flags are read once into frozen :class:`Settings`; every input is then read
(:mod:`cleaner.files`), cleaned, and written by one :class:`WriteBack`, and a
:class:`~cleaner.report.Report` keeps the tally and the exit code, and a
:class:`~cleaner.console.Console` says what happened; what the run gathers as it goes
(configurations read, the cache, the review page's documents) is a ``_Run``'s.
"""

from __future__ import annotations

import enum
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, cast, get_args, get_type_hints

import click

from . import __version__, exitcodes
from .config import SELECTION_KEYS, ConfigError, Configurations, find_config, load_options
from .config import selection as configured_selection
from .console import Console, OutputFormat
from .decode import Decoded, InputError, decode, encode, splice
from .discover import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, Selection, expand
from .executors import TIMEOUT_SECONDS
from .files import decode_read, options_for, read_bytes, read_stream, write_atomic
from .options import OPTION_FIELDS, Options, OptionsError, options_from_mapping
from .pipeline import STAGES, CleanResult, clean
from .progress import Progress
from .report import Report, findings, json_report, printable, summary, unified_diff

if TYPE_CHECKING:
    from .cache import Cache
    from .review import Reviewed


class WriteBack(enum.Enum):
    """Where the result of cleaning goes; decided once from the flags."""

    STDOUT = "stdout"
    OUTPUT = "output"
    IN_PLACE = "in-place"
    OUTPUT_FOLDER = "output-folder"  # --corpus -o DIR: the inputs' tree mirrored there
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
    stdin_filename: str | None = None
    check: bool = False
    explain: bool = False
    hook: bool = False
    quiet: bool = False
    color: bool = False
    html_path: Path | None = None
    corpus: bool = False
    dedup_across_files: bool = False
    root: Path | None = None  # the folder the inputs' tree starts at (for -o DIR)
    jobs: int | None = None
    use_cache: bool = True
    scheduler: str | None = None
    scheduler_timeout: float = TIMEOUT_SECONDS

    def configurations(self) -> Configurations:
        """A fresh lookup of each input's options (one per run)."""
        return Configurations(self.overrides, self.config, self.use_config)


@dataclass
class _Run:
    """What one run gathers as it goes, beside its frozen :class:`Settings`: the
    report, the configurations read, the cache of clean files, the progress bar and the
    documents for the review page."""

    settings: Settings
    report: Report
    console: Console
    configurations: Configurations
    cache: Cache | None = None
    bar: Progress | None = None
    reviewed: list[Reviewed] = field(default_factory=list)  # for --html

    def done(self, display: str, result: CleanResult, decoded_as: str, *,
             cached: bool = False) -> None:
        """``display`` was cleaned (and written, if asked); ``cached``: an earlier run
        found it clean, and it has not changed since."""
        entry = self.report.done(display, result, decoded_as)
        self.console.done(entry, summary(display, result) + " (cached)" * cached)

    def failed(self, display: str, message: str) -> None:
        """``display`` could not be cleaned or written; the run goes on."""
        self.console.failed(self.report.failed(display, message))


def _option_flags(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add one flag per Options field, same name, default shown, None when not given."""
    for name, option_field in reversed(OPTION_FIELDS.items()):
        flag = name.replace("_", "-")
        default = option_field.default
        help_text = f"{option_field.metadata['help']} [default: {default}]"
        if isinstance(default, bool):
            decl = click.option(f"--{flag}/--no-{flag}", name, default=None, help=help_text)
        elif isinstance(default, str) and get_type_hints(Options)[name] is str:
            decl = click.option(f"--{flag}", name, type=str, default=None, metavar="REASONS",
                                help=help_text)
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
    command = click.option("--output-format", type=click.Choice(get_args(OutputFormat)),
                           default="text", show_default=True,
                           help="Findings as text (stderr), or on stdout as one JSON "
                                "document, JSON lines (one object per file as it is done) "
                                "or GitHub annotations.")(command)
    command = click.option("--statistics", is_flag=True,
                           help="Print how many edits of each reason, at the end.")(command)
    command = click.option("--no-cache", is_flag=True,
                           help="Clean every file, even one an earlier run with the same "
                                "options found clean (the cache is in $CLEANER_CACHE_DIR, "
                                "else ~/.cache/cleaner).")(command)
    command = click.option("--exit-zero", is_flag=True,
                           help="Exit 0 when changes are found (errors still exit 2).")(command)
    command = click.option("--config", "config", type=click.Path(path_type=Path, dir_okay=False),
                           default=None,
                           help="Read the options from this file (a cleaner.toml, or a "
                                "[tool.cleaner] table).")(command)
    command = click.option("--no-config", is_flag=True,
                           help="Ignore configuration files (cleaner.toml, pyproject.toml)."
                           )(command)
    command = click.option("--report", "report_path", type=click.Path(path_type=Path,
                                                                      dir_okay=False),
                           default=None,
                           help="Write a JSON report of every edit to FILE (- for stdout).")(
        command)
    command = click.option("--encoding", default=None, metavar="NAME",
                           help="Read inputs in this encoding instead of detecting it "
                                "(utf-8, gb18030, latin-1…).")(command)
    command = click.option("-q", "--quiet", is_flag=True,
                           help="Only errors on stderr.")(command)
    command = click.option("-v", "--verbose", is_flag=True,
                           help="A line for every file, changed or not.")(command)
    command = click.option("--color/--no-color", "color", default=None,
                           help="Colour diffs and messages [default: on a terminal, "
                                "unless NO_COLOR is set].")(command)
    command = click.option("--force-exclude", default=None, metavar="REGEX",
                           help="Leave out matching files even when named on the command "
                                "line (pre-commit passes every staged file).")(command)
    command = click.option("--extend-exclude", default=None, metavar="REGEX",
                           help="Leave out these files too, when walking folders.")(command)
    command = click.option("--exclude", default=None, metavar="REGEX",
                           help="Files and folders to leave out when walking folders "
                                f"[default: {DEFAULT_EXCLUDE}].")(command)
    command = click.option("--include", default=None, metavar="REGEX",
                           help="Files to clean when walking folders "
                                f"[default: {DEFAULT_INCLUDE}].")(command)
    command = click.option("--show-config", is_flag=True,
                           help="Print the configuration file used and the options it "
                                "resolves to, then exit.")(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=exitcodes.HELP)
@click.version_option(__version__, "--version", prog_name="cleaner")
def main() -> None:
    """Clean text damaged by PDF extraction, OCR and scraping.

    Removes duplicate paragraphs, boilerplate lines and page numbers, joins
    paragraphs broken by page breaks, and reports every edit.
    """


def run(argv: Sequence[str] | None = None) -> int:
    """Run the ``cleaner`` command with ``argv`` (the process's arguments when None) and
    return its exit code; nothing here ends the process. A usage error is printed and is
    2; a bug in cleaner is reported in one line and is 123, never taken for a verdict on
    the input (1 means changes found)."""
    try:
        code = main.main(args=list(argv) if argv is not None else None, prog_name="cleaner",
                         standalone_mode=False)
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted!", err=True)
        return exitcodes.CHANGES
    except Exception as error:  # the last resort: anything else is a bug
        click.echo(f"cleaner: internal error: {type(error).__name__}: "
                   f"{printable(str(error))} (a bug in cleaner; please report it)", err=True)
        return exitcodes.INTERNAL
    return code if isinstance(code, int) else exitcodes.OK


def entry() -> None:
    """The ``cleaner`` console script: :func:`run`, its code the process's exit status."""
    sys.exit(run())


@main.command(name="clean", epilog=exitcodes.HELP)
@click.argument("inputs", nargs=-1, type=str)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write the clean text to FILE (one input only; with --corpus, a folder "
                   "where the inputs' tree is mirrored).")
@click.option("-i", "--in-place", is_flag=True, help="Rewrite each input file that changes.")
@click.option("--check", is_flag=True,
              help="Write nothing; list findings on stderr; exit 1 if anything would change.")
@click.option("--diff", is_flag=True, help="Print a unified diff on stdout; write nothing.")
@click.option("--explain", is_flag=True,
              help="List every edit on stderr, and every paragraph kept because it differs "
                   "in content from one it resembles.")
@click.option("--html", "html_path", type=click.Path(path_type=Path, dir_okay=False),
              default=None, help="Write a review page to FILE: each document with every "
                                 "removal shown in place (one self-contained HTML file).")
@click.option("--corpus", is_flag=True,
              help="Clean the inputs together: a line at the top or bottom of many files "
                   "(a masthead, a disclaimer) is furniture though each file has it once.")
@click.option("--dedup-across-files", is_flag=True,
              help="With --corpus: remove a paragraph that an earlier file (in path order) "
                   "already has; the report names the copy kept.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Processes for --corpus [default: the number of cores].")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run --corpus on this Dask scheduler (pip install '.[dask]' in cleaner's "
                   "source folder).")
@click.option("--scheduler-timeout", type=click.FloatRange(min=0.1), default=TIMEOUT_SECONDS,
              show_default=True, metavar="SECONDS",
              help="With --scheduler: give up (exit 2) when connecting, waiting for a first "
                   "worker, or with no worker left takes longer.")
@click.option("--stdin-filename", default=None, metavar="NAME",
              help="The name of the file read from stdin: its format and configuration "
                   "follow from it, and messages use it.")
@_shared_flags
def clean_command(inputs: tuple[str, ...], output: Path | None, in_place: bool, check: bool,
                  diff: bool, explain: bool, html_path: Path | None, corpus: bool,
                  dedup_across_files: bool, jobs: int | None, scheduler: str | None,
                  scheduler_timeout: float, stdin_filename: str | None,
                  **flags: Any) -> None:
    """Clean INPUTS: files, folders (their .txt, .md and .rst files), or - for stdin."""
    shared = _Shared.pop(flags)
    if not inputs and not shared.show_config:
        raise click.UsageError("give at least one input (a file, a folder, or - for stdin)")
    files = shared.expand(inputs)
    if corpus and "-" in files:
        raise click.UsageError("--corpus cleans files, not stdin")
    if (jobs or scheduler or dedup_across_files) and not corpus:
        raise click.UsageError("--jobs, --scheduler and --dedup-across-files go with --corpus")
    if corpus and output is not None:
        if in_place or check or diff:
            raise click.UsageError("choose one of -o/--output, --in-place, --check/--diff")
        write_back = WriteBack.OUTPUT_FOLDER
    else:
        write_back = WriteBack.from_flags(files, output, in_place, check, diff)
    if write_back is WriteBack.OUTPUT_FOLDER and output is not None:
        files = _outside(files, output, shared.quiet)
    if write_back is not WriteBack.STDOUT:  # stdout: as cat, a file named twice is shown twice
        files = _one_per_file(files, shared.quiet)
    if str(shared.report_path) == "-" and write_back in (WriteBack.STDOUT, WriteBack.DIFF):
        raise click.UsageError("--report - needs stdout free: use it with --check, "
                               "--in-place or -o")
    if shared.output_format != "text" and write_back in (WriteBack.STDOUT, WriteBack.DIFF):
        raise click.UsageError(f"--output-format {shared.output_format} needs stdout free: "
                               "use it with --check, --in-place or -o")
    _check_targets(files, output, shared.report_path)
    _check_targets(files, output, html_path, flag="--html")
    if html_path is not None and shared.report_path is not None and _same_file(
            html_path, shared.report_path):
        raise click.UsageError(f"--report and --html are one file ({html_path}); one would "
                               "overwrite the other")
    for flag, target in (("--report", shared.report_path), ("--html", html_path)):
        _check_writable(target, flag)
    settings = shared.settings(write_back, flags, output=output, check=check,
                               explain=explain, stdin_filename=stdin_filename,
                               color=shared.color_for(diff), html_path=html_path,
                               corpus=corpus, jobs=jobs, scheduler=scheduler,
                               scheduler_timeout=scheduler_timeout,
                               dedup_across_files=dedup_across_files,
                               root=_common_folder(files) if corpus and files else None)
    if shared.show_config:
        _show_config(settings, files)
        click.get_current_context().exit(exitcodes.OK)
    click.get_current_context().exit(_run(settings, files, shared.report(
        check=check, dry_run=check or diff), shared.console(settings.color)))


@main.command(epilog=exitcodes.HELP, short_help="Clean FILES in place, as a pre-commit hook.")
@click.argument("files", nargs=-1, type=str)
@_shared_flags
def fix(files: tuple[str, ...], **flags: Any) -> None:
    """Clean FILES in place, as a pre-commit hook: print "Fixing FILE" for each file
    changed, and exit 1 when any changed (-q: print nothing but errors)."""
    shared = _Shared.pop(flags)
    if "-" in files:
        raise click.UsageError("fix works on files, not stdin")
    paths = shared.expand(files)
    _check_targets(paths, None, shared.report_path)
    _check_writable(shared.report_path, "--report")
    settings = shared.settings(WriteBack.IN_PLACE, flags, hook=True,
                               color=shared.color_for(False))
    if shared.show_config:
        _show_config(settings, paths)
        click.get_current_context().exit(exitcodes.OK)
    click.get_current_context().exit(_run(settings, paths, shared.report(hook=True),
                                          shared.console(settings.color, hook=True)))


@dataclass(frozen=True)
class _Shared:
    """The flags ``clean`` and ``fix`` share, taken out of click's keyword arguments."""

    report_path: Path | None
    encoding: str | None
    quiet: bool
    verbose: bool
    color: bool | None
    config: Path | None
    no_config: bool
    show_config: bool
    selection: Selection
    output_format: OutputFormat = "text"
    statistics: bool = False
    exit_zero: bool = False
    no_cache: bool = False

    @classmethod
    def pop(cls, flags: dict[str, Any]) -> _Shared:
        """Remove the shared flags from ``flags`` (what is left are Options fields)."""
        patterns = [flags.pop(name) for name in SELECTION_KEYS]
        config, no_config = flags["config"], flags["no_config"]
        try:  # what the flags leave unsaid, the configuration of the current folder says
            configured = {} if no_config else configured_selection(
                config or find_config(Path.cwd()))
        except ConfigError as error:
            raise click.UsageError(str(error)) from None
        patterns = [pattern if pattern is not None else configured.get(name)
                    for name, pattern in zip(SELECTION_KEYS, patterns, strict=True)]
        try:
            include, exclude, extend, force = (re.compile(pattern) if pattern else None
                                               for pattern in patterns)
        except re.error as error:
            raise click.UsageError(f"bad regular expression: {error}") from None
        selection = Selection(include or re.compile(DEFAULT_INCLUDE),
                              exclude or re.compile(DEFAULT_EXCLUDE), extend, force)
        return cls(flags.pop("report_path"), flags.pop("encoding"), flags.pop("quiet"),
                   flags.pop("verbose"), flags.pop("color"), flags.pop("config"),
                   flags.pop("no_config"), flags.pop("show_config"), selection,
                   flags.pop("output_format"), flags.pop("statistics"), flags.pop("exit_zero"),
                   flags.pop("no_cache"))

    def report(self, **more: Any) -> Report:
        """The run's tally, as these flags ask."""
        return Report(exit_zero=self.exit_zero, **more)

    def console(self, color: bool, hook: bool = False) -> Console:
        """What the run prints, as these flags ask."""
        return Console(quiet=self.quiet, verbose=self.verbose, color=color, hook=hook,
                       statistics=self.statistics, output_format=self.output_format)

    def expand(self, inputs: Sequence[str]) -> list[str]:
        return expand(inputs, self.selection)

    def color_for(self, diff: bool) -> bool:
        """Colour when asked; else not under NO_COLOR; else when writing to a terminal."""
        if self.color is not None:
            return self.color
        if os.environ.get("NO_COLOR"):
            return False
        return (sys.stdout if diff else sys.stderr).isatty()

    def settings(self, write_back: WriteBack, overrides: dict[str, Any],
                 **more: Any) -> Settings:
        return _settings(write_back, overrides, self.config, self.no_config,
                         report_path=self.report_path, encoding=self.encoding,
                         quiet=self.quiet, use_cache=not self.no_cache, **more)


def _common_folder(files: Sequence[str]) -> Path:
    return Path(os.path.commonpath([os.path.abspath(os.path.dirname(name)) for name in files]))


def _show_config(settings: Settings, inputs: Sequence[str]) -> None:
    """Print which configuration file applies to the first input, and the options."""
    near = Path(inputs[0]) if inputs and inputs[0] != "-" else Path.cwd()
    configurations = settings.configurations()
    source = configurations.source(near)
    click.echo(f"configuration: {source if source is not None else 'none (defaults)'}")
    options = configurations.options(near)
    for name in OPTION_FIELDS:
        click.echo(f"{name} = {getattr(options, name)!r}")


def _same_file(first: Path, second: Path) -> bool:
    """True when both paths name one file (after links), existing or not."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.realpath(first) == os.path.realpath(second)


def _check_targets(inputs: Sequence[str], output: Path | None, report: Path | None, *,
                   flag: str = "--report") -> None:
    """A usage error when the report (or review page), the output and an input are one
    file."""
    files = [Path(name) for name in inputs if name != "-"]
    if report is not None and str(report) != "-":
        for name in files + ([output] if output is not None else []):
            if _same_file(report, name):
                what = "the output" if name is output else "an input"
                raise click.UsageError(f"{flag} {report} is also {what}; it would be "
                                       "overwritten")
    if output is not None and any(_same_file(output, name) for name in files):
        raise click.UsageError(f"-o {output} is the input; use --in-place to rewrite it")


def _one_per_file(files: Sequence[str], quiet: bool) -> list[str]:
    """``files`` with each file once, however it is spelled (``a.txt``, ``./a.txt``, a
    hard link): by device and inode. A file cleaned twice in one run would be taken for
    its own copy."""
    seen: dict[tuple[int, int], str] = {}
    kept = []
    for name in files:
        try:
            status = os.stat(name) if name != "-" else None
        except OSError:
            status = None  # reported when it is read
        if status is not None:
            identity = (status.st_dev, status.st_ino)
            if identity in seen:
                if not quiet:
                    click.echo(f"cleaner: {printable(name)} is {printable(seen[identity])} "
                               "again: cleaned once", err=True)
                continue
            seen[identity] = name
        kept.append(name)
    return kept


def _outside(files: Sequence[str], folder: Path, quiet: bool) -> list[str]:
    """``files`` without those inside the output ``folder`` (the output of an earlier
    run is not input), saying how many were left out."""
    inside = Path(os.path.realpath(folder))
    kept = [name for name in files
            if not Path(os.path.realpath(name)).is_relative_to(inside)]
    if len(kept) < len(files) and not quiet:
        click.echo(f"cleaner: {len(files) - len(kept)} files in the output folder "
                   f"{printable(str(folder))} left out of the inputs", err=True)
    return kept


def _check_writable(target: Path | None, flag: str) -> None:
    """A usage error, before any file is cleaned or written, when the report or review
    page could not be written: its folder missing or not writable, or the file itself a
    folder or read-only. Otherwise edits would be made and recorded nowhere."""
    if target is None or str(target) == "-":
        return
    real = Path(os.path.realpath(target))
    problem = None
    if real.is_dir():
        problem = "is a folder"
    elif real.exists():
        if not os.access(real, os.W_OK):
            problem = "cannot be written (permission denied)"
    elif not real.parent.is_dir():
        problem = f"cannot be written: no folder {printable(str(real.parent))}"
    elif not os.access(real.parent, os.W_OK | os.X_OK):
        problem = "cannot be written: its folder is not writable"
    if problem is not None:
        raise click.UsageError(f"{flag} {printable(str(target))} {problem}")


def _settings(write_back: WriteBack, overrides: dict[str, Any], config: Path | None,
              no_config: bool, **more: Any) -> Settings:
    given = {name: value for name, value in overrides.items() if value is not None}
    if config is not None and no_config:
        raise click.UsageError("--config and --no-config exclude each other")
    try:
        options_from_mapping(given)
    except OptionsError as error:
        raise click.UsageError(_as_flags(str(error), given)) from None
    if config is not None:
        try:
            load_options(config)
        except ConfigError as error:
            raise click.UsageError(f"--config: {error}") from None
    return Settings(write_back, MappingProxyType(given), config, not no_config, **more)


def _as_flags(message: str, given: Mapping[str, Any]) -> str:
    """An option error in the words of the command line: ``--similarity``, not
    ``similarity``."""
    for name in sorted(given, key=len, reverse=True):
        message = re.sub(rf"\b{name}\b", "--" + name.replace("_", "-"), message)
    return message


def _run(settings: Settings, inputs: Sequence[str], report: Report, console: Console) -> int:
    """Clean ``inputs``, write what ``settings`` ask, and return the exit code."""
    sized = [(name, _size(name)) for name in inputs]
    run = _Run(settings, report, console, settings.configurations(), _cache_for(settings),
               Progress.for_run(sys.stderr, sized, quiet=settings.quiet))
    if settings.corpus:
        _clean_corpus(run, inputs)
    else:
        for name, size in sized:
            _process(run, name, size)
        if run.cache is not None:
            run.cache.save()
    if run.bar is not None:
        run.bar.close()
    if settings.html_path is not None:
        try:
            from .review import page  # the review page's code, imported only for --html

            write_atomic(settings.html_path, page(run.reviewed).encode("utf-8"))
        except InputError as error:
            run.failed(str(settings.html_path), str(error))
    if settings.report_path is not None and str(settings.report_path) == "-":
        _binary_stream("stdout").write(json_report(report.document()).encode("utf-8"))
    elif settings.report_path is not None:
        try:
            write_atomic(settings.report_path, json_report(report.document()).encode("utf-8"))
        except InputError as error:
            run.failed(str(settings.report_path), str(error))
    console.finish(report)
    return report.return_code


def _cache_for(settings: Settings) -> Cache | None:
    """The cache of clean files, when this run can use it: a check, a diff or an in-place
    run (an unchanged file writes nothing), without a review page (it shows the text)."""
    if settings.corpus or not settings.use_cache or settings.html_path is not None or \
            settings.write_back not in (WriteBack.CHECK, WriteBack.DIFF, WriteBack.IN_PLACE):
        return None
    from .cache import Cache, cache_dir

    return Cache.load(cache_dir())


def _size(name: str) -> int:
    """The size of input ``name`` in bytes (0 for stdin or what cannot be read yet)."""
    try:
        return Path(name).stat().st_size if name != "-" else 0
    except OSError:
        return 0


def _process(run: _Run, name: str, size: int = 0) -> None:
    """Clean one input as the settings say; report a bad input and carry on."""
    if run.bar is not None:
        run.bar.file(name, size, len(STAGES))
    try:
        _process_one(run, name)
    finally:
        if run.bar is not None:
            run.bar.done(size)


def _process_one(run: _Run, name: str) -> None:
    settings, bar, cache = run.settings, run.bar, run.cache
    path = Path(name) if name != "-" else None
    named = Path(settings.stdin_filename) if path is None and settings.stdin_filename else None
    display = name if path is not None else settings.stdin_filename or "<stdin>"
    try:
        options = run.configurations.options(
            path or (named.resolve() if named else Path.cwd()))
        if path is None:
            decoded = decode(read_stream(_binary_stream("stdin")), settings.encoding)
            result = clean(decoded.text, options_for(named, options))
        else:
            data, identity = read_bytes(path)
            options = options_for(path, options)
            key = cache.key(data, f"{options!r} {settings.encoding!r}") if cache else ""
            known = cache.get(key) if cache is not None else None
            if known is not None:  # found clean before, unchanged since
                if bar is not None:
                    bar.close()
                run.done(display, known.result(), known.encoding, cached=True)
                return
            decoded = decode_read(data, identity, settings.encoding)
            result = clean(decoded.text, options,
                           progress=bar.stage if bar is not None else None)
            if cache is not None:
                cache.remember_if_clean(key, decoded.encoding, result)
    except (InputError, ConfigError) as error:
        if bar is not None:
            bar.close()
        run.failed(display, str(error))
        return
    if bar is not None:
        bar.close()  # the file's own lines stand alone; the bar comes back after them
    _finish(run, name, path, display, decoded, result)


def _clean_corpus(run: _Run, inputs: Sequence[str]) -> None:
    """Clean the inputs together (corpus mode), then write and report each."""
    from .corpus import clean_corpus
    from .executors import ExecutorError, executor_for

    settings = run.settings
    try:
        options = {name: run.configurations.options(Path(name)) for name in inputs}
        results = []
        for item in clean_corpus(inputs, options, executor=executor_for(
                settings.jobs, settings.scheduler, settings.scheduler_timeout),
                dedup_across_files=settings.dedup_across_files, encoding=settings.encoding):
            results.append(item)
            if run.bar is not None:
                run.bar.done(_size(item.path))
        if run.bar is not None:
            run.bar.close()
    except (ConfigError, ExecutorError) as error:
        run.failed(settings.scheduler or inputs[0], str(error))
        return
    for item in results:
        if item.result is None or item.decoded is None:
            run.failed(item.path, str(item.error))
            continue
        _finish(run, item.path, Path(item.path), item.path, item.decoded, item.result)


def _finish(run: _Run, name: str, path: Path | None, display: str, decoded: Decoded,
            result: CleanResult) -> None:
    """Write one cleaned input as the settings say, and report it."""
    settings = run.settings
    for warning in result.warnings:
        run.console.warn(display, warning)
    if run.console.verbose:  # limits reached (-v only): noise in every hook run otherwise
        for note in result.notes:
            run.console.warn(display, note)
    try:
        _write(settings, path, display, decoded, result)
    except InputError as error:
        target = str(settings.output) if settings.write_back is WriteBack.OUTPUT else name
        run.failed(target, str(error))
        return
    _explain(settings, display, result)
    if settings.html_path is not None:
        from .review import Reviewed

        run.reviewed.append(Reviewed(display, decoded.text, result))
    run.done(display, result, decoded.encoding)


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
    elif write_back is WriteBack.OUTPUT_FOLDER and path is not None:
        assert settings.output is not None and settings.root is not None
        target = settings.output / os.path.relpath(path, settings.root)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(f"cannot write: {error.strerror or error}") from None
        write_atomic(target, _written(decoded, result))
    elif write_back is WriteBack.IN_PLACE:
        if result.changed and path is not None:
            write_atomic(path, _written(decoded, result), unchanged_since=decoded.identity)
            if settings.hook and not settings.quiet:
                click.echo(f"Fixing {printable(display)}")
    elif write_back is WriteBack.DIFF and result.changed:
        stdout.write(unified_diff(display, decoded.text, result.text, color=settings.color,
                                  edits=result.edits).encode("utf-8"))
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
    repeat or look-alike kept, in line order."""
    if settings.explain or (settings.check and not settings.quiet):
        for finding in findings(display, result, kept=settings.explain):
            click.echo(finding.text(color=settings.color), err=True, color=settings.color)
