"""pipeline.refine, round 65 (issue 14: places on news nobody tuned on, spelt unlike the KB): an untagged word IL-NER
never saw, in a place's slot (`में`, `शहर`, `जिले`, `गांव`, `स्थित`, `के पास`, `से … तक`), that spells a KB place that
is no town another way (the same phonetic key, or with 4+ consonants the same skeleton and a near key) is LOC
(`kb_variant_places`); an untagged word IL-NER never saw, no KB place, ending like a settlement's name (`-पुरा`,
`-पुरी`, `-नगर`), in such a slot and after no determiner, is LOC (`suffix_places`). Hand-built lexicons, as
tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_refine import LEX, _place, _ws, refine_only

LEX65 = replace(LEX, places={
    **LEX.places,
    "पंचकुला": _place("पंचकुला", "Panchkula", "geonames", "city"),
    "सिओल": _place("सिओल", "Seoul", "cldr", "city"),
    "विशाखापट्टणम": _place("विशाखापट्टणम", "Visakhapatnam", "geonames", "city"),
    "मङ्गलूरु": _place("मङ्गलूरु", "Mangaluru", "geonames", "city"),
    "सुरत": _place("सुरत", "Surat", "geonames", "city"),
    "पेज": _place("पेज", "Page", "geonames", "town"),
    "चीन": _place("चीन", "China"),
}, function_words=LEX.function_words | {"में", "के", "पास", "से", "तक", "की", "ने", "को", "इस", "भी"})
# IL-NER saw `पंचकूला` outside names: a common word's reading (for the guard below)
LEX65_SEEN = replace(LEX65, words={**LEX65.words, "पंचकूला": _ws(10)})


def _run(sentences_of, text, spans, lex=LEX65, **params):
    return refine_only(sentences_of, text, spans, lex, **params)


CASES = [
    # covidnp_AU-2020-MAY-15-01 (paraphrased): the KB's `पंचकुला` spelt with a long `ू`, before `में`
    ("पंचकूला में भी कोरोना के केस थम नहीं रहे।", [], True, [("पंचकूला", "LOC")]),
    ("पंचकूला में भी कोरोना के केस थम नहीं रहे।", [], False, []),
    # covidnp_DJ-2020-ARP-03-02 (paraphrased): the KB's `सिओल` spelt `सीओल`
    ("शुक्रवार को सीओल में एक खेल परिसर में जांच हुई।", [], True, [("सीओल", "LOC")]),
    ("शुक्रवार को सीओल में एक खेल परिसर में जांच हुई।", [], False, []),
    # covidnp_PK-2020-MAR-09-01 (paraphrased): a near spelling of 4+ consonants (`मेंगलुरु`, KB `मङ्गलूरु`)
    ("सूत्रों ने बताया कि मेंगलुरु में दुबई से लौटा एक व्यक्ति संक्रमित मिला।", [], True, [("मेंगलुरु", "LOC")]),
    ("सूत्रों ने बताया कि मेंगलुरु में दुबई से लौटा एक व्यक्ति संक्रमित मिला।", [], False, []),
    # covidnp_DJ-2020-MAR-03-03 (paraphrased): `के पास` as the slot (`विशाखापतनम`, KB `विशाखापट्टणम`)
    ("नौसेना का अभ्यास विशाखापतनम के पास होना था।", [], True, [("विशाखापतनम", "LOC")]),
    ("नौसेना का अभ्यास विशाखापतनम के पास होना था।", [], False, []),
    # `से … तक` as the slot
    ("बसें पंचकूला से दिल्ली तक चलेंगी।", [], True, [("पंचकूला", "LOC")]),
    ("बसें पंचकूला से दिल्ली तक चलेंगी।", [], False, []),
    # guard: no place's slot after the word
    ("पंचकूला की पुलिस ने यह बताया।", [], True, []),
    # guard: IL-NER saw the word outside names
    ("पंचकूला में भी कोरोना के केस थम नहीं रहे।", [], "seen", []),
    # guard: a GeoNames town of the same key (`फेज`, a phase, and the town `पेज`)
    ("दूसरे फेज में काम शुरू होगा।", [], True, []),
    # guard (ednil_mumbai-fire-at-navrang-studio-in-mumbai-lower-parel-17383309-txt-xml, paraphrased): a near
    # spelling of 3 consonants, a typo of `शुरुआत`, is no `सुरत`
    ("इस माह के शुरआत में भी आग लगी थी।", [], True, []),
    # guard: the word is tagged already
    ("पंचकूला में भी कोरोना के केस थम नहीं रहे।", [("पंचकूला", "LOC")], True, [("पंचकूला", "LOC")]),
    # guard: the KB's own spelling is left to the other steps
    ("चीन में भी केस थम नहीं रहे।", [], True, []),
]


@pytest.mark.parametrize("text, spans, on, expected", CASES)
def test_kb_variant_places(sentences_of, text, spans, on, expected):
    if on == "seen":
        assert _run(sentences_of, text, spans, LEX65_SEEN, kb_variant_places=True) == expected
        return
    assert _run(sentences_of, text, spans, kb_variant_places=on) == sorted(expected)


@pytest.mark.parametrize("text, spans, on, expected", CASES)
def test_kb_variant_places_off(sentences_of, text, spans, on, expected):
    """Every case, guards too, with the switch off: the spans stay as they are."""
    lex = LEX65_SEEN if on == "seen" else LEX65
    assert _run(sentences_of, text, spans, lex, kb_variant_places=False) == sorted(spans)


SUFFIX_CASES = [
    # covidnp_DH-2020-MAY-07-01 (paraphrased): a quarter ending in `-पुरा`, before `में`
    ("अस्पताल से लौटे लोगों में नवाबपुरा में टीम पर हमला करने वाले भी थे।", [], True, [("नवाबपुरा", "LOC")]),
    ("अस्पताल से लौटे लोगों में नवाबपुरा में टीम पर हमला करने वाले भी थे।", [], False, []),
    # covidnp_NT-2020-MAR-14-01 (paraphrased): a quarter ending in `-पुरी`
    ("जनकपुरी में रहने वाली एक महिला संक्रमित मिली।", [], True, [("जनकपुरी", "LOC")]),
    ("जनकपुरी में रहने वाली एक महिला संक्रमित मिली।", [], False, []),
    # covidnp_DJ-2020-MAY-14-02 (paraphrased): a town ending in `-नगर`, after a place
    ("जब रेल की लाइन भी टाटानगर में नहीं बिछी थी।", [], True, [("टाटानगर", "LOC")]),
    ("जब रेल की लाइन भी टाटानगर में नहीं बिछी थी।", [], False, []),
    # guard (covidnp_PK-2020-APR-20-01, paraphrased): after a determiner, a common noun (`इस महानगर में`)
    ("इस महानगर में हालात गंभीर हो गए।", [], True, []),
    # guard: no place's slot after the word
    ("नवाबपुरा की टीम ने यह बताया।", [], True, []),
    # guard: IL-NER saw the word (in a name, here): the model's own reading stands
    ("नवाबपुरा में टीम पहुंची।", [], "seen", []),
    # guard: the ending alone, no stem of two letters
    ("पुर में टीम पहुंची।", [], True, []),
]
LEX65_SUFFIX_SEEN = replace(LEX65, words={**LEX65.words, "नवाबपुरा": _ws(2, 2, loc=2)})


@pytest.mark.parametrize("text, spans, on, expected", SUFFIX_CASES)
def test_suffix_places(sentences_of, text, spans, on, expected):
    lex = LEX65_SUFFIX_SEEN if on == "seen" else LEX65
    assert _run(sentences_of, text, spans, lex, suffix_places=bool(on)) == sorted(expected)


@pytest.mark.parametrize("text, spans, on, expected", SUFFIX_CASES)
def test_suffix_places_off(sentences_of, text, spans, on, expected):
    """Every case, guards too, with the switch off: the spans stay as they are."""
    lex = LEX65_SUFFIX_SEEN if on == "seen" else LEX65
    assert _run(sentences_of, text, spans, lex, suffix_places=False) == sorted(spans)
