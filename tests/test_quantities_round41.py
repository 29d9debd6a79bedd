"""Quantities round 41 (quantities-v44): events. A topic particle `तो` (and `या तो`) right after a count (switch
`count_topic_particles`), a count's direct genitive `का` before adverbs and a locative phrase (`genitive_head_gap`), a
headline verb group before a disease word's genitive (`inverted_disease_owner`), a headline participle of reaching right
after a count (`headline_count_participles`), a date before a participle attributive to a count (`dated_count_attributives`)
and a headline count's comma before another clause (`headline_comma_clauses`). Sentences shortened from corpus/news (the
sample of seed 4015 and the corpus scans of round 41)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, quantities_in, switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
SWITCHES = ("count_topic_particles", "genitive_head_gap", "inverted_disease_owner", "headline_count_participles",
            "dated_count_attributives", "headline_comma_clauses")
POLD = dataclasses.replace(P, lexicon="quantities-v43", **{s: False for s in SWITCHES})  # main before round 41
LEXOLD = load_lexicon(ROOT / "models", POLD)


def run(text: str, lex=LEX, p=P):
    return quantities_in(text, lex, p)


def one(text: str, qtext: str, lex=LEX, p=P):
    return the_quantity(text, qtext, lex, p)


def off(switch: str):
    return switched_off(P, switch)


def test_round41_shipped():
    assert lexicon_at_least(P.lexicon, 44) and all(getattr(P, s) for s in SWITCHES)


# --- the topic particle तो and `या तो` right after a count -------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,event,old", [
    ("इनमें से 30 नए मामले तो अकेले मुंबई में सामने आए हैं।", "30 नए मामले", "सामने आए", None),
    ("अब तक 3,252 लोग ठीक हुए जिनमें 705 तो सिर्फ सोमवार को स्वस्थ हुए।", "705", "स्वस्थ", None),
    ("चार मजदूर तो खुद बॉयलर से कूदकर बाहर आए थे।", "चार मजदूर", "बाहर आए", None),
    ("वहीं 132 लोग या तो ठीक हो गये हैं या उन्हें अस्पतालों से छुट्टी दे दी गयी है।", "132 लोग", "ठीक", None),
    ("सैकड़ों मकान या तो पूरी तरह नष्ट हो गए या बुरी तरह क्षतिग्रस्त हुए हैं।", "सैकड़ों मकान", "नष्ट", None),
])
def test_round41_topic_particles(text, qtext, event, old):
    assert one(text, qtext).event == event
    assert one(text, qtext, LEXOLD, POLD).event == old
    lex, p = off("count_topic_particles")
    assert one(text, qtext, lex, p).event == old


@pytest.mark.parametrize("text,qtext,event", [
    ("इन 12 में 11 तो जमाती हैं, जबकि एक बस का परिचालक है।", "11", None),  # a predicate noun and a copula
    ("दिल्ली में 11 तो यूपी में भी 9 सैंपल पॉजिटिव पाए गए हैं।", "11", None),  # a correlative of two counts
    ("अगर 50 लोग तो आ गए तो ठीक है।", "50 लोग", None),  # a condition
])
def test_round41_topic_particle_guard(text, qtext, event):
    assert one(text, qtext).event == event


# --- a direct genitive का over adverbs and a locative phrase ------------------------------------------------------------
@pytest.mark.parametrize("text,qtext", [
    ("देश में 22,010 मरीजों का अभी अस्पतालों में इलाज चल रहा है।", "22,010 मरीजों"),
    ("बाकी 20177 लोगों का देश के विभिन्न अस्पतालों में इलाज चल रहा है।", "20177 लोगों"),
    ("अब 229 लोगों का विभिन्न अस्पतालों में इलाज चल रहा है।", "229 लोगों"),
])
def test_round41_genitive_gap(text, qtext):
    assert one(text, qtext).event == "इलाज"
    assert one(text, qtext, LEXOLD, POLD).event == "चल रहा"
    lex, p = off("genitive_head_gap")
    assert one(text, qtext, lex, p).event == "चल रहा"


@pytest.mark.parametrize("text,qtext,event", [
    ("भारत ने तीन मैचों की इस सिरीज़ में 1-0 की बढ़त बना ली है।", "तीन मैचों", "बना ली"),  # की, not the direct का
    ("37,916 मरीजों का इलाज चल रहा है।", "37,916 मरीजों", "इलाज"),  # adjacent, as before
])
def test_round41_genitive_gap_guard(text, qtext, event):
    assert one(text, qtext).event == event


# --- a headline verb group before a disease word's genitive ---------------------------------------------------------
@pytest.mark.parametrize("text,qtext,event", [
    ("दिल्ली में रविवार को सामने आए कोरोना के 381 मामले, 7000 के करीब पहुंचे मरीज", "381 मामले", "सामने आए"),
    ("देश में मिले कोरोना के तीन नए मरीज, एक दिल्ली में", "तीन नए मरीज", "मिले"),
    ("रांची में मिला कोरोना का दूसरा मरीज", "दूसरा मरीज", "मिला"),
])
def test_round41_inverted_disease_owner(text, qtext, event):
    assert one(text, qtext).event == event
    lex, p = off("inverted_disease_owner")
    assert one(text, qtext, lex, p).event != event


def test_round41_inverted_disease_owner_guard():
    # the count has its own predicate after it: the participle before the genitive qualifies it
    assert one("दिल्ली से नारनौल आए रेलवे पुलिस के 3 जवान कोरोना पॉजिटिव", "3 जवान").event == "पॉजिटिव"


# --- a headline participle of reaching right after a count ----------------------------------------------------------
@pytest.mark.parametrize("text,qtext,event,old", [
    ("हिमाचल में कोरोना वायरस के नौ नए मामले, 27 पहुंचा आंकड़ा", "27", "पहुंचा", None),
    ("दिल्ली में 7000 के करीब पहुंचे मरीज", "7000 के करीब", "पहुंचे", None),
    ("ईरान में 1000 पहुंचा मृतकों की संख्या", "1000", "पहुंचा", "संख्या"),
    ("कोरोना वायरस: भारत में 2000 के करीब पहुंचा संक्रमितों का आंकड़ा, 59 की मौत", "2000 के करीब", "संक्रमित", "मौत"),
])
def test_round41_headline_participles(text, qtext, event, old):
    assert one(text, qtext).event == event
    assert one(text, qtext, LEXOLD, POLD).event == old


@pytest.mark.parametrize("text,qtext,event", [
    ("मुंबई में संक्रमितों की संख्या 241 पहुंची।", "241", "संक्रमित"),  # the owner before the number, as before
    ("दिल्ली में मरीजों की संख्या 60 पहुंची", "60", "पहुंची"),
    ("यहां 27 पहुंचा आंकड़ा।", "27", None),  # a danda: no headline
])
def test_round41_headline_participle_guard(text, qtext, event):
    assert one(text, qtext).event == event


# --- a date before a participle attributive to a count ---------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,event,old", [
    ("इससे पहले 19 मार्च, 2020 को रांची पुलिस ने तमाड़ से आये 11 मौलवियों को गिरफ्तार किया था।", "19 मार्च, 2020",
     "गिरफ्तार", "आये"),
    ("स्पेशल ब्रांच ने 30 मार्च, 2020 को उपायुक्तों को मरकज से लौटे सभी 37 लोगों की लिस्ट भेजी थी।", "30 मार्च, 2020",
     "भेजी", "लौटे"),
])
def test_round41_dated_count_attributives(text, qtext, event, old):
    assert one(text, qtext).event == event
    assert one(text, qtext, LEXOLD, POLD).event == old


@pytest.mark.parametrize("text,qtext,event", [
    ("23 व 24 अप्रैल को भेजे गए 80 रक्त नमूनों की जांच रिपोर्ट अब तक नहीं पहुंची है।", "24 अप्रैल", "भेजे गए"),  # adjacent
    ("अमेरिका से 22 मार्च को वापस लौटी 14 साल की बालिका में भी संक्रमण की पुष्टि हुई है।", "22 मार्च", "वापस लौटी"),
    ("इसके बाद 19 अप्रैल को यह आंकड़ा बढ़कर पांच हो गया।", "19 अप्रैल", "बढ़कर"),  # a conjunctive participle
])
def test_round41_dated_count_attributive_guard(text, qtext, event):
    assert one(text, qtext).event == event


# --- a headline count's comma before another clause ------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,old", [
    ("कोरोना वायरस के कुल 84 मरीज, दो की मौत", "84 मरीज", "मौत"),
    ("65 केस, 56 का चल रहा इलाज", "65 केस", "चल रहा"),
    ("पाकिस्तान में कोरोना वायरस के मामले 14,079, मृतकों की संख्या 300 के पार", "14,079", "पार"),
])
def test_round41_headline_comma_clauses(text, qtext, old):
    assert one(text, qtext).event is None
    assert one(text, qtext, LEXOLD, POLD).event == old
    lex, p = off("headline_comma_clauses")
    assert one(text, qtext, lex, p).event == old


@pytest.mark.parametrize("text,qtext,event", [
    ("8.9 करोड़ मास्क, 16 लाख किट खरीदे", "8.9 करोड़ मास्क", "खरीदे"),  # a list that shares its verb
    ("कोरोना वायरस के कुल 84 मरीज, दो की मौत", "दो", "मौत"),  # the bare number keeps its own predicate
])
def test_round41_headline_comma_guard(text, qtext, event):
    assert one(text, qtext).event == event
