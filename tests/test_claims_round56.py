"""pipeline/claims.py, claims round 56 (corpus/news articles with translated-news quote layouts, seed 2018, issue 16):
a quotation whose opener was dropped, its line's only mark the one closing it after a sentence end (`लव कुमार ने
कहा कि हमने … बताया गया है। अब और नमूने … किए गए हैं।”`, `उन्होंने कहा: प्रधानमंत्री … तोड़ते नहीं।'`) is direct and
runs on to that closer (`dropped_opener`). Sentences from real articles (shortened); same hand-built records as
tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.cue, c.content, c.quote_type) for c in claims]


LAV = ("लव कुमार", "PER", "P_l")
BONE = ("बोन", "PER", "P_b")

DH = ("पुलिस उपमहानिरीक्षक लव कुमार ने कहा कि हमने कैदियों के 24 नमूने भेजे थे और इनमें से 12 को पॉजिटिव बताया गया है। "
      "अब और नमूने लैब परीक्षण के लिए एकत्र किए गए हैं।”")
DM = ("श्री बोन ने रैली को संबोधित किया।\n"
      "श्रीमती मे के लिए एक संदेश में, उन्होंने कहा: प्रधानमंत्री उनकी नौकरियों को बनाए रखते हैं, जब वे अपने वादे को "
      "तोड़ते नहीं।'")


@pytest.mark.parametrize("text,spec,want", [
    # covidnp_DH-2020-MAY-11-01: कि, then two sentences and a closing mark with no opener
    (DH, [LAV], [("लव कुमार", "P_l", "कहा",
                  "हमने कैदियों के 24 नमूने भेजे थे और इनमें से 12 को पॉजिटिव बताया गया है। "
                  "अब और नमूने लैब परीक्षण के लिए एकत्र किए गए हैं", "direct")]),
    # ntrex_dailymail.co.uk.298696: a colon, then one sentence closed by a straight mark
    (DM, [BONE], [("उन्होंने", "P_b", "कहा",
                   "प्रधानमंत्री उनकी नौकरियों को बनाए रखते हैं, जब वे अपने वादे को तोड़ते नहीं", "direct")]),
])
def test_claims_round56_dropped_opener(text, spec, want):
    on = replace(P, dropped_opener=True)  # off by default since 0.28.0 (below)
    assert got(check_offsets(text, run(text, spec, p=on))) == want


def test_claims_round56_dropped_opener_off_by_default():
    # dev2-tune's gold (covidnp_DJ-2020-MAR-19-01) keeps a report before a stray closing mark indirect:
    # `मौजूदा अध्ययन के अनुसार पता चलता है कि यह वायरस कम्युनिटी से नहीं फैलता है।'` (direct/indirect 0.991 -> 0.981 on)
    assert not P.dropped_opener
    text = "मौजूदा अध्ययन के अनुसार पता चलता है कि यह वायरस कम्युनिटी से नहीं फैलता है।'"
    assert [c.quote_type for c in run(text, [])] == ["indirect"]
    assert [c.quote_type for c in run(text, [], p=replace(P, dropped_opener=True))] == ["direct"]


def test_claims_round56_dropped_opener_switch():
    claims = run(DH, [LAV], p=replace(P, dropped_opener=False))
    assert [(c.content, c.quote_type) for c in claims] == [
        ("हमने कैदियों के 24 नमूने भेजे थे और इनमें से 12 को पॉजिटिव बताया गया है", "indirect")]


@pytest.mark.parametrize("text,spec", [
    # a quotation opened before the cue on the line: the report is a layer inside it, left as it was
    ("लव कुमार ने बताया, \"मैंने उनसे कहा कि आप घर पर रहें।\"", [LAV]),
    # a line left open before: the closer ends the first speaker's quotation over lines; the report inside it stays
    # an indirect layer
    ("मोहन ने बताया, \"हम तैयार हैं।\nलव कुमार ने कहा कि सब ठीक है।\"", [LAV, ("मोहन", "PER", "P_m")]),
    # no closing mark: indirect as before
    ("लव कुमार ने कहा कि हमने कैदियों के नमूने भेजे थे।", [LAV]),
    # a name's apostrophe on the line is no quotation mark, but a closer not after a sentence end is no quote's
    ("लव कुमार ने कहा कि फिल्म का नाम 'शोले'", [LAV]),
])
def test_claims_round56_dropped_opener_not(text, spec):
    assert got(run(text, spec, p=replace(P, dropped_opener=True))) == got(run(text, spec, p=replace(P, dropped_opener=False)))
