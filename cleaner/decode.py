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
  read as GB18030, their superset. A single-byte guess is trusted only when the
  other likely single-byte encodings read the bytes as the same text; otherwise
  the input is refused, with the candidates named, until ``--encoding`` says.
- Binary input (NUL bytes without a UTF-16/32 BOM) and bytes that the chosen
  encoding cannot decode are refused with :class:`InputError`; nothing is ever
  silently replaced.

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
from collections.abc import Iterable
from dataclasses import dataclass

DETECTOR_BYTES = 256 * 1024
RIVAL_SHARE = 0.5  # single-byte guesses this close to the best are rivals to agree with it
MULTIBYTE_PREFIXES = ("utf", "gb", "big5", "cp950", "cp932", "shift_jis", "euc", "cp949",
                      "johab", "iso2022", "hz")
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "ascii": "utf-8", "euc-cn": "gb18030"}
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


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
BINARY_CONTROL_FRACTION = 0.01


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 1% control bytes in the first 64 KB."""
    if b"\x00" in data:
        return True
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))
    return controls > BINARY_CONTROL_FRACTION * max(1, len(sample))


def _detector_sample(data: bytes) -> bytes:
    """Bytes for the detector: from just before the first non-ASCII byte onwards."""
    first = next((index for index, byte in enumerate(data) if byte >= 0x80), 0)
    start = max(0, first - 1024)
    return data[start:start + DETECTOR_BYTES]


def _guess(data: bytes) -> str:
    import chardet
    from chardet import EncodingEra

    # Text files today: no EBCDIC, DOS or classic Mac code pages among the guesses.
    eras = EncodingEra.MODERN_WEB | EncodingEra.LEGACY_ISO | EncodingEra.LEGACY_REGIONAL
    sample = _detector_sample(data)
    guesses = chardet.detect_all(sample, max_bytes=DETECTOR_BYTES, encoding_era=eras)
    names = [name for name in (_codec_name(guess.get("encoding")) for guess in guesses) if name]
    if not names:
        raise InputError("cannot tell the text encoding; pass --encoding")
    best = names[0]
    if _multibyte(best):
        return best
    top = guesses[0].get("confidence") or 0.0
    rivals = [name for guess, name in zip(guesses, names, strict=False)
              if not _multibyte(name) and (guess.get("confidence") or 0.0) >= RIVAL_SHARE * top]
    readings: dict[str, str] = {}
    for name in rivals:
        try:
            readings.setdefault(data.decode(name), name)
        except UnicodeDecodeError:
            continue
    if len(readings) > 1:
        raise InputError("cannot tell the text encoding: "
                         f"{', '.join(sorted(set(readings.values())))} read it differently; "
                         "pass --encoding")
    return best


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
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom) and (encoding is None or _codec_name(encoding) == bom_encoding):
            return _strict(data, len(bom), bom_encoding)
    if encoding is not None:
        name = _codec_name(encoding)
        if name is None:
            raise InputError(f"unknown text encoding {encoding!r}")
        return _strict(data, 0, name)
    if _looks_binary(data):
        raise InputError("binary file (NUL or control bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _damaged_utf8(data):
            raise InputError(f"undecodable bytes at offset {error.start} "
                             "(invalid UTF-8 in a UTF-8 file)") from None
        return _strict(data, 0, _guess(data))
    return Decoded(text, "utf-8", b"", data)


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
