"""pipeline/claims.py with cues-v31, claims round 42 (corpus/news sample seed 2004): the `साफ … कर दिया` rows are framed
(cleaning is no claim), sending word (`संदेश भेजा कि`) and an answer that came (`का जवाब आया कि`) are cues. Same
hand-built records as tests/test_claims.py."""
from __future__ import annotations

import pytest

from tests.test_claims import check_offsets, run


@pytest.mark.parametrize("text,spec,want", [
    # cleaning a stadium: no कि, colon or quote after the verb, so the clause before the comma is no content
    ("जापानी प्रशंसक अपनी टीम के लिए जो नीले थैले लेकर आए थे, उन्ही बैगों में उन्होंने कूड़ा भरकर स्टेडियम को साफ़ भी कर "
     "दिया।", [], []),
    ("प्रशंसक जो थैले लाए थे, उनमें उन्होंने कूड़ा भरकर स्टेडियम को साफ कर दिया।", [], []),
    # making it clear that …: still a claim
    ("मुख्यमंत्री नीतीश कुमार ने साफ कर दिया कि राज्य में शराबबंदी जारी रहेगी।", [("नीतीश कुमार", "PER", "P_nk")],
     [("नीतीश कुमार", "P_nk", "साफ कर दिया", "राज्य में शराबबंदी जारी रहेगी")]),
    # sending word that …
    ("काफी इंतजार के बाद मकबूल ने ताहिरा को संदेश भेजा कि अब हालात जल्दी ठीक नहीं होंगे।",
     [("मकबूल", "PER", "P_m"), ("ताहिरा", "PER", "P_t")],
     [("मकबूल", "P_m", "संदेश भेजा", "अब हालात जल्दी ठीक नहीं होंगे")]),
    # an answer that came that …
    ("ताहिरा का जवाब आया कि वह लंबे समय तक इंतजार कर लेगी।", [("ताहिरा", "PER", "P_t")],
     [("ताहिरा", "P_t", "जवाब आया", "वह लंबे समय तक इंतजार कर लेगी")]),
])
def test_claims_round42_cues_v31_rows(text, spec, want):
    claims = check_offsets(text, run(text, spec))
    assert [(c.speaker_text, c.speaker_entity_id, c.cue, c.content) for c in claims] == want
