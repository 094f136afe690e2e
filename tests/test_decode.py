"""Decode and encode: bytes in, the same bytes out where nothing changed."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

import pytest

from cleaner.decode import (
    Decoded,
    Identity,
    InputError,
    _byte_offsets,
    _byte_offsets_by_decoding,
    _damaged_utf8,
    _pieces,
    _refuse_two,
    _utf8_lines,
    decode,
    encode,
    splice,
)

from .conftest import case_id

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
    assert decoded.raw == data  # kept, so that edits are spliced into these very bytes


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


# Legacy code pages: text people write, in the code page their system wrote it in.
FRENCH = ("L’été dernier, nous sommes allés à la mer avec les enfants. « C’est magnifique », "
          "a-t-elle dit — et c’était vrai. Où êtes-vous ? Ça va très bien, merci. Les élèves "
          "étudièrent l’œuvre complète de Molière pendant la deuxième année.\n\n")
GERMAN = ("Die Größe der Straße überrascht die Bürger. Äpfel und Öl sind in diesem Frühjahr "
          "günstig, schreibt die Zeitung. Schöne Grüße aus München, wo der Föhn weht und die "
          "Gäste über die Brücke gehen.\n\n")
RUSSIAN = ("Война и мир — роман Льва Николаевича Толстого, описывающий русское общество в "
           "эпоху войн против Наполеона. «Ну, что, мой милый?» — сказал он. Ёлка стояла в "
           "углу, и дети смотрели на неё с восторгом.\n\n")
ARABIC = ("اللغة العربية هي أكثر اللغات تحدثاً ونطقاً ضمن مجموعة اللغات السامية، وإحدى أكثر "
          "اللغات انتشاراً في العالم، يتحدثها أكثر من أربعمائة مليون نسمة.\n\n")
JAPANESE = "最近の研究によれば、この方法は多くの場面で有効であることが分かった。\n"
SIMPLIFIED = ("共青团株洲市委组织团员青年重走入团誓词，回顾光荣历史。活动当天，来自全市各行各业的"
              "青年代表参观了革命纪念馆，听取了老党员讲述的故事。大家纷纷表示，要把学习成果转化为"
              "工作动力，在各自岗位上建功立业。\n\n这次活动还邀请了部分中学生参加，他们在纪念碑前"
              "献花，并写下了自己的心愿。\n\n")
TRADITIONAL = ("颱風過後，市政府立即派出工作人員清理街道，並檢查各區的排水系統。市長表示，這次"
               "災害造成的損失比預期輕微，但仍需加強防災準備。\n\n許多居民自願參與清潔工作，"
               "學校也在週末開放作為臨時避難所，讓受災家庭得到照顧。\n\n")
EURO = "Le prix est de 25 € pour un cœur de bœuf, et la sœur paie 12 € de plus.\n\n"


@pytest.mark.parametrize(("text", "encoding"), [
    (FRENCH * 3, "cp1252"),  # smart quotes and œ: bytes 0x80-0x9F
    (GERMAN * 3, "latin-1"),
    (GERMAN * 3, "cp1252"),
    (RUSSIAN * 3, "cp1251"),
    (RUSSIAN.replace("—", "-").replace("«", '"').replace("»", '"') * 3, "koi8-r"),
    (ARABIC * 3, "iso8859-6"),
    (ARABIC * 3, "cp1256"),
    (EURO * 4, "iso8859-15"),  # € and œ where cp1252 has ¤ and ½
])
def test_a_legacy_code_page_is_read_as_the_text_written(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    decoded = decode(data)
    assert decoded.text == text, decoded.encoding
    assert encode(decoded.text, decoded) == data


def test_two_readings_with_different_letters_are_refused_naming_them() -> None:
    """Four accented words: cp1252 reads é and è, cp1250 reads é and č, both plausible."""
    data = "Caf\xe9 cr\xe8me.\n".encode("latin-1")
    with pytest.raises(InputError, match=r"reads '.' where \S+ reads '.'; pass --encoding"):
        decode(data)


@pytest.mark.parametrize(("first", "second", "named"), [
    (JAPANESE.encode("shift_jis") * 30, JAPANESE.encode() * 30, ["UTF-8"]),
    (SIMPLIFIED.encode("gbk") * 4, TRADITIONAL.encode("big5") * 4, ["big5", "gb18030"]),
    (FRENCH.encode() * 10, FRENCH.encode("cp1252") * 10, ["UTF-8", "cp1252"]),
])
def test_a_file_in_two_encodings_is_refused_naming_both(first: bytes, second: bytes,
                                                        named: list[str]) -> None:
    with pytest.raises(InputError, match="mixes two encodings") as refused:
        decode(first + second)
    assert all(name in str(refused.value) for name in named), refused.value


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text_not_binary(encoding: str) -> None:
    text = "Running footer\r\n株洲共青团就在你身边。\r\nPlain text, mostly ASCII.\r\n" * 20
    decoded = decode(text.encode(encoding))
    assert (decoded.encoding, decoded.text) == (encoding, text)


def test_control_characters_an_extractor_wrote_are_text_and_stay() -> None:
    """pdftotext writes \\x01-\\x1d for glyphs it cannot map: 3% of a page of formulae."""
    import cleaner

    pages = [f"Running head\nOn page {page} the flux \x01\x02 scales as r\x1c{page} for "
             f"\x1d\x03 < {page}, in each of the {page * 7} models we ran.\n\f"
             for page in range(1, 4)]
    text = "".join(pages) + "The end.\n"
    decoded = decode(text.encode("utf-8"))
    assert decoded.text == text
    result = cleaner.clean(decoded.text)
    assert result.text.count("\x01\x02") == text.count("\x01\x02")  # kept as they are
    assert "Running head" not in result.text


def test_a_glyph_alone_on_its_line_is_text_not_a_blank_line() -> None:
    """PyMuPDF writes Scratch's green flag, a glyph it cannot map, as ``\\x1d`` alone on its
    line (``quand`` / ``\\x1d`` / ``est cliqué``). Python counts the information
    separators (``\\x1c`` to ``\\x1f``) as whitespace: a blank line there cut the block in
    two and, once the page numbers were gone (the text cleaned a second time), marked
    pages, at whose edges the block's lines went as heads. The glyph is text; a line of
    spaces and tabs is blank."""
    from cleaner.pages import blank_line_breaks
    from cleaner.segment import segment

    doc = segment("quand\n\x1d\nest cliqué\n \t\nthe end\n")
    assert [line.blank for line in doc.lines] == [False, False, False, True, False]
    assert [(block.first, block.last) for block in doc.blocks] == [(0, 2), (4, 4)]
    script = "".join(f"step {n} of the script, and what it does on the stage\n"
                     for n in range(40))
    flags = "quand\n\x1d\nest cliqué\n".join([script] * 12)  # a flag's block a page apart
    assert blank_line_breaks(segment(flags)) == []


@pytest.mark.parametrize(("data", "encoding", "message"), [
    (b"text\x00more", None, "binary file (NUL or control bytes), not text"),
    (b"plain", "no-such-code", "unknown text encoding 'no-such-code'"),
    (b"ok \xff", "utf-8", "undecodable bytes at offset 3 as utf-8"),
    (codecs.BOM_UTF8 + b"ok \xff", None, "undecodable bytes at offset 6 as utf-8"),
    ("正确的文字".encode() * 40 + b"\xff\xfe" + "文字".encode(), None,
     "undecodable bytes at offset 600 (invalid UTF-8 in a UTF-8 file)"),
], ids=["nul", "unknown-encoding", "given-encoding", "bom", "damaged-utf8"])
def test_each_refusal_says_what_and_where(data: bytes, encoding: str | None,
                                          message: str) -> None:
    with pytest.raises(InputError) as refused:
        decode(data, encoding)
    assert str(refused.value) == message


def test_a_byte_order_mark_wins_unless_another_encoding_is_given() -> None:
    data = codecs.BOM_UTF16_LE + "text".encode("utf-16-le")
    assert decode(data).encoding == "utf-16-le"
    assert decode(data, "UTF-16-LE").text == "text"  # the same codec, named otherwise
    assert decode(data, "latin-1").text == "\xff\xfet\x00e\x00x\x00t\x00"  # taken as asked


def test_a_few_nul_bytes_in_utf8_are_text_as_an_extractor_wrote_them() -> None:
    """PyMuPDF and pypdf write NUL for a glyph they cannot map (pypdf writes one for each
    minus sign of a Chinese exam, one byte in 65): up to one in twenty bytes, in UTF-8,
    is text, kept as it is; more, a run of 64 (padding), or bytes that are not UTF-8,
    is binary."""
    import cleaner

    pages = "".join(f"Running head\n{page}. 设常数 k > 0，函数 f (x ) = ln x \x00 x e + k 在 "
                    f"(0, +1) 内零点的个数为 {page * 7}．\n设 a = (2, \x001, 10)．\n\n"
                    for page in range(1, 9))
    data = pages.encode()
    assert 50 < len(data) / data.count(0) < 100
    decoded = decode(data)
    assert decoded.text == pages
    assert cleaner.clean(decoded.text).text.count("\x00") == 16  # kept as they are
    assert decode((b"a" * 19 + b"\0") * 50).text == ("a" * 19 + "\0") * 50  # one in twenty
    with pytest.raises(InputError, match="binary"):
        decode((b"a" * 18 + b"\0") * 50)  # one NUL in nineteen bytes
    with pytest.raises(InputError, match="binary"):
        decode(data * 4 + b"\0" * 64)  # padding, as an archive has
    assert decode(data * 4 + b"\0" * 63 + b"\n").text.endswith("\0" * 63 + "\n")
    with pytest.raises(InputError, match="binary"):
        decode(data + "é".encode("latin-1"))  # not UTF-8


def test_control_bytes_make_binary_only_above_one_in_ten() -> None:
    assert decode(b"a" * 90 + b"\x01" * 10).text == "a" * 90 + "\x01" * 10
    with pytest.raises(InputError, match="binary"):
        decode(b"a" * 89 + b"\x01" * 11)


def test_utf8_lines_in_a_legacy_file_are_named_with_where_they_start() -> None:
    legacy, utf8 = FRENCH.encode("cp1252") * 12, FRENCH.encode() * 4  # mostly cp1252
    data = legacy + utf8
    with pytest.raises(InputError) as refused:
        decode(data)
    found = re.fullmatch(r"mixes two encodings: UTF-8 at byte (\d+), (\S+) elsewhere; "
                         r"convert it to one encoding first", str(refused.value))
    assert found is not None, refused.value
    start = int(found.group(1))
    assert len(legacy) <= start < len(data) and data[start - 1:start] == b"\n"
    assert found.group(2) in ("cp1252", "latin-1", "iso8859-15"), found.group(2)


def test_legacy_lines_in_a_utf8_file_are_named_with_their_bytes() -> None:
    before, after = SIMPLIFIED.encode() * 2, TRADITIONAL.encode() * 2
    legacy = ("这是另一种编码写的几行文字，夹在文件的中间。\n" * 4).encode("gbk")
    data = before + legacy + after
    with pytest.raises(InputError) as refused:
        decode(data)
    assert str(refused.value) == (
        f"mixes two encodings: bytes {len(before)}–{len(before) + len(legacy)} read as "
        "gb18030, the rest as UTF-8; convert it to one encoding first")


def test_a_file_read_is_known_again_only_as_it_was(tmp_path: Path) -> None:
    """The identity of a file read: another file, or the file with another size or
    modification time, is not it."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(b"same")
    second.write_bytes(b"same")
    os.utime(second, ns=(os.stat(first).st_atime_ns, os.stat(first).st_mtime_ns))
    read = Identity.of(os.stat(first))
    assert read == Identity.of(os.stat(first))
    assert read != Identity.of(os.stat(second))  # another inode
    first.write_bytes(b"longer")
    os.utime(first, ns=(read.modified_ns, read.modified_ns))
    assert read != Identity.of(os.stat(first))  # another size
    first.write_bytes(b"sane")
    os.utime(first, ns=(read.modified_ns + 10**9, read.modified_ns + 10**9))
    assert read != Identity.of(os.stat(first))  # modified since


@pytest.mark.parametrize(("encoding", "given"), [
    ("utf-16", "utf-16"), ("utf-16-be", "utf-16"), ("utf-8-sig", "utf-8-sig"),
    ("utf-32", "utf-32"), ("iso2022_jp", "iso2022_jp"), ("utf-8", None)])
def test_an_edit_is_spliced_into_the_bytes_read_whatever_the_codec(
        encoding: str, given: str | None) -> None:
    """A file given as a codec that writes a byte-order mark (``--encoding utf-16``) is
    read with the mark's codec, so an edit writes no mark of its own; a codec that
    switches state is spliced by decoding its bytes again. Only the edit's bytes change."""
    from cleaner.decode import splice

    text = "日本語の行です。\nRunning footer\n次の行です。\nEnd.\n"
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw
    like = decode(raw, given)
    assert like.text == text
    start, end = text.index("Running"), text.index("次")
    spliced = splice(like, [(start, end, ""), (len(text) - 5, len(text) - 1, "Fin.")])
    assert decode(spliced, given).text == text[:start] + text[end:-5] + "Fin.\n"
    assert spliced.startswith(raw[:raw.index("Running".encode(like.encoding))])


def test_an_offset_past_the_text_cannot_be_spliced() -> None:
    """Bytes that the codec does not write again stretch by stretch (``utf-16`` writes a
    mark each time) are decoded again to find offsets; one past the text is refused."""
    from cleaner.decode import Decoded, splice

    text = "abc\n"
    like = Decoded(text, "utf-16", b"", text.encode("utf-16"))
    with pytest.raises(InputError, match="cannot write back in utf-16"):
        splice(like, [(2, 9, "")])


OFFSET_TEXTS = ["Grüße, 株洲!\r\nZeile zwei.\n", "abc\n", "日本語の行です。\n次。"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-32-be", "gb18030",
                                      "cp1252", "shift_jis", "iso2022_jp"])
@pytest.mark.parametrize("text", OFFSET_TEXTS, ids=case_id)
def test_byte_offsets_of_every_character_position(encoding: str, text: str) -> None:
    """Found by re-encoding (checked) or by decoding the bytes again, the offsets are
    those of each character position, the first and the last included."""
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{encoding} cannot write this text")
    like = Decoded(text, encoding, b"", raw)
    positions = list(range(len(text) + 1))
    truth = {position: _encoded_length(text[:position], encoding) for position in positions}
    assert _byte_offsets_by_decoding(like, positions) == truth
    assert _byte_offsets(like, positions) == truth
    assert _byte_offsets(like, positions[3:5]) == {3: truth[3], 4: truth[4]}


def _encoded_length(text: str, encoding: str) -> int:
    """How many bytes ``text`` takes at the start of a file in ``encoding``: for a codec
    with shifts (iso2022_jp), up to where the next character's bytes begin."""
    if encoding != "iso2022_jp":
        return len(text.encode(encoding))
    encoder = codecs.getincrementalencoder(encoding)()
    return len(encoder.encode(text))


def test_byte_offsets_after_a_byte_order_mark_count_from_the_text() -> None:
    text = "Straße\n"
    like = Decoded(text, "utf-16-le", codecs.BOM_UTF16_LE, codecs.BOM_UTF16_LE +
                   text.encode("utf-16-le"))
    assert _byte_offsets(like, [0, 6, 7]) == {0: 0, 6: 12, 7: 14}


def test_splice_names_what_it_needs_and_what_it_cannot_do() -> None:
    with pytest.raises(ValueError, match=r"^splice needs the original bytes$"):
        splice(Decoded("abc\n", "utf-8"), [(0, 1, "")])
    like = Decoded("abc\n", "utf-8", b"", b"xbc\n")  # bytes that are not the text
    with pytest.raises(InputError) as refused:
        splice(like, [(0, 1, "")])
    assert str(refused.value) == "cannot write back in utf-8 without changing other bytes"


@pytest.mark.parametrize(("data", "count", "pieces"), [
    (b"aa\nbb\ncc\ndd\n", 2, [(0, b"aa\nbb\ncc\n"), (9, b"dd\n")]),
    (b"aa\nbb\ncc\ndd\n", 4, [(0, b"aa\nbb\n"), (6, b"cc\n"), (9, b"dd\n")]),
    (b"aa\nbb\ncc\ndd\n", 1, [(0, b"aa\nbb\ncc\ndd\n")]),
    (b"one long line without a break", 3, [(0, b"one long line without a break")]),
    (b"ab\ncd", 2, [(0, b"ab\n"), (3, b"cd")]),
    (b"", 2, []),
], ids=case_id)
def test_a_file_is_looked_through_in_pieces_cut_after_line_breaks(
        data: bytes, count: int, pieces: list[tuple[int, bytes]]) -> None:
    """About one size each, cut after the first line break past each share, with where
    each starts; every byte in exactly one piece."""
    found = _pieces(data, count)
    assert found == pieces
    assert b"".join(piece for _, piece in found) == data


def test_a_utf8_file_with_lines_in_another_encoding_names_where_they_stand() -> None:
    utf8 = "Grüße aus Köln, wo der Dom steht.\n".encode() * 30
    latin = "Ärger über die Größe der Straße, schöne Grüße.\n".encode("cp1252") * 6
    data = utf8 + latin + utf8
    with pytest.raises(InputError) as refused:
        decode(data)
    start, end = len(utf8), len(utf8) + len(latin)
    assert str(refused.value) == (f"mixes two encodings: bytes {start}–{end} read as cp1252, "
                                  "the rest as UTF-8; convert it to one encoding first")


def test_a_few_lines_of_utf8_in_a_legacy_file_are_refused_as_a_second_encoding() -> None:
    """Three UTF-8 lines among cp1252 ones: read as one code page they would come out as
    mojibake (``GrĂ¼ĂŸe``); the file is refused, naming where the UTF-8 starts. One line
    that happens to be valid UTF-8 is not enough to say so."""
    utf8 = "Grüße aus Köln, wo der Dom steht.\n".encode() * 3
    legacy = "Ärger über die Größe der Straße, schöne Grüße.\n".encode("cp1252") * 6
    with pytest.raises(InputError) as refused:
        decode(legacy + utf8 + legacy)
    assert str(refused.value).startswith(f"mixes two encodings: UTF-8 at byte {len(legacy)}, ")
    one = "Grüße aus Köln.\n".encode()
    assert decode(legacy + one + legacy).encoding != "utf-8"


@pytest.mark.parametrize(("bad", "message"), [
    (31, "undecodable bytes at offset 3000 (invalid UTF-8 in a UTF-8 file)"),  # strays
    (32, "mixes two encodings: bytes 3000–3033 read as "),                     # a line of text
], ids=case_id)
def test_bytes_that_are_not_utf8_are_strays_below_32_and_text_from_32(bad: int,
                                                                      message: str) -> None:
    """In a UTF-8 file, fewer than 32 bytes that are not UTF-8 are damage (refused as
    such); 32 or more are text in another encoding (refused, naming where they stand)."""
    utf8 = "Grüße aus Köln, wo der Dom am Rhein steht und die Brücke.\n".encode()
    data = b"x" * 2999 + b"\n" + b"\xe9" * bad + b"\n" + utf8 * 50
    with pytest.raises(InputError) as refused:
        decode(data)
    assert str(refused.value).startswith(message)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "gb18030", "cp1252", "shift_jis"])
def test_a_stateless_codec_finds_offsets_by_re_encoding_without_decoding_again(
        encoding: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Decoding byte by byte is the slow way, kept for codecs that shift (iso2022_jp)."""
    text = "Straße, 株洲 and more.\n" if encoding not in {"cp1252"} else "Straße.\n"
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{encoding} cannot write this text")

    def slow(like: Decoded, positions: list[int]) -> dict[int, int]:
        raise AssertionError("decoded again")

    monkeypatch.setattr("cleaner.decode._byte_offsets_by_decoding", slow)
    positions = list(range(len(text) + 1))
    assert _byte_offsets(Decoded(text, encoding, b"", raw), positions) == {
        position: len(text[:position].encode(encoding)) for position in positions}


U3 = "Die Brücke über Köln.\n".encode()   # three characters that are not ASCII
U2 = "Straße über.\n".encode()            # two
ASCII_LINE = b"a line of ASCII\n"
LEGACY_LINE = "un été à Paris\n".encode("latin-1")  # not UTF-8


@pytest.mark.parametrize(("lines", "run"), [
    ([ASCII_LINE, U3, U3], (1, 3)),         # two lines, six characters: from the second line
    ([U3, ASCII_LINE, U3], (0, 3)),         # ASCII lines inside the run
    ([U3, U2, U2], (0, 3)),                 # seven characters by the third line
    ([U3, U2], None),                       # five characters
    ([U3[:-1] + b" " + U3], None),          # six characters, but one line
    ([U3, LEGACY_LINE, U3], None),          # a legacy line breaks the run
], ids=case_id)
def test_a_run_of_utf8_lines_in_a_legacy_file(lines: list[bytes],
                                              run: tuple[int, int] | None) -> None:
    """Two lines of UTF-8 or more, with six characters that are not ASCII among them:
    where the run starts, and its bytes (lines ``run[0]`` up to ``run[1]``)."""
    found = _utf8_lines(b"".join(lines))
    if run is None:
        assert found is None
    else:
        assert found == (len(b"".join(lines[:run[0]])), b"".join(lines[run[0]:run[1]]))


@pytest.mark.parametrize(("text", "damaged"), [
    ("Grüße\n".encode() + b"\xe9\n", True),             # one valid, one bad: damaged UTF-8
    ("Grüße\n".encode() + b"\xe9\xe9\n", True),         # two valid, two bad
    ("Grüße\n".encode() + b"\xe9\xe9\xe9\n", False),    # more bad than valid: another code
    (b"plain\n\xe9\n", False),                          # no valid multi-byte character
], ids=case_id)
def test_utf8_with_stray_bytes_has_as_many_valid_characters_as_bad(text: bytes,
                                                                   damaged: bool) -> None:
    assert _damaged_utf8(text) is damaged


def test_the_rest_of_a_file_in_two_encodings_is_named() -> None:
    utf8 = "Grüße aus Köln.\n".encode() * 3
    piece = ("这是另一种编码写的几行文字。\n" * 4).encode("gbk")
    with pytest.raises(InputError) as refused:
        _refuse_two(utf8 + piece, len(utf8), piece, "gb18030")
    assert str(refused.value) == (f"mixes two encodings: gb18030 at byte {len(utf8)}, UTF-8 "
                                  "elsewhere; convert it to one encoding first")
