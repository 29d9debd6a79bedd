"""pipeline/claims.py, claims round 41 (native news, seed 2003): speakers of statement pronouns, titles split by an
honorific, and titles named again right after them. Same hand-built records as tests/test_claims.py (a file of its
own, so that rounds working on claims.py at the same time do not edit one file's end)."""
from __future__ import annotations

import pytest

from tests.test_claims import check_offsets, run

SONIA = ("सोनिया गांधी", "PER", "P_sg")
EMBASSY = ("भारतीय वाणिज्य दूतावास", "ORG", "O_emb")


@pytest.mark.parametrize("text,want", [
    # a letter the sentence before had its named subject write: `इसमें` is that writer's document
    ("कांग्रेस की अध्यक्ष सोनिया गांधी ने मुख्यमंत्रियों को पत्र लिखा है। इसमें कहा गया है कि हम वैश्विक स्वास्थ्य "
     "इमरजेंसी की स्थिति में हैं।", ("P_sg", "pronoun")),
    # ... an issued document (an issuing word after the subject)
    ("मिलान में बने भारतीय वाणिज्य दूतावास ने सोमवार को यात्रा सलाह जारी की है। इसमें कहा गया है कि पांच इलाके "
     "रेड जोन में हैं।", ("O_emb", "pronoun")),
    # no document in the sentence before: unresolved, as before
    ("सोनिया गांधी ने मुख्यमंत्रियों से मुलाकात की। इसमें कहा गया है कि हम वैश्विक स्वास्थ्य इमरजेंसी की स्थिति "
     "में हैं।", (None, "unresolved")),
    # the writer two sentences back (a window of one sentence): unresolved
    ("सोनिया गांधी ने मुख्यमंत्रियों को पत्र लिखा है। राज्यों में मामले बढ़ रहे हैं। इसमें कहा गया है कि हम "
     "वैश्विक स्वास्थ्य इमरजेंसी की स्थिति में हैं।", (None, "unresolved")),
])
def test_claims_round41_statement_pronoun_takes_the_documents_writer(text, want):
    claims = check_offsets(text, run(text, [SONIA, EMBASSY]))
    (c,) = [c for c in claims if c.speaker_text == "इसमें"]
    assert (c.speaker_entity_id, c.speaker_type) == want


def test_claims_round41_statement_pronoun_after_a_claim_keeps_the_claims_speaker():
    text = ("सोनिया गांधी ने कहा कि राज्य तैयार हैं। मंत्रालय ने एक पत्र जारी किया है। इसमें कहा गया है कि स्कूल "
            "बंद रहेंगे।")
    claims = check_offsets(text, run(text, [SONIA, ("मंत्रालय", "ORG", "O_m")]))
    (c,) = [c for c in claims if c.speaker_text == "इसमें"]
    assert c.speaker_entity_id == "P_sg"  # the previous claim's speaker wins, as before (previous_claim)


@pytest.mark.parametrize("text,want", [
    # the office's place tagged as a person before the honorific: the name after the honorific holds the title
    ("स्वास्थ्य विभाग की टीम सीएमओ कांगड़ा डॉ. गुरदर्शन गुप्ता की अगुवाई में होटल पहुंची। सीएमओ ने बताया कि पांचों "
     "पर्यटकों को निगरानी में रखा गया है।", "P_gg"),
    # a word besides the honorific between (two persons): the title's own name stays
    ("सीएमओ कांगड़ा और डॉ. गुरदर्शन गुप्ता होटल पहुंचे। सीएमओ ने बताया कि पांचों पर्यटकों को निगरानी में रखा गया "
     "है।", "P_k"),
])
def test_claims_round41_title_holder_after_an_honorific(text, want):
    spec = [("कांगड़ा", "PER", "P_k"), ("गुरदर्शन गुप्ता", "PER", "P_gg")]
    claims = check_offsets(text, run(text, spec))
    (c,) = [c for c in claims if c.speaker_text == "सीएमओ"]
    assert c.speaker_entity_id == want


FILLER = "इस बीच शहर में बाजार बंद रहे। "


@pytest.mark.parametrize("gap,want", [
    # the holder before introduced far back (another story of a live blog), the holder named right after: that one
    (14, "P_lt"),
    # the holder before within three pronoun windows: the usual order (the one before)
    (6, "P_nm"),
])
def test_claims_round41_title_named_again_right_after(gap, want):
    text = ("पीएम नरेंद्र मोदी ने बैठक की। " + FILLER * gap + "भूटान में एक पर्यटक संक्रमित पाया गया। प्रधानमंत्री ने "
            "शुक्रवार को बताया कि यह पहला मामला है। प्रधानमंत्री लोताय शेरिंग के कार्यालय ने फेसबुक पर पोस्ट किया।")
    spec = [("नरेंद्र मोदी", "PER", "P_nm"), ("लोताय शेरिंग", "PER", "P_lt")]
    claims = check_offsets(text, run(text, spec))
    (c,) = [c for c in claims if c.speaker_text == "प्रधानमंत्री"]
    assert c.speaker_entity_id == want


CAPA = ("सीएपीए", "ORG", "O_capa")
UNICEF = ("यूनिसेफ", "ORG", "O_unicef")


@pytest.mark.parametrize("text,want", [
    # the head introduced the organisation right before its name: `संगठन` is that organisation
    ("विमानन कंपनियों के वैश्विक संगठन सीएपीए ने सोमवार को यह आशंका व्यक्त की। संगठन ने कहा कि कंपनियां दिवालिया "
     "हो सकती हैं।", ("O_capa", "pronoun")),
    # an organisation that made the claim right before, named without the head
    ("यूनिसेफ ने चेतावनी दी है कि हर दिन छह हजार बच्चे मारे जा सकते हैं। एजेंसी ने यह भी कहा कि माताओं की मौत हो "
     "सकती है।", ("O_unicef", "pronoun")),
    # neither: unresolved, as before
    ("शहर में कल से बाजार बंद हैं। एजेंसी ने कहा कि माताओं की मौत हो सकती है।", (None, "unresolved")),
])
def test_claims_round41_bare_agency_head_takes_the_named_body(text, want):
    claims = check_offsets(text, run(text, [CAPA, UNICEF]))
    (c,) = [c for c in claims if c.speaker_text in ("संगठन", "एजेंसी")]
    assert (c.speaker_entity_id, c.speaker_type) == want


@pytest.mark.parametrize("text,want", [
    # `X के उस बयान … जिसमें उन्होंने कहा`: the pronoun is the owner of the statement, not the sentence's subject
    ("मुशर्रफ ने कहा कि तनाव जून तक घटेगा। जनरल मुशर्रफ का यह बयान रक्षा मंत्री जॉर्ज फर्नांडिस के उस बयान के बाद आया है जिसमें उन्होंने कहा था कि सीमा से "
     "सेना नहीं हटाई जाएगी।", ("P_gf", "pronoun")),
    # a generic body owns it (untagged): anonymous
    ("मुशर्रफ ने सरकार की उस अपील की तारीफ की, जिसमें उसने कहा था कि सीमा से सेना नहीं हटाई जाएगी।",
     (None, "anonymous")),
])
def test_claims_round41_correlative_owner_of_a_statement(text, want):
    spec = [("मुशर्रफ", "PER", "P_pm"), ("जॉर्ज फर्नांडिस", "PER", "P_gf")]
    claims = check_offsets(text, run(text, spec))
    (c,) = [c for c in claims if c.speaker_text in ("उन्होंने", "उसने")]
    assert (c.speaker_entity_id, c.speaker_type) == want


def test_claims_round41_relative_pronoun_without_a_correlative_keeps_the_subject():
    text = "मुशर्रफ ने एक बैठक की, जिसमें उन्होंने कहा कि सीमा से सेना नहीं हटाई जाएगी।"
    claims = check_offsets(text, run(text, [("मुशर्रफ", "PER", "P_pm"), ("जॉर्ज फर्नांडिस", "PER", "P_gf")]))
    (c,) = [c for c in claims if c.speaker_text == "उन्होंने"]
    assert c.speaker_entity_id == "P_pm"


@pytest.mark.parametrize("lead", ["इससे पहले", "इससे पहले आज"])
def test_claims_round41_time_words_before_an_anaphor_subject(lead):
    text = (f"रूसी रक्षा मंत्रालय ने पुष्टि की है कि 39 लोग मरे। {lead} मंत्रालय ने बताया कि 32 यात्रियों की मौत हुई "
            "थी।")
    claims = check_offsets(text, run(text, [("रूसी रक्षा मंत्रालय", "ORG", "O_m")]))
    c = claims[-1]
    assert (c.speaker_text, c.speaker_entity_id, c.speaker_type) == ("मंत्रालय", "O_m", "pronoun")


@pytest.mark.parametrize("text,want", [
    # a directive the window named with its owner: that owner's (and `इसमें` after it follows the claim)
    ("कार्मिक मंत्रालय के एक आदेश के मुताबिक कर्मचारियों को शुक्रवार को छूट दे दी गई। इसके बजाए वे रजिस्टर पर हाजिरी "
     "दर्ज करेंगे। आदेश में कहा गया है- यह पाया गया है कि सतह संक्रमित हैं।", "O_k"),
    # a complaint's genitive is whom it is about, not its author: unresolved, as before
    ("ग्रामीणों ने कार्मिक मंत्रालय की शिकायत डीएम से की है। शिकायत में बताया गया है कि कर्मचारियों ने पैसे लिए।", None),
])
def test_claims_round41_directive_owned_before(text, want):
    claims = check_offsets(text, run(text, [("कार्मिक मंत्रालय", "ORG", "O_k")]))
    (c,) = [c for c in claims if c.speaker_text in ("आदेश", "शिकायत")]
    assert c.speaker_entity_id == want


def test_claims_round41_correlative_owner_police_is_anonymous():
    text = ("ग्रांट शैप्स ने कहा कि पार्क खुले रहेंगे। उनका यह बयान ब्रिटिश पुलिस की उस चेतावनी के बाद आया है जिसमें उसने "
            "कहा था कि लोग पार्कों में जा रहे हैं।")
    claims = check_offsets(text, run(text, [("ग्रांट शैप्स", "PER", "P_gs"), ("ब्रिटिश पुलिस", "ORG", "O_bp")]))
    (c,) = [c for c in claims if c.speaker_text == "उसने"]
    assert (c.speaker_entity_id, c.speaker_type) == (None, "anonymous")
