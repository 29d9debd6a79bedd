"""pipeline/claims.py and cues-v42, claims round 53 (corpus/news sample seed 2015, 14 native covidnp_/ednil_/bbchi_
articles): a cue whose object is the question word `क्या` (`interrogative_cue`); an indirect content cut at the next
report's speaker ends before that speaker's modifiers (`next_subject_cut`); `उन्होंने` after a sentence whose ergative
subject is an unnamed role (`unnamed_role_pronoun`); cues-v42's anonymous `पार्टनर`. Sentences from real articles
(shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import LEX, P, check_offsets, run

IPL = ("IPL", "ORG", "O_ipl")
HARSH = ("हर्षवर्धन", "PER", "P_harsh")
MOH = ("स्वास्थ्य मंत्रालय", "ORG", "O_moh")
TRUMP = ("डोनल्ड ट्रंप", "PER", "P_trump")
SHEN = ("शेन", "PER", "P_shen")
USA = ("अमेरिकी", "LOC", "L_us")
PINKY = ("पिंकी", "PER", "P_pinky")
SONAM = ("सोनम कपूर", "PER", "P_sonam")

TEASER = ("कोरोना के कारण 19 राज्यों में पूर्ण लॉकडाउन, यहां देखें स्वास्थ्य मंत्रालय ने क्या कहा\n"
          "नई दिल्ली: स्वास्थ्य मंत्रालय ने आज मीडिया को जानकारी दी।")
BODIES = ("लेकिन अस्पताल में एक मेडिकल सूत्र ने कहा कि उन्हें 37 शव मिल चुके थे, जबकि राहत अभियान में शामिल एक कर्मी ने "
          "बताया कि उसने 42 शवों की गिनती की थी।")
VACCINE = ("शेन ने एक इंटरव्यू में कहा कि दुनिया भर के वैज्ञानिक वैक्सीन बनाने की कोशिश में लगे हैं, खुद अमेरिकी "
           "राष्ट्रपति डोनल्ड ट्रंप ने भी दावा किया था कि कुछ महीनों में यह वैक्सीन आ जाएगी।")
MINISTER = ("महाराष्ट्र के स्वास्थ्य मंत्री ने IPL को इस बार स्थगित करने का सुझाव दिया है। उन्होंने कहा कि मैचों के दौरान "
            "भीड़ एकत्रित होती है जिससे वायरस के फैलने का खतरा है।")
PARTNER = "पिंकी की पूर्व लिव-इन पार्टनर ने कहा, “मैंने गहने बेचकर उसे पैसे दिए.”"


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


def test_cues_v42_rows():
    assert P.cues == "cues-v46" and LEX.version == "cues-v46"  # (cues-v43, v44 and v46 keep these rows; claims rounds 54, 55, 59)
    assert {"पार्टनर", "पत्नी", "सेना"} <= set(LEX.of("anonymous"))  # (`सेना` stays anonymous: no head anaphor row)
    assert "सेना" not in dict(LEX.anaphors)


# --- interrogative_cue ------------------------------------------------------------------------------------------

def test_claims_round53_interrogative_cue():
    # covidnp_PK-2020-MAR-23-01: a headline teaser, `… ने क्या कहा`: nothing said in the text, no claim of its own
    claims = check_offsets(TEASER, run(TEASER, [MOH]))
    assert [c for c in claims if c.cue == "कहा"] == []


def test_claims_round53_interrogative_cue_off():
    claims = run(TEASER, [MOH], p=replace(P, interrogative_cue=False))
    assert [c.cue for c in claims if c.cue == "कहा"] == ["कहा"]


@pytest.mark.parametrize("text,spec,content", [
    # `क्या` inside the content, not the cue's object: the claim stays
    ("हर्षवर्धन ने कहा कि लोगों को क्या करना है, यह सरकार जल्द बताएगी।", [HARSH],
     "लोगों को क्या करना है, यह सरकार जल्द बताएगी"),
])
def test_claims_round53_interrogative_cue_not(text, spec, content):
    assert [c.content for c in check_offsets(text, run(text, spec))] == [content]


# --- next_subject_cut -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,spec,first", [
    # ednil_over-60-people-killed…: the relief worker's modifiers (`राहत अभियान में शामिल एक`) are not the source's words
    (BODIES, [], "उन्हें 37 शव मिल चुके थे"),
    # covidnp_AU-2020-MAR-05-01: `खुद अमेरिकी राष्ट्रपति` opens Trump's report
    (VACCINE, [SHEN, USA, TRUMP], "दुनिया भर के वैज्ञानिक वैक्सीन बनाने की कोशिश में लगे हैं"),
])
def test_claims_round53_next_subject_cut(text, spec, first):
    claims = check_offsets(text, run(text, spec))
    assert claims[0].content == first and len(claims) == 2


def test_claims_round53_next_subject_cut_off():
    claims = run(BODIES, [], p=replace(P, next_subject_cut=False))
    assert claims[0].content.startswith("उन्हें 37 शव मिल चुके थे, जबकि")


def test_claims_round53_next_subject_cut_nested_kept():
    # a nested report with no clause break before it stays in the content (cut_at_others, unchanged)
    text = "हर्षवर्धन ने कहा कि अमेरिका ने दावा किया है कि वायरस चीन से आया।"
    claims = check_offsets(text, run(text, [HARSH]))
    assert claims[0].content == "अमेरिका ने दावा किया है कि वायरस चीन से आया"


# --- unnamed_role_pronoun ---------------------------------------------------------------------------------------

def test_claims_round53_unnamed_role_pronoun():
    # covidnp_PK-2020-MAR-09-01: the unnamed minister, not the IPL named as the object
    claims = check_offsets(MINISTER, run(MINISTER, [IPL]))
    assert got(claims) == [("उन्होंने", None, "anonymous", "कहा",
                            "मैचों के दौरान भीड़ एकत्रित होती है जिससे वायरस के फैलने का खतरा है", "indirect")]


def test_claims_round53_unnamed_role_pronoun_off():
    claims = run(MINISTER, [IPL], p=replace(P, unnamed_role_pronoun=False))
    assert [c.speaker_entity_id for c in claims] == ["O_ipl"]


def test_claims_round53_unnamed_role_pronoun_named_kept():
    # a minister with his name tagged: the pronoun is that person, as before
    text = ("केंद्रीय स्वास्थ्य मंत्री हर्षवर्धन ने एक बैठक की अध्यक्षता की। उन्होंने कहा कि सभी राज्यों को दिशा-निर्देश भेजे "
            "जा रहे हैं।")
    assert [(c.speaker_entity_id, c.speaker_type) for c in run(text, [HARSH])] == [("P_harsh", "pronoun")]


# --- cues-v42: anonymous पार्टनर -----------------------------------------------------------------------------------

def test_claims_round53_partner_anonymous():
    # bbchi_0248: a partner with no name of her own is an unnamed person
    claims = check_offsets(PARTNER, run(PARTNER, [PINKY]))
    assert [(c.speaker_entity_id, c.speaker_type, c.quote_type) for c in claims] == [(None, "anonymous", "direct")]


def test_claims_round53_partner_named_kept():
    text = "उनकी बिजनेस पार्टनर सोनम कपूर ने कहा कि कंपनी घाटे में नहीं है।"
    assert [(c.speaker_entity_id, c.speaker_type) for c in run(text, [SONAM])] == [("P_sonam", "named")]


# --- source_layer -----------------------------------------------------------------------------------------------

DISPATCH = ("आइजोल से प्राप्त खबर के अनुसार, मिजोरम में म्यामां के साथ राज्य की सीमाओं को सील कर दिया जाएगा. "
            "राज्य के एक शीर्ष अधिकारी ने सोमवार को यह जानकारी दी.")
CLOSED = "मिजोरम में म्यामां के साथ राज्य की सीमाओं को सील कर दिया जाएगा"


def test_claims_round53_source_layer():
    # covidnp_PK-2020-MAR-09-01: the dispatch passes on what the official told; one claim per layer
    claims = check_offsets(DISPATCH, run(DISPATCH, []))
    assert [(c.cue, c.speaker_type, c.content) for c in claims if c.cue == "जानकारी दी"] == [
        ("जानकारी दी", "anonymous", CLOSED)]
    assert [c.content for c in claims if c.cue == "के अनुसार"] == [CLOSED]


def test_claims_round53_source_layer_off():
    claims = run(DISPATCH, [], p=replace(P, source_layer=False))
    assert [c.cue for c in claims] == ["के अनुसार"]


def test_claims_round53_source_layer_reported_kept():
    # a sentence held by a named speaker's `कहा कि` claim is no according-to layer: no second claim, as before
    text = "हर्षवर्धन ने कहा कि " + CLOSED + ". राज्य के एक शीर्ष अधिकारी ने सोमवार को यह जानकारी दी."
    assert [c.cue for c in check_offsets(text, run(text, [HARSH]))] == ["कहा"]
