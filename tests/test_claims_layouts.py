"""pipeline/claims.py, claims round 35: claim boundaries on the layouts of news copy (long quotations, quote
paragraphs, line breaks). Same hand-built records as tests/test_claims.py (kept apart so that rounds working on
claims.py at the same time do not edit one file's end)."""
from __future__ import annotations

import pytest

from tests.test_claims import check_offsets, run

KUMAR = ("अरविंद कुमार", "PER", "P_ak")
LONG_QUOTE = ("\"ट्रेन के दो ड्राइवर जख्मी हुए हैं। एक के सिर में चोट लगी है। 74 पैसेंजर्स को हल्की चोटें आई हैं। चार की "
              "हालत गंभीर है। दो लोगों को सैफई भेजा गया है। फिलहाल रेस्क्यू ऑपरेशन पूरा हो गया है।\"")
LONG_CONTENT = ("ट्रेन के दो ड्राइवर जख्मी हुए हैं। एक के सिर में चोट लगी है। 74 पैसेंजर्स को हल्की चोटें आई हैं। चार की हालत "
                "गंभीर है। दो लोगों को सैफई भेजा गया है। फिलहाल रेस्क्यू ऑपरेशन पूरा हो गया है")


@pytest.mark.parametrize("text,want", [
    # a quotation of one paragraph longer than max_quote_sentences closes at its mark (six sentences here)
    ("सचिव अरविंद कुमार ने बताया, " + LONG_QUOTE,
     [("अरविंद कुमार", "P_ak", "direct", LONG_CONTENT)]),
    # such a paragraph standing alone after a direct claim continues its speaker
    ("सचिव अरविंद कुमार ने बताया, \"रेलवे क्रॉसिंग पर एक्सीडेंट हुआ है।\"\n" + LONG_QUOTE,
     [("अरविंद कुमार", "P_ak", "direct", "रेलवे क्रॉसिंग पर एक्सीडेंट हुआ है"),
      ("अरविंद कुमार", "P_ak", "direct", LONG_CONTENT)]),
    # a quotation left open (no closing mark in its paragraph) still stops after max_quote_sentences
    ("सचिव अरविंद कुमार ने बताया, " + LONG_QUOTE[:-1] + "\nरेल मंत्री ने जांच के आदेश दिए।",
     [("अरविंद कुमार", "P_ak", "direct",
       "ट्रेन के दो ड्राइवर जख्मी हुए हैं। एक के सिर में चोट लगी है। 74 पैसेंजर्स को हल्की चोटें आई हैं। चार की हालत गंभीर है")]),
    # another quotation opening first in the paragraph: the long one is not closed by the other's mark
    ("सचिव अरविंद कुमार ने बताया, " + LONG_QUOTE[:-2] + " लोग कह रहे हैं \"सब ठीक है।\"",
     [("अरविंद कुमार", "P_ak", "direct",
       "ट्रेन के दो ड्राइवर जख्मी हुए हैं। एक के सिर में चोट लगी है। 74 पैसेंजर्स को हल्की चोटें आई हैं। चार की हालत गंभीर है")]),
])
def test_claims_round35_long_quote_paragraph_closes_at_its_mark(text, want):
    claims = check_offsets(text, run(text, [KUMAR]))
    got = [(c.speaker_text, c.speaker_entity_id, c.quote_type, c.content) for c in claims if c.speaker_text == "अरविंद कुमार"]
    assert got == want
