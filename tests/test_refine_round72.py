"""pipeline.refine, round 72 (issue 14: spans grown at their start), the mirror of round 70's `grown_spans`: an ORG span
that ran back into the word before the name, a participle, a verb or an adverb of the clause (`संकट में [फंसे यस बैंक]O
पर`, `मामले सामने [आये स्वास्थ्य मंत्रालय]O`), its first word one IL-NER saw 3+ times and never inside a name, is cut
to the name the story tags ORG alone or the lexicon knows (`grown_starts`: `grown_org_starts`). Hand-built lexicons, as
tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import NewsStats
from tests.test_refine import LEX, _place, _ws, refine_only

R72 = replace(
    LEX,
    places={**LEX.places, "रूस": _place("रूस", "Russia")},
    words={
        **LEX.words,
        "फंसे": _ws(10),  # "stuck" (a participle): never inside a name
        "आये": _ws(9),  # "came"
        "फिलहाल": _ws(41),  # "for now"
        "मद्देनजर": _ws(17),  # "in view of"
        "सिविल": _ws(54),  # "civil": never inside a name of IL-NER, yet the first word of a department's name
        "राज्य": _ws(2447, 64, 37, 21, org=30, loc=34),  # "state": inside names, opening `राज्य निर्वाचन आयोग`
        "रूसी": _ws(4),  # "Russian": a demonym
        "घिरे": _ws(5),  # "surrounded": a word fewer than 3 news articles use, here
        "हेल्पलाइन": _ws(3),  # "helpline"
        "नंबर": _ws(120),  # "number"
    },
    news={
        **LEX.news,
        "फंसे": NewsStats(180, 82, 4),
        "आये": NewsStats(248, 97, 31),
        "फिलहाल": NewsStats(224, 169, 10),
        "मद्देनजर": NewsStats(112, 90, 2),
        "सिविल": NewsStats(101, 54, 0),
        "राज्य": NewsStats(1121, 378, 741),
        "रूसी": NewsStats(27, 9, 0),
        "घिरे": NewsStats(4, 2, 0),
        "हेल्पलाइन": NewsStats(150, 90, 20),
        "नंबर": NewsStats(400, 200, 100),
    },
    orgs={**LEX.orgs, ("केंद्रीय", "गृह", "मंत्रालय"): "केंद्रीय गृह मंत्रालय", ("एयरटेल",): "एयरटेल",
          ("सिविल", "एयरटेल"): "सिविल एयरटेल"},
)

ON = {"grown_org_starts": True}


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, R72, **(ON if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # covidnp_AU-2020-MAR-12-03 (paraphrased): a participle before the bank's name
        ("यस बैंक के खाताधारक परेशान हैं। रिजर्व बैंक ने संकट में फंसे यस बैंक पर रोक लगाई।",
         [("यस बैंक", "ORG"), ("फंसे यस बैंक", "ORG")],
         [("यस बैंक", "ORG"), ("यस बैंक", "ORG")]),
        # covidnp_PK-2020-APR-07-02 (paraphrased): the verb ending the clause before the ministry's name
        ("स्वास्थ्य मंत्रालय ने आंकड़े जारी किए। 24 घंटे में 354 मामले सामने आये स्वास्थ्य मंत्रालय के मुताबिक",
         [("स्वास्थ्य मंत्रालय", "ORG"), ("आये स्वास्थ्य मंत्रालय", "ORG")],
         [("स्वास्थ्य मंत्रालय", "ORG"), ("स्वास्थ्य मंत्रालय", "ORG")]),
        # ednil_world16-txt_aug20-xml (paraphrased): an adverb opening the sentence
        ("रक्षा मंत्रालय ने पुष्टि की। फिलहाल रक्षा मंत्रालय जांच कर रहा है।",
         [("रक्षा मंत्रालय", "ORG"), ("फिलहाल रक्षा मंत्रालय", "ORG")],
         [("रक्षा मंत्रालय", "ORG"), ("रक्षा मंत्रालय", "ORG")]),
        # covidnp_PK-2020-APR-17-01 (paraphrased): the rest a known organisation of the lexicon, tagged nowhere alone
        ("लॉकडाउन के मद्देनजर केंद्रीय गृह मंत्रालय ने दिशानिर्देश जारी किए।",
         [("मद्देनजर केंद्रीय गृह मंत्रालय", "ORG")],
         [("केंद्रीय गृह मंत्रालय", "ORG")]),
        # covidnp_NT-2020-APR-03-01 (paraphrased): two words of a list's heading before the ministry's name
        ("गृह मंत्रालय ने नंबर जारी किए। हेल्पलाइन नंबर गृह मंत्रालय 1075",
         [("गृह मंत्रालय", "ORG"), ("हेल्पलाइन नंबर गृह मंत्रालय", "ORG")],
         [("गृह मंत्रालय", "ORG"), ("गृह मंत्रालय", "ORG")]),
    ],
)
def test_grown_starts(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switch off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # guard: the story tags the rest alone nowhere and the lexicon does not know it: no evidence where the name
        # starts
        ("रिजर्व बैंक ने संकट में फंसे यस बैंक पर रोक लगाई।", [("फंसे यस बैंक", "ORG")]),
        # guard: a span the story writes twice is its name (covidnp_DH-2020-MAR-24-01: `सिविल`, never inside a name of
        # IL-NER, opens the department's name)
        ("प्रोटेक्शन डिपार्टमेंट ने कहा। सिविल प्रोटेक्शन डिपार्टमेंट के प्रमुख ने बताया कि "
         "सिविल प्रोटेक्शन डिपार्टमेंट तैयार है।",
         [("प्रोटेक्शन डिपार्टमेंट", "ORG"), ("सिविल प्रोटेक्शन डिपार्टमेंट", "ORG"),
          ("सिविल प्रोटेक्शन डिपार्टमेंट", "ORG")]),
        # guard: a first word IL-NER sees inside names (`राज्य`, the State Election Commission)
        ("निर्वाचन आयोग ने कहा। राज्य निर्वाचन आयोग ने चुनाव टाल दिए।",
         [("निर्वाचन आयोग", "ORG"), ("राज्य निर्वाचन आयोग", "ORG")]),
        # guard: a demonym opens the ministry's name (ednil_world16-txt_aug20-xml)
        ("रक्षा मंत्रालय ने पुष्टि की। रूसी रक्षा मंत्रालय ने बयान जारी किया।",
         [("रक्षा मंत्रालय", "ORG"), ("रूसी रक्षा मंत्रालय", "ORG")]),
        # guard: a word fewer than 3 news articles use stays
        ("यस बैंक के खाताधारक परेशान हैं। संकट से घिरे यस बैंक पर रोक लगी।",
         [("यस बैंक", "ORG"), ("घिरे यस बैंक", "ORG")]),
        # guard: a word before the grown one that IL-NER never saw (`खाताधारक`): no evidence where the name starts
        ("यस बैंक के खाताधारक परेशान हैं। खाताधारक फंसे यस बैंक पर रोक लगी।",
         [("यस बैंक", "ORG"), ("खाताधारक फंसे यस बैंक", "ORG")]),
        # guard: the whole span is a known organisation of the lexicon
        ("एयरटेल ने कहा। सिविल एयरटेल ने नई योजना शुरू की।", [("एयरटेल", "ORG"), ("सिविल एयरटेल", "ORG")]),
        # guard: a PER or LOC span is no concern of this step (`trim_edges` reads their edges)
        ("यस बैंक में पैसा है। फंसे यस बैंक में लोग।", [("यस बैंक", "LOC"), ("फंसे यस बैंक", "LOC")]),
        # guard: the shorter words tagged with another label are no evidence for the ORG
        ("यस बैंक में पैसा है। संकट में फंसे यस बैंक पर रोक लगी।", [("यस बैंक", "LOC"), ("फंसे यस बैंक", "ORG")]),
    ],
)
def test_grown_starts_stay(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)
