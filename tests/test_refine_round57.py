"""pipeline.refine, round 57 (issues 14 and 16: speakers the tagger misses or cuts): a person's name the model ends
one word early right before the speaker's marker (`[भूपाल सिंह]P मनराल के मुताबिक`, `[वीपी सिंह]P बदनौर ने`)
takes in that last word when it is a surname IL-NER knows or a word it never saw. Hand-built lexicons, as
tests/test_refine.py."""
from __future__ import annotations

import pytest

from tests.test_refine import LEX, refine_only


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_AU-2020-MAR-14-04 (paraphrased): an unseen surname before the ergative
        ("प्रशासक वीपी सिंह बदनौर ने लोगों से अपील की।", [("वीपी सिंह", "PER")], True, [("वीपी सिंह बदनौर", "PER")]),
        ("प्रशासक वीपी सिंह बदनौर ने लोगों से अपील की।", [("वीपी सिंह", "PER")], False, [("वीपी सिंह", "PER")]),
        # covidnp_AU-2020-MAR-16-02 (paraphrased): before the cue `के मुताबिक`
        ("प्रभारी सचिव भूपाल सिंह मनराल के मुताबिक, दफ्तर खुले रहेंगे।", [("भूपाल सिंह", "PER")], True,
         [("भूपाल सिंह मनराल", "PER")]),
        # bbchi_0188 (paraphrased): before a speech verb's habitual present
        ("रविंद्र सिंह हादा कहते हैं, \"हमारी नज़र तो है.\"", [("रविंद्र सिंह", "PER")], True,
         [("रविंद्र सिंह हादा", "PER")]),
        # `का कहना है`
        ("डॉ. सुनील मनराल का कहना है कि जांच जारी है।", [("सुनील", "PER")], True, [("सुनील मनराल", "PER")]),
        # covidnp_AU-2020-MAR-22-01 (paraphrased): an initial, a given name, and the surname the model left out
        ("स्वास्थ्य मंत्री सी. विजय भास्कर ने कहा कि तीन लोग ठीक हैं।", [("सी. विजय", "PER")], True,
         [("सी. विजय भास्कर", "PER")]),
        # guard: an honorific after the name stays out (bbchi_0128, paraphrased)
        ("एनडी तिवारी जी ने कहा कि वे लौटेंगे।", [("एनडी तिवारी", "PER")], True, [("एनडी तिवारी", "PER")]),
        # guard: a common word after the name (a leader's government, left to `leader_governments`)
        ("कहा कि मोदी सरकार ने सख्त कदम उठाए।", [("मोदी", "PER")], True, [("मोदी", "PER")]),
        # guard: no speaker's marker after the word
        ("प्रशासक वीपी सिंह बदनौर से लोगों ने अपील की।", [("वीपी सिंह", "PER")], True, [("वीपी सिंह", "PER")]),
        # guard: the word after the name is tagged already (two names side by side)
        ("वीपी सिंह बदनौर ने कहा।", [("वीपी सिंह", "PER"), ("बदनौर", "LOC")], True,
         [("वीपी सिंह", "PER"), ("बदनौर", "LOC")]),
        # guard: an ORG span is left as it is
        ("संस्था सेवा बदनौर ने कहा।", [("संस्था सेवा", "ORG")], True, [("संस्था सेवा", "ORG")]),
    ],
)
def test_speaker_surnames(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, speaker_surnames=on) == sorted(expected)
