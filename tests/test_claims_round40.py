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


# --- review of round 40 -------------------------------------------------------------------------------------------
SU = ("सुनीता शर्मा", "PER", "P_su")
RK = ("राकेश कुमार", "PER", "P_rk")
FILL = "गांव में बारिश हो रही थी।"  # (a sentence of no one: the sentence before the pronoun is about no person)
Q_F = 'उन्होंने कहा, "मैं वहां जा सकती हूँ।"'
Q_M = 'उन्होंने कहा, "मैं यह जानता हूँ।"'


@pytest.mark.parametrize("quote,want", [
    # a verb of the first person's own clause, not of the clause after `तो`/`तब` or of a noun's participle
    ("मैं घर पहुंचा तो मां रो रही थी", "M"),
    ("मैं जब छोटा था तब मेरी माँ कहती थी", "M"),
    ("मैं एक रोती हुई बच्ची से मिला", "M"),
    ("मैं उसकी आंखों में चमकती खुशी देख रहा था", "M"),
    ("मैं खड़ी चढ़ाई चढ़ रहा था", "M"),
    # a मैं another's ergative reports after कि is that one's, not the quote's speaker
    ("मेरी पत्नी ने मुझसे कहा कि मैं जा सकती हूँ", None),
    ("मैंने उनसे कहा कि मैं जा सकती हूँ", "F"),
    # the modal at the clause's end, a participle before its auxiliary
    ("मैं अब कुछ नहीं कर सकती", "F"),
    ("मैं उस दिन बहुत खुश हुई थी", "F"),
    ("मैं वहां अकेली थी", "F"),
    # a new subject ends the first person's clause
    ("मैं घर में था, मेरी बेटी रो रही थी", "M"),
    ("मैं मानता हूँ", "M"),
    ("मैं देर से पहुंचा और वह जा चुकी थी", "M"),
])
def test_claims_round40_review_first_person_clause(quote, want):
    assert _quote_speaker_gender(quote) == want


@pytest.mark.parametrize("quote", [
    "मैं घर पहुंचा तो मां रो रही थी", "मैं एक रोती हुई बच्ची से मिला", "मेरी पत्नी ने मुझसे कहा कि मैं जा सकती हूँ",
])
def test_claims_round40_review_quote_of_a_man_keeps_the_latest_subject(quote):
    text = (f'सुनीता शर्मा ने कहा कि स्कूल बंद रहेगा। राकेश कुमार बताते हैं कि वे कल गांव गए थे। {FILL} '
            f'उन्होंने कहा, "{quote}"')
    assert check_offsets(text, run(text, [SU, RK]))[-1].speaker_entity_id == "P_rk"


@pytest.mark.parametrize("middle", [
    # no feminine perfective: an ordinal, an emphatic pronoun, the typo कईं
    "राकेश कुमार दसवीं कक्षा में हैं।", "राकेश कुमार 12वीं कक्षा में हैं।", "राकेश कुमार नौवीं कक्षा में हैं।",
    "राकेश कुमार उन्हीं लोगों के बीच हैं।", "राकेश कुमार इन्हीं दिनों गांव में हैं।",
    "राकेश कुमार कईं बार गांव में रहे हैं।",
])
def test_claims_round40_review_subject_gender_needs_a_feminine_verb(middle):
    text = f"सुनीता शर्मा ने कहा कि स्कूल बंद रहेगा। {middle} {FILL} {Q_F}"
    assert check_offsets(text, run(text, [SU, RK]))[-1].speaker_entity_id == "P_su"


@pytest.mark.parametrize("middle", [
    # no masculine perfective of hers: the idiom `आए दिन`, a passive participle's `गए`, a relative clause's verb
    "सुनीता शर्मा आए दिन गांव में रहती हैं।", "सुनीता शर्मा कल भेजे गए दल में हैं।",
    "सुनीता शर्मा, जिनके बेटे पिछले साल सेना में गए, गांव में हैं।",
])
def test_claims_round40_review_subject_gender_needs_her_masculine_verb(middle):
    text = f"राकेश कुमार ने कहा कि स्कूल बंद रहेगा। {middle} {FILL} {Q_M}"
    assert check_offsets(text, run(text, [SU, RK]))[-1].speaker_entity_id == "P_rk"


@pytest.mark.parametrize("text,want", [
    # a gender the document knows (`पढ़ते हैं`, `बताती हैं`) is not overridden by a clause's verb
    (f"सुनीता शर्मा ने कहा कि स्कूल बंद रहेगा। राकेश कुमार दसवीं कक्षा में पढ़ते हैं। {FILL} {Q_F}", "P_su"),
    (f"सुनीता शर्मा बताती हैं कि स्कूल बंद रहेगा। राकेश कुमार ने कहा कि स्कूल खुलेगा। सुनीता शर्मा आए दिन गांव "
     f"जाती हैं। {FILL} {Q_M}", "P_rk"),
    # the quote's gender holds for the overrides too: titled_topic gives no man for a woman's quote
    ('सुनीता शर्मा ने कहा कि स्कूल बंद रहेगा। राकेश कुमार बताते हैं कि वे कल गांव गए थे। उन्होंने कहा, '
     '"मैं भी वहां जा सकती हूँ।"', "P_su"),
])
def test_claims_round40_review_known_gender_holds(text, want):
    assert check_offsets(text, run(text, [SU, RK]))[-1].speaker_entity_id == want


def test_claims_round40_review_pronoun_quote_ends_at_the_line():
    # the pronoun's quote ends at its line: the next speaker's quote (a woman's) gives it no gender
    text = (f"सुनीता शर्मा ने कहा कि स्कूल बंद रहेगा। राकेश कुमार बताते हैं कि पानी भरा है। {FILL} उन्होंने कहा: "
            "“हम तैयार हैं।\nकविता ने कहा, “मैं वहां जा सकती हूँ।”")
    claims = check_offsets(text, run(text, [SU, RK]))
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims if c.content == "हम तैयार हैं"] == [
        ("उन्होंने", "P_rk")]


@pytest.mark.parametrize("text,want", [
    # the कि of another speaker or clause after `ने`/`और`/`तो` is no कहकर report
    ("राकेश कुमार ने यह कहकर बात टाली तो पत्रकारों ने पूछा कि चुनाव कब होंगे।", []),
    ("राकेश कुमार ने यह कहकर फोन रख दिया और सोचा कि वह कल आएगा।", [("राकेश कुमार", "सोचा", "वह कल आएगा")]),
    # another cue inside the verb phrase is the report's own cue
    ("राकेश कुमार ने यह कहकर सबको बताया कि वह बीमार है।", [("राकेश कुमार", "बताया", "वह बीमार है")]),
    # a joiner (ZWJ) or a digit inside the verb phrase's words
    ("राकेश कुमार ने यह कहकर ड्\u200dयूटी छोड़ दी कि वह बीमार है।", [("राकेश कुमार", "कहकर", "वह बीमार है")]),
    ("राकेश कुमार ने यह कहकर 2 दिन की छुट्टी ली कि वह बीमार है।", [("राकेश कुमार", "कहकर", "वह बीमार है")]),
])
def test_claims_round40_review_participle_verb_phrase(text, want):
    claims = check_offsets(text, run(text, [RK]))
    assert [(c.speaker_text, c.cue, c.content) for c in claims] == want


def test_claims_round40_review_passive_predicate_stays_masculine():
    # a passive that is the clause's own predicate (`कल भेजे गए।`) still gives its subject a man's gender
    text = f"सुनीता शर्मा ने कहा कि स्कूल बंद रहेगा। राकेश कुमार कल भेजे गए। {FILL} {Q_M}"
    assert check_offsets(text, run(text, [SU, RK]))[-1].speaker_entity_id == "P_rk"
