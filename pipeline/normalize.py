"""Stage `normalize`: raw bytes of one article -> a Document with raw and normalized text.

Normalization: UTF-8 decode (BOM dropped), Unicode NFC, whitespace and punctuation variants
unified, then indic-nlp-library's Devanagari normalizer — with two of its rewrites blocked:
  * `:` after a Devanagari letter becomes visarga `ः` there (`कहा: "…"` -> `कहाः`), which
    destroys the colon that introduces direct speech; we protect every ASCII colon.
  * every `|` becomes `।`. A `|` typed for a danda is common in Hindi news, but so are
    separators such as `भारत | विदेश`; we turn `|` into `।` only where it ends a clause
    (right after a Devanagari word and followed by whitespace, a quote or the end).
Every later offset points into the normalized text (Document.text).
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from pipeline.records import Document


@dataclass(frozen=True)
class NormalizeParams:
    indic_normalizer: bool = True  # run indic-nlp-library's DevanagariNormalizer
    protect_colons: bool = True  # keep ASCII ':' (the library would turn it into visarga)
    pipe_to_danda: bool = True  # '|' ending a Devanagari clause -> '।'
    unify_dashes: bool = True  # hyphen/en-dash variants -> '-'
    unify_quotes: bool = True  # '' (two apostrophes) -> "
    min_devanagari_ratio: float = 0.3  # below this share of letters -> not Devanagari text (error)


class InputError(ValueError):
    """A document that cannot be processed; the message names the problem (the caller adds the file)."""


# Characters the indic normalizer must not touch: swapped for private-use code points around it.
_COLON_GUARD = "\ue000"
_PIPE_GUARD = "\ue001"

_SPACES = regex.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_MULTI_SPACE = regex.compile(r" {2,}")
_DASHES = regex.compile(r"[\u2010\u2011\u2012\u2013\u2212]")
# '|' used as a danda: after a Devanagari letter/sign (optionally a space), before space/quote/end.
_PIPE_DANDA = regex.compile(r"(?<=[\u0900-\u0963\u0966-\u097f][ ]?)\|(?=\s|$|[\"'”’)])")
_DEVANAGARI_LETTER = regex.compile(r"[\u0900-\u0963\u0970-\u097f]")
_LETTER = regex.compile(r"\p{L}")


@lru_cache(maxsize=1)
def _indic_normalizer():
    # Imported lazily: indic-nlp-library is slowish to import and has module-level state.
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

    return IndicNormalizerFactory().get_normalizer("hi")


# Byte-order marks of the Unicode encodings other than UTF-8 (what Windows tools save): UTF-32 first,
# its little-endian BOM starts like UTF-16's
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
         (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> str:
    """UTF-8 bytes (or UTF-16/UTF-32 with a byte-order mark) -> str; InputError for binary, other
    encodings or empty input."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        try:
            text = data.decode(encoding)  # the codec reads and drops the BOM
        except UnicodeDecodeError as exc:
            raise InputError(f"{encoding.upper()} byte-order mark, but not valid {encoding.upper()} "
                             f"({exc.reason} at byte {exc.start})") from exc
        if not text.strip():
            raise InputError("empty article (no text)")
        return text
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not a UTF-8 text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 ({exc.reason} at byte {exc.start}); save the article as UTF-8") from exc
    if not text.strip():
        raise InputError("empty article (no text)")
    return text


def check_devanagari(text: str, p: NormalizeParams) -> None:
    """InputError when the text is not Devanagari (e.g. a legacy-font Kruti Dev/Chanakya text)."""
    letters = len(_LETTER.findall(text))
    deva = len(_DEVANAGARI_LETTER.findall(text))
    if letters == 0 or deva / letters < p.min_devanagari_ratio:
        share = 0.0 if letters == 0 else deva / letters
        raise InputError(
            f"only {share:.0%} of the letters are Devanagari: not Unicode Hindi "
            "(a legacy-font text such as Kruti Dev, or another language)"
        )


def normalize_text(raw: str, p: NormalizeParams) -> str:
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _SPACES.sub(" ", text)
    if p.unify_dashes:
        text = _DASHES.sub("-", text)
    if p.unify_quotes:
        text = text.replace("''", '"')  # two apostrophes typed for a double quote (BBC Hindi)
    if p.pipe_to_danda:
        text = _PIPE_DANDA.sub("।", text)
    if p.indic_normalizer:
        if p.protect_colons:
            text = text.replace(":", _COLON_GUARD)
        text = text.replace("|", _PIPE_GUARD)
        text = "\n".join(_indic_normalizer().normalize(line) for line in text.split("\n"))
        text = text.replace(_COLON_GUARD, ":").replace(_PIPE_GUARD, "|")
        text = unicodedata.normalize("NFC", text)
    lines = (_MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# An HTML page saved as text: a doctype or a few of the usual tags.
_HTML_TAG = regex.compile(r"<!doctype\s+html|<(?:html|head|body|div|p|span|script|style|h[1-6]|br|meta|title|a|li|ul|table)\b[^>]*>",
                          regex.IGNORECASE)
_COPYRIGHT = regex.compile(r"\s*(?:©|\(c\)|copyright\b|कॉपीराइट)", regex.IGNORECASE)
_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr table title header footer article section blockquote".split())


def looks_like_html(text: str) -> bool:
    return len(_HTML_TAG.findall(text, endpos=min(len(text), 200_000), overlapped=False)) >= 2


def html_to_text(html: str) -> str:
    """The visible text of an HTML page: markup, scripts, styles and comments dropped, entities
    decoded (`&nbsp;`, `&amp;`), block elements ending lines. The standard library's HTML parser
    (it tolerates broken markup)."""
    from html.parser import HTMLParser

    parts: list[str] = []
    skip = [0]

    class _Text(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style", "noscript", "template"):
                skip[0] += 1
            elif tag in _BLOCK_TAGS:
                parts.append("\n")

        def handle_endtag(self, tag):
            if tag in ("script", "style", "noscript", "template"):
                skip[0] = max(0, skip[0] - 1)
            elif tag in _BLOCK_TAGS:
                parts.append("\n")

        def handle_data(self, data):
            if not skip[0]:
                parts.append(data)

    parser = _Text(convert_charrefs=True)
    parser.feed(html)
    parser.close()
    # a page footer's copyright line is no article text (`© 2020` would become a date)
    lines = "".join(parts).split("\n")
    return "\n".join(line for line in lines if not _COPYRIGHT.match(line))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_document(doc_id: str, source_path: str, data: bytes, p: NormalizeParams) -> Document:
    """Build the Document for one article; a bad article gives status='error' with the reason."""
    digest = sha256(data)
    raw = ""
    warning = None
    try:
        raw = decode(data)
        visible = raw
        if looks_like_html(raw):
            visible = html_to_text(raw)
            warning = "HTML page: markup, scripts and styles stripped, entities decoded; text_raw keeps the page"
        check_devanagari(visible, p)
        text = normalize_text(visible, p)
    except InputError as exc:  # keep what could be decoded, so a user can see what the file held
        return Document(doc_id, source_path, digest, 0, 0, "error", str(exc), raw, "")
    return Document(doc_id, source_path, digest, len(text), 0, "ok", None, raw, text, warning)
