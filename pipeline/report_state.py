"""The report's state between runs (`hindi-extract report --cache`): what write_report keeps so that a re-run
reads and renders only what changed, and costs what changed, not the archive.

state.pkl: per document a signature of its keys in the five tables' part manifests (doc_signatures), its row of
the documents list and its page's key; each entity's row (its ref follows from it); the bucket pages' keys; the
index's event groups and speaker aggregates (report.event_update / speaker_update: a document's rows are taken back
and given again, the totals exact whatever the order). Per document (DocState, in shards under `docs/`, read only for the documents that
changed): the entities it uses, its quantities' event fields and claims' speaker fields. Per entity (_Buckets,
STATE_WIDTH more hex digits than the pages, so a file holds a few entities): its mentions in context, claims,
quantities and co-occurrence counts. Per bucket page (`sections/`): each entity's rendered section and its key.
A re-run reads the rows of the documents whose signature changed (and of pages that must be remade: neighbours,
documents that use an entity whose name changed), rebuilds the sections of the entities they touch, and the index
and list pages from the summaries. When the site's folders are as the state left them (their mtimes), the pages
that cannot have changed are not looked at (io.write_tree's `kept`), else every page is checked on disk (io.write_tree). The
site is byte-identical to one made at once (tests/test_report.py). Anything it cannot trust (no state, another code
version or bucket width, a site manifest that is not the one saved, a lost state file, tables without
per-document keys) returns None or starts from an empty state, and the whole report is made.
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import os
import pickle
import shutil
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterator, NamedTuple, Sequence

from pipeline import io
from pipeline.report import (
    CONTEXTS_INLINE,
    CONTEXTS_PER_PAGE,
    REQUIRED,
    ReportError,
    _by_doc,
    _cols,
    _doc_row,
    article_model,
    bucket_width,
    code_digest,
    context,
    doc_path,
    entity_bucket,
    entity_model,
    entity_section,
    entities_key,
    render_entities,
    entity_refs,
    event_fields,
    event_update,
    events_out,
    flat,
    fmt_num,
    html_id,
    list_pages,
    load_run,
    log,
    page_key,
    render,
    snippet,
    speaker_fields,
    speaker_update,
    speakers_out,
    _speaker_groups,
)


STATE_VERSION = "7"  # 7: an entity's row alone in "ents" (its ref follows from it)
STATE_WIDTH = 1  # the entity pages' data lie in 16 files a page: a re-run reads those of the touched entities
SIGN_TABLES = ("documents", "sentences", "mentions", "quantities", "claims")
CHUNK_DOCS = 256  # documents read at a time (consecutive ones: a few parts of each table)
MENTION_COLS = ("mention_id", "doc_id", "sent_idx", "start", "end", "text", "label", "entity_id", "link_rule")
DOC_COLS = ("doc_id", "source_path", "n_chars", "n_sentences", "status", "error", "warning", "text")


class DocState(NamedTuple):
    """What the report keeps of one document between runs (a tuple: 14k of them load and save fast)."""

    sig: str  # digest of its keys in SIGN_TABLES
    row: tuple  # its row of the documents list (values of ROW_KEYS)
    used: tuple[str, ...]  # entity ids of its mentions, quantities and claims (its page shows their refs; they
    #                        get its contexts, quantities and claims)
    co: tuple[str, ...]  # entity ids of its mentions (co-occurrence)
    events: tuple  # its quantities' event_fields, flat
    speakers: tuple  # its claims' speaker_fields, flat
    key: str  # unused ("": the page keys are in the main state)
    nav: tuple  # unused (())


ROW_KEYS = ("doc_id", "href", "status", "n_chars", "n_sentences", "n_mentions", "n_entities", "n_quantities",
            "n_claims", "note")


def doc_signatures(run_dir: Path, previous: "tuple[dict, dict] | None" = None) -> tuple[dict[str, str], dict] | None:
    """({doc_id: a digest of its key in each of SIGN_TABLES (None: no rows there)} in doc_id order, {table: {part:
    key}}) from the tables' part manifests; None when a table is not a dataset whose every document has a key.
    `previous`: what the last call returned for these tables ({table: {part: key}} and {doc_id: (signature, ...)}, as
    the state keeps them): a document that lies in no part whose key changed keeps its signature unhashed (a part's key
    digests its documents' keys), so a one-article run signs the documents of a few parts, not the archive's."""
    keys, parts_by_table = {}, {}
    for t in SIGN_TABLES:
        path = Path(run_dir) / f"{t}.parquet"
        if not path.is_dir():
            return None
        man = io.read_manifest(path)
        parts, docs = man.get("parts"), man.get("docs")
        if not isinstance(parts, dict) or not isinstance(docs, dict):
            return None
        if any(not isinstance(v, list) or len(v) < 4 or v[0] is None for v in parts.values()) \
                or sum(v[3] for v in parts.values()) != len(docs):
            return None
        keys[t], parts_by_table[t] = docs, parts
    docs = keys["documents"]
    if not docs or any(not keys[t].keys() <= docs.keys() for t in SIGN_TABLES[1:]):
        return None
    ids = sorted(docs)
    tables = [keys[t] for t in SIGN_TABLES]
    todo: "set[str] | None" = None
    old_sigs: dict = {}
    if previous is not None and isinstance(previous[0], dict) and isinstance(previous[1], dict):
        old_parts, old_sigs = previous
        todo = set()
        for t in SIGN_TABLES:
            todo.update(_changed_part_docs(ids, parts_by_table[t], old_parts.get(t) or {}))
    sigs = {}
    for d in ids:
        old = old_sigs.get(d) if todo is not None and d not in todo else None
        sigs[d] = old[0] if old is not None else _signature(tables, d)
    return sigs, {t: {name: v[0] for name, v in parts_by_table[t].items()} for t in SIGN_TABLES}


def _signature(tables: Sequence[dict], d: str) -> str:
    return hashlib.sha256("\x1f".join("\x00" if (k := t.get(d)) is None else str(k)
                                      for t in tables).encode("utf-8")).hexdigest()[:32]


def _changed_part_docs(ids: Sequence[str], parts: dict, old: dict) -> list[str]:
    """The documents (of `ids`, sorted) that lie between the first document of a part whose key is not the `old` one and
    the next part's first document: any document whose key in this table changed, came or left lies there."""
    firsts = sorted((v[1][0], name) for name, v in parts.items() if v[1])
    out: list[str] = []
    for i, (first, name) in enumerate(firsts):
        if old.get(name) == parts[name][0]:
            continue
        lo = bisect.bisect_left(ids, first) if i else 0
        hi = bisect.bisect_left(ids, firsts[i + 1][0]) if i + 1 < len(firsts) else len(ids)
        out.extend(ids[lo:hi])
    if len(firsts) < len(parts):  # a part without documents: no range to tell
        out.extend(ids)
    return out


def _read_docs(run_dir: Path, doc_ids: Sequence[str]) -> Iterator[tuple[dict, list, list, list, dict]]:
    """(document, mentions, quantities, claims, sentence bounds) of these documents (in doc_id order), read
    CHUNK_DOCS at a time (only the parts that hold them)."""
    doc_ids = sorted(doc_ids)
    for i in range(0, len(doc_ids), CHUNK_DOCS):
        chunk = doc_ids[i : i + CHUNK_DOCS]

        def read(name: str, columns: Sequence[str] | None = None) -> dict[str, list[dict]]:
            return _by_doc(_cols(io.read_table(Path(run_dir) / f"{name}.parquet", name, chunk, columns)))

        docs = read("documents", DOC_COLS)
        ms, qs, cs = read("mentions", MENTION_COLS), read("quantities"), read("claims")
        sents = {(r["doc_id"], r["sent_idx"]): (r["start"], r["end"])
                 for rows in read("sentences", ("doc_id", "sent_idx", "start", "end")).values() for r in rows}
        for d in chunk:
            if d in docs:
                yield docs[d][0], ms.get(d, []), qs.get(d, []), cs.get(d, []), sents


def _contributions(doc: dict, ms: Sequence[dict], qs: Sequence[dict], cs: Sequence[dict],
                   sents: dict) -> dict[str, tuple[list, list, list]]:
    """Per entity id, what this document adds to its entity page: (contexts, quantities, claims), as
    report_pages makes them."""
    did, text = doc["doc_id"], doc["text"] or ""
    href = "../" + doc_path(did)
    out: dict[str, tuple[list, list, list]] = {}
    for m in ms:
        if m.get("entity_id"):
            left, mid, right = snippet(text, m["start"], m["end"], sents.get((did, m["sent_idx"])))
            out.setdefault(m["entity_id"], ([], [], []))[0].append(context(did, m, left, mid, right))
    for q in qs:
        if q.get("entity_id"):
            out.setdefault(q["entity_id"], ([], [], []))[1].append(
                {**q, "href": f"{href}#{html_id(q['quantity_id'])}", "value_s": fmt_num(q["value"])})
    for c in cs:
        if c.get("speaker_entity_id"):
            out.setdefault(c["speaker_entity_id"], ([], [], []))[2].append(
                {**c, "href": f"../{doc_path(did)}#{html_id(c['claim_id'])}"})
    return out


class _Buckets:
    """The entity pages' state: one pickle per bucket, {entity_id: [contexts, quantities, claims (each
    {doc_id: rows}), Counter of co-occurring entity ids]}; loaded when first touched, saved if changed."""

    def __init__(self, folder: Path, width: int, saved: set[str] | None):
        self.folder, self.width, self.fresh = folder, width, saved is None
        self.saved = set(saved or ())  # the bucket files the state was saved with
        self.loaded: dict[str, dict[str, list]] = {}
        self.changed: set[str] = set()

    def bucket(self, eid: str) -> str:
        return entity_bucket(eid, self.width)

    def load(self, b: str) -> dict[str, list]:
        if b not in self.loaded:
            data = io.read_pickle(self.folder / f"{b}.pkl") if b in self.saved else {}
            if not isinstance(data, dict):
                raise _StaleState(f"{self.folder / b}.pkl")
            self.loaded[b] = data
        return self.loaded[b]

    def entry(self, eid: str, create: bool = True) -> list | None:
        b = self.bucket(eid)
        data = self.load(b)
        if eid not in data:
            if not create:
                return None
            data[eid] = [{}, {}, {}, Counter()]
        self.changed.add(b)
        return data[eid]

    def save(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        for b in sorted(self.changed):
            data = {e: v for e, v in self.loaded[b].items() if any(v)}
            if data:
                _write_pickle(self.folder / f"{b}.pkl", data)
                self.saved.add(b)
            else:
                (self.folder / f"{b}.pkl").unlink(missing_ok=True)
                self.saved.discard(b)
        if self.fresh:  # buckets of an earlier state
            for f in self.folder.glob("*.pkl"):
                if f.stem not in self.saved:
                    f.unlink()


def _write_atomic(path: Path, data: bytes) -> None:
    """Write a file atomically (temp file + os.replace) as io.write_tree does: without io.write_bytes_atomic's
    search for stale temp files, a listing of the folder (thousands of state files or pages) per write."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        io._publish(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_pickle(path: Path, obj: Any) -> None:
    _write_atomic(path, pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


class _StaleState(Exception):
    """A bucket file the state counts on is missing or unreadable: the report is made again whole."""


def _state_dir(state_root: Path, out_dir: Path) -> Path:
    return Path(state_root) / "report" / hashlib.sha256(str(Path(out_dir).resolve()).encode("utf-8")).hexdigest()[:16]


def write_report_incremental(run_dir: Path, out_dir: Path, state_root: Path) -> dict[str, int] | None:
    """write_report with a state folder (see above); None when the tables' manifests lack document keys (the
    caller then makes the report from the tables: report_pages)."""
    run_dir, out_dir = Path(run_dir), Path(out_dir)
    missing = [f"{t}.parquet" for t in REQUIRED if not (run_dir / f"{t}.parquet").exists()]
    if missing:
        load_run(run_dir)  # its error message
    folder = _state_dir(state_root, out_dir)
    spath = folder / "state.pkl"
    entities = _cols(io.read_table(run_dir / "entities.parquet", "entities"))
    title = f"hindi-extract report — {run_dir.name or run_dir}"
    width = bucket_width(len(entities))
    ident = {"version": STATE_VERSION, "code": code_digest(), "title": title, "width": width,
             "run_dir": str(run_dir.resolve()), "entity_columns": tuple(entities[0]) if entities else ()}
    state = io.read_pickle(spath)
    # the documents' signatures: those of the parts that did not change since the state was saved are the state's
    signed = doc_signatures(run_dir, (state.get("parts"), state.get("docs"))
                            if isinstance(state, dict) and state.get("ident") == ident else None)
    if signed is None:
        return None
    sigs, parts = signed
    try:
        site = (out_dir / "manifest.json").read_bytes()
    except OSError:
        site = None
    fresh = not (isinstance(state, dict) and state.get("ident") == ident and site is not None
                 and state.get("site") == hashlib.sha256(site).hexdigest()
                 and all((folder / "docs" / f"{i:02x}.pkl").is_file() for i in range(DOC_SHARDS)))
    # the site's folders as the state left them (no page removed or added by hand): pages that did not change are
    # not even looked at, else every page is checked on disk (io.write_tree)
    fast = not fresh and site is not None and _dirs_unchanged(out_dir, state.get("dirs"))
    spath.unlink(missing_ok=True)  # while the buckets change, no state is valid (a crash makes the next run whole)
    written: dict = {}  # the site's manifest as write_tree leaves it (its bytes and entries: not read again)
    for attempt in ("state", "whole"):
        if fresh or attempt == "whole":
            shutil.rmtree(folder / "sections", ignore_errors=True)
            state = {"ident": ident, "docs": {}, "ents": {}, "buckets": {}, "bucket_files": None, "events": {},
                     "speakers": ({}, {})}
        shards = _Shards(folder / "docs", fresh or attempt == "whole")
        buckets = _Buckets(folder / "buckets", width + STATE_WIDTH, state["bucket_files"])
        try:
            if fast and attempt == "state":
                kept: list[str] = []
                counts = io.write_tree(out_dir, _incremental_pages(run_dir, state, sigs, entities, title, buckets,
                                                                   shards, kept), previous=site, kept=kept,
                                       saved=written)
            else:
                counts = io.write_tree(out_dir, _incremental_pages(run_dir, state, sigs, entities, title, buckets, shards),
                                       saved=written)
            break
        except _StaleState as exc:
            if attempt == "whole":  # pragma: no cover - a fresh state reads no file
                raise
            log.warning("report: %s unreadable; making the report whole", exc)
    site, files = written["manifest"], written["files"]
    state["site"], state["bucket_files"] = hashlib.sha256(site).hexdigest(), buckets.saved
    state["dirs"] = _dir_mtimes(out_dir, files)
    state["parts"] = parts  # the part keys the documents' signatures were made from
    shards.save()
    _write_pickle(spath, state)
    return counts


def _dir_mtimes(out_dir: Path, files: dict[str, Any]) -> dict[str, int]:
    """{folder of the site (relative; "" the site itself): its mtime} of the folders that hold its files. A folder
    changed by this run gets an mtime 10 s in the past, so that any later change (a page removed or added), even
    within the file system's timestamp granularity, gives it another one."""
    dirs = {rel.rpartition("/")[0] for rel in files} | {""}
    past = time.time_ns() - 10**10
    out = {}
    for d in dirs:
        path = out_dir / d
        try:
            st = path.stat()
            if st.st_mtime_ns > past:
                os.utime(path, ns=(st.st_atime_ns, past))
                st = path.stat()
            out[d] = st.st_mtime_ns
        except OSError:
            pass
    return out


def _dirs_unchanged(out_dir: Path, dirs: Any) -> bool:
    if not isinstance(dirs, dict) or not dirs:
        return False
    try:
        return all((out_dir / d).stat().st_mtime_ns == t for d, t in dirs.items())
    except OSError:
        return False


DOC_SHARDS = 64  # the documents' states lie in this many files: a re-run reads and rewrites those of the documents
#                  that changed


def _doc_shard(doc_id: str) -> str:
    return f"{int(hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:8], 16) % DOC_SHARDS:02x}"


class _Shards:
    """The documents' DocStates, in DOC_SHARDS pickles {doc_id: DocState}: a shard is read when one of its
    documents is first asked for, and written again if one changed (fresh: every shard is written)."""

    def __init__(self, folder: Path, fresh: bool):
        self.folder, self.fresh = folder, fresh
        self.loaded: dict[str, dict[str, DocState]] = {}
        self.dirty: set[str] = set()

    def shard(self, b: str) -> dict[str, DocState]:
        if b not in self.loaded:
            data = {} if self.fresh else io.read_pickle(self.folder / f"{b}.pkl")
            if not isinstance(data, dict):
                raise _StaleState(f"{self.folder / b}.pkl")
            self.loaded[b] = data
        return self.loaded[b]

    def get(self, doc_id: str) -> DocState | None:
        return self.shard(_doc_shard(doc_id)).get(doc_id)

    def put(self, doc_id: str, st: DocState | None) -> None:
        b = _doc_shard(doc_id)
        data = self.shard(b)
        if st is None:
            data.pop(doc_id, None)
        else:
            data[doc_id] = st
        self.dirty.add(b)

    def all(self) -> dict[str, DocState]:
        out: dict[str, DocState] = {}
        for i in range(DOC_SHARDS):
            out.update(self.shard(f"{i:02x}"))
        return out

    def save(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        for b in sorted({f"{i:02x}" for i in range(DOC_SHARDS)} if self.fresh else self.dirty):
            _write_pickle(self.folder / f"{b}.pkl", self.loaded.get(b, {}))


def _navs(ids: Sequence[str], pos: dict[str, int], d: str) -> tuple:
    i = pos[d]
    return (ids[i - 1] if i > 0 else None, ids[i + 1] if i + 1 < len(ids) else None)


def _incremental_pages(run_dir: Path, state: dict, sigs: dict[str, str], entities: list[dict], title: str,
                       buckets: _Buckets, shards: _Shards,
                       kept: list[str] | None = None) -> Iterator[tuple[str, Any, str | None]]:
    """The pages of the report (write_tree's items) made from the state; with `kept`, the pages that cannot have
    changed are not yielded but their paths put there (io.write_tree's `kept`)."""
    refs = entity_refs(entities)
    ents = {e["entity_id"]: e for e in entities}
    old_docs: dict[str, tuple] = state["docs"]  # {doc_id: (signature, row, page key)}, in doc_id order
    ids = list(sigs)
    order = {d: i for i, d in enumerate(ids)}

    # what changed: documents (signature), entities (row, ref)
    # {entity_id: its row's values}: its ref (name, label, page, anchor) follows from its id, name and label (the
    # bucket width and the columns are in the state's ident), so it is not kept beside the row
    ent_state = {e["entity_id"]: tuple(e.values()) for e in entities}
    old_ents: dict[str, tuple] = state["ents"]
    changed_ents = {x for x, row in ent_state.items() if old_ents.get(x) != row}
    changed_ents.update(x for x in old_ents if x not in ent_state)
    cols = list(entities[0]) if entities else []
    shown = [cols.index(c) for c in ("canonical_name", "label") if c in cols]

    def ref_of(row: tuple | None) -> tuple | None:
        return None if row is None else tuple(row[i] for i in shown)

    changed_refs = {x for x in changed_ents if ref_of(ent_state.get(x)) != ref_of(old_ents.get(x))}
    changed = [d for d in ids if d not in old_docs or old_docs[d][0] != sigs[d]]
    removed = [d for d in old_docs if d not in sigs]
    remake = set(changed)
    if len(old_docs) != len(ids) or removed:  # documents came or went: their neighbours' pages follow
        old_ids = list(old_docs)
        old_order = {d: i for i, d in enumerate(old_ids)}
        near = {x for d in changed if d not in old_docs for x in _navs(ids, order, d)}
        near |= {x for d in removed for x in _navs(old_ids, old_order, d)}
        remake |= {d for d in near if d in old_docs and d in order
                   and _navs(ids, order, d) != _navs(old_ids, old_order, d)}
    for x in changed_refs:  # the documents that show x (they gave its entity page contexts, quantities or claims)
        e = buckets.entry(x, create=False)
        if e is not None:
            remake |= {d for part in e[:3] for d in part if d in order}

    # the entity pages touched: contributions taken back (changed and removed documents) and given
    touched = set(changed_ents)
    events: dict = state["events"]
    ev_touched: set[tuple[str, str]] = set()
    by_eid, by_text = state["speakers"]
    for d in [*changed, *removed]:
        old = shards.get(d)
        if old is None:
            continue
        touched.update(old.used, old.co)
        event_update(events, old.events, -1, ev_touched)
        speaker_update(by_eid, by_text, d, old.speakers, -1)
        for x in old.used:
            e = buckets.entry(x, create=False)
            if e is not None:
                for part in e[:3]:
                    part.pop(d, None)
        for x in old.co:
            e = buckets.entry(x, create=False)
            if e is not None:
                c = e[3]
                for y in old.co:
                    if y != x and c.get(y, 0) > 0:
                        c[y] -= 1
                        if c[y] == 0:
                            del c[y]
    for d in removed:
        shards.put(d, None)
    for x in changed_refs:  # the pages that list x among an entity's co-occurring ones
        e = buckets.entry(x, create=False)
        if e is not None:
            touched.update(e[3])
    new_docs: dict[str, tuple] = {}
    change_set = set(changed)
    for doc, ms, qs, cs, sents in _read_docs(run_dir, sorted(remake, key=order.__getitem__)):
        did = doc["doc_id"]
        used = sorted({sys.intern(x) for x in [*(m.get("entity_id") for m in ms), *(q.get("entity_id") for q in qs),
                                               *(c.get("speaker_entity_id") for c in cs)] if x})  # in refs or not
        prev_doc, next_doc = _navs(ids, order, did)
        key = page_key(title, doc, ms, qs, cs, [refs[x] for x in used if x in refs], prev_doc, next_doc)
        if did in change_set:
            contrib = _contributions(doc, ms, qs, cs, sents)
            co = tuple(sorted({sys.intern(m["entity_id"]) for m in ms if m.get("entity_id")}))
            row = _doc_row(doc, ms, qs, cs)
            st = DocState(sigs[did], tuple(row[k] for k in ROW_KEYS), tuple(used), co,
                          flat(event_fields(q) for q in qs), flat(speaker_fields(c) for c in cs), "", ())
            event_update(events, st.events, 1, ev_touched)
            speaker_update(by_eid, by_text, did, st.speakers, 1)
            shards.put(did, st)
            for x, parts in contrib.items():
                e = buckets.entry(x)
                for part, rows in zip(e[:3], parts):  # type: ignore[index]
                    if rows:
                        part[did] = rows
            for x in co:
                buckets.entry(x)[3].update(y for y in co if y != x)  # type: ignore[index]
            touched.update(contrib, co)
            new_docs[did] = (sigs[did], st.row, key)
        else:
            new_docs[did] = (*old_docs[did][:2], key)

        def page(doc=doc, ms=ms, qs=qs, cs=cs, prev_doc=prev_doc, next_doc=next_doc) -> str:
            model = article_model(doc, ms, qs, cs, refs, prev_doc, next_doc)
            return render("article.html", root="../", title=f"{doc['doc_id']} — {title}", **model)

        yield doc_path(did), page, key
    missing = [d for d in remake if d not in new_docs]
    if missing:  # pragma: no cover - a document the tables' manifests list without rows
        raise ReportError(f"{run_dir}: documents listed in the manifests but not in the tables: {missing[:5]}")
    state["docs"] = docs_state = {d: new_docs.get(d) or old_docs[d] for d in ids}

    def lazy_article(did: str) -> str:  # an unchanged page lost from disk
        doc, ms, qs, cs, _ = next(_read_docs(run_dir, [did]))
        prev_doc, next_doc = _navs(ids, order, did)
        model = article_model(doc, ms, qs, cs, refs, prev_doc, next_doc)
        return render("article.html", root="../", title=f"{doc['doc_id']} — {title}", **model)

    for d in ids:
        if d not in remake:
            if kept is not None:
                kept.append(doc_path(d))
            else:
                yield doc_path(d), functools.partial(lazy_article, d), docs_state[d][2]

    # entity pages: the pages of touched entities are made again, their other entities' sections (and keys, and
    # further pages) come from the last render; the other pages keep their keys
    members: dict[str, list[str]] = defaultdict(list)
    width = bucket_width(len(entities))
    for eid, r in refs.items():  # its bucket from its ref's page (entities/<bucket>.html): not hashed again
        members[r.page[len("entities/") : -len(".html")]].append(eid)
    dirty = {refs[x].page[len("entities/") : -len(".html")] if x in refs else entity_bucket(x, width) for x in touched}
    old_pages: dict[str, tuple] = state["buckets"]
    new_pages: dict[str, tuple] = {}
    sections = buckets.folder.parent / "sections"  # {entity_id: (its model's key, its section)} per bucket page

    def bucket_pages(b: str, only: set[str] | None = None) -> tuple[str, str, Any, list[tuple[str, str, Any]]]:
        """The page of bucket b: (path, key, maker, [(path, key, maker) of further pages]); `only`: the entities
        that may have changed (the others' sections and further pages are the last render's; their makers None)."""
        page, page_title = f"entities/{b}.html", f"entities {b} — {title}"
        cached: dict[str, tuple] = {}
        old_more: dict[str, list] = defaultdict(list)
        if only is not None:
            data = io.read_pickle(sections / f"{b}.pkl")
            cached = data if isinstance(data, dict) else {}
            anchors = {refs[x].anchor: x for x in members[b]}
            for p, k in old_pages[b][1]:
                x = anchors.get(p.rpartition("/")[2].rpartition("-p")[0])
                if x is not None:
                    old_more[x].append((p, k, None))
        entries: list[tuple[str, str, Any]] = []  # (entity_id, key, model or its cached section)
        more: list[tuple[str, str, Any]] = []
        for x in sorted(members[b], key=lambda x: (-ents[x]["n_mentions"], x)):
            if only is not None and x not in only and x in cached:
                entries.append((x, cached[x][0], cached[x][1]))
                more.extend(old_more.get(x, ()))
                continue
            e = buckets.load(buckets.bucket(x)).get(x) or [{}, {}, {}, Counter()]
            ctx, qu, cl = ([r for d in sorted(part, key=order.__getitem__) for r in part[d]] for part in e[:3])
            co = sorted(e[3].items(), key=lambda kv: (-kv[1], kv[0]))[:10]
            em = entity_model(ents[x], refs[x], ctx, cl, qu, co, refs)
            entries.append((x, page_key(em), em))
            for p in em["more_pages"]:
                lo = CONTEXTS_INLINE + (p["n"] - 2) * CONTEXTS_PER_PAGE
                m = {"title": f"{em['canonical_name']} — {title}", "entity": {k: em[k] for k in ("canonical_name", "label")},
                     "page": p, "pages": em["more_pages"], "contexts": ctx[lo : lo + CONTEXTS_PER_PAGE],
                     "back": f"../{Path(refs[x].page).name}#{em['anchor']}"}
                more.append((p["path"], page_key(m), functools.partial(render, "entity_more.html", root="../../", **m)))

        def make() -> str:  # the sections of unchanged entities come from the last render of this page
            if only is None:
                data = io.read_pickle(sections / f"{b}.pkl")
                cached.update(data if isinstance(data, dict) else {})
            made = {}
            for x, k, m in entries:
                hit = cached.get(x)
                made[x] = hit if hit is not None and hit[0] == k else (k, m if isinstance(m, str) else entity_section(m))
            _write_pickle(sections / f"{b}.pkl", made)
            return render_entities(page_title, [], [made[x][1] for x, _, _ in entries])

        return page, entities_key(page_title, [], [k for _, k, _ in entries]), make, more

    def lazy(b: str, path: str) -> str:  # an unchanged page lost from disk
        page, _, make, more = bucket_pages(b)
        return make() if path == page else next(m for p, _, m in more if p == path)()

    for b in sorted(members):
        if b in dirty or b not in old_pages:
            page, key, make, more = bucket_pages(b, touched if b in old_pages else None)
            new_pages[b] = (key, [(p, k) for p, k, _ in more])
            yield page, make, key
            for p, k, m in more:
                if m is None:  # an unchanged entity's further page
                    if kept is not None:
                        kept.append(p)
                        continue
                    m = functools.partial(lazy, b, p)
                yield p, m, k
        else:
            new_pages[b] = old_pages[b]
            key, more_keys = old_pages[b]
            if kept is not None:
                kept.append(f"entities/{b}.html")
                kept.extend(p for p, _ in more_keys)
                continue
            yield f"entities/{b}.html", functools.partial(lazy, b, f"entities/{b}.html"), key
            for p, k in more_keys:
                yield p, functools.partial(lazy, b, p), k
    buckets.save()
    state["buckets"], state["ents"] = new_pages, ent_state

    # index and lists, from the documents' rows and the event and speaker aggregates
    rows = [dict(zip(ROW_KEYS, docs_state[d][1])) for d in ids]
    totals = {
        "documents": len(rows), "ok": sum(r["status"] == "ok" for r in rows), "errors": sum(r["status"] != "ok" for r in rows),
        "mentions": sum(r["n_mentions"] for r in rows), "entities": len(entities),
        "quantities": sum(r["n_quantities"] for r in rows), "claims": sum(r["n_claims"] for r in rows),
    }
    speakers = speakers_out(by_eid, by_text, refs)
    if speakers is None:  # a speaker entity id that is not an entity: grouped by the claims' words
        docs = shards.all()
        speakers = _speaker_groups({d: docs[d].speakers for d in ids if docs[d].speakers}, refs)
    yield from list_pages(title, rows, entities, refs, totals, io.table_metadata(run_dir / "mentions.parquet"),
                          events_out(events, state.setdefault("event_rows", {}), ev_touched), speakers)
