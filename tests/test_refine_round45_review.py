"""pipeline.refine, review of entities round 45: `word_districts` only where the district stands in a place's slot
(a postposition, `(`, `,` or a district word after it; no verb stem before it), `coordinated_towns` only for a
notable place (no GeoNames-only town without a QID: `होप`, `काई`), `ब्रितानी` a national adjective
(`ब्रितानी संसद`), an airport named after a person tags nothing, and round 44's two-word items with the lexicon's
person evidence. Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import Place, fold_key
from pipeline.refine import RefineParams, refine_mentions
from tests.test_refine import LEX, _mentions, _ws, refine_only


def _town(surface: str, name_en: str, qid: str = "", kind: str = "town", source: str = "geonames") -> Place:
    return Place(surface, "LOC", qid, name_en, kind, source)


_LEX = replace(
    LEX,
    places={**LEX.places,
            "होप": _town("होप", "Hope"),  # GeoNames towns with no QID, and common words (`होप` hope, `काई` moss)
            "काई": _town("काई", "Kā’ī"),
            "सिनसिनाटी": _town("सिनसिनाटी", "Cincinnati", "Q43196"),  # a GeoNames town with a QID
            "टोरंटो": _town("टोरंटो", "Toronto", "Q172", "city", "cldr"),
            "पटना": _town("पटना", "Patna", "Q37715", "city"),
            "गोपालगंज": _town("गोपालगंज", "Gopalganj"),
            "सीवान": _town("सीवान", "Siwan")},
    india_towns=frozenset(fold_key(w) for w in "नवांशहर गोपालगंज सीवान".split()),
    word_districts=frozenset(fold_key(w) for w in "गया बस्ती".split()),
    # UD function words: verbs and auxiliaries, pronouns, postpositions, conjunctions
    function_words=LEX.function_words | frozenset(fold_key(w) for w in
                                                  "चला चले चली किया दिया पाया वह यह के की का में से और तक".split()),
    # person evidence of the training data: a given name and a word that ends person names (`शर्मा`)
    given_names=LEX.given_names | frozenset(fold_key(w) for w in "राकेश सुनील".split()),
    words={**LEX.words, "शर्मा": _ws(40, 40, 0, 38, per=40)},
)


def _run(sentences_of, text, spans, lex=_LEX, **params):
    return refine_only(sentences_of, text, spans, lex, **params)


# ------------------------------------------------------------------------------------------ 1. word_districts


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # the round's cases stay: before a postposition, `(`, a district word
        ("गोपालगंज और गया के एक-एक तथा सीवान जिले के चार पाये गये हैं. खास यह कि गया जिले के मूल निवासी युवक है.",
         [("गोपालगंज", "LOC"), ("सीवान", "LOC")], True,
         [("गया", "LOC"), ("गया", "LOC"), ("गोपालगंज", "LOC"), ("सीवान", "LOC")]),
        ("मधेपुरा (17), भोजपुर (81), गया (135), सीवान (3105). गया जिला रेड जोन में है.",
         [("मधेपुरा", "LOC"), ("भोजपुर", "LOC"), ("सीवान", "LOC")], True,
         [("गया", "LOC"), ("गया", "LOC"), ("भोजपुर", "LOC"), ("मधेपुरा", "LOC"), ("सीवान", "LOC")]),
        # a pronoun before the district and its district word: the place (`वह गया जिले का निवासी है`)
        ("वह गया जिले का निवासी है.", [], True, [("गया", "LOC")]),
        # the verb after a place, before a comma and a place: `पटना गया, गोपालगंज से`
        ("गया जिले में जांच तेज है. मरीज पटना गया, गोपालगंज से लौटा.", [("पटना", "LOC"), ("गोपालगंज", "LOC")], True,
         [("गया", "LOC"), ("गोपालगंज", "LOC"), ("पटना", "LOC")]),
        # the verb before `और` + a place: `चला गया और गोपालगंज में`
        ("गया जिले में जांच तेज है. युवक घर चला गया और गोपालगंज में भर्ती हुआ.", [("गोपालगंज", "LOC")], True,
         [("गया", "LOC"), ("गोपालगंज", "LOC")]),
        # the common word before `और` + a place (`बस्ती` settlement)
        ("बस्ती जिले में कैंप लगा. गरीबों की बस्ती और गोपालगंज के गांव में राशन बंटा.", [("गोपालगंज", "LOC")], True,
         [("गोपालगंज", "LOC"), ("बस्ती", "LOC")]),
        # a verb stem before the district word: `चला गया जिले के` (went off to the district's ...)
        ("वह घर से चला गया जिले के दूसरे गांव में.", [], True, []),
        # after a place + separator, before `था`: the verb
        ("गया जिले का युवक है. वह सीवान और गया था.", [("सीवान", "LOC")], True, [("गया", "LOC"), ("सीवान", "LOC")]),
    ],
)
def test_refine_word_districts_review(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, word_districts=on) == sorted(expected)


# -------------------------------------------------------------------------------------- 2. coordinated_towns


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # a notable place: a QID (`सिनसिनाटी`), an Indian town of india_towns.txt (`नवांशहर`)
        ("टोरंटो और सिनसिनाटी की प्रतियोगिता में नहीं खेले।", [("टोरंटो", "LOC")],
         [("टोरंटो", "LOC"), ("सिनसिनाटी", "LOC")]),
        ("वो दिल्ली और नवांशहर की प्रतियोगिता में नहीं खेले।", [("दिल्ली", "LOC")],
         [("दिल्ली", "LOC"), ("नवांशहर", "LOC")]),
        # GeoNames-only towns with no QID that are common words: no place
        ("तालाब में टोरंटो और काई की परत जमी है।", [("टोरंटो", "LOC")], [("टोरंटो", "LOC")]),
        ("दिल्ली और होप के बीच कोई संबंध नहीं।", [("दिल्ली", "LOC")], [("दिल्ली", "LOC")]),
    ],
)
def test_refine_coordinated_towns_review(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans, coordinated_towns=True) == sorted(expected)


# ---------------------------------------------------------------------------------------- 3. national bodies


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("ब्रितानी संसद ने प्रस्ताव पास किया।", [], [("ब्रितानी संसद", "ORG")]),
        ("ब्रितानी सेना वहां तैनात थी।", [("सेना", "ORG")], [("ब्रितानी सेना", "ORG")]),
        ("ब्रिटिश संसद में बहस हुई।", [], [("ब्रिटिश संसद", "ORG")]),
        # the adjective alone is no mention (SPEC: demonyms and adjectives)
        ("ब्रितानी नागरिकों को लौटाया गया।", [], []),
    ],
)
def test_refine_national_bodies_britani(sentences_of, text, spans, expected):
    sents = sentences_of(text)
    got = refine_mentions(sents, _mentions(sents, spans), LEX, RefineParams(no_overlaps=False, steps=("kinds",)))
    assert sorted((m.text, m.label) for m in got) == sorted(expected)


# ----------------------------------------------------------------------------------------------- 4. airports

_ROUND45 = dict(airport_persons=True, disease_spans=True, word_districts=True, bare_designators=True,
                coordinated_towns=True, coordinated_persons=True)


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # a named airport is no entity (SPEC has no facility class; the gold tags none): the namesake goes, nothing
        # is added in its place, the place after the airport stays
        ("इटली से वाया दिल्ली श्री गुरु राम दास जी इंटरनेशनल एयरपोर्ट पर पहुंचे।",
         [("दिल्ली", "LOC"), ("गुरु राम दास", "PER")], [("दिल्ली", "LOC")]),
        ("श्री गुरु राम दास जी इंटरनेशनल एयरपोर्ट अमृतसर पर यात्रियों की जांच हुई।",
         [("श्री गुरु राम दास जी", "PER")], []),
        ("उन्हें राजीव गांधी अंतरराष्ट्रीय हवाई अड्डे पर लाया गया और राम को भी।", [("राजीव गांधी", "PER")], []),
        # the person who lands at an airport stays
        ("राहुल गांधी एयरपोर्ट से सीधे घर गए।", [("राहुल गांधी", "PER")], [("राहुल गांधी", "PER")]),
    ],
)
def test_refine_airport_persons_tag_nothing(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans, **_ROUND45) == sorted(expected)


# ------------------------------------------------------------------------------------- 5. coordinated_persons


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # a two-word item whose words are both person words of the lexicon (a given name + a surname IL-NER ends
        # person names with), before `को`, no ergative: a person
        ("बैठक में राम मोहन और सुनील शर्मा को बुलाया गया।", [("राम मोहन", "PER")], True,
         [("राम मोहन", "PER"), ("सुनील शर्मा", "PER")]),
        ("बैठक में राम मोहन और सुनील शर्मा को बुलाया गया।", [("राम मोहन", "PER")], False, [("राम मोहन", "PER")]),
        # no evidence for either word: still dropped (`सायना नेहवाल और पुलेला गोपीचंद को`, `बैटन रूज से`)
        ("बैडमिंटन में सायना नेहवाल और पुलेला गोपीचंद को भी मिल चुका है.", [("पुलेला गोपीचंद", "PER")], True,
         [("पुलेला गोपीचंद", "PER")]),
        # ... or whose last word is a surname of the training data beside the tagged person
        ("बैठक में राम मोहन और पुलेला शर्मा को बुलाया गया।", [("राम मोहन", "PER")], True,
         [("पुलेला शर्मा", "PER"), ("राम मोहन", "PER")]),
        # a given name + a word with no evidence is not enough
        ("बैठक में राम मोहन और सुनील कपाड़िया को बुलाया गया।", [("राम मोहन", "PER")], True, [("राम मोहन", "PER")]),
    ],
)
def test_refine_coordinated_persons_evidence(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, coordinated_persons=True, coordinated_person_evidence=on) \
        == sorted(expected)
