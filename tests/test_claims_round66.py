"""pipeline/claims.py, claims round 66 (issue 16; seed 2029; two speaker classes rounds 61, 62 and 64 saw and left):
a correlative relative clause `जिस/जिन NOUN …, उसने/उन्होंने बताया` whose pronoun is NOUN, the relative clause's head,
not the window's speaker, and the according-to layer before it keeps the whole clause (`correlative_relative`); a body
pronoun whose antecedent would be the headline's speaker takes the person the body names (`headline_antecedent`).
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

ON = replace(P, correlative_relative=True, headline_antecedent=True)
OFF = replace(P, correlative_relative=False, headline_antecedent=False)
REUTERS = ("रॉयटर्स", "ORG", "O_r")
TRUMP = ("ट्रम्प", "PER", "P_t")


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


# ntrex_newsweek.51310 (paraphrased): an according-to source, then a relative clause whose head is the speaker
REL = ("रॉयटर्स के मुताबिक, जिस प्रवक्ता को ट्रम्प के अभियान से हटाया गया है, उसने बताया, \"राष्ट्रपति सिर्फ़ उन्हीं "
       "राज्यों का दौरा करेंगे।\"")


def test_claims_round66_correlative_relative():
    on = got(check_offsets(REL, run(REL, [REUTERS, TRUMP], p=ON)))
    off = got(run(REL, [REUTERS, TRUMP], p=OFF))
    quote = "राष्ट्रपति सिर्फ़ उन्हीं राज्यों का दौरा करेंगे"
    assert ("उसने", None, "anonymous", "बताया", quote, "direct") in on
    assert ("उसने", "O_r", "pronoun", "बताया", quote, "direct") in off
    # the according-to layer keeps the whole clause (one claim per layer), not the relative clause alone
    outer = [c for c in on if c[0] == "रॉयटर्स"]
    assert outer and outer[0][4].startswith("जिस प्रवक्ता को") and "उसने बताया" in outer[0][4]
    assert [c for c in off if c[0] == "रॉयटर्स"][0][4] == "जिस प्रवक्ता को ट्रम्प के अभियान से हटाया गया है"


@pytest.mark.parametrize("text,spec,want", [
    # a tagged person heads the relative clause: the pronoun is that person
    ("रॉयटर्स के मुताबिक, जिस ट्रम्प को चुनाव में हराया गया था, उन्होंने कहा कि वह फिर लड़ेंगे।", [REUTERS, TRUMP],
     ("उन्होंने", "P_t", "pronoun", "कहा", "वह फिर लड़ेंगे", "indirect")),
])
def test_claims_round66_correlative_named_head(text, spec, want):
    assert got(check_offsets(text, run(text, spec, p=ON)))[-1] == want
    assert got(run(text, spec, p=OFF))[-1] != want


@pytest.mark.parametrize("text,spec", [
    # guard: a manner head (`जिस तरह`) names nobody: the pronoun keeps the window's speaker
    ("ट्रम्प ने रैली में भाषण दिया। जिस तरह से चुनाव हुआ है, उन्होंने कहा कि वह नतीजे को नहीं मानेंगे।", [TRUMP]),
    # guard: a singular `उसने` after a plural `जिन` head (no agreement)
    ("रॉयटर्स ने खबर दी। जिन लोगों को अभियान से हटाया गया है, उसने बताया कि वे नाराज हैं।", [REUTERS]),
    # guard: no comma before the pronoun (`जिस … ने` inside its own clause)
    ("ट्रम्प ने रैली की। उन्होंने कहा कि जिस राज्य में वह गए वहां भीड़ थी।", [TRUMP]),
])
def test_claims_round66_correlative_guards(text, spec):
    assert got(run(text, spec, p=ON)) == got(run(text, spec, p=OFF))


# ntrex_abcnews.306776 (paraphrased): a headline line with an unnamed analyst, the body names the analyst after it
HEAD = ("विश्लेषक ने रात का वह समय बताया, जब महिला को जलाया गया\n"
        "अभियोजन पक्ष ने शनिवार को अपने केस को बहाल कर दिया। न्याय विश्लेषक पॉल रोलेट के विभाग ने घंटों तक प्रमाण प्रस्तुत "
        "किए। उसने जूरी को बताया कि उसने सेलफ़ोन रिकॉर्ड का उपयोग किया।")
ROWLETT = ("पॉल रोलेट", "PER", "P_pr")


def test_claims_round66_headline_antecedent():
    on = got(check_offsets(HEAD, run(HEAD, [ROWLETT], p=ON)))
    off = got(run(HEAD, [ROWLETT], p=OFF))
    assert on[-1][:3] == ("उसने", "P_pr", "pronoun")
    assert off[-1][:3] == ("उसने", None, "anonymous")


@pytest.mark.parametrize("text,spec", [
    # guard: the body names nobody: the headline's speaker stays
    ("विश्लेषक ने रात का वह समय बताया, जब महिला को जलाया गया\n"
     "अभियोजन पक्ष ने शनिवार को अपने केस को बहाल कर दिया। उसने जूरी को बताया कि उसने रिकॉर्ड का उपयोग किया।", []),
    # guard: a first line ending in a sentence end is the story's opening, not a headline line
    ("विश्लेषक ने रात का वह समय बताया।\nन्याय विश्लेषक पॉल रोलेट के विभाग ने प्रमाण प्रस्तुत किए। उसने जूरी को बताया कि "
     "उसने रिकॉर्ड का उपयोग किया।", [ROWLETT]),
])
def test_claims_round66_headline_guards(text, spec):
    assert got(run(text, spec, p=ON)) == got(run(text, spec, p=OFF))
