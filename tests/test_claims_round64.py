"""pipeline/claims.py, claims round 64 (corpus/news sample seed 2027: 60 claims whose speaker is a pronoun, 30 from
translated and 30 from native articles, issue 16): a lone generic body head (`सरकार`, `विभाग`) that spoke with no owner
and no body named before it is still `unresolved` when a later singular pronoun is resolved (the last pass makes it an
unnamed body, anonymous), so the pronoun skipped it for an older organisation of the window; it is now that pronoun's
antecedent, the anonymous body (`body_antecedent`). Sentences paraphrase real articles (shortened); same hand-built
records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

ON = replace(P, body_antecedent=True)
OFF = replace(P, body_antecedent=False)
MIN = ("स्वास्थ्य मंत्रालय", "ORG", "O_h")


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


@pytest.mark.parametrize("text,spec,want,before", [
    # covidnp_PK-2020-APR-30-01 (paraphrased): a state government's bulletin after the ministry's report, then `इसने`
    ("स्वास्थ्य मंत्रालय ने रिपोर्ट में बताया कि देश में 557 मामलों की पुष्टि हुई है। आंध्र प्रदेश में 71 नये मामले सामने आये "
     "हैं। सरकार ने बुलेटिन में कहा कि मृतकों की संख्या 31 पर ही सीमित है। इसने कहा कि राज्य में अब तक 321 मरीज ठीक हो चुके "
     "हैं।", [MIN],
     ("इसने", None, "anonymous", "कहा", "राज्य में अब तक 321 मरीज ठीक हो चुके हैं", "indirect"),
     ("इसने", "O_h", "pronoun", "कहा", "राज्य में अब तक 321 मरीज ठीक हो चुके हैं", "indirect")),
    # the same with `उसने`
    ("स्वास्थ्य मंत्रालय ने बताया कि देश में 557 मामलों की पुष्टि हुई है। सरकार ने बुलेटिन में कहा कि जिले में सभी दुकानें "
     "बंद रहेंगी। उसने यह भी बताया कि बाजार सोमवार को खुलेंगे।", [MIN],
     ("उसने", None, "anonymous", "बताया", "बाजार सोमवार को खुलेंगे", "indirect"),
     ("उसने", "O_h", "pronoun", "बताया", "बाजार सोमवार को खुलेंगे", "indirect")),
    # a genitive pronoun after a lone `विभाग`
    ("स्वास्थ्य मंत्रालय ने बताया कि देश में 557 मामलों की पुष्टि हुई है। विभाग ने कहा कि जिले में सभी दुकानें बंद रहेंगी। "
     "उसका कहना है कि बाजार सोमवार को खुलेंगे।", [MIN],
     ("उसका", None, "anonymous", "कहना है", "बाजार सोमवार को खुलेंगे", "indirect"),
     ("उसका", "O_h", "pronoun", "कहना है", "बाजार सोमवार को खुलेंगे", "indirect")),
])
def test_claims_round64_body_antecedent(text, spec, want, before):
    assert got(check_offsets(text, run(text, spec, p=ON)))[-1] == want
    assert got(run(text, spec, p=OFF))[-1] == before


@pytest.mark.parametrize("text,spec,want", [
    # guard: the honorific `उन्होंने` (a person) does not take the unnamed body
    ("स्वास्थ्य मंत्रालय ने बताया कि देश में 557 मामलों की पुष्टि हुई है। सरकार ने कहा कि जिले में सभी दुकानें बंद रहेंगी। "
     "उन्होंने यह भी बताया कि बाजार सोमवार को खुलेंगे।", [MIN],
     ("उन्होंने", "O_h", "pronoun", "बताया", "बाजार सोमवार को खुलेंगे", "indirect")),
    # guard: a government owned by a genitive (`इमरान खान की सरकार`) is no unnamed body
    ("स्वास्थ्य मंत्रालय ने बताया कि देश में 557 मामलों की पुष्टि हुई है। इमरान खान की सरकार ने कहा कि जिले में सभी दुकानें "
     "बंद रहेंगी। उसने यह भी बताया कि बाजार सोमवार को खुलेंगे।", [MIN, ("इमरान खान", "PER", "P_i")],
     ("उसने", "O_h", "pronoun", "बताया", "बाजार सोमवार को खुलेंगे", "indirect")),
    # guard: an organisation that spoke after the body stays the newer antecedent
    ("स्वास्थ्य मंत्रालय ने बताया कि देश में 557 मामलों की पुष्टि हुई है। सरकार ने कहा कि जिले में सभी दुकानें बंद रहेंगी। "
     "मंत्रालय के मुताबिक बाजार सोमवार को खुलेंगे। उसने यह भी बताया कि स्कूल बंद रहेंगे।", [MIN],
     ("उसने", "O_h", "pronoun", "बताया", "स्कूल बंद रहेंगे", "indirect")),
])
def test_claims_round64_body_antecedent_guards(text, spec, want):
    assert got(run(text, spec, p=ON))[-1] == want
    assert got(run(text, spec, p=OFF))[-1] == want
