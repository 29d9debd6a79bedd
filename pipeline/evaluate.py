"""Stage `evaluate`: precision/recall/F1 of a run against gold JSON files (format: gold SPEC.md).

Only documents that have a gold file are scored. Gold strings are normalized like the articles,
so gold surfaces compare with the normalized tables. Definitions:
- entities: per document, the multiset of (surface, label) for PER/ORG/LOC; tp = min(count) per pair.
- links: pairwise over gold surface items (doc, surface): a pair is positive in gold when both carry
  the same gold `entity`, predicted when the mentions with those surfaces share one entity_id.
- quantities: a gold quantity (located by its text: a standalone occurrence not inside another gold
  quantity, longest first) matches the predicted quantity whose span overlaps it (one-to-one); a true positive needs the
  same value and kind. Modifier/noun/event accuracy is over span-matched pairs.
- claims: a predicted claim content-matches a gold claim of the same document when their contents
  share >= 50% of tokens (|common| / max(len)); a true positive also needs the speaker entity
  (gold `entity` name; `anonymous`; or null = unresolved). Speaker and quote-type accuracy are over
  content-matched pairs.
- links_gold_mentions: the link score of the linker alone, fed one mention per gold surface
  occurrence (so the tagger's misses do not count against the linker).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from pipeline import io
from pipeline.normalize import NormalizeParams, normalize_text
from pipeline.records import Claim, Document, Mention, Quantity
from pipeline.tag import ENTITY_LABELS


@dataclass(frozen=True)
class GoldDoc:
    doc_id: str
    entities: tuple[dict, ...]
    quantities: tuple[dict, ...]
    claims: tuple[dict, ...]


def load_gold(gold_dir: Path, p: NormalizeParams = NormalizeParams()) -> dict[str, GoldDoc]:
    """Gold files `<doc_id>.json`, with every string normalized like the article text."""
    out = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        data = io.read_json(path)
        if "doc_id" not in data:
            raise ValueError(f"{path}: not a gold file (no doc_id)")

        def norm(d: dict) -> dict:
            return {k: normalize_text(v, p) if isinstance(v, str) and k != "entity" and k != "speaker_entity" else v
                    for k, v in d.items()}

        out[data["doc_id"]] = GoldDoc(
            data["doc_id"],
            tuple(norm(e) for e in data.get("entities", [])),
            tuple(norm(q) for q in data.get("quantities", [])),
            tuple(norm(c) for c in data.get("claims", [])),
        )
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def score_entities(mentions: Sequence[Mention], gold: dict[str, GoldDoc]) -> dict[str, Any]:
    per_label: dict[str, list[int]] = {lab: [0, 0, 0] for lab in ENTITY_LABELS}
    for doc_id, g in gold.items():
        gold_c = Counter({(e["text"], e["label"]): e["count"] for e in g.entities})
        pred_c = Counter((m.text, m.label) for m in mentions if m.doc_id == doc_id and m.label in ENTITY_LABELS)
        for (text, label), n in gold_c.items():
            per_label[label][0] += min(n, pred_c.get((text, label), 0))
            per_label[label][2] += n
        for (_, label), n in pred_c.items():
            per_label[label][1] += n
    total = [sum(v[i] for v in per_label.values()) for i in range(3)]
    out: dict[str, Any] = prf(*total)
    out["per_label"] = {lab: prf(*v) for lab, v in per_label.items()}
    return out


def predicted_entity_of_surface(mentions: Sequence[Mention]) -> dict[tuple[str, str, str], str]:
    """(doc_id, text, label) -> the entity_id most of the mentions with that surface got."""
    votes: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for m in mentions:
        if m.entity_id:
            votes[(m.doc_id, m.text, m.label)][m.entity_id] += 1
    return {k: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for k, c in votes.items()}


def score_links(mentions: Sequence[Mention], gold: dict[str, GoldDoc]) -> dict[str, Any]:
    pred_of = predicted_entity_of_surface(mentions)
    items = [(doc_id, e["text"], e["label"], e["entity"]) for doc_id, g in gold.items() for e in g.entities]
    pred = [pred_of.get((d, t, lab)) for d, t, lab, _ in items]
    # pairs of items counted by group sizes (n items of one group make n(n-1)/2 pairs), not pair by pair: linear
    pairs = lambda groups: sum(n * (n - 1) // 2 for n in Counter(groups).values())  # noqa: E731
    n_gold = pairs(it[3] for it in items)
    n_pred = pairs(p for p in pred if p is not None)  # an item without a prediction is in no predicted pair
    tp = pairs((it[3], p) for it, p in zip(items, pred) if p is not None)
    out = prf(tp, n_pred, n_gold)
    out["surfaces"] = len(items)
    out["surfaces_linked"] = sum(p is not None for p in pred)
    return out


def _is_word_char(ch: str) -> bool:
    return ch not in "\u0964\u0965" and (("\u0900" <= ch <= "\u097f") or ch in "\u200c\u200d" or ch.isalnum())


def _standalone(text: str, s: str) -> list[tuple[int, int]]:
    """Occurrences of s with word boundaries on both sides (the gold checker's rule)."""
    out, i = [], text.find(s)
    while i != -1 and s:
        j = i + len(s)
        if (i == 0 or not _is_word_char(text[i - 1])) and (j == len(text) or not _is_word_char(text[j])):
            out.append((i, j))
        i = text.find(s, i + 1)
    return out


def locate_gold_quantities(text: str, items: Sequence[dict]) -> list[tuple[int, int] | None]:
    """Spans of gold quantities, in listing order: the first standalone occurrence not yet taken
    and not inside another gold quantity's span (longest texts are placed first)."""
    spans: list[tuple[int, int] | None] = [None] * len(items)
    taken: list[tuple[int, int]] = []
    for idx in sorted(range(len(items)), key=lambda k: (-len(items[k]["text"]), k)):
        for a, b in _standalone(text, items[idx]["text"]):
            if not any(a < tb and ta < b for ta, tb in taken):
                spans[idx] = (a, b)
                taken.append((a, b))
                break
    return spans


def score_quantities(docs: dict[str, Document], quantities: Sequence[Quantity], gold: dict[str, GoldDoc]) -> dict[str, Any]:
    tp = n_pred = n_gold = 0
    matched = mod_ok = noun_ok = event_ok = 0
    counts = record_ok = 0  # "full record": a matched count with the right value, modifier and noun
    for doc_id, g in gold.items():
        text = docs[doc_id].text
        preds = sorted((q for q in quantities if q.doc_id == doc_id), key=lambda q: q.start)
        n_pred += len(preds)
        n_gold += len(g.quantities)
        used: set[int] = set()
        for gq, span in zip(g.quantities, locate_gold_quantities(text, g.quantities)):
            if span is None:
                continue
            gs, ge = span
            for i, q in enumerate(preds):
                if i not in used and q.start < ge and gs < q.end:
                    used.add(i)
                    matched += 1
                    tp += q.value == float(gq["value"]) and q.kind == gq["kind"]
                    mod_ok += q.modifier == gq["modifier"]
                    noun_ok += (q.noun or None) == (gq.get("noun") or None)
                    event_ok += (q.event or None) == (gq.get("event") or None)
                    if gq["kind"] == "count":
                        counts += 1
                        record_ok += (q.kind == "count" and q.value == float(gq["value"]) and q.modifier == gq["modifier"]
                                      and (q.noun or None) == (gq.get("noun") or None))
                    break
    out = prf(tp, n_pred, n_gold)
    out.update(_accuracies(matched, modifier=mod_ok, noun=noun_ok, event=event_ok))
    out["full_record_accuracy"] = round(record_ok / counts, 4) if counts else 0.0
    out["n_counts"] = counts
    return out


def _accuracies(n: int, **ok: int) -> dict[str, Any]:
    return {"matched": n, **{f"{k}_accuracy": round(v / n, 4) if n else 0.0 for k, v in ok.items()}}


def token_overlap(a: str, b: str) -> float:
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    return common / max(len(ta), len(tb))


def _gold_name_of_entity(mentions: Sequence[Mention], gold: dict[str, GoldDoc]) -> dict[str, str]:
    """Predicted entity_id -> gold entity name, by majority over the gold surfaces it covers."""
    pred_of = predicted_entity_of_surface(mentions)
    votes: dict[str, Counter] = defaultdict(Counter)
    for doc_id, g in gold.items():
        for e in g.entities:
            eid = pred_of.get((doc_id, e["text"], e["label"]))
            if eid:
                votes[eid][e["entity"]] += e["count"]
    return {eid: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for eid, c in votes.items()}


def _speaker_matches(c: Claim, gc: dict, name_of: dict[str, str]) -> bool:
    want = gc.get("speaker_entity")
    if want == "anonymous":
        return c.speaker_type == "anonymous"
    if want is None:
        return c.speaker_entity_id is None and c.speaker_type != "anonymous"
    return c.speaker_entity_id is not None and name_of.get(c.speaker_entity_id) == want


def score_claims(claims: Sequence[Claim], mentions: Sequence[Mention], gold: dict[str, GoldDoc]) -> dict[str, Any]:
    name_of = _gold_name_of_entity(mentions, gold)
    tp = n_pred = n_gold = matched = speaker_ok = qt_ok = 0
    for doc_id, g in gold.items():
        preds = [c for c in claims if c.doc_id == doc_id]
        n_pred += len(preds)
        n_gold += len(g.claims)
        used: set[int] = set()
        for gc in g.claims:
            cands = [
                (token_overlap(gc["content"], c.content), -i, i)
                for i, c in enumerate(preds)
                if i not in used and token_overlap(gc["content"], c.content) >= 0.5
            ]
            if not cands:
                continue
            # prefer a candidate with the right speaker (joint statements repeat the content)
            right = [x for x in cands if _speaker_matches(preds[x[2]], gc, name_of)]
            _, _, i = max(right or cands)
            used.add(i)
            matched += 1
            ok = _speaker_matches(preds[i], gc, name_of)
            speaker_ok += ok
            tp += ok
            qt_ok += preds[i].quote_type == gc["quote_type"]
    out = prf(tp, n_pred, n_gold)
    out.update(_accuracies(matched, speaker=speaker_ok, quote_type=qt_ok))
    return out


def gold_mentions(docs: dict[str, Document], gold: dict[str, GoldDoc]) -> list[Mention]:
    """One Mention per standalone occurrence of each gold surface (not inside a longer surface)."""
    out = []
    for doc_id, g in gold.items():
        text = docs[doc_id].text
        surfaces = sorted({(e["text"], e["label"]) for e in g.entities}, key=lambda x: (-len(x[0]), x))
        taken: list[tuple[int, int]] = []
        for surface, label in surfaces:
            for a, b in _standalone(text, surface):
                if not any(ta <= a and b <= tb for ta, tb in taken):
                    out.append(Mention(doc_id, 0, a, b, surface, label, "gold"))
            taken.extend(_standalone(text, surface))
    return out


def evaluate_run(
    documents: Sequence[Document],
    mentions: Sequence[Mention],
    quantities: Sequence[Quantity],
    claims: Sequence[Claim],
    gold: dict[str, GoldDoc],
    linker: Callable[[Sequence[Mention], dict[str, str]], Sequence[Mention]] | None = None,
) -> dict[str, Any]:
    """Scores of one run. With `linker` (mentions, texts -> linked mentions), also `links_gold_mentions`:
    the linker alone, run on the gold mention surfaces (independent of the tagger's recall)."""
    docs = {d.doc_id: d for d in documents if d.status == "ok"}
    gold = {k: v for k, v in sorted(gold.items()) if k in docs}
    out = {
        "n_gold_docs": len(gold),
        "gold_docs": sorted(gold),
        "entities": score_entities(mentions, gold),
        "links": score_links(mentions, gold),
        "quantities": score_quantities(docs, quantities, gold),
        "claims": score_claims(claims, mentions, gold),
    }
    if linker is not None:
        texts = {doc_id: docs[doc_id].text for doc_id in gold}
        out["links_gold_mentions"] = score_links(linker(gold_mentions(docs, gold), texts), gold)
    return out


def scoreboard(named: dict[str, dict[str, Any]]) -> str:
    """A short table of the headline scores of metrics files (`make run` prints it; the files stay
    for `dvc metrics diff`): entity, link, quantity and claim F1 per file, or why it was skipped."""
    cols = ("entities", "links", "quantities", "claims")
    lines = [f"{'metrics':32s} " + " ".join(f"{c:>10s}" for c in cols)]
    for name, m in named.items():
        if "skipped" in m:
            lines.append(f"{name:32s} skipped: {m['skipped']}")
        elif "micro" in m:  # evaluate-ner: IL-NER dev scores of a model
            lines.append(f"{name:32s} NER micro-F1 {m['micro']['f1']:.3f} ({m.get('tagger', '')})")
        else:
            lines.append(f"{name:32s} " + " ".join(
                f"{m[c]['f1']:>10.3f}" if isinstance(m.get(c), dict) else f"{'-':>10s}" for c in cols))
    return "\n".join(lines)
