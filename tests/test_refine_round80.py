"""pipeline.refine, round 80 (issue 14: ORG on translated international news nobody tuned on): a body named after two
portfolios joined by a coordinator, tagged from the second one only (`यूक्रेन की राष्ट्रीय सुरक्षा और [रक्षा परिषद]`,
`केंद्रीय सड़क परिवहन एवं [राजमार्ग मंत्रालय]`), is one ORG with the untagged portfolio words before the coordinator and
a level word or demonym before them (`coordinated_portfolios`); two one-word portfolios before a ministry's,
department's or commission's head stay apart (`स्वास्थ्य और [गृह मंत्रालय]`: two ministries). Hand-built lexicons, as
tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.adapters.rules_tagger import fold
from tests.test_refine import LEX, _place, _ws, refine_only

ON = {"coordinated_portfolios": True}
# portfolio words of entity-lexicon-v13's portfolios.txt; the IL-NER counts of entity-lexicon-v13's words.tsv
LEX_R80 = replace(
    LEX,
    places={**LEX.places, "भारत": _place("भारत", "India")},
    portfolios=frozenset(fold(w) for w in """सुरक्षा रक्षा सड़क परिवहन राजमार्ग उपभोक्ता मामले खाद्य सार्वजनिक वितरण
        इलेक्ट्रॉनिक्स सूचना प्रौद्योगिकी ग्रामीण विकास पंचायती राज स्वास्थ्य परिवार कल्याण चिकित्सा शिक्षा गृह विदेश रेल""".split()),
    words={**LEX.words,
           "परिषद": _ws(78, 51, 0, 48, org=51),  # ends ORG names
           "प्राधिकरण": _ws(12, 2, 0, 0, org=2),  # seen twice inside a name: no head the data shows
           "सुरक्षा": _ws(250, 17, 6, 1, org=17)},  # inside ORG names, once at their end
)


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, LEX_R80, **(ON if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # wmt24_rt.com.54499: Ukraine's National Security and Defence Council, a level word before it
        ("यूक्रेन की राष्ट्रीय सुरक्षा और रक्षा परिषद के सचिव एलेक्सी दानिलोव ने पहले कहा है।",
         [("यूक्रेन", "LOC"), ("रक्षा परिषद", "ORG"), ("एलेक्सी दानिलोव", "PER")],
         [("एलेक्सी दानिलोव", "PER"), ("यूक्रेन", "LOC"), ("राष्ट्रीय सुरक्षा और रक्षा परिषद", "ORG")]),
        # covidnp_NT-2020-MAR-11-01: a portfolio of two words before `एवं`, `केंद्रीय` before it
        ("केंद्रीय सड़क परिवहन एवं राजमार्ग मंत्रालय ने सभी राज्यों को पत्र लिखा है।", [("राजमार्ग मंत्रालय", "ORG")],
         [("केंद्रीय सड़क परिवहन एवं राजमार्ग मंत्रालय", "ORG")]),
        # covidnp_AU-2020-MAR-22-02: three portfolios, a comma between the first two
        ("उपभोक्ता मामले, खाद्य और सार्वजनिक वितरण मंत्रालय ने आदेश जारी किया।", [("सार्वजनिक वितरण मंत्रालय", "ORG")],
         [("उपभोक्ता मामले, खाद्य और सार्वजनिक वितरण मंत्रालय", "ORG")]),
        # covidnp_PK-2020-MAR-11-01: the tagged portfolio has two words
        ("इलेक्ट्रॉनिक्स एवं सूचना प्रौद्योगिकी मंत्रालय द्वारा जारी आदेश में",
         [("सूचना प्रौद्योगिकी मंत्रालय", "ORG")],
         [("इलेक्ट्रॉनिक्स एवं सूचना प्रौद्योगिकी मंत्रालय", "ORG")]),
        # covidnp_AU-2020-ARP-21-04
        ("केंद्रीय ग्रामीण विकास एवं पंचायती राज मंत्रालय ने बताया।", [("पंचायती राज मंत्रालय", "ORG")],
         [("केंद्रीय ग्रामीण विकास एवं पंचायती राज मंत्रालय", "ORG")]),
        # covidnp_DH-2020-ARP-04-01: one word and two
        ("स्वास्थ्य एवं चिकित्सा शिक्षा मंत्रालय की ओर से जानकारी दी गई।", [("चिकित्सा शिक्षा मंत्रालय", "ORG")],
         [("स्वास्थ्य एवं चिकित्सा शिक्षा मंत्रालय", "ORG")]),
        # a demonym before the run (as `रूसी विदेश मंत्रालय`)
        ("भारतीय स्वास्थ्य एवं परिवार कल्याण परिषद ने कहा।", [("परिवार कल्याण परिषद", "ORG")],
         [("भारतीय स्वास्थ्य एवं परिवार कल्याण परिषद", "ORG")]),
    ],
)
def test_coordinated_portfolios(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switch off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # guard: two one-word portfolios of ministries, two ministries (covidnp_DJ-2020-ARP-07-01, bbchi_0275)
        ("स्वास्थ्य और गृह मंत्रालय की संयुक्त प्रेस कॉन्फ्रेंस में बताया गया।", [("गृह मंत्रालय", "ORG")]),
        ("चीन के विदेश और रक्षा मंत्रालय ने इन आरोपों को खारिज किया।", [("चीन", "LOC"), ("रक्षा मंत्रालय", "ORG")]),
        # guard: two departments
        ("शिक्षा और स्वास्थ्य विभाग के अधिकारी पहुंचे।", [("स्वास्थ्य विभाग", "ORG")]),
        # guard: no portfolio before the coordinator (covidnp_PK-2020-MAY-01-03)
        ("ट्रेन चलती है तो राज्य सरकार और रेल मंत्रालय के निर्देश माने जाएंगे।", [("रेल मंत्रालय", "ORG")]),
        # guard: the words before the coordinator tagged already
        ("राष्ट्रीय सुरक्षा और रक्षा परिषद के सचिव", [("राष्ट्रीय सुरक्षा", "ORG"), ("रक्षा परिषद", "ORG")]),
        # guard: a head the training data does not show ending names
        ("खाद्य सुरक्षा एवं सड़क परिवहन प्राधिकरण ने कहा।", [("सड़क परिवहन प्राधिकरण", "ORG")]),
        # guard: the ORG holds a word that is no portfolio
        ("स्वास्थ्य और नेशनल रक्षा परिषद ने कहा।", [("नेशनल रक्षा परिषद", "ORG")]),
        # guard: a lone ambiguous portfolio word (`मामले`: "cases") before the coordinator
        ("कई मामले और रक्षा परिषद के फैसले", [("रक्षा परिषद", "ORG")]),
        # guard: no coordinator right before the ORG
        ("राष्ट्रीय सुरक्षा रक्षा परिषद के सचिव", [("रक्षा परिषद", "ORG")]),
    ],
)
def test_coordinated_portfolios_stay(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)
