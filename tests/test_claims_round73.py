"""pipeline/claims.py, claims round 73 (corpus/news sample seed 2036: 12 articles of corpus/news, translated and native,
gold and held-out excluded, every claim listed first): an honorific ergative pronoun after a report an outlet gives
`के हवाले से` a person is that person, not the outlet (`media_reporter_pronoun`), and a nominative pronoun opening the
indirect content of an ergative report and speaking a report of its own there is the reporter (`content_subject_pronoun`,
`ओमान ने कहा कि वह यह समझता है कि …`). Sentences paraphrase real articles (shortened); same hand-built records as
tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims import ClaimsParams
from tests.test_claims import LEX, P, checked

ON = replace(P, media_reporter_pronoun=True, content_subject_pronoun=True)
OFF = replace(P, media_reporter_pronoun=False, content_subject_pronoun=False)
BANNA = ("रहमान अल बन्ना", "PER", "P_rb")
OMAN = ("ओमान", "LOC", "L_om")
INDIA = ("भारत", "LOC", "L_in")


def run(text, spec=(), p=P):
    return checked(text, spec, p, LEX)


def who(claims):
    return [(c.speaker_text, c.speaker_type, c.speaker_entity_id, c.content) for c in claims]


def test_claims_round73_defaults_off():
    assert ClaimsParams().media_reporter_pronoun is False and ClaimsParams().content_subject_pronoun is False


# --- media_reporter_pronoun ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,spec", [
    # covidnp_AU-2020-ARP-12-02 (paraphrased): the ambassador quoted by the untagged `अखबार` (a title anaphor source)
    ("भारत में यूएई के राजदूत रहमान अल बन्ना ने शनिवार को गल्फ न्यूज से कहा कि मंत्रालय ने सभी दूतावासों को पत्र भेजा "
     "है। राजदूत के हवाले से अखबार ने कहा, 'हमने यह पत्र भेजा है।' उन्होंने कहा कि यूएई ने लोगों को जांच कराने का "
     "प्रस्ताव दिया है।", [BANNA]),
    # the same with the person named before `के हवाले से`
    ("रहमान अल बन्ना भारत में राजदूत हैं। रहमान अल बन्ना के हवाले से अखबार ने कहा कि पत्र भेजा गया है। उन्होंने कहा "
     "कि यूएई ने जांच का प्रस्ताव दिया है।", [BANNA]),
    # a tagged outlet: the honorific pronoun is still the person it quoted
    ("रहमान अल बन्ना के हवाले से गल्फ न्यूज ने कहा कि पत्र भेजा गया है। उन्होंने कहा कि यूएई ने जांच का प्रस्ताव दिया "
     "है।", [BANNA, ("गल्फ न्यूज", "ORG", "O_gn")]),
])
def test_claims_round73_media_reporter_pronoun(text, spec):
    on, off = run(text, spec, ON), run(text, spec, OFF)
    assert on[-1].speaker_text == "उन्होंने" and on[-1].speaker_entity_id == "P_rb"
    assert off[-1].speaker_text == "उन्होंने" and off[-1].speaker_entity_id != "P_rb"
    assert who(on[:-1]) == who(off[:-1])  # the outlet's and the source's own claims stay


@pytest.mark.parametrize("text,spec", [
    # guard: the source is anonymous (`भाजपा सूत्रों के हवाले से`): the pronoun is left as it was
    ("पीटीआई ने भाजपा सूत्रों के हवाले से बताया है कि बैठक से कोई नतीजा नहीं निकला। उन्होंने कहा कि बैठक फिर होगी।",
     [("पीटीआई", "ORG", "O_pti"), ("भाजपा", "ORG", "O_bjp")]),
    # guard: the reporter is a person (a journalist): as before
    ("पत्रकार जॉन स्मिथ ने रहमान अल बन्ना के हवाले से कहा कि पत्र भेजा गया है। उन्होंने कहा कि यूएई ने जांच का प्रस्ताव "
     "दिया है।", [BANNA, ("जॉन स्मिथ", "PER", "P_js")]),
    # guard: an outlet's report with no `के हवाले से` source
    ("अखबार ने कहा कि पत्र भेजा गया है। उन्होंने कहा कि यूएई ने जांच का प्रस्ताव दिया है।", []),
    # guard: a non-honorific singular pronoun is not read (the outlet may go on)
    ("रहमान अल बन्ना के हवाले से गल्फ न्यूज ने कहा कि पत्र भेजा गया है। उसने कहा कि यूएई ने जांच का प्रस्ताव दिया है।",
     [BANNA, ("गल्फ न्यूज", "ORG", "O_gn")]),
])
def test_claims_round73_media_reporter_pronoun_guards(text, spec):
    assert who(run(text, spec, ON)) == who(run(text, spec, OFF))


# --- content_subject_pronoun --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,spec,reporter", [
    # ednil_md42navbharat_2002_1_18_2147439371-xml (paraphrased): a country's report, its own belief inside it
    ("ओमान ने कहा कि वह यह समझता है कि भारत ने आत्मरक्षा में ही कदम उठाए हैं।", [OMAN, INDIA], "L_om"),
    # the plural pronoun (paraphrase of the same class)
    ("भारत ने कहा कि वे मानते हैं कि आतंकवाद का कोई धर्म नहीं होता।", [INDIA], "L_in"),
])
def test_claims_round73_content_subject_pronoun(text, spec, reporter):
    on, off = run(text, spec, ON), run(text, spec, OFF)
    assert [c.speaker_entity_id for c in on] == [reporter, reporter]
    assert on[1].speaker_type == "pronoun" and on[1].speaker_text in ("वह", "वे")
    assert off[1].speaker_entity_id is None  # before: unresolved
    assert [c.content for c in on] == [c.content for c in off]


@pytest.mark.parametrize("text,spec", [
    # guard, covidnp_PK-2020-MAR-29-01 (paraphrased): after an according-to source the pronoun is the story's person
    ("वेई को बुखार था। मिरर यूके की रिपोर्ट के अनुसार वह मानते है कि कोल्ड एक सामान्य फ्लू है।",
     [("मिरर यूके", "ORG", "O_mu")]),
    # guard: the pronoun after कि is no speaker of its own (no claim for it)
    ("ओमान ने कहा कि वह भारत के साथ है।", [OMAN, INDIA]),
    # guard: a person's report resolved as before
    ("ट्रंप ने कहा कि वह मानते हैं कि चीन ने गलती की है।", [("ट्रंप", "PER", "P_tr"), ("चीन", "LOC", "L_cn")]),
])
def test_claims_round73_content_subject_pronoun_guards(text, spec):
    assert who(run(text, spec, ON)) == who(run(text, spec, OFF))
