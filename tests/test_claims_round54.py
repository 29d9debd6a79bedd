"""pipeline/claims.py, claims round 54 (translated and international news, seed 2016 sample, issue 16): a continuation
quote whose opener the segmenter left glued on the sentence before (`glued_continuation`); a quote left open that
ran over the next speaker's own report (`unclosed_before_report`); a report introduced with another owner after the
last claim (`report_introduced`); an untagged name before `कहती हैं कि` that opens another sentence
(`recurring_opener`); a related-story headline glued onto `वो` (`glued_pronoun`); the subject before a manner or
topic phrase (`adjunct_subject`). Sentences from real articles (shortened); same hand-built records as
tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.cue, c.content, c.quote_type) for c in claims]


# --- glued_continuation (bbchi_0166) ---------------------------------------------------------------------------
LAMPECHT = ("ओर्टविन लांपेक्ट", "PER", "P_l")
GLUED = ("साल्ज़बर्ग के पुलिस प्रवक्ता ओर्टविन लांपेक्ट ने अख़बार से यह भी कहा कि अगर किसी को कोई पुराना विस्फ़ोटक "
         "मिलता है तो उसे पुलिस को बताना चाहिए."
         "\"मुख्य बात यह है कि आप खुद इससे दूर रहें और विशेषज्ञों को इससे निपटने दें.\"")


def test_claims_round54_glued_continuation():
    assert got(check_offsets(GLUED, run(GLUED, [LAMPECHT]))) == [
        ("ओर्टविन लांपेक्ट", "P_l", "कहा", "अगर किसी को कोई पुराना विस्फ़ोटक मिलता है तो उसे पुलिस को बताना चाहिए",
         "indirect"),
        ("ओर्टविन लांपेक्ट", "P_l", "कहा",
         "मुख्य बात यह है कि आप खुद इससे दूर रहें और विशेषज्ञों को इससे निपटने दें", "direct"),
    ]


def test_claims_round54_glued_continuation_off():
    claims = run(GLUED, [LAMPECHT], p=replace(P, glued_continuation=False))
    assert [c.quote_type for c in claims] == ["indirect"]


@pytest.mark.parametrize("text,spec,n", [
    # after a direct quote the glued mark is its closer: the next sentence is another report (bbchi_0063)
    ("हाज़ी शहज़ाद कहते हैं, \"लोगों ने मेरा स्वागत किया.\"वो बताते हैं, \"मुझे जानवर दिए गए.\"",
     [("हाज़ी शहज़ाद", "PER", "P_h")], 2),
    # the quotation after the indirect content has a cue of its own: not a continuation
    ("राम ने कहा कि वे कल दिल्ली जाएंगे.\"श्याम ने कहा कि हम भी चलेंगे और वहाँ रुकेंगे.\"",
     [("राम", "PER", "P_r"), ("श्याम", "PER", "P_s")], 2),
])
def test_claims_round54_glued_continuation_not(text, spec, n):
    claims = check_offsets(text, run(text, spec))
    assert len(claims) == n
    assert not any(c.quote_type == "direct" and "कहा कि" in c.content for c in claims)


# --- unclosed_before_report (bbchi_0328) -----------------------------------------------------------------------
REKHA, VARSHA = ("रेखा", "PER", "P_r"), ("वर्षा", "PER", "P_v")
UNCLOSED = ("इनमें से एक रेखा कहती हैं, \" मुझे लगता है कि हिंदी सीखना मेरे लिए अच्छा होगा."
            "\nइनकी साथी वर्षा कहती हैं,\" मुझे बॉलीवुड बहुत पसंद हैं.\"")


def test_claims_round54_unclosed_before_report():
    assert got(check_offsets(UNCLOSED, run(UNCLOSED, [REKHA, VARSHA]))) == [
        ("रेखा", "P_r", "कहती", "मुझे लगता है कि हिंदी सीखना मेरे लिए अच्छा होगा", "direct"),
        ("वर्षा", "P_v", "कहती", "मुझे बॉलीवुड बहुत पसंद हैं", "direct"),
    ]


def test_claims_round54_unclosed_before_report_glued():
    # BBC Hindi's glued paragraphs: the second sentence right after the full stop
    text = UNCLOSED.replace("\n", "")
    assert got(check_offsets(text, run(text, [REKHA, VARSHA]))) == [
        ("रेखा", "P_r", "कहती", "मुझे लगता है कि हिंदी सीखना मेरे लिए अच्छा होगा", "direct"),
        ("वर्षा", "P_v", "कहती", "मुझे बॉलीवुड बहुत पसंद हैं", "direct"),
    ]


def test_claims_round54_unclosed_before_report_off():
    text = UNCLOSED.replace("\n", "")
    claims = run(text, [REKHA, VARSHA], p=replace(P, unclosed_before_report=False))
    assert [c.speaker_text for c in claims] == ["रेखा"] and "वर्षा कहती हैं" in claims[0].content


def test_claims_round54_unclosed_quote_goes_on():
    # a quote over two sentences with no other report in them stays one claim
    text = "राम कहते हैं, \"मैं कल जाऊँगा. मेरे साथ मेरा भाई भी जाएगा.\""
    assert got(check_offsets(text, run(text, [("राम", "PER", "P_r")]))) == [
        ("राम", "P_r", "कहते", "मैं कल जाऊँगा. मेरे साथ मेरा भाई भी जाएगा", "direct")]


# --- report_introduced (bbchi_0047) ----------------------------------------------------------------------------
MMS = ("मनमोहन सिंह", "PER", "P_mms")
CAG = ("राज्य सभा में मनमोहन सिंह ने कहा, \"अगर किसी तरह की गड़बड़ी पाई जाती है, तो हम कार्रवाई करेंगे.\""
       "मंगलवार को संसद में भारत के नियंत्रक और महालेखा परीक्षक की रिपोर्ट पेश की गई है."
       "इस रिपोर्ट में कहा गया है कि 22 फ़ीसद मामले फर्ज़ी थे.")


def test_claims_round54_report_introduced():
    claims = check_offsets(CAG, run(CAG, [MMS]))
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims] == [("मनमोहन सिंह", "P_mms"), ("रिपोर्ट", None)]


def test_claims_round54_report_introduced_off():
    claims = run(CAG, [MMS], p=replace(P, report_introduced=False))
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims] == [("मनमोहन सिंह", "P_mms"),
                                                                      ("रिपोर्ट", "P_mms")]


def test_claims_round54_report_not_introduced():
    # no report introduced in between: the statement noun is the last speaker's, as before
    text = ("मनमोहन सिंह ने कहा कि गड़बड़ी की जांच होगी. मंगलवार को संसद में बहस हुई. "
            "रिपोर्ट में कहा गया है कि 22 फ़ीसद मामले फर्ज़ी थे.")
    claims = check_offsets(text, run(text, [MMS]))
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims] == [("मनमोहन सिंह", "P_mms"),
                                                                      ("रिपोर्ट", "P_mms")]


# --- recurring_opener (bbchi_0076, bbchi_0340) -----------------------------------------------------------------
KONLY = ("कोनली की सलाह है कि यह काम घर में हो सकता है. कोनली अपने ट्विटर अकाउंट से रोज़ सेशन चलाती हैं. "
         "कोनली कहती हैं कि इन गतिविधियों के कई फ़ायदे हैं.")


def test_claims_round54_recurring_opener():
    claims = check_offsets(KONLY, run(KONLY, []))
    assert ("कोनली", None, "कहती", "इन गतिविधियों के कई फ़ायदे हैं", "indirect") in got(claims)


def test_claims_round54_recurring_opener_surname():
    text = ("डेनियल बोर कलर ब्लाइंड है और वो न्यूरो वैज्ञानिक है. "
            "डेनियल बोर कहते हैं कि ये लेंस पीले रंग को अदृष्य बना देता है.")
    assert got(check_offsets(text, run(text, []))) == [
        ("डेनियल बोर", None, "कहते", "ये लेंस पीले रंग को अदृष्य बना देता है", "indirect")]


@pytest.mark.parametrize("text", [
    # the name opens no other sentence: no claim, as before
    "कोनली कहती हैं कि इन गतिविधियों के कई फ़ायदे हैं.",
    # no कि and no quote: no claim
    "कोनली अपने ट्विटर अकाउंट से सेशन चलाती हैं. कोनली कहती हैं इन गतिविधियों के कई फ़ायदे हैं.",
])
def test_claims_round54_recurring_opener_not(text):
    assert run(text, []) == []


def test_claims_round54_recurring_opener_off():
    assert run(KONLY, [], p=replace(P, recurring_opener=False)) == []


# --- glued_pronoun (bbchi_0011, bbchi_0246, bbchi_0265) --------------------------------------------------------
TERESA = ("टेरीज़ा", "PER", "P_t")
GLUED_VO = ("टेरीज़ा बताती हैं, \"मुझे लगा कि इसके बाद सब ठीक हो जाएगा.\""
            "बाल यौन शोषण के सवाल पर गिर गई सरकारवो आगे बताती हैं, \"पादरी ने मुझे गोद में बैठने के लिए कहा.\"")


def test_claims_round54_glued_pronoun():
    claims = check_offsets(GLUED_VO, run(GLUED_VO, [TERESA]))
    assert [(c.speaker_text, c.speaker_entity_id, c.quote_type) for c in claims] == [
        ("टेरीज़ा", "P_t", "direct"), ("वो", "P_t", "direct")]
    assert claims[1].content == "पादरी ने मुझे गोद में बैठने के लिए कहा"


def test_claims_round54_glued_pronoun_off():
    claims = run(GLUED_VO, [TERESA], p=replace(P, glued_pronoun=False))
    assert [c.speaker_text for c in claims] == ["टेरीज़ा"]


@pytest.mark.parametrize("text", [
    # no quotation after the cue
    "टेरीज़ा बताती हैं कि वह डर गई थीं. उसी सवाल पर गिर गई सरकारवो आगे बताती हैं कि वह चली गई.",
    # a word of two letters before वो is no glued headline
    "टेरीज़ा आई. दोवो कहती हैं, \"हम साथ हैं.\"",
])
def test_claims_round54_glued_pronoun_not(text):
    assert not any(c.speaker_text == "वो" for c in run(text, [TERESA]))


# --- adjunct_subject (bbchi_0155, bbchi_0124) ------------------------------------------------------------------
@pytest.mark.parametrize("text,spec,want", [
    ("अपनी उम्र से छोटे दिखने वाले कन्हैया थोड़ी तुतलाहट के साथ कहते हैं, \"उनसे मिलने के लिए मैं कई बार गया.\"",
     [("कन्हैया", "PER", "P_k")], ("कन्हैया", "P_k", "कहते", "उनसे मिलने के लिए मैं कई बार गया", "direct")),
    # the genitive's noun (`प्रकाश झा के साथ`) is no subject
    ("इन बीते सालों में अजय अपने और प्रकाश झा के साथ के बारे में कहते हैं, \"हमारी फ़िल्म को 14 साल हो गए हैं.\"",
     [("अजय", "PER", "P_a"), ("प्रकाश झा", "PER", "P_p")],
     ("अजय", "P_a", "कहते", "हमारी फ़िल्म को 14 साल हो गए हैं", "direct")),
])
def test_claims_round54_adjunct_subject(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == [want]


@pytest.mark.parametrize("text,spec", [
    # no quotation after the cue
    ("कन्हैया थोड़ी तुतलाहट के साथ कहते हैं कि वे कई बार गए.", [("कन्हैया", "PER", "P_k")]),
    # the person is a genitive's owner or a postposition's noun, not the subject
    ("कन्हैया के भाई थोड़ी तुतलाहट के साथ कहते हैं, \"मैं कई बार गया.\"", [("कन्हैया", "PER", "P_k")]),
    ("मैंने कन्हैया से पूछा तो उसी तुतलाहट के साथ कहते हैं, \"मैं कई बार गया.\"", [("कन्हैया", "PER", "P_k")]),
])
def test_claims_round54_adjunct_subject_not(text, spec):
    assert not any(c.speaker_text == "कन्हैया" and c.quote_type == "direct" for c in run(text, spec))


def test_claims_round54_adjunct_subject_off():
    text = "अपनी उम्र से छोटे दिखने वाले कन्हैया थोड़ी तुतलाहट के साथ कहते हैं, \"उनसे मिलने के लिए मैं कई बार गया.\""
    assert run(text, [("कन्हैया", "PER", "P_k")], p=replace(P, adjunct_subject=False)) == []


# --- cues-v43: the copula-less `X का कहना कि` / `X का कहना, "…"` and adverbs before a nominative cue ---------------
def test_cues_v43_rows():
    from tests.test_claims import LEX
    assert P.cues == "cues-v46" and LEX.version == "cues-v46"  # (cues-v44 and v46 keep these rows; claims rounds 55, 59)
    assert "कहना" in {c.form for c in LEX.cues}
    assert {"इतना", "सिर्फ़", "सिर्फ", "केवल"} <= set(LEX.of("adverb"))


@pytest.mark.parametrize("text,spec,want", [
    # bbchi_0210: `X का कहना, "…"` with the copula dropped
    ("सिंघीतेराई के खिलेश जयसवाल का कहना, \"कंपनियों ने ज़्यादा ज़मीन का अधिग्रहण करना शुरू कर दिया है.\"",
     [("खिलेश जयसवाल", "PER", "P_k")],
     [("खिलेश जयसवाल", "P_k", "कहना", "कंपनियों ने ज़्यादा ज़मीन का अधिग्रहण करना शुरू कर दिया है", "direct")]),
    # bbchi_0292: `उनका ये कहना कि …`
    ("शाहरुख खान ने गालियां दीं. लेकिन प्रेस कांफ्रेंस में उनका ये कहना कि उन्होंने जो भी किया, ठीक किया.",
     [("शाहरुख खान", "PER", "P_s")],
     [("उनका", "P_s", "कहना", "उन्होंने जो भी किया, ठीक किया", "indirect")]),
    # bbchi_0129: `वे सिर्फ़ इतना कहते हैं, "…"`
    ("शोएब मंसूर मीडिया से दूर रहे हैं. वे सिर्फ़ इतना कहते हैं, \"ये त्रासदी है कि धर्म का अर्थ बदल गया है.\"",
     [("शोएब मंसूर", "PER", "P_m")],
     [("वे", "P_m", "कहते", "ये त्रासदी है कि धर्म का अर्थ बदल गया है", "direct")]),
])
def test_claims_round54_cues_v43(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


@pytest.mark.parametrize("text", [
    # framed: no कि, colon or quotation right after the copula-less `कहना`
    "यह कहना मुश्किल है कि इन सबका मैच पर क्या असर पड़ेगा.",
    "मेरा कहना सिर्फ़ इतना है कि लोग सावधान रहें.",
])
def test_claims_round54_cues_v43_not(text):
    assert run(text, []) == []


# --- owned_statement (bbchi_0113) ------------------------------------------------------------------------------
SAHARA = ("कंपनी के प्रवक्ता राम ने कहा कि वो बोर्ड से कोई टकराव नहीं चाहते. "
          "सहारा की प्रेस विज्ञप्ति में कहा गया है कि अब वो 20 केंद्रों की स्थापना करेगी.")


def test_claims_round54_owned_statement():
    claims = check_offsets(SAHARA, run(SAHARA, [("राम", "PER", "P_r")]))
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims] == [("राम", "P_r"), ("विज्ञप्ति", None)]


def test_claims_round54_owned_statement_off():
    claims = run(SAHARA, [("राम", "PER", "P_r")], p=replace(P, owned_statement=False))
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims] == [("राम", "P_r"), ("विज्ञप्ति", "P_r")]


def test_claims_round54_owned_statement_anaphor_owner():
    # ntrex_newsweek.51339: `नेटवर्क की रिपोर्ट` (an organisation's kind word owns it): the network named before
    text = "KTUU की रिपोर्ट के अनुसार, पेलिन को वापस भेजा गया. नेटवर्क की रिपोर्ट ने बताया कि वह न्यायालय के समक्ष पेश हुआ."
    claims = check_offsets(text, run(text, [("KTUU", "ORG", "O_k"), ("पेलिन", "PER", "P_p")]))
    assert [c.speaker_entity_id for c in claims] == ["O_k", "O_k"]
