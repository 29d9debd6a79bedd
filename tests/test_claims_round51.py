"""pipeline/claims.py and cues-v40, claims round 51 (corpus/news sample seed 2013: 7 translated ntrex_/wmt24_/tico19_
and 7 native ednil_/covidnp_/bbchi_ disaster and crime reports): a bare study or report noun is the study its owner was
named with in the window (`study_owner_before`). Sentences shortened from real articles; same hand-built records as
tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

IMSC = ("इंस्टिट्यूट ऑफ मैथमेटिकल साइंसेज चेन्नै", "ORG", "O_imsc")
OFSTED = ("ऑफ़स्टेड", "ORG", "O_ofsted")
GT = ("ग्लोबल टाइम्स", "ORG", "O_gt")
UK = ("ब्रिटेन", "LOC", "L_uk")


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


# --- study_owner_before: `X की स्टडी के हैं। … स्टडी के मुताबिक …` -> X ------------------------------------------------

IMSC_TEXT = ("ये नतीजे इंस्टिट्यूट ऑफ मैथमेटिकल साइंसेज चेन्नै की स्टडी के हैं। यह इसलिए भी बहुत महत्वपूर्ण है कि भारत ने "
             "कई रियायतें दीं।\n\n17 मई तक 80 हजार ऐक्टिव केस का अनुमान\nस्टडी के मुताबिक 17 मई को लॉकडाउन खत्म होने तक "
             "ऐक्टिव मामले 70 हजार से 80 हजार के बीच होंगे।")


@pytest.mark.parametrize("text,spec,want", [
    (IMSC_TEXT, [IMSC],
     [("इंस्टिट्यूट ऑफ मैथमेटिकल साइंसेज चेन्नै", "O_imsc", "named", "के मुताबिक",
       "17 मई को लॉकडाउन खत्म होने तक ऐक्टिव मामले 70 हजार से 80 हजार के बीच होंगे", "indirect")]),
    ('"हमें ऑफ़स्टेड की रिपोर्ट भी मिल गई है." रिपोर्ट के अनुसार स्कूल में मूलभूत ढांचा ही गड़बड़ था.', [OFSTED],
     [("ऑफ़स्टेड", "O_ofsted", "named", "के अनुसार", "स्कूल में मूलभूत ढांचा ही गड़बड़ था", "indirect")]),
    # a demonstrative names the same study again
    ("ये नतीजे इंस्टिट्यूट ऑफ मैथमेटिकल साइंसेज चेन्नै के अध्ययन के हैं। इस अध्ययन के मुताबिक मामले 80 हजार तक होंगे।",
     [IMSC],
     [("इंस्टिट्यूट ऑफ मैथमेटिकल साइंसेज चेन्नै", "O_imsc", "named", "के मुताबिक", "मामले 80 हजार तक होंगे",
       "indirect")]),
])
def test_claims_round51_study_owner(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


@pytest.mark.parametrize("text,spec", [
    # a report with words of its own before it is another report (bbchi_0275: the paper it was printed in, untagged)
    ("ग्लोबल टाइम्स की रिपोर्ट के मुताबिक वहां 2000 दुर्घटना हुई हैं. इकॉनॉमिक इन्फोरमेशन डेली में छपी रिपोर्ट के मुताबिक "
     "तेल कंपनियां भी विवाद के केंद्र में हैं.", [GT]),
    ("ग्लोबल टाइम्स की रिपोर्ट आई है. एक अन्य रिपोर्ट के मुताबिक तेल कंपनियां भी विवाद के केंद्र में हैं.", [GT]),
    # a place owns no report
    ("ब्रिटेन की एक रिपोर्ट आई है. रिपोर्ट के मुताबिक तेल कंपनियां भी विवाद के केंद्र में हैं.", [UK]),
    # another noun: a survey is not the study named before
    ("ये नतीजे इंस्टिट्यूट ऑफ मैथमेटिकल साइंसेज चेन्नै की स्टडी के हैं। सर्वे के मुताबिक मामले 80 हजार तक होंगे।", [IMSC]),
])
def test_claims_round51_study_owner_not(text, spec):
    claims = check_offsets(text, run(text, spec))
    assert claims and claims[-1].speaker_entity_id is None  # (the last claim: the bare noun's)


def test_claims_round51_study_owner_off():
    claims = run(IMSC_TEXT, [IMSC], p=replace(P, study_owner_before=False))
    assert [(c.speaker_text, c.speaker_entity_id, c.speaker_type) for c in claims] == [("स्टडी", None, "unresolved")]


# --- quoted_source_name: `कहा कि '<name>' (<acronym>) के मुताबिक …` ---------------------------------------------------

GISAID = ("GISAID", "ORG", "O_gisaid")
GISAID_TEXT = ("एक अन्य वैज्ञानिक ने कहा कि 'सभी इंफ्लुएंजा डेटा की साझेदारी पर वैश्विक पहल' (GISAID) के मुताबिक भारत में "
               "अंतर 0.2 से 0.9 प्रतिशत के बीच पाया गया है।")


@pytest.mark.parametrize("text,want", [
    (GISAID_TEXT,
     [("वैज्ञानिक", None, "anonymous", "कहा", "'सभी इंफ्लुएंजा डेटा की साझेदारी पर वैश्विक पहल' (GISAID) के मुताबिक भारत "
       "में अंतर 0.2 से 0.9 प्रतिशत के बीच पाया गया है", "indirect"),
      ("GISAID", "O_gisaid", "named", "के मुताबिक", "भारत में अंतर 0.2 से 0.9 प्रतिशत के बीच पाया गया है", "indirect")]),
    # no bracket: the quoted name right before the cue (untagged: no claim of its own)
    ("वैज्ञानिक ने कहा कि 'वैश्विक पहल' के मुताबिक भारत में अंतर कम पाया गया है।",
     [("वैज्ञानिक", None, "anonymous", "कहा", "'वैश्विक पहल' के मुताबिक भारत में अंतर कम पाया गया है", "indirect")]),
])
def test_claims_round51_quoted_source_name(text, want):
    assert got(check_offsets(text, run(text, [GISAID]))) == want


def test_claims_round51_quoted_source_name_utterance():
    # a whole utterance, then another source's report: the quote stays direct (a name, not only a bracket, between)
    text = 'वैज्ञानिक ने कहा, "भारत में अंतर बहुत कम पाया गया है।" GISAID के मुताबिक अंतर 0.2 प्रतिशत है।'
    claims = got(check_offsets(text, run(text, [GISAID])))
    assert claims[0][3:] == ("कहा", "भारत में अंतर बहुत कम पाया गया है", "direct")


def test_claims_round51_quoted_source_name_off():
    claims = run(GISAID_TEXT, [GISAID], p=replace(P, quoted_source_name=False))
    assert (claims[0].content, claims[0].quote_type) == ("सभी इंफ्लुएंजा डेटा की साझेदारी पर वैश्विक पहल", "direct")


# --- data_owner_window: figures stand for the organisation that spoke last only within 6 sentences -----------------

MOH = ("स्वास्थ्य मंत्रालय", "ORG", "O_moh")
FILLER = "".join(f"इटली में {n} नए मामले सामने आए हैं। " for n in range(10, 17))  # seven sentences with no claim


@pytest.mark.parametrize("text,want", [
    # long after the ministry's statement: no owner (figures of the world, another source's)
    ("स्वास्थ्य मंत्रालय ने कहा कि देश में 500 मामले हैं। " + FILLER + "ताजा आंकड़ों के मुताबिक, दुनिया में करीब ढाई लाख लोग "
     "संक्रमित पाए गए हैं।", ("आंकड़ों", None, "unresolved")),
    # right after it: the ministry's figures, as before
    ("स्वास्थ्य मंत्रालय ने कहा कि देश में 500 मामले हैं। ताजा आंकड़ों के मुताबिक, देश में 40 लोगों की मौत हुई है।",
     ("आंकड़ों", "O_moh", "pronoun")),
    # inside a reported clause: the organisation that spoke last, however far
    ("स्वास्थ्य मंत्रालय ने कहा कि देश में 500 मामले हैं। " + FILLER + "लव अग्रवाल ने बताया कि पिछले सात दिनों के आंकड़ों के "
     "अनुसार अब 6.2 दिन में मामले डबल हो रहे हैं।", ("आंकड़ों", "O_moh", "pronoun")),
])
def test_claims_round51_data_owner_window(text, want):
    claims = check_offsets(text, run(text, [MOH, ("लव अग्रवाल", "PER", "P_lav")]))
    data = [(c.speaker_text, c.speaker_entity_id, c.speaker_type) for c in claims if c.speaker_text == "आंकड़ों"]
    assert data == [want]


def test_claims_round51_data_owner_window_off():
    text = ("स्वास्थ्य मंत्रालय ने कहा कि देश में 500 मामले हैं। " + FILLER + "ताजा आंकड़ों के मुताबिक, दुनिया में करीब ढाई लाख "
            "लोग संक्रमित पाए गए हैं।")
    claims = run(text, [MOH], p=replace(P, data_owner_window=-1))
    assert [c.speaker_entity_id for c in claims if c.speaker_text == "आंकड़ों"] == ["O_moh"]


# --- cues-v40: noticing and pointing out a clause (framed) ----------------------------------------------------------

def test_cues_v40_rows():
    from tests.test_claims import LEX
    assert P.cues == "cues-v46" and LEX.version == "cues-v46"  # (cues-v41 to v44 and v46 keep these rows; claims rounds 52-55, 59)
    forms = {c.form for c in LEX.cues}
    assert {"ध्यान दिया", "ध्यान दिया है", "गौर किया", "ग़ौर किया था", "ध्यान देती हैं", "गौर करता था"} <= forms


RAM = ("राम", "PER", "P_ram")


@pytest.mark.parametrize("text,want", [
    ("लेकिन उसने इस बात पर ध्यान दिया कि शब्दों में छोटा सा बदलाव करके MWP को मपेट किया जा सकता था।",
     [("उसने", "ध्यान दिया", "शब्दों में छोटा सा बदलाव करके MWP को मपेट किया जा सकता था", "indirect")]),
    ("राम ने गौर किया कि दुकानें बंद थीं।", [("राम", "गौर किया", "दुकानें बंद थीं", "indirect")]),
    ("राम ने ग़ौर किया है कि बाजार में भीड़ कम है।", [("राम", "ग़ौर किया", "बाजार में भीड़ कम है", "indirect")]),
    # framed: paying attention, with no कि, colon or quote, is no claim
    ("सरकार ने इस बात पर ध्यान दिया।", []),
    ("डॉक्टरों ने मरीजों पर ध्यान दिया और उन्हें दवा दी।", []),
    ("राम ने इस पर गौर किया और चले गए।", []),
])
def test_claims_round51_noticing(text, want):
    assert [(c.speaker_text, c.cue, c.content, c.quote_type) for c in check_offsets(text, run(text, [RAM]))] == want


# --- joint_place_body: `<country> और <body> ने …` -----------------------------------------------------------------

US = ("संयुक्त राज्य", "LOC", "L_us")
EU = ("यूरोपीय संघ", "ORG", "O_eu")
NICE = ("नेशनल इंस्टीट्यूट फॉर हेल्थ और क्लिनिकल एक्सिलेंस", "ORG", "O_nice")
ENG = ("इंग्लैंड", "LOC", "L_eng")
WALES = ("वेल्स", "LOC", "L_wales")
US_EU = "संयुक्त राज्य और यूरोपीय संघ ने चेतावनी दी कि सीरिया को कोई सहायता प्राप्त नहीं होगी।"


@pytest.mark.parametrize("text,spec,want", [
    (US_EU, [US, EU], [("संयुक्त राज्य", "L_us"), ("यूरोपीय संघ", "O_eu")]),
    ("यूरोपीय संघ और संयुक्त राज्य ने चेतावनी दी कि सीरिया को कोई सहायता प्राप्त नहीं होगी।", [US, EU],
     [("यूरोपीय संघ", "O_eu"), ("संयुक्त राज्य", "L_us")]),
    # a place phrase before the body is no joint speaker
    ("इंग्लैंड और वेल्स में नेशनल इंस्टीट्यूट फॉर हेल्थ और क्लिनिकल एक्सिलेंस का कहना है कि महिलाओं को दवा लेनी चाहिए।",
     [ENG, WALES, NICE], [("नेशनल इंस्टीट्यूट फॉर हेल्थ और क्लिनिकल एक्सिलेंस", "O_nice")]),
])
def test_claims_round51_joint_place_body(text, spec, want):
    assert sorted((c.speaker_text, c.speaker_entity_id) for c in check_offsets(text, run(text, spec))) == sorted(want)


def test_claims_round51_joint_place_body_off():
    claims = run(US_EU, [US, EU], p=replace(P, joint_place_body=False))
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims] == [("यूरोपीय संघ", "O_eu")]
