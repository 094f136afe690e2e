"""Configuration: the nearest ``cleaner.toml``, ``.cleaner.toml`` or ``pyproject.toml``
with a ``[tool.cleaner]`` table.

The search goes up from the file being cleaned and stops at the repository's root
(the folder with ``.git``): a prose repository rarely has a ``pyproject.toml``, and a
package's own ``pyproject.toml`` without a ``[tool.cleaner]`` table hides nothing.
In ``cleaner.toml`` the options stand at the top level; in ``pyproject.toml`` under
``[tool.cleaner]``. Keys are :class:`~cleaner.options.Options` field names (dashes
allowed), and the file selection (``include``, ``exclude``, ``extend-exclude``,
``force-exclude``: regular expressions, as the flags), and ``per-file-ignores``: a table
of globs and the reasons to ignore in the files they match. Unknown keys and bad values
are errors that name the key and the file. Command-line flags win over the file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fnmatch
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .options import Options, OptionsError, options_from_mapping

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]


class ConfigError(Exception):
    """A configuration file that cannot be read or holds a bad option."""


CONFIG_NAMES = ("cleaner.toml", ".cleaner.toml", "pyproject.toml")  # first found wins
SELECTION_KEYS = ("include", "exclude", "extend_exclude", "force_exclude")
PER_FILE = "per_file_ignores"  # a table: glob (from the file's folder) -> reasons to ignore


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start`` (a file or a folder), up to
    the repository's root; a ``pyproject.toml`` counts only with a ``[tool.cleaner]``."""
    try:
        folder = (start if start.is_dir() else start.parent).resolve()
    except OSError:  # a folder this user cannot enter: no configuration from it
        return None
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            with contextlib.suppress(OSError, ConfigError):
                if path.is_file() and (name != "pyproject.toml" or _has_section(path)):
                    return path
        with contextlib.suppress(OSError):
            if (candidate / ".git").exists():
                return None  # the repository's root: its settings end here
    return None


find_pyproject = find_config  # the name of earlier releases


def _has_section(path: Path) -> bool:
    with path.open("rb") as stream:
        try:
            return "cleaner" in tomllib.load(stream).get("tool", {})
        except tomllib.TOMLDecodeError:
            return True  # the error is reported when it is read


def read_section(path: Path) -> Mapping[str, Any]:
    """The options table of ``path``: its ``[tool.cleaner]`` table when it has one (a
    ``pyproject.toml`` has nothing else to give), the whole file otherwise."""
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    tool = data.get("tool", {})
    if path.name != "pyproject.toml" and not (isinstance(tool, dict) and "cleaner" in tool):
        return dict(data)  # cleaner.toml: the options at the top level
    section = tool.get("cleaner", {}) if isinstance(tool, dict) else {}
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.cleaner] must be a table")
    return dict(section)


def _where(path: Path) -> str:
    """The file, and the table in it, that an error names."""
    return f"{path}: [tool.cleaner]" if path.suffix == ".toml" and \
        path.name not in CONFIG_NAMES[:2] else str(path)


def selection(path: Path | None) -> dict[str, str]:
    """The file selection patterns of ``path`` (``include``, ``exclude``, …), by name."""
    if path is None:
        return {}
    found = {}
    for key, value in read_section(path).items():
        name = key.replace("-", "_")
        if name in SELECTION_KEYS:
            if not isinstance(value, str):
                raise ConfigError(f"{_where(path)}: {key} must be a regular expression")
            found[name] = value
    return found


def load_options(path: Path | None, base: Options | None = None) -> Options:
    """Options from the configuration file ``path`` over ``base``."""
    if path is None:
        return base or Options()
    values = {key: value for key, value in read_section(path).items()
              if key.replace("-", "_") not in (*SELECTION_KEYS, PER_FILE)}
    try:
        return options_from_mapping(values, base)
    except OptionsError as error:
        raise ConfigError(f"{_where(path)}: {error}") from None


def per_file_ignores(path: Path | None) -> dict[str, list[str]]:
    """The ``per-file-ignores`` table of the configuration file ``path``: glob -> the
    reasons it ignores (empty without a file or a table)."""
    if path is None:
        return {}
    table: Any = next((value for key, value in read_section(path).items()
                       if key.replace("-", "_") == PER_FILE), {})
    if not isinstance(table, dict):
        raise ConfigError(f"{_where(path)}: per-file-ignores must be a table")
    return {pattern: [reasons] if isinstance(reasons, str) else list(reasons)
            for pattern, reasons in table.items()}


def ignored_for(file: Path, path: Path | None, table: dict[str, list[str]]) -> str:
    """The reasons ``table`` (the ``per-file-ignores`` of the configuration file ``path``)
    ignores for ``file``, comma-separated: each glob is matched against the file's path
    from the configuration file's folder (``notes/*.md``), or its name alone (``*.srt``).

    >>> config = Path("/project/cleaner.toml")
    >>> table = {"notes/*.md": ["page_number"]}
    >>> ignored_for(Path("/project/notes/a.md"), config, table), \\
    ...     ignored_for(Path("/project/b.md"), config, table)
    ('page_number', '')
    """
    if path is None or not table:
        return ""
    try:
        relative = file.resolve().relative_to(path.parent.resolve()).as_posix()
    except (OSError, ValueError):
        relative = file.name
    return ",".join(code for pattern, reasons in table.items()
                    if fnmatch.fnmatchcase(relative, pattern)
                    or fnmatch.fnmatchcase(file.name, pattern) for code in reasons)


@dataclass
class Configurations:
    """The options each file of one run gets: the configuration file that applies to it
    (with the reasons its ``per-file-ignores`` ignore for that file), then the flags
    (``overrides``). ``config`` (``--config``) applies to every file; ``use_config=False``
    (``--no-config``) to none. Each folder's configuration file is looked up once, and
    each configuration file read once, per run: a hook run over many files parses it
    once. Make one per run; it remembers what it has read."""

    overrides: Mapping[str, Any]
    config: Path | None = None
    use_config: bool = True
    _sources: dict[Path, Path | None] = field(default_factory=dict)
    _ignores: dict[Path, dict[str, list[str]]] = field(default_factory=dict)
    _options: dict[tuple[Path | None, str], Options] = field(default_factory=dict)

    def source(self, near: Path) -> Path | None:
        """The configuration file for a file (or folder) at ``near``, if any."""
        if self.config or not self.use_config:
            return self.config
        folder = near if near.is_dir() else near.parent
        if folder not in self._sources:
            self._sources[folder] = find_config(near)
        return self._sources[folder]

    def options(self, near: Path) -> Options:
        """Options for a file at ``near``."""
        source = self.source(near)
        if source is not None and source not in self._ignores:
            self._ignores[source] = per_file_ignores(source)
        extra = ignored_for(near, source, self._ignores.get(source, {})) if source else ""
        if (source, extra) not in self._options:
            options = options_from_mapping(self.overrides, load_options(source))
            if extra:
                try:
                    options = dataclasses.replace(options, ignore=",".join(
                        code for code in (options.ignore, extra) if code))
                except OptionsError as error:
                    raise ConfigError(f"{source}: per-file-ignores: {error}") from None
            self._options[(source, extra)] = options
        return self._options[(source, extra)]
