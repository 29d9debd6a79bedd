"""pipeline/claims.py, claims round 67 (issue 16; seed 2030): a cue whose subject is elided in a coordinated clause
(`टोयोटा … थी कि …, लेकिन …, चेतावनी दी कि C`) is said by the subject opening the conjunct before it in the same
sentence (`coordinated_subject`): a tagged person or organisation or an anonymous role noun; no pronoun, no body's head
noun, nobody else named between, never across a sentence. Sentences paraphrase real articles (shortened); same
hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

ON = replace(P, coordinated_subject=True)
OFF = replace(P, coordinated_subject=False)
TOYOTA = ("टोयोटा", "ORG", "O_t")
CLARK = ("क्लार्क", "PER", "P_c")
AMITABH = ("अमिताभ", "PER", "P_a")


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


@pytest.mark.parametrize("text,spec,want", [
    # dev2-tune ntrex_bbc.381680 (paraphrased): a nominative organisation, a कि-clause of its own, then `, लेकिन …,`
    ("टोयोटा यह बताने में असमर्थ थी कि संयंत्र कब तक बंद रहेगा, लेकिन लंबी अवधि में, चेतावनी दी कि ज़्यादा लागत से "
     "नौकरियाँ चली जाएँगी।", [TOYOTA],
     ("टोयोटा", "O_t", "named", "चेतावनी दी", "ज़्यादा लागत से नौकरियाँ चली जाएँगी", "indirect")),
    # bbchi_0171 (paraphrased, one person and a perfective cue): a nominative person, `… ख़ुश थे, लेकिन बताया कि C`
    ("अमिताभ घर लौटने से ख़ुश थे, लेकिन बताया कि वे फिर इराक़ नहीं जाएंगे।", [AMITABH],
     ("अमिताभ", "P_a", "named", "बताया", "वे फिर इराक़ नहीं जाएंगे", "indirect")),
    # the Toyota sentence with an anonymous role noun as the subject
    ("प्रवक्ता सवालों का जवाब देने में असमर्थ थे, लेकिन बाद में बताया कि जांच जारी है।", [],
     ("प्रवक्ता", None, "anonymous", "बताया", "जांच जारी है", "indirect")),
])
def test_claims_round67_coordinated_subject(text, spec, want):
    assert want in got(check_offsets(text, run(text, spec, p=ON)))
    assert want not in got(run(text, spec, p=OFF))


@pytest.mark.parametrize("text,spec", [
    # guard: a joint subject (`अमिताभ और उनके साथी`, bbchi_0171): the name is followed by `और`, not its verb
    ("अमिताभ और उनके साथी घर लौटने से ख़ुश हैं और कहते हैं कि अब वे कभी इराक़ नहीं जाएंगे।", [AMITABH]),
    # guard: a pronoun subject (bbchi_0251, paraphrased): its resolution may take a person named before
    ("अब्बा कहते थे इसे रहने दो। यह ठीक नहीं है लेकिन वह उनकी सुनती नहीं थीं और कहा करती थीं कि वह उन्हें चाहती "
     "हैं।", [("अब्बा", "PER", "P_ab")]),
    # guard: a body's head noun (covidnp_DJ-2020-ARP-13-03, paraphrased): an appeal, no claim
    ("सरकार लोगों को जागरुक कर रही है और यह भी कह रही है कि लक्षण दिखें तो तुरंत सूचना दें।", []),
    # guard: somebody else named between the subject and the coordinator
    ("टोयोटा उत्पादन रोकने पर विचार कर रही थी जब क्लार्क वहां पहुंचे, लेकिन बाद में चेतावनी दी कि नौकरियाँ "
     "जाएंगी।", [TOYOTA, CLARK]),
    # guard: the organisation only owns the subject in a genitive (`टोयोटा के कर्मचारी`): it is no subject
    ("टोयोटा के कर्मचारी कुछ नहीं बोले, लेकिन बाद में चेतावनी दी कि नौकरियाँ जाएंगी।", [TOYOTA]),
    # guard: never across a sentence (the subject in the sentence before)
    ("टोयोटा इस पर चुप रही। संयंत्र बंद रहा, लेकिन बाद में चेतावनी दी कि नौकरियाँ जाएंगी।", [TOYOTA]),
])
def test_claims_round67_guards(text, spec):
    assert got(run(text, spec, p=ON)) == got(run(text, spec, p=OFF))
