"""pipeline.refine, round 73 (issue 14: organisations on news nobody tuned on): the story names a body in full once or
twice and then by its first word alone as a speaker or agent (`सहारा इंडिया ने ... सहारा ने एक बयान में कहा`, `लेबर
पार्टी ... लेबर ने`); the model tags the full name only. The first word of an ORG span of two words or more that the
story writes alone, untagged, before `ने` (or `का कहना`, `के मुताबिक`) is that organisation, ORG, at each untagged
occurrence where the name ends after it (`org_first_words`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import NewsStats
from tests.test_refine import LEX, _place, _ws, refine_only

R73 = replace(
    LEX,
    places={**LEX.places, "ब्रिटेन": _place("ब्रिटेन", "United Kingdom")},
    words={
        **LEX.words,
        "सहारा": _ws(14),  # "support": a common noun IL-NER saw 14 times, never inside a name
        "टीम": _ws(210, 52, 3, 50, org=52),  # "team": ends ORG names (`टीम इंडिया`, `भारतीय क्रिकेट टीम`)
        "पार्टी": _ws(300, 200, 2, 195, org=200),
        "स्वास्थ्य": _ws(439, 27, 12, 1, org=27),  # "health": opens ministries' names, never ends one
    },
    news={**LEX.news, "स्वास्थ्य": NewsStats(1553, 502, 54), "सहारा": NewsStats(49, 21, 19)},
    function_words=LEX.function_words | {"का", "की", "के", "से", "है", "था", "थी", "चाहती", "लिया", "कहा", "कहना",
                                         "मुताबिक", "एक", "हुआ", "दिया", "बयान"},
)

ON = {"org_first_words": True}


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, R73, **(ON if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # bbchi_0113 (paraphrased): the company by its first word alone, as an agent, a genitive's owner, an object
        ("सहारा इंडिया ने बीसीसीआई से अनुरोध किया। सहारा ने एक बयान में कहा। सहारा का कहना है कि सहारा को नुकसान हुआ।",
         [("सहारा इंडिया", "ORG"), ("बीसीसीआई", "ORG")],
         [("सहारा इंडिया", "ORG"), ("बीसीसीआई", "ORG"), ("सहारा", "ORG"), ("सहारा", "ORG"), ("सहारा", "ORG")]),
        # bbchi_0113: before a verb (a function word of UD) the name ends too
        ("सहारा इंडिया ने कहा। पिछले दिनों सहारा चाहती थी कि नियम बदलें। सहारा ने मना किया।",
         [("सहारा इंडिया", "ORG")],
         [("सहारा इंडिया", "ORG"), ("सहारा", "ORG"), ("सहारा", "ORG")]),
        # ntrex_dailymail.co.uk.298686 (paraphrased): the party by its first word, in the headline
        ("लेबर ने इस बात से इनकार किया है। जेरेमी कॉर्बिन की लेबर पार्टी एक योजना लाई।",
         [("जेरेमी कॉर्बिन", "PER"), ("लेबर पार्टी", "ORG")],
         [("जेरेमी कॉर्बिन", "PER"), ("लेबर पार्टी", "ORG"), ("लेबर", "ORG")]),
        # the common noun after a genitive (`का सहारा`, "the support of") stays
        ("सहारा इंडिया ने कहा। सहारा ने बयान दिया। गरीबों को सरकार का सहारा है।",
         [("सहारा इंडिया", "ORG")],
         [("सहारा इंडिया", "ORG"), ("सहारा", "ORG")]),
        # the story's agent `के मुताबिक` (a body's report) is evidence too
        ("सहारा इंडिया ने कहा। सहारा के मुताबिक कंपनी खेलों को बढ़ावा देगी।",
         [("सहारा इंडिया", "ORG")],
         [("सहारा इंडिया", "ORG"), ("सहारा", "ORG")]),
    ],
)
def test_org_first_words(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switch off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # guard: no occurrence as a speaker or agent: no evidence the word stands for the body
        ("सहारा इंडिया ने कहा। सहारा को नुकसान हुआ।", [("सहारा इंडिया", "ORG")]),
        # guard: the name going on after the word (`सहारा परिवार के मुखिया ने`) is no mention of the word alone
        ("सहारा इंडिया ने कहा। सहारा परिवार के मुखिया ने कहा।", [("सहारा इंडिया", "ORG")]),
        # guard: a head of names (IL-NER: `टीम` ends ORG names) is a common noun alone (`टीम ने`)
        ("टीम इंडिया ने मैच जीता। टीम ने कहा।", [("टीम इंडिया", "ORG")]),
        # guard: a title (`प्रधानमंत्री कार्यालय`, `प्रधानमंत्री ने`: the prime minister)
        ("प्रधानमंत्री कार्यालय ने कहा। प्रधानमंत्री ने घोषणा की।", [("प्रधानमंत्री कार्यालय", "ORG")]),
        # guard: a word of the news' common vocabulary (`स्वास्थ्य`, 502 articles) alone is the subject, not the body
        # (covidnp_PK-2020-APR-08-02: `स्वास्थ्य के अनुसार`, `अन्य स्वास्थ्य संबंधी समस्याएं`)
        ("स्वास्थ्य मंत्रालय ने कहा। स्वास्थ्य के अनुसार 60 नये मरीज मिले।", [("स्वास्थ्य मंत्रालय", "ORG")]),
        # guard: a KB place opening a body's name (`ब्रिटेन ने`: the country)
        ("ब्रिटेन सरकार ने कहा। ब्रिटेन ने घोषणा की।", [("ब्रिटेन सरकार", "ORG")]),
        # guard: the word the story tags alone as a person stays as it is (`टाटा` of Ratan Tata)
        ("टाटा ग्रुप ने कहा। टाटा ने बताया। रतन टाटा ने कहा।", [("टाटा ग्रुप", "ORG"), ("टाटा", "PER")]),
        # guard: the name written in full again, untagged (`सहारा इंडिया ने`), is no mention of the word alone; a PER
        # span is no concern of this step
        ("सहारा इंडिया ने कहा। सहारा इंडिया ने मना किया।", [("सहारा इंडिया", "ORG")]),
        ("राम कुमार ने कहा। राम ने बताया।", [("राम कुमार", "PER")]),
    ],
)
def test_org_first_words_stay(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)
