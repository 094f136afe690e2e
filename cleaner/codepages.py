"""Which single-byte code page a file is in: the reading that is plausible text.

A single-byte file decodes without error in almost every code page; the bytes do not
say which one it was written in. :func:`choose` reads the bytes in the common code
pages (and those ``chardet`` guesses) and scores each reading as text a person wrote:

- a control character (a C1 byte read by ISO 8859 where Windows has ``’``) or an
  unassigned one: not text at all;
- oddities: a letter next to a letter of another script (``ÇáÚÑ`` in Arabic words), a
  capital right after a small letter (``рТХБЕФ``, Russian read as KOI8-R), a symbol
  inside a word (``s½ur``, ``Wroc±aw``) or one text never uses (``¤``, ``¨``);
- letters no one language writes together: a French text read as cp1250 has ``é``
  with ``č``, ``ŕ`` and ``ę``, which no alphabet has all of.

The reading with the fewest wins. Readings as plausible that differ only in
punctuation or symbols go to the most common code page (cp1252 before ISO 8859-1);
readings as plausible that differ in letters are refused, naming the letters, since
either could be right and a wrong one would be cleaned and written.

>>> text = "L’été dernier, « Où êtes-vous ? » a-t-elle dit. Ça va très bien, l’œuvre.\\n"
>>> choose(text.encode("cp1252"), {"iso8859-1": Guess(0.2), "cp1252": Guess(0.2)})
'cp1252'
>>> russian = "Съешь же ещё этих мягких французских булок.\\n"
>>> choose(russian.encode("koi8-r"), {"koi8-r": Guess(0.9)})
'koi8-r'
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .decode import InputError

SCORED_CHARS = 64 * 1024  # the readings are scored on this much of the text
CLEARLY_LESS = 0.5  # chardet prefers a reading clearly when a rival has less than this share
# The code pages text files are written in, most common first: a tie between two that
# read the same letters goes to the earlier.
COMMON = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
          "iso8859-1", "iso8859-15", "iso8859-2", "koi8-r", "koi8-u", "iso8859-5",
          "iso8859-7", "iso8859-9", "iso8859-8", "iso8859-6", "iso8859-13", "cp874")
# Characters written inside words: apostrophes, hyphens, dashes, the Catalan middle dot.
INSIDE_WORDS = frozenset("’ʼ‐‑–—·…")
# Symbols that stand next to letters in real text (units, marks, currencies).
BESIDE_LETTERS = frozenset("°©®™€£¥¢§µ†‡•№")
NOT_BESIDE_LETTERS = frozenset("¶")  # punctuation that stands apart from words
# Symbols of code-page tables that text hardly ever uses (where another code page has a
# letter or the euro: ISO 8859-15 ``€ Š š Ž ž`` read as cp1252).
NEVER_USED = frozenset("¤¦¨´¸¯˘˛˝ˇ˙")
# The letters beyond a–z each language writes (lower case). A reading whose letters no
# one alphabet covers mixes letters of unrelated languages: the mark of a wrong reading.
ALPHABETS = {
    "fr": "àâæçéèêëîïôœùûüÿ", "de": "äöüßé", "es": "áéíñóúü", "it": "àèéìíîòóùú",
    "pt": "áâãàçéêíóôõú", "ca": "àçèéíïòóúü", "nl": "áéëèïóöü", "nordic": "åäöæøéáíóúýðþ",
    "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž",
    "hu": "áéíóöőúüű", "sl-hr": "čćđšž", "ro": "ăâîșțşţ", "tr": "çğıöşüâîû",
    "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž", "et": "äöõüšž", "sq": "çë",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя", "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш", "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
}
FOREIGN_SHARE = 0.2  # a language writes a text when at most this share of its letters are foreign
LANGUAGE_ALPHABET = {"sv": "nordic", "da": "nordic", "no": "nordic", "nb": "nordic",
                     "fi": "nordic", "is": "nordic", "sl": "sl-hr", "hr": "sl-hr",
                     "bs": "sl-hr"}  # chardet's language codes that share an alphabet here
WHOLE_SCRIPTS = ("GREEK", "HEBREW", "ARABIC", "THAI")  # every letter of the script counts


@dataclass(frozen=True)
class Reading:
    """The scored text of one code page (``oddities`` includes the letters no alphabet
    covers)."""

    encoding: str
    text: str
    oddities: int
    rank: int  # the code page's place among the common ones: lower is more common


@dataclass(frozen=True)
class Guess:
    """chardet's guess for one code page: how sure, and the language it read."""

    confidence: float
    language: str | None = None


def choose(data: bytes, guesses: dict[str, Guess]) -> str:
    """The code page in which ``data`` reads as plausible text, of the common ones and
    the ``guesses`` (chardet's, with its confidence and language for each). Raise
    InputError when none reads as text, or two read as well with different letters and
    chardet's language models do not clearly prefer one."""
    sample = data[:SCORED_CHARS]
    candidates = list(dict.fromkeys([*COMMON, *guesses]))
    readings = []
    for rank, encoding in enumerate(candidates):
        reading = _read(sample, encoding, rank)
        if reading is not None:
            readings.append(reading)
    if not readings:
        raise InputError("cannot tell the text encoding: no code page reads it as text; "
                         "pass --encoding")
    fewest = min(reading.oddities for reading in readings)
    texts: dict[str, list[Reading]] = {}
    for reading in sorted(readings, key=lambda reading: reading.rank):
        if reading.oddities == fewest:
            texts.setdefault(reading.text, []).append(reading)

    def confidence(text: str) -> float:
        """chardet's confidence in a reading, 0 where the language it names for that
        code page does not write the reading's letters."""
        return max((guesses[reading.encoding].confidence for reading in texts[text]
                    if reading.encoding in guesses
                    and _writes(guesses[reading.encoding].language, text)), default=0.0)

    ranked = sorted(texts, key=lambda text: (-confidence(text), texts[text][0].rank))
    chosen = ranked[0]
    for rival in ranked[1:]:
        letters = _different_letters(chosen, rival)
        if letters is not None and confidence(rival) >= CLEARLY_LESS * confidence(chosen):
            ours, theirs = letters
            raise InputError(f"cannot tell the text encoding: {texts[chosen][0].encoding} "
                             f"reads {ours!r} where {texts[rival][0].encoding} reads "
                             f"{theirs!r}; pass --encoding")
    return texts[chosen][0].encoding


def _read(sample: bytes, encoding: str, rank: int) -> Reading | None:
    try:
        text = sample.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    oddities = _oddities(text)
    if oddities is None:
        return None
    return Reading(encoding, text, oddities + _unwritten_letters(text), rank)


def _oddities(text: str) -> int | None:
    """How many places of ``text`` no one would write (see the module); None when it
    holds a control or unassigned character, so is not text at all."""
    padded = f" {text} "
    contexts = Counter(zip(padded, padded[1:], padded[2:], strict=False))
    odd = 0
    for (before, char, after), count in contexts.items():
        if char < "\x80":
            continue
        kind = _category(char)
        if kind in {"Cc", "Cn", "Co", "Cs"}:
            return None
        if _letter_like(char):
            script = _script(char)
            odd += count * sum(1 for other in (before, after)
                               if _letter_like(other) and script
                               and _script(other) not in (script, ""))
            if char.isupper() and before.isalpha() and before.islower():
                odd += count
        elif char in NEVER_USED:
            odd += count
        elif char == "’" and not _letter_like(before) and _letter_like(after):
            odd += count  # a closing quote opening a word: a capital read as ’ (Greek Ά)
        elif char not in INSIDE_WORDS:
            if _letter_like(before) and _letter_like(after):
                odd += count  # a symbol inside a word
            elif (kind[0] == "S" or char in NOT_BESIDE_LETTERS) and char not in BESIDE_LETTERS and (
                    _letter_like(before) or _letter_like(after)):
                odd += count
    return odd


def _unwritten_letters(text: str) -> int:
    """How many letters beyond a–z the alphabet that covers most of them does not have."""
    letters = Counter(char.lower() for char in text if char >= "\x80" and char.isalpha())
    if not letters:
        return 0
    total = sum(letters.values())
    best = total
    for alphabet in ALPHABETS.values():
        best = min(best, sum(count for char, count in letters.items() if char not in alphabet))
    for script in WHOLE_SCRIPTS:
        best = min(best, sum(count for char, count in letters.items()
                             if _script(char) != script))
    return best


def _writes(language: str | None, text: str) -> bool:
    """False when ``language`` (chardet's code) has an alphabet here and most of the
    letters beyond a–z that ``text`` uses are not in it (a name or a loanword may be);
    True when the language is not known here."""
    alphabet = ALPHABETS.get(LANGUAGE_ALPHABET.get(language or "", language or ""))
    if alphabet is None:
        return True
    letters = [char.lower() for char in text if char >= "\x80" and char.isalpha()]
    foreign = sum(1 for char in letters if char not in alphabet)
    return foreign <= FOREIGN_SHARE * len(letters)


def _different_letters(ours: str, theirs: str) -> tuple[str, str] | None:
    """The first pair of characters two readings differ in where either is a letter."""
    for a, b in zip(ours, theirs, strict=False):
        if a != b and (a.isalpha() or b.isalpha()):
            return a, b
    return None


@functools.lru_cache(maxsize=4096)
def _category(char: str) -> str:
    return unicodedata.category(char)


@functools.lru_cache(maxsize=4096)
def _letter_like(char: str) -> bool:
    """A letter, or a mark on one (Arabic and Hebrew vowel points)."""
    return char.isalpha() or unicodedata.category(char).startswith("M")


@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """The script of a letter: the first word of its Unicode name (``LATIN``,
    ``CYRILLIC``…), LATIN for ASCII letters and ``ª º``; "" when unknown, and for ``µ``,
    which Greek text uses for ``μ`` as units do."""
    if char == "µ":
        return ""
    if char < "\x80" or char in "ªº":
        return "LATIN"
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""
