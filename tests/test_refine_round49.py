"""pipeline.refine, round 49 (native Hindi COVID, crime and disaster reports): districts left untagged in a list of
tallies (`छिंदवाड़ा में 04, सतना में 02, धार में 06`), a district named like a common word (`धार`, `सागर`) or one the
KB lacks (`सतना`, `नागौर`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import fold_key
from tests.test_refine import LEX, _ws, refine_only

_LEX = replace(
    LEX,
    word_districts=frozenset(fold_key(w) for w in "धार सागर बस्ती".split()),
    words={**LEX.words, "धार": _ws(2), "सागर": _ws(12, 3, 0, 3, loc=3), "बस्ती": _ws(8, 2, 0, 2, loc=2),
           "नागौर": _ws(2), "जिनमें": _ws(103), "देश": _ws(719, 5, 3, 4, org=1, loc=4),
           fold_key("पीड़ितों"): _ws(40), "उसे": _ws(500), "भेजा": _ws(300)},
)


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, _LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_DJ-2020-ARP-17-03: Madhya Pradesh's district tallies; `सतना` the KB lacks, `धार` a common word
        ("इसके अलावा विदिशा में 13, छिंदवाड़ा में 04, सतना में 02, धार में 06, शिवपुरी में 02 मामले हैं।",
         [("विदिशा", "LOC"), ("छिंदवाड़ा", "LOC"), ("शिवपुरी", "LOC")], True,
         [("छिंदवाड़ा", "LOC"), ("धार", "LOC"), ("विदिशा", "LOC"), ("शिवपुरी", "LOC"), ("सतना", "LOC")]),
        ("इसके अलावा विदिशा में 13, छिंदवाड़ा में 04, सतना में 02, धार में 06, शिवपुरी में 02 मामले हैं।",
         [("विदिशा", "LOC"), ("छिंदवाड़ा", "LOC"), ("शिवपुरी", "LOC")], False,
         [("छिंदवाड़ा", "LOC"), ("विदिशा", "LOC"), ("शिवपुरी", "LOC")]),
        # a number word's duplicate as the count, the item opened by `एवं` after a listed place (`अलीराजपुर एवं सागर`)
        ("रीवा में दो, मंडला में तीन और बेतुल, अलीराजपुर एवं सागर में एक-एक मामले दर्ज किए गए हैं।",
         [("रीवा", "LOC"), ("मंडला", "LOC"), ("बेतुल", "LOC"), ("अलीराजपुर", "LOC")], True,
         [("अलीराजपुर", "LOC"), ("बेतुल", "LOC"), ("मंडला", "LOC"), ("रीवा", "LOC"), ("सागर", "LOC")]),
        # covidnp_PK-2020-APR-24-02: tallies with `से`; `नागौर` IL-NER saw twice, never in a name
        ("जिनमें जोधपुर से 20, जयपुर से 12, नागौर से 10 मरीज हैं।", [("जोधपुर", "LOC"), ("जयपुर", "LOC")], True,
         [("जयपुर", "LOC"), ("जोधपुर", "LOC"), ("नागौर", "LOC")]),
        # traps: a relative pronoun's `जिनमें से 55`; a common noun (`देश में 61`, `पीड़ितों में 32`); one LOC tally
        # only; a tally that opens no list item (after `कल`)
        ("दिल्ली में 903, मुंबई में 500 मामले हैं, जिनमें से 55 ठीक हो चुके हैं।", [("दिल्ली", "LOC"), ("मुंबई", "LOC")],
         True, [("दिल्ली", "LOC"), ("मुंबई", "LOC")]),
        ("दिल्ली में 9, मुंबई में 5, देश में 61 ऐसे जिले हैं।", [("दिल्ली", "LOC"), ("मुंबई", "LOC")], True,
         [("दिल्ली", "LOC"), ("मुंबई", "LOC")]),
        ("दिल्ली में 251 मामले, मुंबई में 40, पीड़ितों में 32 विदेशी हैं।", [("दिल्ली", "LOC"), ("मुंबई", "LOC")],
         True, [("दिल्ली", "LOC"), ("मुंबई", "LOC")]),
        ("दिल्ली में 5, सतना में 2, धार में 3 मामले हैं।", [("दिल्ली", "LOC")], True, [("दिल्ली", "LOC")]),
        ("दिल्ली में 5, मुंबई में 7 मामले थे जबकि कल सतना में 2 हुए।", [("दिल्ली", "LOC"), ("मुंबई", "LOC")], True,
         [("दिल्ली", "LOC"), ("मुंबई", "LOC")]),
    ],
)
def test_count_list_places(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, count_list_places=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # ednil_uttar-pradesh4-txt_16_08_2018-xml: the centre's place after its head and bracketed acronym, and
        # hyphenated to the acronym
        ("घायल महिला को सामुदायिक स्वास्थ्य केंद्र(सीएचसी)मेहदावल में भर्ती कराया।", [], True, [("मेहदावल", "LOC")]),
        ("घायल महिला को सामुदायिक स्वास्थ्य केंद्र(सीएचसी)मेहदावल में भर्ती कराया।", [], False, []),
        ("लोगों ने महिला को उपचार के लिए सीएचसी-मेहदावल पर पहुंचाया।", [], True, [("मेहदावल", "LOC")]),
        # covidnp_DH-2020-ARP-25-01, covidnp_DJ-2020-MAY-05-02: after the acronym; before it
        ("शनिवार को सीएचसी मसौधा में पांच नए मरीज भर्ती हुए।", [], True, [("मसौधा", "LOC")]),
        ("जीजा को भी पुलिस ने सेवरही सीएचसी के आइसोलेशन वार्ड में रखा है।", [], True, [("सेवरही", "LOC")]),
        # traps: a verb ends the sentence after the head (the place before it is taken); a compound postposition's noun before it; a genitive; a
        # title after it; a tagged place is left as it is
        ("घायलों को पुलिस ने सिकंदरा सीएचसी भिजवाया।", [], True, [("सिकंदरा", "LOC")]),
        ("पूछताछ के दरम्यान पीएचसी डॉ. हेसामुद्दीन के संपर्क में आए।", [("हेसामुद्दीन", "PER")], True,
         [("हेसामुद्दीन", "PER")]),
        ("युवक को वृंदावन की सीएचसी में रखा गया।", [("वृंदावन", "LOC")], True, [("वृंदावन", "LOC")]),
        ("उसे सीएचसी भेजा गया।", [], True, []),
    ],
)
def test_centre_places(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, centre_places=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_DJ-2020-MAR-15-01, bbchi_0048: a town's name ending in `सिटी`, tagged without it
        ("पटना सिटी के गायघाट मोहल्ले की घटना है।", [("पटना", "LOC")], True, [("पटना सिटी", "LOC")]),
        ("पटना सिटी के गायघाट मोहल्ले की घटना है।", [("पटना", "LOC")], False, [("पटना", "LOC")]),
        ("राजधानी मैक्सिको सिटी में मौजूद संवाददाता ने बताया।", [("मैक्सिको", "LOC")], True,
         [("मैक्सिको सिटी", "LOC")]),
        # traps: an office after a place's genitive; `सिटी` + a role; a person's span over `सिटी`; no LOC before it
        ("प्रयागराज के सिटी SP ने बताया।", [("प्रयागराज", "LOC")], True, [("प्रयागराज", "LOC")]),
        ("लखनऊ सिटी मजिस्ट्रेट ने बताया।", [("लखनऊ", "LOC")], True, [("लखनऊ", "LOC")]),
        ("घंटाघर पर एसपी सिटी श्वेता चौबे की टीम थी।", [("सिटी श्वेता चौबे", "PER")], True,
         [("सिटी श्वेता चौबे", "PER")]),
        ("आठ स्मार्ट सिटी वाले शहरों में काम हुआ।", [], True, []),
    ],
)
def test_city_names(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, city_names=on) == expected
