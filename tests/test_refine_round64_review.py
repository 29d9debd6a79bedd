"""pipeline.refine, review of entities rounds 64, 65 and 66 (a blind second reader, precision first): `compass_regions`
keeps a state that no longer exists named with a compass adjective (`पूर्वी जर्मनी`, former_states.txt:
`compass_former_states`); `suffix_places` leaves a word that spells a common word of the training data another way
(`बरबाद`, a typo of `बर्बाद`: `settlement_common_variants`) and a name written twice, glued by a lost line break
(`शाहजहांपुरशाहजहांपुर`: `settlement_doubles`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_refine import LEX, _place, _ws, refine_only

REV = replace(
    LEX,
    places={**LEX.places,
            "क्यूबा": _place("क्यूबा", "Cuba"),
            "जर्मनी": _place("जर्मनी", "Germany"),
            "पाकिस्तान": _place("पाकिस्तान", "Pakistan")},
    words={**LEX.words, "बर्बाद": _ws(40)},  # "ruined": common, never in a name
    former_states=frozenset({("पूर्वी", "जर्मनी"), ("पूर्वी", "पाकिस्तान")}),
    function_words=LEX.function_words | {"में", "के", "से", "तक", "की", "ने", "को", "इस", "भी", "गए"},
)


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, REV, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # a trap of the review (no article): East Germany, a state of former_states.txt, is no region of Germany
        ("पूर्वी जर्मनी में लोग सड़कों पर उतरे।", [("पूर्वी जर्मनी", "LOC")], True, [("पूर्वी जर्मनी", "LOC")]),
        ("पूर्वी जर्मनी में लोग सड़कों पर उतरे।", [("पूर्वी जर्मनी", "LOC")], False, [("जर्मनी", "LOC")]),
        ("1971 से पहले पूर्वी पाकिस्तान में चुनाव हुए।", [("पूर्वी पाकिस्तान", "LOC")], True,
         [("पूर्वी पाकिस्तान", "LOC")]),
        ("1971 से पहले पूर्वी पाकिस्तान में चुनाव हुए।", [("पूर्वी पाकिस्तान", "LOC")], False, [("पाकिस्तान", "LOC")]),
        # guard (ednil_navbharat_2008_9_1_3430586, paraphrased): a region of a country is still cut, on or off
        ("तूफान के कारण पश्चिमी क्यूबा में भारी तबाही हुई।", [("पश्चिमी क्यूबा", "LOC")], True, [("क्यूबा", "LOC")]),
        ("तूफान के कारण पश्चिमी क्यूबा में भारी तबाही हुई।", [("पश्चिमी क्यूबा", "LOC")], False, [("क्यूबा", "LOC")]),
    ],
)
def test_compass_former_states(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, compass_regions=True, compass_former_states=on) == sorted(expected)


def test_compass_former_states_needs_compass_regions(sentences_of):
    """The switch only narrows `compass_regions`: with that off the span stays as the model tagged it."""
    text = "पूर्वी जर्मनी में लोग सड़कों पर उतरे।"
    spans = [("पूर्वी जर्मनी", "LOC")]
    assert _run(sentences_of, text, spans, compass_former_states=True) == spans


@pytest.mark.parametrize(
    "text, on, expected",
    [
        # a trap of the review (no article): a typo of the common `बर्बाद` ("ruined") before `में` is no town
        ("बाढ़ से किसान बरबाद में फंस गए।", True, []),
        ("बाढ़ से किसान बरबाद में फंस गए।", False, [("बरबाद", "LOC")]),
        # guard (covidnp_DH-2020-MAY-07-01, paraphrased): a quarter whose key is no common word's stays LOC
        ("लौटे लोगों में नवाबपुरा में टीम पर हमला करने वाले भी थे।", True, [("नवाबपुरा", "LOC")]),
        ("लौटे लोगों में नवाबपुरा में टीम पर हमला करने वाले भी थे।", False, [("नवाबपुरा", "LOC")]),
    ],
)
def test_settlement_common_variants(sentences_of, text, on, expected):
    assert _run(sentences_of, text, [], suffix_places=True, settlement_common_variants=on) == sorted(expected)


@pytest.mark.parametrize(
    "text, on, expected",
    [
        # covidnp_NT-2020-MAY-14-01 (paraphrased): a dateline glued to the headline's place, the name written twice
        ("वायरस शाहजहांपुरशाहजहांपुर में नया मामला आया।", True, []),
        ("वायरस शाहजहांपुरशाहजहांपुर में नया मामला आया।", False, [("शाहजहांपुरशाहजहांपुर", "LOC")]),
        # guard (covidnp_NT-2020-MAR-14-01, paraphrased): a quarter's name written once stays LOC
        ("जनकपुरी में रहने वाली एक महिला संक्रमित मिली।", True, [("जनकपुरी", "LOC")]),
        ("जनकपुरी में रहने वाली एक महिला संक्रमित मिली।", False, [("जनकपुरी", "LOC")]),
    ],
)
def test_settlement_doubles(sentences_of, text, on, expected):
    assert _run(sentences_of, text, [], suffix_places=True, settlement_doubles=on) == sorted(expected)


@pytest.mark.parametrize("switch", ["settlement_common_variants", "settlement_doubles"])
def test_settlement_guards_need_suffix_places(sentences_of, switch):
    """The guards only narrow `suffix_places`: with that off no word is tagged."""
    assert _run(sentences_of, "बाढ़ से किसान बरबाद में फंस गए।", [], **{switch: True}) == []
    assert _run(sentences_of, "वायरस शाहजहांपुरशाहजहांपुर में नया मामला आया।", [], **{switch: True}) == []
