"""Quantities round 34 (quantities-v34): populations are no rupees, deaths cut off from an earlier count word, a
count word with a dash, an age read onto a disease word. Sentences shortened from corpus/news (translated
international news and COVID coverage)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, extract_quantities, load_lexicon
from pipeline.segment import SegmentParams, split_sentences

ROOT = Path(__file__).resolve().parents[1]
P = QuantitiesParams()  # the default, quantities-v36 (v35 + review fixes)
LEX = load_lexicon(ROOT / "models", P)
P32 = QuantitiesParams(lexicon="quantities-v32")
LEX32 = load_lexicon(ROOT / "models", P32)


def run(text: str, lex=LEX, p=P):
    return extract_quantities(split_sentences("d", text, SegmentParams()), [], lex, p)


def find(text: str, value: float, lex=LEX, p=P):
    qs = [q for q in run(text, lex, p) if q.value == value]
    assert len(qs) == 1, run(text, lex, p)
    return qs[0]


# --- census_nouns: a scale number measuring a population is a count, not rupees ---------------------------
@pytest.mark.parametrize(
    "text,value,kind,noun",
    [
        ("छह करोड़ की आबादी वाले इस यूरोपीय देश में पाबंदियां लगाई गई हैं।", 6e7, "count", "आबादी"),
        ("22 राज्यों में 8.5 करोड़ की आबादी पर असर पड़ा है।", 8.5e7, "count", "आबादी"),
        ("शहर की एक करोड़ 20 लाख की कुल आबादी बेहद छोटी जगहों में रहती है।", 1.2e7, "count", "आबादी"),
        ("विशेषज्ञों का कहना है कि भारत की आबादी एक अरब 30 करोड़ हैं।", 1.3e9, "count", "आबादी"),  # v37 census_subject_nouns (v36: None)
        ("खास बात यह है कि भारत की कुल आबादी ही 130 करोड़ के करीब है।", 1.3e9, "count", "आबादी"),  # v37 census_subject_nouns (v36: None)
        ("यह इलाका घनी आबादी वाला है जहां करीब 7 लाख की जनसंख्या है।", 7e5, "count", "जनसंख्या"),
        ("डिपो के आसपास लगभग 5 लाख की आबादी को इवैक्युएट किया गया था।", 5e5, "count", "आबादी"),
        # negatives: crores of a money noun and bare crores stay rupees
        ("सरकार ने 500 करोड़ की मदद दी।", 5e9, "money", "रुपये"),
        ("घनी आबादी वाले इलाकों के लिए सरकार ने 50 करोड़ दिए।", 5e8, "money", "रुपये"),
    ],
)
def test_round34_census_nouns(text, value, kind, noun):
    q = find(text, value)
    assert (q.kind, q.noun) == (kind, noun)


def test_round34_census_nouns_off_in_v32():
    q = find("छह करोड़ की आबादी वाले इस यूरोपीय देश में पाबंदियां लगाई गई हैं।", 6e7, LEX32, P32)
    assert q.kind == "money"


def test_round34_population_is_no_antecedent():
    # a population named before a table is no noun of its bare rows
    qs = run("छह करोड़ की आबादी वाले इस देश में पाबंदियां लगाई गई हैं। इटली - 827 - 12,462")
    assert [q.noun for q in qs if q.value in (827, 12462)] == [None, None]


# --- owner_clause_breaks: `N की मौत` after a comma or clause boundary counts persons ----------------------
@pytest.mark.parametrize(
    "text,value,noun",
    [
        ("राज्य में सक्रिय मामलों की कुल संख्या 472 हो गई है, अब तक 17 की मौत हो चुकी है।", 17, "लोग"),
        ("देशभर में संक्रमित मरीजों की संख्या 5274, अब तक 149 की मौत", 149, "लोग"),
        ("दुनियाभर में संक्रमितों की संख्या 16 लाख के पार हो गयी है तो वहीं 82000 से अधिक की मौत हो चुकी है।", 82000, "लोग"),
        # negatives: a relative partitive keeps the owner; no break keeps it too
        ("कुल कोरोना संक्रमितों की संख्या 173 हो गयी है, जिसमें तीन की मौत हो चुकी है।", 3, "संक्रमित"),
        ("मरीजों की संख्या बढ़कर अब छह हो गई।", 6, "मरीज"),
        ("जहां तक पीड़ितों की संख्या की बात है, यह संख्या 114 तक पहुंच चुकी है।", 114, "पीड़ित"),
    ],
)
def test_round34_owner_clause_breaks(text, value, noun):
    qs = [q for q in run(text) if q.value == value]
    assert qs and qs[-1].noun == noun, qs


def test_round34_owner_clause_breaks_off_in_v32():
    q = find("राज्य में सक्रिय मामलों की कुल संख्या 472 हो गई है, अब तक 17 की मौत हो चुकी है।", 17, LEX32, P32)
    assert q.noun == "मामला"


# --- count_word_dashes: `X की संख्या- N` is a count, `नंबर- 0120` / `कोविड -19` stay ids --------------------
@pytest.mark.parametrize(
    "text,value,noun",
    [
        ("- ट्रांजिट प्वाइंट पर स्क्रिनिंग किये गये यात्रियों की संख्या- 3,91,613", 391613, "यात्री"),
        ("कुल घरों की संख्या -155640", 155640, "घर"),
    ],
)
def test_round34_count_word_dash(text, value, noun):
    q = find(text, value)
    assert (q.kind, q.noun) == ("count", noun)


@pytest.mark.parametrize("text", ["कोविड -19 से बचाव के लिए", "इस संख्या- 12 को याद रखें"])
def test_round34_count_word_dash_negative(text):
    assert run(text) == []


def test_round34_target_is_no_antecedent():
    qs = run("कुल व्यक्तियों की संख्या -761779। स्क्रीनिंग के लिए घरों का लक्ष्य - 435207")
    assert [q.noun for q in qs if q.value == 435207] == [None]


# --- age_disease_words: an age read onto `कोरोना` takes the person after it -------------------------------
@pytest.mark.parametrize(
    "text,value,noun",
    [
        ("बताया जाता है कि करीब 35 वर्षीय कोरोना पॉजिटिव व्यक्ति पत्नी को इलाज के लिए ले गया था।", 35, "व्यक्ति"),
        ("पीएमसीएच से 72 वर्षीय कोरोना संदिग्ध के भागने की खबर है।", 72, "संदिग्ध"),
        ("लखनऊ के 64 वर्षीय कोरोना पॉजिटिव की मौत के बाद", 64, "पॉजिटिव"),
        # negatives: a person noun right after the age stays; a disease word with nothing after it stays
        ("हावड़ा में 48 वर्षीय एक महिला ने दम तोड़ दिया।", 48, "महिला"),
        ("66 वर्षीय मंत्री की शुक्रवार को जांच हुई थी।", 66, "मंत्री"),
        ("निवासी 64 वर्षीय कोरोना पॉजिटिव कई समस्याओं के साथ भर्ती हुए थे।", 64, "कोरोना"),
    ],
)
def test_round34_age_after_disease(text, value, noun):
    q = find(text, value)
    assert (q.kind, q.noun) == ("age", noun)


# --- hashtag_marks: a hashtag between a count and its noun is stepped over ---------------------------------
@pytest.mark.parametrize(
    "text,value,noun",
    [
        ("दिल्ली में आज 356 नए #कोरोनावायरस पॉजिटिव केस दर्ज किए गए।", 356, "केस"),
        ("कर्नाटक में 15 नए #COVID19 मामलों की पुष्टि हुई।", 15, "मामला"),
        ("- 1 #COVID19 मामला हरियाणा के सिरसा में दर्ज किया गया।", 1, "मामला"),
    ],
)
def test_round34_hashtag_between_count_and_noun(text, value, noun):
    assert find(text, value).noun == noun


def test_round34_hashtag_negative():
    # a hashtag campaign name is no counted noun, and the count after it keeps its own
    qs = run("छात्रों द्वारा #SendUsBackHome नाम से कैंपेन चलाया गया, जिसके बाद लगभग 250 बसों को भेजने का फैसला किया।")
    assert [(q.value, q.noun) for q in qs] == [(250, "बस")]
    assert find("दिल्ली में आज 356 नए #कोरोनावायरस पॉजिटिव केस दर्ज किए गए।", 356, LEX32, P32).noun is None
