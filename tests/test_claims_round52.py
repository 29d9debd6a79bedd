"""pipeline/claims.py and cues-v41, claims round 52 (layouts counted over corpus/news, seed 2014 draws): an
according-to source in someone's words, `X के शब्दों में, C` / `X के लफ्जों में, C` (`words_of`); an `as X notes`
clause, `जैसा कि X नोट करता है, C` (`as_noted`); a dative expectation or fear with a noun clause, `रसेल को उत्पादन
लागतें बढ़ने की उम्मीद है` (`dative_expectation`). Sentences from real
articles; same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import LEX, P, check_offsets, run

SONIA = ("सोनिया गांधी", "PER", "P_sonia")
PATEL = ("आकार पटेल", "PER", "P_patel")
WHO = ("डब्ल्यूएचओ", "ORG", "O_who")
SONIA_TEXT = "कांग्रेस अध्यक्ष सोनिया गांधी के लफ्जों में, आतंकवाद से कोई समझौता नहीं किया जाएगा।"


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


def test_cues_v41_rows():
    assert P.cues == "cues-v46" and LEX.version == "cues-v46"  # (cues-v42 to v44 and v46 keep these rows; claims rounds 53-55, 59)
    forms = {c.form for c in LEX.cues}
    assert {"के शब्दों में", "के लफ्जों में", "के अनुसार", "ध्यान दिया"} <= forms


@pytest.mark.parametrize("text,spec,want", [
    (SONIA_TEXT, [SONIA],
     [("सोनिया गांधी", "P_sonia", "named", "के लफ्जों में", "आतंकवाद से कोई समझौता नहीं किया जाएगा", "indirect")]),
    ("राम के शब्दों में, सरकार ने कुछ नहीं किया।", [("राम", "PER", "P_ram")],
     [("राम", "P_ram", "named", "के शब्दों में", "सरकार ने कुछ नहीं किया", "indirect")]),
])
def test_claims_round52_words_of(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


@pytest.mark.parametrize("text,spec", [
    # no comma after it: a pointer to the text that follows (bbchi_0173), no claim
    ("मंटो पर यह क़िताब लिखने का इरादा उन्होंने कब और क्यों किया, पढ़िए ख़ुद आकार पटेल के शब्दों में.", [PATEL]),
    # manner, no के: `in strong words`
    ("सोनिया गांधी ने हमले की कड़े शब्दों में निंदा की।", [SONIA]),
    ("दूसरे शब्दों में कहें तो टेस्ट की दरें कम हैं।", []),
])
def test_claims_round52_words_of_not(text, spec):
    assert [c for c in check_offsets(text, run(text, spec)) if "शब्दों" in c.cue or "लफ्जों" in c.cue] == []


def test_claims_round52_words_of_kept():
    # `साफ शब्दों में कहा है कि`: the verb's claim as before
    text = "डब्ल्यूएचओ ने बेहद साफ शब्दों में कहा है कि स्वस्थ लोगों को मास्क की जरूरत नहीं है।"
    assert [(c.speaker_entity_id, c.cue) for c in run(text, [WHO])] == [("O_who", "कहा")]


def test_claims_round52_words_of_off():
    assert run(SONIA_TEXT, [SONIA], p=replace(P, words_of=False)) == []


# --- as_noted: `जैसा कि X नोट करता है, C` -------------------------------------------------------------------------

EIP = ("पर्यावरण अखंडता प्रोजेक्ट", "ORG", "O_eip")
EIP_TEXT = ("जैसा कि पर्यावरण अखंडता प्रोजेक्ट नोट करता है, ट्रम्प के EPA ने भी 94 नागरिक मामलों को पूरा किया था जब कि "
            "प्रति वर्ष औसत 106 मामलों को DOJ को सौंपा था।")
EIP_C = "ट्रम्प के EPA ने भी 94 नागरिक मामलों को पूरा किया था जब कि प्रति वर्ष औसत 106 मामलों को DOJ को सौंपा था"


@pytest.mark.parametrize("text,spec,want", [
    (EIP_TEXT, [EIP], [("पर्यावरण अखंडता प्रोजेक्ट", "O_eip", "named", "नोट करता", EIP_C, "indirect")]),
    # untagged (wmt24_newsrepublic.com.6817): the words between `जैसा कि` and the cue, no entity
    (EIP_TEXT, [], [("पर्यावरण अखंडता प्रोजेक्ट", None, "named", "नोट करता", EIP_C, "indirect")]),
    ("जैसा कि राम ने नोट किया है, सरकार ने कुछ नहीं किया।", [("राम", "PER", "P_ram")],
     [("राम", "P_ram", "named", "नोट किया", "सरकार ने कुछ नहीं किया", "indirect")]),
])
def test_claims_round52_as_noted(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


@pytest.mark.parametrize("text,spec", [
    # framed rows outside the frame stay no cue: noting down, no comma content
    ("राम ने नंबर नोट किया, फिर चले गए।", [("राम", "PER", "P_ram")]),
    ("पुलिस नोट करती है और आगे बढ़ जाती है।", []),
    # `जैसा कि` with no comma after the cue: no frame
    ("जैसा कि राम ने नोट किया था वैसा ही हुआ।", [("राम", "PER", "P_ram")]),
    # an adverb among the words: no untagged name; no reporting verb: no frame
    ("जैसा कि यहां कमला नोट करती है, सड़कें खाली हैं।", []),
    ("जैसा कि हर साल होता है, सड़कें खाली हैं।", []),
])
def test_claims_round52_as_noted_not(text, spec):
    assert [c for c in check_offsets(text, run(text, spec)) if c.cue.startswith("नोट")] == []


def test_claims_round52_as_noted_off():
    assert run(EIP_TEXT, [EIP], p=replace(P, as_noted=False)) == []


# --- dative_expectation: `X को <clause>-ने की उम्मीद है` ------------------------------------------------------------

RUSSELL = ("रसेल", "PER", "P_russell")
INFY = ("इन्फोसिस", "ORG", "O_infy")
INDIA = ("भारत", "LOC", "L_in")
RUSSELL_TEXT = ("ऐसे में जब सप्लायर मांग पूरी करने की कोशिश कर रहे हैं और विशेष की संख्या पहले से कम हो गई है, अतः रसेल "
                "को उत्पादन लागतें बढ़ने की उम्मीद है।")


@pytest.mark.parametrize("text,spec,want", [
    (RUSSELL_TEXT, [RUSSELL], [("रसेल", "P_russell", "named", "की उम्मीद", "उत्पादन लागतें बढ़ने", "indirect")]),
    ("इन्फोसिस को तिमाही परिणाम में गिरावट आने की आशंका है।", [INFY],
     [("इन्फोसिस", "O_infy", "named", "की आशंका", "तिमाही परिणाम में गिरावट आने", "indirect")]),
])
def test_claims_round52_dative_expectation(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


@pytest.mark.parametrize("text,spec", [
    # X undergoes it (covidnp_AU-2020-ARP-08-01, covidnp_NT-2020-MAR-19-01, covidnp_AU-2020-APR-01-05)
    ("इन्फोसिस को लाभ होने की उम्मीद है।", [INFY]),
    ("रसेल को नौकरी से निकाले जाने का डर है।", [RUSSELL]),
    ("रसेल को मरीजों के इलाज के दौरान संक्रमण लगने की आशंका है।", [RUSSELL]),
    # a noun, no clause (covidnp_AU-2020-MAR-08-01: a suspected case)
    ("रसेल को कोरोना वायरस की आशंका है।", [RUSSELL]),
    # a place
    ("भारत को मंदी आने का डर है।", [INDIA]),
    # not opening its clause
    ("कल रसेल को बारिश आने की उम्मीद थी।", [RUSSELL]),
])
def test_claims_round52_dative_expectation_not(text, spec):
    assert check_offsets(text, run(text, spec)) == []


def test_claims_round52_dative_expectation_inside():
    # inside another's report: that report's content only (ntrex_abcnews.306776's layout)
    text = "न्यायाधीश ने कहा कि रसेल को उस दिन मुकदमे की सुनवाई पूरी होने की उम्मीद थी।"
    assert [c.cue for c in run(text, [RUSSELL])] == ["कहा"]


def test_claims_round52_dative_expectation_off():
    assert run(RUSSELL_TEXT, [RUSSELL], p=replace(P, dative_expectation=False)) == []
