"""Configuration: ``[tool.cleaner]`` in the nearest ``pyproject.toml``.

Keys are :class:`~cleaner.options.Options` field names (dashes allowed).
Unknown keys and bad values are errors that name the key and the file.
Command-line flags win over the file.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .options import Options, OptionsError, options_from_mapping

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]


class ConfigError(Exception):
    """A configuration file that cannot be read or holds a bad option."""


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start`` (a file or a folder)."""
    try:
        folder = (start if start.is_dir() else start.parent).resolve()
    except OSError:  # a folder this user cannot enter: no configuration from it
        return None
    for candidate in (folder, *folder.parents):
        path = candidate / "pyproject.toml"
        with contextlib.suppress(OSError):
            if path.is_file():
                return path
    return None


def read_section(path: Path) -> Mapping[str, Any]:
    """The ``[tool.cleaner]`` table of ``path`` (empty when there is none)."""
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    section = data.get("tool", {}).get("cleaner", {})
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.cleaner] must be a table")
    return section


def load_options(path: Path | None, base: Options | None = None) -> Options:
    """Options from the ``[tool.cleaner]`` table of ``path`` over ``base``."""
    if path is None:
        return base or Options()
    try:
        return options_from_mapping(read_section(path), base)
    except OptionsError as error:
        raise ConfigError(f"{path}: [tool.cleaner]: {error}") from None
