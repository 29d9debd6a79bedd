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


M2 = ("मोदी", "PER", "P_m")


@pytest.mark.parametrize("text,spec,want", [
    # (review of round 46) no quote opens the sentence: the quote after `मोदी ने कहा,` stays Modi's
    ("मोदी ने कहा, “हम जीतेंगे,” राहुल ने कहा, “नहीं।”", [M, R], [("मोदी", "P_m", "हम जीतेंगे")]),
    ("मोदी ने कहा, “हम जीतेंगे,” राहुल ने कहा।", [M, R], [("मोदी", "P_m", "हम जीतेंगे")]),
    ("मोदी ने कहा, “हम जीतेंगे,” इसके बाद राहुल ने कहा कि नहीं।", [M, R], [("मोदी", "P_m", "हम जीतेंगे")]),
    # a relative or connective opens the next clause: Rahul's own report, Modi's quote kept
    ("मोदी ने कहा, “हम जीतेंगे,” जिसके जवाब में राहुल ने कहा कि ऐसा नहीं होगा।", [M, R],
     [("मोदी", "P_m", "हम जीतेंगे"), ("राहुल", "P_r", "ऐसा नहीं होगा")]),
    # the second cue has a content of its own (कि): the middle quote is Modi's
    ("“हम जीतेंगे,” मोदी ने कहा, “आप हारेंगे,” राहुल ने कहा कि यह गलत है।", [M, R],
     [("मोदी", "P_m", "हम जीतेंगे"), ("मोदी", "P_m", "आप हारेंगे"), ("राहुल", "P_r", "यह गलत है")]),
])
def test_claims_round46_review_quote_owned_after(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.content) for c in claims] == want


@pytest.mark.parametrize("text,spec,want", [
    # (review of round 46) no owner of an object or event, no genitive chain, no compound postposition
    ("ट्रंप के खिलाफ प्रदर्शन, कहा- इस्तीफा दो", [("ट्रंप", "PER", "P_t")], []),
    ("मोदी का पुतला जलाया, कहा- विरोध जारी रहेगा", [M2], []),
    ("मोदी के घर पर हमला, कहा- विरोध जारी रहेगा", [M2], []),
    ("राहुल का मोदी के खिलाफ मोर्चा, कहा- विरोध जारी रहेगा", [M2, R], []),
    ("सोनिया गांधी की मौत की अफवाह, कहा- यह झूठ है", [("सोनिया गांधी", "PER", "P_s")], []),
    ("सोनिया गांधी की चिट्ठी, कहा- मदद करें", [("सोनिया गांधी", "PER", "P_s")], [("सोनिया गांधी", "P_s", "मदद करें")]),
    # only a headline (the story's first sentence): a body sentence's clause has a subject of its own
    ("वे दिल्ली पहुंचे। मोदी के खिलाफ नारे लगाए, कहा- कानून वापस लो", [M2], []),
    ("वे दिल्ली पहुंचे। मोदी का एलान, कहा- कानून वापस होगा", [M2], []),
    # a line of its own with no full stop is a headline too (a related story's, in a page's link list)
    ("वे दिल्ली पहुंचे।\nमोदी का एलान, कहा- कानून वापस होगा\nऔर खबरें", [M2], [("मोदी", "P_m", "कानून वापस होगा")]),
])
def test_claims_round46_review_headline_subject(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.content) for c in claims] == want


@pytest.mark.parametrize("text,spec,want", [
    # (review of round 46) a को object before the habitual cue: naming (`X को लोग शोमैन कहा करते थे`), no report
    ("राज कपूर को लोग शोमैन कहा करते थे, “वह महान थे।”", [("राज कपूर", "PER", "P_r")], []),
    # the nasal plural `करतीं` (cues-v34 rows)
    ("मायावती कहा करतीं थीं कि स्मारक ज़रूरी हैं।", [("मायावती", "PER", "P_y")],
     [("मायावती", "P_y", "स्मारक ज़रूरी हैं")]),
])
def test_claims_round46_review_habitual(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.content) for c in claims] == want
