"""pipeline/claims.py, claims round 35: claim boundaries on the layouts of news copy (long quotations, quote
paragraphs, line breaks). Same hand-built records as tests/test_claims.py (kept apart so that rounds working on
claims.py at the same time do not edit one file's end)."""
from __future__ import annotations

import pytest

from tests.test_claims import check_offsets, run

KUMAR = ("अरविंद कुमार", "PER", "P_ak")
LONG_QUOTE = ("\"ट्रेन के दो ड्राइवर जख्मी हुए हैं। एक के सिर में चोट लगी है। 74 पैसेंजर्स को हल्की चोटें आई हैं। चार की "
              "हालत गंभीर है। दो लोगों को सैफई भेजा गया है। फिलहाल रेस्क्यू ऑपरेशन पूरा हो गया है।\"")
LONG_CONTENT = ("ट्रेन के दो ड्राइवर जख्मी हुए हैं। एक के सिर में चोट लगी है। 74 पैसेंजर्स को हल्की चोटें आई हैं। चार की हालत "
                "गंभीर है। दो लोगों को सैफई भेजा गया है। फिलहाल रेस्क्यू ऑपरेशन पूरा हो गया है")


@pytest.mark.parametrize("text,want", [
    # a quotation of one paragraph longer than max_quote_sentences closes at its mark (six sentences here)
    ("सचिव अरविंद कुमार ने बताया, " + LONG_QUOTE,
     [("अरविंद कुमार", "P_ak", "direct", LONG_CONTENT)]),
    # such a paragraph standing alone after a direct claim continues its speaker
    ("सचिव अरविंद कुमार ने बताया, \"रेलवे क्रॉसिंग पर एक्सीडेंट हुआ है।\"\n" + LONG_QUOTE,
     [("अरविंद कुमार", "P_ak", "direct", "रेलवे क्रॉसिंग पर एक्सीडेंट हुआ है"),
      ("अरविंद कुमार", "P_ak", "direct", LONG_CONTENT)]),
    # a quotation left open (no closing mark in its paragraph) still stops after max_quote_sentences
    ("सचिव अरविंद कुमार ने बताया, " + LONG_QUOTE[:-1] + "\nरेल मंत्री ने जांच के आदेश दिए।",
     [("अरविंद कुमार", "P_ak", "direct",
       "ट्रेन के दो ड्राइवर जख्मी हुए हैं। एक के सिर में चोट लगी है। 74 पैसेंजर्स को हल्की चोटें आई हैं। चार की हालत गंभीर है")]),
    # another quotation opening first in the paragraph: the long one is not closed by the other's mark
    ("सचिव अरविंद कुमार ने बताया, " + LONG_QUOTE[:-2] + " लोग कह रहे हैं \"सब ठीक है।\"",
     [("अरविंद कुमार", "P_ak", "direct",
       "ट्रेन के दो ड्राइवर जख्मी हुए हैं। एक के सिर में चोट लगी है। 74 पैसेंजर्स को हल्की चोटें आई हैं। चार की हालत गंभीर है")]),
])
def test_claims_round35_long_quote_paragraph_closes_at_its_mark(text, want):
    claims = check_offsets(text, run(text, [KUMAR]))
    got = [(c.speaker_text, c.speaker_entity_id, c.quote_type, c.content) for c in claims if c.speaker_text == "अरविंद कुमार"]
    assert got == want


@pytest.mark.parametrize("text,spec,want", [
    # a quoted paragraph signed on its own line with an office and a place is the officer's words, direct
    ("सील इलाकों में सप्लाई शुरू\n\"सभी सील किए गए क्षेत्रों में सप्लाई की व्यवस्था कर दी गई है। लॉकडाउन सबके हित में है।\" "
     "-अजय शंकर पांडेय, जिलाधिकारी, गाजियाबाद\nवाहनों की जांच की गई।",
     [("अजय शंकर पांडेय", "PER", "P_a"), ("गाजियाबाद", "LOC", "L_g")],
     [("अजय शंकर पांडेय", "P_a", "direct",
       "सभी सील किए गए क्षेत्रों में सप्लाई की व्यवस्था कर दी गई है। लॉकडाउन सबके हित में है")]),
    ("\"सबकी समस्याओं का हल किया जाएगा। ड्रोन से भी नजर रखी गई।\" -आलोक सिंह, पुलिस कमिश्नर, गौतमबुद्ध नगर",
     [("आलोक सिंह", "PER", "P_s"), ("गौतमबुद्ध नगर", "LOC", "L_g")],
     [("आलोक सिंह", "P_s", "direct", "सबकी समस्याओं का हल किया जाएगा। ड्रोन से भी नजर रखी गई")]),
    # unquoted, the signed paragraph stays indirect
    ("सबकी समस्याओं का हल किया जाएगा। ड्रोन से भी नजर रखी गई। -आलोक सिंह, पुलिस कमिश्नर",
     [("आलोक सिंह", "PER", "P_s")],
     [("आलोक सिंह", "P_s", "indirect", "सबकी समस्याओं का हल किया जाएगा। ड्रोन से भी नजर रखी गई")]),
    # a reporter's byline on the paragraph's line (a place alone) signs nothing
    ("\"शहर में दो लोग संक्रमित पाए गए।\" - संजय सिंह, पटना", [("संजय सिंह", "PER", "P_s"), ("पटना", "LOC", "L_p")], []),
    # review of round 35: on the paragraph's own line a title and a place sign only a quotation, and a byline's
    # titles (प्रभारी, लेखक) never
    ("शहर में बारिश के बाद जलजमाव हो गया। नगर निगम की टीम पानी निकाल रही है। -राकेश कुमार, प्रभारी, पटना",
     [("राकेश कुमार", "PER", "P_r"), ("पटना", "LOC", "L_p")], []),
    ("शहर में बारिश के बाद जलजमाव हो गया। नगर निगम की टीम पानी निकाल रही है। - अमित शर्मा, लेखक, भोपाल",
     [("अमित शर्मा", "PER", "P_a"), ("भोपाल", "LOC", "L_b")], []),
    ("शहर में बारिश के बाद जलजमाव हो गया। नगर निगम की टीम पानी निकाल रही है। - अमित शर्मा, नेता, भोपाल",
     [("अमित शर्मा", "PER", "P_a"), ("भोपाल", "LOC", "L_b")], []),
    ("\"शहर में बारिश के बाद जलजमाव हो गया। टीम पानी निकाल रही है।\" -राकेश कुमार, प्रभारी, पटना",
     [("राकेश कुमार", "PER", "P_r"), ("पटना", "LOC", "L_p")], []),
    # a quotation of another kind inside is still one quotation (direct); two of the outer kind are not
    ("\"हमने 'ऑपरेशन सुरक्षा' शुरू किया है। सब ठीक है।\" -आलोक सिंह, पुलिस कमिश्नर, गौतमबुद्ध नगर",
     [("आलोक सिंह", "PER", "P_s"), ("गौतमबुद्ध नगर", "LOC", "L_g")],
     [("आलोक सिंह", "P_s", "direct", "हमने 'ऑपरेशन सुरक्षा' शुरू किया है। सब ठीक है")]),
    ("\"हमने अभियान शुरू किया है।\" \"सब ठीक है।\" -आलोक सिंह, पुलिस कमिश्नर, गौतमबुद्ध नगर",
     [("आलोक सिंह", "PER", "P_s"), ("गौतमबुद्ध नगर", "LOC", "L_g")],
     [("आलोक सिंह", "P_s", "indirect", "हमने अभियान शुरू किया है।\" \"सब ठीक है")]),
    ("'हमने अभियान शुरू किया है।' 'सब ठीक है।' -आलोक सिंह, पुलिस कमिश्नर, गौतमबुद्ध नगर",
     [("आलोक सिंह", "PER", "P_s"), ("गौतमबुद्ध नगर", "LOC", "L_g")],
     [("आलोक सिंह", "P_s", "indirect", "हमने अभियान शुरू किया है।' 'सब ठीक है")]),
])
def test_claims_round35_signature_with_office_and_place(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.quote_type, c.content) for c in claims] == want


WB = ("पश्चिम बंगाल सरकार", "ORG", "O_wb")
HR = ("हरियाणा सरकार", "ORG", "O_hr")


@pytest.mark.parametrize("text,spec,want", [
    # a government head after another place's genitive is that place's government, not the one the story named before
    # (the story names the body's place: review of round 35)
    ("पश्चिम बंगाल सरकार ने पश्चिम बंगाल में स्कूल बंद किए। मिलान, इटली की सरकार ने कहा कि क्लब 18 मई से अभ्यास शुरू कर सकते हैं।",
     [WB, ("पश्चिम बंगाल", "LOC", "L_wb"), ("इटली", "LOC", "L_it")], [("इटली की सरकार", None, "unresolved")]),
    # ... but its own place's genitive, or no owner at all, is the government named before
    ("दिल्ली सरकार ने स्कूल बंद किए। दिल्ली की सरकार ने कहा कि क्लब 18 मई से अभ्यास शुरू कर सकते हैं।",
     [("दिल्ली सरकार", "ORG", "O_dl"), ("दिल्ली", "LOC", "L_dl")], [("सरकार", "O_dl", "pronoun")]),
    ("पश्चिम बंगाल सरकार ने स्कूल बंद किए। सरकार ने कहा कि क्लब 18 मई से अभ्यास शुरू कर सकते हैं।", [WB],
     [("सरकार", "O_wb", "pronoun")]),
    # the central government's guidelines are no state government's: anonymous (gold/dev2/README.md)
    ("हरियाणा सरकार ने जांच बढ़ाई।\nहरियाणा में किसी भी निजी प्रयोगशाला को अधिकृत नहीं किया गया है। ऐसे सभी नमूने केंद्र सरकार के"
     " दिशा-निर्देशों के अनुसार एकत्र किए जाएंगे और उन्हें नामित प्रयोगशालाओं में भेजा जाएगा।", [HR, ("हरियाणा", "LOC", "L_hr")],
     [("दिशा-निर्देशों", None, "anonymous")]),
    # review of round 35: a government named by a person or a short name is its state's; the state's written name
    # is its own place (not another's), and one first word in common is no same place
    ("नीतीश सरकार ने स्कूल बंद किए। बिहार की सरकार ने कहा कि क्लब 18 मई से अभ्यास शुरू कर सकते हैं।",
     [("नीतीश सरकार", "ORG", "O_bh"), ("बिहार", "LOC", "L_bh")], [("सरकार", "O_bh", "pronoun")]),
    ("यूपी सरकार ने स्कूल बंद किए। उत्तर प्रदेश की सरकार ने कहा कि क्लब 18 मई से अभ्यास शुरू कर सकते हैं।",
     [("यूपी सरकार", "ORG", "O_up"), ("उत्तर प्रदेश", "LOC", "L_up")], [("सरकार", "O_up", "pronoun")]),
    ("यूपी सरकार ने स्कूल बंद किए। यूपी में 20 मामले हैं। उत्तर प्रदेश की सरकार ने कहा कि क्लब 18 मई से अभ्यास शुरू कर सकते हैं।",
     [("यूपी सरकार", "ORG", "O_up"), ("यूपी", "LOC", "L_up"), ("उत्तर प्रदेश", "LOC", "L_up")],
     [("सरकार", "O_up", "pronoun")]),
    ("उत्तर प्रदेश सरकार ने स्कूल बंद किए। उत्तर कोरिया की सरकार ने कहा कि क्लब 18 मई से अभ्यास शुरू कर सकते हैं।",
     [("उत्तर प्रदेश सरकार", "ORG", "O_up"), ("उत्तर कोरिया", "LOC", "L_nk")], [("उत्तर कोरिया की सरकार", None, "unresolved")]),
])
def test_claims_round35_government_of_the_place_written_before_it(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.speaker_type) for c in claims] == want


@pytest.mark.parametrize("text,spec,want", [
    # a कि typed twice after the cue opens no content
    ("पब्लिक हेल्थ इंग्लैंड ने परामर्श को अद्यतन करते हुए कहा कि कि दस्ताने का एकल उपयोग होना चाहिए।",
     [("पब्लिक हेल्थ इंग्लैंड", "ORG", "O_p")], [("पब्लिक हेल्थ इंग्लैंड", "दस्ताने का एकल उपयोग होना चाहिए")]),
    ("पूछताछ में महिला डॉक्टर ने बताया कि कि वह मुंबई होते हुए लखनऊ आई हैं।", [],
     [("डॉक्टर", "वह मुंबई होते हुए लखनऊ आई हैं")]),
    # one कि: the content as before
    ("पूछताछ में महिला डॉक्टर ने बताया कि वह मुंबई होते हुए लखनऊ आई हैं।", [],
     [("डॉक्टर", "वह मुंबई होते हुए लखनऊ आई हैं")]),
])
def test_claims_round35_doubled_ki_opens_no_content(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.content) for c in claims] == want


@pytest.mark.parametrize("text,want", [
    # an unnamed department (its field's words and विभाग, no entity) is anonymous (gold/dev2/README.md)
    ("उदयपुर। वन विभाग ने स्पष्ट किया है कि चमगादड़ों से कोरोना संक्रमण फैलने की पुष्टि नहीं हुई है।",
     [("वन विभाग", None, "anonymous")]),
    # (the time words the noun phrase took before it are no part of the speaker: review of round 35)
    ("इससे पहले शिक्षा विभाग ने स्कूल को चेतावनी दी थी कि भेदभाव नहीं होना चाहिए।",
     [("शिक्षा विभाग", None, "anonymous")]),
    # part of a longer name (a coordinator or genitive before it) or a place in it: no unnamed department
    ("जम्मू और कश्मीर सरकार के सूचना और जनसंपर्क विभाग ने कहा कि सभी बसें बंद रहेंगी।",
     [("जनसंपर्क विभाग", None, "named")]),
    ("महाराष्ट्र स्वास्थ्य विभाग ने कहा कि सभी बसें बंद रहेंगी।", [("महाराष्ट्र स्वास्थ्य विभाग", None, "named")]),
])
def test_claims_round35_unnamed_department_is_anonymous(text, want):
    claims = check_offsets(text, run(text))
    assert [(c.speaker_text, c.speaker_entity_id, c.speaker_type) for c in claims] == want


def test_claims_round35_department_in_a_longer_name_is_not_anonymous():
    # `तेलंगाना लोक स्वास्थ्य एवं परिवार कल्याण विभाग` is one name (its span here is whatever the speaker rules take)
    text = "तेलंगाना लोक स्वास्थ्य एवं परिवार कल्याण विभाग ने जानकारी दी है कि आज छह लोगों की मौत हुई है।"
    claims = check_offsets(text, run(text))
    assert claims and all(c.speaker_type != "anonymous" for c in claims)


@pytest.mark.parametrize("text,spec,want", [
    # review of round 35: the short name of a department the story named before is that department
    ("बिहार गृह विभाग ने आदेश जारी किया। गृह विभाग ने कहा कि सभी बसें बंद रहेंगी।", [("बिहार गृह विभाग", "ORG", "O_bg")],
     [("गृह विभाग", "O_bg", "named")]),
    # a full stop ends the sentence before it as a danda does: `की.` is no genitive of the department
    ("मंत्री ने बैठक की. गृह विभाग ने कहा कि सभी बसें बंद रहेंगी।", [], [("गृह विभाग", None, "anonymous")]),
    # `मौसम विभाग` is no unnamed department (the alias file makes it the IMD)
    ("मौसम विभाग ने कहा कि सभी बसें बंद रहेंगी।", [], [("मौसम विभाग", None, "named")]),
])
def test_claims_round35_review_department_named_before(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.speaker_type) for c in claims] == want
