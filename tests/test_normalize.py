import unicodedata

import pytest

from pipeline.normalize import InputError, NormalizeParams, decode, make_document, normalize_text

P = NormalizeParams()


@pytest.mark.parametrize(
    "raw, expected",
    [
        # the colon before direct speech stays a colon (indic-nlp would make it visarga ः)
        ('उन्होंने कहा: "हम तैयार हैं।"', 'उन्होंने कहा: "हम तैयार हैं।"'),
        # a real visarga stays
        ("अतः यह सही है।", "अतः यह सही है।"),
        # '|' typed for a danda
        ("वह घर गया| फिर लौटा |", "वह घर गया। फिर लौटा ।"),
        # '|' between Latin items is not a danda
        ("BBC | Hindi", "BBC | Hindi"),
        # precomposed nukta (U+095B) and combining nukta give the same NFC text
        ("\u095bिला", "ज\u093cिला"),
        ("ज\u093cिला", "ज\u093cिला"),
        # whitespace variants: NBSP, tabs, repeated spaces, CRLF, blank lines
        ("रूस\u00a0ने\tकहा  कि\r\n\r\nहाँ", "रूस ने कहा कि\nहाँ"),
        # en dash in a range becomes '-'
        ("20–25 लोग", "20-25 लोग"),
        # Devanagari digits are kept as written (offsets must point at them)
        ("१,२०,००० रुपये", "१,२०,००० रुपये"),
        # two apostrophes typed for a double quote (BBC Hindi)
        ("उन्होंने कहा, ''हम तैयार हैं''", 'उन्होंने कहा, "हम तैयार हैं"'),
        # chandrabindu and anusvara are both kept (linking folds them, not the text)
        ("पाँच पांच", "पाँच पांच"),
    ],
)
def test_normalize_text(raw, expected):
    out = normalize_text(raw, P)
    assert out == expected
    assert unicodedata.is_normalized("NFC", out)


def test_normalize_colon_guard_can_be_turned_off():
    out = normalize_text("कहा: ठीक", NormalizeParams(protect_colons=False))
    assert out == "कहाः ठीक"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"   \n ", "empty"),
        (b"\x00\x01\x02PK", "binary"),
        ("रूस ने कहा".encode("utf-16-le"), "binary"),  # UTF-16 without a byte-order mark: no way to tell
        ("रूस ने कहा".encode("utf-8")[:-1] + b"\xff", "not valid UTF-8"),
        (b"\xff\xfe" + "रूस".encode("utf-16-le") + b"\x00", "not valid UTF-16"),  # truncated
    ],
)
def test_normalize_decode_errors(data, message):
    with pytest.raises(InputError, match=message):
        decode(data)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_normalize_decode_unicode_with_byte_order_mark(encoding):
    text = "रूस ने कहा कि २०२२ में 2,000 सैनिक गए।\r\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # the BOM Windows tools write
    assert decode(data) == text


def test_normalize_html_page_keeps_the_visible_text():
    page = ("<!DOCTYPE html><html><head><title>समाचार</title><script>var x = 1;</script>"
            "<style>p {color: red}</style></head><body><h1>बाढ़ से 20 लोगों की मौत</h1>"
            "<p>पटना&nbsp;में राहत &amp; बचाव जारी है।</p><div>© 2020</div></body></html>")
    doc = make_document("h", "corpus/h.txt", page.encode("utf-8"), P)
    assert doc.status == "ok" and doc.warning and "HTML" in doc.warning
    assert doc.text == "समाचार\nबाढ़ से 20 लोगों की मौत\nपटना में राहत & बचाव जारी है।"  # the © footer is gone
    assert "<" not in doc.text and "var x" not in doc.text and "color" not in doc.text
    assert doc.text_raw == page


@pytest.mark.parametrize("text", ["राम ने कहा कि 5 < 7 है।", "उसने <b>जोर</b> देकर कहा।"])
def test_normalize_text_with_a_bracket_is_not_html(text):
    doc = make_document("t", "corpus/t.txt", text.encode("utf-8"), P)
    assert doc.warning is None and doc.text == text


@pytest.mark.parametrize(
    "data",
    [
        # Kruti Dev legacy-font text: Devanagari shapes stored as Latin letters
        "jk\"Vªifr us dgk fd ns'k esa 'kkafr gSA".encode("utf-8"),
        b"This is an English article about Russia and Kazakhstan.",
    ],
)
def test_normalize_rejects_non_devanagari(data):
    doc = make_document("x", "corpus/x.txt", data, P)
    assert doc.status == "error"
    assert "Devanagari" in doc.error
    assert doc.text_raw == data.decode("utf-8") and doc.text == ""


def test_normalize_document_keeps_raw_and_normalized():
    raw = "रूस\u00a0ने कहा: ठीक |"
    doc = make_document("d1", "corpus/d1.txt", raw.encode("utf-8"), P)
    assert doc.status == "ok" and doc.error is None
    assert doc.text_raw == raw
    assert doc.text == "रूस ने कहा: ठीक ।"
    assert doc.n_chars == len(doc.text)
    assert len(doc.sha256) == 64
