"""How many legacy-encoded files are read right, refused, or read wrong.

The text is real: the translated messages of the programs installed on this machine
(``/usr/share/locale/<language>/LC_MESSAGES/*.mo``: French, German, Russian, Arabic…,
written by people, with their quotes and dashes). For each common code page, 60
samples of 300 bytes to 20 KB are drawn from the messages of its languages that the
code page can encode, encoded, and decoded by :func:`cleaner.decode.decode` with no
``--encoding``:

- read: the decoded text is the text encoded (the target: at least 58 of 60);
- refused: an InputError (the user is asked for ``--encoding``);
- wrong: any other text (the target: 0 — a wrong reading would be cleaned and written).

Then files made of two halves in two encodings (Shift-JIS + UTF-8, GBK + Big5, EUC-KR +
GBK…): each must be refused.

Run: python benchmarks/encodings.py [--samples 60] [--seed N] [--show-wrong]
"""

from __future__ import annotations

import argparse
import gettext
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from cleaner.decode import InputError, decode

LOCALE = Path("/usr/share/locale")
CODE_PAGES = {  # code page -> the languages whose text it is used for
    "cp1252": ["en@quot", "fr", "de", "es", "it", "pt_BR", "nl", "sv", "da"],
    "latin-1": ["fr", "de", "es", "it", "pt_BR", "nl"],
    "iso8859-15": ["fr", "de", "es", "it"],
    "cp1250": ["pl", "cs", "hu", "sk", "sl", "hr"],
    "iso8859-2": ["pl", "cs", "hu", "sk"],
    "cp1251": ["ru", "uk", "bg", "sr"],
    "koi8-r": ["ru"],
    "iso8859-5": ["ru", "bg"],
    "cp1253": ["el"],
    "iso8859-7": ["el"],
    "cp1254": ["tr"],
    "cp1255": ["he"],
    "iso8859-8": ["he"],
    "cp1256": ["ar", "fa"],
    "iso8859-6": ["ar"],
    "cp1257": ["lt", "lv", "et"],
    "gbk": ["zh_CN"], "big5": ["zh_TW"], "shift_jis": ["ja"], "euc-jp": ["ja"],
    "euc-kr": ["ko"],  # multi-byte: the mixed-file check must not refuse these
}
MIXED = [("shift_jis", "ja", "utf-8", "ja"), ("gbk", "zh_CN", "big5", "zh_TW"),
         ("euc-kr", "ko", "gbk", "zh_CN"), ("utf-8", "fr", "cp1252", "fr"),
         ("cp1251", "ru", "utf-8", "ru"), ("gbk", "zh_CN", "utf-8", "zh_CN")]


def messages(language: str) -> list[str]:
    """The translated messages of ``language`` (longer than 20 characters), in a fixed
    order."""
    found: set[str] = set()
    for path in sorted((LOCALE / language / "LC_MESSAGES").glob("*.mo")):
        try:
            with path.open("rb") as file:
                catalog = gettext.GNUTranslations(file)._catalog  # type: ignore[attr-defined]
        except Exception:  # a catalogue that cannot be read is skipped
            continue
        found.update(value for key, value in catalog.items()
                     if key and isinstance(value, str) and len(value) > 20)
    return sorted(found)


def samples(encoding: str, languages: list[str], count: int,
            rng: random.Random) -> Iterator[tuple[str, str]]:
    """``count`` (language, text) samples that ``encoding`` encodes, 300 B to 20 KB."""
    pools = {language: [text for text in messages(language) if _encodes(text, encoding)]
             for language in languages}
    pools = {language: pool for language, pool in pools.items() if len(pool) >= 50}
    if not pools:
        return
    names = sorted(pools)
    for index in range(count):
        language = names[index % len(names)]
        size = int(300 * (20_000 / 300) ** rng.random())  # log-uniform sizes
        parts: list[str] = []
        while sum(len(part) for part in parts) < size:
            parts.append(rng.choice(pools[language]))
        yield language, "\n\n".join(parts) + "\n"


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return any(ord(char) > 0x7F for char in text)


def outcome(data: bytes, text: str) -> str:
    try:
        decoded = decode(data)
    except InputError:
        return "refused"
    return "read" if decoded.text == text else "wrong"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--show-wrong", action="store_true")
    parser.add_argument("--seed", type=int, default=20261201,
                        help="another seed draws other samples: rules were developed on the "
                             "default one; check them on another")
    args = parser.parse_args()
    if not LOCALE.exists():
        print(f"no translations at {LOCALE}; nothing measured")
        return 0
    rng = random.Random(args.seed)
    totals = {"read": 0, "refused": 0, "wrong": 0}
    print(f"{'code page':12} {'read':>5} {'refused':>8} {'wrong':>6}  languages")
    for encoding, languages in CODE_PAGES.items():
        counts = {"read": 0, "refused": 0, "wrong": 0}
        used: set[str] = set()
        for language, text in samples(encoding, languages, args.samples, rng):
            data = text.encode(encoding)
            result = outcome(data, text)
            counts[result] += 1
            used.add(language)
            if result != "read" and args.show_wrong:
                try:
                    decode(data)
                    detail = f"read as {decode(data).encoding}"
                except InputError as error:
                    detail = str(error)
                print(f"    {encoding} {language} {len(data)} B {result}: {detail}")
        for key, value in counts.items():
            totals[key] += value
        print(f"{encoding:12} {counts['read']:5} {counts['refused']:8} {counts['wrong']:6}  "
              f"{' '.join(sorted(used))}")
    print(f"{'total':12} {totals['read']:5} {totals['refused']:8} {totals['wrong']:6}")
    print("\nfiles in two encodings (each must be refused):")
    refused = 0
    for first, first_language, second, second_language in MIXED:
        one = [text for text in messages(first_language) if _encodes(text, first)]
        two = [text for text in messages(second_language) if _encodes(text, second)]
        if not one or not two:
            continue
        halves = ["\n\n".join(rng.sample(one, 40)), "\n\n".join(rng.sample(two, 40))]
        data = halves[0].encode(first) + b"\n\n" + halves[1].encode(second)
        try:
            decoded = decode(data)
            verdict = f"ACCEPTED as {decoded.encoding}"
        except InputError as error:
            verdict, refused = f"refused: {error}", refused + 1
        print(f"  {first} + {second}: {verdict}")
    print(f"{refused} of {len(MIXED)} refused")
    return 0


if __name__ == "__main__":
    sys.exit(main())
