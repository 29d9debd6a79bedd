"""pipeline.refine, round 79 (issue 14: entities of Hindi crime and disaster reports): a report names its victims or
accused in a list and the model reads a name it does not know as a place (`[अमित]P, [सतबीर]L, [जगदीप]L`). In a list of
3+ tagged names joined only by list separators, with a PER among them and no ORG, the one-word LOC items are PER where
every one is no KB place and never a place for IL-NER, and one is a given name of the lexicon (`listed_persons`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_refine import LEX, _place, _ws, refine_only

R79 = replace(
    LEX,
    given_names=LEX.given_names | {"जगदीप", "अमित", "हरीराम", "पुरुषोत्तम", "धर्मेंद्र"},
    words={**LEX.words,
           "अमित": _ws(10, 10, 10, 0, per=10),  # a given name IL-NER saw in names of persons only
           "ताल": _ws(6, 2, 1, 1, loc=2),  # "lake", "rhythm": IL-NER saw it in place names
           "साकेत": _ws(3, 3, 1, 1, per=1, loc=2)},  # a given name and a Delhi colony: IL-NER saw it as a place
    places={**LEX.places, "कटक": _place("कटक", "Cuttack", "geonames", "city")},
    function_words=LEX.function_words | {"की", "के", "सभी", "हुई", "है", "पर", "में", "से"},
)

ON = {"listed_persons": True}


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, R79, **(ON if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # ednil_haryana1: a list of injured workers, two names the model read as places, one a given name
        ("श्रमिकों की पहचान विक्रम, अमित, सतबीर, जगदीप सभी खेदड़ निवासी के तौर पर हुई है।",
         [("अमित", "PER"), ("सतबीर", "LOC"), ("जगदीप", "LOC")],
         [("अमित", "PER"), ("सतबीर", "PER"), ("जगदीप", "PER")]),
        # covidnp_DJ-2020-MAY-06-01: a given name among the persons of a long list
        ("रामनेवास, अबुल फजल, सत्येंद्र, मनोज, हरीराम और गोकुल को छुट्टी दी गई।",
         [("रामनेवास", "PER"), ("अबुल फजल", "PER"), ("सत्येंद्र", "PER"), ("मनोज", "PER"), ("हरीराम", "LOC"),
          ("गोकुल", "PER")],
         [("रामनेवास", "PER"), ("अबुल फजल", "PER"), ("सत्येंद्र", "PER"), ("मनोज", "PER"), ("हरीराम", "PER"),
          ("गोकुल", "PER")]),
        # ednil_six-million-rs-of-property: `व` and `और` join the list too; the given name is the last item
        ("पुलिस ने बुधई, शेषभान व धर्मेंद्र और पुरुषोत्तम को बुलाया।",
         [("बुधई", "PER"), ("शेषभान", "PER"), ("धर्मेंद्र", "PER"), ("पुरुषोत्तम", "LOC")],
         [("बुधई", "PER"), ("शेषभान", "PER"), ("धर्मेंद्र", "PER"), ("पुरुषोत्तम", "PER")]),
    ],
)
def test_listed_persons(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switch off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # a list of places with one slip to PER: no given name, more places than persons
        ("बहरागोड़ा, घाटशिला, चाकुलिया, पोटका प्रखंड में बाढ़ आई।",
         [("बहरागोड़ा", "LOC"), ("घाटशिला", "PER"), ("चाकुलिया", "LOC"), ("पोटका", "LOC")]),
        # ednil_barwala5: a village among persons (Satvir of Pabra), no given name among the LOC items
        ("खेदड़ गांव निवासी अमित, जगदीप, विक्रम, पाबड़ा का सतवीर घायल हुए।",
         [("अमित", "PER"), ("जगदीप", "PER"), ("विक्रम", "PER"), ("पाबड़ा", "LOC")]),
        # a place of two words in the list: places, not persons
        ("मालवीय नगर, हौज रानी, साकेत में सील किया गया।", [("मालवीय नगर", "LOC"), ("हौज रानी", "PER"), ("साकेत", "LOC")]),
        # a KB place among the items
        ("कटक, जगदीप, अमित में आग लगी।", [("कटक", "LOC"), ("जगदीप", "PER"), ("अमित", "PER")]),
        # IL-NER saw the word as a place
        ("अमित, जगदीप, ताल की ओर गए।", [("अमित", "PER"), ("जगदीप", "PER"), ("ताल", "LOC")]),
        # only two items: no list to read
        ("अमित, सतबीर की मौत हो गई।", [("अमित", "PER"), ("सतबीर", "LOC")]),
        # an ORG among the items
        ("अमित, सतबीर, जगदीप, पुलिस पहुंची।", [("अमित", "PER"), ("सतबीर", "LOC"), ("जगदीप", "LOC"), ("पुलिस", "ORG")]),
        # words between the items, no list separator: a person, then places
        ("अमित की मौत सतबीर में हुई, जगदीप से आए थे।", [("अमित", "PER"), ("सतबीर", "LOC"), ("जगदीप", "LOC")]),
    ],
)
def test_listed_persons_guards(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)
