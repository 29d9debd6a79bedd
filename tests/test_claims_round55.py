"""pipeline/claims.py, claims round 55 (corpus/news sample seed 2017: 5 bbchi_, 5 covidnp_/ednil_, 4 ntrex_/tico19_,
issue 16): an answer given as a copula clause, `X का जवाब था, "…"` (cues-v44, kahna, framed); the channel before the
demonstrative object of `X ने यह जानकारी दी` (`ट्वीट कर`, `संवाददाता सम्मेलन में`; `channel_adjunct`); an org anaphor
(`कंपनी ने …`) resolved to the organisation the passage names most before the whole story's (`org_window`).
Sentences from real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.cue, c.content, c.quote_type) for c in claims]


# --- cues-v44: `X का जवाब था, "…"` / `उनका जवाब था कि …` -----------------------------------------------------------
def test_cues_v44_rows():
    from tests.test_claims import LEX
    assert P.cues == "cues-v46" and LEX.version == "cues-v46"  # (cues-v46 keeps these rows; claims round 59)
    forms = {c.form for c in LEX.cues}
    assert {"जवाब था", "जवाब है", "जबाब था"} <= forms


NARGIS = ("नरगिस", "PER", "P_n")
HANUMAN = ("हनुमान प्रसाद", "PER", "P_h")


@pytest.mark.parametrize("text,spec,want", [
    # bbchi_0185: the answer after a question, a quotation after its comma
    ("ख़बरों पर उनकी क्या प्रतिक्रिया रहती है.इस पर नरगिस का जवाब था, \"पहले मैं काफी परेशान हो जाती थी. "
     "लोगों को अपना पेपर तो बेचना ही पड़ेगा.\"", [NARGIS],
     [("नरगिस", "P_n", "जवाब था", "पहले मैं काफी परेशान हो जाती थी. लोगों को अपना पेपर तो बेचना ही पड़ेगा",
       "direct")]),
    # bbchi_0344: after a colon
    ("अंतिम सवाल पर पिस्टोरियस का जवाब था: \"हमेशा अपने लक्ष्य और उसकी मंशा को जानिए.\"",
     [("पिस्टोरियस", "PER", "P_p")],
     [("पिस्टोरियस", "P_p", "जवाब था", "हमेशा अपने लक्ष्य और उसकी मंशा को जानिए", "direct")]),
    # bbchi_0153: the possessive pronoun after a named official, a कि clause
    ("एएसपी हनुमान प्रसाद ने बताया कि मामला आत्महत्या का लगता है. सवाल उठता है कि पुलिस सख़्ती क्यों नहीं करती? "
     "इस पर उनका जवाब था कि पुलिस का प्रयास यही रहता है कि मामले आपस में सुलझ जाएं.", [HANUMAN],
     [("हनुमान प्रसाद", "P_h", "बताया", "मामला आत्महत्या का लगता है", "indirect"),
      ("उनका", "P_h", "जवाब था", "पुलिस का प्रयास यही रहता है कि मामले आपस में सुलझ जाएं", "indirect")]),
])
def test_claims_round55_answer_copula(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


@pytest.mark.parametrize("text,spec", [
    # the answer to a question has no speaker
    ("इस सवाल का जवाब है कि पानी कम है.", []),
    ("इसका जवाब था कि सरकार ने कुछ नहीं किया.", []),
    # framed: no quotation, colon or कि after it
    ("नरगिस का जवाब था बहुत छोटा और साफ़.", [NARGIS]),
])
def test_claims_round55_answer_copula_not(text, spec):
    assert run(text, spec) == []


# --- channel_adjunct: `उन्होंने ट्वीट कर इसकी जानकारी दी।` ----------------------------------------------------------
RABRI = ("राबड़ी देवी", "PER", "P_r")
LAV = ("लव अग्रवाल", "PER", "P_l")
BATRA = ("नरेन्द्र बत्रा", "PER", "P_b")


@pytest.mark.parametrize("text,spec,want", [
    # covidnp_AU-2020-MAR-29-11: a conjunctive participle (`ट्वीट कर`) before the demonstrative object
    ("पूर्व मुख्यमंत्री राबड़ी देवी ने एक करोड़ की राशि दी है। उन्होंने ट्वीट कर इसकी जानकारी दी।", [RABRI],
     [("उन्होंने", "P_r", "जानकारी दी", "पूर्व मुख्यमंत्री राबड़ी देवी ने एक करोड़ की राशि दी है", "indirect")]),
    # covidnp_DH-2020-ARP-11-01: a `… में` occasion
    ("देश में संक्रमितों की संख्या बढ़कर 7529 हो गई है। लव अग्रवाल ने संवाददाता सम्मेलन में यह जानकारी दी।", [LAV],
     [("लव अग्रवाल", "P_l", "जानकारी दी", "देश में संक्रमितों की संख्या बढ़कर 7529 हो गई है", "indirect")]),
    # bbchi_0304: `… बुलाकर इस बात की जानकारी दी`: no longer the noun phrase before the cue as its content
    ("दोनों देशों के बीच तनाव बढ़ गया है. नरेन्द्र बत्रा ने एक संवाददाता सम्मेलन बुलाकर इस बात की जानकारी दी है.",
     [BATRA],
     [("नरेन्द्र बत्रा", "P_b", "जानकारी दी", "दोनों देशों के बीच तनाव बढ़ गया है", "indirect")]),
])
def test_claims_round55_channel_adjunct(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


def test_claims_round55_channel_adjunct_off():
    text = "पूर्व मुख्यमंत्री राबड़ी देवी ने एक करोड़ की राशि दी है। उन्होंने ट्वीट कर इसकी जानकारी दी।"
    assert run(text, [RABRI], p=replace(P, channel_adjunct=False)) == []


@pytest.mark.parametrize("text,spec", [
    # no participle or `में` before the demonstrative: as before
    ("राबड़ी देवी ने एक करोड़ की राशि दी है। उन्होंने पुलिस को यह जानकारी दी।", [RABRI]),
    ("राबड़ी देवी ने एक करोड़ की राशि दी है। उन्होंने बाद में पत्रकारों को यह जानकारी दी।", [RABRI]),
])
def test_claims_round55_channel_adjunct_not(text, spec):
    assert got(run(text, spec)) == got(run(text, spec, p=replace(P, channel_adjunct=False)))


@pytest.mark.parametrize("words,want", [
    (["ट्वीट", "कर", "इसकी"], ["इसकी"]),
    (["एक", "बयान", "में", "यह"], ["यह"]),
    # a clause of its own (कि, ने, जो) or a lead of more than six words is no channel
    (["कहा", "कि", "ट्वीट", "कर", "यह"], ["कहा", "कि", "ट्वीट", "कर", "यह"]),
    (["a", "b", "c", "d", "e", "f", "कर", "यह"], ["a", "b", "c", "d", "e", "f", "कर", "यह"]),
    (["पुलिस", "को", "यह"], ["पुलिस", "को", "यह"]),
])
def test_claims_round55_after_channel(words, want):
    from pipeline.claims import _Doc
    assert _Doc.after_channel(words) == want


# --- org_window: `कंपनी ने …` in a digest -------------------------------------------------------------------------
WB = ("विश्व बैंक", "ORG", "O_wb")
PAYTM = ("पेटीएम", "ORG", "O_p")
# covidnp_NT-2020-MAR-04-01: a digest whose earlier item names the World Bank three times, the Paytm item twice
DIGEST = ("विश्व बैंक ने 12 अरब डॉलर के पैकेज की घोषणा की है। विश्व बैंक के अध्यक्ष दिल्ली आएंगे। "
          "विश्व बैंक की टीम भी साथ होगी। दिल्ली में स्कूल बंद रहेंगे। गुरुग्राम में पेटीएम का एक कर्मचारी संक्रमित\n"
          "गुरुग्राम में पेटीएम के एक कर्मचारी को संक्रमित पाया गया है। कंपनी ने कहा कि दफ्तर दो दिन बंद रहेगा।")


def test_claims_round55_org_window():
    claims = check_offsets(DIGEST, run(DIGEST, [WB, PAYTM]))
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims if c.cue == "कहा"] == [("कंपनी", "O_p")]


def test_claims_round55_org_window_off():
    claims = run(DIGEST, [WB, PAYTM], p=replace(P, org_window=False))
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims if c.cue == "कहा"] == [("कंपनी", "O_wb")]


def test_claims_round55_org_window_none_near():
    # no organisation in the window: the whole story's most named, as before
    text = ("विश्व बैंक ने पैकेज की घोषणा की है। विश्व बैंक की टीम भी आएगी। पेटीएम ने नया ऐप शुरू किया। "
            "दिल्ली में स्कूल बंद रहेंगे। मेट्रो में सफाई हो रही है। बाजार खुले रहेंगे। बसें चल रही हैं। "
            "कंपनी ने कहा कि मदद जल्द पहुंचेगी।")
    claims = run(text, [WB, PAYTM])
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims if c.cue == "कहा"] == [("कंपनी", "O_wb")]


def test_claims_round55_org_window_tie():
    # ntrex_bbc.381680: Toyota and the BBC once each in the window: a tie, the story's most named (Toyota), as before
    text = ("टोयोटा ने नया कारखाना खोला है। टोयोटा के कर्मचारी खुश हैं। शहर में बारिश हुई। बाजार बंद रहे। "
            "स्कूल खुले रहे। बसें चलती रहीं। मंत्री ने कहा कि टोयोटा यू.के. ने बीबीसी को "
            "बताया था कि उत्पादन रुक सकता है। जापानी कार निर्माता ने कहा कि नौकरियों पर असर पड़ सकता है।")
    claims = run(text, [("टोयोटा", "ORG", "O_t"), ("बीबीसी", "ORG", "O_b")])
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims if c.speaker_text == "निर्माता"] == [
        ("निर्माता", "O_t")]
