"""Mutation kill rates per module: the numbers in the README's "Measuring" section.

For each module that decides or writes, the script copies the project (without its
virtual environment and Git data) to a scratch folder, points ``[tool.mutmut]`` at the
module and at the tests that judge it (and the module's own doctests), runs ``mutmut
run`` there, and reads ``mutmut results --all true``. Killed and timed-out mutants count
as caught; survivors and mutants no test reaches do not. Survivors are written to
``SCRATCH/<module>.survivors`` (``mutmut show`` of each), to be read: each is a test not
yet written, or a mutant that changes nothing a user can see.

mutmut must come from a virtual environment where cleaner is *not* installed in editable
mode (its import hook would load the unmutated code); see the README.

Run: python benchmarks/mutation.py MUTMUT [MODULE ...] [--scratch DIR]
  e.g. python benchmarks/mutation.py /tmp/m/bin/mutmut report files
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# module -> the test files (tests/test_<name>.py) that judge it, in-process ones only: a
# test that runs ``python -m cleaner`` in a subprocess sees no mutant.
SELECTIONS = {
    "kinship": ["kinship", "duplicates", "repeats"],
    "duplicates": ["duplicates", "kinship", "repeats", "reference_page"],
    "furniture": ["furniture", "page_numbers", "repeats", "glued_heads"],
    "page_numbers": ["page_numbers", "furniture", "glued_numbers"],
    "prints": ["prints", "duplicates"],
    "runs": ["prints", "duplicates"],
    "pages": ["furniture", "page_numbers", "joins", "glued_heads", "glued_numbers"],
    "formats": ["formats", "page_numbers", "repeats", "duplicates"],
    "decode": ["decode", "files_in_process", "samples"],
    "render": ["render", "diff", "reference_page", "joins", "selection", "furniture",
               "kinship", "duplicates", "glued_heads"],
    "glued_heads": ["glued_heads", "furniture", "selection"],
    "glued_numbers": ["glued_numbers", "page_numbers", "joins"],
    "joins": ["joins", "glued_numbers", "render", "selection"],
    "report": ["report", "files", "files_in_process", "diff", "cli", "selection",
               "cli_conventions"],
    "console": ["report", "files", "files_in_process", "diff", "cli", "selection",
                "cli_conventions", "cache"],
    "cache": ["cache", "review"],
    "files": ["files", "files_in_process", "writes", "cli_conventions", "cli"],
    "review": ["review", "cache"],
}
CAUGHT = {"killed", "timeout"}
_RESULT = re.compile(r"^\s*(\S+): (.+)$")


def measure(mutmut: str, module: str, scratch: Path) -> Counter[str]:
    """Run mutmut on ``module`` in a fresh copy of the project; the count of each status."""
    copy = scratch / module
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".git", ".venv", "mutants", "__pycache__", "*.egg-info", ".mypy_cache",
        ".ruff_cache", ".pytest_cache", ".hypothesis"))
    selection = [f"tests/test_{name}.py" for name in SELECTIONS[module]]
    selection.append(f"cleaner/{module}.py")  # its doctests
    config = (copy / "pyproject.toml").read_text(encoding="utf-8")
    config = re.sub(r"source_paths = .*", f'source_paths = ["cleaner/{module}.py"]', config)
    config = re.sub(r"pytest_add_cli_args_test_selection = .*",
                    "pytest_add_cli_args_test_selection = ["
                    + ", ".join(f'"{path}"' for path in selection) + "]", config)
    # The project keeps a failed test's temporary folders (pyproject.toml); every killed
    # mutant fails tests, so here each session removes all of its own.
    config = re.sub(r"pytest_add_cli_args = \[",
                    'pytest_add_cli_args = ["-o", "tmp_path_retention_policy=none", ', config)
    (copy / "pyproject.toml").write_text(config, encoding="utf-8")
    for _ in range(2):  # a second try where the first stopped before any mutant
        subprocess.run([mutmut, "run"], cwd=copy, capture_output=True, check=False)
        listed = subprocess.run([mutmut, "results", "--all", "true"], cwd=copy,
                                capture_output=True, text=True, check=False).stdout
        if ": not checked" not in listed:
            break
    statuses: Counter[str] = Counter()
    survivors = []
    for line in listed.splitlines():
        found = _RESULT.match(line)
        if found:
            statuses[found.group(2)] += 1
            if found.group(2) in {"survived", "no tests"}:
                survivors.append(found.group(1))
    with open(scratch / f"{module}.survivors", "w", encoding="utf-8") as out:
        for name in survivors:
            shown = subprocess.run([mutmut, "show", name], cwd=copy, capture_output=True,
                                   text=True, check=False).stdout
            out.write(f"== {name}\n" + "".join(line + "\n" for line in shown.splitlines()
                                              if line.startswith(("- ", "+ "))))
    return statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mutmut", help="the mutmut program (see the module docstring)")
    parser.add_argument("modules", nargs="*", default=list(SELECTIONS))
    parser.add_argument("--scratch", type=Path, default=None)
    arguments = parser.parse_args()
    unknown = [module for module in arguments.modules if module not in SELECTIONS]
    if unknown:
        parser.error(f"no such module: {', '.join(unknown)}")
    scratch = arguments.scratch or Path(tempfile.mkdtemp(prefix="cleaner-mutation-"))
    scratch.mkdir(parents=True, exist_ok=True)
    print("| module | tests selected (and its doctests) | caught | survived | no tests |")
    print("|---|---|---|---|---|")
    total_caught = total = 0
    for module in arguments.modules:
        statuses = measure(arguments.mutmut, module, scratch)
        caught, count = sum(statuses[status] for status in CAUGHT), sum(statuses.values())
        if statuses["not checked"]:  # mutmut stopped: the tests failed before any mutant
            print(f"| `cleaner/{module}.py` | {', '.join(SELECTIONS[module])} | not run: "
                  f"{statuses['not checked']} mutants not checked (the tests failed without "
                  f"a mutant? run mutmut in {scratch / module}) | | |", flush=True)
            continue
        total_caught, total = total_caught + caught, total + count
        share = f"{100 * caught / count:.1f}%" if count else "-"
        print(f"| `cleaner/{module}.py` | {', '.join(SELECTIONS[module])} | {caught:,} of "
              f"{count:,} ({share}) | {statuses['survived']} | {statuses['no tests']} |",
              flush=True)
    if total:
        print(f"| all of these | | {total_caught:,} of {total:,} "
              f"({100 * total_caught / total:.1f}%) | | |")
    print(f"survivors: {scratch}/<module>.survivors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
