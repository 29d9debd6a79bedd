"""pipeline/claims.py with cues-v31, claims round 42 (corpus/news sample seed 2004): the `साफ … कर दिया` rows are framed
(cleaning is no claim), sending word (`संदेश भेजा कि`) and an answer that came (`का जवाब आया कि`) are cues. Same
hand-built records as tests/test_claims.py."""
from __future__ import annotations

import pytest

from tests.test_claims import check_offsets, run


@pytest.mark.parametrize("text,spec,want", [
    # cleaning a stadium: no कि, colon or quote after the verb, so the clause before the comma is no content
    ("जापानी प्रशंसक अपनी टीम के लिए जो नीले थैले लेकर आए थे, उन्ही बैगों में उन्होंने कूड़ा भरकर स्टेडियम को साफ़ भी कर "
     "दिया।", [], []),
    ("प्रशंसक जो थैले लाए थे, उनमें उन्होंने कूड़ा भरकर स्टेडियम को साफ कर दिया।", [], []),
    # making it clear that …: still a claim
    ("मुख्यमंत्री नीतीश कुमार ने साफ कर दिया कि राज्य में शराबबंदी जारी रहेगी।", [("नीतीश कुमार", "PER", "P_nk")],
     [("नीतीश कुमार", "P_nk", "साफ कर दिया", "राज्य में शराबबंदी जारी रहेगी")]),
    # sending word that …
    ("काफी इंतजार के बाद मकबूल ने ताहिरा को संदेश भेजा कि अब हालात जल्दी ठीक नहीं होंगे।",
     [("मकबूल", "PER", "P_m"), ("ताहिरा", "PER", "P_t")],
     [("मकबूल", "P_m", "संदेश भेजा", "अब हालात जल्दी ठीक नहीं होंगे")]),
    # an answer that came that …
    ("ताहिरा का जवाब आया कि वह लंबे समय तक इंतजार कर लेगी।", [("ताहिरा", "PER", "P_t")],
     [("ताहिरा", "P_t", "जवाब आया", "वह लंबे समय तक इंतजार कर लेगी")]),
])
def test_claims_round42_cues_v31_rows(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.cue, c.content) for c in claims] == want


@pytest.mark.parametrize("text,spec,want", [
    # a container that is no source noun of the lexicon: a quoted website name (its issuer), a procedure, an advisory
    ("हालांकि वेबसाइट 'दिप्रिडिक्टर' में कहा गया है कि यह ऐप्लिकेशन सिर्फ मजे के लिए है।", [("दिप्रिडिक्टर", "ORG", "O_d")],
     [("दिप्रिडिक्टर", "O_d", "कहा गया", "यह ऐप्लिकेशन सिर्फ मजे के लिए है")]),
    ("एसओपी में कहा गया है कि स्थानीय अधिकारी भोजन और पानी की व्यवस्था करेंगे।", [],
     [("एसओपी", None, "कहा गया", "स्थानीय अधिकारी भोजन और पानी की व्यवस्था करेंगे")]),
    ("लेकिन साल 2010 में जारी एक परामर्श में कहा गया था कि गर्भावस्था के दौरान डाइटिंग नहीं करनी चाहिए।", [],
     [("परामर्श", None, "कहा गया", "गर्भावस्था के दौरान डाइटिंग नहीं करनी चाहिए")]),
    # a numbered section of a law
    ("कैलिफ़ोर्निया के कानून की धारा 713 में कहा गया है कि कोई भी अधिकारी बिना वारंट के तलाशी नहीं ले सकता।", [],
     [("धारा", None, "कहा गया", "कोई भी अधिकारी बिना वारंट के तलाशी नहीं ले सकता")]),
    # the container's written owner
    ("कैम्ब्रिज विश्वविद्यालय के विज्ञापन में कहा गया है कि ये परियोजना पूरी तरह से प्रायोगिक है।",
     [("कैम्ब्रिज विश्वविद्यालय", "ORG", "O_c")],
     [("कैम्ब्रिज विश्वविद्यालय", "O_c", "कहा गया", "ये परियोजना पूरी तरह से प्रायोगिक है")]),
    # a demonstrative container whose issuer cannot be told
    ("इससे पहले जो अध्ययन आए थे उनमें कहा गया था कि लकड़बग्घों की हँसी अधीनता बताती है।", [],
     [("उनमें", None, "कहा गया", "लकड़बग्घों की हँसी अधीनता बताती है")]),
    # no container: `इस बारे में`, a place; a relative `जिसमें` with no issuer written stays out (as before)
    ("डॉक्टर क्रिस उस अध्ययन का हवाला देते हैं जिसमें कहा गया है कि समलैंगिक पुरुषों का जननांग बड़ा होता है।",
     [("क्रिस", "PER", "P_c")], []),
    ("इस बारे में कहा गया है कि वह आएंगे।", [], []),
    ("दिल्ली में कहा गया कि वह आएंगे।", [("दिल्ली", "LOC", "L_d")], []),
    ("मार्च 2019 में कहा गया था कि वह आएंगे।", [], []),  # a year, no section number
])
def test_claims_round42_unowned_container(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.cue, c.content) for c in claims] == want


@pytest.mark.parametrize("text,spec,want", [
    # (review of round 42) only a container noun of the lexicon holds a text: no meeting, place, time, manner, language
    ("बैठक में कहा गया कि सभी जिलों में जांच बढ़ाई जाएगी।", [], []),
    ("अस्पताल में बताया गया कि मरीज की हालत स्थिर है।", [], []),
    ("दिल्ली में कहा गया कि वह आएंगे।", [], []),  # an untagged place
    ("पिछले 24 घंटों में बताया गया कि 500 नए मामले आए।", [], []),
    ("जनवरी में बताया गया था कि 500 नए मामले आए।", [], []),
    ("हिंदी में लिखा गया है कि प्रवेश वर्जित है।", [], []),
    ("साफ शब्दों में कहा गया है कि कोई छूट नहीं मिलेगी।", [], []),
    ("इसी क्रम में कहा गया है कि कोई छूट नहीं मिलेगी।", [], []),
    ("जबाब में बताया गया कि वह आएंगे।", [], []),
    # a group within which something is said, an owner of no text
    ("भाजपा में कहा गया कि नड्डा अध्यक्ष बनेंगे।", [("भाजपा", "ORG", "O_b"), ("नड्डा", "PER", "P_n")], []),
    ("राम के घर में कहा गया कि वह आएंगे।", [("राम", "PER", "P_r")], []),
    # hearsay, no perfect
    ("गांव में कहा जाता है कि यहां भूत रहते हैं।", [], []),
    ("पत्रिका में कहा जाता है कि यहां भूत रहते हैं।", [], []),
    # `उनमें` among people, no text in the window
    ("मजदूरों को इकट्ठा किया गया और उनमें बताया गया कि काम बंद रहेगा।", [], []),
    # the issuer named in the sentence before
    ("गृह मंत्रालय ने एसओपी जारी की। एसओपी में कहा गया है कि अधिकारी व्यवस्था करेंगे।", [("गृह मंत्रालय", "ORG", "O_g")],
     [("एसओपी", "O_g", "कहा गया", "अधिकारी व्यवस्था करेंगे")]),
    # a text container still reports
    ("अखबार में लिखा गया है कि वह खेलेगा।", [], [("अखबार", None, "लिखा गया", "वह खेलेगा")]),
])
def test_claims_round42_review_container_allowlist(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.cue, c.content) for c in claims] == want


@pytest.mark.parametrize("text,spec,want", [
    ("ताहिरा का जबाब आया कि वह लंबे समय तक इंतजार कर लेगी।", [("ताहिरा", "PER", "P_t")],
     [("ताहिरा", "P_t", "जबाब आया", "वह लंबे समय तक इंतजार कर लेगी")]),
    ("ताहिरा का जवाब आये कि वह इंतजार कर लेगी।", [("ताहिरा", "PER", "P_t")],
     [("ताहिरा", "P_t", "जवाब आये", "वह इंतजार कर लेगी")]),
    ("मकबूल ने ताहिरा को मैसेज भेजा कि हालात ठीक नहीं होंगे।", [("मकबूल", "PER", "P_m"), ("ताहिरा", "PER", "P_t")],
     [("मकबूल", "P_m", "मैसेज भेजा", "हालात ठीक नहीं होंगे")]),
    # a bare `नहीं` is no content
    ("यह साफ नहीं है कि उनका जवाब आया कि नहीं।", [], []),
    ("राम ने कहा कि नहीं।", [("राम", "PER", "P_r")], []),
])
def test_claims_round42_review_cue_variants(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.cue, c.content) for c in claims] == want
