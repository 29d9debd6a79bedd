"""pipeline/claims.py, blind review of claims rounds 60 and 61: the guards `joint_titled_list`, `study_reflexive_owner`,
`percent_group` and `agentive_subject` must keep, and the one narrowing the review made: an indefinite study noun
(`एक सर्वे में …`, the indefinite article introducing a new referent) between the owner's `X ने अपनी रिपोर्ट` and a bare
`सर्वे के मुताबिक` is another study, as `एक अन्य रिपोर्ट` is. Sentences from real articles (shortened) or built on their
pattern; same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

DOCS = [("तरुण राजपूत", "PER", "P_t"), ("प्रफुल्ल वर्मा", "PER", "P_p"), ("अनामिका सिंह", "PER", "P_a")]
JOINT = "मरीजों की मानसिक स्थिति को मजबूत करना जरूरी है"
IIPS = ("इंटरनेशनल इंस्टीट्यूट फॉर पॉपुलेशन साइंसेज", "ORG", "O_i")
CDDEP = ("CDDEP", "ORG", "O_c")


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


# --- joint_titled_list: guards ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # the comma ends another clause whose speaker took `ने`: no list across it
    (f"तरुण राजपूत ने बात की, डॉ. प्रफुल्ल वर्मा और डॉ अनामिका सिंह ने बताया कि {JOINT}.", ["P_p", "P_a"]),
    # a title word of three words is no honorific run (at most two are stepped over)
    (f"तरुण राजपूत, जिला के वरिष्ठ चिकित्सक प्रफुल्ल वर्मा और डॉ अनामिका सिंह ने बताया कि {JOINT}.", ["P_p", "P_a"]),
])
def test_review60_joint_titled_list_guards(text, want):
    assert [c.speaker_entity_id for c in run(text, DOCS) if c.cue == "बताया"] == want


# --- study_reflexive_owner ---------------------------------------------------------------------------------------------
INTRO = ("CDDEP ने अपनी ताजा रिपोर्ट में सख्त पाबंदियों की वकालत की है. ")


@pytest.mark.parametrize("text", [
    # the narrowing: an indefinite survey introduced between is a new study, not CDDEP's
    INTRO + "एक सर्वे में लोगों से राय ली गई. सर्वे के मुताबिक ज्यादातर लोग लॉकडाउन के पक्ष में हैं.",
    INTRO + "एक अध्ययन भी आया है. अध्ययन के मुताबिक ज्यादातर लोग लॉकडाउन के पक्ष में हैं.",
    # covidnp_NT-2020-APR-23-02's other report: one a paper printed, between (`बिजनसलाइन में छपी रिपोर्ट`)
    INTRO + "बिजनसलाइन में छपी रिपोर्ट पढ़ी गई. रिपोर्ट के मुताबिक ज्यादातर लोग लॉकडाउन के पक्ष में हैं.",
])
def test_review60_study_reflexive_owner_other_study(text):
    assert [c.speaker_entity_id for c in run(text, [CDDEP]) if c.cue == "के मुताबिक"] == [None]


@pytest.mark.parametrize("text", [
    # covidnp_AU-2020-ARP-13-01 (paraphrased): the owner's report of a survey, the survey read as its own
    INTRO + "इसमें लोगों से राय ली गई. सर्वे के मुताबिक ज्यादातर लोग लॉकडाउन के पक्ष में हैं.",
    # a demonstrative points back to the owner's report
    INTRO + "इस रिपोर्ट के मुताबिक ज्यादातर लोग लॉकडाउन के पक्ष में हैं.",
])
def test_review60_study_reflexive_owner_kept(text):
    assert [c.speaker_entity_id for c in run(text, [CDDEP]) if c.cue == "के मुताबिक"] == ["O_c"]


# --- percent_group: guards ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # a head noun after the share is the speaker, as before (anonymous people)
    ("सर्वे में 62.5 फीसदी लोगों ने कहा कि लॉकडाउन बढ़े.", [("लोगों", "anonymous")]),
    # a tagged person is untouched
    ("तरुण राजपूत ने कहा कि 25 प्रतिशत मरीज ठीक हुए.", [("तरुण राजपूत", "named")]),
])
def test_review60_percent_group_guards(text, want):
    got_ = [(c.speaker_text, c.speaker_type) for c in run(text, DOCS)]
    assert got_ == want
    assert got_ == [(c.speaker_text, c.speaker_type) for c in run(text, DOCS, p=replace(P, percent_group=False))]


# --- agentive_subject (round 61): guards --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the participle as a predicate (`… करने वाले हैं`, "are about to"): a finite clause, then its own subject
    "तरुण राजपूत इस्तीफा देने वाले हैं और कहते हैं कि वे थक गए हैं.",
    # a tagged person right after the participle is the subject (the name, not `पढ़ाने वाली`)
    "इस स्कूल में पढ़ाने वाली अनामिका सिंह कहती हैं कि लोडशेडिंग बड़ा मसला है.",
])
def test_review61_agentive_subject_guards(text):
    claims = check_offsets(text, run(text, DOCS))
    assert all(c.speaker_type != "anonymous" or "वाल" not in (c.speaker_text or "") for c in claims)
    assert got(claims) == got(run(text, DOCS, p=replace(P, agentive_subject=False)))
