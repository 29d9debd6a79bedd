"""pipeline.refine, round 58 (issues 14 and 16: speakers without an entity): a one-word name the model never tags,
opening its clause right before a speaker's marker (`लेकिन फ़रज़ाना ने पुलिस को बताया`, `कोनली कहती हैं`) and
written again in the story, becomes a PER span. Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

import pytest

from tests.test_refine import LEX, refine_only


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # bbchi_0178 (paraphrased): after a conjunction, before the ergative; the story names her again
        ("लेकिन फ़रज़ाना ने पुलिस को बताया कि वह अपनी मर्ज़ी से गई थी। फ़रज़ाना अब घर पर है।", [], True,
         [("फ़रज़ाना", "PER")]),
        ("लेकिन फ़रज़ाना ने पुलिस को बताया कि वह अपनी मर्ज़ी से गई थी। फ़रज़ाना अब घर पर है।", [], False, []),
        # bbchi_0076 (paraphrased): at the sentence's start, before a speech verb's habitual present
        ("कोनली कहती हैं कि इन गतिविधियों से मदद मिलती है। कोनली का परिवार साथ है।", [], True, [("कोनली", "PER")]),
        # covidnp_PK-2020-MAR-29-01 (paraphrased): after the clause adverb `बाद`
        ("इसके बाद वेई ने अस्पताल में जांच कराई। वेई अब ठीक हैं।", [], True, [("वेई", "PER")]),
        # guard: written once in the story (a misspelling, `प्रसाशन` for `प्रशासन`)
        ("प्रसाशन ने सीमाएं सील कर दीं।", [], True, []),
        # guard: the story writes it after a determiner (covidnp_DJ-2020-ARP-04-01, paraphrased)
        ("एक बैंककर्मी ने तोड़ निकाला। बैंककर्मी ने दस्ताने पहने।", [], True, []),
        # guard: the story writes its plural (covidnp_PK-2020-MAY-03-01, paraphrased)
        ("किन्नर ने खुद को गोली मारी। किन्नरों ने विरोध किया।", [], True, []),
        # guard: a postposition before it (an object, bbchi, paraphrased)
        ("शहरी की जिंदगी को लोडशेडिंग ने प्रभावित किया। लोडशेडिंग से लोग परेशान हैं।", [], True, []),
        # guard: a role the story writes before a name (covidnp_DH-2020-MAR-28-01, paraphrased)
        ("प्रॉड्यूसर ने सच बताया। प्रॉड्यूसर निखिल द्विवेदी ने जवाब दिया।", [("निखिल द्विवेदी", "PER")], True,
         [("निखिल द्विवेदी", "PER")]),
        # guard: an English plural (a group)
        ("ऐक्सपर्ट्स का कहना है कि खतरा है। ऐक्सपर्ट्स चिंतित हैं।", [], True, []),
        # guard: the word is tagged already
        ("डिजनी ने पार्क बंद किए। डिजनी के शेयर गिरे।", [("डिजनी", "ORG"), ("डिजनी", "ORG")], True,
         [("डिजनी", "ORG"), ("डिजनी", "ORG")]),
    ],
)
def test_lone_speakers(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, lone_speakers=on) == sorted(expected)
