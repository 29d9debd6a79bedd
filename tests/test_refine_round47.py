"""pipeline.refine, round 47 (issue 14's native disaster and crime reports): a news agency in a paper's dateline
(`नई दिल्ली, एएनआइ।` untagged, `काठमांडू, पीटीआइ।` PER, `अलीगढ़ जेएनएन` fused) and a police station written with the
English `स्टेशन` (`कोरोगांव पुलिस स्टेशन में`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import fold_key
from tests.test_refine import LEX, _place, refine_only

_LEX = replace(LEX, places={**LEX.places, fold_key("अलीगढ़"): _place("अलीगढ़", "Aligarh", "geonames", "city"),
                            "मुंबई": _place("मुंबई", "Mumbai", kind="city")})


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, _LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # the agency of a dateline, untagged in its short-i spelling (covidnp_DJ-2020-MAY-03-01)
        ("नई दिल्ली, एएनआइ। भारत में कोरोना वायरस से लड़ने के लिए कदम उठाए गए।",
         [("नई दिल्ली", "LOC"), ("भारत", "LOC")], True,
         [("एएनआइ", "ORG"), ("नई दिल्ली", "LOC"), ("भारत", "LOC")]),
        ("नई दिल्ली, एएनआइ। भारत में कोरोना वायरस से लड़ने के लिए कदम उठाए गए।",
         [("नई दिल्ली", "LOC"), ("भारत", "LOC")], False, [("नई दिल्ली", "LOC"), ("भारत", "LOC")]),
        # read as a person or a place (covidnp_DJ-2020-MAY-04-01, covidnp_DJ-2020-ARP-08-01)
        ("काठमांडू, पीटीआइ। स्वास्थ्य मंत्रालय ने बताया।", [("काठमांडू", "LOC"), ("पीटीआइ", "PER")], True,
         [("काठमांडू", "LOC"), ("पीटीआइ", "ORG")]),
        ("नई दिल्ली, पीटीआइ। भारत में मामले बढ़े।", [("नई दिल्ली", "LOC"), ("पीटीआइ", "LOC"), ("भारत", "LOC")], True,
         [("नई दिल्ली", "LOC"), ("पीटीआइ", "ORG"), ("भारत", "LOC")]),
        # fused with the dateline's place: the place stays, LOC, beside the agency
        ("अलीगढ़ जेएनएन। शहर में लॉकडाउन का पालन हुआ।", [("अलीगढ़ जेएनएन", "ORG")], True,
         [("अलीगढ़", "LOC"), ("जेएनएन", "ORG")]),
        # the long-i spelling too; an agency already ORG is left as it is
        ("मुंबई, एएनआई। शहर में मामले बढ़े।", [("मुंबई", "LOC")], True, [("एएनआई", "ORG"), ("मुंबई", "LOC")]),
        ("समाचार एजेंसी पीटीआई के अनुसार मामले बढ़े।", [("पीटीआई", "ORG")], True, [("पीटीआई", "ORG")]),
        # traps: the hyphenated `पीटीआई-भाषा` is one word, not the acronym; a word that only contains one is none
        ("उन्होंने पीटीआई-भाषा से कहा कि मामले बढ़े।", [], True, []),
        ("उन्होंने एएनआईए से कहा।", [], True, []),
    ],
)
def test_news_agencies(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, news_agencies=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_DJ-2020-MAR-16-02 and covidnp_NT-2020-APR-20-01
        ("एक युवक के खिलाफ कोरोगांव पुलिस स्टेशन में मामला दर्ज है।", [("कोरोगांव पुलिस", "ORG")], True,
         [("कोरोगांव", "LOC")]),
        ("चांदनी महल पुलिस स्टेशन का हाल बताया।", [("चांदनी महल पुलिस", "ORG")], True, [("चांदनी महल", "LOC")]),
        ("एक युवक के खिलाफ कोरोगांव पुलिस स्टेशन में मामला दर्ज है।", [("कोरोगांव पुलिस", "ORG")], False,
         [("कोरोगांव पुलिस", "ORG")]),
        # traps: a city's own police that goes to a station; a station kind; no case marker after `स्टेशन`
        ("मुंबई पुलिस स्टेशन में पहुंची।", [("मुंबई पुलिस", "ORG")], True, [("मुंबई पुलिस", "ORG")]),
        ("महिला पुलिस स्टेशन में शिकायत दी।", [("महिला पुलिस", "ORG")], True, [("महिला पुलिस", "ORG")]),
        ("कोरोगांव पुलिस स्टेशन पहुंची।", [("कोरोगांव पुलिस", "ORG")], True, [("कोरोगांव पुलिस", "ORG")]),
        ("कोरोगांव पुलिस ने युवक को पकड़ा।", [("कोरोगांव पुलिस", "ORG")], True, [("कोरोगांव पुलिस", "ORG")]),
    ],
)
def test_station_loans(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, station_loans=on) == expected
