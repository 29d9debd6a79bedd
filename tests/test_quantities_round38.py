"""Quantities round 38 (quantities-v41): `एक` as the hour and as a range's first end (`ek_clock_ranges`), clock
participles (`clock_participles`), children's ages in days and months (`infant_ages`), ages after उम्र over adverbs
(`age_gap_adverbs`), a count's demonym that ends its clause (`origin_clause_end`), headline verb groups before or after
the count (`inverted_main_verbs`, `inverted_copula_predicates`), a case count that takes no other count's death
(`other_count_events`), a place-keyed list ending in `एक` + its noun (`listed_one_heads`).
Sentences shortened from corpus/news (sample seed 4012 and the corpus scans of round 38)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, quantities_in, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
SWITCHES = ("ek_clock_ranges", "clock_participles", "infant_ages", "age_gap_adverbs", "origin_clause_end",
            "inverted_main_verbs", "inverted_copula_predicates", "other_count_events", "listed_one_heads")
POFF = dataclasses.replace(P, **{k: False for k in SWITCHES}, headline_comma_clauses=False)  # (round 41's headline_comma_clauses
# also ends `72 मामले, 2 की मौत` at its comma: off, as before round 38)
LEXOFF = load_lexicon(ROOT / "models", POFF)


def run(text: str, lex=LEX, p=P):
    return quantities_in(text, lex, p)


def one(text: str, qtext: str, lex=LEX, p=P):
    return the_quantity(text, qtext, lex, p)


def texts(text: str, lex=LEX, p=P):
    return [q.text for q in run(text, lex, p)]


def test_round38_shipped():
    assert lexicon_at_least(P.lexicon, 41) and all(getattr(P, k) for k in SWITCHES)


# --- ek_clock_ranges -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,value", [
    ("किसी तरह दमकल वाहनों ने रात एक बजे के आसपास आग पर काबू पाया।", "एक बजे के आसपास", 1.0),
    ("नवरंग स्टूडियो में शुक्रवार रात एक बजे आग लग गयी।", "एक बजे", 1.0),
])
def test_round38_ek_clock(text, qtext, value):
    q = one(text, qtext)
    assert (q.value, q.kind, q.noun) == (value, "date", "बजे")
    assert texts(text, LEXOFF, POFF) == []  # was none: एक read as the article


@pytest.mark.parametrize("text,qtext,lo,hi,noun,old", [
    ("बता दें कि एक से तीन अप्रैल तक 1,162 नए मामले सामने आए।", "एक से तीन अप्रैल", 1.0, 3.0, "अप्रैल", "तीन अप्रैल"),
    ("स्कूल को सेनिटाइज करने की प्रक्रिया में एक से दो दिन का समय लगेगा।", "एक से दो दिन", 1.0, 2.0, "दिन", "दो दिन"),
    ("न्यूनतम पारा एक से 8 डिग्री नीचे चल रहा है।", "एक से 8 डिग्री", 1.0, 8.0, "डिग्री", "8 डिग्री"),
])
def test_round38_ek_range(text, qtext, lo, hi, noun, old):
    q = one(text, qtext)
    assert (q.value, q.value_max, q.modifier, q.noun) == (lo, hi, "range", noun)
    assert one(text, old, LEXOFF, POFF).modifier == "exact"


@pytest.mark.parametrize("text", [
    "उन्होंने एक से अधिक बार यह बात कही।",  # `से अधिक`: no range, still the article
    "तबलीगी जमातें देश में एक जगह से दूसरी जगह आती-जाती रहती हैं।",  # no number after से
])
def test_round38_ek_traps(text):
    assert texts(text) == []


# --- clock_participles ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,value", [
    ("रात को आठ बजते-बजते बाजारों में सन्नाटा पसर जा रहा है।", "आठ बजते-बजते", 8.0),
    ("रविवार की रात नौ बजते ही पटना में दीपोत्सव का नजारा उपस्थित था।", "नौ बजते", 9.0),
])
def test_round38_clock_participles(text, qtext, value):
    q = one(text, qtext)
    assert (q.value, q.kind, q.noun) == (value, "date", "बजे")
    assert all(x.kind == "count" for x in run(text, LEXOFF, POFF))  # was a count (of बजते, of बाजार)


# --- infant_ages ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,noun", [
    ("मीरा भायंदर नगर में सात महीने के बच्चे के संक्रमित होने की पुष्टि हुई है।", "सात महीने के बच्चे", "बच्चा"),
    ("कोविड-19 से संक्रमित 45 दिन का शिशु स्वस्थ, अस्पताल से मिली छुट्टी", "45 दिन का शिशु", "शिशु"),
    ("अमेरिका में संक्रमित छह सप्ताह के नवजात की मौत हो गई है।", "छह सप्ताह के नवजात", "नवजात"),
])
def test_round38_infant_ages(text, qtext, noun):
    q = one(text, qtext)
    assert (q.kind, q.noun) == ("age", noun)
    assert {x.kind for x in run(text, LEXOFF, POFF)} == {"duration"}


@pytest.mark.parametrize("text,qtext", [
    ("पिछले 10 दिन के मरीजों में कमी आई है।", "10 दिन"),  # a span of time after पिछले
    ("लॉकडाउन को दो सप्ताह के लिए बढ़ाया गया।", "दो सप्ताह"),  # no child noun
])
def test_round38_infant_traps(text, qtext):
    assert one(text, qtext).kind == "duration"


# --- age_gap_adverbs -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,noun", [
    ("इनकी उम्र महज तीन से आठ साल है।", "तीन से आठ साल", None),
    ("हम शूटिंग करते रहे, उनकी उम्र अब करीब 80 साल है।", "करीब 80 साल", None),
    ("महिला के उम्र जहां 28 वर्ष है वहीं पुरुष की उम्र 30 वर्ष बताई जा रही है।", "28 वर्ष", "महिला"),
])
def test_round38_age_gap(text, qtext, noun):
    q = one(text, qtext)
    assert (q.kind, q.noun) == ("age", noun)
    assert one(text, qtext, LEXOFF, POFF).kind == "duration"


def test_round38_age_gap_trap():
    # an adverb before a duration with no उम्र: as before
    assert one("वह अब करीब 80 साल से यहां रह रहे हैं।", "करीब 80 साल").kind == "duration"


# --- origin_clause_end ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,noun,old", [
    ("ढाका से श्रीनगर पहुंचे 167 छात्र, सिंगापुर से दिल्ली आए 234 भारतीय", "234 भारतीय", "भारतीय", "छात्र"),
    ("दिल्ली की पांच मस्जिदों से मिले 48 विदेशी: पुलिस", "48 विदेशी", "विदेशी", "मस्जिद"),
    ("12 विदेशी जिन्होंने मरकज में हिस्सा लिया था, वे मस्जिद के अंदर हैं।", "12 विदेशी", "विदेशी", None),
])
def test_round38_origin_clause_end(text, qtext, noun, old):
    assert one(text, qtext).noun == noun
    assert one(text, qtext, LEXOFF, POFF).noun == old


def test_round38_origin_trap():
    # a demonym before its noun stays an adjective
    assert one("इनमें से 18 भारतीय नागरिक शामिल हैं।", "18 भारतीय नागरिक").noun == "नागरिक"


# --- inverted_main_verbs, inverted_copula_predicates ---------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,event", [
    ("तेलंगाना से गए थे 1200 लोग", "1200 लोग", "गए"),
    ("मोहाली की महिला में कोरोना की पुष्टि, पंजाब में COVID-19 के हुए 3 मामले", "3 मामले", "हुए"),
    ("क्यों बंद हैं 2 करोड़ फोन?", "2 करोड़ फोन", "बंद"),
    ("दिल्ली में तब्लीगी जमात से जुड़े हैं 63 फीसदी केस।", "63 फीसदी", "जुड़े"),
    ("गुजरात के 72 लोग थे शामिल", "72 लोग", "शामिल"),
    ("विराट समेत छह खिलाड़ी थे शामिल", "छह खिलाड़ी", "शामिल"),
])
def test_round38_inverted(text, qtext, event):
    assert one(text, qtext).event == event
    assert one(text, qtext, LEXOFF, POFF).event is None


@pytest.mark.parametrize("text,qtext", [
    ("COVID-19 के मरीजों की संख्या हुई 341", "341"),  # a count word before हुई: the owner's, no event (as before)
    ("वो साल था 1985.", "1985"),  # a copula alone: no event
])
def test_round38_inverted_traps(text, qtext):
    assert one(text, qtext).event is None


# --- other_count_events --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,other", [
    ("पिछले 24 घंटे में 918 नए मामले और 31 लोगों की मौत, संक्रमितों की कुल संख्या 8447 हुई", "918 नए मामले", "31 लोगों"),
    ("अमेरिका: 72 मामले, 2 की मौत", "72 मामले", "2"),
    ("24 घंटे में कोरोना वायरस के 1334 नए केस, 27 की मौत", "1334 नए केस", "27"),
])
def test_round38_other_count(text, qtext, other):
    assert one(text, qtext).event is None
    assert one(text, qtext, LEXOFF, POFF).event == "मौत"
    assert one(text, other).event == "मौत"  # the death stays the other count's


@pytest.mark.parametrize("text,qtext", [
    ("महामारी के समाप्त होने तक 93000 अमेरिकियों और 16000 न्यूयॉर्क वासियों की मौत हो जाएगी।", "93000 अमेरिकियों"),  # oblique
    ("उन्होंने बताया कि चार पुरुष और एक महिला की मौत हुई है।", "चार पुरुष"),  # persons may have died
    ("महाराष्ट्र में चार, गुजरात में तीन और कर्नाटक में दो लोगों की मौत हुई है।", "चार"),  # a bare list item shares it
])
def test_round38_other_count_traps(text, qtext):
    assert one(text, qtext).event == "मौत"


# --- listed_one_heads ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtexts,noun", [
    ("फ्लोरिडा में 4, वर्जीनिया में 5, नॉर्थ कैरोलिना में 3 और जॉर्जिया में एक व्यक्ति की मौत हुई है।", ("4", "5", "3"), "व्यक्ति"),
    ("आज गुजरात में 10, मध्यप्रदेश में छह और गोवा में एक नए मामले सामने आए हैं।", ("10", "छह"), "मामला"),
    ("वहीं भोपाल में 11, रायसेन में चार और धार में एक नया मरीज मिला है।", ("11", "चार"), "मरीज"),
])
def test_round38_listed_one_heads(text, qtexts, noun):
    assert [one(text, t).noun for t in qtexts] == [noun] * len(qtexts)
    assert [one(text, t, LEXOFF, POFF).noun for t in qtexts] != [noun] * len(qtexts)


@pytest.mark.parametrize("text,qtext", [
    ("गाजीपुर में दो, हमीरपुर में एक ललित पुर में एक और फर्रुखाबाद में एक के साथ 163 मरीज संक्रमित पाए गए हैं।", "दो"),
    ("आगरा में 10, मेरठ में 9 और कानपुर में एक संक्रमित शामिल है।", "10"),  # a predicate after एक: no noun
])
def test_round38_listed_one_traps(text, qtext):
    assert one(text, qtext).noun == one(text, qtext, LEXOFF, POFF).noun
