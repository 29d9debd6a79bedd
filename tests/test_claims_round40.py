"""pipeline/claims.py, claims round 40 (translated international news, seed 2002): a pronoun whose direct quote gives
its speaker a gender by first-person verbs (`मैं … सकती हूँ`, `मैं … करता था`) stands for a person of that gender.
Same hand-built records as tests/test_claims.py (a file of its own, so that rounds working on claims.py at the same
time do not edit one file's end)."""
from __future__ import annotations

import pytest

from pipeline.claims import _quote_speaker_gender
from tests.test_claims import check_offsets, run


@pytest.mark.parametrize("quote,want", [
    ("यह इस सप्ताह हो सकता है, मैं देख सकती हूँ कि बैठक टल सकती है", "F"),
    ("लेकिन हम देखेंगे और मैं हमेशा प्रेस को अपडेट रखना पसंद करती हूँ", "F"),
    ("मैं भी आपके सामने यहीं खड़ी हूँ", "F"),
    ("मैं जानता हूँ कि उन्हें युद्ध विजेता के रूप में जाना जाता है", "M"),
    ("मैं आम तौर पर रोता नहीं हूँ", "M"),
    ("मैं बहुत स्पष्ट रहा हूँ कि यह तरीका नहीं है", "M"),
    # no gendered first person: the verb after कि is another clause's, and `हम`/`मुझे` have none
    ("मैं चाहूँगा", None),
    ("मैं मानता हूं कि वह आई थी", "M"),
    ("मुझे लगता है कि वह आई थी", None),
    ("हम बहुत खुश हैं", None),
    # both genders: none
    ("मैं जानता हूँ और मैं मानती हूँ", None),
])
def test_claims_round40_quote_speaker_gender(quote, want):
    assert _quote_speaker_gender(quote) == want


SANDERS = ("सारा सैंडर्स", "PER", "P_ss")
ROSENSTEIN = ("रोसेनस्टीन", "PER", "P_rr")
TRUMP = ("ट्रम्प", "PER", "P_dt")


@pytest.mark.parametrize("text,spec,want", [
    # a feminine first person in the quote: the woman whose own clause has a feminine verb (`नज़र आईं`), not the
    # name of unknown gender that only modifies a noun in the pronoun's sentence (`रोसेनस्टीन बैठक`)
    ('ट्रम्प ने कहा कि वे रोसेनस्टीन को नहीं हटाएंगे। ट्रंप की प्रेस सचिव सारा सैंडर्स, टीवी पर रविवार को नज़र आईं। '
     'रोसेनस्टीन बैठक के बारे में पूछे जाने पर उसने कहा: "तिथि तय नहीं है, मैं देख सकती हूँ कि बैठक टल सकती है।"',
     [TRUMP, SANDERS, ROSENSTEIN], "P_ss"),
    # a masculine first person: not the woman who told the story, the man who came and wrote
    ('ऋतु नंदा बताती हैं कि 1993 में जब बोरिस येल्तसिन भारत आए तो उन्होंने उनकी किताब पर एक नोट लिखा, '
     '"मैं आपके पिता से प्रेम करता था।"',
     [("ऋतु नंदा", "PER", "P_rn"), ("बोरिस येल्तसिन", "PER", "P_by"), ("भारत", "LOC", "L_in")], "P_by"),
])
def test_claims_round40_quote_gender_picks_the_antecedent(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert claims[-1].quote_type == "direct"
    assert claims[-1].speaker_entity_id == want


@pytest.mark.parametrize("text,spec,want", [
    # a woman of unknown gender who spoke before stays the speaker over a woman named earlier
    ('पार्टी में गायक कनिका कपूर भी मौजूद थीं। अनुप्रिया पटेल ने एक ट्वीट में कहा कि वह सांसद से मिली थीं। '
     'उन्होंने ट्वीट कर कहा, "कल एक कार्यक्रम में मैं मौजूद थी।"',
     [("कनिका कपूर", "PER", "P_kk"), ("अनुप्रिया पटेल", "PER", "P_ap")], "P_ap"),
    # a name before a plain noun modifies it (`बुश हाउस`): no subject of the masculine verb after it
    ('एक बार जब राज कपूर लंदन में बीबीसी के बुश हाउस दफ़्तर में आए थे तो उन्होंने कहा, "मैं अपनी दो तस्वीरें ले कर रूस गया था।"',
     [("राज कपूर", "PER", "P_rk"), ("लंदन", "LOC", "L_l"), ("बीबीसी", "ORG", "O_b"), ("बुश", "PER", "P_gb")], "P_rk"),
    # no gendered first person: unchanged (the latest subject)
    ('ऋतु नंदा बताती हैं कि बोरिस येल्तसिन भारत आए। उन्होंने कहा, "हम खुश हैं।"',
     [("ऋतु नंदा", "PER", "P_rn"), ("बोरिस येल्तसिन", "PER", "P_by"), ("भारत", "LOC", "L_in")], None),
])
def test_claims_round40_quote_gender_keeps_speakers_and_modifiers(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    if want is not None:
        assert claims[-1].speaker_entity_id == want
    else:
        assert claims[-1].speaker_entity_id in ("P_rn", "P_by")


def test_claims_round40_quote_gender_can_be_switched_off():
    from pipeline.claims import ClaimsParams
    text = ('ट्रम्प ने कहा कि वे रोसेनस्टीन को नहीं हटाएंगे। ट्रंप की प्रेस सचिव सारा सैंडर्स, टीवी पर रविवार को नज़र आईं। '
            'रोसेनस्टीन बैठक के बारे में पूछे जाने पर उसने कहा: "तिथि तय नहीं है, मैं देख सकती हूँ कि बैठक टल सकती है।"')
    claims = run(text, [TRUMP, SANDERS, ROSENSTEIN], p=ClaimsParams(quote_gender=False))
    assert claims[-1].speaker_entity_id != "P_ss"


@pytest.mark.parametrize("text,spec,want", [
    # cues-v30: `X ने यह/ये कहकर <verb phrase> कि …`: what X said, saying it while doing something; the cue `कहकर`
    ("मुलायम सिंह ने ये कहकर विपक्षी दलों की आस बढ़ा दी कि एफ़डीआई से देश में बेरोज़गारी बढ़ेगी।",
     [("मुलायम सिंह", "PER", "P_ms")], [("मुलायम सिंह", "P_ms", "कहकर", "एफ़डीआई से देश में बेरोज़गारी बढ़ेगी")]),
    ("एक अधिकारी ने तो यह कहकर पल्ला झाड़ लिया कि कोई बड़ा इश्यू नहीं है।", [],
     [("अधिकारी", None, "कहकर", "कोई बड़ा इश्यू नहीं है")]),
    ("रूचिका चौधरी ने यह कह कर अपनी शादी टाल दी कि अभी उसकी ड्यूटी अस्पताल में है।", [("रूचिका चौधरी", "PER", "P_rc")],
     [("रूचिका चौधरी", "P_rc", "कह कर", "अभी उसकी ड्यूटी अस्पताल में है")]),
    # ... no कि after the verb phrase (or a genitive की), or no demonstrative: no claim
    ("मुलायम सिंह यह कहकर चले गए।", [("मुलायम सिंह", "PER", "P_ms")], []),
    ("मुलायम सिंह ने यह कहकर दलों की आस बढ़ा दी।", [("मुलायम सिंह", "PER", "P_ms")], []),
    ("वो उन सबका नौटंकीवाला कहकर मज़ाक उड़ाते थे।", [], []),
])
def test_claims_round40_saying_participle_before_a_verb_phrase(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.cue, c.content) for c in claims] == want
