"""Decode and encode: bytes in, the same bytes out where nothing changed."""

from __future__ import annotations

import codecs

import pytest

from cleaner.decode import InputError, decode, encode

TEXT = "株洲共青团就在你身边。青年是主角,创新创业热情高涨。\n" * 30


@pytest.mark.parametrize(("data", "encoding", "bom"), [
    (TEXT.encode("utf-8"), "utf-8", b""),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", codecs.BOM_UTF8),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", codecs.BOM_UTF16_LE),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", codecs.BOM_UTF16_BE),
    (TEXT.encode("gb18030"), "gb18030", b""),
    (TEXT.replace("\n", "\r\n").encode("gb18030"), "gb18030", b""),
])
def test_round_trip_keeps_encoding_and_bom(data: bytes, encoding: str, bom: bytes) -> None:
    decoded = decode(data)
    assert (decoded.encoding, decoded.bom) == (encoding, bom)
    assert encode(decoded.text, decoded) == data


def test_a_long_ascii_prefix_does_not_hide_gb18030() -> None:
    data = b"plain ascii line\n" * 40_000 + TEXT.encode("gb18030")
    assert len(data) > 600_000
    decoded = decode(data)
    assert decoded.encoding == "gb18030"
    assert decoded.text.endswith(TEXT)


def test_newlines_are_kept_in_the_text() -> None:
    assert decode(b"a\r\nb\r\n").text == "a\r\nb\r\n"
    assert encode(decode(b"a\rb").text, decode(b"a\rb")) == b"a\rb"


@pytest.mark.parametrize(("data", "problem"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (bytes(range(1, 32)) * 50, "binary"),
    ("正确的文字".encode() * 40 + b"\xff\xfe" + "文字".encode(), "undecodable bytes at offset 600"),
    (codecs.BOM_UTF8 + b"ok \xff", "undecodable bytes at offset 6"),
])
def test_refused_with_a_reason(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        decode(data)
