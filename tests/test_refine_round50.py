"""pipeline.refine, round 50 (issue 14's international news: BBC Hindi stories abroad and translated news): a name
glued to the last word of the line before it, the line break lost in scraping (`76 जीतराहुल द्रविड़`, `टॉस जीतने के
बादइंग्लैंड ने`, `15 नये मामलेकानपुर में`), and an acronym written together with a number, a code and no name
(`एमएच370`, `एसीई2`, `HR63`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import NewsStats
from tests.test_refine import LEX, _place, _ws, refine_only

_LEX = replace(
    LEX,
    given_names=LEX.given_names | {"सौरभ", "राहुल", "बलराम"},
    words={**LEX.words,
           # frequent words IL-NER never reads in a name: they end a heading or a list line
           "जीत": _ws(60, 1), "मामले": _ws(200), "बाद": _ws(400, 2), "है": _ws(5000, 3), "को": _ws(9000, 4),
           "बल": _ws(50, 1), "आदेश": _ws(80),
           # words IL-NER reads opening a name
           "सौरभ": _ws(14, 14, 12, 4, per=14), "राहुल": _ws(36, 36, 36, 8, per=36),
           "इंग्लैंड": _ws(54, 52, 51, 51, org=2, loc=50)},
    news={"जीत": NewsStats(300, 120, 40), "मामले": NewsStats(900, 300, 100), "बाद": NewsStats(2000, 600, 50),
          "है": NewsStats(9000, 1300, 100), "को": NewsStats(9000, 1300, 100), "बल": NewsStats(60, 40, 5),
          "आदेश": NewsStats(200, 120, 30), "सौरभ": NewsStats(10, 7, 0), "राहुल": NewsStats(79, 32, 28),
          "इंग्लैंड": NewsStats(83, 41, 63)},
    places={**LEX.places, "कानपुर": _place("कानपुर", "Kanpur", kind="city"),
            "राजस्थान": _place("राजस्थान", "Rajasthan", kind="state"), "चीन": _place("चीन", "China"),
            "रामपुर": _place("रामपुर", "Rampur", kind="city"),
            "कालीनिनग्राड": _place("कालीनिनग्राड", "Kaliningrad", kind="city")},
)


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, _LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # bbchi_0216: a captains' table, each line `<name>: N मैच, N जीत` run into the next name
        ("धोनी: 162 मैच, 91 जीतसौरभ गांगुली: 147 मैच, 76 जीत", [("जीतसौरभ गांगुली", "PER")], True,
         [("सौरभ गांगुली", "PER")]),
        ("धोनी: 162 मैच, 91 जीतसौरभ गांगुली: 147 मैच, 76 जीत", [("जीतसौरभ गांगुली", "PER")], False,
         [("जीतसौरभ गांगुली", "PER")]),
        # covidnp_NT: a live page's items, a place glued to the last word of the item before
        ("कोविड-19 के 15 नये मामलेकानपुर में मिले।", [("मामलेकानपुर", "LOC")], True, [("कानपुर", "LOC")]),
        # a glued word alone takes the name's own label (bbchi_0209 `[येग़ज़ा]` PER)
        ("सुनवाई पूरी हो गई हैराजस्थान में बारिश हुई।", [("हैराजस्थान", "PER")], True, [("राजस्थान", "LOC")]),
        # bbchi_0277: untagged, the name is a mention of its own
        ("टॉस जीतने के बादइंग्लैंड ने पहले गेंदबाजी की.", [], True, [("इंग्लैंड", "LOC")]),
        # bbchi_0216: untagged, the name's untagged name words after it go with it (`अज़हरुद्दीन` unseen by IL-NER)
        ("धोनी: 162 मैच, 91 जीतराहुल अज़हरुद्दीन: 174 मैच", [], True, [("राहुल अज़हरुद्दीन", "PER")]),
        # bbchi_0216/0274: untagged, right before a tagged name it opens it
        ("79 मैच, 42 जीतराहुल द्रविड़: 79 मैच", [("द्रविड़", "PER")], True, [("राहुल द्रविड़", "PER")]),
        # traps: a case marker ends no line (`को|चीन` is Cochin); the first half of a compound given name
        # (`बल|राम`: `बलरामपुर`); a web address whose dot reads as a sentence end (bbchi_0314)
        ("इटली से कोचीन हवाई अड्डे पर उतरे।", [("कोचीन", "LOC")], True, [("कोचीन", "LOC")]),
        ("बलरामपुर में दो मरीज मिले।", [("बलरामपुर", "LOC")], True, [("बलरामपुर", "LOC")]),
        ("जांच के आदेशकालीनिनग्राड.रू वेबसाइट की रिपोर्ट में", [], True, []),
    ],
)
def test_line_glues(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, line_glues=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # bbchi_0322: a flight's number, its airline code tagged ORG
        ("मलेशिया एयरलाइंस का एक विमान एमएच370 लापता हो गया.", [("एमएच", "ORG")], True, []),
        ("मलेशिया एयरलाइंस का एक विमान एमएच370 लापता हो गया.", [("एमएच", "ORG")], False, [("एमएच", "ORG")]),
        # covidnp_DJ: a receptor and a gene; ednil: a number plate in Latin letters
        ("कोरोना कोशिका के एसीई2 और टीएमपीआरएसएस2 प्रोटीन से चिपकता है।",
         [("एसीई", "ORG"), ("टीएमपीआरएसएस", "ORG")], True, []),
        ("एक लोडर HR63 B 9175 ट्रैक पर खड़ा था।", [("HR", "ORG")], True, []),
        # traps: a space before the number; a two-word name; a name (no acronym) glued to a year
        ("बीबीसी 2014 में शुरू हुआ।", [("बीबीसी", "ORG")], True, [("बीबीसी", "ORG")]),
        ("बीबीसी रेडियो4 के कार्यक्रम में", [("बीबीसी रेडियो", "ORG")], True, [("बीबीसी रेडियो", "ORG")]),
        ("कम्यूनिस्ट नहीं थे चार्ली चैपलिन1940 में", [("चार्ली चैपलिन", "PER")], True, [("चार्ली चैपलिन", "PER")]),
    ],
)
def test_code_acronyms(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, code_acronyms=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # bbchi_0209, bbchi_0324: the kind with its descriptive words right before the name
        ("फ़लस्तीनी संगठन हमास ने युद्ध अपराध बताया.", [("फ़लस्तीनी संगठन", "ORG"), ("हमास", "ORG")], True,
         [("हमास", "ORG")]),
        ("फ़लस्तीनी संगठन हमास ने युद्ध अपराध बताया.", [("फ़लस्तीनी संगठन", "ORG"), ("हमास", "ORG")], False,
         [("फ़लस्तीनी संगठन", "ORG"), ("हमास", "ORG")]),
        ("महाराष्ट्र में दक्षिणपंथी हिन्दू राजनीतिक पार्टी शिव सेना के प्रमुख",
         [("दक्षिणपंथी हिन्दू राजनीतिक पार्टी", "ORG"), ("शिव सेना", "ORG")], True, [("शिव सेना", "ORG")]),
        # traps: an expansion before its acronym; a bracket or comma between; no name after it; a lexicon organisation
        ("विश्व स्वास्थ्य संगठन WHO ने कहा.", [("विश्व स्वास्थ्य संगठन", "ORG"), ("WHO", "ORG")], True,
         [("WHO", "ORG"), ("विश्व स्वास्थ्य संगठन", "ORG")]),
        ("स्वास्थ्य अनुसंधान संस्थान आईसीएमआर ने बताया.", [("स्वास्थ्य अनुसंधान संस्थान", "ORG"), ("आईसीएमआर", "ORG")],
         True, [("आईसीएमआर", "ORG"), ("स्वास्थ्य अनुसंधान संस्थान", "ORG")]),
        ("भारत एल्युमिनियम कंपनी (बाल्को) ने कहा.", [("भारत एल्युमिनियम कंपनी", "ORG"), ("बाल्को", "ORG")], True,
         [("बाल्को", "ORG"), ("भारत एल्युमिनियम कंपनी", "ORG")]),
        ("दिल्ली पीपुल्स पार्टी शिव सेना के साथ है.", [("दिल्ली पीपुल्स पार्टी", "ORG"), ("शिव सेना", "ORG")], True,
         [("दिल्ली पीपुल्स पार्टी", "ORG"), ("शिव सेना", "ORG")]),
        ("जगुआर लैंड रोवर कंपनी टाटा की है.", [("जगुआर लैंड रोवर कंपनी", "ORG"), ("टाटा", "ORG")], True,
         [("जगुआर लैंड रोवर कंपनी", "ORG"), ("टाटा", "ORG")]),
    ],
)
def test_kind_appositions(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, kind_appositions=on) == expected
