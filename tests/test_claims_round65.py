"""pipeline/claims.py, claims round 65 (claim content boundaries, issue 16; corpus/news sample seed 2028: 50 claims of
main's table, a third each from `bbchi_`, native `covidnp_`/`ednil_` and translated `ntrex_`/`wmt24_`/`tico19_`).
`study_continuation`: a sentence of the same paragraph held only by according-to cues whose source is a bare study
noun goes on with an indirect content in which the speaker speaks in the first person (`उन्होंने कहा कि हम … लेंगे।
मौजूदा अध्ययन के अनुसार …`; the study's own claim stays, one claim per layer). `bridged_first_person` (off in
params.yaml: dev2-tune's gold stops before such a sentence): a sentence with nobody new in it, between an indirect
content and a first-person sentence of the same paragraph, goes on with the content. Sentences paraphrase real
articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

STUDY_ON = replace(P, study_continuation=True)
STUDY_OFF = replace(P, study_continuation=False)
BRIDGE_ON = replace(P, bridged_first_person=True)
BRIDGE_OFF = replace(P, bridged_first_person=False)


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


STUDY = ("पता चलता है कि यह बीमारी गांवों में नहीं फैली है")


@pytest.mark.parametrize("text,spec,first,second", [
    # covidnp_DJ-2020-MAR-19-01's layout (dev2-tune; paraphrased, other words): a stray closer after the study
    ("उन्होंने कहा कि हम अगले हफ्ते से ज्यादा जिलों में जांच करेंगे। मौजूदा अध्ययन के अनुसार " + STUDY + "।'", [],
     "हम अगले हफ्ते से ज्यादा जिलों में जांच करेंगे",
     ("उन्होंने", None, "unresolved", "के अनुसार", "अध्ययन", STUDY)),
    # a named speaker and a `सर्वे` with a modifier
    ("डॉ. रमेश ने कहा कि हम जांच का दायरा बढ़ाएंगे। ताजा सर्वे के मुताबिक राज्य में संक्रमण की दर घट रही है।",
     [("रमेश", "PER", "P_r")], "हम जांच का दायरा बढ़ाएंगे",
     ("रमेश", "P_r", "named", "के मुताबिक", "सर्वे", "राज्य में संक्रमण की दर घट रही है")),
])
def test_claims_round65_study_continuation(text, spec, first, second):
    spk, eid, typ, cue, source, rest = second
    head = (spk, eid, typ, "कहा", first, "indirect")
    layer = (source, None, "unresolved", cue, rest, "indirect")
    on = got(check_offsets(text, run(text, spec, p=STUDY_ON)))
    whole = text[text.index(first):text.index(rest) + len(rest)]
    assert on == [head[:4] + (whole, "indirect"), layer]
    assert got(run(text, spec, p=STUDY_OFF)) == [head, layer]


@pytest.mark.parametrize("text,spec,want", [
    # guard: no first person in the content before it (the writer cites the study)
    ("उन्होंने कहा कि संक्रमण की दर घट रही है। मौजूदा अध्ययन के अनुसार " + STUDY + "।", [],
     [("उन्होंने", None, "unresolved", "कहा", "संक्रमण की दर घट रही है", "indirect"),
      ("अध्ययन", None, "unresolved", "के अनुसार", STUDY, "indirect")]),
    # guard: the study has a tagged owner (somebody new: not the speaker's own)
    ("उन्होंने कहा कि हम जांच बढ़ाएंगे। WHO की रिपोर्ट के मुताबिक संक्रमण की दर घट रही है।", [("WHO", "ORG", "O_w")],
     [("उन्होंने", None, "unresolved", "कहा", "हम जांच बढ़ाएंगे", "indirect"),
      ("WHO", "O_w", "named", "के मुताबिक", "संक्रमण की दर घट रही है", "indirect")]),
    # guard: a source that is no study (`सूत्रों`)
    ("उन्होंने कहा कि हम जांच बढ़ाएंगे। सूत्रों के अनुसार राज्य में संक्रमण की दर घट रही है।", [],
     [("उन्होंने", None, "unresolved", "कहा", "हम जांच बढ़ाएंगे", "indirect"),
      ("सूत्रों", None, "anonymous", "के अनुसार", "राज्य में संक्रमण की दर घट रही है", "indirect")]),
])
def test_claims_round65_study_continuation_guards(text, spec, want):
    assert got(run(text, spec, p=STUDY_ON)) == want
    assert got(run(text, spec, p=STUDY_OFF)) == want


KEJ = "मुख्यमंत्री अरविंद केजरीवाल ने कहा कि यह बीमारी किसी से भेदभाव नहीं करती है।"
BRIDGE = " शहर के एक मोहल्ले में एक ही परिवार के 26 लोग संक्रमित हो चुके हैं।"
FIRST = " आज हम कठिन परिस्थिति का सामना कर रहे हैं।"


def test_claims_round65_bridged_first_person():
    # covidnp_PK-2020-APR-19-01 (paraphrased): the plain sentence between the content and the speaker's `आज हम …`
    text = KEJ + BRIDGE + FIRST
    spec = [("अरविंद केजरीवाल", "PER", "P_k")]
    head = ("अरविंद केजरीवाल", "P_k", "named", "कहा")
    assert got(check_offsets(text, run(text, spec, p=BRIDGE_ON))) == [
        head + ("यह बीमारी किसी से भेदभाव नहीं करती है।" + BRIDGE + FIRST.rstrip("।"), "indirect")]
    assert got(run(text, spec, p=BRIDGE_OFF)) == [head + ("यह बीमारी किसी से भेदभाव नहीं करती है", "indirect")]


@pytest.mark.parametrize("text,spec,want", [
    # guard: no first-person sentence after the plain one
    (KEJ + BRIDGE, [("अरविंद केजरीवाल", "PER", "P_k")],
     [("अरविंद केजरीवाल", "P_k", "named", "कहा", "यह बीमारी किसी से भेदभाव नहीं करती है", "indirect")]),
    # guard: a pronoun in the sentence between (somebody's act told by the writer)
    (KEJ + " उन्होंने अस्पतालों का दौरा किया।" + FIRST, [("अरविंद केजरीवाल", "PER", "P_k")],
     [("अरविंद केजरीवाल", "P_k", "named", "कहा", "यह बीमारी किसी से भेदभाव नहीं करती है", "indirect")]),
    # guard (covidnp_PK-2020-APR-27-01, paraphrased): a written source; the first person after is the publisher's
    ("आंकड़ों के मुताबिक 826 लोगों की मौत हो चुकी है। अभी 20177 मरीजों का इलाज चल रहा है। सभी ताज़ा खबरों के लिए हमारे"
     " साथ जुड़े रहें।", [],
     [("आंकड़ों", None, "unresolved", "के मुताबिक", "826 लोगों की मौत हो चुकी है", "indirect")]),
    # guard (bbchi_0013, paraphrased): the first person after names a tagged person, the writer's own story
    ("उजागर सिंह कहते हैं कि दोनों देशों के लोगों को मिलना चाहिए। सीमा के पास गांवों में तनाव है। तय हुआ कि मैं"
     " इशलीन को उनका पुराना घर दिखाऊंगा।", [("उजागर सिंह", "PER", "P_u"), ("इशलीन", "PER", "P_i")],
     [("उजागर सिंह", "P_u", "named", "कहते", "दोनों देशों के लोगों को मिलना चाहिए", "indirect")]),
])
def test_claims_round65_bridged_first_person_guards(text, spec, want):
    assert got(run(text, spec, p=BRIDGE_ON)) == want
    assert got(run(text, spec, p=BRIDGE_OFF)) == want
