"""pipeline/claims.py, review of claims round 54: owned_statement skips a genitive that dates the statement
(`मार्च की प्रेस विज्ञप्ति`, `पिछले साल की रिपोर्ट`); a tagged owner's genitive over `प्रेस`/`एक`/`ताज़ा` is the speaker
(`tagged_statement_owner`, bbchi_0334's `नेचर जियोसाइंस की ताजा रिपोर्ट`); adjunct_subject reads no verb of naming
(`वे इसे हिंदी में कहते हैं, "जुगाड़"`, bbchi_0024's `जिसे अंग्रेज़ी में कहते हैं`). Sentences from real articles
(shortened, paraphrased); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

MMS = ("मनमोहन सिंह", "PER", "P_m")


def spk(claims):
    return [(c.speaker_text, c.speaker_entity_id) for c in claims]


# --- owned_statement: a dating genitive is no owner ---------------------------------------------------------------
@pytest.mark.parametrize("text,noun", [
    ("मनमोहन सिंह ने कहा कि जांच होगी. मार्च की प्रेस विज्ञप्ति में कहा गया है कि 22 फ़ीसद मामले फर्ज़ी थे.", "विज्ञप्ति"),
    ("मनमोहन सिंह ने कहा कि जांच होगी. पिछले साल की रिपोर्ट में कहा गया है कि 22 फ़ीसद मामले फर्ज़ी थे.", "रिपोर्ट"),
])
def test_claims_round54_review_dated_statement(text, noun):
    # the statement stays the last speaker's, as before round 54
    assert spk(check_offsets(text, run(text, [MMS]))) == [("मनमोहन सिंह", "P_m"), (noun, "P_m")]


def test_claims_round54_review_owned_statement_guard():
    # an untagged owner's genitive (bbchi_0113's `सहारा की प्रेस विज्ञप्ति`) still leaves it unresolved
    text = "मनमोहन सिंह ने कहा कि जांच होगी. सहारा की प्रेस विज्ञप्ति में कहा गया है कि 20 केंद्र बनेंगे."
    assert spk(check_offsets(text, run(text, [MMS]))) == [("मनमोहन सिंह", "P_m"), ("विज्ञप्ति", None)]


# --- tagged_statement_owner (bbchi_0334) --------------------------------------------------------------------------
NATURE = ("वैज्ञानिकों को बुध के बारे में नई जानकारी मिली है. वैज्ञानिक जर्नल नेचर जियोसाइंस की ताजा रिपोर्ट में कहा गया है "
          "कि बुध ग्रह का सिकुड़ना उम्मीद से ज़्यादा है.")
NATURE_SPEC = [("नेचर जियोसाइंस", "ORG", "O_n")]


def test_claims_round54_review_tagged_statement_owner():
    claims = check_offsets(NATURE, run(NATURE, NATURE_SPEC))
    assert [(c.speaker_text, c.speaker_entity_id, c.content) for c in claims] == [
        ("नेचर जियोसाइंस", "O_n", "बुध ग्रह का सिकुड़ना उम्मीद से ज़्यादा है")]


def test_claims_round54_review_tagged_statement_owner_off():
    claims = run(NATURE, NATURE_SPEC, p=replace(P, tagged_statement_owner=False))
    assert [c.speaker_entity_id for c in claims] == [None]


def test_claims_round54_review_tagged_statement_owner_guard():
    # the owner tagged right before the noun: genitive_owner's, as before; the last speaker stays out
    text = "मनमोहन सिंह ने कहा कि जांच होगी. भाजपा की रिपोर्ट में कहा गया है कि 22 फ़ीसद मामले फर्ज़ी थे."
    assert spk(run(text, [MMS, ("भाजपा", "ORG", "O_b")]))[1] == ("भाजपा", "O_b")


# --- adjunct_subject: a verb of naming is no report -----------------------------------------------------------------
@pytest.mark.parametrize("text,spec", [
    ("वे इसे हिंदी में कहते हैं, \"जुगाड़\".", []),
    ("दीप्ति आई थीं. वो उसे प्यार में कहती हैं, \"गुड़िया\".", [("दीप्ति", "PER", "P_d")]),
])
def test_claims_round54_review_adjunct_naming(text, spec):
    assert not any(c.quote_type == "direct" for c in run(text, spec))


def test_claims_round54_review_adjunct_topic_guard():
    # `को लेकर` is the topic phrase, no को object: the subject before it still speaks
    text = "अजय अपनी फ़िल्मों को लेकर कहते हैं, \"हमने साथ में अच्छा काम किया है.\""
    claims = check_offsets(text, run(text, [("अजय", "PER", "P_a")]))
    assert [(c.speaker_text, c.speaker_entity_id, c.quote_type) for c in claims] == [("अजय", "P_a", "direct")]
