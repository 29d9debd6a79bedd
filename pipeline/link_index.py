"""The incremental link's state between runs (runner.run_link with a cache folder).

A run that only adds documents links them on their own (link.local_link), then again together with only the
components of the earlier result their names can meet, and keeps every other document's rows and entities:
the tables are those that linking everything at once gives (tests/test_incremental_link.py checks it byte for
byte). Components: the earlier result split where no cross-document rule compared two nodes and found them
matching (link.LinkTrace); they are stored in one SQLite file (io.BlobStore) under the cache folder's
`link/index-<output>/`, with the index of which component holds which phonetic/blocking key, alias row and
surname, and the documents' keys: a run reads the keys its new names have and the components they lead to,
and writes back only what changed (at 13,830 articles the whole index was 8.6 MB of pickle read and written
by every run). `LinkIndex` is that state; `link_region` links new documents against it; anything it cannot do
exactly (a component lost, the region grown past `max_rounds`, an id collision) returns None, and the caller
links everything again.
"""
from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from dataclasses import fields, replace
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline import io
from pipeline.records import Entity, Mention

log = logging.getLogger("hindi_extract")


LOCAL_CHUNK = 256  # documents whose mention records and texts local_docs holds at a time


def local_docs(mentions_in: Path, documents_in: Path, docs: list[str], every: bool, p: Any, kb: Any,
               chunk: int = LOCAL_CHUNK) -> tuple[pa.Table, dict]:
    """The tagged mentions of `docs` (`every`: they are all the table's documents, read whole) and each one's
    local link (link.local_link), with the texts of the documents that have names (the `NAME (ACRONYM)` and
    `X उर्फ Y` rules read around them). The mentions' records and the texts are made `chunk` documents at a time
    (consecutive ones: a few parts of the documents table): a full link at 13,830 articles held them all at once,
    hundreds of MB that only one document's local link needs at a time."""
    from pipeline.link import LINK_LABELS, local_link

    tagged = io.read_table(mentions_in, "mentions", doc_ids=None if every else docs) if docs \
        else io.TABLES["mentions"].empty_table()
    ids = tagged.column("doc_id").to_pylist()
    rows: dict[str, list[tuple[int, int]]] = {}  # doc_id -> its runs of rows of `tagged` (one where sorted by doc_id)
    start = 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[start]:
            rows.setdefault(ids[start], []).append((start, i))  # a table not grouped by doc_id: each run, in order
            start = i
    del ids
    local: dict = {}
    for at in range(0, len(docs), max(1, chunk)):
        part = docs[at : at + max(1, chunk)]
        by_doc: dict[str, list[Mention]] = {}
        for d in part:
            if d in rows:
                by_doc[d] = [m for a, b in rows[d] for m in io.table_to_records(tagged.slice(a, b - a), Mention)]
        named = sorted(d for d, ms in by_doc.items() if any(m.label in LINK_LABELS for m in ms))
        tbl = (io.read_table(documents_in, "documents", doc_ids=named) if named
               else io.TABLES["documents"].empty_table()).select(["doc_id", "text", "status"])
        keep = set(named)
        texts = {d: t for d, t, s in zip(tbl.column("doc_id").to_pylist(), tbl.column("text").to_pylist(),
                                          tbl.column("status").to_pylist()) if s == "ok" and d in keep}
        del tbl
        for d in part:
            local[d] = local_link(d, by_doc.get(d, ()), p, kb, texts.get(d))
    return tagged, local


def link_region(index: "LinkIndex | None", local: dict, aliases: Any, p: Any, previous: list[Entity] | None,
                 max_rounds: int = 12) -> tuple[list[Entity], dict[tuple, tuple[str, str]], set[str]] | None:
    """Link the new documents (`local`: doc_id -> LocalDoc) with the components of the earlier result they
    can touch (the index's), as link.global_link over all documents would: (all entities, node key ->
    (entity_id, link_rule) of the nodes linked here, documents whose links may have changed); None when this
    cannot be done exactly short of linking everything again.

    Components: the earlier result split where no cross-document rule compared two nodes and found them
    matching (link.LinkTrace); phase 2 applies its edges in one global order to a union-find whose pins only
    the edges of a component see, so a component's links depend on its own nodes and edges alone. A new
    node meets old ones only under its phonetic or blocking keys (link.link_tokens): the components indexed
    under those keys are linked again with the new documents; then any component the new result ties in
    (through an alias row, a bare surname or a full name) is added and the region linked again."""
    from pipeline.link import LinkTrace, global_link, link_tokens, previous_id_map

    if index is None:  # no cache: everything, nothing kept
        ents, assigned = global_link([local[d] for d in sorted(local)], aliases, p)
        if previous is not None:
            ents, assigned = _remap(ents, assigned, previous_id_map(ents, previous))
        return ents, assigned, set(local)
    region: set[int] = set()
    if index.comps:
        wanted: set[tuple] = set()
        for ld in local.values():
            for n in ld.nodes:
                wanted.update(link_tokens(n.nk, n.label, p))
            region.update(index.alias_comp[e.b] for e in ld.edges if e.b in index.alias_comp)
        index.token_comps.fetch(wanted)
        for t in wanted:
            region.update(index.token_comps.get(t, ()))
    payloads: dict[int, dict] = {}
    for _ in range(max_rounds):
        payloads.update(index.store.get_many(region - payloads.keys()))
        if len(payloads) < len(region):
            return None  # the index lost a component
        lds, pos, packed = _region_docs([payloads[c] for c in sorted(region)], local)
        trace = LinkTrace()
        ents, assigned = global_link(lds, aliases, p, trace=trace)
        comp_of = _components(lds, trace)
        more: set[int] = set()
        for key, rep in comp_of.items():
            if key[0] == "\x00alias" and key in index.alias_comp and index.alias_comp[key] not in region \
                    and rep in comp_of.reals:
                more.add(index.alias_comp[key])
        index.token_comps.fetch([("surT", k) for k in trace.bare_keys] + [("surB", s) for s in trace.surnames])
        for k in trace.bare_keys:
            more.update(index.token_comps.get(("surT", k), ()))
        for s in trace.surnames:
            more.update(index.token_comps.get(("surB", s), ()))
        # earlier entities whose published id would change: their documents must be rewritten
        raw = [Entity(*e) for c, meta in index.comps.items() if c not in region for e in meta[1]]
        remap = previous_id_map(ents + raw, previous) if previous is not None else {}
        moved = {e.entity_id for e in raw if remap.get(e.entity_id, e.entity_id) != index.remap.get(e.entity_id, e.entity_id)}
        if moved:
            more.update(c for c, meta in index.comps.items() if c not in region and any(e[0] in moved for e in meta[1]))
        # an earlier entity with the base id of one linked here (`एसईसी` and `एसीसी` share a phonetic key): the
        # collision rule (link._assemble) orders all owners of an id, so their components are linked again with it
        bases = {e.entity_id.split("~")[0] for e in ents}
        more.update(c for c, meta in index.comps.items() if c not in region and any(e[0].split("~")[0] in bases
                                                                                    for e in meta[1]))
        more -= region
        if not more:
            break
        region |= more
    else:
        return None
    ids = {e.entity_id.split("~")[0] for e in raw}
    if any(e.entity_id.split("~")[0] in ids for e in ents):
        return None  # an id computed here is also an unchanged entity's: the collision rule needs them all
    final, final_assigned = _remap(ents + raw, assigned, remap)
    # what changed: documents of the new nodes, and of old nodes of the region whose links are not the same
    changed = set(local)
    for payload in payloads.values():
        for node_key, old in payload["assigned"].items():
            raw_eid, rule = old
            if final_assigned.get(node_key) != (index.remap.get(raw_eid, raw_eid), rule):
                changed.add(node_key[0])
    log.info("link: %d new document(s) linked with %d of %d earlier components (%d documents, %d names)",
             len(local), len(region), len(index.comps), len(lds), sum(len(ld.nodes) for ld in lds))
    index.replace(region, payloads, lds, pos, assigned, ents, comp_of, trace, remap, p, packed)
    return final, final_assigned, changed


def _remap(ents: list[Entity], assigned: dict, remap: dict[str, str]) -> tuple[list[Entity], dict]:
    if not remap:
        return sorted(ents, key=lambda e: e.entity_id), dict(assigned)
    ents = sorted((replace(e, entity_id=remap.get(e.entity_id, e.entity_id)) for e in ents), key=lambda e: e.entity_id)
    return ents, {k: (remap.get(eid, eid), rule) for k, (eid, rule) in assigned.items()}


def _region_docs(payloads: list[dict], local: dict) -> tuple[list, dict, dict]:
    """The documents of these components (their nodes and edges only) and the new documents, in doc_id
    order, each node and edge where it stood in its document's local link (`pos`: node key / edge -> that),
    and the stored form of each stored node (`packed`: node key -> link.pack_node's tuple)."""
    from pipeline.link import LocalDoc, unpack_edge, unpack_node

    parts: dict[str, tuple[list, list]] = {}
    packed: dict[tuple, tuple] = {}
    shared: set[str] = set()  # documents with nodes in more than one component: their pieces are merged in order
    for payload in payloads:
        for d, (nodes, edges) in payload["docs"].items():
            got = parts.get(d)
            if got is None:
                got = parts[d] = ([], [])
            else:
                shared.add(d)
            into = got[0]
            for i, n in nodes:
                into.append((i, unpack_node(d, n)))
                packed[n[0]] = n
            got[1].extend((j, unpack_edge(e)) for j, e in edges)
    for d, ld in local.items():
        parts[d] = (list(enumerate(ld.nodes)), list(enumerate(ld.edges)))
    lds, pos = [], {}
    first = itemgetter(0)
    for d in sorted(parts):
        nodes, edges = parts[d]
        if d in shared and d not in local:  # each component's pieces are in order (LinkIndex.replace)
            nodes, edges = sorted(nodes, key=first), sorted(edges, key=first)
        lds.append(LocalDoc(d, tuple(n for _, n in nodes), tuple(e for _, e in edges)))
        pos[d] = (nodes, edges)
    return lds, pos, packed


_ENTITY_ROW = attrgetter(*(f.name for f in fields(Entity)))  # an entity kept in the index as a plain tuple (fast to load)


class Inconsistent(Exception):
    """The outputs are not those the link index was saved with: run_link links everything again."""


class _Comps(dict):
    """node key -> its component's representative; `reals`: the representatives of components with mentions."""

    reals: set


def _components(lds: list, trace: Any) -> _Comps:
    parent: dict[tuple, tuple] = {}

    def find(x: tuple) -> tuple:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for ld in lds:
        for n in ld.nodes:
            find(n.key)
        for e in ld.edges:
            parent[find(e.a)] = find(e.b)
    for a, b in trace.edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    out = _Comps((k, find(k)) for k in list(parent))
    out.reals = {out[n.key] for ld in lds for n in ld.nodes}
    return out


class _TokenMap:
    """Which components hold a key (token -> their ids), read from the store's `tokens` table as asked
    (`fetch`: many at once), its changes written by `flush`: a run reads the keys of the names it links only."""

    def __init__(self, store: io.BlobStore):
        self.store = store
        self.got: dict[tuple, set[int]] = {}
        self.dirty: set[tuple] = set()

    def fetch(self, tokens: Any) -> None:
        want = {repr(t): t for t in tokens if t not in self.got}
        if want:
            rows = self.store.get_many(want, "tokens")
            for k, t in want.items():
                self.got[t] = set(rows.get(k, ()))

    def get(self, t: tuple, default: Any = None) -> Any:
        self.fetch((t,))
        return self.got[t] or default

    def add(self, t: tuple, c: int) -> None:
        self.fetch((t,))
        self.got[t].add(c)
        self.dirty.add(t)

    def discard(self, t: tuple, c: int) -> None:
        self.fetch((t,))
        self.got[t].discard(c)
        self.dirty.add(t)

    def flush(self) -> None:
        dirty = sorted(self.dirty, key=repr)
        self.store.put_many(((repr(t), tuple(sorted(self.got[t]))) for t in dirty if self.got[t]), "tokens")
        self.store.delete_many((repr(t) for t in dirty if not self.got[t]), "tokens")
        self.dirty = set()


class LinkIndex:
    """What run_link keeps between runs (cache folder `link/`, valid for one `version`: the link code,
    params, alias and KB rows), all in one SQLite file (io.BlobStore) of which a run reads what it needs and
    rewrites what changed: `docs` (doc_id -> (upstream key, key its linked rows were written under)), the
    components of the last result (`comps`: id -> (alias rows, entities before the id memory);
    their nodes, edges, links and keys in the `blobs` table), which components hold a key (`token_comps`,
    read as asked) or an alias row (`alias_comp`), and the id memory's renames (`remap`)."""

    TABLES = ("blobs", "comps", "docs", "tokens", "state")

    def reset(self) -> None:
        self.docs: dict[str, tuple[str | None, str | None]] = {}
        self.comps: dict[int, tuple] = {}
        self.token_comps = _TokenMap(self.store)
        self.alias_comp: dict[tuple, int] = {}
        self.remap: dict[str, str] = {}
        self.next_id = 0
        self.dropped: set[int] = set()
        self._new: dict[int, dict] = {}
        self._saved_docs: dict[str, tuple] = {}
        self.store.clear()

    @classmethod
    def open(cls, cache_dir: Path, mentions_out: Path, version: str, fresh: bool = False) -> "LinkIndex":
        """The index of the tables at `mentions_out` (one per output folder sharing the cache)."""
        index = cls.__new__(cls)
        index.root = Path(cache_dir) / "link" / f"index-{hashlib.sha256(str(Path(mentions_out).resolve()).encode()).hexdigest()[:12]}"
        index.version = version
        index.store = io.BlobStore(index.root / "components.sqlite", cls.TABLES)
        (index.root / "index.pkl").unlink(missing_ok=True)  # the state of an earlier format
        state = {} if fresh else index.store.get_many(("version", "alias_comp", "remap", "next_id"), "state")
        if state.get("version") != version or len(state) != 4:
            index.reset()
            return index
        index.alias_comp, index.remap, index.next_id = state["alias_comp"], state["remap"], state["next_id"]
        index.comps = {int(c): meta for c, meta in index.store.get_all("comps").items()}
        index.docs = index.store.get_all("docs")
        index._saved_docs = dict(index.docs)
        index.token_comps = _TokenMap(index.store)
        index.dropped = set()
        index._new = {}
        return index

    def replace(self, region: set[int], payloads: dict[int, dict], lds: list, pos: dict, assigned: dict,
                ents: list[Entity], comp_of: _Comps, trace: Any, remap: dict[str, str], p: Any,
                packed: dict[tuple, tuple] | None = None) -> None:
        """The region's components (`payloads`: as stored) replaced by the new ones (stored on save);
        `packed`: the stored form of nodes read from the store (the others are packed here)."""
        from pipeline.link import link_tokens, pack_edge, pack_node

        packed = packed or {}
        self.token_comps.fetch(t for c in region for t in payloads[c]["tokens"])
        for c in region:
            alias_keys, _ = self.comps.pop(c)
            for t in payloads[c]["tokens"]:
                self.token_comps.discard(t, c)
            for a in alias_keys:
                if self.alias_comp.get(a) == c:
                    del self.alias_comp[a]
        self.dropped |= region
        ids: dict[tuple, int] = {}
        for rep in sorted(comp_of.reals):
            ids[rep] = self.next_id
            self.next_id += 1
        new: dict[int, dict] = {c: {"docs": {}, "assigned": {}} for c in ids.values()}
        names: dict[int, set] = defaultdict(set)  # a component's names (keys: nodes of many documents share one)
        for ld in lds:
            nodes, edges = pos[ld.doc]
            for i, n in nodes:
                c = ids[comp_of[n.key]]
                pk = packed.get(n.key)
                new[c]["docs"].setdefault(ld.doc, ([], []))[0].append((i, pk if pk is not None else pack_node(n)))
                new[c]["assigned"][n.key] = assigned[n.key]
                names[c].add((n.nk, n.label, n.label == "PER" and n.key in trace.bare_nodes))
            for j, e in edges:
                new[ids[comp_of[e.a]]]["docs"].setdefault(ld.doc, ([], []))[1].append((j, pack_edge(e)))
        memo: dict[tuple, set] = {}
        tokens: dict[int, set] = defaultdict(set)
        for c, got in names.items():
            for nk, label, bare in got:
                t = memo.get((nk, label))
                if t is None:
                    t = memo[(nk, label)] = link_tokens(nk, label, p)
                tokens[c].update(t)
                if label == "PER" and len(nk.tokens) > 1:
                    tokens[c].add(("surT", nk.tok_k1[-1]))
                elif bare:
                    tokens[c].add(("surB", nk.k1))
        by_eid = {eid: ids[comp_of[k]] for k, (eid, _) in assigned.items()}
        comp_ents: dict[int, list[Entity]] = defaultdict(list)
        for e in ents:
            comp_ents[by_eid[e.entity_id]].append(e)
        alias_keys: dict[int, list] = defaultdict(list)
        for key, rep in comp_of.items():
            if key[0] == "\x00alias" and rep in ids:
                alias_keys[ids[rep]].append(key)
                self.alias_comp[key] = ids[rep]
        self.token_comps.fetch(t for ts in tokens.values() for t in ts)
        for c, payload in new.items():
            payload["tokens"] = tuple(tokens[c])
            self.comps[c] = (tuple(alias_keys[c]), tuple(map(_ENTITY_ROW, comp_ents[c])))
            for t in tokens[c]:
                self.token_comps.add(t, c)
        self.remap = remap
        self._new = new

    def save(self) -> None:
        """What changed since `open`, written in one transaction."""
        new, gone = self._new, self.dropped - set(self._new)
        with self.store.batch():
            self.store.put_many(new.items())
            self.store.delete_many(gone)
            self.store.put_many(((str(c), self.comps[c]) for c in new), "comps")
            self.store.delete_many((str(c) for c in gone), "comps")
            self.token_comps.flush()
            self.store.put_many(((d, v) for d, v in self.docs.items() if self._saved_docs.get(d) != v), "docs")
            self.store.delete_many((d for d in self._saved_docs if d not in self.docs), "docs")
            self.store.put_many((("version", self.version), ("alias_comp", self.alias_comp), ("remap", self.remap),
                                 ("next_id", self.next_id)), "state")
        self._saved_docs = dict(self.docs)
        self.dropped = set()
        self._new = {}


LINKED_CHUNK = 50_000  # rows of mentions linked_rows turns into Python values at a time


def linked_rows(tagged: pa.Table, assigned: dict, keep: bool = False, chunk: int = LINKED_CHUNK) -> dict[str, pa.Table]:
    """doc_id -> its tagged rows with entity_id / link_rule filled in (`assigned`: node key -> both), in the
    order link_mentions returns them, (doc_id, start, end, label, text, tagger). `keep`: rows already linked,
    whose nodes not in `assigned` keep their links. The rows are read `chunk` at a time (whole documents): a full
    link at 13,830 articles made Python values of all 750k mentions' columns at once."""
    tagged = tagged.replace_schema_metadata(None)
    ids = tagged.column("doc_id").to_pylist()
    bounds = [i for i in range(len(ids)) if i == 0 or ids[i] != ids[i - 1]] + [len(ids)]
    del ids
    out: dict[str, pa.Table] = {}
    last = None  # the last row of the chunk before (the rows must be in order across chunks too)
    a = 0
    while a < len(bounds) - 1:
        b = a + 1
        while b < len(bounds) - 1 and bounds[b + 1] - bounds[a] <= chunk:
            b += 1
        piece = tagged.slice(bounds[a], bounds[b] - bounds[a])
        got = _linked_piece(piece, assigned, keep, last)
        if got is None:  # pragma: no cover - rows out of order: the whole table, from the records
            return _linked_piece(tagged, assigned, keep, None, force=True)[0]  # type: ignore[index]
        rows, last = got
        out.update(rows)
        a = b
    return out


def _linked_piece(tagged: pa.Table, assigned: dict, keep: bool, before: tuple | None, force: bool = False
                  ) -> tuple[dict[str, pa.Table], tuple | None] | None:
    """linked_rows of some whole documents' rows, and their last row; None when the rows (after `before`, the last
    row of the piece before) are not in order (unless `force`: then built from the records, sorted)."""
    from pipeline.link import LINK_LABELS, name_keys

    cols = {c: tagged.column(c).to_pylist() for c in ("doc_id", "start", "end", "label", "text", "tagger")}
    ids, labels, texts = cols["doc_id"], cols["label"], cols["text"]
    links: list[tuple[str | None, str | None]] = []
    if keep:
        old = list(zip(tagged.column("entity_id").to_pylist(), tagged.column("link_rule").to_pylist()))
    for i, (d, label, text) in enumerate(zip(ids, labels, texts)):
        nk = name_keys(text, label) if label in LINK_LABELS else None
        key = (d, label, nk.k0) if nk is not None and nk.k1 else None
        links.append(old[i] if keep and key not in assigned else assigned[key] if key is not None else (None, None))
    rows = list(zip(*(cols[c] for c in ("doc_id", "start", "end", "label", "text", "tagger"))))
    seq = [before, *rows] if before is not None else rows
    if not force and all(x <= y for x, y in zip(seq, seq[1:])):
        for j, name in enumerate(("entity_id", "link_rule")):
            i = tagged.schema.get_field_index(name)
            field = tagged.schema.field(name)
            tagged = tagged.set_column(i, field, pa.array([lk[j] for lk in links], field.type))
    elif not force:  # pragma: no cover
        return None
    else:  # pragma: no cover - a safety net: build the table from the records, in link_mentions' order
        ms = [m.linked(*lk) for m, lk in zip(io.table_to_records(tagged, Mention), links)]
        ms.sort(key=lambda m: (m.doc_id, m.start, m.end, m.label, m.text, m.tagger))
        tagged = io.doc_table("mentions", ms)
        ids = tagged.column("doc_id").to_pylist()
    bounds = [i for i in range(len(ids)) if i == 0 or ids[i] != ids[i - 1]] + [len(ids)]
    return {ids[a]: tagged.slice(a, b - a) for a, b in zip(bounds, bounds[1:])}, (rows[-1] if rows else before)
