"""Tests for the spaCy and Stanza tagger adapters (shipped spaCy model; tiny offline Stanza training)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.records import Sentence

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared"
MODEL_DIR = ROOT / "models" / "ner-hi-spacy-v1"
CORPUS = ROOT / "corpus"
IL_NER_DEV = SHARED / "data" / "il-ner-hi" / "Hindi-dev.txt"

needs_model = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason=f"shipped model missing: {MODEL_DIR}")


def _sentences(doc_id: str, text: str) -> list[Sentence]:
    try:
        from pipeline.segment import SegmentParams, split_sentences

        return split_sentences(doc_id, text, SegmentParams())
    except ImportError:  # pragma: no cover - segmenter not there yet
        import re

        out, pos = [], 0
        for line in text.split("\n"):
            toks = [(m.start() + pos, m.end() + pos) for m in re.finditer(r"\w+|[^\w\s]", line)]
            if toks:
                out.append(Sentence(doc_id, len(out), pos, pos + len(line), line, tuple(s for s, _ in toks), tuple(e for _, e in toks)))
            pos += len(line) + 1
        return out


@pytest.fixture(scope="module")
def spacy_tagger():
    from pipeline.adapters.spacy_tagger import SpacyTagger

    return SpacyTagger(MODEL_DIR)


@needs_model
@pytest.mark.parametrize(
    ("doc_file", "text", "label"),
    [
        ("000_64a6875869c99df1.txt", "व्लादिमीर पुतिन", "PER"),
        ("000_64a6875869c99df1.txt", "कज़ाख़स्तान", "LOC"),
        pytest.param(
            "000_64a6875869c99df1.txt", "सीएसटीओ", "ORG",
            marks=pytest.mark.xfail(reason="ner-hi-spacy-v1 tags the acronym सीएसटीओ as PER when alone (ORG only in 'सीएसटीओ बलों')", strict=False),
        ),
    ],
)
def test_spacy_tagger_tags_example_article(spacy_tagger, doc_file, text, label):
    doc_text = (CORPUS / doc_file).read_text(encoding="utf-8")
    sentences = _sentences(doc_file[:-4], doc_text)
    mentions = spacy_tagger.tag(sentences)
    assert all(doc_text[m.start : m.end] == m.text for m in mentions)
    assert all(m.tagger == spacy_tagger.name for m in mentions)
    assert (text, label) in {(m.text, m.label) for m in mentions}


@needs_model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("रूसी राष्ट्रपति व्लादिमीर पुतिन ने कज़ाख़स्तान का दौरा किया ।", {("व्लादिमीर पुतिन", "PER"), ("कज़ाख़स्तान", "LOC")}),
        pytest.param(
            "सीएसटीओ की बैठक में पुतिन ने भाग लिया ।", {("सीएसटीओ", "ORG"), ("पुतिन", "PER")},
            marks=pytest.mark.xfail(reason="ner-hi-spacy-v1 tags the acronym सीएसटीओ as PER when alone (ORG only in 'सीएसटीओ बलों')", strict=False),
        ),
        ("नरेंद्र मोदी ने दिल्ली में भाषण दिया ।", {("नरेंद्र मोदी", "PER"), ("दिल्ली", "LOC")}),
    ],
)
def test_spacy_tagger_offsets_are_document_offsets(spacy_tagger, sentence, expected):
    prefix = "पहला वाक्य ।\n"
    text = prefix + sentence
    sentences = _sentences("d", text)
    mentions = spacy_tagger.tag(sentences)
    got = {(m.text, m.label) for m in mentions}
    assert expected <= got
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert " " not in text[m.start : m.start + 1]


@pytest.mark.parametrize(
    ("sizes", "max_items", "max_words", "expected"),
    [
        ([3, 3, 3], 512, 20_000, [[3, 3, 3]]),
        ([3, 3, 3], 2, 20_000, [[3, 3], [3]]),  # at most max_items sentences
        ([4, 4, 4], 512, 8, [[4, 4], [4]]),  # at most max_words words
        ([9, 1], 512, 8, [[9], [1]]),  # a longer item goes alone
        ([], 512, 8, []),
    ],
)
def test_spacy_tagger_batches_bound_sentences_and_words(sizes, max_items, max_words, expected):
    from pipeline.adapters.spacy_tagger import _batches

    items = [(Sentence("d", i, 0, 0, "", (), ()), [(0, 1)] * n) for i, n in enumerate(sizes)]
    assert [[len(g) for _, g in b] for b in _batches(items, max_items, max_words)] == expected


@needs_model
def test_spacy_tagger_tags_a_sentence_longer_than_max_words_in_pieces(spacy_tagger, monkeypatch):
    """A text without a danda is one long sentence: it is tagged in pieces of MAX_WORDS words (bounded memory),
    with document offsets."""
    from pipeline.adapters import spacy_tagger as mod

    sentence = "रूसी राष्ट्रपति व्लादिमीर पुतिन ने कज़ाख़स्तान का दौरा किया और "
    text = "पहला वाक्य ।\n" + sentence * 6 + "।"
    expected = [(text[m.start:m.end], m.label) for m in spacy_tagger.tag(_sentences("d", text))]
    monkeypatch.setattr(mod, "MAX_WORDS", len(sentence.split()))  # one piece per repeat
    mentions = spacy_tagger.tag(_sentences("d", text))
    assert [(m.text, m.label) for m in mentions] == expected
    assert [(m.text, m.label) for m in mentions].count(("व्लादिमीर पुतिन", "PER")) == 6
    assert all(text[m.start:m.end] == m.text for m in mentions)


@needs_model
def test_spacy_tagger_empty_and_tokenless_sentences(spacy_tagger):
    assert spacy_tagger.tag([]) == []
    assert spacy_tagger.tag([Sentence("d", 0, 0, 0, "", (), ())]) == []


@needs_model
def test_spacy_tagger_model_card_and_scores_shipped():
    card = (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    scores = json.loads((MODEL_DIR / "scores.json").read_text(encoding="utf-8"))
    assert "IL-NER" in card and "CC BY 4.0" in card
    assert scores["micro"]["f1"] >= 0.78  # regression floor; the issue-3 bar (0.85) is tracked in the model card
    assert {"PER", "LOC", "ORG"} <= set(scores["per_type"])
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert size <= 30e6


TINY_TRAIN = (
    "व्लादिमीर\tB-NEP\nपुतिन\tI-NEP\nने\tO\nकज़ाख़स्तान\tB-NEL\nका\tO\nदौरा\tO\nकिया\tO\n।\tO\n\n"
    "सीएसटीओ\tB-NEO\nकी\tO\nबैठक\tO\n2022\tB-NETI\nमें\tO\nहुई\tO\n।\tO\n\n"
    "पुतिन\tB-NEP\nने\tO\n3\tB-NEN\nदेशों\tO\nका\tO\nदौरा\tO\nकिया\tO\n।\tO\n"
)


def test_stanza_tagger_tiny_training_loads_offline(tmp_path):
    pytest.importorskip("stanza")
    from pipeline.adapters.stanza_tagger import StanzaTagger, train_stanza_ner
    from pipeline.train import evaluate_ner

    data = tmp_path / "tiny.txt"
    data.write_text(TINY_TRAIN, encoding="utf-8")
    out = tmp_path / "stanza-tiny"
    scores = train_stanza_ner([data], data, out, max_steps=2, eval_interval=1, hidden_dim=8, char_hidden_dim=8,
                              word_emb_dim=8, char_emb_dim=8, batch_size=2, evaluate=False)
    assert json.loads((out / "resources.json").read_text()) == {}
    assert list(out.glob("*_nertagger.pt"))
    assert scores["n_train_sentences"] == 3
    tagger = StanzaTagger(out)
    assert tagger.name == "stanza.v1/stanza-tiny"
    text = "पुतिन ने कज़ाख़स्तान का दौरा किया ।"
    mentions = tagger.tag(_sentences("d", text))
    assert all(text[m.start : m.end] == m.text for m in mentions)
    result = evaluate_ner(tagger, data)
    assert result["micro"]["n_gold"] == 6
    assert 0.0 <= result["micro"]["f1"] <= 1.0


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["S-PER", "O", "B-LOC", "E-LOC"], [(0, 1, "PER"), (2, 4, "LOC")]),
        (["B-ORG", "I-ORG", "I-ORG", "E-ORG", "S-NUM"], [(0, 4, "ORG"), (4, 5, "NUM")]),
        (["B-PER", "I-PER", "O"], [(0, 2, "PER")]),
        (["I-LOC", "B-PER", "E-LOC"], [(0, 1, "LOC"), (1, 2, "PER"), (2, 3, "LOC")]),
    ],
)
def test_stanza_tagger_bioes_spans(tags, spans):
    from pipeline.adapters.stanza_tagger import bioes_spans

    assert bioes_spans(tags) == spans


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("कासिम-जोमार्ट टोकायव ने कहा", ["कासिम-जोमार्ट", "टोकायव", "ने", "कहा"]),
        ("दक्षिण-पश्चिमी प्रांत", ["दक्षिण-पश्चिमी", "प्रांत"]),
        ("भारत - पाकिस्तान मैच", ["भारत", "-", "पाकिस्तान", "मैच"]),
        ("2021-22 में", ["2021-22", "में"]),
    ],
)
def test_spacy_tagger_word_groups_rejoin_intraword_hyphens(text, words):
    from pipeline.adapters.spacy_tagger import word_groups

    sent = _sentences("d", text)[0]
    toks = sent.tokens()
    got = [text[toks[a][0] : toks[b - 1][1]] for a, b in word_groups(sent)]
    assert got == words


# --------------------------------------------------------------------- the pipeline's default tagger


@pytest.fixture(scope="module")
def default_tagger():
    """The tagger params.yaml selects (hybrid.v2: the shipped model + gazetteer rules + document repair)."""
    from pipeline.adapters import build_tagger
    from pipeline.params import load_params
    from pipeline.tag import TagParams

    p = load_params(ROOT / "params.yaml", "tag", TagParams)
    assert p.backend == "hybrid.v2" and p.model == MODEL_DIR.name
    return build_tagger(p, ROOT / "models")


@needs_model
@pytest.mark.parametrize(
    ("text", "label"),
    [("व्लादिमीर पुतिन", "PER"), ("कज़ाख़स्तान", "LOC"), ("सीएसटीओ", "ORG"), ("कासिम-जोमार्ट टोकायव", "PER")],
)
def test_default_tagger_tags_example_article(default_tagger, text, label):
    doc_text = (CORPUS / "000_64a6875869c99df1.txt").read_text(encoding="utf-8")
    mentions = default_tagger.tag(_sentences("000_64a6875869c99df1", doc_text))
    assert all(doc_text[m.start : m.end] == m.text for m in mentions)
    assert (text, label) in {(m.text, m.label) for m in mentions}
    assert not any(m.text == text and m.label != label for m in mentions)


@needs_model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the model alone says PER here; the gazetteer's ORG wins, the title pattern finds पुतिन
        ("सीएसटीओ की बैठक में राष्ट्रपति पुतिन ने भाग लिया ।", {("सीएसटीओ", "ORG"), ("पुतिन", "PER")}),
        # a name no gazetteer has comes from the model
        ("नरेंद्र मोदी ने दिल्ली में भाषण दिया ।", {("नरेंद्र मोदी", "PER"), ("दिल्ली", "LOC")}),
        # title pattern (rules) and the model agree on the span
        ("रूसी राष्ट्रपति व्लादिमीर पुतिन ने कज़ाख़स्तान का दौरा किया ।", {("व्लादिमीर पुतिन", "PER"), ("कज़ाख़स्तान", "LOC")}),
        # Latin-script acronyms and country names inside Hindi text (hybrid.v2)
        ("SEC ने India में जांच शुरू की ।", {("SEC", "ORG"), ("India", "LOC")}),
        # a weekday is not part of the name, a letter-name acronym of a country is a place (hybrid.v2)
        ("नरेंद्र मोदी मंगलवार को यू.के. पहुंचे ।", {("नरेंद्र मोदी", "PER"), ("यू.के.", "LOC")}),
    ],
)
def test_default_tagger_sentences(default_tagger, sentence, expected):
    mentions = default_tagger.tag(_sentences("d", sentence))
    got = {(m.text, m.label) for m in mentions}
    assert expected <= got
    spans = sorted((m.start, m.end) for m in mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "hybrid spans must not overlap"
    assert all(m.tagger == default_tagger.name for m in mentions)


@needs_model
def test_default_tagger_batched_equals_per_document(default_tagger):
    from pipeline.params import load_params
    from pipeline.tag import TagParams, tag_documents, tag_sentences

    p = load_params(ROOT / "params.yaml", "tag", TagParams)
    docs = [_sentences(f.stem, f.read_text(encoding="utf-8")) for f in sorted(CORPUS.glob("*.txt"))]
    docs.append([])  # a document without sentences
    assert tag_documents(docs, default_tagger, p) == [tag_sentences(d, default_tagger, p) for d in docs]


@needs_model
def test_spacy_tagger_loads_the_cnn_model_without_torch():
    """thinc would import torch (seconds per tag process); the shipped CNN model does not need it."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom pipeline.adapters.spacy_tagger import SpacyTagger\n"
        f"t = SpacyTagger({str(MODEL_DIR)!r})\n"
        "s = __import__('pipeline.segment', fromlist=['x'])\n"
        "sents = s.split_sentences('d', 'राष्ट्रपति व्लादिमीर पुतिन ने कहा।', s.SegmentParams())\n"
        "print(sorted({m.label for m in t.tag(sents)}), 'torch' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "['PER'] False"


@needs_model
def test_spacy_tagger_multiplies_with_numpy_on_one_blas_thread():
    """The model's layers compute with numpy's matrix product (OpenBLAS, faster than blis here), OpenBLAS on one
    thread (the workers are the parallelism), and loading does not change the process's current ops."""
    import subprocess
    import sys

    code = (
        "from thinc.api import get_current_ops\nfrom threadpoolctl import threadpool_info\n"
        "from pipeline.adapters.spacy_tagger import SpacyTagger\n"
        f"t = SpacyTagger({str(MODEL_DIR)!r})\n"
        "print(sorted({(type(l.ops).__name__, l.ops.use_blis) for _, p in t.nlp.pipeline for l in p.model.walk()}),"
        " get_current_ops().use_blis, sorted({i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[('NumpyOps', False)] True [1]"


@needs_model
def test_spacy_tagger_loads_spacy_without_its_command_line():
    """spaCy's command line (typer, weasel, requests) is not imported by a tag process; a later `import spacy.cli`
    (training) gets the real package, and `spacy.info` is the real function."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom pipeline.adapters.spacy_tagger import SpacyTagger\n"
        f"t = SpacyTagger({str(MODEL_DIR)!r})\n"
        "s = __import__('pipeline.segment', fromlist=['x'])\n"
        "sents = s.split_sentences('d', 'गृह मंत्री अमित शाह ने दिल्ली में कहा।', s.SegmentParams())\n"
        "print(sorted({m.label for m in t.tag(sents)}), [m in sys.modules for m in ('spacy.cli', 'typer', 'weasel')])\n"
        "import spacy, spacy.cli\nfrom spacy.cli.train import train\n"
        "print(spacy.cli.__file__.endswith('__init__.py'), callable(train), type(spacy.info(markdown=True, silent=True)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip().splitlines() == ["['LOC', 'PER'] [False, False, False]", "True True <class 'str'>"]


def _m(start: int, end: int, text: str, label: str = "PER") -> "Mention":
    from pipeline.records import Mention

    return Mention("d", 0, start, end, text, label, "t")


@pytest.mark.parametrize(
    ("model_span", "kept"),
    [
        # the model's full name ends in the surname the rules spread from `मंत्री दिगंबर सिंह`: the full name wins
        ("विश्वेन्द्र सिंह", False),
        ("मुलायम सिंह", False),
        # a title, a Latin word or a common word before it: the rules span stays
        ("PM सिंह", True),
        ("मंत्री सिंह", True),
        ("बाजीगरी सिंह", True),
        # the model's name does not end with the rules span
        ("सिंह जनरल", True),
    ],
)
def test_hybrid_propagated_surname_gives_way_to_the_models_full_name(model_span, kept):
    """hybrid.v2 merge: a one-word PER that the rules' title pattern propagated (`सिंह`) inside the model's longer
    PER name that ends with it is dropped, so the model's name (`विश्वेन्द्र सिंह`) is not cut to the surname."""
    from pipeline.adapters.hybrid_tagger import surnames_inside
    from pipeline.lexicon import Lexicon, WordStats

    lex = Lexicon(places={}, words={"सिंह": WordStats(900, 880, 10, 850, 870, 5, 5),
                                    "मुलायम": WordStats(40, 30, 30, 0, 30, 0, 0),
                                    "बाजीगरी": WordStats(5, 0, 0, 0, 0, 0, 0)},
                  given_names=frozenset({"विश्वेन्द्र"}))
    words = model_span.split()
    if words[0] == "सिंह":  # `सिंह जनरल`: the surname first
        rules, model = _m(0, 4, "सिंह"), _m(0, len(model_span), model_span)
    else:
        start = len(model_span) - len("सिंह")
        rules, model = _m(start, len(model_span), "सिंह"), _m(0, len(model_span), model_span)
    out = surnames_inside([rules], [False], [model], lex)
    assert (out == [rules]) is kept
    # a gazetteer entry (curated) always stays
    assert surnames_inside([rules], [True], [model], lex) == [rules]


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "मुंबई। रिज़र्व बैंक ऑफ इंडिया ने कहा कि ब्याज दरें नहीं बदलेंगी। भारतीय रिजर्व बैंक ने कहा कि दरें स्थिर रहेंगी।",
        "शनिवार को मंडेला साल में तीसरी बार अस्पताल गए। मंडेला ने कहा कि वे ठीक हैं।",
        "अगले वर्ष डेली ने 2012 ओलंपिक में पदक जीता। डेली ने कहा कि वे खुश हैं।",
        "उत्तर 24 परगना और दक्षिण 24 परगना में मंगलवार रात हवाना से लौटे लोग मिले।",
        "उन्होंने कहा कि आम आदमी पार्टी अब राजनीतिक पार्टी बन गई है। सेना प्रमुख दलबीर सिंह सुहाग ने कहा।",
    ],
)
def test_default_tagger_mentions_never_overlap(default_tagger, text):
    """Issue 14 (SPEC: one span per mention): no two mentions of the tagger's output overlap."""
    mentions = sorted(default_tagger.tag(_sentences("d", text)), key=lambda m: (m.start, m.end))
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:])), [(m.text, m.label) for m in mentions]


@needs_model
def test_default_tagger_finds_a_known_alias_whole_over_a_gazetteer_span(default_tagger):
    """Issue 14: the alias `रिज़र्व बैंक ऑफ इंडिया` (aliases file) is one ORG, not the gazetteer's `रिज़र्व बैंक` + the
    loan reading `बैंक ऑफ इंडिया`."""
    text = "मुंबई। रिज़र्व बैंक ऑफ इंडिया ने कहा कि ब्याज दरें नहीं बदलेंगी।"
    got = {(m.text, m.label) for m in default_tagger.tag(_sentences("d", text))}
    assert ("रिज़र्व बैंक ऑफ इंडिया", "ORG") in got
