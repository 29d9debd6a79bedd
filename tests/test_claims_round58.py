"""pipeline/claims.py, claims round 58 (translated and international news, seed 2020, issue 16): an untagged speaker
after a quantifier of an unnamed group is anonymous (`quantified_group`: `सभी AM को चिंता है कि`, `कई शोध में पता
चलता है कि`), and a manner adverb between a container's `में` and its passive cue is stepped over, a law's numbered
section then being no recent subject's document (`manner_container`: `धारा 713 में स्पष्ट रूप से कहा गया है, "…"`).
Sentences from real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run, summary

AM = "राजनीति के दायरे से जुड़े सभी AM को इस बात की चिंता है कि इससे उनका मजाक उड़ाया जा सकता है।"
STUDIES = "कई शोध में पता चलता है कि ये वायरस शॉवर और बाथरूम के परदों में ज्यादा पनपते हैं।"
SOME = "घर में ही व्यायाम करते रहें। कुछ शोध बताते हैं कि संतुलित पौष्टिक आहार से रोग प्रतिरोधक क्षमता बढ़ती है।"


@pytest.mark.parametrize("text,want", [
    # ntrex_bbc.381790: the Assembly Members at large, an English abbreviation the tagger leaves untagged
    (AM, [("AM", None, "anonymous", "चिंता है", "इससे उनका मजाक उड़ाया जा सकता है", "indirect")]),
    # covidnp_AU-2020-MAR-03-01: research at large, a finding held by a source noun
    (STUDIES, [("शोध", None, "anonymous", "पता चलता", "ये वायरस शॉवर और बाथरूम के परदों में ज्यादा पनपते हैं",
                "indirect")]),
    # covidnp_DJ-2020-ARP-21-01: `कुछ` opening its sentence, a habitual cue
    (SOME, [("शोध", None, "anonymous", "बताते", "संतुलित पौष्टिक आहार से रोग प्रतिरोधक क्षमता बढ़ती है", "indirect")]),
])
def test_claims_round58_quantified_group(text, want):
    assert summary(check_offsets(text, run(text, []))) == want


@pytest.mark.parametrize("text,want", [
    # covidnp_AU-2020-MAY-09-01: a demonstrative before the quantifier: the bulletins named before, not a group at large
    ("मरीज भर्ती थे। इन सभी बुलेटिन के अनुसार, अस्पताल में मौत पांच हुई हैं।",
     [("बुलेटिन", None, "unresolved", "के अनुसार", "अस्पताल में मौत पांच हुई हैं", "indirect")]),
    # `सब` is no group quantifier here: `सब इंस्पेक्टर` is a rank
    ("सब इंस्पेक्टर रामपाल ने बताया कि आरोपी फरार है।",
     [("रामपाल", None, "named", "बताया", "आरोपी फरार है", "indirect")]),
])
def test_claims_round58_quantified_group_guards(text, want):
    assert summary(check_offsets(text, run(text, []))) == want


def test_claims_round58_quantified_group_switch():
    off = run(AM, [], p=replace(P, quantified_group=False))
    assert [(c.speaker_text, c.speaker_type) for c in off] == [("AM", "named")]
    assert P.quantified_group


SECTION = ('इसके अलावा, नाइजीरिया के वित्तीय विनियम 2009 के अध्याय सात, धारा 713 में स्पष्ट रूप से कहा गया है, '
           '"व्यक्तिगत धन किसी भी परिस्थिति में सरकारी बैंक खाते में जमा नहीं किया जाएगा।"')
SECTION_CONTENT = "व्यक्तिगत धन किसी भी परिस्थिति में सरकारी बैंक खाते में जमा नहीं किया जाएगा"
MEMO = "लीक हुए मेमो के मुताबिक, एडू ने महालेखाकार को निजी खाते में धनराशि स्थानांतरित करने का निर्देश दिया। "
EDU = ("एडू", "PER", "edu")


@pytest.mark.parametrize("text,want", [
    # wmt24_ventures_africa-ar.1773: `स्पष्ट रूप से` between the section's `में` and `कहा गया`
    (SECTION, [("धारा", None, "unresolved", "कहा गया", SECTION_CONTENT, "direct")]),
    # a container noun of the lexicon, `साफ तौर पर` and a कि
    ("एसओपी में साफ तौर पर कहा गया है कि सभी यात्रियों की जांच होगी।",
     [("एसओपी", None, "unresolved", "कहा गया", "सभी यात्रियों की जांच होगी", "indirect")]),
])
def test_claims_round58_manner_container(text, want):
    assert summary(check_offsets(text, run(text, []))) == want


def test_claims_round58_numbered_section_not_the_issuer():
    # Edu's directive two clauses before issued no law: the section stays unresolved, not Edu's
    text = MEMO + SECTION
    got = [c for c in check_offsets(text, run(text, [EDU])) if c.cue == "कहा गया"]
    assert summary(got) == [("धारा", None, "unresolved", "कहा गया", SECTION_CONTENT, "direct")]


@pytest.mark.parametrize("text", [
    # a meeting and a place are no containers: the adverb changes nothing
    "बैठक में स्पष्ट रूप से कहा गया कि सभी यात्रियों की जांच होगी।",
    "दिल्ली में साफ तौर पर कहा गया है कि सभी यात्रियों की जांच होगी।",
])
def test_claims_round58_manner_container_guards(text):
    assert run(text, []) == []


def test_claims_round58_manner_container_switch():
    assert run(SECTION, [], p=replace(P, manner_container=False)) == []
    assert P.manner_container
