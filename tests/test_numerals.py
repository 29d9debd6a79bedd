"""Numeral parser: a table of Hindi number expressions -> values, plus property tests."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.numerals import fold, parse_digits, parse_number, parse_text, tokenize
from pipeline.quantities import QuantitiesParams, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
LEX = load_lexicon(ROOT / "models", QuantitiesParams())
NUM = LEX.numbers

DIGITS = [
    ("0", 0), ("7", 7), ("42", 42), ("2000", 2000), ("2020", 2020), ("1,200", 1200), ("16,700", 16700),
    ("300,000", 300000), ("1,000,000", 1000000), ("1,20,000", 120000), ("12,34,567", 1234567),
    ("1,00,00,000", 10000000), ("2.5", 2.5), ("3.5", 3.5), ("7.5", 7.5), ("0.25", 0.25), ("06", 6),
    ("०", 0), ("५", 5), ("१२", 12), ("२०२०", 2020), ("३.५", 3.5), ("१,२००", 1200), ("१,२०,०००", 120000),
    ("१,००,०००", 100000), ("२.४", 2.4), ("९९", 99), ("1,500.75", 1500.75),
]
WORDS_0_99 = [
    ("शून्य", 0), ("दो", 2), ("तीन", 3), ("चार", 4), ("पांच", 5), ("पाँच", 5), ("छह", 6), ("छः", 6), ("सात", 7),
    ("आठ", 8), ("नौ", 9), ("दस", 10), ("ग्यारह", 11), ("बारह", 12), ("तेरह", 13), ("चौदह", 14), ("पंद्रह", 15),
    ("पन्द्रह", 15), ("सोलह", 16), ("सत्रह", 17), ("अठारह", 18), ("उन्नीस", 19), ("बीस", 20), ("इक्कीस", 21),
    ("बाईस", 22), ("तेईस", 23), ("चौबीस", 24), ("पच्चीस", 25), ("छब्बीस", 26), ("सत्ताईस", 27), ("अट्ठाईस", 28),
    ("उनतीस", 29), ("तीस", 30), ("इकतीस", 31), ("बत्तीस", 32), ("तैंतीस", 33), ("चौंतीस", 34), ("पैंतीस", 35),
    ("छत्तीस", 36), ("सैंतीस", 37), ("अड़तीस", 38), ("उनतालीस", 39), ("चालीस", 40), ("इकतालीस", 41),
    ("बयालीस", 42), ("तैंतालीस", 43), ("चवालीस", 44), ("पैंतालीस", 45), ("छियालीस", 46), ("सैंतालीस", 47),
    ("अड़तालीस", 48), ("उनचास", 49), ("पचास", 50), ("इक्यावन", 51), ("बावन", 52), ("तिरपन", 53), ("चौवन", 54),
    ("पचपन", 55), ("छप्पन", 56), ("सत्तावन", 57), ("अट्ठावन", 58), ("उनसठ", 59), ("साठ", 60), ("इकसठ", 61),
    ("बासठ", 62), ("तिरसठ", 63), ("चौंसठ", 64), ("पैंसठ", 65), ("छियासठ", 66), ("सड़सठ", 67), ("अड़सठ", 68),
    ("उनहत्तर", 69), ("सत्तर", 70), ("इकहत्तर", 71), ("बहत्तर", 72), ("तिहत्तर", 73), ("चौहत्तर", 74),
    ("पचहत्तर", 75), ("छिहत्तर", 76), ("सतहत्तर", 77), ("अठहत्तर", 78), ("उन्यासी", 79), ("अस्सी", 80),
    ("इक्यासी", 81), ("बयासी", 82), ("तिरासी", 83), ("चौरासी", 84), ("पचासी", 85), ("छियासी", 86),
    ("सत्तासी", 87), ("अट्ठासी", 88), ("नवासी", 89), ("नब्बे", 90), ("इक्यानवे", 91), ("बानवे", 92),
    ("तिरानवे", 93), ("चौरानवे", 94), ("पचानवे", 95), ("छियानवे", 96), ("सत्तानवे", 97), ("अट्ठानवे", 98),
    ("निन्यानवे", 99),
]
SCALES = [
    ("सौ", 100), ("हज़ार", 1000), ("हजार", 1000), ("हज\u093cार", 1000), ("एक लाख", 100000), ("दो सौ", 200),
    ("पांच सौ", 500), ("दो हजार", 2000), ("दो हज़ार", 2000), ("दस हजार", 10000), ("50 हजार", 50000),
    ("4 लाख", 400000), ("2.5 लाख", 250000), ("दस लाख", 1000000), ("25 करोड़", 250000000), ("500 करोड़", 5000000000),
    ("500 करोड", 5000000000), ("एक करोड़", 10000000), ("दो अरब", 2000000000), ("2.4 मिलियन", 2400000),
    ("3 बिलियन", 3000000000), ("दो हजार पांच सौ", 2500), ("एक हजार दो सौ पचास", 1250),
    ("2 लाख 50 हजार", 250000), ("दस हजार करोड़", 100000000000), ("पांच सौ करोड़", 5000000000),
    ("एक दर्जन", 12), ("दो दर्जन", 24), ("१० लाख", 1000000), ("१.५ करोड़", 15000000), ("तीन सौ", 300),
    ("सौ करोड़", 1000000000), ("हजार करोड़", 10000000000), ("बीस हजार", 20000), ("अस्सी हज़ार", 80000),
]
FRACTIONS = [
    ("डेढ़", 1.5), ("डेढ", 1.5), ("ढाई", 2.5), ("आधा", 0.5), ("डेढ़ सौ", 150), ("डेढ़ लाख", 150000),
    ("ढाई लाख", 250000), ("ढाई हजार", 2500), ("ढाई करोड़", 25000000), ("सवा सौ", 125), ("सवा दो", 2.25),
    ("सवा लाख", 125000), ("साढ़े तीन", 3.5), ("साढ़े तीन लाख", 350000), ("साढ़े सात सौ", 750),
    ("साढे चार", 4.5), ("पौने दो", 1.75), ("पौने तीन लाख", 275000), ("सवा दो करोड़", 22500000),
    ("साढ़े 3 हजार", 3500),
]
VAGUE = [("सैकड़ों", 100), ("सैकडों", 100), ("हज़ारों", 1000), ("हजारों", 1000), ("लाखों", 100000),
         ("करोड़ों", 10000000), ("दर्जनों", 12)]
NOT_A_NUMBER = ["", "लोग", "करोड़", "लाख", "मिलियन", "कई", "अनेक", "1,2000 और", "सैनिकों", "-", "।"]


@pytest.mark.parametrize("expr,value", DIGITS)
def test_numerals_digits_and_grouping(expr, value):
    assert parse_text(expr, NUM) == pytest.approx(value)


@pytest.mark.parametrize("expr,value", WORDS_0_99)
def test_numerals_words_0_99(expr, value):
    assert parse_text(expr, NUM) == value


@pytest.mark.parametrize("expr,value", SCALES)
def test_numerals_scale_words(expr, value):
    assert parse_text(expr, NUM) == pytest.approx(value)


@pytest.mark.parametrize("expr,value", FRACTIONS)
def test_numerals_fractions(expr, value):
    assert parse_text(expr, NUM) == pytest.approx(value)


@pytest.mark.parametrize("expr,value", VAGUE)
def test_numerals_vague_plurals(expr, value):
    keys = [fold(t) for _, _, t in tokenize(expr)]
    r = parse_number(keys, 0, NUM)
    assert r is not None and r.vague and r.value == value


@pytest.mark.parametrize("expr", NOT_A_NUMBER)
def test_numerals_rejects_non_numbers(expr):
    assert parse_text(expr, NUM) is None


def test_numerals_table_has_at_least_150_expressions():
    assert len(DIGITS) + len(WORDS_0_99) + len(SCALES) + len(FRACTIONS) + len(VAGUE) >= 150


@pytest.mark.parametrize(
    "a,b",
    [("हज़ार", "हज\u093cार"), ("क़रीब", "क\u093cरीब"), ("पाँच", "पांच"), ("ज़्यादा", "ज्यादा"), ("१२", "12")],
)
def test_numerals_fold_unifies_nukta_and_chandrabindu(a, b):
    assert fold(a) == fold(b)


def test_numerals_number_stops_before_next_word():
    keys = [fold(t) for _, _, t in tokenize("2000 से अधिक सैनिकों")]
    r = parse_number(keys, 0, NUM)
    assert r is not None and r.value == 2000 and r.end == 1


def test_numerals_bad_grouping_is_not_merged():
    assert [t for _, _, t in tokenize("1,2000")] == ["1", ",", "2000"]
    assert parse_digits("12a") is None


_ALPHABET = st.sampled_from(
    list("0123456789०१२३४५६७८९,.-: ")
    + ["लाख", "हजार", "हज़ार", "सौ", "करोड़", "डेढ़", "साढ़े", "सवा", "पौने", "सैकड़ों", "दो", "पांच", "से", "अधिक",
       "\u093c", "\u200d", "।", "₹", "%", "a", "—"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=12).map(" ".join))
def test_numerals_never_crash_on_random_input(text):
    v = parse_text(text, NUM)
    assert v is None or v == v  # a float, never NaN
    keys = [fold(t) for _, _, t in tokenize(text)]
    for i in range(len(keys)):
        r = parse_number(keys, i, NUM)
        assert r is None or i < r.end <= len(keys)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_numerals_tokens_point_into_text(text):
    for s, e, t in tokenize(text):
        assert 0 <= s < e <= len(text) and text[s:e] == t


@pytest.mark.parametrize("expr,value,end", [
    # a vague plural before a larger scale multiplies it (round 13): tens of thousands, thousands of crores
    ("दसियों हज़ार लोग", 10000, 2), ("दसियों हजार", 10000, 2), ("हजारों करोड़ रुपये", 1e10, 2),
    ("सैकड़ों करोड़", 1e9, 2), ("सैकड़ों लोग", 100, 1), ("हज़ारों सौ", 1000, 1),
    ("दसियों हज़ार करोड़ रुपये", 1e11, 3), ("सैकड़ों हज़ार", 1e5, 2),  # each larger scale multiplies
])
def test_numerals_vague_plural_times_scale(expr, value, end):
    keys = [fold(t) for _, _, t in tokenize(expr)]
    r = parse_number(keys, 0, NUM)
    assert r is not None and r.vague and r.value == value and r.end == end
