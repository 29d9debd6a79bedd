"""pipeline.refine, round 78 (issue 14: ORG on translated international news nobody tuned on): an acronym tagged
ORG in brackets right after the untagged English words whose initials it spells (Latin or Devanagari letters), none of
them an organisation's or a facility's head, is no organisation (`आर्टिफीसियल इंटेलिजेंस (AI)`, `प्रोटेक्टेड एरिया
परमिट (पीएपी)`): it is dropped, with the story's other ORG mentions of it (`concept_acronyms`). Hand-built lexicons,
as tests/test_refine.py."""
from __future__ import annotations

import pytest

from tests.test_refine import LEX, refine_only

ON = {"concept_acronyms": True}


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, LEX, **(ON if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # ntrex_dailymail.co.uk.298686: a technology spelled out before its acronym
        ("पार्टी की इच्छा है कि कंपनी के मालिक आर्टिफीसियल इंटेलिजेंस (AI) क्रान्ति के ज़रिए होने वाली बचत बांटें।",
         [("AI", "ORG")], []),
        # covidnp_AU-2020-MAY-03: a measure's name
        ("टेरी ने इसे बिल्डिंग फिटनेस इंडिकेटर (BFI) का नाम दिया है।", [("टेरी", "ORG"), ("BFI", "ORG")],
         [("टेरी", "ORG")]),
        # covidnp_DJ-2020-MAR-14: a certificate; the next one names `स्कूल`, an institution's head, and stays
        ("सीनियर सेकेंडरी सर्टिफिकेट (SSC) और हायर सेकेंडरी स्कूल सर्टिफिकेट (HSSC) परीक्षाएं टलीं।",
         [("SSC", "ORG"), ("HSSC", "ORG")], [("HSSC", "ORG")]),
        # covidnp_PK-2020-MAR-08: a Devanagari acronym, a permit's name
        ("विदेशियों को प्रोटेक्टेड एरिया परमिट (पीएपी) लेना होता है।", [("पीएपी", "ORG")], []),
        # bbchi_0192: a disorder's name
        ("इसे नार्सिसिस्टिक पर्सनैलिटी डिसऑर्डर (एनपीडी) कहते हैं।", [("एनपीडी", "ORG")], []),
        # two in one sentence; a function word (`एंड`) not counted
        ("कंपनी ने इन्फॉर्मेशन टेक्नोलॉजी (IT) और सर्च एंड रेस्क्यू (SR) पर खर्च बढ़ाया।", [("IT", "ORG"), ("SR", "ORG")],
         []),
        # the story's other ORG mention of the acronym goes too
        ("आर्टिफीसियल इंटेलिजेंस (AI) पर खर्च बढ़ेगा। AI पर शोध जरूरी है।", [("AI", "ORG"), ("AI", "ORG")], []),
    ],
)
def test_concept_acronyms(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switch off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # guard: an organisation's head among the words (covidnp_NT-2020-APR-14)
        ("पब्लिक हेल्थ फाउंडेशन ऑफ इंडिया (PHFI) के अध्यक्ष ने कहा।", [("PHFI", "ORG")]),
        # guard: an institute's name (covidnp_DH-2020-MAR-20)
        ("पोस्ट ग्रेजुएट इंस्टीट्यूट ऑफ मेडिकल एजुकेशन एंड रिसर्च (PGIMER) के डॉक्टर", [("PGIMER", "ORG")]),
        # guard: the expansion tagged ORG: the acronym names it
        ("विश्व स्वास्थ्य संगठन (WHO) ने कहा।", [("विश्व स्वास्थ्य संगठन", "ORG"), ("WHO", "ORG")]),
        ("नेशनल बास्केटबॉल एसोसिएशन (NBA) ने सत्र टाला।", [("नेशनल बास्केटबॉल", "ORG"), ("NBA", "ORG")]),
        # guard: the words before do not spell the acronym (a Hindi translation)
        ("गैर बैंकिंग वित्तीय संस्थान (NBFC) को राहत", [("NBFC", "ORG")]),
        ("केंद्रशासित प्रदेश (UT) में", [("UT", "ORG")]),
        # guard: no brackets around the acronym
        ("आर्टिफीसियल इंटेलिजेंस AI क्रान्ति", [("AI", "ORG")]),
        # guard: a Devanagari acronym whose letters the words do not spell
        ("आर्टिफीसियल इंटेलिजेंस (एआईटी) क्रान्ति", [("एआईटी", "ORG")]),
        # guard: a facility's head among the words (ednil_fire-accident-in: a power station may name its operator)
        ("बंडेल थर्मल पॉवर स्टेशन (बीटीपीएस) में आग लगी।", [("बीटीपीएस", "ORG")]),
        # guard: letters that are no strict initials (covidnp_DH-2020-MAY-07: `द` not counted, SAATH has 5 letters)
        ("मुहीम का नाम सपोर्ट एज एंड असिस्ट द हेल्पलेस (SAATH) रखा गया है।", [("SAATH", "ORG")]),
        # guard: a mark between the words and the bracket
        ("आर्टिफीसियल इंटेलिजेंस, (AI) क्रान्ति", [("AI", "ORG")]),
    ],
)
def test_concept_acronyms_stay(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)
