"""Review of claims round 53 (pipeline/claims.py): `next_subject_cut` missed a content whose last finite verb is a
future with an independent-vowel stem (`माना जाएगा`: switch `vowel_future`); `unnamed_role_pronoun` missed an
`उन्होंने` whose window held an older speaker than the unnamed role subject of the sentence right before (switch
`unnamed_role_newer`); guards the reviewer checked for both and for `source_layer`. Sentences from real corpus/news
articles (shortened, paraphrased); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

HASAN = ("हसन फरीद", "PER", "P_hasan")
MODI = ("नरेंद्र मोदी", "PER", "P_modi")


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content) for c in claims]


# --- vowel_future (next_subject_cut) ----------------------------------------------------------------------------

# covidnp_PK-2020-MAR-08-01: `जाएगा` (ए written as a letter) is the content's last finite verb; `जबकि राज्य` opens the
# police's report
CRIME = ("राज्य के स्वास्थ्य विभाग ने कहा कि लक्षणों के बारे में सूचित न करना अपराध माना जाएगा, जबकि राज्य पुलिस ने भी "
         "कहा कि जानकारी छिपाना दंडनीय है।")


def test_claims_round53_review_vowel_future():
    claims = check_offsets(CRIME, run(CRIME, []))
    assert [c.content for c in claims] == ["लक्षणों के बारे में सूचित न करना अपराध माना जाएगा", "जानकारी छिपाना दंडनीय है"]


def test_claims_round53_review_vowel_future_off():
    claims = run(CRIME, [], p=replace(P, vowel_future=False))
    assert claims[0].content.endswith("माना जाएगा, जबकि राज्य")


@pytest.mark.parametrize("text,first", [
    # a clause after the future's comma that ends in a finite verb of its own is content: the cut stays at `जबकि`
    ("राज्य के स्वास्थ्य विभाग ने कहा कि लक्षण छिपाना अपराध माना जाएगा, विदेश से लौटे सभी लोगों को चौदह दिन घर में अलग "
     "रहना होगा, जबकि राज्य पुलिस ने भी कहा कि जानकारी छिपाना दंडनीय है।",
     "लक्षण छिपाना अपराध माना जाएगा, विदेश से लौटे सभी लोगों को चौदह दिन घर में अलग रहना होगा"),
])
def test_claims_round53_review_vowel_future_guard(text, first):
    assert check_offsets(text, run(text, []))[0].content == first


# --- unnamed_role_newer (unnamed_role_pronoun) ------------------------------------------------------------------

# bbchi_0087: the mill owner's quote is older than the unnamed Chinese premier who is the subject right before
PREMIER = ('मिल के मालिक हसन फरीद का कहना है, "बिजली की उपलब्धता बहुत खराब है." चीनी प्रधानमंत्री ने अपने भाषण में '
           "पाकिस्तान को बिजली संकट से निपटने में मदद की पेशकश भी की. उन्होंने कहा कि दोनों देशों को बिजली उत्पादन के "
           "क्षेत्र में सहयोग बढ़ाना चाहिए.")


def test_claims_round53_review_unnamed_role_newer():
    claims = check_offsets(PREMIER, run(PREMIER, [HASAN]))
    assert got(claims)[-1] == ("उन्होंने", None, "anonymous", "कहा",
                               "दोनों देशों को बिजली उत्पादन के क्षेत्र में सहयोग बढ़ाना चाहिए")
    assert claims[0].speaker_entity_id == "P_hasan"


def test_claims_round53_review_unnamed_role_newer_off():
    claims = run(PREMIER, [HASAN], p=replace(P, unnamed_role_newer=False))
    assert claims[-1].speaker_entity_id == "P_hasan"


@pytest.mark.parametrize("text,spec,want", [
    # covidnp_AU-2020-ARP-27-02 / PK-2020-MAR-07-01: a role that titled a tagged person before is that person again
    ("प्रधानमंत्री नरेंद्र मोदी ने कहा कि लॉकडाउन का लाभ मिल रहा है. प्रधानमंत्री ने सभी राज्यों के प्रयासों की सराहना की. "
     "उन्होंने कहा कि सभी विभागों को आपसी सामंजस्य से काम करना चाहिए.", [MODI], ("P_modi", "pronoun")),
])
def test_claims_round53_review_unnamed_role_newer_guard(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert (claims[-1].speaker_entity_id, claims[-1].speaker_type) == want


# --- source_layer guard -----------------------------------------------------------------------------------------

def test_claims_round53_review_source_layer_recipient():
    # ednil_delhi10: `इसकी जानकारी दिल्ली पुलिस को दी` passes word on to a recipient: no layer claim of the sentence before
    text = ("पुलिस सूत्रों के मुताबिक, इमारत में पांच बदमाशों के छुपे होने की खबर मिली थी. पंजाब पुलिस ने इसकी जानकारी "
            "दिल्ली पुलिस को दी.")
    assert [c.cue for c in check_offsets(text, run(text, []))] == ["के मुताबिक"]
    bare = text.replace(" दिल्ली पुलिस को", "")
    assert [c.cue for c in check_offsets(bare, run(bare, []))] == ["के मुताबिक", "जानकारी दी"]
