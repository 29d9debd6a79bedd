"""pipeline/claims.py and cues-v37, claims round 49 (native disaster, accident and crime reports, corpus/news sample
seed 2011): warnings issued with `जारी की` (cues-v37, nominal and framed rows) and a speaker written with other spacing
than the story's tagged name (`spacing_variants`). Sentences shortened from real articles; same hand-built records as
tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import LEX, P, check_offsets, run

IMD = ("मौसम विभाग", "ORG", "O_m")
WHO = ("विश्व स्वास्थ्य संगठन", "ORG", "O_w")
MHA = ("गृह मंत्रालय", "ORG", "O_h")
SACHIN = ("सचिन तेंदुलकर", "PER", "P_s")
TEDROS = ("गेब्रेयेसस", "PER", "P_t")


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


def test_cues_v37_rows():
    assert P.cues == "cues-v46" and LEX.version == "cues-v46"  # (cues-v39 to v44 and v46 keep these rows; claims rounds 50-55, 59)


@pytest.mark.parametrize("text,spec,want", [
    # nominal: the genitive clause before `चेतावनी जारी की` is the warning's content
    ("अमेरिका के राष्ट्रीय मौसम विभाग ने क्षेत्र में नब्बे सेंटीमीटर तक बर्फबारी होने की चेतावनी जारी की है।", [IMD],
     [("मौसम विभाग", "O_m", "named", "चेतावनी जारी की", "क्षेत्र में नब्बे सेंटीमीटर तक बर्फबारी होने", "indirect")]),
    ("मौसम विभाग ने अगले 24 घंटों में भारी बारिश की चेतावनी जारी कर दी है।", [IMD],
     [("मौसम विभाग", "O_m", "named", "चेतावनी जारी कर दी", "अगले 24 घंटों में भारी बारिश", "indirect")]),
    # framed: a कि clause after it
    ("विश्व स्वास्थ्य संगठन ने चेतावनी जारी की है कि उपकरणों की आपूर्ति में व्यवधान से खतरा बढ़ रहा है।", [WHO],
     [("विश्व स्वास्थ्य संगठन", "O_w", "named", "चेतावनी जारी की", "उपकरणों की आपूर्ति में व्यवधान से खतरा बढ़ रहा है",
       "indirect")]),
    ("डब्ल्यूएचओ काफी चिंतित है। गेब्रेयेसस ने कहा कि नुकसान हुआ है। हालांकि, उन्होंने साथ ही चेतावनी जारी की है कि "
     "कोरोना का साया अभी दूर नहीं जाने वाला।", [TEDROS],
     [("गेब्रेयेसस", "P_t", "named", "कहा", "नुकसान हुआ है", "indirect"),
      ("उन्होंने", "P_t", "pronoun", "चेतावनी जारी की", "कोरोना का साया अभी दूर नहीं जाने वाला", "indirect")]),
])
def test_claims_round49_warning_issued(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


@pytest.mark.parametrize("text,spec", [
    # a warning with no content, and the agentless passive, stay no claims
    ("भारत में भूकंप को लेकर वैज्ञानिकों ने चेतावनी जारी की है।", []),
    ("तटीय इलाकों में बाढ़ की चेतावनी जारी कर दी गई है।", []),
    ("रेलवे बोर्ड ने अलर्ट जारी कर दिया।", []),
])
def test_claims_round49_warning_issued_not(text, spec):
    assert run(text, spec) == []


@pytest.mark.parametrize("text,spec,want", [
    # the speaker written without the space of the story's tagged name is that name's entity
    ("गृह मंत्रालय ने आदेश जारी किया। गृहमंत्रालय ने राज्यों को निर्देश जारी करते हुए कहा है कि राज्य सरकारें "
     "स्वास्थ्यकर्मियों को सुरक्षा उपलब्ध कराएं।", [MHA],
     [("गृहमंत्रालय", "O_h", "named", "कहा", "राज्य सरकारें स्वास्थ्यकर्मियों को सुरक्षा उपलब्ध कराएं", "indirect")]),
    ("सचिन तेंदुलकर ने शतक बनाया। सचिनतेंदुलकर ने कहा कि टेस्ट क्रिकेट का भविष्य उज्ज्वल है।", [SACHIN],
     [("सचिनतेंदुलकर", "P_s", "named", "कहा", "टेस्ट क्रिकेट का भविष्य उज्ज्वल है", "indirect")]),
])
def test_claims_round49_spacing_variant(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


@pytest.mark.parametrize("text,spec,want", [
    # no tagged name of those letters in the story: the speaker keeps no entity
    ("गृहमंत्रालय ने राज्यों को निर्देश जारी करते हुए कहा है कि राज्य सरकारें स्वास्थ्यकर्मियों को सुरक्षा उपलब्ध कराएं।", [],
     [("गृहमंत्रालय", None, "named", "कहा", "राज्य सरकारें स्वास्थ्यकर्मियों को सुरक्षा उपलब्ध कराएं", "indirect")]),
])
def test_claims_round49_spacing_variant_not(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


@pytest.mark.parametrize("text,want", [
    # cues-v37 anonymous rows: a post, trade or part in the event with no name of its own is an unnamed person
    ("चिबोक कस्बे में एक फिदायीन हमले में कम से कम दर्जन भर लोग मारे गए। बोर्नो के सुरक्षा सूत्रों व बचाव दल समन्वयक ने "
     "बुधवार को यह जानकारी दी।", ("समन्वयक", None, "anonymous", "जानकारी दी",
                                  "चिबोक कस्बे में एक फिदायीन हमले में कम से कम दर्जन भर लोग मारे गए", "indirect")),
    ("पटना के कुछ छात्र विरोध करने लगे हैं. प्राचार्य कहते हैं कि यह यौन प्रताड़ना का मामला है.",
     ("प्राचार्य", None, "anonymous", "कहते", "यह यौन प्रताड़ना का मामला है", "indirect")),
    ("घटना के बाद दारोगा ने बताया कि आरोपी फरार है।", ("दारोगा", None, "anonymous", "बताया", "आरोपी फरार है", "indirect")),
    ("अस्पताल में भर्ती घायलों ने बताया कि बस तेज चल रही थी।",
     ("घायलों", None, "anonymous", "बताया", "बस तेज चल रही थी", "indirect")),
])
def test_claims_round49_role_nouns(text, want):
    assert got(check_offsets(text, run(text, []))) == [want]


@pytest.mark.parametrize("text,spec,want", [
    # a tagged name after the post stays the speaker
    ("इंजीनियर राजेश कुमार ने बताया कि पुल कमजोर था।", [("राजेश कुमार", "PER", "P_r")],
     [("राजेश कुमार", "P_r", "named", "बताया", "पुल कमजोर था", "indirect")]),
    ("सिपाही राम सिंह ने बताया कि आरोपी भाग गया।", [("राम सिंह", "PER", "P_r")],
     [("राम सिंह", "P_r", "named", "बताया", "आरोपी भाग गया", "indirect")]),
])
def test_claims_round49_role_nouns_not(text, spec, want):
    assert got(check_offsets(text, run(text, spec))) == want


def test_claims_round49_spacing_variant_switch_off():
    text = "सचिन तेंदुलकर ने शतक बनाया। सचिनतेंदुलकर ने कहा कि टेस्ट क्रिकेट का भविष्य उज्ज्वल है।"
    claims = run(text, [SACHIN], p=replace(P, spacing_variants=False))
    assert [(c.speaker_text, c.speaker_entity_id) for c in claims] == [("सचिनतेंदुलकर", None)]
