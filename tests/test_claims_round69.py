"""pipeline/claims.py, claims round 69 (issue 16; seed 2032; speakers on translated international news): an untagged
ergative speaker phrase stops at a relative participle before the name (`… बनाने वाली कंपनी सोलैरिस पेपर ने कहा` ->
`सोलैरिस पेपर`; `participle_speaker`), and a one-word untagged noun with its own `ने` right after a tagged subject's
`ने` is a mistyped object (`ट्रेसी उलमान ने भीड़ ने कहा` -> Tracey Ullman; `double_ergative`).
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

ON = replace(P, participle_speaker=True, double_ergative=True)
OFF = replace(P, participle_speaker=False, double_ergative=False)
KC = ("किंबरली-क्लार्क", "ORG", "O_kc")
ULLMAN = ("ट्रेसी उलमान", "PER", "P_tu")
CCTV = ("चाइना सेंट्रल टेलीविज़न", "ORG", "O_cc")
DELHI = ("दिल्ली", "LOC", "L_d")


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


@pytest.mark.parametrize("text,spec,want,before", [
    # tico19_Stores-in-Australia-lower-toilet-paper-limits-per-transactio (paraphrased): a joint subject whose second
    # member, untagged, follows a relative participle and a kind noun
    ("टिश्यु बनाने वाली कंपनी किंबरली-क्लार्क, और सॉर्बेंट बनाने वाली कंपनी सोलैरिस पेपर ने कहा कि वे पूरे हफ्ते काम "
     "कर रहे हैं।", [KC],
     ("सोलैरिस पेपर", None, "named", "कहा", "वे पूरे हफ्ते काम कर रहे हैं", "indirect"),
     ("वाली कंपनी सोलैरिस पेपर", None, "named", "कहा", "वे पूरे हफ्ते काम कर रहे हैं", "indirect")),
    # covidnp_DH-2020-MAR-12-02 (paraphrased): the bench a judge presides over, an unnamed body
    ("न्यायमूर्ति मुखोपाध्याय की अध्यक्षता वाली दो सदस्यीय पीठ ने कहा कि सौदे की जांच होगी।", [],
     ("दो सदस्यीय पीठ", None, "anonymous", "कहा", "सौदे की जांच होगी", "indirect"),
     ("वाली दो सदस्यीय पीठ", None, "named", "कहा", "सौदे की जांच होगी", "indirect")),
])
def test_claims_round69_participle_speaker(text, spec, want, before):
    assert want in got(check_offsets(text, run(text, spec, p=ON)))
    assert before in got(run(text, spec, p=OFF))
    assert want not in got(run(text, spec, p=OFF))


@pytest.mark.parametrize("text,spec", [
    # guard: one word after the participle is a description of an unnamed person (bbchi_0255, paraphrased)
    ("उस छोटे लड़के को देख कर चने बेचने वाली लड़की ने कहा कि वो उन्हें चने दे देगी।", []),
    # guard: an according-to source keeps the owner before the participle (bbchi_0275, paraphrased)
    ("चाइना सेंट्रल टेलीविज़न पर आने वाली रिपोर्ट के मुताबिक पूर्व बैंकर की संपत्ति जब्त की गई।", [CCTV]),
    # guard: nothing after the participle (round 61's agentive subject)
    ("बॉन्ड सीरिज़ की हिमायत करने वाले ने कहा कि यह अच्छा है।", []),
])
def test_claims_round69_participle_guards(text, spec):
    assert got(run(text, spec, p=ON)) == got(run(text, spec, p=OFF))


# ntrex_newsweek.51318 (paraphrased): `भीड़ ने` for `भीड़ से` after the speaker's own ने
ULL = "एक कॉन्सर्ट के दौरान राजदूत ट्रेसी उलमान ने भीड़ ने कहा, \"हम कुपोषण को इतिहास का फ़ुटनोट बना सकते हैं।\""


def test_claims_round69_double_ergative():
    quote = "हम कुपोषण को इतिहास का फ़ुटनोट बना सकते हैं"
    assert got(check_offsets(ULL, run(ULL, [ULLMAN], p=ON))) == [
        ("ट्रेसी उलमान", "P_tu", "named", "कहा", quote, "direct")]
    assert got(run(ULL, [ULLMAN], p=OFF)) == [("भीड़", None, "named", "कहा", quote, "direct")]


@pytest.mark.parametrize("text,spec", [
    # guard: no tagged subject before the noun's ने
    ("कॉन्सर्ट में भीड़ ने कहा, \"हम कुपोषण को खत्म कर सकते हैं।\"", []),
    # guard: a place's ने before it is no person's or organisation's
    ("दिल्ली ने भीड़ ने कहा, \"हम कुपोषण को खत्म कर सकते हैं।\"", [DELHI]),
    # guard: an anonymous noun with its own ने is a subject (`अधिकारियों ने`)
    ("राजदूत ट्रेसी उलमान ने अधिकारियों ने कहा कि सब ठीक है।", [ULLMAN]),
])
def test_claims_round69_double_ergative_guards(text, spec):
    assert got(run(text, spec, p=ON)) == got(run(text, spec, p=OFF))
