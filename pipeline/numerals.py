"""Hindi numeral parser: digits (ASCII/Devanagari, Western/Indian grouping, decimals), number
words 0-99, scale words (सौ, हज़ार, लाख, करोड़, अरब, मिलियन, दर्जन), fractions (डेढ़, ढाई, सवा,
साढ़े, पौने, आधा) and vague plurals (सैकड़ों, हज़ारों).

Works on token keys: `fold(token)` removes nukta (precomposed U+0958-095F and combining U+093C),
maps chandrabindu to anusvara and drops ZWJ/ZWNJ, so `हज़ार`/`हजार` and `पाँच`/`पांच` share a key.
The word lists are data (models/<lexicon>/*.tsv), loaded by `pipeline.quantities.load_lexicon`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import regex

# --- folding -----------------------------------------------------------------------------------

_PRECOMPOSED_NUKTA = {
    0x0958: "क", 0x0959: "ख", 0x095A: "ग", 0x095B: "ज",
    0x095C: "ड", 0x095D: "ढ", 0x095E: "फ", 0x095F: "य",
}
_FOLD = {k: v for k, v in _PRECOMPOSED_NUKTA.items()}
_FOLD.update({0x093C: None, 0x200C: None, 0x200D: None, 0x0901: "\u0902"})
_FOLD.update({0x0966 + d: str(d) for d in range(10)})  # Devanagari digits -> ASCII
_FOLD.update({0x2014: "-", 0x2013: "-", 0x2212: "-"})
_FOLD_TABLE = str.maketrans(_FOLD)


def fold(s: str) -> str:
    """Matching key: nukta-free, chandrabindu -> anusvara, no ZWJ/ZWNJ, ASCII digits, lower-case Latin."""
    return s.translate(_FOLD_TABLE).lower()


# --- tokens ------------------------------------------------------------------------------------

# Numbers with Western (1,200 / 300,000) or Indian (1,20,000) grouping and decimals, words, or any
# other single non-space character. Grouping is only accepted when well-formed (1,2000 -> 1 , 2000).
TOKEN_RE = regex.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)"
    r"|\d+(?:\.\d+)?"
    r"|[\p{L}\p{M}\u200c\u200d]+"
    r"|\S"
)
_DIGITS_RE = regex.compile(r"^[0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?$")


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each token, offsets relative to `text`."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def parse_digits(key: str) -> float | None:
    """A folded digit token (`1,20,000`, `3.5`) -> its value, else None."""
    if not key or not key[0].isdigit() or not _DIGITS_RE.match(key):
        return None
    try:
        return float(key.replace(",", ""))
    except ValueError:  # pragma: no cover - guarded by the regex
        return None


# --- lexicon -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberLexicon:
    words: Mapping[str, float] = field(default_factory=dict)  # 0-99, folded keys
    scales: Mapping[str, float] = field(default_factory=dict)
    scales_alone: frozenset[str] = frozenset()
    fraction_values: Mapping[str, float] = field(default_factory=dict)  # डेढ़ 1.5, ढाई 2.5, आधा 0.5
    fraction_adds: Mapping[str, float] = field(default_factory=dict)  # सवा +.25, साढ़े +.5, पौने -.25
    vague: Mapping[str, float] = field(default_factory=dict)

    def starts_number(self, key: str) -> bool:
        return bool(key) and (
            key[0].isdigit()
            or key in self.words
            or key in self.fraction_values
            or key in self.fraction_adds
            or key in self.vague
            or key in self.scales_alone
        )


@dataclass(frozen=True, slots=True)
class NumParse:
    value: float
    end: int  # token index after the number
    vague: bool = False
    only_word: str | None = None  # the single number word when the number is just that word (e.g. "एक")
    scale: str | None = None  # key of the largest scale word used
    multiplier: float | None = None  # the number before the (single) scale: 50 in "50 हजार"
    digits: bool = False  # written with digits
    grouped: bool = False  # digits with a thousands separator


def _base(key: str, lex: NumberLexicon) -> tuple[float, bool] | None:
    v = parse_digits(key)
    if v is not None:
        return v, True
    if key in lex.words:
        return lex.words[key], False
    if key in lex.fraction_values:
        return lex.fraction_values[key], False
    return None


def parse_number(keys: Sequence[str], i: int, lex: NumberLexicon) -> NumParse | None:
    """Longest number starting at token i (keys are folded token texts), or None."""
    n = len(keys)
    if i >= n:
        return None
    k0 = keys[i]
    if k0 in lex.vague:
        value, j, scale = lex.vague[k0], i + 1, None
        # "दसियों हज़ार" = tens of thousands, "हजारों करोड़", "दसियों हज़ार करोड़": each larger scale multiplies
        while j < n and lex.scales.get(keys[j], 0) > (lex.scales[scale] if scale else lex.vague[k0]):
            value, scale, j = value * lex.scales[keys[j]], keys[j], j + 1
        if scale is not None:
            return NumParse(value, j, vague=True, scale=scale)
        return NumParse(lex.vague[k0], i + 1, vague=True, only_word=k0)
    total = 0.0
    cur: float | None = None
    last_scale: float | None = None
    top_scale: str | None = None
    multiplier: float | None = None
    digits = False
    grouped = False
    after_hundred = False
    j = i
    while j < n:
        k = keys[j]
        if k in lex.fraction_adds:
            if cur is not None or j + 1 >= n:
                break
            nxt = keys[j + 1]
            b = _base(nxt, lex)
            if b is not None:
                cur = b[0] + lex.fraction_adds[k]
                digits = digits or b[1]
                j += 2
                continue
            if nxt in lex.scales:  # सवा सौ = 1.25 x 100
                cur = 1 + lex.fraction_adds[k]
                j += 1
                continue
            break
        b = _base(k, lex)
        if b is not None:
            if cur is not None and after_hundred and b[0] < 100 and b[1] == digits:
                cur += b[0]  # "दो सौ पचास"
                after_hundred = False
                j += 1
                continue
            if cur is not None:
                break  # two numbers in a row: "2020 20", "दो तीन"
            if last_scale is not None and b[0] >= last_scale:
                break
            if last_scale is not None and b[1] != digits and not (j + 1 < n and keys[j + 1] in lex.scales):
                break  # "तीन लाख 90 हजार" joins; a bare "2 लाख पचास" does not
            cur = b[0]
            digits = digits or b[1]
            grouped = grouped or ("," in k)
            j += 1
            continue
        if k in lex.scales:
            s = lex.scales[k]
            if cur is None and total == 0 and k not in lex.scales_alone:
                break
            if s == 100:
                if cur is None and total == 0:
                    cur = 100.0
                elif cur is not None and cur < 100:
                    cur = cur * 100
                else:
                    break
                after_hundred = True
            else:
                if last_scale is not None and s == last_scale:
                    break
                if last_scale is not None and s > last_scale:
                    total = (total + (cur or 0.0)) * s  # "दस हजार करोड़"
                else:
                    if multiplier is None:
                        multiplier = cur if cur is not None else 1.0
                    total += (cur if cur is not None else 1.0) * s
                if last_scale is None or s > last_scale:
                    top_scale = k
                last_scale = s if last_scale is None else max(last_scale, s)
                cur = None
                after_hundred = False
            j += 1
            continue
        break
    if j == i:
        return None
    value = total + (cur or 0.0)
    only = keys[i] if j == i + 1 and not digits else None
    return NumParse(value, j, only_word=only, scale=top_scale, multiplier=multiplier, digits=digits, grouped=grouped)


def parse_text(text: str, lex: NumberLexicon) -> float | None:
    """Value of a whole number expression (`ढाई लाख`, `१,२०,०००`), None unless all of it is one number."""
    keys = [fold(t) for _, _, t in tokenize(text)]
    if not keys:
        return None
    r = parse_number(keys, 0, lex)
    if r is None or r.end != len(keys):
        return None
    return r.value
