"""Review of claims round 49 (cues-v38, pipeline/claims.py): a name before a trade word that is also a surname stays
named; a glued generic body is as anonymous as the spaced one; two tagged names of one spacing key (the one nearest
before the speaker); a place of the same letters is no speaker's entity; an alert's label is no warning's content.
Sentences shortened from real articles or built as the review's probes; same hand-built records as tests/test_claims.py."""
from __future__ import annotations

import pytest

from tests.test_claims import LEX, P, check_offsets, run

IMD = ("मौसम विभाग", "ORG", "O_m")


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content) for c in claims]


def test_cues_v38():
    assert P.cues == "cues-v46" and LEX.version == "cues-v46"  # (cues-v39 to v44 and v46 keep these rows; claims rounds 50-55, 59)
    anon = set(LEX.of("anonymous"))
    assert not {"पुजारी", "ठेकेदार", "इंजीनियर", "भाभी"} & anon
    assert {"दारोगा", "सिपाही", "मृतक", "समन्वयक"} <= anon


@pytest.mark.parametrize("text,want", [
    # a name before a word that is also a surname or a nickname suffix (no tag): the whole name, no anonymous trade
    ("जसवंत सिंह ठेकेदार ने बताया कि पुल कमजोर था।",
     ("जसवंत सिंह ठेकेदार", None, "named", "बताया", "पुल कमजोर था")),
    ("रिंकू भाभी ने कहा कि बच्चे घर पर थे।", ("रिंकू भाभी", None, "named", "कहा", "बच्चे घर पर थे")),
    ("असगर अली इंजीनियर ने कहा कि दंगे राजनीतिक थे।", ("असगर अली इंजीनियर", None, "named", "कहा", "दंगे राजनीतिक थे")),
    # (negative) the v37 role nouns that stay: a bare post after a postposition is an unnamed person
    ("घटना के बाद दारोगा ने बताया कि आरोपी फरार है।", ("दारोगा", None, "anonymous", "बताया", "आरोपी फरार है")),
    ("बचाव दल समन्वयक ने बताया कि बस खाई में गिरी।", ("समन्वयक", None, "anonymous", "बताया", "बस खाई में गिरी")),
])
def test_review49_name_before_trade(text, want):
    assert got(check_offsets(text, run(text, []))) == [want]


@pytest.mark.parametrize("text,spec,want", [
    # a glued generic body: anonymous, as the spaced one is
    ("स्वास्थ्य विभाग ने आदेश दिया। स्वास्थ्यविभाग ने कहा कि मामले बढ़ रहे हैं।", [("स्वास्थ्य विभाग", "ORG", "O_s")],
     ("स्वास्थ्यविभाग", None, "anonymous", "कहा", "मामले बढ़ रहे हैं")),
    # (negative) a named ministry glued: still its entity
    ("गृह मंत्रालय ने आदेश जारी किया। गृहमंत्रालय ने कहा कि राज्य सरकारें सुरक्षा उपलब्ध कराएं।", [("गृह मंत्रालय", "ORG", "O_h")],
     ("गृहमंत्रालय", "O_h", "named", "कहा", "राज्य सरकारें सुरक्षा उपलब्ध कराएं")),
    # a place of the same letters is no speaker's entity
    ("नई दिल्ली में बैठक हुई। नईदिल्ली ने कहा कि सीमा शांत है।", [("नई दिल्ली", "LOC", "L_d")],
     ("नईदिल्ली", None, "named", "कहा", "सीमा शांत है")),
])
def test_review49_spacing_generic_and_place(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert got(claims)[-1] == want


@pytest.mark.parametrize("text,eid", [
    # two tagged names of one spacing key: the one nearest before the speaker, else the first after it
    ("राम कुमार ने बात की। राम-कुमार वहां पहुंचे। रामकुमार ने कहा कि पुल कमजोर था।", "P_b"),
    ("राम-कुमार वहां पहुंचे। राम कुमार ने बात की। रामकुमार ने कहा कि पुल कमजोर था।", "P_a"),
    ("रामकुमार ने कहा कि पुल कमजोर था। राम-कुमार वहां पहुंचे। राम कुमार ने बात की।", "P_b"),
])
def test_review49_spacing_nearest_before(text, eid):
    claims = run(text, [("राम कुमार", "PER", "P_a"), ("राम-कुमार", "PER", "P_b")])
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims if c.speaker_text == "रामकुमार"] == [("रामकुमार", eid)]


@pytest.mark.parametrize("text,want", [
    # (negative) a warning of an event stays a claim
    ("मौसम विभाग ने अगले 24 घंटों में भारी बारिश की चेतावनी जारी कर दी है।",
     [("मौसम विभाग", "O_m", "named", "चेतावनी जारी कर दी", "अगले 24 घंटों में भारी बारिश")]),
    # an alert's label before `की चेतावनी` states nothing: no claim
    ("मौसम विभाग ने अगले तीन दिनों के लिए ऑरेंज अलर्ट की चेतावनी जारी की है।", []),
    ("मौसम विभाग ने कई जिलों में रेड अलर्ट की चेतावनी दी है।", []),
])
def test_review49_alert_label(text, want):
    assert got(check_offsets(text, run(text, [IMD]))) == want
