"""pipeline.refine, blind review of entities round 56: the guards `acronym_heads`, `leader_governments` and
`nameless_lodgings` must keep, and the one narrowing the review made (a grade word alone tagged PER is a given name,
`[सितारा]P`, not a hotel's grade: `nameless_lodgings` drops a PER span only with a lodging's kind word in it).
Sentences from real articles (shortened) or built on their pattern; hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

import pytest

from tests.test_refine import LEX, refine_only


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, LEX, **params)


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # an acronym of an English name read with no letter names (`एम्स`, AIIMS): no count, nothing made
        ("नई दिल्ली स्थित अखिल भारतीय आयुर्विज्ञान संस्थान (एम्स) ने कहा।", [("नई दिल्ली", "LOC"), ("एम्स", "ORG")],
         [("एम्स", "ORG"), ("नई दिल्ली", "LOC")]),
        # a generic term's acronym: its last word is no organisation's head (`उपकरण`)
        ("डॉक्टरों को व्यक्तिगत सुरक्षा उपकरण (पीपीई) दिए गए।", [("पीपीई", "ORG")], [("पीपीई", "ORG")]),
        # a person tagged among the words stops the walk (the expansion is not his)
        ("मंत्री राजेश टोपे आयोग (आरटीए) में थे।", [("राजेश टोपे", "PER"), ("आरटीए", "ORG")],
         [("आरटीए", "ORG"), ("राजेश टोपे", "PER")]),
        # the acronym not in a bracket right after the words
        ("राष्ट्रीय आपदा मोचन बल की टीम और एनडीआरएफ पहुंची।", [("एनडीआरएफ", "ORG")], [("एनडीआरएफ", "ORG")]),
    ],
)
def test_acronym_heads_guards(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans, acronym_heads=True) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # the plural and the adjective are no government's name
        ("मोदी सरकारों की तुलना की गई।", [("मोदी", "PER")], [("मोदी", "PER")]),
        ("केजरीवाल सरकारी अस्पताल पहुंचे।", [("केजरीवाल", "PER")], [("केजरीवाल", "PER")]),
        # punctuation between the name and the word
        ("मोदी, सरकार और पार्टी एक साथ हैं।", [("मोदी", "PER")], [("मोदी", "PER")]),
        # a place's government is left to the other steps (only a PER span grows)
        ("बिहार सरकार ने आदेश दिया।", [("बिहार", "LOC")], [("बिहार", "LOC")]),
    ],
)
def test_leader_governments_guards(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans, leader_governments=True) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # the narrowing: a grade word alone tagged PER is a person's given name (Sitara Devi's later mentions)
        ("कथक नृत्यांगना सितारा ने कहा कि वे थक गई हैं।", [("सितारा", "PER")], [("सितारा", "PER")]),
        # a PER span with the kind word still goes (the model's `[पांच सितारा होटल]`-like misreadings)
        ("वे एक सितारा होटल में ठहरे।", [("सितारा होटल", "PER")], []),
        # a LOC of a grade word alone is a fragment and goes (covidnp_AU-2020-MAR-10-02: `ग्रैंड प्रिंसेस`, a ship)
        ("ग्रैंड प्रिंसेस जहाज पर 54 देशों के यात्री सवार हैं।", [("ग्रैंड", "LOC")], []),
        # a name word keeps the span
        ("ताज होटल के पास भीड़ थी।", [("ताज होटल", "LOC")], [("ताज होटल", "LOC")]),
    ],
)
def test_nameless_lodgings_review(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans, nameless_lodgings=True) == sorted(expected)
