"""pipeline.refine, round 77 (issue 14: PER on news nobody tuned on): the name of a prize or a fund named after a person
or an office is tagged PER (`[अर्जुन]P अवार्ड`, `[राजीव गांधी]P खेल रत्न पुरस्कार`, `मुख्यमंत्री [राहत कोष]P`,
`पीएम- [केयर्स]P फंड`). A prize's is dropped (no entity), a fund's is an ORG with its head and a title before it; where
the story tags the same last name word PER elsewhere, nothing changes (`named_prizes`). Hand-built lexicons, as
tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_refine import LEX, refine_only

R77 = replace(LEX, function_words=LEX.function_words | {"के", "को", "का", "की", "से", "में", "लिए", "इस", "साल", "है",
                                                        "गया", "ने", "नाम", "भी", "दिया", "वे", "कर"})

ON = {"named_prizes": True}


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, R77, **(ON if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # bbchi_0019: the prize's head inside the PER span
        ("युवराज सिंह को इस साल अर्जुन अवार्ड के लिए नामांकित किया गया है।",
         [("युवराज सिंह", "PER"), ("अर्जुन अवार्ड", "PER")], [("युवराज सिंह", "PER")]),
        # the head right after the span
        ("युवराज सिंह को अर्जुन अवार्ड मिला।", [("युवराज सिंह", "PER"), ("अर्जुन", "PER")], [("युवराज सिंह", "PER")]),
        # bbchi_0330: two untagged words between the name and the prize's head
        ("बीनामोल का नाम राजीव गांधी खेल रत्न पुरस्कार के लिए भेजा गया।", [("बीनामोल", "PER"), ("राजीव गांधी", "PER")],
         [("बीनामोल", "PER")]),
        # covidnp_DH-2020-ARP-28-01: a fund named after an office is ORG, the title joins it
        ("हमने पहले ही मुख्यमंत्री राहत कोष से 250 करोड़ रुपये जारी कर दिए हैं।", [("राहत कोष", "PER")],
         [("मुख्यमंत्री राहत कोष", "ORG")]),
        # covidnp_AU-2020-MAR-28-01: the head after the span, `पीएम-` before it
        ("वे कृपया कर पीएम- केयर्स फंड में योगदान करें।", [("केयर्स", "PER")], [("पीएम- केयर्स फंड", "ORG")]),
        # ... the name in brackets, the head after them
        ("'प्रधानमंत्री नागरिक सहायता निधि' (पीएम- केयर्स) कोष का गठन किया है।", [("केयर्स", "PER")],
         [("पीएम- केयर्स", "ORG")]),
        # covidnp_DH-2020-MAR-28-01: after a genitive, no title before it
        ("पीएम मोदी के केयर्स फंड की घोषणा के बाद", [("मोदी", "PER"), ("केयर्स", "PER")],
         [("मोदी", "PER"), ("केयर्स फंड", "ORG")]),
    ],
)
def test_named_prizes(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switch off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # guard (bbchi_0330): the story tags the same last name word PER elsewhere: a person before `पुरस्कार समिति`
        ("भागवत का नाम भी विवाद में आया। अंजलि आर.भागवत पुरस्कार समिति की सदस्य बनीं।",
         [("भागवत", "PER"), ("अंजलि आर.भागवत", "PER")]),
        # guard: a function word between the person and the prize (`को`): the person receives it
        ("सिंधु को पुरस्कार दिया गया।", [("सिंधु", "PER")]),
        # guard: a mark between
        ("सिंधु, पुरस्कार समारोह में थीं।", [("सिंधु", "PER")]),
        # guard: a fund's head two words on is no name's head
        ("सिंधु राहत फंड में", [("सिंधु", "PER")]),
        # guard: the head already inside a span
        ("पीएम- केयर्स फंड में", [("केयर्स", "PER"), ("फंड", "ORG")]),
        # guard: a one-word PER span that is a head itself
        ("पुरस्कार मिला।", [("पुरस्कार", "PER")]),
    ],
)
def test_named_prizes_stay(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)
