"""pipeline/claims.py, claims round 36: pronoun speakers where a paragraph names several people (the person the
sentence before is about, a chain of subject pronouns). Same hand-built records as tests/test_claims.py (kept apart
so that rounds working on claims.py at the same time do not edit one file's end)."""
from __future__ import annotations

import pytest

import pipeline.claims as claims_mod
from tests.test_claims import check_offsets, run

_ANDERS = ("स्वीडन के कैरोलिंस्का इंस्टीट्यूट के प्रोफ़ेसर एंडर्स अहलबॉम ने भी इस शोध की तारीफ़ की। ")
_RSPEC = [("एंडर्स अहलबॉम", "PER", "P_a"), ("कैरोलिंस्का इंस्टीट्यूट", "ORG", "O_k"),
          ("कैंब्रिज विश्वविद्यालय", "ORG", "O_c"), ("डेविड स्पीजेलहॉल्टर", "PER", "P_d"), ("सुषमा स्वराज", "PER", "P_s"),
          ("कांग्रेस", "ORG", "O_cong"), ("कपिल सिब्बल", "PER", "P_k"), ("भाजपा", "ORG", "O_bjp")]
_SAYS = "उनका कहना है कि आंकड़े अभी बहुत कम हैं।"
_SUSHMA = "भाजपा की नेता सुषमा स्वराज ने बहस शुरू की। उन्होंने कहा कि यह प्रस्ताव ग़लत है। "


@pytest.mark.parametrize("text,want", [
    # titled_topic: the only person of the sentence before, after a title phrase, as its subject or in a genitive
    # with no person as head: the pronoun opening the next sentence is that person, not an earlier subject
    (_ANDERS + "कैंब्रिज विश्वविद्यालय के प्रोफ़ेसर डेविड स्पीजेलहॉल्टर की राय भी कुछ इसी तरह की है। " + _SAYS, "P_d"),
    (_SUSHMA + "वहीं, केंद्रीय मंत्री और कांग्रेस नेता कपिल सिब्बल सरकार के वकील की तरह खड़े थे। उन्होंने कहा कि यह "
     "सिर्फ़ खुदरा व्यापार का मामला नहीं है।", "P_k"),
    # after the sentence opener `दूसरी ओर` (no title)
    (_ANDERS + "दूसरी ओर डेविड स्पीजेलहॉल्टर की राय है कि कोई ख़तरा नहीं है। वे आगे कहते हैं कि आंकड़े कम हैं।", "P_d"),
    # not a person in a verb's case (`X से मिले`), not in a जब clause, not across a paragraph break, not a person who
    # heads the genitive (`X के वकील`): the earlier subject stays
    (_ANDERS + "कैंब्रिज विश्वविद्यालय के प्रोफ़ेसर डेविड स्पीजेलहॉल्टर से भी बात हुई। " + _SAYS, "P_a"),
    (_ANDERS + "पर जब प्रोफ़ेसर डेविड स्पीजेलहॉल्टर की राय आई तो सब चुप रहे। " + _SAYS, "P_a"),
    (_ANDERS + "कैंब्रिज विश्वविद्यालय के प्रोफ़ेसर डेविड स्पीजेलहॉल्टर की राय भी कुछ इसी तरह की है।\n\n" + _SAYS,
     "P_a"),
    (_ANDERS + "कैंब्रिज विश्वविद्यालय के प्रोफ़ेसर डेविड स्पीजेलहॉल्टर के वकील भी यहां थे। " + _SAYS, "P_a"),
])
def test_claims_round36_pronoun_after_a_sentence_about_one_titled_person(text, want):
    claims = check_offsets(text, run(text, _RSPEC))
    assert [c.speaker_entity_id for c in claims if c.speaker_text in ("उनका", "उन्होंने", "वे")][-1] == want


@pytest.mark.parametrize("text,want", [
    # (round 38) titled_topic across a single line break (native news: one paragraph a line): the pronoun opening
    # the line is the person the line before ends on
    (_ANDERS + "कैंब्रिज विश्वविद्यालय के प्रोफ़ेसर डेविड स्पीजेलहॉल्टर इसे बड़ी अड़चन मान रहे हैं।\n" + _SAYS, "P_d"),
    # not across a blank line, nor where the line before holds two persons
    (_ANDERS + "कैंब्रिज विश्वविद्यालय के प्रोफ़ेसर डेविड स्पीजेलहॉल्टर इसे बड़ी अड़चन मान रहे हैं।\n\n" + _SAYS, "P_a"),
    (_ANDERS + "प्रोफ़ेसर डेविड स्पीजेलहॉल्टर और सुषमा स्वराज इसे बड़ी अड़चन मान रहे हैं।\n" + _SAYS, "P_a"),
])
def test_claims_round38_titled_topic_on_the_line_before(text, want):
    claims = check_offsets(text, run(text, _RSPEC))
    assert [c.speaker_entity_id for c in claims if c.speaker_text in ("उनका", "उन्होंने", "वे")][-1] == want


_CSPEC = [("श्रीनाथ रेड्डी", "PER", "P_r"), ("एम्स", "ORG", "O_a"), ("जवाहर लाल", "PER", "P_j"),
          ("दिनेश सिंह ओसवाल", "PER", "P_o"), ("मिस्टर इंडिया", "ORG", "O_m")]


@pytest.mark.parametrize("text,want", [
    # chained_subject: the pronoun opens its sentence right after a sentence opening with a subject pronoun (same
    # paragraph): it is that pronoun's person, not an organisation named after it
    ("श्रीनाथ रेड्डी की राय इससे अलग है। वह एम्स के प्रमुख हैं। उन्होंने कहा कि मामलों की रफ़्तार घटी है।", "P_r"),
    # both rules: `अगर X की बात की जाए तो वह …` makes X the topic, the next `वह` continues it, and so does `उनका`
    # (not the speaker of the claim before them)
    ("डॉक्टर जवाहर लाल कहते हैं कि ये दवाइयाँ ख़तरनाक हैं। अगर दिनेश सिंह ओसवाल की बात की जाए तो वह कई बार "
     "चैंपियन रह चुके हैं। वह कई बार मिस्टर इंडिया भी रह चुके हैं। उनका कहना है कि इसके लिए बड़ी मेहनत चाहिए।", "P_o"),
])
def test_claims_round36_pronoun_chain_continues_its_subject(text, want):
    claims = check_offsets(text, run(text, _CSPEC))
    assert [c.speaker_entity_id for c in claims if c.speaker_text in ("उनका", "उन्होंने")] == [want]


def test_claims_round36_paragraph_break_ends_the_chain(monkeypatch):
    # (review of round 36: a paragraph break ends the chain; only that the chain does not fire is asserted, the
    # speaker being whatever the rules before it give: not locked to the organisation)
    text = "श्रीनाथ रेड्डी की राय इससे अलग है। वह एम्स के प्रमुख हैं।\n\nउन्होंने कहा कि मामलों की रफ़्तार घटी है।"
    fired = []
    real = claims_mod._Doc.chain_antecedent
    monkeypatch.setattr(claims_mod._Doc, "chain_antecedent", lambda self, ch, g: fired.append(ch) or real(self, ch, g))
    got = [(c.speaker_entity_id, c.speaker_type) for c in check_offsets(text, run(text, _CSPEC))]
    assert not fired
    monkeypatch.setattr(claims_mod._Doc, "chained_subject", lambda self, tok: None)
    assert got == [(c.speaker_entity_id, c.speaker_type) for c in run(text, _CSPEC)]


_WSPEC = [("अजय कुमार", "PER", "P_a"), ("रमेश गुप्ता", "PER", "P_g"), ("सुनीता शर्मा", "PER", "P_s"),
          ("रमेश कुमार", "PER", "P_k")]
_SP = "पुलिस अधीक्षक अजय कुमार ने बताया कि जांच जारी है। "


@pytest.mark.parametrize("text,want", [
    # (review of round 36) titled_topic's genitive is a head of opinion or statement only (`X की राय`, `X की बात`):
    # not the victim, the deceased, the wanted or arrested man, nor the owner of a village whose people speak
    (_SP + "कल रात व्यापारी रमेश गुप्ता की गोली मारकर हत्या कर दी गई। उन्होंने कहा कि आरोपियों की तलाश जारी है।", "P_a"),
    (_SP + "कल रात व्यापारी रमेश गुप्ता की मौत हो गई। उन्होंने कहा कि आरोपियों की तलाश जारी है।", "P_a"),
    (_SP + "फरार बदमाश रमेश गुप्ता की तलाश जारी है। उन्होंने कहा कि आरोपियों की तलाश जारी है।", "P_a"),
    (_SP + "व्यापारी रमेश गुप्ता की गिरफ्तारी हो गई। उन्होंने कहा कि आरोपियों की तलाश जारी है।", "P_a"),
    (_SP + "व्यापारी रमेश गुप्ता का अंतिम संस्कार कल होगा। उन्होंने कहा कि आरोपियों की तलाश जारी है।", "P_a"),
    (_SP + "किसान नेता रमेश गुप्ता के गांव के लोग धरने पर बैठे। वे कहते हैं कि पुलिस कुछ नहीं करती।", "not P_g"),
    # (review of round 36) a feminine verb takes no person of unknown gender over the woman found before, neither as
    # the topic nor through a chain
    ("डॉक्टर सुनीता शर्मा ने कहा कि टीका सुरक्षित है। प्रोफ़ेसर रमेश कुमार की राय अलग है। वह कहती हैं कि आंकड़े कम हैं।",
     "P_s"),
    ("डॉक्टर सुनीता शर्मा ने कहा कि टीका सुरक्षित है। अगर रमेश कुमार की बात की जाए तो वह अस्पताल के प्रमुख हैं। वह "
     "कहती हैं कि आंकड़े कम हैं।", "P_s"),
    ("डॉक्टर सुनीता शर्मा ने कहा कि टीका सुरक्षित है। रमेश कुमार की राय अलग है। वह अस्पताल के प्रमुख हैं। वह कहती हैं "
     "कि आंकड़े कम हैं।", "P_s"),
])
def test_claims_round36_review_topic_is_a_speaker_of_the_verbs_gender(text, want):
    got = [c.speaker_entity_id for c in check_offsets(text, run(text, _WSPEC))][-1]
    assert got != "P_g" if want == "not P_g" else got == want
