"""pipeline/claims.py, claims round 60 (corpus/news sample seed 2022: 14 articles of all sources with at least three
speech cues, issue 16): a joint speakers' list whose items carry an honorific or title (`डॉ. तरुण राजपूत, डॉ. प्रफुल्ल
वर्मा और डॉ अनामिका सिंह ने बताया`; `joint_titled_list`), and a bare study noun after the story introduced the study as
its tagged subject's own (`IIPS ने अपनी एक रिपोर्ट में दावा किया है …। … रिपोर्ट के मुताबिक …`; `study_reflexive_owner`).
Sentences from real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


# --- joint_titled_list -------------------------------------------------------------------------------------------------
DOCS = [("तरुण राजपूत", "PER", "P_t"), ("प्रफुल्ल वर्मा", "PER", "P_p"), ("अनामिका सिंह", "PER", "P_a")]
JOINT = "मरीजों की मानसिक स्थिति को मजबूत करना जरूरी है"


@pytest.mark.parametrize("text", [
    # covidnp_AU-2020-MAY-04-02: an honorific with its period before the second item (before, the first was lost)
    f"जमातियों का इलाज करने वाले डॉ. तरुण राजपूत, डॉ. प्रफुल्ल वर्मा और डॉ अनामिका सिंह ने बताया कि {JOINT}.",
    # the honorific without a period
    f"डॉ तरुण राजपूत, डॉ प्रफुल्ल वर्मा और डॉ अनामिका सिंह ने बताया कि {JOINT}.",
    # a title before each item
    f"सांसद तरुण राजपूत, विधायक प्रफुल्ल वर्मा और मंत्री अनामिका सिंह ने बताया कि {JOINT}.",
])
def test_claims_round60_joint_titled_list(text):
    claims = check_offsets(text, run(text, DOCS))
    assert [(c.speaker_entity_id, c.content) for c in claims] == [
        ("P_t", JOINT), ("P_p", JOINT), ("P_a", JOINT)]
    off = run(text, DOCS, p=replace(P, joint_titled_list=False))
    assert [c.speaker_entity_id for c in off] == ["P_p", "P_a"]


@pytest.mark.parametrize("text,want", [
    # guard: an honorific item after a non-speaker (a place before the comma) adds no speaker
    (f"दिल्ली, डॉ. प्रफुल्ल वर्मा और डॉ अनामिका सिंह ने बताया कि {JOINT}.", ["P_p", "P_a"]),
    # guard: no comma before the honorific, no list
    (f"तरुण राजपूत के साथ डॉ. प्रफुल्ल वर्मा और डॉ अनामिका सिंह ने बताया कि {JOINT}.", ["P_p", "P_a"]),
])
def test_claims_round60_joint_titled_list_guards(text, want):
    spec = DOCS + [("दिल्ली", "LOC", "L_d")]
    assert [c.speaker_entity_id for c in run(text, spec)] == want


# --- study_reflexive_owner ----------------------------------------------------------------------------------------------
IIPS = ("इंटरनेशनल इंस्टीट्यूट फॉर पॉपुलेशन साइंसेज", "ORG", "O_i")
CDDEP = ("CDDEP", "ORG", "O_c")
IIPS_INTRO = ("मुंबई के इंटरनेशनल इंस्टीट्यूट फॉर पॉपुलेशन साइंसेज (IIPS) ने अपनी एक रिपोर्ट में दावा किया है कि "
              "लॉकडाउन से करीब 33,000 मौतें टलीं. इस शोध के लिए रिप्रोडक्शन नंबर का इस्तेमाल किया गया. ")


@pytest.mark.parametrize("text,spec,want", [
    # covidnp_AU-2020-MAY-07-01: another study noun for the same research (before: unresolved)
    (IIPS_INTRO + "शोध से पता चलता है कि लॉकडाउन ने संक्रमण को आठ गुणा कम किया है.", [IIPS],
     ("इंटरनेशनल इंस्टीट्यूट फॉर पॉपुलेशन साइंसेज", "O_i", "named", "पता चलता",
      "लॉकडाउन ने संक्रमण को आठ गुणा कम किया है", "indirect")),
    # covidnp_NT-2020-APR-23-02: the same noun, `ताजा` before it, a headline line between
    ("CDDEP ने अपनी ताजा रिपोर्ट में सख्त पाबंदियों की वकालत की है.\nबन जाए वैक्सीन, वह खुद पर लगवा रहा इंजेक्शन\n"
     "रिपोर्ट में कहा गया है कि यह अनुमान ताजा आंकड़ों पर आधारित है.", [CDDEP],
     ("CDDEP", "O_c", "named", "कहा गया", "यह अनुमान ताजा आंकड़ों पर आधारित है", "indirect")),
])
def test_claims_round60_study_reflexive_owner(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert got(claims)[-1] == want
    off = run(text, spec, p=replace(P, study_reflexive_owner=False))
    assert got(off)[-1][1:3] == (None, "unresolved")


PLAIN_INTRO = ("मुंबई के इंटरनेशनल इंस्टीट्यूट फॉर पॉपुलेशन साइंसेज (IIPS) ने अपनी एक रिपोर्ट जारी की है. "
               "इस शोध के लिए रिप्रोडक्शन नंबर का इस्तेमाल किया गया. ")


def test_claims_round60_study_reflexive_owner_plain():
    # no claim of the owner before: only this rule gives the report to it
    text = PLAIN_INTRO + "रिपोर्ट के मुताबिक देश में 40,263 लोग ही संक्रमित हुए."
    assert [(c.speaker_entity_id, c.speaker_type) for c in run(text, [IIPS])] == [("O_i", "named")]
    off = run(text, [IIPS], p=replace(P, study_reflexive_owner=False))
    assert [(c.speaker_entity_id, c.speaker_type) for c in off] == [(None, "unresolved")]


@pytest.mark.parametrize("text", [
    PLAIN_INTRO + "एक अन्य रिपोर्ट भी आई है. रिपोर्ट के मुताबिक देश में 40,263 लोग ही संक्रमित हुए.",
    PLAIN_INTRO + "डब्ल्यूएचओ की रिपोर्ट भी आई है. रिपोर्ट के मुताबिक देश में 40,263 लोग ही संक्रमित हुए.",
    PLAIN_INTRO + "ब्रिटिश रिपोर्ट के मुताबिक देश में 40,263 लोग ही संक्रमित हुए.",
    # guard: a subject's own other thing, not a study (`अपनी सरकार`)
    "इंटरनेशनल इंस्टीट्यूट फॉर पॉपुलेशन साइंसेज ने अपनी सरकार को पत्र लिखा है. "
    "रिपोर्ट के मुताबिक देश में 40,263 लोग ही संक्रमित हुए.",
])
def test_claims_round60_study_reflexive_owner_plain_guards(text):
    assert [c.speaker_entity_id for c in run(text, [IIPS]) if c.cue == "के मुताबिक"] == [None]


@pytest.mark.parametrize("text", [
    # guard: another study introduced between (`एक अन्य रिपोर्ट`)
    IIPS_INTRO + "एक अन्य रिपोर्ट भी आई है. रिपोर्ट के मुताबिक देश में 40,263 लोग ही संक्रमित हुए.",
    # guard: another owner's study between (`WHO की रिपोर्ट`)
    IIPS_INTRO + "डब्ल्यूएचओ की रिपोर्ट भी आई है. रिपोर्ट के मुताबिक देश में 40,263 लोग ही संक्रमित हुए.",
    # guard: a study noun with words of its own before it is another document
    IIPS_INTRO + "ब्रिटिश रिपोर्ट के मुताबिक देश में 40,263 लोग ही संक्रमित हुए.",
])
def test_claims_round60_study_reflexive_owner_guards(text):
    # the rule changes nothing here (other rules may still read the report as the last speaker's words)
    assert got(run(text, [IIPS])) == got(run(text, [IIPS], p=replace(P, study_reflexive_owner=False)))


def test_claims_round60_study_reflexive_owner_window():
    # guard: the introduction more than 3 x pronoun_window sentences back
    filler = "मौसम साफ रहा. " * (3 * P.pronoun_window + 2)
    text = IIPS_INTRO + filler + "रिपोर्ट के मुताबिक देश में 40,263 लोग ही संक्रमित हुए."
    claims = run(text, [IIPS])
    assert [c.speaker_entity_id for c in claims if c.cue == "के मुताबिक"] == [None]
    near = IIPS_INTRO + "रिपोर्ट के मुताबिक देश में 40,263 लोग ही संक्रमित हुए."
    assert [c.speaker_entity_id for c in run(near, [IIPS]) if c.cue == "के मुताबिक"] == ["O_i"]


# --- percent_group ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # covidnp_DH-2020-MAY-08-01: a survey's share of respondents (before: a named speaker `प्रतिशत` without an entity)
    ("सर्वे में 25 प्रतिशत ने खुद को असहाय बताया.", ("प्रतिशत", None, "anonymous", "बताया", "खुद को असहाय", "indirect")),
    ("वहीं 24.9 फीसदी ने कहा कि उन्हें अधिक थकान होती है.",
     ("फीसदी", None, "anonymous", "कहा", "उन्हें अधिक थकान होती है", "indirect")),
])
def test_claims_round60_percent_group(text, want):
    assert got(check_offsets(text, run(text, []))) == [want]
    off = run(text, [], p=replace(P, percent_group=False))
    assert [c.speaker_type for c in off] == ["named"]


def test_claims_round60_percent_group_guard():
    # guard: a percentage word with no number before it is left as it was
    text = "प्रतिशत ने कहा कि वे डरे हुए हैं."
    assert got(run(text, [])) == got(run(text, [], p=replace(P, percent_group=False)))


def test_claims_round60_joint_titled_comma_list():
    # a list of three joined by commas alone, each with its honorific (`डॉ. A, डॉ. B, डॉ. C का कहना है`)
    text = "डॉ. तरुण राजपूत, डॉ. प्रफुल्ल वर्मा, डॉ. अनामिका सिंह का कहना है कि मरीज अब ठीक हैं."
    assert [c.speaker_entity_id for c in check_offsets(text, run(text, DOCS))] == ["P_t", "P_p", "P_a"]
    off = run(text, DOCS, p=replace(P, joint_titled_list=False))
    assert [c.speaker_entity_id for c in off] == ["P_a"]
