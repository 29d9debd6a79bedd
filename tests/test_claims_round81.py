"""pipeline/claims.py, claims round 81 (corpus/news sample seed 2044: 8 native articles of corpus/news with a crime or
disaster word and a reporting verb, gold and held-out excluded, every claim listed first; the class fixed was read over
the whole corpus):
- `claims.demonstrative_line`: a demonstrative report (`X ने यह जानकारी दी।`, `यह जानकारी X ने दी।`, `X ने इसकी जानकारी
  मीडिया को दी।`) that opens its line reports the last sentence of the line before, where a single line break (no
  blank line) parts them and that sentence ends in a sentence mark (`… इस्तीफा दे दिया।` + a line break + `अमेरिकी रक्षा
  मंत्री मार्क एस्पर ने यह जानकारी दी।` -> Esper, the line before); before, no claim (a line break was a paragraph's end).
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims import ClaimsParams, load_cues
from tests.test_claims import MODELS, P, checked

V55 = replace(P, cues="cues-v55")
LEX55 = load_cues(MODELS, V55)
OFF = replace(V55, fronted_channel=True, demonstrative_channel=True, demonstrative_quoted_name=True)
ON = replace(OFF, demonstrative_line=True)
ESPER = ("मार्क एस्पर", "PER", "P_esper")
AGARWAL = ("लव अग्रवाल", "PER", "P_agarwal")
SINGH = ("एन बीरेन सिंह", "PER", "P_singh")
MODLY = ("थॉमस मोडली", "PER", "P_modly")


def run(text, spec=(), p=ON, lex=LEX55):
    return checked(text, spec, p, lex)


def got(claims):
    return sorted((c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type)
                  for c in claims)


def test_claims_round81_default_off():
    assert ClaimsParams().demonstrative_line is False


RESIGNED = "अमेरिका के कार्यवाहक नौसेना प्रमुख थॉमस मोडली ने मंगलवार को इस्तीफा दे दिया"
SHIP = ("विमान वाहक पोत ‘यूएसएस थियोडोर रूजवेल्ट’ पर कोरोना वायरस की स्थिति से निपटने के बाद अमेरिका के कार्यवाहक नौसेना"
        " प्रमुख थॉमस मोडली ने मंगलवार को इस्तीफा दे दिया")
CASES = "देश में कोरोना वायरस से संक्रमित लोगों की संख्या बढ़कर 7529 हो गई है"
MANIPUR = "मणिपुर में कोरोना वायरस का दूसरा मरीज भी पूरी तरह ठीक हो गया है"

LINE = [
    # (round 81) the line before, one line break (covidnp_AU-2020-ARP-09-02)
    (f"{RESIGNED}।\nअमेरिकी रक्षा मंत्री मार्क एस्पर ने यह जानकारी दी।", [MODLY, ESPER],
     ("मार्क एस्पर", "P_esper", "named", "जानकारी दी", RESIGNED, "indirect")),
    # with round 68's short quoted name in it
    (f"{SHIP}।\nअमेरिकी रक्षा मंत्री मार्क एस्पर ने यह जानकारी दी।", [MODLY, ESPER],
     ("मार्क एस्पर", "P_esper", "named", "जानकारी दी", SHIP, "indirect")),
    # a danda-ended line before, a date between subject and object
    (f"{CASES}।\nसंयुक्त सचिव लव अग्रवाल ने शनिवार को यह जानकारी दी।", [AGARWAL],
     ("लव अग्रवाल", "P_agarwal", "named", "जानकारी दी", CASES, "indirect")),
    # the fronted object (`यह जानकारी X ने दी`)
    (f"{CASES}।\nयह जानकारी संयुक्त सचिव लव अग्रवाल ने दी।", [AGARWAL],
     ("लव अग्रवाल", "P_agarwal", "named", "दी", CASES, "indirect")),
    # round 80's channel between object and verb
    (f"{MANIPUR}।\nमुख्यमंत्री एन बीरेन सिंह ने यह जानकारी ट्वीट करके दी।", [SINGH],
     ("एन बीरेन सिंह", "P_singh", "named", "दी", MANIPUR, "indirect")),
]


@pytest.mark.parametrize("text,spec,expected", LINE)
def test_demonstrative_line(text, spec, expected):
    assert got(run(text, spec)) == [expected]
    assert got(run(text, spec, p=OFF)) == []


SUSPECT = "गांव में एक संदिग्ध व्यक्ति देर रात तक घूम रहा था"
NO_CHANGE = [
    # a blank line (a paragraph's end) stays a boundary
    (f"{RESIGNED}।\n\nअमेरिकी रक्षा मंत्री मार्क एस्पर ने यह जानकारी दी।", [MODLY, ESPER], []),
    # a headline (no sentence mark) is not reported
    (f"अमेरिकी नौसेना के प्रमुख थॉमस मोडली ने दिया इस्तीफा\nअमेरिकी रक्षा मंत्री मार्क एस्पर ने यह जानकारी दी।",
     [MODLY, ESPER], []),
    # the police told of an event stays no report, on its own line as in the same one
    (f"{SUSPECT}।\nस्थानीय लोगों ने इसकी जानकारी पुलिस को दी।", [], []),
    # a line that opens with a narrative step: telling someone next, no report (covidnp_AU-2020-MAR-14-05)
    ("डॉक्टर ने इलाज शुरू किया, लेकिन जांच नहीं कराई।\nइसके बाद ग्राम प्रधान ने इसकी सूचना सामुदायिक स्वास्थ्य केंद्र"
     " मुस्तफाबाद में दी।", [], []),
    (f"{RESIGNED}।\nफिर अमेरिकी रक्षा मंत्री मार्क एस्पर ने यह जानकारी दी।", [MODLY, ESPER], []),
    # not a demonstrative object: the report's own content
    (f"{RESIGNED}।\nअमेरिकी रक्षा मंत्री मार्क एस्पर ने कहा कि नौसेना मजबूत है।", [MODLY, ESPER],
     [("मार्क एस्पर", "P_esper", "named", "कहा", "नौसेना मजबूत है", "indirect")]),
    # the same line: read before the round and the same now
    (f"{RESIGNED}। अमेरिकी रक्षा मंत्री मार्क एस्पर ने यह जानकारी दी।", [MODLY, ESPER],
     [("मार्क एस्पर", "P_esper", "named", "जानकारी दी", RESIGNED, "indirect")]),
]


@pytest.mark.parametrize("text,spec,expected", NO_CHANGE)
def test_no_change(text, spec, expected):
    assert got(run(text, spec)) == expected
    assert got(run(text, spec, p=OFF)) == expected
