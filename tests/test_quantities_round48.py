"""Quantities round 48 (quantities-v50): a from-to range of two clock times with a time of day before the second end is
one range record, as `छह बजे से आठ बजे` already was (switch `clock_range_gaps`); an ordinal with the focus particle ही
before its noun is an ordinal of that noun (switch `ordinal_focus_gaps`); a bare count after a temperature noun is a
measure of degrees (switch `temperature_frames`). Sentences shortened or paraphrased from
corpus/news (articles named per case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, quantities_in, quantity_texts, switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
GAPS_OFF = switched_off(P, "clock_range_gaps")
ORD_OFF = switched_off(P, "ordinal_focus_gaps")
TEMP_OFF = switched_off(P, "temperature_frames")
SETTINGS = {
    "clock_range_gaps": ("clock_range_gap_words",),
    "ordinal_focus_gaps": ("ordinal_focus_particles",),
    "temperature_frames": ("temperature_frame_nouns",),
}


def test_round48_shipped():
    assert lexicon_at_least(P.lexicon, 50) and all(getattr(P, s) for s in SETTINGS)
    assert not any(getattr(QuantitiesParams(), s) for s in SETTINGS)  # old params keep old behaviour
    for switch, keys in SETTINGS.items():
        lex, _ = switched_off(P, switch)
        assert lex.digest != LEX.digest  # the switch is in the lexicon's cache key
        assert all(k in LEX.sets and k not in lex.sets for k in keys)


# --- clock_range_gaps: `X बजे से <time of day> Y बजे` -> one range record ---------------------------------------------
@pytest.mark.parametrize("text,qtext,value,value_max,off", [
    # covidnp_NT-2020-MAY-09-02: both ends with बजे, रात before the second
    ("दिल्ली में शुक्रवार शाम 4 बजे से रात 12 बजे तक 224 नए मामले सामने आए।", "4 बजे से रात 12 बजे", 4, 12,
     ["4 बजे", "12 बजे"]),
    # covidnp_AU-2020-MAR-19-01: the first end a bare number (was a count of nothing)
    ("रविवार को सुबह 7 से रात 9 बजे तक सभी को जनता कर्फ्यू का पालन करना है।", "7 से रात 9 बजे", 7, 9,
     ["7", "9 बजे"]),
])
def test_clock_range_gaps(text, qtext, value, value_max, off):
    q = the_quantity(text, qtext, LEX, P)
    assert (q.value, q.value_max, q.modifier, q.noun, q.kind) == (value, value_max, "range", "बजे", "date")
    assert quantity_texts(text, *GAPS_OFF)[: len(off)] == off


@pytest.mark.parametrize("text,expected", [
    # a weekday, no time of day, between the ends (covidnp_AU-2020-ARP-25-02 paraphrased): two records
    ("शुक्रवार सुबह 8 बजे से शनिवार 9 बजे के बीच नए मरीज बढ़े।", ["8 बजे", "9 बजे"]),
    # a time of day before a number with no clock unit after it: no clock range
    ("मैच 5 से शाम 7 तक चलेगा।", ["5", "7"]),
    # a date range with a time of day: not a clock unit, two records as before
    ("दुकानें 3 मई से सुबह 10 बजे तक बंद रहेंगी।", ["3 मई", "10 बजे"]),
    # no gap word: the old range reading, unchanged
    ("शनिवार शाम छह बजे से आठ बजे के बीच तूफान तट से टकराएगा।", ["छह बजे से आठ बजे"]),
])
def test_clock_range_gaps_guard(text, expected):
    assert quantity_texts(text, LEX, P) == expected
    assert quantity_texts(text, *GAPS_OFF) == expected


def test_clock_range_gaps_guard_wrap():
    # tico19_SARS-CoV-2-surpasses-one-million-infections-worldwide: the second end earlier on the dial (over midnight)
    # is no range of this rule: two records with round 51's clock_wrap_ranges off (on, one wrapping range: 10-4 बजे,
    # tests/test_quantities_round51.py)
    text = "थाईलैंड ने रात 10 बजे से सुबह 4 बजे तक कर्फ़्यू लगाने की योजना बनाई है।"
    assert quantity_texts(text, *switched_off(P, "clock_wrap_ranges")) == ["10 बजे", "4 बजे"]
    assert quantity_texts(text, *GAPS_OFF) == ["10 बजे", "4 बजे"]  # with no gap word read, round 51's rule finds no pair either


# --- ordinal_focus_gaps: `तीसरे ही ओवर में` -> ordinal 3 ओवर ----------------------------------------------------------
@pytest.mark.parametrize("text,qtext,value,noun", [
    # bbchi_0191: at the start of the sentence, located by में
    ("तीसरे ही ओवर में बल्लेबाज छह रन बनाकर आउट हो गया।", "तीसरे ही ओवर", 3, "ओवर"),
    # bbchi_0034: after the subject
    ("स्मिथ चौथे ही ओवर में 21 रन बनाकर आउट हुए।", "चौथे ही ओवर", 4, "ओवर"),
])
def test_ordinal_focus_gaps(text, qtext, value, noun):
    q = the_quantity(text, qtext, LEX, P)
    assert (q.value, q.modifier, q.noun, q.kind) == (value, "exact", noun, "ordinal")
    assert not any(x.kind == "ordinal" for x in quantities_in(text, *ORD_OFF))


@pytest.mark.parametrize("text", [
    # bbchi_0292 paraphrased: दूसरा is "another" over भी, no ordinal
    "लगता नहीं कि इस तरह का कोई दूसरा भी उदाहरण होगा।",
    # दूसरे ही दिन: "the very next day", an other-form, left as before
    "वह दूसरे ही दिन घर लौट आया।",
    # पहले ही: "already", an ambiguous ordinal, left as before
    "वह पहले ही घर लौट आया था।",
    # a verb after the particle: no noun to count
    "टीम तीसरे ही थी।",
])
def test_ordinal_focus_gaps_guard(text):
    assert not any(x.kind == "ordinal" for x in quantities_in(text, LEX, P))
    assert not any(x.kind == "ordinal" for x in quantities_in(text, *ORD_OFF))


# --- temperature_frames: `पारा 48 तक` -> measure डिग्री --------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,modifier,noun_off", [
    # ednil_heat-rajasthan-phalodi-b...: पारा right before the number, तक after it
    ("डीसा और गांधीनगर में भी पारा 48 तक चला गया।", "48", "up_to", None),
    # ednil_heat-waves-mercury-rise-to-42-degree3-txt-xml: a headline, the verb between
    ("गर्मी से बेहाल, पारा पहुंचा 42 पार", "42 पार", "more_than", None),
    # ednil_heat-wave-kills-19-in-canada-...: the mercury was read as the counted noun
    ("मांट्रियल में पारा 34 के पार पहुंच गया।", "34 के पार", "more_than", "पारा"),
    # ednil_temperature-up-in-many-parts-of-country-...: a clipped list item, तापमान before it
    ("वहीं जैसलमेर का तापमान 46।", "46", "exact", None),
])
def test_temperature_frames(text, qtext, modifier, noun_off):
    q = the_quantity(text, qtext, LEX, P)
    assert (q.modifier, q.noun, q.kind) == (modifier, "डिग्री", "measure")
    q = the_quantity(text, qtext, *TEMP_OFF)
    assert (q.noun, q.kind) == (noun_off, "count")


@pytest.mark.parametrize("text,qtext,noun,kind", [
    # ednil_chhattisgarh4-...: पारा a locality before a name; the age stays an age
    ("पारा निवासी दिनेश (39) 13 फरवरी को प्लांट में था।", "39", None, "age"),
    # a count with its own noun after a temperature word stays a count
    ("तापमान बढ़ने से 30 लोग बीमार हुए।", "30 लोग", "लोग", "count"),
    # a number after another number (a place-keyed list's second item) is out of the window: stays
    ("ऊना में तापमान 43.2 और शिमला में 29.3 दर्ज किया गया।", "29.3", None, "count"),
    # a unit already written: unchanged
    ("तापमान 24 से 30 डिग्री रखना जरूरी है।", "24 से 30 डिग्री", "डिग्री", "measure"),
])
def test_temperature_frames_guard(text, qtext, noun, kind):
    for lex, p in ((LEX, P), TEMP_OFF):
        q = the_quantity(text, qtext, lex, p)
        assert (q.noun, q.kind) == (noun, kind)
