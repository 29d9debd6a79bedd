"""pipeline.refine, round 45 (COVID coverage of the five Hindi papers): airports named after people
(`श्री गुरु राम दास जी इंटरनेशनल एयरपोर्ट`), the disease taken for a name (`कोरोनावायरस` PER, `कोराेना` LOC) and
districts named like a common word (`गया जिले`, `बस्ती जनपद`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import fold_key
from tests.test_refine import LEX, refine_only

_LEX = replace(
    LEX,
    word_districts=frozenset(fold_key(w) for w in "गया बस्ती".split()),
    disease_words=frozenset(fold_key(w) for w in "कोरोना कोरोन कोरोनो कोरोनावायरस कोविड वायरस".split()),
)


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, _LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("इटली से वाया दिल्ली श्री गुरु राम दास जी इंटरनेशनल एयरपोर्ट पर पहुंचे।",
         [("दिल्ली", "LOC"), ("गुरु राम दास", "PER")], True, [("दिल्ली", "LOC")]),
        ("श्री गुरु रामदास अंतरराष्ट्रीय एयरपोर्ट अमृतसर में स्क्रीनिंग की गई।",
         [("गुरु रामदास अंतरराष्ट्रीय", "PER"), ("अमृतसर", "LOC")], True, [("अमृतसर", "LOC")]),
        ("उन्हें यहां राजीव गांधी अंतरराष्ट्रीय हवाई अड्डे पर लाया गया।", [("राजीव गांधी", "PER")], True, []),
        ("अंतरराष्ट्रीय एयरपोर्ट मोहाली पर स्क्रीनिंग की गई।", [("अंतरराष्ट्रीय", "PER")], True, []),
        ("गुरु राम दास जी इंटरनेशनल एयरपोर्ट पर पहुंचे।", [("गुरु राम दास", "PER")], False, [("गुरु राम दास", "PER")]),
        # negatives: a place before the airport stays; a person who lands at one stays
        ("वे दिल्ली एयरपोर्ट पहुंचे थे।", [("दिल्ली", "LOC")], True, [("दिल्ली", "LOC")]),
        ("राहुल गांधी एयरपोर्ट से सीधे घर गए।", [("राहुल गांधी", "PER")], True, [("राहुल गांधी", "PER")]),
    ],
)
def test_refine_airport_persons(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, airport_persons=on) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("भारत में कोरोनावायरस से 681 लोगों की मौत हो गयी है.", [("भारत", "LOC"), ("कोरोनावायरस", "PER")], True,
         [("भारत", "LOC")]),
        ("राज्य में कोराेना के पॉजिटिव मरीज लगातार ठीक हो रहे हैं।", [("कोराेना", "LOC")], True, []),
        ("कोरोनो वायरस के कहर से जूझ रही दुनिया", [("कोरोनो वायरस", "ORG")], True, []),
        ("राज्य में कोराेना के पॉजिटिव मरीज हैं।", [("कोराेना", "LOC")], False, [("कोराेना", "LOC")]),
        # negatives: a longer name holding a disease word stays; a name like the word does not fold into it
        ("देश में 4,362 कोविड केयर सेंटर तैयार किए गए हैं.", [("कोविड केयर सेंटर", "ORG")], True,
         [("कोविड केयर सेंटर", "ORG")]),
        ("कोरबा में दो नये मरीज मिले.", [("कोरबा", "LOC")], True, [("कोरबा", "LOC")]),
    ],
)
def test_refine_disease_spans(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, disease_spans=on) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("गोपालगंज और गया के एक-एक तथा सीवान जिले के चार पाये गये हैं. खास यह कि गया जिले के मूल निवासी युवक है.",
         [("गोपालगंज", "LOC"), ("सीवान", "LOC")], True,
         [("गया", "LOC"), ("गया", "LOC"), ("गोपालगंज", "LOC"), ("सीवान", "LOC")]),
        ("मधेपुरा (17), भोजपुर (81), गया (135), सीवान (3105). गया जिला रेड जोन में है.",
         [("मधेपुरा", "LOC"), ("भोजपुर", "LOC"), ("सीवान", "LOC")], True,
         [("गया", "LOC"), ("गया", "LOC"), ("भोजपुर", "LOC"), ("मधेपुरा", "LOC"), ("सीवान", "LOC")]),
        ("टॉप टेन में शामिल हो चुके बस्ती जिले के लिए सोमवार का दिन अहम है.", [], True, [("बस्ती", "LOC")]),
        ("टॉप टेन में शामिल हो चुके बस्ती जिले के लिए सोमवार का दिन अहम है.", [], False, []),
        # negatives: the verb, in a story without the district word; the verb beside a place, without a list
        ("वह पटना गया और गोपालगंज से लौटा.", [("पटना", "LOC"), ("गोपालगंज", "LOC")], True,
         [("गोपालगंज", "LOC"), ("पटना", "LOC")]),
        ("गया जिले का युवक पटना गया था.", [("पटना", "LOC")], True, [("गया", "LOC"), ("पटना", "LOC")]),
    ],
)
def test_refine_word_districts(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, word_districts=on) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("गाजीपुर, जेएनएन। दिल्ली से जनपद आए 11 जमातियों को भेजा गया।", [("गाजीपुर", "LOC"), ("दिल्ली", "LOC"), ("जनपद", "LOC")],
         True, [("गाजीपुर", "LOC"), ("दिल्ली", "LOC")]),
        ("अंधाधुंध फायरिंग से कस्बे में दहशत फैल गई।", [("कस्बे", "LOC")], True, []),
        ("भेजा घर जासं, मथुरा: रविवार को अच्छी खबर आई।", [("जासं", "LOC"), ("मथुरा", "LOC")], True, [("मथुरा", "LOC")]),
        ("अंधाधुंध फायरिंग से कस्बे में दहशत फैल गई।", [("कस्बे", "LOC")], False, [("कस्बे", "LOC")]),
        # negatives: a name with the designator in it, a place before it
        ("मगहर कस्बे के कसाई टोला निवासी महिला है।", [("मगहर", "LOC")], True, [("मगहर", "LOC")]),
        ("वह शहर थाना क्षेत्र का निवासी है।", [("शहर थाना", "LOC")], True, [("शहर थाना", "LOC")]),
    ],
)
def test_refine_bare_designators(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, bare_designators=on) == sorted(expected)
