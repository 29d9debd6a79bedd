"""pipeline/claims.py, claims round 45 (translated international news, corpus/news sample seed 2007): a quotation
the report splits in two around its speaker (`“A,” X ने कहा, “B।”`, the translated `"A," X said, "B."`) gives A as
well as B; a habitual cue that ends its sentence after a quote and its nominative subject (`“C,” गेन्सलर कहते हैं।`)
reports that quote. Same hand-built records as tests/test_claims.py."""
from __future__ import annotations

import pytest

from tests.test_claims import check_offsets, run

G = ("गेन्सलर", "PER", "P_g")
A = ("एप्पल", "ORG", "O_a")


@pytest.mark.parametrize("text,spec,want", [
    # a split quotation: both halves are the speaker's direct claims
    ("“बाज़ार में जोखिम बहुत ज़्यादा है,” गेन्सलर ने कहा, “और हम निवेशकों की रक्षा करेंगे।”", [G],
     [("गेन्सलर", "P_g", "कहा", "बाज़ार में जोखिम बहुत ज़्यादा है", "direct"),
      ("गेन्सलर", "P_g", "कहा", "और हम निवेशकों की रक्षा करेंगे", "direct")]),
    ('"बाज़ार में जोखिम बहुत ज़्यादा है", एप्पल के सीईओ गेन्सलर ने बताया, "हम निवेशकों की रक्षा करेंगे।"', [G, A],
     [("गेन्सलर", "P_g", "बताया", "बाज़ार में जोखिम बहुत ज़्यादा है", "direct"),
      ("गेन्सलर", "P_g", "बताया", "हम निवेशकों की रक्षा करेंगे", "direct")]),
    # with a pronoun speaker resolved to the name before
    ("गेन्सलर ने सोमवार को भाषण दिया।\n“बाज़ार में जोखिम बहुत ज़्यादा है,” उन्होंने कहा, “और हम निवेशकों की रक्षा "
     "करेंगे।”", [G],
     [("उन्होंने", "P_g", "कहा", "बाज़ार में जोखिम बहुत ज़्यादा है", "direct"),
      ("उन्होंने", "P_g", "कहा", "और हम निवेशकों की रक्षा करेंगे", "direct")]),
    # not split: a quote that ends its own sentence before the report (read as before: the sentence's own claim)
    ("“बाज़ार में जोखिम बहुत ज़्यादा है।” गेन्सलर ने कहा, “हम निवेशकों की रक्षा करेंगे।”", [G],
     [("गेन्सलर", "P_g", "कहा", "हम निवेशकों की रक्षा करेंगे", "direct")]),
    # not split: the quote before the speaker is only a named thing inside the sentence
    ("बाज़ार में “सुधार” की बात पर गेन्सलर ने कहा, “हम निवेशकों की रक्षा करेंगे।”", [G],
     [("गेन्सलर", "P_g", "कहा", "हम निवेशकों की रक्षा करेंगे", "direct")]),
])
def test_claims_round45_split_quotation(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    got = [(c.speaker_text, c.speaker_entity_id, c.cue, c.content, c.quote_type) for c in claims]
    assert got == want


@pytest.mark.parametrize("text,spec,want", [
    ("“जोखिम बढ़ रहा है,” गेन्सलर कहते हैं।", [G], [("गेन्सलर", "P_g", "कहते", "जोखिम बढ़ रहा है", "direct")]),
    ('"जोखिम बढ़ रहा है", गेन्सलर कहती हैं।', [G], [("गेन्सलर", "P_g", "कहती", "जोखिम बढ़ रहा है", "direct")]),
    ("गेन्सलर सोमवार को वाशिंगटन में थे।\n“जोखिम बढ़ रहा है,” वे कहते हैं।", [G],
     [("वे", "P_g", "कहते", "जोखिम बढ़ रहा है", "direct")]),
    # no comma after the quote: a quoted word inside the subject's clause, no utterance
    ("“सुधार” गेन्सलर कहते हैं।", [G], []),
])
def test_claims_round45_habitual_after_quote(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    got = [(c.speaker_text, c.speaker_entity_id, c.cue, c.content, c.quote_type) for c in claims]
    assert got == want
