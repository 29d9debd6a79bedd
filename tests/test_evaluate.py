import pytest

from pipeline.evaluate import GoldDoc, evaluate_run, prf, token_overlap
from pipeline.records import Claim, Document, Mention, Quantity

TEXT = "पुतिन ने कहा कि 2000 से अधिक सैनिक तैनात हैं। टोकायव ने कहा कि सब ठीक है। तोकायेव आए।"


def doc():
    return Document("d", "d.txt", "0" * 64, len(TEXT), 3, "ok", None, TEXT, TEXT)


def m(text, label, eid, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Mention("d", 0, start, start + len(text), text, label, "t", entity_id=eid)


GOLD = {
    "d": GoldDoc(
        "d",
        (
            {"text": "पुतिन", "label": "PER", "entity": "Vladimir Putin", "count": 1},
            {"text": "टोकायव", "label": "PER", "entity": "Tokayev", "count": 1},
            {"text": "तोकायेव", "label": "PER", "entity": "Tokayev", "count": 1},
        ),
        (
            {"text": "2000 से अधिक सैनिक", "value": 2000, "value_max": None, "modifier": "more_than",
             "noun": "सैनिक", "event": "तैनात", "kind": "count"},
        ),
        (
            {"speaker": "पुतिन", "speaker_entity": "Vladimir Putin", "cue": "कहा",
             "content": "2000 से अधिक सैनिक तैनात हैं", "quote_type": "indirect"},
            {"speaker": "टोकायव", "speaker_entity": "Tokayev", "cue": "कहा",
             "content": "सब ठीक है", "quote_type": "indirect"},
        ),
    )
}


def claim(content, eid, qt="indirect"):
    s = TEXT.index(content)
    return Claim("d", 0, s, s + len(content), "x", 0, 1, eid, "named", "कहा", content, s, s + len(content), qt)


def test_evaluate_perfect_run():
    mentions = [m("पुतिन", "PER", "P1"), m("टोकायव", "PER", "T1"), m("तोकायेव", "PER", "T1")]
    s = TEXT.index("2000")
    q = Quantity("d", 0, s, s + 18, TEXT[s : s + 18], 2000.0, None, "more_than", "सैनिक", "तैनात", "count")
    claims = [claim("2000 से अधिक सैनिक तैनात हैं", "P1"), claim("सब ठीक है", "T1")]
    out = evaluate_run([doc()], mentions, [q], claims, GOLD)
    assert out["entities"]["f1"] == 1.0
    assert out["links"]["precision"] == 1.0 and out["links"]["recall"] == 1.0
    assert out["quantities"]["f1"] == 1.0 and out["quantities"]["event_accuracy"] == 1.0
    assert out["claims"]["f1"] == 1.0 and out["claims"]["speaker_accuracy"] == 1.0


def test_evaluate_errors_are_counted():
    # Tokayev split into two entities, a spurious LOC, a wrong modifier, a claim with the wrong speaker
    mentions = [m("पुतिन", "PER", "P1"), m("टोकायव", "PER", "T1"), m("तोकायेव", "PER", "T2"), m("सब", "LOC", "L")]
    s = TEXT.index("2000")
    q = Quantity("d", 0, s, s + 4, "2000", 2000.0, None, "exact", None, None, "count")
    claims = [claim("सब ठीक है", "P1")]
    out = evaluate_run([doc()], mentions, [q], claims, GOLD)
    assert out["entities"]["precision"] == 0.75 and out["entities"]["recall"] == 1.0
    assert out["links"]["recall"] == 0.0 and out["links"]["surfaces_linked"] == 3
    assert out["quantities"]["f1"] == 1.0 and out["quantities"]["modifier_accuracy"] == 0.0
    assert out["claims"]["tp"] == 0 and out["claims"]["matched"] == 1 and out["claims"]["speaker_accuracy"] == 0.0


@pytest.mark.parametrize(
    "a, b, expected",
    [("सब ठीक है", "सब ठीक है", 1.0), ("सब ठीक है", "सब ठीक", 2 / 3), ("एक दो", "तीन चार", 0.0), ("", "x", 0.0)],
)
def test_evaluate_token_overlap(a, b, expected):
    assert token_overlap(a, b) == pytest.approx(expected)


def test_evaluate_prf_zero_safe():
    assert prf(0, 0, 0)["f1"] == 0.0
    assert prf(1, 2, 1) == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "tp": 1, "n_pred": 2, "n_gold": 1}


def test_evaluate_gold_quantities_located_on_word_boundaries():
    from pipeline.evaluate import locate_gold_quantities

    text = "कम से कम 54 लोगों की मौत हुई, 54 लोगों को बचाया गया। 85 वर्षीय डॉक्टर और 85 वर्षीय"
    items = [{"text": "कम से कम 54 लोगों"}, {"text": "54 लोगों"}, {"text": "85 वर्षीय डॉक्टर"}, {"text": "85 वर्षीय"}]
    spans = locate_gold_quantities(text, items)
    assert [text[a:b] for a, b in spans] == [i["text"] for i in items]
    assert spans[1][0] > spans[0][1] and spans[3][0] > spans[2][1]


def test_evaluate_linker_alone_on_gold_mentions():
    def one_entity_per_text(mentions, texts):
        from dataclasses import replace

        return [replace(x, entity_id="T" if x.text in ("टोकायव", "तोकायेव") else x.text) for x in mentions]

    out = evaluate_run([doc()], [], [], [], GOLD, linker=one_entity_per_text)
    assert out["links_gold_mentions"]["precision"] == 1.0 and out["links_gold_mentions"]["recall"] == 1.0
    assert out["links"]["surfaces_linked"] == 0


def test_evaluate_scoreboard_one_short_line_per_file():
    from pipeline.evaluate import scoreboard

    board = scoreboard({
        "outputs/metrics.json": {"entities": {"f1": 0.9834}, "links": {"f1": 0.99}, "quantities": {"f1": 1.0},
                                 "claims": {"f1": 0.5}},
        "outputs/dev/metrics.json": {"skipped": "corpus folder ../shared/gold/dev not found"},
        "metrics/ner_dev.json": {"micro": {"f1": 0.8159}, "tagger": "spacy.v1/ner-hi-spacy-v1"},
    })
    lines = board.splitlines()
    assert len(lines) == 4 and max(map(len, lines)) < 120
    assert lines[1].split()[1:] == ["0.983", "0.990", "1.000", "0.500"]
    assert "skipped: corpus folder" in lines[2] and "0.816" in lines[3]


def _pairwise_links(items, pred):
    """The pair-by-pair definition of the link score (for the test of its linear form)."""
    tp = n_pred = n_gold = 0
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            same_gold = items[i][3] == items[j][3]
            same_pred = pred[i] is not None and pred[i] == pred[j]
            tp += same_gold and same_pred
            n_pred += same_pred
            n_gold += same_gold
    return prf(tp, n_pred, n_gold)


@pytest.mark.parametrize("ids", [
    {"पुतिन": "E1", "टोकायव": "E2", "तोकायेव": "E2"},   # all right
    {"पुतिन": "E1", "टोकायव": "E1", "तोकायेव": "E1"},   # one false merge
    {"पुतिन": "E1", "टोकायव": "E2", "तोकायेव": "E3"},   # one split
    {"पुतिन": "E1", "टोकायव": "E2"},                     # a surface the tagger missed is in no predicted pair
    {},
])
def test_evaluate_link_pairs_counted_by_group_equal_the_pairwise_definition(ids):
    from pipeline.evaluate import predicted_entity_of_surface, score_links

    mentions = [m(t, "PER", eid) for t, eid in ids.items()]
    got = score_links(mentions, GOLD)
    pred_of = predicted_entity_of_surface(mentions)
    items = [("d", e["text"], e["label"], e["entity"]) for e in GOLD["d"].entities]
    want = _pairwise_links(items, [pred_of.get(it[:3]) for it in items])
    assert {k: got[k] for k in want} == want
