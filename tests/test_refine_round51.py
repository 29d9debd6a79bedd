"""pipeline.refine, round 51 (corpus/news of all kinds): a name the story tags whole once, cut in another sentence
(`खानपुर घाटी` ... `[खानपुर] घाटी में`), and an English headline kicker read as a place (`Coronavirus Lockdown:`,
`Bihar Corona Update:`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.records import Mention
from pipeline.refine import RefineParams, refine_mentions
from tests.test_refine import LEX, _place, refine_only

_LEX = replace(LEX, latin_places={**LEX.latin_places, "bihar": _place("Bihar", "Bihar", "ne_admin1"),
                                  "lucknow": _place("Lucknow", "Lucknow", "city")})


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, _LEX, **params)


def _run_at(sentences_of, text, spans, **params):
    """As refine_only, for (surface, label, n) triples: the n-th occurrence of the surface (0: the first), so that a
    cut name may come after the whole one it is part of."""
    sents = sentences_of(text)
    ms = []
    for surface, label, n in spans:
        start = -1
        for _ in range(n + 1):
            start = text.index(surface, start + 1)
        sent = next(s for s in sents if s.start <= start < s.end)
        ms.append(Mention("d", sent.sent_idx, start, start + len(surface), surface, label, "model"))
    got = refine_mentions(sents, ms, _LEX, RefineParams(no_overlaps=False, steps=(), **params))
    for m in got:
        assert text[m.start : m.end] == m.text
    return sorted((m.text, m.label) for m in got)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_DJ-2020-ARP-14-03: the village tagged whole once, cut to its first word in the next sentences
        ("खानपुर घाटी गांव को सील कर दिया गया है। डॉक्टर ने बताया कि खानपुर घाटी एवं डुंगेजा गांव के लोग घर में हैं।",
         [("खानपुर घाटी", "LOC", 0), ("खानपुर", "LOC", 1), ("डुंगेजा", "LOC", 0)], True,
         [("खानपुर घाटी", "LOC"), ("खानपुर घाटी", "LOC"), ("डुंगेजा", "LOC")]),
        ("खानपुर घाटी गांव को सील कर दिया गया है। डॉक्टर ने बताया कि खानपुर घाटी एवं डुंगेजा गांव के लोग घर में हैं।",
         [("खानपुर घाटी", "LOC", 0), ("खानपुर", "LOC", 1), ("डुंगेजा", "LOC", 0)], False,
         [("खानपुर", "LOC"), ("खानपुर घाटी", "LOC"), ("डुंगेजा", "LOC")]),
        # a person's full name before a cut one (covidnp_PK-2020-APR-22-01, paraphrased)
        ("गोविंद सिंह राजपूत मंत्री बने। मीना सिंह और गोविंद सिंह राजपूत ने शपथ ली।",
         [("गोविंद सिंह राजपूत", "PER", 0), ("मीना सिंह", "PER", 0), ("गोविंद सिंह", "PER", 1)], True,
         [("गोविंद सिंह राजपूत", "PER"), ("गोविंद सिंह राजपूत", "PER"), ("मीना सिंह", "PER")]),
        # traps: the longer name has another label (`दिल्ली सरकार` ORG; `दिल्ली` LOC stays); the word after is tagged
        # (`नई दिल्ली` ... `[नई] [दिल्ली]`); English words (a mistagged headline); a person's name + an organisation's
        # head (`सोनिया आर्केस्ट्रा ग्रुप` PER)
        ("दिल्ली सरकार ने कहा। दिल्ली सरकार के अफसर आए।", [("दिल्ली सरकार", "ORG", 0), ("दिल्ली", "LOC", 1)], True,
         [("दिल्ली", "LOC"), ("दिल्ली सरकार", "ORG")]),
        ("नई दिल्ली में बैठक हुई। नई दिल्ली में लोग थे।",
         [("नई दिल्ली", "LOC", 0), ("नई", "LOC", 1), ("दिल्ली", "LOC", 1)], True,
         [("दिल्ली", "LOC"), ("नई", "LOC"), ("नई दिल्ली", "LOC")]),
        ("पटना / Bihar Corona Update: ट्रेन आई। Bihar Corona Update के अनुसार मामले बढ़े।",
         [("Bihar Corona Update", "LOC", 0), ("Bihar", "LOC", 1)], True,
         [("Bihar", "LOC"), ("Bihar Corona Update", "LOC")]),
        ("कला के सोनिया आर्केस्ट्रा ग्रुप के संचालक आए। सोनिया आर्केस्ट्रा ग्रुप के कलाकार थे।",
         [("सोनिया आर्केस्ट्रा ग्रुप", "PER", 0), ("सोनिया", "PER", 1)], True,
         [("सोनिया", "PER"), ("सोनिया आर्केस्ट्रा ग्रुप", "PER")]),
    ],
)
def test_longer_names(sentences_of, text, spans, on, expected):
    assert _run_at(sentences_of, text, spans, longer_names=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_PK-2020-MAY-13-03: English kickers before a Hindi headline, read as places
        ("Coronavirus Lockdown: बिहार की इकाइयों को लाभ मिलेगा।", [("Coronavirus Lockdown", "LOC"), ("बिहार", "LOC")], True,
         [("बिहार", "LOC")]),
        ("Coronavirus Lockdown: बिहार की इकाइयों को लाभ मिलेगा।", [("Coronavirus Lockdown", "LOC"), ("बिहार", "LOC")], False,
         [("Coronavirus Lockdown", "LOC"), ("बिहार", "LOC")]),
        ("Economic Package Coronavirus: PM के संबोधन पर ट्वीट आया।", [("Economic Package Coronavirus", "LOC")], True, []),
        # covidnp_PK-2020-MAY-09-01, covidnp_DJ-2020-ARP-16-01: the English place in the kicker stays, LOC alone
        ("Bihar Corona Update: श्रमिक स्पेशल ट्रेन आई।", [("Bihar Corona Update", "LOC")], True, [("Bihar", "LOC")]),
        ("लखनऊ, जेएनएन। Lucknow Coronavirus News Update: चीन से निकला वायरस।",
         [("लखनऊ", "LOC"), ("Lucknow Coronavirus News", "LOC")], True, [("Lucknow", "LOC"), ("लखनऊ", "LOC")]),
        # page furniture read as a place or a person
        ("Publish Date: Mon, 09 Mar 2020 को खबर छपी।", [("Publish Date", "LOC")], True, []),
        # traps: a broadcaster (ORG) keeps `News`; English names with no headline word; a mixed-script span
        ("Fox News ने बताया कि हमला हुआ।", [("Fox News", "ORG")], True, [("Fox News", "ORG")]),
        ("Arvind Kejriwal ने कहा कि स्कूल बंद रहेंगे।", [("Arvind Kejriwal", "PER")], True, [("Arvind Kejriwal", "PER")]),
        ("Delhi NCR में बारिश हुई।", [("Delhi NCR", "LOC")], True, [("Delhi NCR", "LOC")]),
        ("Coronavirus साउथ में फैला।", [("Coronavirus साउथ", "LOC")], True, [("Coronavirus साउथ", "LOC")]),
    ],
)
def test_headline_spans(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, headline_spans=on) == expected
