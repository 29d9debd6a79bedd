"""pipeline/claims.py, claims round 70 (issue 16; seed 2033; speakers on native Hindi news): a title owned by a tagged
place (`ओडिशा के मुख्यमंत्री ने`) is not the holder the story introduced with another place's same title (`उत्तराखंड के
मुख्यमंत्री त्रिवेंद्र सिंह रावत`; `place_owned_title`), and an anonymous role noun's speaker span takes the office
words before it (`पुलिस अधिकारी`, `वरिष्ठ पुलिस अधिकारी`, `गैर सरकारी लोगों`; `qualified_role_span`).
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

ON = replace(P, place_owned_title=True, qualified_role_span=True)
OFF = replace(P, place_owned_title=False, qualified_role_span=False)
UK = ("उत्तराखंड", "LOC", "L_uk")
ODISHA = ("ओडिशा", "LOC", "L_od")
WB = ("पश्चिम बंगाल", "LOC", "L_wb")
MIZORAM = ("मिजोरम", "LOC", "L_mz")
RAWAT = ("त्रिवेंद्र सिंह रावत", "PER", "P_rawat")
MAMATA = ("ममता बनर्जी", "PER", "P_mamata")
BANERJEE = ("बनर्जी", "PER", "P_mamata")


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue) for c in claims]


@pytest.mark.parametrize("text,spec,want,before", [
    # covidnp_PK-2020-APR-22-01 (paraphrased): the only chief minister named is another state's
    ("उत्तराखंड के मुख्यमंत्री त्रिवेंद्र सिंह रावत ने कहा कि राज्य में सख्ती होगी। ओडिशा के मुख्यमंत्री ने घोषणा की कि "
     "स्वास्थ्यकर्मियों को शहीद का दर्जा मिलेगा।", [UK, RAWAT, ODISHA],
     ("मुख्यमंत्री", None, "anonymous", "घोषणा की"), ("मुख्यमंत्री", "P_rawat", "pronoun", "घोषणा की")),
    # covidnp_AU-2020-ARP-27-02 (paraphrased): a holder introduced with another place, then with the bare title
    ("पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी ने आरोप लगाया कि केंद्र विरोधाभासी बयान दे रहा है। मुख्यमंत्री बनर्जी ने "
     "कहा कि राज्य तैयार है। मिजोरम के मुख्यमंत्री ने कहा कि प्रतिबंध जारी रहेंगे।", [WB, MAMATA, BANERJEE, MIZORAM],
     ("मुख्यमंत्री", None, "anonymous", "कहा"), ("मुख्यमंत्री", "P_mamata", "pronoun", "कहा")),
])
def test_claims_round70_place_owned_title(text, spec, want, before):
    assert want in got(check_offsets(text, run(text, spec, p=ON)))
    assert before in got(run(text, spec, p=OFF))
    assert want not in got(run(text, spec, p=OFF))


@pytest.mark.parametrize("text,spec,holder", [
    # guard: the same place's title is that holder
    ("उत्तराखंड के मुख्यमंत्री त्रिवेंद्र सिंह रावत ने कहा कि राज्य में सख्ती होगी। उत्तराखंड के मुख्यमंत्री ने घोषणा की कि "
     "दुकानें बंद रहेंगी।", [UK, RAWAT], "P_rawat"),
    # guard: a bare title (no place here) keeps the holder
    ("उत्तराखंड के मुख्यमंत्री त्रिवेंद्र सिंह रावत ने कहा कि राज्य में सख्ती होगी। मुख्यमंत्री ने घोषणा की कि दुकानें बंद "
     "रहेंगी।", [UK, RAWAT], "P_rawat"),
    # guard: an untagged word before the genitive is no place
    ("उत्तराखंड के मुख्यमंत्री त्रिवेंद्र सिंह रावत ने कहा कि राज्य में सख्ती होगी। इलाके के मुख्यमंत्री ने घोषणा की कि "
     "दुकानें बंद रहेंगी।", [UK, RAWAT], "P_rawat"),
])
def test_claims_round70_place_owned_title_guards(text, spec, holder):
    on, off = got(run(text, spec, p=ON)), got(run(text, spec, p=OFF))
    assert on == off
    assert on[-1][1] == holder


@pytest.mark.parametrize("text,want,before", [
    # ednil_shootout-in-delhi-s-burari-3-dead-5-injured-29743252-txt-xml (paraphrased)
    ("पुलिस अधिकारी के मुताबिक इस गोलीबारी में तीन लोगों की मौत हो गई।", "पुलिस अधिकारी", "अधिकारी"),
    # bbchi_0015 (paraphrased): the district officer of a town
    ("मेरठ के जिला अधिकारी का मानना है कि निलंबित कर्मचारी दोषी हैं।", "जिला अधिकारी", "अधिकारी"),
    # bbchi_0098 (paraphrased): a rank word before the field word
    ("एक वरिष्ठ पुलिस अधिकारी ने बीबीसी से कहा कि जांच जारी है।", "वरिष्ठ पुलिस अधिकारी", "अधिकारी"),
    # covidnp_NT-2020-MAR-07-03 (paraphrased): plural, field word only
    ("चीन के स्वास्थ्य अधिकारियों ने शनिवार को बताया कि 99 नए मामले आए हैं।", "स्वास्थ्य अधिकारियों", "अधिकारियों"),
    # bbchi_0299 (paraphrased): a negated qualifier stays negated
    ("गैर सरकारी लोगों के अनुसार फिल्म सिटी का काम रुका है।", "गैर सरकारी लोगों", "लोगों"),
])
def test_claims_round70_qualified_role_span(text, want, before):
    on = check_offsets(text, run(text, [], p=ON))
    off = run(text, [], p=OFF)
    assert [(c.speaker_text, c.speaker_entity_id, c.speaker_type) for c in on] == [(want, None, "anonymous")]
    assert [(c.speaker_text, c.speaker_entity_id, c.speaker_type) for c in off] == [(before, None, "anonymous")]
    assert [c.content for c in on] == [c.content for c in off]


@pytest.mark.parametrize("text", [
    # guard: a genitive between the field word and the role noun (`पुलिस के अधिकारियों`) keeps the head alone
    "पुलिस के अधिकारियों ने बताया कि घटना की जांच हो रही है।",
    # guard: a comma between
    "इस बारे में पुलिस, अधिकारियों ने बताया कि घटना की जांच हो रही है।",
    # guard: no office word before the role noun
    "अधिकारियों ने बताया कि घटना की जांच हो रही है।",
])
def test_claims_round70_qualified_role_span_guards(text):
    on = [c.speaker_text for c in check_offsets(text, run(text, [], p=ON))]
    assert on == [c.speaker_text for c in run(text, [], p=OFF)] == ["अधिकारियों"]


def test_claims_round70_qualified_role_span_conjunction():
    # guard: a conjunction stops the span (`और` joins another office in; only the field word next to the noun is taken)
    text = "पुलिस और स्वास्थ्य अधिकारियों ने बताया कि घटना की जांच हो रही है।"
    assert [c.speaker_text for c in check_offsets(text, run(text, [], p=ON))] == ["स्वास्थ्य अधिकारियों"]
    assert [c.speaker_text for c in run(text, [], p=OFF)] == ["अधिकारियों"]
