"""Decode and write back: bytes to text, and edits back into the same bytes.

:func:`decode` keeps the original bytes, the encoding and the byte-order mark,
and :func:`splice` writes the edits into the original bytes: a byte that no edit
touched is written back as it was, even where the codec maps two byte sequences
to one character (Big5, cp932, euc_jp…) or the encoding was guessed wrong.

- A BOM decides (UTF-8, UTF-16, UTF-32).
- ``encoding`` (``--encoding``) overrides any guess.
- Otherwise strict UTF-8 over the *whole* input is tried first. Input that is
  UTF-8 but for some bad bytes (it has valid multi-byte sequences, at least as
  many as bad bytes) is refused, not guessed at.
- Otherwise ``chardet`` guesses, from bytes that include the non-ASCII part (a
  file whose first few hundred KB are ASCII fools a prefix). GB2312 and GBK are
  read as GB18030, their superset. A single-byte file is read in the code page
  where it is plausible text (:mod:`cleaner.codepages`), or refused with the
  letters two readings differ in, until ``--encoding`` says.
- A file in two encodings (lines of UTF-8 in a legacy file, a piece the detector
  is sure is another multi-byte encoding, a run of non-UTF-8 lines in UTF-8) is
  refused, naming both.
- Binary input (NUL bytes, unless it is UTF-16 without a BOM or a few in UTF-8, as
  extractors write for glyphs they cannot map) and bytes that the
  chosen encoding cannot decode are refused with :class:`InputError`; nothing is
  ever silently replaced.

>>> data = "共青团株洲市委组织团员青年重走入团誓词。\\r\\n".encode("gb18030") * 20
>>> decoded = decode(data)
>>> decoded.encoding
'gb18030'
>>> encode(decoded.text, decoded) == data
True
>>> big5 = "分數／總分 一二三\\n".encode("big5").replace(b"\\xa2\\x41", b"\\xa1\\xfe") * 2
>>> decoded = decode(big5, encoding="big5")
>>> splice(decoded, [(0, 2, "")]) == big5[4:]  # the A1FE bytes stay, not re-encoded A241
True
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

DETECTOR_BYTES = 256 * 1024  # chardet reads this much: enough to tell code pages apart, fast
MULTIBYTE_PREFIXES = ("utf", "gb", "big5", "cp950", "cp932", "shift_jis", "euc", "cp949",
                      "johab", "iso2022", "hz")
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "ascii": "utf-8", "euc-cn": "gb18030"}
FAMILIES = {"cp932": "shift_jis", "shift_jis_2004": "shift_jis", "shift_jisx0213": "shift_jis",
            "cp949": "euc_kr", "cp950": "big5", "big5hkscs": "big5",
            "euc_jis_2004": "euc_jp", "euc_jisx0213": "euc_jp"}
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Codecs that write a byte-order mark every time they encode: a file given as one is read
# with the mark's codec (little-endian without a mark, as Python reads it), so that an
# edit spliced into its bytes is not written with a mark of its own.
MARKED = {"utf-16": "utf-16-le", "utf-32": "utf-32-le", "utf-8-sig": "utf-8"}
MARKED_BY = {"utf-32-le": "utf-32", "utf-32-be": "utf-32", "utf-8": "utf-8-sig",
             "utf-16-le": "utf-16", "utf-16-be": "utf-16"}  # each mark's marking codec


class InputError(Exception):
    """Input that cannot be cleaned safely; the message names the problem in one line."""


@dataclass(frozen=True)
class Identity:
    """Which file was read, and as it was: a file changed since does not compare equal."""

    device: int
    inode: int
    size: int
    modified_ns: int

    @classmethod
    def of(cls, status: os.stat_result) -> Identity:
        return cls(status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


@dataclass(frozen=True)
class Decoded:
    """Text with what is needed to write it back byte for byte."""

    text: str
    encoding: str
    bom: bytes = b""
    raw: bytes | None = None  # the bytes read, BOM included; None when built from text
    identity: Identity | None = None  # the file they were read from


_BINARY_CONTROLS = bytes(byte for byte in range(0x20) if byte not in b"\t\n\r\f\v\x1b")
# Extractors write control characters for glyphs they cannot map (a few per cent in a
# page of mathematics), NUL among them (PyMuPDF, pypdf): that is text. Binary data has
# NUL bytes throughout, or in long runs (padding), or bytes that are not UTF-8 around
# them, or controls throughout.
BINARY_CONTROL_FRACTION = 0.1
TEXT_NUL_FRACTION = 0.05  # a UTF-8 file with NUL bytes this rare is text (pypdf's output
# of a Chinese exam, its minus signs NUL: one byte in 65, the most of 1,665 extracts)...
PADDING_NULS = 64  # ...unless this many come in a row: padding (an archive, a database);
# an extractor writes a NUL a glyph, 15 in a row at most (a figure's)
MIXED_MIN_BYTES = 32  # a piece (or a run of bytes that are not UTF-8) this long is text
UTF8_PIECE_BYTES = 4096  # a legacy file is looked through in pieces this long for UTF-8
DETECTED_PIECES = 4  # ...(at least this many), and in this many for another multi-byte one
UTF8_RUN_LINES = 2  # lines of UTF-8 in a row in a legacy file: text in another encoding...
UTF8_RUN_CHARACTERS = 6  # ...with this many characters that are not ASCII among them
SURE = 0.9  # the detector's confidence that a half is in another multi-byte encoding
HALF_SURE = 0.5  # ...or this much, when the detector is less sure of the whole file


def _looks_binary(data: bytes) -> bool:
    """NUL bytes (but for glyphs an extractor could not map: up to one in twenty bytes,
    none in a run of 64, in UTF-8), or more than 10% control bytes in the first 64 KB."""
    nuls = data.count(0)
    if nuls and (nuls > TEXT_NUL_FRACTION * len(data) or b"\0" * PADDING_NULS in data
                 or not _is_utf8(data)):
        return True
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))
    return controls > BINARY_CONTROL_FRACTION * max(1, len(sample))


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for text in UTF-16 written without a byte-order
    mark: NUL bytes (the high bytes of ASCII characters) on one side of every pair and
    never on the other, and a reading with no control characters but line breaks and
    tabs. None for anything else (binary data)."""
    if len(data) % 2:
        return None
    evens, odds = data[0::2].count(0), data[1::2].count(0)
    for encoding, zeros, others in (("utf-16-le", odds, evens), ("utf-16-be", evens, odds)):
        if others or zeros < UTF16_MIN_ASCII_SHARE * len(data) // 2:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return None
        if not _UTF16_NOT_TEXT.search(text):
            return encoding
    return None


UTF16_MIN_ASCII_SHARE = 0.2  # at least this share of the characters are ASCII (NUL high bytes)
_UTF16_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f\ufffe\uffff]")


def _detector_sample(data: bytes) -> bytes:
    """Bytes for the detector: from just before the first non-ASCII byte onwards."""
    first = next((index for index, byte in enumerate(data) if byte >= 0x80), 0)
    start = max(0, first - 1024)
    return data[start:start + DETECTOR_BYTES]


def _guess(data: bytes) -> tuple[str, float]:
    """The encoding of ``data`` (not UTF-8), and how sure the detector is of it."""
    import chardet
    from chardet import EncodingEra

    # Text files today: no EBCDIC, DOS or classic Mac code pages among the guesses.
    eras = EncodingEra.MODERN_WEB | EncodingEra.LEGACY_ISO | EncodingEra.LEGACY_REGIONAL
    sample = _detector_sample(data)
    guesses = chardet.detect_all(sample, max_bytes=DETECTOR_BYTES, encoding_era=eras)
    named = [(name, guess) for guess in guesses
             if (name := _codec_name(guess.get("encoding")))]
    if not named:
        raise InputError("cannot tell the text encoding; pass --encoding")
    best, best_guess = named[0]
    if _multibyte(best):
        return best, best_guess.get("confidence") or 0.0
    from .codepages import Guess, choose  # imported only for a file in a legacy code page

    single_byte: dict[str, Guess] = {}
    for name, guess in named:
        if not _multibyte(name):
            single_byte.setdefault(name, Guess(guess.get("confidence") or 0.0,
                                               guess.get("language")))
    chosen = choose(data, single_byte)
    return chosen, single_byte[chosen].confidence if chosen in single_byte else 0.0


def _codec_name(encoding: object) -> str | None:
    if not isinstance(encoding, str) or not encoding:
        return None
    try:
        name = codecs.lookup(encoding.lower()).name
    except LookupError:
        return None
    return SUPERSETS.get(name, name)


def _multibyte(name: str) -> bool:
    return name.startswith(MULTIBYTE_PREFIXES)


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data`` (as ``encoding`` when given); raise InputError for binary or
    undecodable input, or when the encoding cannot be told."""
    name = _codec_name(encoding) if encoding is not None else None
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom) and (encoding is None or name in (bom_encoding,
                                                                  MARKED_BY[bom_encoding])):
            return _strict(data, len(bom), bom_encoding)
    if encoding is not None:
        if name is None:
            raise InputError(f"unknown text encoding {encoding!r}")
        return _strict(data, 0, MARKED.get(name, name))
    if _looks_binary(data):
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError("binary file (NUL or control bytes), not text")
        return _strict(data, 0, utf16)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _damaged_utf8(data):
            _refuse_utf8_mixed(data)
            raise InputError(f"undecodable bytes at offset {error.start} "
                             "(invalid UTF-8 in a UTF-8 file)") from None
        guessed, confidence = _guess(data)
        _refuse_mixed(data, guessed, confidence)
        return _strict(data, 0, guessed)
    return Decoded(text, "utf-8", b"", data)


def _pieces(data: bytes, count: int) -> list[tuple[int, bytes]]:
    """``data`` in ``count`` pieces of about one size, each cut after a line break, with
    where each starts."""
    pieces, start = [], 0
    for number in range(1, count + 1):
        end = len(data) if number == count else data.find(b"\n", len(data) * number // count)
        end = len(data) if end < 0 else min(len(data), end + 1)
        if end > start:
            pieces.append((start, data[start:end]))
        start = max(start, end)
    return pieces


def _non_ascii(data: bytes) -> int:
    """How many bytes of ``data`` are not ASCII."""
    return len(data.translate(None, _ASCII))


_ASCII = bytes(range(0x80))


def _refuse_mixed(data: bytes, encoding: str, confidence: float) -> None:
    """Raise InputError when part of ``data`` is in another encoding than ``encoding``
    (guessed with ``confidence``): lines of valid UTF-8 with multi-byte characters, or
    text the detector is surer is in another multi-byte encoding that reads it
    differently. A file written in two encodings cannot be read as one; the message
    names both, and where the other starts."""
    pieces = _pieces(data, max(DETECTED_PIECES, len(data) // UTF8_PIECE_BYTES))
    for start, piece in pieces:
        if _non_ascii(piece) >= MIXED_MIN_BYTES and _is_utf8(piece):
            _refuse_two(data, start, piece, "UTF-8")
    island = _utf8_lines(data)
    if island is not None:
        _refuse_two(data, *island, "UTF-8")
    for start, piece in _pieces(data, DETECTED_PIECES):
        if _non_ascii(piece) < MIXED_MIN_BYTES:
            continue
        other = _other_multibyte(piece, encoding, confidence)
        if other is not None and (piece.decode(other, errors="replace")
                                  != piece.decode(encoding, errors="replace")):
            _refuse_two(data, start, piece, other)


def _utf8_lines(data: bytes) -> tuple[int, bytes] | None:
    """The first run of lines of a legacy file that are UTF-8 (each line with a character
    that is not ASCII valid UTF-8, lines of ASCII between them) with at least
    ``UTF8_RUN_LINES`` such lines and ``UTF8_RUN_CHARACTERS`` such characters: where it
    starts, and its bytes; None when there is none. A line of a legacy code page is
    seldom valid UTF-8 (its letters would have to fall in lead and continuation bytes
    by chance); several in a row are text written in UTF-8."""
    start = position = lines = characters = 0
    for line in data.splitlines(keepends=True):
        if _non_ascii(line):
            if not _is_utf8(line):
                lines = characters = 0
            else:
                if not lines:
                    start = position
                lines += 1
                characters += sum(char > "\x7f" for char in line.decode("utf-8"))
                if lines >= UTF8_RUN_LINES and characters >= UTF8_RUN_CHARACTERS:
                    return start, data[start:position + len(line)]
        position += len(line)
    return None


def _refuse_two(data: bytes, start: int, piece: bytes, encoding: str) -> None:
    """Raise InputError: ``piece`` (at byte ``start``) is in ``encoding``, and the rest of
    the file, named by what the detector makes of it alone, is not."""
    rest = data[:start] + data[start + len(piece):]
    try:
        other = "UTF-8" if _is_utf8(rest) else _guess(rest)[0]
    except InputError:
        other = "another encoding"
    raise InputError(f"mixes two encodings: {encoding} at byte {start}, {other} elsewhere; "
                     "convert it to one encoding first")


def _family(encoding: str) -> str:
    """Encodings that are one another's variants (Shift-JIS and cp932 differ in a few
    symbols) count as one: a piece read by either is not in another encoding."""
    return FAMILIES.get(encoding, encoding)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _other_multibyte(piece: bytes, encoding: str, confidence: float) -> str | None:
    """The multi-byte encoding other than ``encoding`` the detector names for ``piece``,
    when it is sure of it (or surer than of the whole file); else None."""
    import chardet

    guess = chardet.detect(_detector_sample(piece))
    name = _codec_name(guess.get("encoding"))
    sure = guess.get("confidence") or 0.0
    if name is None or not _multibyte(name) or _family(name) == _family(encoding):
        return None
    return name if sure >= SURE or (sure >= HALF_SURE and sure > confidence) else None


def _refuse_utf8_mixed(data: bytes) -> None:
    """Raise InputError naming both encodings when the bytes that are not UTF-8 in a
    UTF-8 file are not a few strays but lines of text in another encoding."""
    text = data.decode("utf-8", errors="surrogateescape")  # a bad byte: one lone surrogate
    bad = [found.start() for found in _BAD_BYTE.finditer(text)]
    if len(bad) < MIXED_MIN_BYTES:
        return
    first_bad = len(text[:bad[0]].encode("utf-8", errors="surrogateescape"))
    last_bad = len(text[:bad[-1]].encode("utf-8", errors="surrogateescape"))
    start = data.rfind(b"\n", 0, first_bad) + 1
    end = data.find(b"\n", last_bad)
    end = len(data) if end < 0 else end + 1
    try:
        other, _ = _guess(data[start:end])
    except InputError:
        other = "another encoding"
    raise InputError(f"mixes two encodings: bytes {start}–{end} read as {other}, the rest "
                     "as UTF-8; convert it to one encoding first")


_BAD_BYTE = re.compile("[\udc80-\udcff]")


def _damaged_utf8(data: bytes) -> bool:
    """True when the input has valid UTF-8 multi-byte sequences, at least as many as
    bad bytes: a UTF-8 file with stray bytes, not a file in another encoding."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = sum(1 for char in text if ord(char) > 0x7F) - bad
    return valid > 0 and valid >= bad


def _strict(data: bytes, skip: int, encoding: str) -> Decoded:
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"undecodable bytes at offset {error.start + skip} "
                         f"as {encoding}") from None
    return Decoded(text, encoding, data[:skip], data)


def encode(text: str, like: Decoded) -> bytes:
    """Encode ``text`` the way ``like`` was: same encoding and BOM (for text that has
    no original bytes, such as stdin written to a file)."""
    return like.bom + text.encode(like.encoding)


def splice(like: Decoded, edits: Iterable[tuple[int, int, str]]) -> bytes:
    """The original bytes of ``like`` with each edit ``(start, end, replacement)`` (offsets
    in ``like.text``) applied; every other byte as it was.

    Raises InputError when an edit cannot be mapped onto the bytes exactly (the bytes
    it removes must decode to the text it removes).
    """
    if like.raw is None:
        raise ValueError("splice needs the original bytes")
    body = memoryview(like.raw)[len(like.bom):]
    spans = sorted(edits)
    offsets = _byte_offsets(like, sorted({offset for start, end, _ in spans
                                          for offset in (start, end)}))
    pieces: list[bytes | memoryview] = [like.bom]
    done = 0
    for start, end, replacement in spans:
        byte_start, byte_end = offsets[start], offsets[end]
        if bytes(body[byte_start:byte_end]).decode(like.encoding, errors="replace") != \
                like.text[start:end]:
            raise InputError(f"cannot write back in {like.encoding} without changing other "
                             "bytes")
        pieces += [body[done:byte_start], replacement.encode(like.encoding)]
        done = byte_end
    pieces.append(body[done:])
    return b"".join(pieces)


def _byte_offsets(like: Decoded, positions: list[int]) -> dict[int, int]:
    """Byte offsets (after the BOM) of character ``positions`` of ``like.text``: by the
    length of each stretch re-encoded, which is exact for every stateless codec whose
    characters keep their byte length; checked, and else found by decoding the bytes
    again one at a time."""
    assert like.raw is not None
    offsets, byte, previous = {}, 0, 0
    for position in positions:
        byte += len(like.text[previous:position].encode(like.encoding))
        offsets[position] = byte
        previous = position
    body = like.raw[len(like.bom):]
    if all(body[:offsets[position]].decode(like.encoding, errors="replace")
           == like.text[:position] for position in positions[:1] + positions[-1:]) and \
            len(body) == byte + len(like.text[previous:].encode(like.encoding)):
        return offsets
    return _byte_offsets_by_decoding(like, positions)


def _byte_offsets_by_decoding(like: Decoded, positions: list[int]) -> dict[int, int]:
    assert like.raw is not None
    decoder = codecs.getincrementaldecoder(like.encoding)()
    wanted = iter(positions)
    target = next(wanted, None)
    offsets: dict[int, int] = {}
    characters = 0
    body = like.raw[len(like.bom):]
    for index in range(len(body) + 1):
        while target is not None and characters == target:
            offsets[target] = index
            target = next(wanted, None)
        if target is None or index == len(body):
            break
        characters += len(decoder.decode(body[index:index + 1]))
    if target is not None:
        raise InputError(f"cannot write back in {like.encoding} without changing other bytes")
    return offsets
