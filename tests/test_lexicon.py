"""pipeline.lexicon: building the entity lexicon from small hand-made sources, and reading the shipped one."""
from __future__ import annotations

import pytest

from pipeline.lexicon import (build_lexicon, fold_key, function_words, load_known_names, load_lexicon, news_word_stats,
                              word_stats)
from tests.conftest import MODELS, needs_shared

SHARED_KB = MODELS.parent.parent / "shared" / "kb"


def test_lexicon_word_stats_counts_edges_and_labels():
    examples = [
        (["नरेंद्र", "मोदी", "मंगलवार", "को"], ["B-PER", "I-PER", "O", "O"]),
        (["दिल्ली", "सरकार", "ने", "मंगलवार"], ["B-ORG", "I-ORG", "O", "O"]),
    ]
    st = word_stats(examples, min_count=1)
    assert st["मंगलवार"].n == 2 and st["मंगलवार"].n_ent == 0
    assert (st["नरेंद्र"].n_begin, st["नरेंद्र"].n_end) == (1, 0)
    assert (st["मोदी"].n_begin, st["मोदी"].n_end, st["मोदी"].n_per) == (0, 1, 1)
    assert (st["सरकार"].n_end, st["सरकार"].n_org) == (1, 1)
    assert "को" not in word_stats(examples, min_count=2)


@pytest.mark.parametrize("raw, key", [("कज़ाख़स्तान", "कजाखस्तान"), ("क\u093cज़ा", "कजा"), ("  उत्तर   प्रदेश ", "उत्तर प्रदेश")])
def test_lexicon_fold_key(raw, key):
    assert fold_key(raw) == key


def test_lexicon_function_words_from_ud():
    conllu = "\n".join([
        "# text = राम ने कहा कि वह आएगा",
        "1\tराम\tराम\tPROPN\t_\t_\t3\tnsubj\t_\t_",
        "2\tने\tने\tADP\t_\t_\t1\tcase\t_\t_",
        "3\tकहा\tकह\tVERB\t_\t_\t0\troot\t_\t_",
        "4\tकि\tकि\tSCONJ\t_\t_\t6\tmark\t_\t_",
        "5\tवह\tवह\tPRON\t_\t_\t6\tnsubj\t_\t_",
        "6\tआएगा\tआ\tVERB\t_\t_\t3\tccomp\t_\t_",
    ])
    assert function_words(conllu) == sorted(["ने", "कहा", "कि", "वह", "आएगा"])


def test_lexicon_missing_file_names_it(tmp_path):
    (tmp_path / "places.tsv").write_text("surface\tlabel\tqid\tname_en\tkind\tsource\n", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="words.tsv"):
        load_lexicon(tmp_path)


def test_lexicon_shipped_places_and_words():
    lex = load_lexicon(MODELS / "entity-lexicon-v3")
    assert lex.places["भारत"].qid == "Q668"
    assert lex.strong_place("युगांडा") is not None
    assert lex.strong_place("आनंद") is None  # a city and a given name
    assert lex.latin_places["uk"].qid == "Q145"
    assert "यूरोपीय संघ" not in lex.places  # CLDR's EU is an organisation
    assert lex.strong_place("मिसिसिप्पी").name_en == "Mississippi"  # v2: a state abroad
    assert "मेन" not in lex.places  # Maine's Hindi label is the loan word "main"
    assert lex.words["मंगलवार"].n_ent == 0
    assert "कि" in lex.function_words


@needs_shared("kb")
@needs_shared("data/il-ner-hi")
@needs_shared("corpus/news")
def test_lexicon_build_matches_shipped(tmp_path):
    shared = MODELS.parent.parent / "shared"
    counts = build_lexicon(shared / "kb", [shared / "data/il-ner-hi/Hindi-train.txt",
                                           shared / "data/hiner-validation/collapsed/validation.conll"],
                           tmp_path, shared / "data/ud-hindi-pud/hi_pud-ud-test.conllu", shared / "corpus/news")
    assert counts["places"] > 10_000 and counts["news_words"] > 10_000
    for name in ("places.tsv", "words.tsv", "given_names.txt", "function_words.txt", "news_words.tsv"):
        assert (tmp_path / name).read_bytes() == (MODELS / "entity-lexicon-v4" / name).read_bytes(), name


@pytest.mark.parametrize(
    "word, expected",
    [
        ("इटली", (3, 2, 3)),  # a name: followed by `में`, `से`, a comma
        ("ऑरेंज", (3, 2, 0)),  # a modifier: followed by the noun it modifies
        ("जोन", (3, 2, 1)),  # `जोन में` once
    ],
)
def test_lexicon_news_word_stats(word, expected):
    texts = ["इटली में ऑरेंज जोन बने। इटली से लोग लौटे।", "ऑरेंज जोन और ऑरेंज जोन में छूट मिली, इटली, स्पेन में भी।"]
    st = news_word_stats(texts, min_count=3)
    assert (st[word].n, st[word].n_docs, st[word].n_case) == expected
    assert "स्पेन" not in st  # seen fewer than min_count times


def test_lexicon_shipped_news_counts():
    lex = load_lexicon(MODELS / "entity-lexicon-v4")
    assert lex.news["दिल्ली"].n_case > 0.5 * lex.news["दिल्ली"].n  # a name
    assert lex.news["ऑरेंज"].n_case < 0.1 * lex.news["ऑरेंज"].n  # a modifier (`ऑरेंज जोन`)
    assert load_lexicon(MODELS / "entity-lexicon-v3").news == {}  # before v4: no news counts


def test_lexicon_shipped_portfolios():
    """entity-lexicon-v5: v4 + portfolios.txt (round 30); the files build-lexicon writes are v4's bytes."""
    lex = load_lexicon(MODELS / "entity-lexicon-v5")
    assert {"योजना", "खेल", "श्रम", "रोजगार", "निर्वाचन", "खुफिया"} <= lex.portfolios  # folded (`ख़ुफ़िया`)
    assert not {"अब", "जुड़े", "उनका", "मंत्रालय", "भारत"} & lex.portfolios
    assert {"अन्तरिक्ष", "आन्तरिक", "प्रबन्धन", "उर्जा"} <= lex.portfolios  # review: spellings fold keeps apart
    assert len(lex.portfolios) == 158  # MODEL_CARD.md
    assert load_lexicon(MODELS / "entity-lexicon-v4").portfolios == frozenset()  # before v5: none
    for name in ("places.tsv", "words.tsv", "given_names.txt", "function_words.txt", "news_words.tsv", "kb_aliases.tsv"):
        assert (MODELS / "entity-lexicon-v5" / name).read_bytes() == (MODELS / "entity-lexicon-v4" / name).read_bytes()



def test_lexicon_shipped_media_services_and_styles():
    """entity-lexicon-v6: v5 + media_services.txt, styles.txt (round 33) and media_acronyms.txt (its review); every other
    file is v5's bytes."""
    lex = load_lexicon(MODELS / "entity-lexicon-v6")
    assert {"रेडियो", "न्यूज", "टीवी", "हिन्दी", "उर्दू"} <= lex.media_services  # `न्यूज़` folds to `न्यूज`
    assert {"सरदार", "रेवरेंड", "फादर", "पादरी"} <= lex.styles  # `फ़ादर` folds to `फादर`
    assert len(lex.media_services) == 15 and len(lex.styles) == 5  # MODEL_CARD.md
    assert "रेव." not in lex.styles  # review of round 33: the segmenter splits after it, so it never fired
    assert {"बीबीसी", "सीएनएन", "एनडीटीवी", "BBC", "ABC"} <= lex.media_acronyms and len(lex.media_acronyms) == 49
    assert not {"सीबीएसई", "WHO", "UN", "बीजेपी"} & lex.media_acronyms
    assert not {"मंत्रालय", "भारत", "कहा"} & (lex.media_services | lex.styles)
    v5 = load_lexicon(MODELS / "entity-lexicon-v5")
    assert v5.media_services == frozenset() and v5.styles == frozenset() and v5.media_acronyms == frozenset()
    assert lex.portfolios == v5.portfolios
    for name in ("places.tsv", "words.tsv", "given_names.txt", "function_words.txt", "news_words.tsv", "kb_aliases.tsv",
                 "portfolios.txt"):
        assert (MODELS / "entity-lexicon-v6" / name).read_bytes() == (MODELS / "entity-lexicon-v5" / name).read_bytes()


def test_lexicon_shipped_firm_kinds_unit_heads_and_bodies():
    """entity-lexicon-v7: v6 + firm_kinds.txt, unit_heads.txt and bodies.txt (round 36 and its review); every other
    file is v6's bytes."""
    lex = load_lexicon(MODELS / "entity-lexicon-v7")
    assert len(lex.firm_kinds) == 40 and len(lex.unit_heads) == 11 and len(lex.bodies) == 37  # MODEL_CARD.md
    assert {"बेकरी", "सुपरमार्केट", "होटल", "कॉफी", "फूड"} <= lex.firm_kinds  # `फ़ूड` folds to `फूड`
    assert {"रीजेंसी", "काउंटी", "प्रीफेक्चर", "ओब्लास्ट", "पैरिश"} <= lex.unit_heads
    assert not {"बरो", "बोरो"} & lex.unit_heads  # review of round 36: an Indian village's name, an Assamese community
    assert {("सीनेट",), ("सिनेट",), ("हाउस", "ऑफ", "कॉमन्स"), ("लेबर", "पार्टी"), ("UKIP",), ("Ukip",)} <= lex.bodies
    assert all(not w.startswith("#") for n in lex.bodies for w in n) and () not in lex.bodies  # comments, blank lines
    v6 = load_lexicon(MODELS / "entity-lexicon-v6")
    assert v6.firm_kinds == v6.unit_heads == frozenset() and v6.bodies == frozenset()
    for name in ("places.tsv", "words.tsv", "given_names.txt", "function_words.txt", "news_words.tsv", "kb_aliases.tsv",
                 "portfolios.txt", "media_services.txt", "styles.txt", "media_acronyms.txt"):
        assert (MODELS / "entity-lexicon-v7" / name).read_bytes() == (MODELS / "entity-lexicon-v6" / name).read_bytes()


def test_lexicon_curated_names_skips_comments_and_blank_lines(tmp_path):
    from pipeline.lexicon import _curated_names

    path = tmp_path / "bodies.txt"
    path.write_text("# a comment: सीनेट\n\nहाउस ऑफ़ कॉमन्स\n  \nसीनेट\n", encoding="utf-8")
    assert _curated_names(path) == {("हाउस", "ऑफ", "कॉमन्स"), ("सीनेट",)}  # folded (`ऑफ़`)
    assert _curated_names(tmp_path / "missing.txt") == frozenset()

def test_lexicon_known_orgs_from_an_alias_file(tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_text(
        "canonical_name\tlabel\taliases\tqid\tname_en\n"
        "लश्कर-ए-तैयबा\tORG\tलश्कर ए तैयबा\t\tLashkar-e-Taiba\n"
        "NBC न्यूज़\tORG\tएनबीसी\t\tNBC News\n"
        "ब्रिटेन\tLOC\tयूके\tQ145\tUnited Kingdom\n", encoding="utf-8")
    known = load_known_names(path)
    assert known["LOC"] == {("ब्रिटेन",): "ब्रिटेन", ("यूके",): "ब्रिटेन"}
    assert known["ORG"] == {("लश्कर-ए-तैयबा",): "लश्कर-ए-तैयबा", ("लश्कर", "ए", "तैयबा"): "लश्कर-ए-तैयबा",
                    ("NBC", "न्यूज"): "NBC न्यूज़", ("एनबीसी",): "NBC न्यूज़"}  # folded tokens


def test_lexicon_known_orgs_bad_file_names_it(tmp_path):
    from pipeline.link import AliasFileError

    path = tmp_path / "aliases.tsv"
    path.write_text("canonical_name\tlabel\taliases\nहोंडा\tCOMPANY\t\n", encoding="utf-8")
    with pytest.raises(AliasFileError, match="aliases.tsv, line 2"):
        load_known_names(path)


def test_lexicon_shipped_known_orgs():
    lex = load_lexicon(MODELS / "entity-lexicon-v3", MODELS / "aliases-v4.tsv")
    assert lex.orgs[("टोयोटा",)] == "टोयोटा" and lex.orgs[("अल", "जजीरा")] == "अल जज़ीरा"
    assert lex.strong_place("यूपी").source == "aliases"  # an alias of a LOC row is a place


@pytest.mark.parametrize("surface", ["टेक्सास", "कैलिफोर्निया", "अलबामा", "मिसिसिपी", "मैसाचुसेट्स", "वेस्ट वर्जिनिया",
                                     "उत्तरी कैरोलिना"])
def test_lexicon_shipped_us_states(surface):
    """aliases-v5: the US states (the KB lacks many of their Hindi spellings) are places the repair acts on."""
    lex = load_lexicon(MODELS / "entity-lexicon-v4", MODELS / "aliases-v5.tsv")
    assert lex.strong_place(" ".join(fold_key(w) for w in surface.split())) is not None


# ---------------------------------------------------------------- link-stage KB places (kb-places-v1)

def _place(surface, qid="", en="", kind="city", source="geonames"):
    from pipeline.lexicon import Place
    return Place(surface, "LOC", qid, en, kind, source)


@pytest.mark.parametrize(
    "place, extra, en_qid, qid",
    [
        (_place("चंडीगढ़", en="Chandigarh", source="pycountry"), [], {"chandigarh": "Q43433"}, "Q43433"),
        (_place("साओ पाउलो", en="Sao Paulo", source="cldr"), [], {"sao paulo": "Q174"}, "Q174"),
        (_place("न्यूयॉर्क", en="New York", source="cldr"), [_place("न्यूयॉर्क", "Q1384", "New York", "place", "wikidata2015")],
         {"new york": ""}, ""),  # city Q60 or state Q1384: none
        (_place("बेगूसराय", en="Begusarai"), [_place("बेगूसराय", "Q598985", "Begusarai", "place", "wikidata2015")], {},
         "Q598985"),  # a GeoNames town without a QID takes the Wikidata label's of its spelling and English name
        (_place("ललितपुर", en="Lalitpur"), [], {"lalitpur": ""}, ""),  # India and Nepal: none
    ],
)
def test_lexicon_kb_places_fill_qids(place, extra, en_qid, qid):
    from pipeline.lexicon import kb_places
    assert kb_places([place], extra, en_qid)[0].qid == qid


def test_lexicon_kb_places_leave_out_another_place_of_a_known_name():
    from pipeline.lexicon import kb_places
    got = kb_places([_place("ब्रसेल्स", "Q239", "Brussels")], [_place("ब्रुसेल्स", "Q9005", "Brussels", "place", "wikidata2015")], {})
    assert [p.surface for p in got] == ["ब्रसेल्स"]


@needs_shared("kb")
@pytest.mark.parametrize("en, qid", [("Chandigarh", "Q43433"), ("New York", ""), ("Lalitpur", ""), ("Europe", "Q46"),
                                     ("São Paulo", "Q174"), ("Córdoba", "")])
def test_lexicon_english_qids(en, qid):
    """With the joined Wikidata labels: New York is the city Q60 and the state Q1384; Lalitpur in India and Nepal."""
    from pipeline.lexicon import en_key, english_qids, wikidata_place_rows
    extra = wikidata_place_rows(SHARED_KB, load_lexicon(MODELS / "entity-lexicon-v4").words)
    assert english_qids(SHARED_KB, extra).get(en_key(en)) == qid


@needs_shared("kb")
@pytest.mark.parametrize("surface, kept", [("मुंगेर", True), ("बेगूसराय", True), ("यूरोप", True), ("कश्मीर", True),
                                           ("मार्च", False), ("होंडा", False), ("शिव", False), ("मेन", False)])
def test_lexicon_wikidata_place_rows(surface, kept):
    from pipeline.lexicon import wikidata_place_rows
    lex = load_lexicon(MODELS / "entity-lexicon-v4")
    assert (surface in {p.surface for p in wikidata_place_rows(SHARED_KB, lex.words)}) == kept


@needs_shared("kb")
def test_lexicon_build_kb_places_matches_shipped(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import main
    result = CliRunner().invoke(main, ["build-kb", "--kb", str(SHARED_KB), "--lexicon", str(MODELS / "entity-lexicon-v4"),
                                       "--out", str(tmp_path)])  # the `kb` stage of dvc.yaml
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kb_aliases.tsv").read_bytes() == (MODELS / "kb-places-v1" / "kb_aliases.tsv").read_bytes()
    rows = (tmp_path / "kb_aliases.tsv").read_text(encoding="utf-8").splitlines()
    assert "Sonipat\tLOC\t\tQ41561\tSonipat" in rows  # an Indian town named in English only


def test_lexicon_memo_gives_the_parsed_lexicon_and_follows_the_alias_file(tmp_path):
    """The memo (a pickle under the cache) is the lexicon load_lexicon parses; an edited alias file is a new key."""
    from pipeline.lexicon import load_lexicon_memo

    names = tmp_path / "aliases.tsv"
    names.write_text("canonical_name\tlabel\taliases\nविश्व स्वास्थ्य संगठन\tORG\tडब्ल्यूएचओ\n", encoding="utf-8")
    memo = tmp_path / "memo"
    first = load_lexicon_memo(MODELS / "entity-lexicon-v4", names, memo)
    assert first == load_lexicon(MODELS / "entity-lexicon-v4", names)
    assert len(list(memo.glob("lexicon-entity-lexicon-v4-*.pkl"))) == 1
    assert load_lexicon_memo(MODELS / "entity-lexicon-v4", names, memo) == first  # read back from the memo
    names.write_text("canonical_name\tlabel\taliases\nसंयुक्त राष्ट्र\tORG\tयूएन\n", encoding="utf-8")
    second = load_lexicon_memo(MODELS / "entity-lexicon-v4", names, memo)
    assert ("यूएन",) in second.orgs and ("डब्ल्यूएचओ",) not in second.orgs
    assert len(list(memo.glob("lexicon-*.pkl"))) == 2
    assert load_lexicon_memo(MODELS / "entity-lexicon-v4", names, None) == second  # no memo folder: parsed


def test_lexicon_memo_write_failure_loses_nothing(tmp_path, monkeypatch):
    """Workers may write the memo at once; a write that fails (a temp file another writer removed) still gives
    the lexicon."""
    from pipeline import io
    from pipeline.lexicon import load_lexicon_memo

    def fail(path, obj):
        raise FileNotFoundError(f"{path}.tmp")

    monkeypatch.setattr(io, "write_pickle", fail)
    lex = load_lexicon_memo(MODELS / "entity-lexicon-v4", MODELS / "aliases-v9.tsv", tmp_path / "memo")
    assert lex == load_lexicon(MODELS / "entity-lexicon-v4", MODELS / "aliases-v9.tsv")


# ---------------------------------------------------------------- kb-places-v2: QIDs from countries-states-cities

CSC_HEAD = "id,name,wikiDataId,translations,country_code,state_code\n"
CSC_ROWS = [  # (id, name, QID, translations, country, state): rows as the database writes them
    ("1", "Palwal", "Q2086217", "{'en': 'Palwal', 'ko': '팔월', 'ja': 'パルワル'}", "IN", "HR"),
    ("2", "Hamirpur", "Q2086180", "{'en': 'Hamirpur district', 'ja': 'ハミールプル県'}", "IN", "HP"),
    ("3", "Hamirpur", "Q2737448", "{'en': 'Hamirpur', 'ko': '하미르푸르'}", "IN", "UP"),
    ("4", "Pherzawl", "Q706492", "{'en': 'Wrongfully Accused', 'ko': '롱풀리 어큐즈드'}", "IN", "MN"),
    ("5", "Baksar", "Q4849550", "{'en': 'Baksar'}", "IN", "UP"),
    ("6", "Pokhara", "Q213197", "{'en': 'Pokhara', 'ko': '포카라'}", "NP", "4"),
    ("7", "Islampur", "Q1753900", "{'en': 'Islampur', 'ko': '이슬람푸르'}", "IN", "WB"),
    ("8", "Islampur", "", "", "IN", "MH"),
    ("9", "Villupuram", "Q15205", "{'en': 'Viluppuram district', 'ja': 'ヴィルップラム県'}", "IN", "TN"),
    ("10", "Zunheboto", "Q663062", "", "IN", "NL"),
    ("11", "Ziro", "Q663062", "{'en': 'Ziro', 'ko': '지로'}", "IN", "AR"),
    ("12", "Banswara", "Q633308", "{'en': 'Banswara', 'ko': '반스와라'}", "IN", "RJ"),
    ("13", "Ramanagara", "Q427679", "{'en': 'Ramanagara', 'ko': '라마나가라'}", "IN", "KA"),
    ("14", "Ramnagar", "", "", "IN", "UT"),
]


def _csc_csv(tmp_path):
    import csv as _csv
    import io as _io

    buf = _io.StringIO()
    w = _csv.writer(buf, lineterminator="\n")
    w.writerows([CSC_HEAD.strip().split(","), *CSC_ROWS])
    path = tmp_path / "csc_cities.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def test_lexicon_csc_places_keep_confirmed_qids_of_bigger_places(tmp_path):
    from pipeline.lexicon import csc_places, read_csc_cities

    got = {p.name_en: (p.qid, p.names, p.district) for p in csc_places(read_csc_cities(_csc_csv(tmp_path)))}
    assert got == {
        "Palwal": ("Q2086217", ("Palwal",), False),
        "Banswara": ("Q633308", ("Banswara",), False),
        "Villupuram": ("Q15205", ("Villupuram", "Viluppuram"), True),  # the label's spelling is a name too
    }  # Hamirpur: two places; Pherzawl: a film's QID; Baksar: small; Pokhara: not India; Islampur: another state
    # has one; Ziro: its QID sits on another town too; Ramanagara: sounds like Ramnagar


@pytest.mark.parametrize(
    "name, qid",
    [
        ("पलवल", "Q2086217"),  # a town known in English only, read by sound
        ("विलुप्पुरम", "Q15205"),  # by the Wikidata label's spelling
        ("बांसवाड़ा", "Q633308"),  # the flap reads r
        ("हमीरपुर", None),  # Himachal's district and the town in Uttar Pradesh: ambiguous, no QID
        ("इस्लामपुर", None),  # West Bengal's and Maharashtra's
        ("रामनगर", None),  # sounds like Ramanagara, but Ramnagar is another town
        ("बक्सर", None),  # Baksar is a small town of Uttar Pradesh (Buxar, Bihar, is meant)
        ("पोखरा", None),  # a place of Nepal: not from this source
        ("फेरज़ॉल", None),  # its QID is a film's
    ],
)
def test_lexicon_build_kb_places_csc_links_devanagari_names(tmp_path, name, qid):
    import dataclasses

    from pipeline.lexicon import build_kb_places_csc
    from pipeline.link import LinkParams, link_mentions, load_aliases
    from pipeline.records import Mention

    base = tmp_path / "kb-base"
    base.mkdir()
    (base / "kb_aliases.tsv").write_text("# base\ncanonical_name\tlabel\taliases\tqid\tname_en\n"
                                         "भोपाल\tLOC\t\tQ80989\tBhopal\n", encoding="utf-8")
    counts = build_kb_places_csc(base, _csc_csv(tmp_path), tmp_path / "kb-new")
    assert counts["english_rows"] == 3
    p = dataclasses.replace(LinkParams(), aliases="", kb="kb-new", generic_orgs="")
    ents, _ = link_mentions([Mention("d1", 0, 0, len(name), name, "LOC", "test")], load_aliases(tmp_path, p), p)
    assert ents[0].qid == qid


def test_lexicon_shipped_public_figures():
    """aliases-v21 (round 23): the PER rows are public figures the tagger's repair knows (`refine.known_persons`),
    with the rows added in that round (`बान की मून`); v19 had them too, but the lexicon did not read them."""
    lex = load_lexicon(MODELS / "entity-lexicon-v4", MODELS / "aliases-v21.tsv")
    assert lex.persons[("केजरीवाल",)] == "अरविंद केजरीवाल" and lex.persons[("बान", "की", "मून")] == "बान की मून"
    assert ("केजरीवाल",) not in lex.orgs and ("डब्लूएचओ",) in lex.orgs  # the WHO spelling of v21 is an organisation
