"""Decode and encode: bytes to text and back, the way the file came.

:func:`decode` remembers the encoding and the byte-order mark, so
:func:`encode` writes a file back changed only where an edit says so (newlines
are part of the text and stay as they were).

- A BOM decides (UTF-8, UTF-16, UTF-32).
- Otherwise strict UTF-8 over the *whole* input is tried first. Input that is
  UTF-8 but for a few bad bytes is refused, not guessed at.
- Otherwise ``chardet`` guesses, from bytes that include the non-ASCII part (a
  file whose first few hundred KB are ASCII fools a prefix). GB2312 and GBK are
  read as GB18030, their superset.
- Binary input (NUL bytes without a UTF-16/32 BOM) and bytes that the chosen
  encoding cannot decode are refused with :class:`InputError`; nothing is ever
  silently replaced.

>>> data = "共青团株洲市委组织团员青年重走入团誓词。\\r\\n".encode("gb18030") * 20
>>> decoded = decode(data)
>>> decoded.encoding
'gb18030'
>>> encode(decoded.text, decoded) == data
True
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

DETECTOR_BYTES = 256 * 1024
MOSTLY_UTF8_BAD_SHARE = 0.05
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
class Decoded:
    """Text with what is needed to write it back byte for byte."""

    text: str
    encoding: str
    bom: bytes = b""


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
    guess = chardet.detect(_detector_sample(data), max_bytes=DETECTOR_BYTES,
                           encoding_era=eras)
    encoding = (guess.get("encoding") or "").lower()
    if not encoding:
        raise InputError("cannot tell the text encoding")
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown text encoding {encoding!r}") from None
    return SUPERSETS.get(name, name)


def decode(data: bytes) -> Decoded:
    """Decode ``data``; raise InputError for binary or undecodable input."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding, bom)
    if _looks_binary(data):
        raise InputError("binary file (NUL or control bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _mostly_utf8(data):
            raise InputError(f"undecodable bytes at offset {error.start} "
                             "(invalid UTF-8 in a UTF-8 file)") from None
        return _strict(data, _guess(data), b"")
    return Decoded(text, "utf-8", b"")


def _mostly_utf8(data: bytes) -> bool:
    """True when almost all non-ASCII bytes form valid UTF-8: a damaged UTF-8 file."""
    text = data.decode("utf-8", errors="replace")
    non_ascii = sum(1 for char in text if ord(char) > 0x7F)
    return text.count("\ufffd") <= MOSTLY_UTF8_BAD_SHARE * non_ascii


def _strict(data: bytes, encoding: str, bom: bytes) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"undecodable bytes at offset {error.start + len(bom)} "
                         f"as {encoding}") from None
    return Decoded(text, encoding, bom)


def encode(text: str, like: Decoded) -> bytes:
    """Encode ``text`` the way ``like`` was: same encoding and BOM."""
    return like.bom + text.encode(like.encoding)
