"""pipeline/claims.py, claims round 46 (corpus/news sample seed 2008): two quoted reports in one sentence
(`“A,” मोदी ने कहा, “B,” राहुल ने कहा।`): the quote after the first cue's comma that has its own subject and ne-cue
right after it is that second speaker's, not the first's. Same hand-built records as tests/test_claims.py."""
from __future__ import annotations

import pytest

from tests.test_claims import check_offsets, run

M = ("मोदी", "PER", "P_m")
R = ("राहुल", "PER", "P_r")


@pytest.mark.parametrize("text,spec,want", [
    ("“हम जीतेंगे,” मोदी ने कहा, “हम हारेंगे नहीं,” राहुल ने कहा।", [M, R],
     [("मोदी", "P_m", "कहा", "हम जीतेंगे", "direct"), ("राहुल", "P_r", "कहा", "हम हारेंगे नहीं", "direct")]),
    ('"चुनाव जल्द होंगे," मोदी ने बताया, "हम तैयार हैं," कांग्रेस नेता राहुल ने जवाब दिया।', [M, R],
     [("मोदी", "P_m", "बताया", "चुनाव जल्द होंगे", "direct"), ("राहुल", "P_r", "जवाब दिया", "हम तैयार हैं", "direct")]),
    # not another's: the quote after the comma is followed by no subject and cue of its own (round 45's split quote)
    ("“हम जीतेंगे,” मोदी ने कहा, “और हम हारेंगे नहीं।”", [M],
     [("मोदी", "P_m", "कहा", "हम जीतेंगे", "direct"), ("मोदी", "P_m", "कहा", "और हम हारेंगे नहीं", "direct")]),
])
def test_claims_round46_second_quoted_report(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    got = [(c.speaker_text, c.speaker_entity_id, c.cue, c.content, c.quote_type) for c in claims]
    assert got == want


@pytest.mark.parametrize("text,spec,want", [
    # a headline's `<subject>, कहा- C` with no ने: the genitive owner of an announcement, a named person at the
    # clause's end, an unnamed group (cues-v34 `प्रवासी`)
    ("तेजस्वी यादव का बड़ा एलान, कहा- मजदूरों के लिए 50 ट्रेनों का इंतजाम करेंगे", [("तेजस्वी यादव", "PER", "P_t")],
     [("तेजस्वी यादव", "P_t", "कहा", "मजदूरों के लिए 50 ट्रेनों का इंतजाम करेंगे", "indirect")]),
    ("टिड्डियां खा रहा था शख्स, भड़कीं प्रियंका चोपड़ा की बहन मीरा, कहा- 'यह गलत है'",
     [("प्रियंका चोपड़ा", "PER", "P_p"), ("मीरा", "PER", "P_m")],
     [("मीरा", "P_m", "कहा", "यह गलत है", "direct")]),
    ("लॉकडाउन हुआ फेल, स्टेशन पर इकट्ठा हुए हजारों प्रवासी, कहा- हमें घर जाना है", [],
     [("प्रवासी", None, "कहा", "हमें घर जाना है", "indirect")]),
    # not the owner of a relative: the sister is untagged, her sister's name is no speaker
    ("टिड्डियां खा रहा था शख्स, भड़कीं प्रियंका चोपड़ा की बहन मीरा, कहा- 'यह गलत है'", [("प्रियंका चोपड़ा", "PER", "P_p")], []),
])
def test_claims_round46_headline_subject(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    got = [(c.speaker_text, c.speaker_entity_id, c.cue, c.content, c.quote_type) for c in claims]
    assert got == want


@pytest.mark.parametrize("text,spec,want", [
    # (cues-v34) the habitual `कहा/बताया करते थे कि` (used to say that)
    ("राज कपूर हमेशा कहा करते थे कि फ़िल्में सपना हैं।", [("राज कपूर", "PER", "P_r")],
     [("राज कपूर", "P_r", "कहा", "फ़िल्में सपना हैं", "indirect")]),
    ("मायावती कहा करती थीं कि स्मारक ज़रूरी हैं।", [("मायावती", "PER", "P_m")],
     [("मायावती", "P_m", "कहा", "स्मारक ज़रूरी हैं", "indirect")]),
    # framed: no कि, colon or quote after it, no claim (`X को चाचा कहा करता था`: naming)
    ("राज कपूर उसे चाचा कहा करते थे और हँसते थे।", [("राज कपूर", "PER", "P_r")], []),
])
def test_claims_round46_habitual(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    got = [(c.speaker_text, c.speaker_entity_id, c.cue, c.content, c.quote_type) for c in claims]
    assert got == want
