"""pipeline/claims.py, review of the blind verifier (round 24 comparison over corpus/news): a plural group of people as
the subject before an honorific pronoun, and an indirect content that a contrast with a source of its own ends. Same
hand-built records as tests/test_claims.py (kept apart so that rounds working on claims.py at the same time do not edit
one file's end)."""
from __future__ import annotations

import pytest

from tests.test_claims import check_offsets, run

_RIMS = ("गुरुवार को रिम्स कर्मियों के चेहरे पर मुस्कान देखने को मिली, जब रिम्स से यह खबर आयी कि नौ मरीजों की रिपोर्ट "
         "निगेटिव आयी है। रिम्स के कोरोना वार्ड में तैनात डॉक्टरों की टीम ने यह खबर सुनी तो वो खुशी से फूले नहीं समाए। "
         "उन्होंने कहा कि, जब भी कोई मरीज यहां से ठीक हो कर निकलता है तो यह हमारे लिए जीत है।")


def test_claims_review_vb_team_of_doctors_is_anonymous_not_their_institute():
    # covidnp_PK-2020-MAY-07-01: `डॉक्टरों की टीम ने … उन्होंने कहा` is the team, not रिम्स (their place of work)
    c = check_offsets(_RIMS, run(_RIMS, [("रिम्स", "ORG", "O_r")]))[-1]
    assert (c.speaker_text, c.speaker_entity_id, c.speaker_type) == ("उन्होंने", None, "anonymous")


@pytest.mark.parametrize("text,content", [
    # bbchi_0254: the new study's finding is no part of what the earlier studies said
    ("इससे पहले जो अध्ययन आए थे उनमें कहा गया था कि लकड़बग्घों की हँसी उनकी अधीनता के बारे में संदेश देती है लेकिन नए "
     "अध्ययन में शोधकर्ताओं ने यह पता लगाने में कामयाबी हासिल की है कि कोई लकड़बग्घा ख़ास खिलखिलाहट कब अपनाता है।",
     "लकड़बग्घों की हँसी उनकी अधीनता के बारे में संदेश देती है"),
    ("अधिकारी ने बताया कि जिले में सभी दुकानें बंद रहेंगी जबकि प्रशासन के मुताबिक दवा की दुकानें खुली रहेंगी।",
     "जिले में सभी दुकानें बंद रहेंगी"),
    # a contrast with no source of its own stays in the content
    ("अधिकारी ने बताया कि जिले में सभी दुकानें बंद रहेंगी लेकिन दवा की दुकानें खुली रहेंगी।",
     "जिले में सभी दुकानें बंद रहेंगी लेकिन दवा की दुकानें खुली रहेंगी"),
])
def test_claims_review_vb_content_ends_at_a_contrast_with_its_own_source(text, content):
    c = check_offsets(text, run(text, []))[0]
    assert c.content == content
