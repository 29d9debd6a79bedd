"""pipeline/claims.py, claims round 59 (corpus/news sample seed 2021: 8 bbchi_ and 6 covidnp_ articles with a speech
cue, issue 16): announcements as source nouns (`X के ऐलान के मुताबिक`; cues-v46), agent nouns of the suffix -कार as titles, so that an untagged name after one is the speaker
(`बाज़ार रणनीतिकार स्टैन शामु कहते हैं, "…"`; cues-v46), insistence as a stance noun with a copula (`X का ज़ोर रहा है
कि …`; cues-v46, kahna, framed), and a habitual called-it cue with its nominative subject earlier in the clause
(`राजा … अपने को निर्दोष बताते हैं।`; `nominative_called_it`). Sentences from real articles (shortened); same hand-built
records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import LEX, P, check_offsets, run


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


# --- cues-v46 ---------------------------------------------------------------------------------------------------------
def test_cues_v46_rows():
    assert P.cues == "cues-v46" and LEX.version == "cues-v46"
    assert {"रणनीतिकार", "सलाहकार", "फ़िल्मकार", "इतिहासकार"} <= set(LEX.of("title"))
    assert not {"सरकार", "प्रकार", "अधिकार", "स्वीकार"} & set(LEX.of("title"))
    assert {"सलाहकारों", "कलाकारों"} <= set(LEX.of("anonymous"))
    forms = {c.form for c in LEX.cues}
    assert {"ज़ोर है", "ज़ोर रहा है", "जोर था", "जोर रहा था"} <= forms
    assert {"घोषणा", "ऐलान", "एलान"} <= set(LEX.of("source"))


SHAMU = ("मेलबोर्न के आईजी बाज़ार में बाज़ार रणनीतिकार स्टैन शामु कहते हैं, \"ज़्यादातर विश्लेषकों का अनुमान है कि "
         "कटौती सितंबर में शुरू होगी.\"इस ख़बर के बाद सूचकांक 2.3% गिर गया.")
TRUMP = ("ट्रंप", "PER", "P_t")


@pytest.mark.parametrize("text,spec,want", [
    # bbchi_0301: an untagged name after a description ending in an agent noun in -कार (before, no claim)
    (SHAMU, [],
     [("स्टैन शामु", None, "named", "कहते",
       "ज़्यादातर विश्लेषकों का अनुमान है कि कटौती सितंबर में शुरू होगी", "direct")]),
    # covidnp_AU-2020-MAR-10-02: the agent noun alone is an unnamed official (anonymous)
    ("प्रोटोकॉल सलाहकार ने कहा कि भारतीयों को यात्रा प्रतिबंधों का पालन करना चाहिए.", [],
     [("सलाहकार", None, "anonymous", "कहा", "भारतीयों को यात्रा प्रतिबंधों का पालन करना चाहिए", "indirect")]),
    # bbchi_0083: insistence, `का ज़ोर रहा है कि`
    ("राष्ट्रपति ट्रंप का ज़ोर रहा है कि अमरीका और अमरीकी नागरिकों के हितों से कोई समझौता नहीं किया जाएगा.", [TRUMP],
     [("ट्रंप", "P_t", "named", "ज़ोर रहा है",
       "अमरीका और अमरीकी नागरिकों के हितों से कोई समझौता नहीं किया जाएगा", "indirect")]),
    # covidnp_PK-2020-APR-20-01: an announcement as a source noun, its owner the speaker
    ("प्रधानमंत्री नरेंद्र मोदी के ऐलान के मुताबिक आज से कुछ राज्यों में लॉकडाउन से छूट मिलने के आसार हैं.",
     [("नरेंद्र मोदी", "PER", "P_m")],
     [("नरेंद्र मोदी", "P_m", "named", "के मुताबिक", "आज से कुछ राज्यों में लॉकडाउन से छूट मिलने के आसार हैं",
       "indirect")]),
    # the present copula, spelt without the nukta
    ("ट्रंप का जोर है कि सीमा सुरक्षा सबसे ज़रूरी है.", [TRUMP],
     [("ट्रंप", "P_t", "named", "जोर है", "सीमा सुरक्षा सबसे ज़रूरी है", "indirect")]),
])
def test_claims_round59_cues_v46(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


@pytest.mark.parametrize("text,spec", [
    # framed: insistence with no कि, colon or quotation is no claim
    ("सरकार का पूरा जोर है इस बात पर.", []),
    ("इस नीति में ट्रंप का ज़ोर रहा है सीमा सुरक्षा पर.", [TRUMP]),
])
def test_claims_round59_cues_v46_guards(text, spec):
    assert run(text, spec) == []


# --- nominative_called_it ---------------------------------------------------------------------------------------------
RAJA = ("राजा", "PER", "P_r")
ANAND = ("महेश आनंद", "PER", "P_a")


@pytest.mark.parametrize("text,spec,want", [
    # bbchi_0131: the subject before a first coordinated clause
    ("हालाँकि राजा इन आरोपों को ग़लत ठहराते हैं और अपने को निर्दोष बताते हैं. लेकिन सीबीआई ने छापे मारे थे.", [RAJA],
     [("राजा", "P_r", "named", "बताते", "अपने को निर्दोष", "indirect")]),
    # bbchi_0240: a titled person calls the research thrilling
    ("ओपन यूनिवर्सिटी के डॉक्टर महेश आनंद इस शोध को रोमांचकारी बताते हैं.", [ANAND],
     [("महेश आनंद", "P_a", "named", "बताते", "इस शोध को रोमांचकारी", "indirect")]),
    # bbchi_0165: an unnamed group blames, `ज़िम्मेदार ठहराते हैं` (anonymous)
    ("हालांकि ग़ज़ा के कुछ निवासी इन हालात के लिए हमास की सरकार को ज़िम्मेदार ठहराते हैं.", [],
     [("निवासी", None, "anonymous", "ज़िम्मेदार ठहराते", "इन हालात के लिए हमास की सरकार को", "indirect")]),
])
def test_claims_round59_nominative_called_it(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


@pytest.mark.parametrize("text,spec", [
    # a recipient and what is told: a genitive phrase or a plural object after the को, or `के बारे में`
    ("राजा मरीजों को बचाव के तरीके बताते हैं.", [RAJA]),
    ("राजा लोगों को कहानियां बताते हैं.", [RAJA]),
    ("राजा लोगों को इसके बारे में बताते हैं.", [RAJA]),
    # inside another report's content: part of that content, no claim of its own
    ("राजा ने कहा कि लोग इसे गलत बताते हैं.", [RAJA]),
])
def test_claims_round59_nominative_called_it_guards(text, spec):
    assert [c for c in run(text, spec) if c.cue.startswith("बता")] == []


def test_claims_round59_nominative_called_it_switch():
    text = "हालाँकि राजा इन आरोपों को ग़लत ठहराते हैं और अपने को निर्दोष बताते हैं."
    assert run(text, [RAJA], p=replace(P, nominative_called_it=False)) == []
    assert P.nominative_called_it
