"""`hindi-extract report` and `compare --html`: the static HTML site of a small run.

The run: one seed article, the tiny article, an article with `<`, `&`, `"` and a nukta around its
mentions and claims, and a file that is not UTF-8 (an error row); tagged with the rules tagger.
Every page is parsed with html.parser: each mention/quantity/claim must sit in its article's text at
its character offsets, every relative link must resolve, two renders must be byte-identical and a
second render must rewrite nothing.
"""
from __future__ import annotations

import math
import shutil
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from click.testing import CliRunner

from pipeline import io, report, report_state
from pipeline.cli import main
from pipeline.report import Mark, mark_text
from pipeline.runner import run_all
from tests.conftest import MODELS, ROOT, SEED_000

SPECIAL = ('नई दिल्ली में प्रधानमंत्री नरेंद्र मोदी ने कहा कि "भारत & नेपाल <मित्र> देश हैं"। '
           'रिज\u093cर्व बैंक के अनुसार 50 से अधिक लोग घायल हुए। a<b && c>"d" </div><script>x</script>।\n')


def build_run(tmp: Path) -> Path:
    """A small run (rules tagger, one worker) in tmp/run; its corpus in tmp/corpus."""
    corpus = tmp / "corpus"
    corpus.mkdir(parents=True)
    shutil.copy(SEED_000, corpus)
    shutil.copy(ROOT / "tests/data/tiny_corpus/003_tiny.txt", corpus)
    (corpus / "010_special.txt").write_text(SPECIAL, encoding="utf-8")
    (corpus / "bad_latin1.txt").write_bytes("रूस".encode("utf-8") + "café <b>".encode("latin-1"))
    return run_all(corpus, tmp / "run", daily_params(tmp), MODELS).out


class Page(HTMLParser):
    """A parsed page: the text of each `div.text`, and per data-id the fragments inside it as
    (block, offset into the block's text, text, attributes); every id and relative link."""

    VOID = {"meta", "link", "input", "br", "img", "hr", "source", "wbr"}

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict | None]] = []
        self.blocks: list[str] = []
        self.block: list[str] | None = None
        self.depth_of_block = -1
        self.frags: dict[str, list[dict]] = defaultdict(list)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.elements: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        self.feed(source)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[t for t, _ in self.stack]}")

    @property
    def pos(self) -> int:
        return sum(map(len, self.block or []))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        if "id" in a:
            if a["id"] in self.ids:
                self.errors.append(f"duplicate id {a['id']}")
            self.ids.add(a["id"])
        for k in ("href", "src"):
            if a.get(k):
                self.links.append(a[k])
        if tag in self.VOID:
            return
        frag = None
        if self.block is not None and "data-id" in a:
            frag = {"block": len(self.blocks), "offset": self.pos, "text": [], "attrs": a}
            self.frags[a["data-id"]].append(frag)
        if tag == "div" and "text" in a.get("class", "").split():
            self.block, self.depth_of_block = [], len(self.stack)
        self.stack.append((tag, frag))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()
        if self.block is not None and len(self.stack) == self.depth_of_block:
            self.blocks.append("".join(self.block))
            self.block = None

    def handle_data(self, data):
        if self.block is None:
            return
        self.block.append(data)
        for _, frag in self.stack:
            if frag is not None:
                frag["text"].append(data)

    def span(self, key: str) -> tuple[int, int, str]:
        """(block, offset, text) of the mark `key`: its fragments joined (they must be contiguous)."""
        frags = self.frags[key]
        assert frags, f"{key} not in the page"
        block, start = frags[0]["block"], frags[0]["offset"]
        text, pos = "", start
        for f in frags:
            assert f["block"] == block and f["offset"] == pos, f"{key}: fragments not contiguous"
            t = "".join(f["text"])
            text, pos = text + t, pos + len(t)
        return block, start, text


def parse(path: Path) -> Page:
    page = Page(path.read_text(encoding="utf-8"))
    assert not page.errors, (path, page.errors[:5])
    return page


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    return build_run(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def site(run_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "report"
    counts = report.write_report(run_dir, out)
    assert counts["written"] == counts["files"] > 0
    return out


def tables(run_dir: Path) -> dict[str, pd.DataFrame]:
    return {t: pd.read_parquet(run_dir / f"{t}.parquet") for t in ("documents", "mentions", "quantities", "claims", "entities")}


def test_report_every_mention_quantity_claim_at_its_offsets(run_dir, site):
    t = tables(run_dir)
    n_checked = 0
    for doc in t["documents"].itertuples():
        page = parse(site / report.doc_path(doc.doc_id))
        assert page.blocks == [doc.text]  # the marked text is exactly the normalized text
        spans = [(m.mention_id, m.start, m.end, m.text) for m in t["mentions"][t["mentions"].doc_id == doc.doc_id].itertuples()]
        spans += [(q.quantity_id, q.start, q.end, q.text) for q in t["quantities"][t["quantities"].doc_id == doc.doc_id].itertuples()]
        for c in t["claims"][t["claims"].doc_id == doc.doc_id].itertuples():
            spans += [(c.claim_id, c.start, c.end, None), (f"{c.claim_id}/content", c.content_start, c.content_end, c.content)]
            if not pd.isna(c.speaker_start):
                spans.append((f"{c.claim_id}/speaker", int(c.speaker_start), int(c.speaker_end), c.speaker_text))
        for key, start, end, text in spans:
            _, offset, shown = page.span(key)
            first = page.frags[key][0]["attrs"]
            assert (offset, shown) == (start, doc.text[start:end]), key
            assert (first["data-start"], first["data-end"], first["id"]) == (str(start), str(end), key)
            if text is not None:
                assert shown == text
            n_checked += 1
    assert n_checked > 100


def test_report_mentions_link_to_their_entity_section(run_dir, site):
    t = tables(run_dir)
    linked = t["mentions"][t["mentions"].entity_id.notna()]
    assert len(linked) > 20
    for m in linked.itertuples():
        page = parse(site / report.doc_path(m.doc_id))
        attrs = page.frags[m.mention_id][0]["attrs"]
        href = attrs.get("href") or attrs.get("data-href")
        path, _, anchor = href.partition("#")
        target = parse((site / report.doc_path(m.doc_id)).parent / path)
        assert anchor in target.ids
        assert f'data-entity-id="{m.entity_id}"' in (site / report.doc_path(m.doc_id)).parent.joinpath(path).read_text(encoding="utf-8")


@pytest.mark.parametrize("fragment, escaped", [
    ("<मित्र>", "&lt;मित्र&gt;"),
    ("भारत & नेपाल", "भारत</a> &amp; <a"),
    ('a<b && c>"d"', 'a&lt;b &amp;&amp; c&gt;"d"'),
    ("</div><script>x</script>", "&lt;/div&gt;&lt;script&gt;x&lt;/script&gt;"),
    ("रिज\u093cर्व", "रिज\u093cर्व"),
])
def test_report_article_text_escaped(run_dir, site, fragment, escaped):
    doc = tables(run_dir)["documents"].set_index("doc_id").loc["010_special"]
    assert fragment in doc.text
    raw = (site / report.doc_path("010_special")).read_text(encoding="utf-8")
    assert escaped in raw
    assert "<script>x" not in raw and "<मित्र>" not in raw
    assert fragment in parse(site / report.doc_path("010_special")).blocks[0]


def test_report_error_row_shows_its_message(run_dir, site):
    docs = tables(run_dir)["documents"].set_index("doc_id")
    error = docs.loc["bad_latin1", "error"]
    assert docs.loc["bad_latin1", "status"] == "error" and "UTF-8" in error
    raw = (site / report.doc_path("bad_latin1")).read_text(encoding="utf-8")
    page = parse(site / report.doc_path("bad_latin1"))
    assert any(tag == "p" and a.get("class") == "error" for tag, a in page.elements)
    assert io_escape(error) in raw
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'class="status-error"' in index and io_escape(report._short(error)) in index


def io_escape(s: str) -> str:
    from markupsafe import escape

    return str(escape(s))


def test_report_relative_links_resolve(site):
    assert len(list(site.rglob("*.html"))) > 5
    assert assert_links_resolve(site) > 100


def assert_links_resolve(site: Path) -> int:
    """Every relative href/src of every page names a file of the site (and an id in it, with #);
    returns how many links were checked."""
    pages = sorted(site.rglob("*.html"))
    parsed = {p: parse(p) for p in pages}
    n = 0
    for p, page in parsed.items():
        for link in page.links:
            u = urlsplit(link)
            if u.scheme or link.startswith("//"):
                assert u.netloc == "www.wikidata.org", link  # the only external link: a QID's page
                continue
            target = (p.parent / unquote(u.path)).resolve() if u.path else p
            assert target.is_file(), (p, link)
            if u.fragment:
                assert unquote(u.fragment) in parsed[target].ids, (p, link)
            n += 1
    return n


def test_report_index_counts_events_and_speakers(run_dir, site):
    t = tables(run_dir)
    raw = (site / "index.html").read_text(encoding="utf-8")
    page = parse(site / "index.html")
    assert {"documents", "entities", "events", "speakers"} <= page.ids
    for doc_id in t["documents"].doc_id:
        assert f'href="{report.doc_path(doc_id)}"' in raw
    q = t["quantities"]
    deaths = q[(q.event == "घायल") & (q.kind == "count")]
    assert len(deaths) >= 2  # the tiny article and the special one
    assert f"<td>घायल</td><td>count</td><td>{len(deaths)}</td>" in raw
    assert report.fmt_num(deaths.value.sum()) in raw
    top = t["entities"].sort_values(["n_mentions", "entity_id"], ascending=[False, True]).iloc[0]
    assert raw.index(io_escape(top.canonical_name)) < raw.index('id="s-events"')


def test_report_entity_section_lists_mentions_claims_and_cooccurring(run_dir, site):
    t = tables(run_dir)
    ents = t["entities"].set_index("entity_id")
    claims = t["claims"][t["claims"].speaker_entity_id.notna()]
    assert len(claims)
    eid = claims.speaker_entity_id.value_counts().index[0]
    refs = report.entity_refs(t["entities"].to_dict("records"))
    raw = (site / refs[eid].page).read_text(encoding="utf-8")
    section = raw[raw.index(f'id="{refs[eid].anchor}"'):]
    section = section[: section.index("</section>")]
    assert io_escape(ents.loc[eid, "canonical_name"]) in section
    for m in t["mentions"][t["mentions"].entity_id == eid].itertuples():
        assert f"#{m.mention_id}\"" in section
    for c in claims[claims.speaker_entity_id == eid].itertuples():
        assert f"#{c.claim_id}\"" in section
    if not pd.isna(ents.loc[eid, "qid"]):
        assert f"https://www.wikidata.org/wiki/{ents.loc[eid, 'qid']}" in section
    assert "Appears most with" in section


def test_report_two_renders_identical_and_second_rewrites_nothing(run_dir, site, tmp_path):
    again = tmp_path / "again"
    report.write_report(run_dir, again)
    files = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    for rel in files:
        assert (site / rel).read_bytes() == (again / rel).read_bytes(), rel
    mtimes = {p: p.stat().st_mtime_ns for p in again.rglob("*") if p.is_file()}
    counts = report.write_report(run_dir, again)
    assert counts["written"] == counts["removed"] == 0 and counts["unchanged"] == counts["files"] == len(files) - 1
    assert {p: p.stat().st_mtime_ns for p in again.rglob("*") if p.is_file()} == mtimes
    (again / report.doc_path("003_tiny")).unlink()  # a page lost is written again, alone
    assert report.write_report(run_dir, again)["written"] == 1


def test_report_drops_pages_of_documents_no_longer_in_the_run(run_dir, tmp_path):
    out = tmp_path / "report"
    report.write_report(run_dir, out)
    smaller = tmp_path / "smaller"
    smaller.mkdir()
    for name in ("documents", "sentences", "mentions", "quantities", "claims", "entities"):
        tbl = pq.read_table(run_dir / f"{name}.parquet")
        if "doc_id" in tbl.schema.names:
            tbl = tbl.filter(pa.compute.not_equal(tbl["doc_id"], "003_tiny"))
        pq.write_table(tbl, smaller / f"{name}.parquet")
    counts = report.write_report(smaller, out)
    assert counts["removed"] == 1 and not (out / report.doc_path("003_tiny")).exists()
    assert (out / report.doc_path("010_special")).exists()


def test_report_paginates_documents_and_long_mention_lists(run_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(report, "DOCS_PER_PAGE", 2)
    monkeypatch.setattr(report, "ENTITIES_PER_LIST_PAGE", 3)
    monkeypatch.setattr(report, "CONTEXTS_INLINE", 1)
    monkeypatch.setattr(report, "CONTEXTS_PER_PAGE", 2)
    out = tmp_path / "paged"
    report.write_report(run_dir, out)
    assert (out / "documents-2.html").is_file() and not (out / "documents-3.html").exists()  # 4 documents
    index = (out / "index.html").read_text(encoding="utf-8")
    documents = index[index.index('id="documents"') : index.index("</table>", index.index('id="documents"'))]
    assert documents.count("<tr") == 1 + 2  # header and two documents
    assert (out / "all-entities-2.html").is_file()
    more = sorted(out.glob("entities/*/*-p2.html"))
    assert more
    assert_links_resolve(out)


@pytest.mark.parametrize("text, spans", [
    ("नरेंद्र मोदी ने कहा", [(0, 12), (0, 7), (8, 12)]),  # nested, same start
    ("क्\u200dष और श्\u200cर <b>&amp;", [(0, 4), (2, 9), (9, 19)]),  # crossing spans, ZWJ/ZWNJ, markup-like text
    ('"भारत & नेपाल <मित्र>"', [(1, 5), (1, 21), (8, 13), (14, 21), (21, 21)]),  # nested, equal ends, an empty span
    ("रिज\u093cर्व बैंक", [(0, 12), (0, 12), (4, 8), (-1, 3), (5, 99)]),  # equal spans; out of range
])
def test_mark_text_nests_splits_and_escapes(text, spans):
    marks = [Mark(s, e, "mention", f"k{i}", "m", i) for i, (s, e) in enumerate(spans)]
    marked, unplaced = mark_text(text, marks)
    assert {m.key for m in unplaced} == {f"k{i}" for i, (s, e) in enumerate(spans) if not 0 <= s <= e <= len(text)}
    page = Page(f'<div class="text">{marked}</div>')
    assert not page.errors and page.blocks == [text]
    for i, (s, e) in enumerate(spans):
        if 0 <= s <= e <= len(text):
            assert page.span(f"k{i}")[1:] == (s, text[s:e])
    assert "<b>" not in marked


def test_mark_text_never_nests_links():
    marked, _ = mark_text("नरेंद्र मोदी", [Mark(0, 12, "mention", "a", "m", 0, href="x.html"),
                                          Mark(0, 7, "mention", "b", "m", 1, href="y.html")])
    assert marked.count("<a ") == 1 and 'data-href="y.html"' in marked


def test_report_cli_and_missing_table(run_dir, tmp_path):
    result = CliRunner().invoke(main, ["report", str(run_dir), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert "index.html" in result.output and (tmp_path / "r" / "index.html").is_file()
    broken = tmp_path / "broken"
    broken.mkdir()
    shutil.copytree(run_dir / "documents.parquet", broken / "documents.parquet")
    result = CliRunner().invoke(main, ["report", str(broken), "--out", str(tmp_path / "r2")])
    assert result.exit_code == 1 and "mentions.parquet" in result.output


def edited_run(run_dir: Path, dest: Path) -> tuple[dict, dict]:
    """A copy of the run whose mentions table lost one LOC mention and gained one ORG mention."""
    shutil.copytree(run_dir, dest, ignore=shutil.ignore_patterns(".cache"))
    tbl = io.read_table(dest / "mentions.parquet", "mentions")
    rows = tbl.to_pylist()
    removed = next(r for r in rows if r["doc_id"] == "010_special" and r["label"] == "LOC" and r["text"] == "नेपाल")
    text = pd.read_parquet(dest / "documents.parquet").set_index("doc_id").loc["010_special", "text"]
    start = text.index("<मित्र>")
    added = {**removed, "start": start, "end": start + 7, "text": text[start : start + 7], "label": "ORG",
             "mention_id": f"010_special:{start}-{start + 7}:ORG", "entity_id": None, "link_rule": None}
    rows = [r for r in rows if r is not removed] + [added]
    io.write_arrow(dest / "mentions.parquet", pa.Table.from_pylist(rows, schema=tbl.schema))
    return removed, added


def test_compare_html_marks_added_and_removed_mentions(run_dir, tmp_path):
    removed, added = edited_run(run_dir, tmp_path / "b")
    html_dir = tmp_path / "html"
    result = CliRunner().invoke(main, ["compare", str(run_dir), str(tmp_path / "b"), "--out", str(tmp_path / "diff"),
                                       "--html", str(html_dir)])
    assert result.exit_code == 0, result.output
    assert "index.html" in result.output
    page = parse(html_dir / report.doc_path("010_special"))
    text = pd.read_parquet(run_dir / "documents.parquet").set_index("doc_id").loc["010_special", "text"]
    assert page.blocks == [text]
    marks = {(f[0]["attrs"]["data-change"], f[0]["attrs"]["data-kind"]): page.span(k) for k, f in page.frags.items()}
    assert marks[("removed", "mentions")][1:] == (removed["start"], "नेपाल")
    assert marks[("added", "mentions")][1:] == (added["start"], "<मित्र>")
    assert len(marks) == 2
    index = (html_dir / "index.html").read_text(encoding="utf-8")
    assert f'href="{report.doc_path("010_special")}"' in index
    assert f'href="{report.doc_path("003_tiny")}"' not in index  # unchanged: listed, no page
    assert_links_resolve(html_dir)


def test_compare_html_shows_score_deltas(tmp_path):
    from pipeline.compare import TableDiff

    pages = dict(report.compare_pages(
        ("A", "B"), [], [], {t: TableDiff(t, 0, 0, []) for t in ("mentions", "entities", "quantities", "claims")},
        [("entities.f1", 0.5, 0.75, 0.25), ("claims.f1", 0.9, 0.9, 0.0)]))
    assert "entities.f1" in pages["index.html"] and "+0.2500" in pages["index.html"]
    assert "claims.f1" not in pages["index.html"]  # unchanged scores are not listed


def test_write_tree_skips_unchanged_keys_and_rejects_bad_paths(tmp_path):
    calls = []

    def page(text: str):
        return lambda: calls.append(text) or text

    files = [("index.html", page("सूची"), "k1"), ("docs/a.html", page("क & ख"), "k2"), ("report.css", "body{}")]
    assert io.write_tree(tmp_path, files) == {"files": 3, "written": 3, "unchanged": 0, "skipped": 0, "removed": 0}
    assert calls == ["सूची", "क & ख"] and (tmp_path / "docs/a.html").read_text(encoding="utf-8") == "क & ख"
    calls.clear()
    files = [("index.html", page("सूची"), "k1"), ("docs/a.html", page("ग"), "k3")]
    assert io.write_tree(tmp_path, files) == {"files": 2, "written": 1, "unchanged": 1, "skipped": 1, "removed": 1}
    assert calls == ["ग"] and not (tmp_path / "report.css").exists()
    for bad in ("../x.html", "/x.html", "manifest.json"):
        with pytest.raises(ValueError):
            io.write_tree(tmp_path / "other", [(bad, "x")])
    with pytest.raises(ValueError):
        io.write_tree(tmp_path / "other", [("a.html", "x"), ("a.html", "y")])


# ----------------------------------------------------------------------------- incremental report (state folder)

DAILY = [  # (file name, article): added one a day, in this order (doc_id order differs: pages' neighbours change)
    ("010_special.txt", SPECIAL),
    ("005_more.txt", "नरेंद्र मोदी ने दिल्ली में कहा कि भारत आगे बढ़ेगा। रूस और भारत मित्र देश हैं।\n"),
    ("001_first.txt", "भारत के प्रधानमंत्री नरेंद्र मोदी ने कहा कि 20 लोग घायल हुए।\n"),
    ("bad_latin1.txt", None),  # not UTF-8: an error row
    ("007_moscow.txt", "रूस की राजधानी मास्को में 3 लोगों की मौत हुई, पुलिस ने बताया।\n"),
]


def site_files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def daily_params(tmp: Path) -> Path:
    params = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))
    params["tag"].update(backend="rules.v1", model="gazetteer-v1")
    path = tmp / "params.yaml"
    path.write_text(yaml.safe_dump(params, allow_unicode=True), encoding="utf-8")
    return path


def two_article_site(tmp: Path) -> tuple[Path, Path, Path, Path, Path]:
    """A run of two articles and its report made with a state: (params, corpus, run, site, state)."""
    params_path = daily_params(tmp)
    corpus, run, site, state = tmp / "corpus", tmp / "run", tmp / "site", tmp / "state"
    corpus.mkdir()
    shutil.copy(SEED_000, corpus)
    (corpus / "005_more.txt").write_text(DAILY[1][1], encoding="utf-8")
    run_all(corpus, run, params_path, MODELS)
    report.write_report(run, site, state)
    return params_path, corpus, run, site, state


def assert_same_site(run: Path, site: Path, tmp: Path) -> None:
    """`site` (made incrementally) holds exactly the files of the report made at once, without a state."""
    tmp.mkdir(parents=True, exist_ok=True)
    at_once = tmp / f"at_once_{len(list(tmp.iterdir()))}"
    report.write_report(run, at_once)
    assert site_files(site) == site_files(at_once)


def test_report_in_daily_increments_is_the_report_made_at_once(tmp_path):
    params_path = daily_params(tmp_path)
    corpus, run, site, state = tmp_path / "corpus", tmp_path / "run", tmp_path / "site", tmp_path / "state"
    corpus.mkdir()
    shutil.copy(SEED_000, corpus)
    run_all(corpus, run, params_path, MODELS)
    assert report.write_report(run, site, state)["written"] > 0
    for name, text in DAILY:
        data = text.encode("utf-8") if text is not None else "रूस".encode("utf-8") + "café <b>".encode("latin-1")
        (corpus / name).write_bytes(data)
        run_all(corpus, run, params_path, MODELS)
        counts = report.write_report(run, site, state)
        assert counts["skipped"] > 0  # unchanged pages are not even made
        assert_same_site(run, site, tmp_path / "cmp")
    # an article edited, one removed: their pages, their neighbours' and their entities' pages follow
    (corpus / "005_more.txt").write_text("नरेंद्र मोदी ने मुंबई में कहा कि भारत आगे बढ़ेगा।\n", encoding="utf-8")
    (corpus / "001_first.txt").unlink()
    run_all(corpus, run, params_path, MODELS)
    assert report.write_report(run, site, state)["removed"] == 1
    assert_same_site(run, site, tmp_path / "cmp")
    # nothing changed: nothing made
    counts = report.write_report(run, site, state)
    assert counts["written"] == 0 and counts["skipped"] == counts["files"] - 2  # the stylesheet and script


@pytest.mark.parametrize("edit", ["rename", "lose_state_bucket", "lose_doc_shard", "lose_site"])
def test_report_incremental_after_a_rename_or_a_lost_state(tmp_path, edit):
    params_path, corpus, run, site, state = two_article_site(tmp_path)
    if edit == "rename":  # the most mentioned entity gets another name: every page that shows it follows
        tbl = pq.read_table(run / "entities.parquet")
        names, n = tbl.column("canonical_name").to_pylist(), tbl.column("n_mentions").to_pylist()
        top = max(range(len(n)), key=n.__getitem__)
        names[top] += " (नया नाम)"
        i = tbl.schema.get_field_index("canonical_name")
        pq.write_table(tbl.set_column(i, tbl.schema.field(i), pa.array(names)), run / "entities.parquet")
    elif edit == "lose_state_bucket":  # a bucket file of the state lost, then an article added: made whole
        next((state / "report").rglob("buckets/*.pkl")).unlink()
        (corpus / "007_moscow.txt").write_text(DAILY[4][1], encoding="utf-8")
        run_all(corpus, run, params_path, MODELS)
    elif edit == "lose_doc_shard":  # a documents' state file lost: made whole
        next((state / "report").rglob("docs/*.pkl")).unlink()
        (corpus / "007_moscow.txt").write_text(DAILY[4][1], encoding="utf-8")
        run_all(corpus, run, params_path, MODELS)
    else:  # the site deleted: the state does not match it, every page is made
        shutil.rmtree(site)
    report.write_report(run, site, state)
    assert_same_site(run, site, tmp_path / "cmp")


def test_report_without_document_keys_falls_back_to_the_tables(run_dir, tmp_path):
    single = tmp_path / "single"  # single-file tables (no part manifests): made from the tables, as without a state
    single.mkdir()
    for name in ("documents", "sentences", "mentions", "quantities", "claims", "entities"):
        pq.write_table(pq.read_table(run_dir / f"{name}.parquet"), single / f"{name}.parquet")
    assert report_state.doc_signatures(single) is None and report_state.doc_signatures(run_dir) is not None
    report.write_report(single, tmp_path / "site", tmp_path / "state")
    assert_same_site(single, tmp_path / "site", tmp_path / "cmp")


def test_report_incremental_skips_unchanged_pages_and_remakes_lost_ones(tmp_path, monkeypatch):
    params_path, corpus, run, site, state = two_article_site(tmp_path)
    (corpus / "007_moscow.txt").write_text(DAILY[4][1], encoding="utf-8")
    run_all(corpus, run, params_path, MODELS)

    write_tree = report_state.io.write_tree

    def no_write_tree(*args, **kwargs):  # the site's folders are as the state left them: no page is looked at
        if kwargs.get("previous") is None:  # only the pages that may have changed are yielded, the rest kept
            raise AssertionError("io.write_tree called to check every page")
        counts = write_tree(*args, **kwargs)
        assert kwargs["kept"]
        return counts

    with monkeypatch.context() as m:
        m.setattr(report_state.io, "write_tree", no_write_tree)
        counts = report.write_report(run, site, state)
    assert counts["written"] > 0 and counts["skipped"] > 0
    assert_same_site(run, site, tmp_path / "cmp")
    # pages removed by hand (their folders' mtimes change): made again, alone
    (site / report.doc_path("005_more")).unlink()
    next((site / "entities").glob("*.html")).unlink()
    counts = report.write_report(run, site, state)
    assert counts["written"] == 2 and counts["removed"] == 0
    assert_same_site(run, site, tmp_path / "cmp")
    with monkeypatch.context() as m:  # and the next run trusts the folders again
        m.setattr(report_state.io, "write_tree", no_write_tree)
        assert report.write_report(run, site, state)["written"] == 0


def test_event_totals_exact_whatever_the_order_and_after_taking_back():
    docs = {f"d{i}": report.flat([("मौत", "count", v, "लोग"), ("", "money", v and v * 1e7, None)])
            for i, v in enumerate([0.1, 0.2, 0.3, 1e16, 1.0, -1e16, 2.5, None, 7.0])}
    whole = report._event_groups(docs)
    assert report._event_groups(dict(reversed(list(docs.items())))) == whole
    count = next(g for g in whole if g["kind"] == "count")
    assert count["total"] == math.fsum([0.1, 0.2, 0.3, 1e16, 1.0, -1e16, 2.5, 7.0]) == 11.1  # summed in order: 9.5
    assert count["n"] == count["n_docs"] == 9 and count["nouns"] == "लोग"
    groups: dict = {}
    for d in ["d8", "d1", "d3", "d0", "d2", "d5", "d7", "d6", "d4"]:
        report.event_update(groups, docs[d], 1)
    extra = report.flat([("मौत", "count", 1e300, "घायल"), ("बाढ़", "measure", float("inf"), None)])
    report.event_update(groups, extra, 1)
    assert report.events_out(groups) != whole
    report.event_update(groups, extra, -1)
    assert report.events_out(groups) == whole
    rows: dict = {}  # rows kept between runs: only the touched groups' are made again
    assert report.events_out(groups, rows) == whole
    touched: set = set()
    report.event_update(groups, extra, 1, touched)
    assert report.events_out(groups, rows, touched) == report.events_out(groups) != whole
    touched = set()
    report.event_update(groups, extra, -1, touched)
    assert report.events_out(groups, rows, touched) == whole and len(rows) == len(whole)
    nan = {"a": report.flat([("x", "count", float("nan"), None)]), "b": report.flat([("x", "count", 1.0, None)])}
    assert math.isnan(report._event_groups(nan)[0]["total"])
    infs = {"a": report.flat([("x", "count", float("inf"), None), ("x", "count", float("-inf"), None)])}
    assert math.isnan(report._event_groups(infs)[0]["total"])


def test_speaker_aggregates_give_the_speaker_groups():
    refs = report.entity_refs([{"entity_id": e, "canonical_name": n, "label": "PER"}
                               for e, n in [("PER:1", "मोदी"), ("PER:2", "मोदी"), ("PER:3", "पुलिस")]])
    rnd = __import__("random").Random(7)
    docs = {}
    for i in range(40):
        rows = [(rnd.choice(["PER:1", "PER:2", "PER:3", None, None]), rnd.choice(["मोदी", "पुलिस", None, "उन्होंने"]),
                 rnd.choice(["named", "pronoun", "role"]), rnd.choice(["direct", "indirect"]), rnd.random() < 0.3)
                for _ in range(rnd.randrange(0, 4))]
        docs[f"doc{i:02d}"] = report.flat(rows)
    expected = report._speaker_groups(docs, refs)
    assert report.speaker_rows(docs, refs) == expected
    by_eid: dict = {}
    by_text: dict = {}
    for d in rnd.sample(sorted(docs), len(docs)):  # any order, with documents taken back and given again
        report.speaker_update(by_eid, by_text, d, docs[d], 1)
    for d in sorted(docs)[::3]:
        report.speaker_update(by_eid, by_text, d, docs[d], -1)
    for d in sorted(docs)[::3]:
        report.speaker_update(by_eid, by_text, d, docs[d], 1)
    assert report.speakers_out(by_eid, by_text, refs) == expected
    fewer = {k: v for k, v in refs.items() if k != "PER:3"}  # a speaker that is no entity: the caller falls back
    assert report.speakers_out(by_eid, by_text, fewer) is None
    assert report.speaker_rows(docs, fewer) == report._speaker_groups(docs, fewer)


def test_report_keeps_its_compiled_templates_in_the_state(tmp_path, monkeypatch):
    """A report made with a state keeps jinja2's compiled templates there: the next report (a new process) does not
    compile them again, and makes the same site. The cache is set for that call only: a later render elsewhere does
    not write into the state, and a lost cache folder only means compiling again."""
    import jinja2

    compiled = []
    real = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile", lambda self, *a, **k: compiled.append(1) or real(self, *a, **k))
    report.environment.cache_clear()
    _, _, run, site, state = two_article_site(tmp_path)
    cached = sorted(p.name for p in (state / "report-templates").iterdir())
    assert compiled and len(cached) >= 5 and all(n.startswith("__jinja2_") for n in cached)
    compiled.clear()
    again = tmp_path / "again"
    report.write_report(run, again, state)  # another site: made whole, its templates from the cache
    assert not compiled and site_files(again) == site_files(site)
    assert not report._BYTECODE_DIR  # unset after the call
    shutil.rmtree(state / "report-templates")
    report.write_report(run, tmp_path / "third", state)  # the folder is made again
    assert compiled and site_files(tmp_path / "third") == site_files(site)


def test_report_signs_only_the_documents_of_parts_that_changed(tmp_path, monkeypatch):
    """A run that adds one article signs (report_state._signature) only the documents of the parts whose key changed
    in some table; the others keep the state's signatures, which are those made from scratch, and the site is the one
    made at once."""
    params_path = daily_params(tmp_path)
    params = yaml.safe_load(params_path.read_text(encoding="utf-8"))
    params["tables"]["docs_per_part"] = 2  # several parts for a few articles
    params_path.write_text(yaml.safe_dump(params, allow_unicode=True), encoding="utf-8")
    corpus, run, site, state = tmp_path / "corpus", tmp_path / "run", tmp_path / "site", tmp_path / "state"
    corpus.mkdir()
    shutil.copy(SEED_000, corpus)
    for name, text in DAILY[:3]:
        (corpus / name).write_text(text, encoding="utf-8")
    for i in range(8):  # articles that share no name with the new one
        (corpus / f"02{i}_rain.txt").write_text(f"आज सुबह {i + 2} घंटे तक तेज बारिश हुई।\n", encoding="utf-8")
    run_all(corpus, run, params_path, MODELS)
    report.write_report(run, site, state)
    name, text = DAILY[4]
    (corpus / name).write_text(text, encoding="utf-8")
    run_all(corpus, run, params_path, MODELS)
    signed = []
    real = getattr(report_state, "_signature", None)
    monkeypatch.setattr(report_state, "_signature", lambda tables, d: signed.append(d) or real(tables, d), raising=False)
    report.write_report(run, site, state)
    monkeypatch.setattr(report_state, "_signature", real)
    docs = sorted(io.read_manifest(run / "documents.parquet")["docs"])
    assert "007_moscow" in signed and len(set(signed)) < len(docs) - 4
    saved = io.read_pickle(next((state / "report").rglob("state.pkl")))
    assert {d: v[0] for d, v in saved["docs"].items()} == report_state.doc_signatures(run)[0]
    assert_same_site(run, site, tmp_path / "cmp")


def test_report_reads_the_site_manifest_once(tmp_path, monkeypatch):
    """A run made with a state reads the site's manifest.json once (to check it is the one the state was saved with):
    the manifest write_tree leaves is taken from it, not read and parsed again (at 13,830 articles it is MBs)."""
    params_path, corpus, run, site, state = two_article_site(tmp_path)
    (corpus / "007_moscow.txt").write_text(DAILY[4][1], encoding="utf-8")
    run_all(corpus, run, params_path, MODELS)
    reads = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self.name) or real(self))
    report.write_report(run, site, state)
    monkeypatch.setattr(Path, "read_bytes", real)
    assert reads.count("manifest.json") == 1
    assert_same_site(run, site, tmp_path / "cmp")
    saved = io.read_pickle(next((state / "report").rglob("state.pkl")))
    assert saved["site"] == __import__("hashlib").sha256((site / "manifest.json").read_bytes()).hexdigest()


def test_report_with_a_state_pauses_the_garbage_collector_and_restores_it(tmp_path, monkeypatch):
    """The report made with a state runs with Python's cyclic garbage collector paused (its state is many small tuples
    and no cycles; each full pass walks every live object) and leaves the collector as it found it."""
    import gc

    seen = []
    real = report_state.write_report_incremental
    monkeypatch.setattr(report_state, "write_report_incremental", lambda *a: seen.append(gc.isenabled()) or real(*a))
    _, _, run, site, state = two_article_site(tmp_path)
    assert gc.isenabled()
    report.write_report(run, site, state)
    assert seen == [False, False] and gc.isenabled()
    gc.disable()
    try:
        report.write_report(run, site, state)
        assert not gc.isenabled()  # left as it was
    finally:
        gc.enable()


def test_report_state_keeps_each_entity_row_alone(tmp_path):
    """The state keeps each entity's row, not its ref beside it (page and anchor follow from its id, name and label):
    half the objects of the entities' state to read and write on every run, and a renamed entity still remakes the
    pages that show it (test_report_incremental_after_a_rename_or_a_lost_state)."""
    _, _, run, site, state = two_article_site(tmp_path)
    saved = io.read_pickle(next((state / "report").rglob("state.pkl")))
    rows = report._cols(io.read_table(run / "entities.parquet", "entities"))
    assert saved["ents"] == {e["entity_id"]: tuple(e.values()) for e in rows}
    assert saved["ident"]["entity_columns"] == tuple(rows[0])


def test_report_hashes_each_entity_bucket_once(tmp_path, monkeypatch):
    """A run made with a state hashes each entity's id into its page's bucket once (its ref's page), not again to
    group the entities by page: at 13,830 articles 16k sha1s less per run."""
    params_path, corpus, run, site, state = two_article_site(tmp_path)
    (corpus / "007_moscow.txt").write_text(DAILY[4][1], encoding="utf-8")
    run_all(corpus, run, params_path, MODELS)
    n_entities = len(io.read_table(run / "entities.parquet", "entities"))
    width = report.bucket_width(n_entities)
    calls = []
    real = report.entity_bucket

    def spy(eid, w):
        calls.append(w)
        return real(eid, w)

    monkeypatch.setattr(report, "entity_bucket", spy)
    monkeypatch.setattr(report_state, "entity_bucket", spy)
    report.write_report(run, site, state)
    monkeypatch.undo()
    page_hashes = calls.count(width)
    assert page_hashes == n_entities  # the refs' pages (the touched entities' pages are theirs: none removed here)
    assert_same_site(run, site, tmp_path / "cmp")


def test_entity_rows_are_the_html_of_the_template_loop():
    """report.entity_rows (the entities table's rows, made in Python: an all-entities page holds 500) gives exactly the
    HTML the template loop gave: each value escaped as autoescape does, the aliases joined, shortened and escaped."""
    import jinja2

    loop = ("{% for e in entities %}\n<tr><td>{{ offset + loop.index }}</td><td><a class=\"m m-{{ e.label if e.label in "
            "LABELS else 'other' }}\" href=\"{{ e.href }}\">{{ e.canonical_name }}</a></td><td>{{ e.label }}</td><td>{{ "
            "e.n_mentions }}</td><td>{{ e.n_docs }}</td><td>{{ e.qid or \"\" }}</td><td>{{ e.name_en or \"\" }}</td><td "
            "class=\"note\">{{ e.aliases|join(\", \")|short(100) }}</td></tr>\n{% endfor %}\n")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters["short"] = report._short
    env.globals.update(LABELS=report.LABELS)
    entities = [
        {"entity_id": "PER:1", "label": "PER", "canonical_name": "मोदी <b>&\"'", "href": "entities/0a.html#e-PER_1",
         "n_mentions": 12, "n_docs": 3, "qid": "Q1", "name_en": "Modi & co", "aliases": ["a<b", "c & d", "  x \n y "]},
        {"entity_id": "X:2", "label": "EVENT", "canonical_name": "x", "href": "entities/1b.html#e-X_2", "n_mentions": 1,
         "n_docs": 1, "qid": None, "name_en": "", "aliases": []},
        {"entity_id": "LOC:3", "label": "LOC", "canonical_name": "दिल्ली", "href": "entities/2c.html#e-LOC_3",
         "n_mentions": 7, "n_docs": 7, "qid": "", "name_en": None, "aliases": ["दिल्ली " * 30, "<script>"]},
    ]
    for offset in (0, 500):
        expected = env.from_string(loop).render(entities=entities, offset=offset)
        got = report.entity_rows(entities, offset)
        assert isinstance(got, report.Markup) and str(got) == expected
