"""pipeline/claims.py and models/cues-v36.tsv, claims round 48 (corpus/news sample seed 2010: translated and
foreign-news articles): an organisation's statement on its own website, an untagged name after a genitive before a
habitual quote, a company introduced with its head noun, a tagged organisation followed by its kind words, the
translated `A, X ने कहा, लेकिन "B"`, compound officials as unnamed sources, the title spelling `गर्वनर`.
Same hand-built records as tests/test_claims.py (sentences shortened from corpus/news)."""
from __future__ import annotations

import pytest

from tests.test_claims import check_offsets, run

MU = ("मैनचेस्टर यूनाइटेड", "ORG", "ORG_mu")
S = ("सैंडर्स", "PER", "PER_s")


def got(text, spec):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type)
            for c in check_offsets(text, run(text, spec))]


@pytest.mark.parametrize("text,spec,want", [
    # own_channel: the website's owner issued the statement; the bare `बयान` right after it is the same statement
    ("मैनचेस्टर यूनाइटेड की वेबसाइट पर जारी एक बयान में कहा गया है- मैनचेस्टर यूनाइटेड ने अनुमति दे दी है."
     "बयान में यह भी कहा गया है कि ऐसा रोनाल्डो के अनुरोध पर किया गया है.", [MU],
     [("मैनचेस्टर यूनाइटेड", "ORG_mu", "named", "कहा गया", "मैनचेस्टर यूनाइटेड ने अनुमति दे दी है", "indirect"),
      ("बयान", "ORG_mu", "pronoun", "कहा गया", "ऐसा रोनाल्डो के अनुरोध पर किया गया है", "indirect")]),
    # not a platform's website, not an untagged owner: the statement stays unnamed
    ("ट्विटर की वेबसाइट पर जारी एक बयान में कहा गया है कि सेवा बहाल हो गई है.", [("ट्विटर", "ORG", "ORG_t")],
     [("बयान", None, "anonymous", "कहा गया", "सेवा बहाल हो गई है", "indirect")]),
    ("क्लब की वेबसाइट पर जारी एक बयान में कहा गया है कि सौदा हो गया है.", [],
     [("बयान", None, "anonymous", "कहा गया", "सौदा हो गया है", "indirect")]),
])
def test_claims_round48_own_channel(text, spec, want):
    assert got(text, spec) == want


@pytest.mark.parametrize("text,spec,want", [
    # genitive_name: an untagged name after a genitive before a habitual cue and a quotation (no entity: a tagger miss)
    ('इंडोनेशिया के इंडिपेंडेंट यूथ कम्यूनिटी (केओपीआई) संगठन की अनीसा बताती हैं, "हज़ारों बच्चे निर्भर हैं."',
     [("केओपीआई", "ORG", "ORG_k")],
     [("अनीसा", None, "named", "बताती", "हज़ारों बच्चे निर्भर हैं", "direct")]),
    # not with कि (a name must recur for that), not a common noun after a genitive (`की हवा`, no honorific)
    ("इंडोनेशिया के इंडिपेंडेंट यूथ कम्यूनिटी संगठन की अनीसा बताती हैं कि बच्चे निर्भर हैं.", [], []),
    ('दिल्ली की हवा कहती है, "यहां मत आओ."', [], []),
])
def test_claims_round48_genitive_name(text, spec, want):
    assert got(text, spec) == want


@pytest.mark.parametrize("text,spec,want", [
    # cues-v36: a compound official is an unnamed source; `गर्वनर` is a title, the name after it speaks
    ("इसराइली सेनाधिकारी ने बीबीसी अरबी सेवा से बातचीत में कहा कि लोग राशन इकट्ठा कर सकते हैं.", [],
     [("सेनाधिकारी", None, "anonymous", "कहा", "लोग राशन इकट्ठा कर सकते हैं", "indirect")]),
    ('पूर्वा जावा क्षेत्र के डिप्टी गर्वनर सैफुल्लाह युसुफ़ कहते हैं, "यह उनकी इच्छा है, हमारी नहीं."',
     [("पूर्वा जावा", "LOC", "LOC_j")],
     [("सैफुल्लाह युसुफ़", None, "named", "कहते", "यह उनकी इच्छा है, हमारी नहीं", "direct")]),
    # not when the official is named: the tagged person speaks
    ("एक इसराइली सेनाधिकारी ब्रिगेडियर जनरल योआव मोर्देचाई ने बताया कि युद्धविराम पांच घंटे रहेगा.",
     [("योआव मोर्देचाई", "PER", "PER_y")],
     [("योआव मोर्देचाई", "PER_y", "named", "बताया", "युद्धविराम पांच घंटे रहेगा", "indirect")]),
])
def test_claims_round48_cues_v36(text, spec, want):
    assert got(text, spec) == want


EUROSTAR, PO = ("यूरोस्टार", "ORG", "ORG_e"), ("पीएंडओ", "ORG", "ORG_p")


@pytest.mark.parametrize("text,spec,want", [
    # org_introduced: `कंपनी ने` is the company the window introduced as `कंपनी X`, not the one named most
    ("यूरोस्टार ने इंतजाम किया और आवागमन कंपनी पीएंडओ से संपर्क किया. यूरोस्टार ने टिकट दिए. "
     "पीएंडओ ने कहा कि उन्हें खुशी है. कंपनी ने कहा है कि उसका काम यही है.", [EUROSTAR, PO],
     [("पीएंडओ", "ORG_p", "named", "कहा", "उन्हें खुशी है", "indirect"),
      ("कंपनी", "ORG_p", "pronoun", "कहा", "उसका काम यही है", "indirect")]),
    # no such introduction: the company named most, as before
    ("यूरोस्टार ने इंतजाम किया. यूरोस्टार ने टिकट दिए. पीएंडओ ने कहा कि उन्हें खुशी है. कंपनी ने कहा है कि उसका काम यही है.",
     [EUROSTAR, PO],
     [("पीएंडओ", "ORG_p", "named", "कहा", "उन्हें खुशी है", "indirect"),
      ("कंपनी", "ORG_e", "pronoun", "कहा", "उसका काम यही है", "indirect")]),
])
def test_claims_round48_org_introduced(text, spec, want):
    assert got(text, spec) == want


@pytest.mark.parametrize("text,spec,want", [
    # org_kind_tail: a tagged organisation and its kind words is that organisation
    ("लेकिन यूरोस्टार ट्रेन सेवा का कहना है कि वो उन्हें फ्रांस नहीं ले जा सकती है.", [EUROSTAR],
     [("यूरोस्टार ट्रेन सेवा", "ORG_e", "named", "कहना है", "वो उन्हें फ्रांस नहीं ले जा सकती है", "indirect")]),
    ("डॉन अखबार ने खबर दी कि खान ने बैठक बुलाई है.", [("डॉन", "ORG", "ORG_d")],
     [("डॉन अखबार", "ORG_d", "named", "खबर दी", "खान ने बैठक बुलाई है", "indirect")]),
    # not a field word (another body) nor a person after the organisation
    ("यूएन स्वास्थ्य एजेंसी ने कहा कि मामले बढ़ रहे हैं.", [("यूएन", "ORG", "ORG_u")],
     [("यूएन स्वास्थ्य एजेंसी", None, "named", "कहा", "मामले बढ़ रहे हैं", "indirect")]),
    ("टीआई इंद्रेश त्रिपाठी ने बताया कि जांच जारी है.", [("टीआई", "ORG", "ORG_ti")],
     [("टीआई इंद्रेश त्रिपाठी", None, "named", "बताया", "जांच जारी है", "indirect")]),
])
def test_claims_round48_org_kind_tail(text, spec, want):
    assert got(text, spec) == want


@pytest.mark.parametrize("text,spec,want", [
    # contrast_quote: `A, X ने कहा, लेकिन "B।` / `C।"` -> A indirect, B and C direct (a paragraph a claim)
    ('ब्रीफ़िंग अभी भी होगी, सैंडर्स ने कहा, लेकिन "अगर प्रेस को मौक़ा मिलता है, तो यह बेहतर है।\n'
     'हम ऐसा करने की बहुत कोशिश करते हैं।"', [S],
     [("सैंडर्स", "PER_s", "named", "कहा", "ब्रीफ़िंग अभी भी होगी", "indirect"),
      ("सैंडर्स", "PER_s", "named", "कहा", "अगर प्रेस को मौक़ा मिलता है, तो यह बेहतर है", "direct"),
      ("सैंडर्स", "PER_s", "named", "कहा", "हम ऐसा करने की बहुत कोशिश करते हैं", "direct")]),
    # a quoted first half: both halves direct (the split quotation's rule reads past the contrast word)
    ('"ब्रीफ़िंग अभी भी होगी," सैंडर्स ने कहा, लेकिन "अगर प्रेस को मौक़ा मिलता है, तो यह बेहतर है।"', [S],
     [("सैंडर्स", "PER_s", "named", "कहा", "ब्रीफ़िंग अभी भी होगी", "direct"),
      ("सैंडर्स", "PER_s", "named", "कहा", "अगर प्रेस को मौक़ा मिलता है, तो यह बेहतर है", "direct")]),
    # no quotation after the contrast word: unchanged (the clause after the cue's comma, as before)
    ("ब्रीफ़िंग अभी भी होगी, सैंडर्स ने कहा, लेकिन प्रेस से सवाल नहीं लिए गए।", [S],
     [("सैंडर्स", "PER_s", "named", "कहा", "लेकिन प्रेस से सवाल नहीं लिए गए", "indirect")]),
])
def test_claims_round48_contrast_quote(text, spec, want):
    assert got(text, spec) == want


@pytest.mark.parametrize("text,spec,want", [
    # short_lead: a two- or three-word finite clause opening the sentence before `, X ने कहा।` is what X said
    ("युद्ध खत्म होगा, बाइडन ने कहा।", [("बाइडन", "PER", "PER_b")],
     [("बाइडन", "PER_b", "named", "कहा", "युद्ध खत्म होगा", "indirect")]),
    ("हम जीतेंगे, बाइडन ने कहा।", [("बाइडन", "PER", "PER_b")],
     [("बाइडन", "PER_b", "named", "कहा", "हम जीतेंगे", "indirect")]),
    # a lead adverbial before the comma is no clause said: nothing
    ("इस बीच, बाइडन ने कहा।", [("बाइडन", "PER", "PER_b")], []),
    ("इसके जवाब में, बाइडन ने कहा।", [("बाइडन", "PER", "PER_b")], []),
])
def test_claims_round48_short_lead(text, spec, want):
    assert got_p(text, spec, short_lead=True) == want  # off by default since the review of round 48


# --- review of round 48 (fix round c48) -----------------------------------------------------------------------------
from dataclasses import replace  # noqa: E402

from tests.test_claims import P, run as run_p  # noqa: E402


def got_p(text, spec, **kw):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type)
            for c in check_offsets(text, run_p(text, spec, p=replace(P, **kw)))]


@pytest.mark.parametrize("word", "महिलाएं महिलाएँ नर्सें छात्राएं बच्चे बुजुर्ग सदस्य सहेली संचालक प्रिंसिपल टीचर".split())
def test_claims_round48_review_genitive_common_nouns(word):
    # a plural, a kinship word or a person noun after a genitive is no untagged name: no named claim, as before round 48
    # (round 49's cues-v37 makes `संचालक` an anonymous role noun: an anonymous claim is right by the gold convention)
    claims = got(f'इस गांव के सरकारी स्कूल की {word} बताती हैं, "पानी नहीं आया."', [])
    assert all(c[2] == "anonymous" for c in claims) and (word == "संचालक") == bool(claims)


def test_claims_round48_review_genitive_name_still():
    assert got('इस गांव के सरकारी स्कूल की अनीसा बताती हैं, "पानी नहीं आया."', []) == [
        ("अनीसा", None, "named", "बताती", "पानी नहीं आया", "direct")]


@pytest.mark.parametrize("text,spec,want", [
    # a body head after an organisation names another body: no entity (as before round 48)
    ("यूएन एजेंसी ने कहा कि मामले बढ़ रहे हैं.", [("यूएन", "ORG", "ORG_u")],
     [("यूएन एजेंसी", None, "named", "कहा", "मामले बढ़ रहे हैं", "indirect")]),
    ("यूरोपीय संघ आयोग ने कहा कि मामले बढ़ रहे हैं.", [("यूरोपीय संघ", "ORG", "ORG_eu")],
     [("यूरोपीय संघ आयोग", None, "named", "कहा", "मामले बढ़ रहे हैं", "indirect")]),
    ("भाजपा सरकार ने कहा कि मामले बढ़ रहे हैं.", [("भाजपा", "ORG", "ORG_b")],
     [("भाजपा सरकार", None, "named", "कहा", "मामले बढ़ रहे हैं", "indirect")]),
    # a news agency's own `एजेंसी`, and a media word before it: that agency
    ("एएफपी न्यूज एजेंसी ने बताया कि मामले बढ़ रहे हैं.", [("एएफपी", "ORG", "ORG_a")],
     [("एएफपी न्यूज एजेंसी", "ORG_a", "named", "बताया", "मामले बढ़ रहे हैं", "indirect")]),
])
def test_claims_round48_review_org_kind_tail(text, spec, want):
    assert got(text, spec) == want


ORG_INTRO = ("यूरोस्टार ने इंतजाम किया. यूरोस्टार ने माफी मांगी. यूरोस्टार ने आवागमन कंपनी पीएंडओ से संपर्क किया. "
             "पीएंडओ ने कहा कि उन्हें खुशी है. कंपनी ने कहा है कि उसका काम यही है.")


@pytest.mark.parametrize("on,eid", [(True, "ORG_p"), (False, "ORG_e")])
def test_claims_round48_review_org_introduced(on, eid):
    # Eurostar is named most; the company introduced as `कंपनी पीएंडओ` spoke last: P&O (the switch off: Eurostar)
    assert got_p(ORG_INTRO, [EUROSTAR, PO], org_introduced=on)[-1] == (
        "कंपनी", eid, "pronoun", "कहा", "उसका काम यही है", "indirect")


def test_claims_round48_review_org_introduced_not_earlier():
    # the introduced company is neither the last organisation named nor the last speaker: Moderna, as before
    text = "दवा कंपनी फाइजर ने टीका बनाया है. मॉडर्ना ने कहा कि उसका टीका तैयार है. कंपनी ने कहा कि जांच जारी है."
    assert got(text, [("फाइजर", "ORG", "ORG_f"), ("मॉडर्ना", "ORG", "ORG_m")])[-1] == (
        "कंपनी", "ORG_m", "pronoun", "कहा", "जांच जारी है", "indirect")


def test_claims_round48_review_own_channel_new_statement():
    # another body issued a statement between: the bare `बयान` after it is no longer Manchester United's
    text = ("मैनचेस्टर यूनाइटेड की वेबसाइट पर जारी एक बयान में कहा गया है कि सौदा हुआ. रियाल मैड्रिड ने एक बयान "
            "जारी किया. बयान में कहा गया है कि खिलाड़ी आएगा.")
    assert got(text, [MU, ("रियाल मैड्रिड", "ORG", "ORG_r")])[-1] == (
        "बयान", None, "anonymous", "कहा गया", "खिलाड़ी आएगा", "indirect")


@pytest.mark.parametrize("text,on,want", [
    # short_lead is off by default (no corpus case): nothing
    ("युद्ध खत्म होगा, बाइडन ने कहा।", False, []),
    ("युद्ध खत्म होगा, बाइडन ने कहा।", True, [("बाइडन", "PER_b", "named", "कहा", "युद्ध खत्म होगा", "indirect")]),
    # on: no relative or concessive opener, no subjunctive `हो`, no `आप जानते हैं`
    ("जो भी हो, बाइडन ने कहा।", True, []),
    ("चाहे जो हो, बाइडन ने कहा।", True, []),
    ("आप जानते हैं, बाइडन ने कहा।", True, []),
])
def test_claims_round48_review_short_lead(text, on, want):
    assert got_p(text, [("बाइडन", "PER", "PER_b")], short_lead=on) == want


def test_claims_round48_review_contrast_quote_second_speaker():
    # the quotation after `लेकिन` has its own speaker: no split, Sanders gets no direct `यह बेहतर है` (as before)
    text = 'ब्रीफ़िंग अभी भी होगी, सैंडर्स ने कहा, लेकिन "यह बेहतर है," ट्रंप ने कहा।'
    assert ("सैंडर्स", "PER_s", "named", "कहा", "यह बेहतर है", "direct") not in got(text, [S, ("ट्रंप", "PER", "PER_t")])


def test_claims_round48_review_org_kind_tail_media_name():
    # the tagged name ends in a media word (`एएफपी न्यूज`), `एजेंसी` after it: that agency (covidnp_DH-2020-ARP-03-01)
    assert got("एक दिन में 1169 लोगों की मौत हुई है। यह जानकारी एएफपी न्यूज एजेंसी ने दी।", [("एएफपी न्यूज", "ORG", "ORG_a")])[-1][:3] == (
        "एएफपी न्यूज एजेंसी", "ORG_a", "named")
