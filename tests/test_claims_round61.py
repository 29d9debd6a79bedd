"""pipeline/claims.py, claims round 61 (corpus/news sample seed 2023: 6 `bbchi_` and 6 `ntrex_`/`wmt24_` articles with
at least three speech cues, issue 16): a verb's agentive participle used as a noun (`<infinitive>-ने वाले`, "those who
…") right before a habitual cue is the cue's nominative subject, unnamed people (`बॉन्ड सीरिज़ की हिमायत करने वाले कहते
हैं कि …`; `agentive_subject`). Sentences from real articles (shortened); same hand-built records as
tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


@pytest.mark.parametrize("text,want", [
    # bbchi_0162: a light verb's agentive participle after a genitive object (before: no claim)
    ("लेकिन बॉन्ड सीरिज़ की हिमायत करने वाले कहते हैं कि ये आधुनिक फैन्टसी है.",
     [("हिमायत करने वाले", None, "anonymous", "कहते", "ये आधुनिक फैन्टसी है", "indirect")]),
    # bbchi_0087: a bare verb's participle after a comma-bounded clause
    ("पाकिस्तान में जब भी लाइट जाती है, कहने वाले कहते हैं कि ये लाइट अपने साथ सब ले जाती है.",
     [("कहने वाले", None, "anonymous", "कहते", "ये लाइट अपने साथ सब ले जाती है", "indirect")]),
    # the quote layout of the same subject
    ("बाजार पर नजर रखने वाले कहते हैं, \"कीमतें और बढ़ेंगी.\"",
     [("नजर रखने वाले", None, "anonymous", "कहते", "कीमतें और बढ़ेंगी", "direct")]),
])
def test_claims_round61_agentive_subject(text, want):
    assert got(check_offsets(text, run(text))) == want
    assert run(text, p=replace(P, agentive_subject=False)) == []


@pytest.mark.parametrize("text,spec,want", [
    # guard: a name after the participle is the subject (bbchi_0087), as before
    ("इस स्कूल में पढ़ाने वाली उज्मा कहती हैं, \"लोडशेडिंग हमारे लिए बड़ा मसला है.\"", [("उज्मा", "PER", "P_u")],
     [("उज्मा", "P_u", "named", "कहती", "लोडशेडिंग हमारे लिए बड़ा मसला है", "direct")]),
    # guard: a head noun after the participle is the subject (bbchi_0300), as before
    ("स्मार्टफ़ोन उद्योग पर नज़र रखने वाले कुछ लोग मानते हैं कि इस फ़ोन का ख़ास असर होगा.", [],
     [("लोग", None, "anonymous", "मानते", "इस फ़ोन का ख़ास असर होगा", "indirect")]),
    # guard: the ergative and genitive subjects are unchanged
    ("विरोध करने वालों ने कहा कि इससे नुकसान होगा.", [],
     [("विरोध करने वालों", None, "anonymous", "कहा", "इससे नुकसान होगा", "indirect")]),
])
def test_claims_round61_agentive_subject_guards(text, spec, want):
    assert got(run(text, spec)) == want
    assert got(run(text, spec, p=replace(P, agentive_subject=False))) == want
