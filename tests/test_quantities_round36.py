"""Quantities round 36 (quantities-v39): events of durations, dates and headlines. After a duration or date and से/तक
(a date also में) an attributive participle before its noun is the quantity's event (`span_participles`); a feminine
infinitive before चाहिए/होगी is a predicate (`obligative_infinitives`); a future form before a noun is finite, no
participle (`future_not_attributive`); a headline's verb group before a tagged name's genitive and the count
(`inverted_genitive_owner`). Sentences shortened from corpus/news (seed 4010 sample and the changes read)."""
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
P38 = dataclasses.replace(P, lexicon="quantities-v38", span_participles=False, obligative_infinitives=False,
                          future_not_attributive=False, inverted_genitive_owner=False)
LEX38 = load_lexicon(ROOT / "models", P38)


def run(text: str, lex=LEX, p=P, names=()):
    return quantities_in(text, lex, p, names)


def event_of(text: str, qtext: str, lex=LEX, p=P, names=()):
    return the_quantity(text, qtext, lex, p, names).event


def test_round36_shipped():
    assert lexicon_at_least(P.lexicon, 39) and P.span_participles and P.obligative_infinitives \
        and P.future_not_attributive and P.inverted_genitive_owner


# --- span_participles ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,event,old", [
    ("आम यात्रियों के लिए लगभग 50 दिनों से रुके ट्रेन के पहिए मंगलवार से चलने शुरू हो गए।", "लगभग 50 दिनों", "रुके", "चलने"),
    ("तीन घंटे 11 मिनट तक चले मैराथन मुक़ाबले में उन्होंने फेडरर को हराया।", "11 मिनट", "चले", "हराया"),
    ("तीन घंटे 11 मिनट तक चले मैराथन मुक़ाबले में उन्होंने फेडरर को हराया।", "तीन घंटे", "चले", "हराया"),
])
def test_round36_span_participles(text, qtext, event, old):
    assert event_of(text, qtext) == event
    assert event_of(text, qtext, LEX38, P38) == old


@pytest.mark.parametrize("text,qtext,event", [
    ("कॉलेज और यूनिवर्सिटी 25 जून तक रहेंगे बंद", "25 जून", "बंद"),  # a future remain verb before its predicate word
    ("2019 में हुए चुनाव में भाजपा जीती।", "2019", "चुनाव"),  # हुए dates its event noun, as before
    ("11 मार्च को इटली से लौटे एक व्यक्ति की जांच हुई।", "11 मार्च", "लौटे"),  # को: as before
    ("पिछले 10 दिनों से चल रहे आंदोलन को खत्म किया गया।", "10 दिनों", "चल रहे"),  # a finite-looking group, as before
])
def test_round36_span_participle_traps(text, qtext, event):
    assert event_of(text, qtext) == event


# --- obligative_infinitives ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,event,old", [
    ("ऐसी महिलाओं को पाँच साल के लिए टेमोऑक्सिफेन या रेलोऑक्सिफेन दवा देनी चाहिए ताकि कैंसर होने की आशंका को कम किया जा सके.",
     "पाँच साल", "देनी चाहिए", "कैंसर"),
    ("गर्भधारण की प्रक्रिया से तीन महीने पहले ये दवा लेनी बंद करनी होगी.", "तीन महीने", "बंद करनी होगी", None),
    ("कारखानों को हर दो-तीन घंटे में साफ-सफाई की व्यवस्था सुनिश्चित करनी होगी, खासकर यह प्रबंधन करना होगा।", "दो-तीन घंटे",
     "सुनिश्चित करनी होगी", None),
])
def test_round36_obligative_infinitives(text, qtext, event, old):
    assert event_of(text, qtext) == event
    assert event_of(text, qtext, LEX38, P38) == old


@pytest.mark.parametrize("text,qtext,event", [
    ("इटावा और फिरोजाबाद में 10 लोगों को जान गंवानी पड़ी है।", "10 लोगों", "जान गंवानी पड़ी"),  # पड़: compulsion, as before
    ("टीम को 300 रन बनाने के लिए पानी चाहिए।", "300 रन", "बनाने"),  # पानी is water, no infinitive
])
def test_round36_obligative_traps(text, qtext, event):
    assert event_of(text, qtext) == event


# --- future_not_attributive and inverted_genitive_owner --------------------------------------------------------------
AI = (("ORG", "एयर इंडिया"),)


@pytest.mark.parametrize("text,qtext,event,old,names", [
    ("वंदे भारत मिशन: दूसरे चरण में 31 देशों के लिए उड़ान भरेंगे एयर इंडिया के 149 विमान", "31 देशों", "भरेंगे", None, AI),
    ("वंदे भारत मिशन: दूसरे चरण में 31 देशों के लिए उड़ान भरेंगे एयर इंडिया के 149 विमान", "149 विमान", "भरेंगे", None, AI),
    ("दिल्ली में पहुंचे एयर इंडिया के 149 विमान", "149 विमान", "पहुंचे", None, AI),
    ("सरधना में रह रहे इंडोनेशिया के 6 लोग, जमात में हुए थे शामिल", "6 लोग", "रह रहे", None, (("LOC", "इंडोनेशिया"),)),
    ("दिल्ली से इन 15 शहरों के लिए चलेंगी ट्रेन", "15 शहरों", "चलेंगी", None, ()),
    ("दिल्ली में 72 लाख लोगों को मिलेगा मुफ्त राशन", "72 लाख लोगों", "मिलेगा", None, ()),
    ("11 मार्च के बाद संसद में आगंतुकों की नहीं मिलेगा प्रवेश", "11 मार्च", "नहीं मिलेगा", None, ()),
])
def test_round36_headline_verbs(text, qtext, event, old, names):
    assert event_of(text, qtext, names=names) == event
    assert event_of(text, qtext, LEX38, P38, names=names) == old


@pytest.mark.parametrize("text,qtext,event,names", [
    ("हादसे में मारे गए लोगों के 5 परिजन", "5 परिजन", None, ()),  # no tagged name: the participle qualifies लोगों
    ("दिल्ली में पहुंचे एयर इंडिया के 149 विमान", "149 विमान", None, ()),  # untagged: as before
    # लगा/लगे/लगी of लग end in गा/गे/गी but are no futures: the participle before its noun stays attributive
    ("पुलिस के 40 जवान सड़क निर्माण में लगे लोगों की सुरक्षा के लिए निकले थे।", "40 जवान", "निकले", ()),
])
def test_round36_headline_traps(text, qtext, event, names):
    assert event_of(text, qtext, names=names) == event
