"""pipeline.refine, review of entities rounds 49 and 50: `line_glues` also splits a glued word whose first half IL-NER
saw only 5-19 times, never in a name (`glue_min_seen`: `निधनकराची`, `संक्रमितढाका`, `गर्मीराजस्थान` of live pages and
headings), and `code_acronyms` keeps a hospital's acronym glued to its sector number as one ORG (`code_hospitals`:
`जीएमएसएच16`, Chandigarh's GMSH-16). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import NewsStats
from tests.test_refine import LEX, _place, _ws, refine_only

_LEX = replace(
    LEX,
    words={**LEX.words,
           # news words IL-NER saw only 9-14 times, never in a name: they end a heading or a live page's item
           "निधन": _ws(13), "संक्रमित": _ws(13), "गर्मी": _ws(9),
           # a word IL-NER saw 13 times, twice in a name (15%): no line's last word for the rule
           "मौसम": _ws(13, 2, 2, 2, org=2),
           # a word IL-NER saw twice only, never in a name: below glue_min_seen
           "बुलाया": _ws(2)},
    news={"निधन": NewsStats(40, 21, 5), "संक्रमित": NewsStats(900, 464, 50), "गर्मी": NewsStats(50, 26, 10),
          "मौसम": NewsStats(80, 40, 10), "बुलाया": NewsStats(40, 25, 0)},
    places={**LEX.places, "कराची": _place("कराची", "Karachi", kind="city"),
            "ढाका": _place("ढाका", "Dhaka", kind="city"), "राजस्थान": _place("राजस्थान", "Rajasthan", kind="state"),
            "वाशिंगटन": _place("वाशिंगटन", "Washington", kind="city")},
)


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, _LEX, **params)


@pytest.mark.parametrize(
    "text, spans, min_seen, expected",
    [
        # covidnp_NT: a live page's heading run into the next item's dateline (`... से निधन` + `कराची, ...`)
        ("स्क्वाश खिलाड़ी का लंदन में कोरोना वायरस से निधनकराची, पाकिस्तान के खिलाड़ी", [], 5, [("कराची", "LOC")]),
        ("स्क्वाश खिलाड़ी का लंदन में कोरोना वायरस से निधनकराची, पाकिस्तान के खिलाड़ी", [], 20, []),
        # covidnp_NT: a tagged span over the glued word is cut at the place
        ("बांग्लादेश का क्रिकेट कोच कोरोना वायरस से संक्रमितढाका: बांग्लादेश के एक कोच",
         [("संक्रमितढाका", "LOC")], 5, [("ढाका", "LOC")]),
        # ednil: a heading's last word before the next paragraph's place
        ("भीषण गर्मीराजस्थान में पारा 46 डिग्री पहुंचा।", [], 5, [("राजस्थान", "LOC")]),
        # guards: a first half IL-NER read in names (2 of 13); one it saw twice only
        ("बदला मौसमराजस्थान में पारा चढ़ा।", [], 5, []),
        ("नागरिकों को वापस बुलायावाशिंगटन, अमेरिका ने कहा", [], 5, []),
    ],
)
def test_glue_min_seen(sentences_of, text, spans, min_seen, expected):
    assert _run(sentences_of, text, spans, line_glues=True, glue_min_seen=min_seen) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_DJ: Chandigarh's Government Multi Specialty Hospital, sector 16: one ORG with its number
        ("जीएमएसएच16 की नर्स रुचिका चौधरी ने मरीजों की देखभाल की।", [("जीएमएसएच", "ORG")], True,
         [("जीएमएसएच16", "ORG")]),
        ("जीएमएसएच16 की नर्स रुचिका चौधरी ने मरीजों की देखभाल की।", [("जीएमएसएच", "ORG")], False, []),
        ("मरीज को GMCH32 में भर्ती कराया गया।", [("GMCH", "ORG")], True, [("GMCH32", "ORG")]),
        # guards: a flight's code ends in H after M, no hospital; two letters; a gene
        ("मलेशिया एयरलाइंस का एक विमान एमएच370 लापता हो गया.", [("एमएच", "ORG")], True, []),
        ("कोरोना कोशिका के एसीई2 प्रोटीन से चिपकता है।", [("एसीई", "ORG")], True, []),
        ("मोबाइल फोन IP68 रेटिंग के साथ आया।", [("IP", "ORG")], True, []),
    ],
)
def test_code_hospitals(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, code_acronyms=True, code_hospitals=on) == expected
