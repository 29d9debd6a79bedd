"""A run's tables as a static HTML site that opens offline (`hindi-extract report RUN --out DIR`).

Pages (paths relative to DIR; every link between them is relative, nothing is fetched from the network):

    index.html                  counts, the documents (first DOCS_PER_PAGE), the most mentioned entities,
                                quantities per event with totals, claims per speaker
    documents-N.html            further pages of the documents list
    all-entities-N.html         every entity, most mentioned first, ENTITIES_PER_LIST_PAGE a page
    docs/<doc>.html             one article: its normalized text with mentions (linked to their entity),
                                quantities and claims marked at their character offsets; error rows show
                                their message
    entities/<bucket>.html      the entities whose sha1(entity_id) starts with <bucket> (a page holds about
                                ENTITIES_PER_PAGE; `#e-<entity_id>` shows one entity): name, aliases, QID,
                                English name, its mentions in context, claims, quantities, co-occurring entities
    entities/<bucket>/<e>-pN.html  the mentions in context of an entity with more than CONTEXTS_INLINE
    report.css, report.js       styles (a Devanagari system-font stack) and the sorting/filtering script

`compare_pages` renders the same kind of site for `hindi-extract compare A B --html DIR`: per article,
what B added, removed or changed against A, marked in the text, and the score deltas.

Marks may overlap (a claim's content holds mentions and quantities): `mark_text` nests them where they
nest and splits a mark that crosses another into fragments (same `data-id`, the first one holds the
`id`), so every span stays findable at its offsets (`data-start`/`data-end`, character offsets into
documents.text). The page models are built by pure functions; `write_report` streams the pages into
`io.write_tree` with a key per page (a digest of what the page is made of, this module and its
templates): a page whose key is unchanged is neither rendered nor rewritten, one whose bytes did not
change is not rewritten, and pages no longer produced are removed (DIR/manifest.json keeps the keys).
The output depends only on the tables (sorted, no timestamps): two renders give identical files.
With a state folder (`--cache`; write_report_incremental) a re-run reads only the documents that changed
and makes only the pages they touch, so its cost follows the change, not the archive; the pages are the same.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import html
import logging
import math
import pickle
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any, Iterator, Sequence

import jinja2
from markupsafe import Markup, escape

from pipeline import __version__, io

log = logging.getLogger("hindi_extract")

DOCS_PER_PAGE = 500  # rows of the documents list per page
ENTITIES_PER_LIST_PAGE = 500  # rows of the all-entities list per page
ENTITIES_PER_PAGE = 64  # entity pages: the bucket prefix grows until a page holds about this many
CONTEXTS_INLINE = 100  # mentions in context on the entity's own page; the rest on pages of CONTEXTS_PER_PAGE
CONTEXTS_PER_PAGE = 500
ROWS_PER_ENTITY = 500  # claims / quantities listed per entity
TOP = 200  # rows of the index's entity, event and speaker tables
SNIPPET = 70  # characters of context either side of a mention
LABELS = ("PER", "ORG", "LOC", "NUM", "TIME", "ART")
SUM_KINDS = ("count", "money", "measure")  # kinds whose values add up to a meaningful total
REQUIRED = ("documents", "mentions", "entities", "quantities", "claims")


class ReportError(ValueError):
    """The folder is not a run (a table is missing)."""


# ----------------------------------------------------------------------------- names and paths


_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_SPACE = re.compile(r"\s")


@lru_cache(maxsize=200_000)  # called once per mention (its document's page): memoized
def _safe(name: str) -> str:
    """A file-name/id-safe ASCII form of `name`; a hash suffix keeps changed names apart."""
    if _SAFE_NAME.fullmatch(name) and len(name) <= 120:
        return name
    base = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:80].strip("._") or "x"
    return f"{base}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:8]}"


def doc_path(doc_id: str) -> str:
    return f"docs/{_safe(doc_id)}.html"


def html_id(key: str) -> str:
    """An HTML id for a row id (ids hold no whitespace)."""
    return _SPACE.sub("_", key)


def entity_anchor(entity_id: str) -> str:
    return "e-" + _safe(entity_id.replace(":", "_"))


def bucket_width(n_entities: int) -> int:
    """Hex digits of the entity page buckets: 16**k pages of about ENTITIES_PER_PAGE entities."""
    k = 1
    while n_entities / 16**k > ENTITIES_PER_PAGE:
        k += 1
    return k


def entity_bucket(entity_id: str, width: int) -> str:
    return hashlib.sha1(entity_id.encode("utf-8")).hexdigest()[:width]


def fmt_num(v: Any) -> str:
    """A number for people: 120000.0 -> '120,000', 2.5 -> '2.5', None/NaN -> ''."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
        v = int(v)
    if isinstance(v, int):
        return f"{v:,}"
    return f"{v:,.3f}".rstrip("0").rstrip(".")


def _short(s: str | None, n: int = 120) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


# ----------------------------------------------------------------------------- marks


@dataclass(frozen=True)
class Mark:
    """A span of the text to mark: `key` is its data-id (a row id), `rank` orders equal spans
    (lower is outside), `data` more data-* attributes, `href` makes it a link."""

    start: int
    end: int
    kind: str
    key: str
    cls: str
    rank: int = 0
    title: str = ""
    href: str | None = None
    data: tuple[tuple[str, str], ...] = ()


_SPACE = re.compile(r"\s")


def mark_text(text: str, marks: Sequence[Mark]) -> tuple[Markup, list[Mark]]:
    """The text as HTML with every mark an element (escaped; the elements' text is exactly `text`).

    The text is cut at every mark boundary; walking the pieces, the open elements follow the marks
    that cover the piece (outer first: earlier start, then longer, then rank). A mark that crosses
    another is closed and reopened: its fragments share `data-id`, the first holds the `id`. Links
    never nest (a mark with `href` inside a link is a span with `data-href`). Returns the HTML and the
    marks whose offsets fall outside the text."""
    esc = html.escape
    n = len(text)
    placed = [m for m in marks if 0 <= m.start <= m.end <= n]
    unplaced = [m for m in marks if not (0 <= m.start <= m.end <= n)]
    order = sorted(placed, key=lambda m: (m.start, -m.end, m.rank, m.key, m.kind))
    opens: dict[int, list[Mark]] = defaultdict(list)
    empties: dict[int, list[Mark]] = defaultdict(list)
    for m in order:
        (empties if m.start == m.end else opens)[m.start].append(m)
    bounds = sorted({0, n, *(m.start for m in placed), *(m.end for m in placed)})
    seen: set[str] = set()
    out: list[str] = []
    stack: list[tuple[Mark, str]] = []
    active: list[Mark] = []

    def open_tag(m: Mark) -> tuple[str, str]:
        tag = "a" if m.href and not any(t == "a" for _, t in stack) else "span"
        first = m.key not in seen
        seen.add(m.key)
        s = [f'<{tag} class="{m.cls}"']
        if m.href:
            s.append(f' {"href" if tag == "a" else "data-href"}="{esc(m.href)}"')
        if first:
            s.append(f' id="{esc(_SPACE.sub("_", m.key))}"')
        s.append(f' data-id="{esc(m.key)}" data-kind="{m.kind}" data-start="{m.start}" data-end="{m.end}"')
        s += [f' {k}="{esc(v)}"' for k, v in m.data if v]
        if not first:
            s.append(' data-cont="1"')
        if m.title:
            s.append(f' title="{esc(m.title)}"')
        s.append(">")
        return tag, "".join(s)

    for i, pos in enumerate(bounds):
        active = [m for m in active if m.end > pos] + opens.get(pos, [])
        k = 0
        while k < len(stack) and k < len(active) and stack[k][0] is active[k]:
            k += 1
        for _, tag in reversed(stack[k:]):
            out.append(f"</{tag}>")
        del stack[k:]
        for m in active[k:]:
            tag, s = open_tag(m)
            out.append(s)
            stack.append((m, tag))
        for m in empties.get(pos, ()):
            tag, s = open_tag(m)
            out.append(f"{s}</{tag}>")
        if i + 1 < len(bounds):
            out.append(esc(text[pos : bounds[i + 1]], quote=False))
    return Markup("".join(out)), unplaced


# ----------------------------------------------------------------------------- the run's tables


def _cols(tbl: Any) -> list[dict[str, Any]]:
    """Rows of an Arrow table as dicts, column-wise (faster than to_pylist for many rows)."""
    names = tbl.schema.names
    cols = [tbl.column(n).to_pylist() for n in names]
    return [dict(zip(names, vals)) for vals in zip(*cols)]


def _by_doc(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        out[r["doc_id"]].append(r)
    return out


@dataclass
class Run:
    """What the report reads of a run (all but the documents' texts, which are streamed)."""

    run_dir: Path
    doc_ids: list[str]
    mentions: dict[str, list[dict[str, Any]]]
    quantities: dict[str, list[dict[str, Any]]]
    claims: dict[str, list[dict[str, Any]]]
    entities: list[dict[str, Any]]
    sentences: dict[tuple[str, int], tuple[int, int]]
    meta: dict[str, str]

    def table(self, name: str) -> Path:
        return self.run_dir / f"{name}.parquet"


def load_run(run_dir: Path) -> Run:
    run_dir = Path(run_dir)
    missing = [f"{t}.parquet" for t in REQUIRED if not (run_dir / f"{t}.parquet").exists()]
    if missing:
        raise ReportError(f"{run_dir} is not a run folder: {', '.join(missing)} missing "
                          f"(write one with `hindi-extract run CORPUS --out {run_dir}` or `dvc repro`)")

    def read(name: str, columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
        try:
            return _cols(io.read_table(run_dir / f"{name}.parquet", name, columns=columns))
        except io.TableError as exc:
            raise ReportError(str(exc)) from exc

    sentences: dict[tuple[str, int], tuple[int, int]] = {}
    if (run_dir / "sentences.parquet").exists():  # only for the snippets: without it they are windows
        for r in read("sentences", ("doc_id", "sent_idx", "start", "end")):
            sentences[(r["doc_id"], r["sent_idx"])] = (r["start"], r["end"])
    mention_cols = ("mention_id", "doc_id", "sent_idx", "start", "end", "text", "label", "entity_id", "link_rule")
    return Run(
        run_dir=run_dir,
        doc_ids=io.read_column(run_dir / "documents.parquet", "documents", "doc_id"),
        mentions=_by_doc(read("mentions", mention_cols)),
        quantities=_by_doc(read("quantities")),
        claims=_by_doc(read("claims")),
        entities=read("entities"),
        sentences=sentences,
        meta=io.table_metadata(run_dir / "mentions.parquet"),
    )


# ----------------------------------------------------------------------------- page models


@dataclass(frozen=True)
class EntityRef:
    entity_id: str
    name: str
    label: str
    page: str  # entities/<bucket>.html
    anchor: str

    def href(self, root: str) -> str:
        return f"{root}{self.page}#{self.anchor}"


def entity_refs(entities: Sequence[dict[str, Any]]) -> dict[str, EntityRef]:
    width = bucket_width(len(entities))
    return {
        e["entity_id"]: EntityRef(e["entity_id"], e["canonical_name"], e["label"],
                                  f"entities/{entity_bucket(e['entity_id'], width)}.html", entity_anchor(e["entity_id"]))
        for e in entities
    }


def _label_cls(label: str) -> str:
    return f"m-{label}" if label in LABELS else "m-other"


def quantity_title(q: dict[str, Any]) -> str:
    value = fmt_num(q["value"]) + (f"–{fmt_num(q['value_max'])}" if q.get("value_max") is not None else "")
    parts = [f"value {value}", q["modifier"], q["kind"]]
    parts += [f"noun {q['noun']}"] if q.get("noun") else []
    parts += [f"event {q['event']}"] if q.get("event") else []
    return "quantity: " + " · ".join(parts)


def article_marks(mentions: Sequence[dict], quantities: Sequence[dict], claims: Sequence[dict],
                  refs: dict[str, EntityRef], root: str = "../") -> list[Mark]:
    """The marks of one article: claims (whole span, content, speaker), quantities, mentions (links to
    their entity; the claims table links the speaker's entity)."""
    marks: list[Mark] = []
    for c in claims:
        who = c.get("speaker_text") or "—"
        ref = refs.get(c.get("speaker_entity_id") or "")
        title = (f"claim · speaker {who} ({c['speaker_type']}{', ' + ref.name if ref else ''}) · cue {c['cue']} · "
                 f"{c['quote_type']}{' · hedged' if c['hedged'] else ''}")
        marks.append(Mark(c["start"], c["end"], "claim", c["claim_id"], "c", 0, title))
        marks.append(Mark(c["content_start"], c["content_end"], "content", f"{c['claim_id']}/content", "cc", 1,
                          f"claim content ({c['quote_type']}) · speaker {who}"))
        if c.get("speaker_start") is not None and c.get("speaker_end") is not None:
            marks.append(Mark(c["speaker_start"], c["speaker_end"], "speaker", f"{c['claim_id']}/speaker", "sp", 2,
                              f"speaker ({c['speaker_type']}{', ' + ref.name if ref else ''}) · cue {c['cue']}"))
    for q in quantities:
        marks.append(Mark(q["start"], q["end"], "quantity", q["quantity_id"], "q", 3, quantity_title(q), None,
                          (("data-value", fmt_num(q["value"])), ("data-event", q.get("event") or ""))))
    for m in mentions:
        ref = refs.get(m.get("entity_id") or "")
        title = f"{m['label']}" + (f" · {ref.name} ({ref.entity_id})" if ref else "")
        marks.append(Mark(m["start"], m["end"], "mention", m["mention_id"], f"m {_label_cls(m['label'])}", 4, title,
                          ref.href(root) if ref else None, (("data-label", m["label"]),)))
    return marks


def article_model(doc: dict[str, Any], mentions: Sequence[dict], quantities: Sequence[dict], claims: Sequence[dict],
                  refs: dict[str, EntityRef], prev_doc: str | None = None, next_doc: str | None = None) -> dict[str, Any]:
    """Everything an article page shows."""
    text = doc.get("text") or ""
    marked, unplaced = mark_text(text, article_marks(mentions, quantities, claims, refs))

    def ent(eid: str | None) -> dict[str, str] | None:
        ref = refs.get(eid or "")
        return {"name": ref.name, "href": ref.href("../"), "id": ref.entity_id} if ref else None

    return {
        "doc": doc,
        "text_html": marked,
        "unplaced": [f"{m.kind} {m.key} ({m.start}–{m.end})" for m in unplaced],
        "mentions": [{**m, "html_id": html_id(m["mention_id"]), "entity": ent(m.get("entity_id"))} for m in mentions],
        "quantities": [{**q, "html_id": html_id(q["quantity_id"]), "value_s": fmt_num(q["value"]),
                        "value_max_s": fmt_num(q.get("value_max")), "entity": ent(q.get("entity_id"))} for q in quantities],
        "claims": [{**c, "html_id": html_id(c["claim_id"]), "speaker": ent(c.get("speaker_entity_id"))} for c in claims],
        "labels": sorted({m["label"] for m in mentions}, key=lambda x: (x not in LABELS, LABELS.index(x) if x in LABELS else 0, x)),
        "prev": f"../{doc_path(prev_doc)}" if prev_doc else None,
        "next": f"../{doc_path(next_doc)}" if next_doc else None,
    }


def snippet(text: str, start: int, end: int, bounds: tuple[int, int] | None) -> tuple[str, str, str]:
    """(left, span, right) context of a span: its sentence, cut SNIPPET characters either side."""
    lo, hi = bounds if bounds else (0, len(text))
    lo, hi = max(0, min(lo, start)), min(len(text), max(hi, end))
    a, b = max(lo, start - SNIPPET), min(hi, end + SNIPPET)
    if a > lo and (cut := text.find(" ", a, start)) >= 0:  # whole words: never a vowel sign alone
        a = cut + 1
    if b < hi and (cut := text.rfind(" ", end, b)) >= 0:
        b = cut
    left = ("…" if a > lo else "") + text[a:start].replace("\n", " ")
    right = text[end:b].replace("\n", " ") + ("…" if b < hi else "")
    return left, text[start:end], right


def context(doc_id: str, m: dict[str, Any], left: str, mid: str, right: str) -> tuple[str, str, Markup]:
    """A mention in context for entity pages: (link from the site root, doc_id, the snippet as HTML).
    Made here rather than in the template: a run has as many as it has mentions."""
    esc = html.escape
    return (f"{doc_path(doc_id)}#{html_id(m['mention_id'])}", doc_id,
            Markup(f'{esc(left)}<mark class="m {_label_cls(m["label"])}">{esc(mid)}</mark>{esc(right)}'))


def doc_row(doc: dict[str, Any], run: Run) -> dict[str, Any]:
    did = doc["doc_id"]
    return _doc_row(doc, run.mentions.get(did, []), run.quantities.get(did, []), run.claims.get(did, []))


def _doc_row(doc: dict[str, Any], ms: Sequence[dict], qs: Sequence[dict], cs: Sequence[dict]) -> dict[str, Any]:
    """A document's row of the documents list."""
    return {
        "doc_id": doc["doc_id"], "href": doc_path(doc["doc_id"]), "status": doc["status"],
        "n_chars": doc["n_chars"], "n_sentences": doc["n_sentences"], "n_mentions": len(ms),
        "n_entities": len({m["entity_id"] for m in ms if m.get("entity_id")}),
        "n_quantities": len(qs), "n_claims": len(cs),
        "note": _short(doc.get("error") or doc.get("warning") or ""),
    }


def entity_model(e: dict[str, Any], ref: EntityRef, contexts: Sequence[dict], claims: Sequence[dict],
                 quantities: Sequence[dict], co: Sequence[tuple[str, int]], refs: dict[str, EntityRef]) -> dict[str, Any]:
    """One entity's section of its bucket page (`contexts` beyond CONTEXTS_INLINE go to more pages)."""
    more = math.ceil(max(0, len(contexts) - CONTEXTS_INLINE) / CONTEXTS_PER_PAGE)
    stem = f"entities/{Path(ref.page).stem}/{ref.anchor}"
    return {
        **e, "anchor": ref.anchor, "contexts": contexts[:CONTEXTS_INLINE], "n_contexts": len(contexts),
        "more_pages": [{"n": i + 2, "href": f"{Path(ref.page).stem}/{ref.anchor}-p{i + 2}.html",
                        "path": f"{stem}-p{i + 2}.html"} for i in range(more)],
        "claims": claims[:ROWS_PER_ENTITY], "n_claims": len(claims),
        "quantities": quantities[:ROWS_PER_ENTITY], "n_quantities": len(quantities),
        "co": [(refs[x].href(""), refs[x].name, _label_cls(refs[x].label), n) for x, n in co],  # href from the root
        "wikidata": f"https://www.wikidata.org/wiki/{e['qid']}" if e.get("qid") and re.fullmatch(r"Q\d+", e["qid"]) else None,
    }


def cooccurring(mentions: dict[str, list[dict]], top: int = 10) -> dict[str, list[tuple[str, int]]]:
    """Per entity, the entities that share most documents with it (documents shared, then entity_id)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for rows in mentions.values():
        ids = sorted({m["entity_id"] for m in rows if m.get("entity_id")})
        for x in ids:
            c = counts[x]
            for y in ids:
                if y != x:
                    c[y] += 1
    return {x: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top] for x, c in counts.items()}


def event_groups(quantities: dict[str, list[dict]]) -> list[dict[str, Any]]:
    """Quantities grouped by (event, kind): how many, in how many documents, the total of their values
    (kinds whose values add up: count, money, measure) and the commonest nouns."""
    return _event_groups({d: flat(event_fields(q) for q in rows) for d, rows in quantities.items()})


def event_fields(q: dict[str, Any]) -> tuple:
    """What event_groups reads of a quantity: (event, kind, value, noun)."""
    return (q.get("event") or "", q["kind"], q["value"], q.get("noun"))


def flat(rows: Any) -> tuple:
    """Tuples of fields as one flat tuple, its strings interned (a document's state: one object, not one a row)."""
    return tuple(sys.intern(x) if type(x) is str else x for row in rows for x in row)


def _event_groups(quantities: dict[str, Sequence]) -> list[dict[str, Any]]:
    """event_groups of the flat event_fields of each document's quantities."""
    groups: dict[tuple[str, str], list] = {}
    for fields in quantities.values():
        event_update(groups, fields, 1)
    return events_out(groups)


_FIX = 1074  # every finite double is an integer multiple of 2**-1074: totals are kept exact, as integers


def _fixed(v: float) -> int:
    n, d = v.as_integer_ratio()  # d is a power of two, at most 2**1074
    return n << (_FIX + 1 - d.bit_length())


def exact_total(acc: int, pinf: int, ninf: int, nan: int) -> float:
    """The float nearest the exact sum of values kept as (sum in units of 2**-1074, +inf, -inf and NaN counts):
    the same whatever order the values were added (and taken back) in."""
    if nan or (pinf and ninf):
        return math.nan
    if pinf or ninf:
        return math.inf if pinf else -math.inf
    try:
        return acc / (1 << _FIX)  # int / int: correctly rounded
    except OverflowError:
        return math.inf if acc > 0 else -math.inf


def event_update(groups: dict[tuple[str, str], list], fields: Sequence, sign: int,
                 touched: set[tuple[str, str]] | None = None) -> None:
    """Add (sign 1) or take back (sign -1) one document's flat event_fields to the event groups
    {(event, kind): [n, n_docs, exact total, +inf, -inf, NaN, nouns Counter]}; empty groups are dropped.
    `touched` gets the groups' keys."""
    seen: set[tuple[str, str]] = set()
    for i in range(0, len(fields), 4):
        event, kind, value, noun = fields[i : i + 4]
        key = (event, kind)
        g = groups.get(key)
        if g is None:
            g = groups[key] = [0, 0, 0, 0, 0, 0, Counter()]
        g[0] += sign
        if key not in seen:
            seen.add(key)
            g[1] += sign
        v = float(value or 0.0)
        if v != v:
            g[5] += sign
        elif v in (math.inf, -math.inf):
            g[3 if v > 0 else 4] += sign
        elif v:
            g[2] += _fixed(v) if sign > 0 else -_fixed(v)
        if noun:
            c = g[6]
            c[noun] += sign
            if not c[noun]:
                del c[noun]
    for key in seen:
        if groups[key][0] == 0:
            del groups[key]
    if touched is not None:
        touched |= seen


def events_out(groups: dict[tuple[str, str], list], rows: dict[tuple[str, str], dict] | None = None,
               touched: set[tuple[str, str]] = frozenset()) -> list[dict[str, Any]]:
    """The index's rows of the event groups (event_update), most quantities first. `rows`: the rows made last
    time, kept up to date (only the `touched` groups' are made again)."""
    rows = {} if rows is None else rows
    for key in [k for k in rows if k in touched or k not in groups]:
        del rows[key]
    for (ev, kind), g in groups.items():
        if (ev, kind) in rows:
            continue
        total = exact_total(*g[2:6]) if kind in SUM_KINDS else None
        rows[(ev, kind)] = {"event": ev, "kind": kind, "n": g[0], "n_docs": g[1], "total": total,
                            "total_s": fmt_num(total) if kind in SUM_KINDS else "",
                            "nouns": ", ".join(n for n, _ in sorted(g[6].items(), key=lambda kv: (-kv[1], kv[0]))[:3])}
    return sorted(rows.values(), key=lambda r: (-r["n"], r["event"], r["kind"]))


def speaker_groups(claims: dict[str, list[dict]], refs: dict[str, EntityRef]) -> list[dict[str, Any]]:
    """Claims per speaker: the linked entity, else the speaker's words and type."""
    return _speaker_groups({d: flat(speaker_fields(c) for c in rows) for d, rows in claims.items()}, refs)


def speaker_fields(c: dict[str, Any]) -> tuple:
    """What speaker_groups reads of a claim: (speaker_entity_id, speaker_text, speaker_type, quote_type, hedged)."""
    return (c.get("speaker_entity_id"), c.get("speaker_text"), c["speaker_type"], c["quote_type"], c["hedged"])


def _speaker_groups(claims: dict[str, Sequence], refs: dict[str, EntityRef]) -> list[dict[str, Any]]:
    """speaker_groups of the flat speaker_fields of each document's claims."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for doc_id, fields in claims.items():
        for i in range(0, len(fields), 5):
            eid, text, stype, qtype, hedged = fields[i : i + 5]
            ref = refs.get(eid or "")
            key = (ref.entity_id, "") if ref else ("", f"{text or '—'}\t{stype}")
            g = groups.get(key)
            if g is None:
                g = groups[key] = {"ref": ref, "text": text or "—", "type": stype, "n": 0, "direct": 0, "hedged": 0,
                                   "docs": set()}
            g["n"] += 1
            g["direct"] += qtype == "direct"
            g["hedged"] += bool(hedged)
            g["docs"].add(doc_id)
    out = [{**{k: v for k, v in g.items() if k != "docs"}, "n_docs": len(g["docs"]),
            "name": g["ref"].name if g["ref"] else g["text"], "href": g["ref"].href("") if g["ref"] else None,
            "label": g["ref"].label if g["ref"] else ""} for g in groups.values()]
    return sorted(out, key=lambda r: (-r["n"], r["name"], r["type"]))


def speaker_update(by_eid: dict[str, list], by_text: dict[tuple[str, str], list], doc_id: str, fields: Sequence,
                   sign: int) -> None:
    """Add (sign 1) or take back (sign -1) one document's flat speaker_fields to the speaker aggregates: per
    speaker entity id and per (speaker's words, type) of claims without one, [n, direct, hedged, {doc_id: first}]
    (first: the index of the document's first such claim, and for an entity that claim's words and type)."""
    firsts: dict[Any, Any] = {}
    for j, i in enumerate(range(0, len(fields), 5)):
        eid, text, stype, qtype, hedged = fields[i : i + 5]
        if eid:
            g, key = by_eid.get(eid), eid
            if g is None:
                g = by_eid[eid] = [0, 0, 0, {}]
            first: Any = (j, text or "—", stype)
        else:
            key = ("", text or "—", stype)
            g = by_text.get(key[1:])
            if g is None:
                g = by_text[key[1:]] = [0, 0, 0, {}]
            first = j
        g[0] += sign
        g[1] += sign * (qtype == "direct")
        g[2] += sign * bool(hedged)
        firsts.setdefault(key, first)
    for key in firsts:
        table, k = (by_text, key[1:]) if isinstance(key, tuple) else (by_eid, key)
        g = table[k]
        if sign > 0:
            g[3][doc_id] = firsts[key]
        else:
            g[3].pop(doc_id, None)
            if g[0] == 0 and not g[3]:
                del table[k]


def speakers_out(by_eid: dict[str, list], by_text: dict[tuple[str, str], list],
                 refs: dict[str, EntityRef]) -> list[dict[str, Any]] | None:
    """_speaker_groups from the speaker aggregates (speaker_update; documents in doc_id order); None when a
    speaker entity id is not among the entities (its claims group by their words: the caller falls back)."""
    if any(eid not in refs for eid in by_eid):
        return None
    rows = []
    for eid, g in by_eid.items():
        d = min(g[3])
        j, text, stype = g[3][d]
        ref = refs[eid]
        rows.append(((d, j), {"ref": ref, "text": text, "type": stype, "n": g[0], "direct": g[1], "hedged": g[2],
                              "n_docs": len(g[3]), "name": ref.name, "href": ref.href(""), "label": ref.label}))
    for (text, stype), g in by_text.items():
        d = min(g[3])
        rows.append(((d, g[3][d]), {"ref": None, "text": text, "type": stype, "n": g[0], "direct": g[1],
                                    "hedged": g[2], "n_docs": len(g[3]), "name": text, "href": None, "label": ""}))
    rows.sort(key=lambda r: r[0])  # first seen first, as _speaker_groups makes them
    return sorted((r for _, r in rows), key=lambda r: (-r["n"], r["name"], r["type"]))


def speaker_rows(claims: dict[str, Sequence], refs: dict[str, EntityRef]) -> list[dict[str, Any]]:
    """_speaker_groups of the flat speaker_fields per document (in doc_id order), made as the report's state makes
    them (speaker_update, speakers_out)."""
    by_eid: dict[str, list] = {}
    by_text: dict[tuple[str, str], list] = {}
    for d, fields in claims.items():
        speaker_update(by_eid, by_text, d, fields, 1)
    out = speakers_out(by_eid, by_text, refs)
    return _speaker_groups(claims, refs) if out is None else out


def pages_nav(n_items: int, per_page: int, name: Any) -> list[dict[str, Any]]:
    return [{"n": i + 1, "href": name(i + 1)} for i in range(max(1, math.ceil(n_items / per_page)))]


# ----------------------------------------------------------------------------- rendering


_BYTECODE_DIR: list[Path] = []  # where the templates' compiled code is kept now (see cache_templates; empty: nowhere)


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """jinja2's bytecode cache, where a folder that cannot be read or written only means compiling again."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            pass

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def cache_templates(folder: Path | None) -> None:
    """Keep the templates' compiled code in `folder` (jinja2's bytecode cache, keyed by each template's name and
    source): a re-run of the report does not compile them again (0.1 CPU s of a one-article run). None: no more
    (write_report sets it for one call, then unsets it)."""
    if folder is not None:
        Path(folder).mkdir(parents=True, exist_ok=True)
    _BYTECODE_DIR[:] = [Path(folder)] if folder is not None else []
    environment.cache_clear()


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline", "templates/report"), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        bytecode_cache=_BytecodeCache(str(_BYTECODE_DIR[0])) if _BYTECODE_DIR else None,
        auto_reload=False,  # templates do not change during a run: no stat of the template file per page
    )
    env.filters["num"] = fmt_num
    env.filters["short"] = _short
    env.globals.update(LABELS=LABELS, version=__version__, entity_rows=entity_rows)
    return env


def entity_rows(entities: Sequence[dict[str, Any]], offset: int = 0) -> Markup:
    """The rows of the entities table (_macros.html entities_table), each line the HTML its template loop made:
    every value escaped as autoescape does, the aliases joined, shortened (_short, 100) and escaped. In Python: an
    all-entities page holds 500 rows, and a one-article run remakes every such page after the first rank that moved."""
    out = []
    for i, e in enumerate(entities, start=offset + 1):
        label = e["label"]
        out.append(f'<tr><td>{i}</td><td><a class="m m-{escape(label if label in LABELS else "other")}" '
                   f'href="{escape(e["href"])}">{escape(e["canonical_name"])}</a></td><td>{escape(label)}</td>'
                   f'<td>{escape(e["n_mentions"])}</td><td>{escape(e["n_docs"])}</td><td>{escape(e["qid"] or "")}</td>'
                   f'<td>{escape(e["name_en"] or "")}</td>'
                   f'<td class="note">{escape(_short(", ".join(map(str, e["aliases"])), 100))}</td></tr>\n')
    return Markup("".join(out))


def render(template: str, **model: Any) -> str:
    return environment().get_template(template).render(**model)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Digest of this module, the report's state module and the templates: part of every page key and of the
    state's identity, so an edit re-renders all."""
    here = Path(__file__).resolve()
    return io.path_digest(here, here.parent / "report_state.py", here.parent / "templates" / "report") + __version__


def page_key(*parts: Any) -> str:
    """The key of a page made from `parts` (io.write_tree skips making a page whose key is unchanged): a digest of
    their pickle (several times faster than their repr). Pickled without a memo (`fast`), so that equal parts
    give equal keys whether or not they share objects (a state read back from disk shares fewer)."""
    buf = BytesIO()
    pickler = pickle.Pickler(buf, protocol=4)
    pickler.fast = True
    pickler.dump((code_digest(), parts))
    return hashlib.sha256(buf.getbuffer()).hexdigest()[:32]


def entity_section(model: dict[str, Any]) -> Markup:
    """One entity's section of its bucket page (entities.html joins them)."""
    return Markup(render("_entity_section.html", root="../", e=model))


def render_entities(page_title: str, models: Sequence[dict], sections: Sequence[Markup] | None = None) -> str:
    """A bucket page of entities; `sections`: their entity_section when already made."""
    if sections is None:
        sections = [entity_section(m) for m in models]
    return render("entities.html", root="../", title=page_title, sections=sections)


def entities_key(page_title: str, models: Sequence[dict], keys: Sequence[str] | None = None) -> str:
    """The key of a bucket page: of its title and its entities' keys (page_key of each model; `keys` when made)."""
    return page_key(page_title, list(keys) if keys is not None else [page_key(m) for m in models])


def assets() -> Iterator[tuple[str, str]]:
    """The stylesheet and script every page links (relative to the site root)."""
    loader = environment().loader
    assert loader is not None
    for name in ("report.css", "report.js"):
        yield name, loader.get_source(environment(), name)[0]


def report_pages(run: Run) -> Iterator[tuple[str, Any, str]]:
    """(path, HTML or a function making it, key) of every page of the report of `run`, in a fixed order
    (see the module docstring). The key digests what the page is made of (page_key)."""
    refs = entity_refs(run.entities)
    ents = {e["entity_id"]: e for e in run.entities}
    contexts: dict[str, list[dict]] = defaultdict(list)
    ent_quants: dict[str, list[dict]] = defaultdict(list)
    rows: list[dict[str, Any]] = []
    title = f"hindi-extract report — {run.run_dir.name or run.run_dir}"
    ids = run.doc_ids
    i = 0
    cols = ("doc_id", "source_path", "n_chars", "n_sentences", "status", "error", "warning", "text")
    for batch in io.iter_table_batches(run.table("documents"), "documents", cols):
        for doc in _cols(batch):
            did = doc["doc_id"]
            ms, qs, cs = run.mentions.get(did, []), run.quantities.get(did, []), run.claims.get(did, [])
            prev_doc, next_doc = ids[i - 1] if i > 0 else None, ids[i + 1] if i + 1 < len(ids) else None
            used = sorted({x for x in [*(m.get("entity_id") for m in ms), *(q.get("entity_id") for q in qs),
                                       *(c.get("speaker_entity_id") for c in cs)] if x in refs})

            def page(doc=doc, ms=ms, qs=qs, cs=cs, prev_doc=prev_doc, next_doc=next_doc) -> str:
                model = article_model(doc, ms, qs, cs, refs, prev_doc, next_doc)
                return render("article.html", root="../", title=f"{doc['doc_id']} — {title}", **model)

            yield doc_path(did), page, page_key(title, doc, ms, qs, cs, [refs[x] for x in used], prev_doc, next_doc)
            text, href = doc["text"] or "", "../" + doc_path(did)
            for m in ms:
                if m.get("entity_id") in refs:
                    left, mid, right = snippet(text, m["start"], m["end"], run.sentences.get((did, m["sent_idx"])))
                    contexts[m["entity_id"]].append(context(did, m, left, mid, right))
            for q in qs:
                if q.get("entity_id") in refs:
                    ent_quants[q["entity_id"]].append({**q, "href": f"{href}#{html_id(q['quantity_id'])}",
                                                       "value_s": fmt_num(q["value"])})
            rows.append(doc_row(doc, run))
            i += 1

    # entity pages, a bucket at a time
    ent_claims: dict[str, list[dict]] = defaultdict(list)
    for did, cs in run.claims.items():
        for c in cs:
            if c.get("speaker_entity_id") in refs:
                ent_claims[c["speaker_entity_id"]].append({**c, "href": f"../{doc_path(did)}#{html_id(c['claim_id'])}"})
    co = cooccurring(run.mentions)
    buckets: dict[str, list[str]] = defaultdict(list)
    for eid, ref in refs.items():
        buckets[ref.page].append(eid)
    for page in sorted(buckets):
        members = sorted(buckets[page], key=lambda x: (-ents[x]["n_mentions"], x))
        models = [entity_model(ents[x], refs[x], contexts.get(x, []), ent_claims.get(x, []), ent_quants.get(x, []),
                               co.get(x, []), refs) for x in members]
        page_title = f"entities {Path(page).stem} — {title}"
        yield page, functools.partial(render_entities, page_title, models), entities_key(page_title, models)
        for em in models:
            for p in em["more_pages"]:
                lo = CONTEXTS_INLINE + (p["n"] - 2) * CONTEXTS_PER_PAGE
                more = {"title": f"{em['canonical_name']} — {title}", "entity": {k: em[k] for k in ("canonical_name", "label")},
                        "page": p, "pages": em["more_pages"],
                        "contexts": contexts[em["entity_id"]][lo : lo + CONTEXTS_PER_PAGE],
                        "back": f"../{Path(refs[em['entity_id']].page).name}#{em['anchor']}"}
                yield p["path"], functools.partial(render, "entity_more.html", root="../../", **more), page_key(more)

    # index and lists
    totals = {
        "documents": len(rows), "ok": sum(r["status"] == "ok" for r in rows), "errors": sum(r["status"] != "ok" for r in rows),
        "mentions": sum(map(len, run.mentions.values())), "entities": len(run.entities),
        "quantities": sum(map(len, run.quantities.values())), "claims": sum(map(len, run.claims.values())),
    }
    yield from list_pages(title, rows, run.entities, refs, totals, run.meta,
                          _event_groups({d: flat(event_fields(q) for q in qs) for d, qs in run.quantities.items()}),
                          speaker_rows({d: flat(speaker_fields(c) for c in cs) for d, cs in sorted(run.claims.items())},
                                       refs))


def list_pages(title: str, rows: Sequence[dict], entities: Sequence[dict], refs: dict[str, EntityRef],
               totals: dict[str, int], run_meta: dict[str, str], events: list[dict],
               speakers: list[dict]) -> Iterator[tuple[str, Any, str]]:
    """(path, HTML maker, key) of the index, the further documents pages and the all-entities pages, from the
    documents' rows, the entities and the index's event and speaker rows (events_out, speakers_out)."""
    by_mentions = sorted(entities, key=lambda e: (-e["n_mentions"], e["entity_id"]))
    ent_rows = [{**e, "href": refs[e["entity_id"]].href("")} for e in by_mentions]
    doc_pages = pages_nav(len(rows), DOCS_PER_PAGE, lambda n: "index.html" if n == 1 else f"documents-{n}.html")
    ent_pages = pages_nav(len(ent_rows), ENTITIES_PER_LIST_PAGE, lambda n: f"all-entities-{n}.html")
    meta = {k: run_meta.get(k, "") for k in ("pipeline_version", "schema_version", "tagger", "params_digest")}
    model = dict(root="", title=title, totals=totals, meta=meta, docs=rows[:DOCS_PER_PAGE], doc_pages=doc_pages,
                 page=1, entities=ent_rows[:TOP], n_entities=len(ent_rows), ent_pages=ent_pages, events=events[:TOP],
                 n_events=len(events), speakers=speakers[:TOP], n_speakers=len(speakers), top=TOP)
    yield "index.html", functools.partial(render, "index.html", **model), page_key("index.html", model)
    for p in doc_pages[1:]:
        lo = (p["n"] - 1) * DOCS_PER_PAGE
        model = dict(root="", title=f"documents, page {p['n']} — {title}", docs=rows[lo : lo + DOCS_PER_PAGE],
                     doc_pages=doc_pages, page=p["n"])
        yield p["href"], functools.partial(render, "documents.html", **model), page_key("documents.html", model)
    for p in ent_pages:
        lo = (p["n"] - 1) * ENTITIES_PER_LIST_PAGE
        model = dict(root="", title=f"entities, page {p['n']} — {title}",
                     entities=ent_rows[lo : lo + ENTITIES_PER_LIST_PAGE], ent_pages=ent_pages, page=p["n"], offset=lo)
        yield p["href"], functools.partial(render, "entity_list.html", **model), page_key("entity_list.html", model)
    yield from assets()


def write_report(run_dir: Path, out_dir: Path, state_dir: Path | None = None) -> dict[str, int]:
    """Render the report of the run in `run_dir` into `out_dir`; unchanged pages are not rewritten.
    With `state_dir` (a cache folder), only what changed since the last render is read and made (see
    write_report_incremental; the pages are the same). Returns io.write_tree's counts (files, written,
    unchanged, removed)."""
    if state_dir is None:
        return io.write_tree(Path(out_dir), report_pages(load_run(Path(run_dir))))
    from pipeline.report_state import write_report_incremental

    cache_templates(Path(state_dir) / "report-templates")
    # Python's cyclic garbage collector is paused meanwhile (as for link): the state is tens of thousands of small
    # tuples and dicts and no cycles, and each full pass of the collector walks every live object, a cost that grows
    # with the archive
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        counts = write_report_incremental(Path(run_dir), Path(out_dir), Path(state_dir))
        if counts is not None:
            return counts
        return io.write_tree(Path(out_dir), report_pages(load_run(Path(run_dir))))
    finally:
        cache_templates(None)
        if was_enabled:
            gc.enable()


# ----------------------------------------------------------------------------- compare


CHANGE_RANK = {"claims": 0, "quantities": 1, "mentions": 2}
SPAN_COLS = {"mentions": ("start", "end"), "quantities": ("start", "end"), "claims": ("content_start", "content_end")}
SHOW_COLS = {"mentions": ("text", "label", "entity_id"), "quantities": ("text", "value", "modifier", "noun", "event"),
             "claims": ("speaker_text", "cue", "content", "quote_type")}


def _v(v: Any) -> str:
    if isinstance(v, float):
        return fmt_num(v)
    if isinstance(v, (list, tuple)):
        return ", ".join(map(str, v))
    return "∅" if v is None else str(v)


def change_mark(table: str, r: dict[str, Any], n: int) -> Mark:
    """The mark of one diff row (compare.diff_rows) in its article."""
    change = r["change"]
    side = "a" if change == "removed" else "b"
    start, end = (r[c] if c in r else r[f"{c}_{side}"] for c in SPAN_COLS[table])
    what = " · ".join(_short(_v(r.get(f"{c}_{side}")), 60) for c in SHOW_COLS[table])
    if change == "changed":
        what += " — " + "; ".join(f"{c}: {_short(_v(r[f'{c}_a']), 40)} → {_short(_v(r[f'{c}_b']), 40)}"
                                  for c in r["changed_columns"])
    label = r.get("label_b") or r.get("label_a") if table == "mentions" else ""
    return Mark(start, end, table, f"{table}:{start}-{end}:{n}", f"d d-{change} d-{table}", CHANGE_RANK[table],
                f"{change} {table[:-1]}: {what}", None, (("data-change", change), ("data-label", label or "")))


def compare_article_model(doc_id: str, doc_a: dict | None, doc_b: dict | None, rows: dict[str, list[dict]]) -> dict[str, Any]:
    """One article of a comparison: its text(s) with B's additions, A's removals and the changes marked."""
    marks: dict[str, list[Mark]] = {"a": [], "b": []}
    changes = []
    same_text = doc_a is not None and doc_b is not None and doc_a["sha256"] == doc_b["sha256"]
    for table in ("mentions", "quantities", "claims"):
        for n, r in enumerate(rows.get(table, [])):
            m = change_mark(table, r, n)
            side = "a" if r["change"] == "removed" and not same_text else "b"
            marks[side].append(m)
            changes.append({"table": table, "change": r["change"], "start": m.start, "end": m.end, "html_id": html_id(m.key),
                            "title": m.title})
    blocks = []
    if same_text:
        blocks.append({"name": "text (A = B)", "html": mark_text(doc_b["text"], marks["a"] + marks["b"])[0]})  # type: ignore[index]
    else:
        if doc_a is not None:
            blocks.append({"name": "A's text (removed marked)", "html": mark_text(doc_a["text"], marks["a"])[0]})
        if doc_b is not None:
            blocks.append({"name": "B's text (added and changed marked)", "html": mark_text(doc_b["text"], marks["b"])[0]})
    return {"doc_id": doc_id, "doc_a": doc_a, "doc_b": doc_b, "same_text": same_text, "blocks": blocks, "changes": changes}


def compare_pages(labels: tuple[str, str], docs_a: Sequence[dict], docs_b: Sequence[dict], diffs: dict[str, Any],
                  deltas: Sequence[tuple[str, float, float, float]]) -> Iterator[tuple[str, str]]:
    """(path, HTML) of the comparison site: index.html (rows per table, score deltas, documents with their
    counts of changes, changed entities), documents-N.html, docs/<doc>.html for every article that differs."""
    da, db = {d["doc_id"]: d for d in docs_a}, {d["doc_id"]: d for d in docs_b}
    per_doc: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for table in ("mentions", "quantities", "claims"):
        for r in diffs[table].rows:
            per_doc[r["doc_id"]][table].append(r)
    title = f"compare {labels[0]} → {labels[1]}"
    rows = []
    for doc_id in sorted(da.keys() | db.keys()):
        a, b = da.get(doc_id), db.get(doc_id)
        counts = {f"{t}_{c}": sum(r["change"] == c for r in per_doc[doc_id][t]) if doc_id in per_doc else 0
                  for t in ("mentions", "quantities", "claims") for c in ("added", "removed", "changed")}
        note = "only in A" if b is None else "only in B" if a is None else "input text differs" if a["sha256"] != b["sha256"] else ""
        differs = bool(note) or any(counts.values())
        if differs:
            model = compare_article_model(doc_id, a, b, per_doc.get(doc_id, {}))
            yield doc_path(doc_id), render("compare_article.html", root="../", title=f"{doc_id} — {title}",
                                           labels=labels, **model)
        rows.append({"doc_id": doc_id, "href": doc_path(doc_id) if differs else None, "note": note,
                     "status_a": a["status"] if a else "—", "status_b": b["status"] if b else "—", **counts,
                     "n_changes": sum(counts.values())})
    summary = [{"table": t, "a": d.n_a, "b": d.n_b, "added": d.count("added"), "removed": d.count("removed"),
                "changed": d.count("changed"), "unchanged": d.n_unchanged} for t, d in diffs.items()]
    ents = [{**r, "name": r.get("canonical_name_b") or r.get("canonical_name_a"),
             "label": r.get("label_b") or r.get("label_a"),
             "what": "; ".join(f"{c}: {_short(_v(r[f'{c}_a']), 40)} → {_short(_v(r[f'{c}_b']), 40)}" for c in r["changed_columns"])}
            for r in diffs["entities"].rows] if "entities" in diffs else []
    doc_pages = pages_nav(len(rows), DOCS_PER_PAGE, lambda n: "index.html" if n == 1 else f"documents-{n}.html")
    common = {"labels": labels, "doc_pages": doc_pages}
    yield "index.html", render("compare_index.html", root="", title=title, summary=summary, deltas=list(deltas),
                               moved=[d for d in deltas if d[3] != 0], docs=rows[:DOCS_PER_PAGE], page=1,
                               n_differ=sum(r["href"] is not None for r in rows), n_docs=len(rows), entities=ents[:TOP], n_entities=len(ents),
                               top=TOP, **common)
    for p in doc_pages[1:]:
        lo = (p["n"] - 1) * DOCS_PER_PAGE
        yield p["href"], render("compare_documents.html", root="", title=f"documents, page {p['n']} — {title}",
                                docs=rows[lo : lo + DOCS_PER_PAGE], page=p["n"], **common)
    yield from assets()


def write_compare_report(out_dir: Path, labels: tuple[str, str], docs_a: Sequence[dict], docs_b: Sequence[dict],
                         diffs: dict[str, Any], deltas: Sequence[tuple[str, float, float, float]]) -> dict[str, int]:
    """Write the comparison site into `out_dir` (incremental like write_report)."""
    return io.write_tree(Path(out_dir), compare_pages(labels, docs_a, docs_b, diffs, deltas))


# ----------------------------------------------------------------------------- incremental report
# With a state folder (`write_report(..., state_dir=...)`, the stage's --cache), a re-run costs what changed:
# each document's signature is the tuple of its keys in the tables' part manifests (io.DatasetWriter; equal
# keys, equal rows). The state keeps, per document, its signature, its row of the documents list, the ids it
# uses, the compact rows the index groups read and its page's key; per entity page (bucket), the mentions in
# context, claims and quantities of each of its entities per document and their co-occurrence counts. A run
# reads the rows of the documents whose signature changed (and of the pages to remake: their neighbours,
# the users of an entity whose name changed) and rebuilds only the entity pages whose entities they touch;
# other pages keep their recorded keys (io.write_tree skips them; one lost from disk is made again). The
# pages are the ones report_pages makes, with the same keys. No state, another code digest, run folder,
# title or bucket width, or a site whose manifest.json is not the one the state was saved with: every page
# is made (from an empty state).
