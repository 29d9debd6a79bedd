"""The CLI end to end on a small corpus: the two seed articles, one small article and bad files."""
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pipeline import io
from pipeline.cli import main
from tests.conftest import CORPUS, GOLD, ROOT, SEED_000, SEED_002, table_bytes

TABLES = ("documents", "sentences", "mentions", "entities", "quantities", "claims")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    for p in (SEED_000, SEED_002, ROOT / "tests/data/tiny_corpus/003_tiny.txt"):
        shutil.copy(p, d)
    (d / "bad_latin1.txt").write_bytes("रूस".encode("utf-8") + "café".encode("latin-1"))
    (d / "bad_empty.txt").write_bytes(b"")
    (d / "bad_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    (d / "bad_krutidev.txt").write_text("jk\"Vªifr us dgk fd ns'k esa 'kkafr gSA", encoding="utf-8")
    gold = d / "gold"
    gold.mkdir()
    for p in GOLD.glob("*.json"):
        shutil.copy(p, gold)
    return d


def invoke(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def run_out(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    invoke("run", corpus, "--out", out, "--gold", corpus / "gold", "--params", ROOT / "params.yaml",
           "--models", ROOT / "models")
    return out


def table(out, name):
    return pd.read_parquet(out / f"{name}.parquet")


def test_cli_run_writes_all_tables_with_schemas(run_out):
    for name in TABLES:
        io.read_table(run_out / f"{name}.parquet", name)  # schema check
        meta = io.table_metadata(run_out / f"{name}.parquet")
        assert meta["pipeline_version"] and meta["params_digest"] and meta["schema_version"]
        # the tagger is named from the tag stage on; documents and sentences do not depend on it
        assert ("tagger" in meta) == (name not in ("documents", "sentences")), name


def test_cli_table_metadata_digests_only_the_params_a_table_depends_on(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_000, corpus)
    params = tmp_path / "params.yaml"
    text = (ROOT / "params.yaml").read_text(encoding="utf-8")
    params.write_text(text, encoding="utf-8")
    args = ["--params", params, "--models", ROOT / "models", "--workers", 1]
    invoke("run", corpus, "--out", tmp_path / "a", *args)
    params.write_text(text.replace("min_content_tokens: 1", "min_content_tokens: 2"), encoding="utf-8")  # a claims setting
    invoke("run", corpus, "--out", tmp_path / "b", *args)
    for name in ("documents", "sentences", "mentions"):  # upstream of claims: the same tables
        assert table_bytes(tmp_path / "a" / f"{name}.parquet") == table_bytes(tmp_path / "b" / f"{name}.parquet"), name
    assert io.table_metadata(tmp_path / "a" / "claims.parquet")["params_digest"] != \
        io.table_metadata(tmp_path / "b" / "claims.parquet")["params_digest"]


def test_cli_bad_files_become_error_rows(run_out):
    docs = table(run_out, "documents").set_index("doc_id")
    assert (docs.loc[["000_64a6875869c99df1", "002_a37c33529a3d4f3e", "003_tiny"], "status"] == "ok").all()
    errors = docs[docs.status == "error"]
    assert sorted(errors.index) == ["bad_binary", "bad_empty", "bad_krutidev", "bad_latin1"]
    assert "UTF-8" in errors.loc["bad_latin1", "error"]
    assert "empty" in errors.loc["bad_empty", "error"]
    assert "binary" in errors.loc["bad_binary", "error"]
    assert "Devanagari" in errors.loc["bad_krutidev", "error"]
    assert (errors.n_sentences == 0).all()


def test_cli_no_sentence_starts_with_closing_quote(run_out):
    sents = table(run_out, "sentences")
    assert not sents.text.str.match(r"^[\"”’']").any()
    docs = table(run_out, "documents").set_index("doc_id")
    for row in sents.itertuples():
        assert docs.loc[row.doc_id, "text"][row.start : row.end] == row.text


@pytest.mark.parametrize(
    "text, value, modifier, noun, event",
    [
        ("2000 से अधिक सैनिकों", 2000.0, "more_than", "सैनिक", "तैनात"),
        ("250 से अधिक उपकरण", 250.0, "more_than", "उपकरण", None),
        ("20 कज़ाख सुरक्षाकर्मी", 20.0, "exact", "सुरक्षाकर्मी", "मारे गए"),
    ],
)
def test_cli_seed_quantities(run_out, text, value, modifier, noun, event):
    q = table(run_out, "quantities")
    row = q[q.text.str.contains(text.split()[0]) & q.text.str.contains(noun)]
    assert len(row) == 1, q[["text", "value"]]
    row = row.iloc[0]
    assert (row.value, row.modifier, row.noun) == (value, modifier, noun)
    if event:
        assert row.event == event


def test_cli_tokayev_variants_share_one_entity(run_out):
    m = table(run_out, "mentions")
    ids = set(m[m.text.isin(["टोकायव", "तोकायेव", "टोकायेव", "कासिम-जोमार्ट टोकायव"])].entity_id)
    assert len(ids) == 1 and None not in ids
    ents = table(run_out, "entities").set_index("entity_id")
    aliases = set(ents.loc[ids.pop(), "aliases"])
    assert {"टोकायव", "तोकायेव"} <= aliases


def test_cli_claims_found(run_out):
    c = table(run_out, "claims")
    assert len(c) >= 5
    assert set(c.quote_type) <= {"direct", "indirect"}
    assert c.content.str.contains("विदेशी लड़ाकों सहित आतंकवादी").any()


def test_cli_metrics_written(run_out):
    metrics = io.read_json(run_out / "metrics.json")
    assert metrics["n_gold_docs"] == 2
    for key in ("entities", "links", "quantities", "claims"):
        assert 0.0 <= metrics[key]["f1"] <= 1.0


def test_cli_run_is_deterministic_and_cached(corpus, run_out, tmp_path):
    out = tmp_path / "again"
    invoke("run", corpus, "--out", out, "--params", ROOT / "params.yaml", "--models", ROOT / "models")
    for name in TABLES:
        assert table_bytes(out / f"{name}.parquet") == table_bytes(run_out / f"{name}.parquet"), name


def test_cli_stage_commands_chain(corpus, tmp_path):
    """The commands the DVC stages call, one by one, give the same tables as `run`."""
    p, m, c = ROOT / "params.yaml", ROOT / "models", tmp_path / "cache"
    invoke("normalize", corpus, tmp_path / "i_docs.parquet", "--params", p, "--cache", c)
    invoke("segment", tmp_path / "i_docs.parquet", tmp_path / "documents.parquet", tmp_path / "sentences.parquet",
           "--params", p, "--cache", c)
    invoke("tag", tmp_path / "sentences.parquet", tmp_path / "i_mentions.parquet", "--params", p, "--models", m)
    invoke("link", tmp_path / "i_mentions.parquet", tmp_path / "documents.parquet", tmp_path / "mentions.parquet",
           tmp_path / "entities.parquet", "--params", p, "--models", m)
    invoke("extract", tmp_path / "documents.parquet", tmp_path / "sentences.parquet", tmp_path / "mentions.parquet", tmp_path / "quantities.parquet",
           tmp_path / "claims.parquet", "--params", p, "--models", m)
    r = invoke("evaluate", tmp_path, corpus / "gold", tmp_path / "metrics.json", "--params", p, "--models", m)
    assert "claims F1" in r.output
    assert pq.read_table(tmp_path / "claims.parquet").num_rows > 0


@pytest.fixture(scope="module")
def staged(corpus, tmp_path_factory):
    """The stage commands' tables and cache (what the DVC stages write) for the small corpus."""
    d = tmp_path_factory.mktemp("staged")
    p, m, c = ROOT / "params.yaml", ROOT / "models", d / "cache"
    t = d / "tables"
    invoke("normalize", corpus, t / "i_docs.parquet", "--params", p, "--cache", c)
    invoke("segment", t / "i_docs.parquet", t / "documents.parquet", t / "sentences.parquet", "--params", p, "--cache", c)
    invoke("tag", t / "sentences.parquet", t / "i_mentions.parquet", "--params", p, "--models", m, "--cache", c)
    invoke("link", t / "i_mentions.parquet", t / "documents.parquet", t / "mentions.parquet", t / "entities.parquet",
           "--params", p, "--models", m, "--keep-ids", "--cache", c)
    invoke("extract", t / "documents.parquet", t / "sentences.parquet", t / "mentions.parquet",
           t / "quantities.parquet", t / "claims.parquet", "--params", p, "--models", m, "--cache", c)
    return d


def _set_doc_key(table, doc_id):
    manifest = io.read_json(table / io.MANIFEST)
    manifest["docs"][doc_id] = "0" * 64  # as if the document's rows had changed
    io.write_json(table / io.MANIFEST, manifest)


@pytest.mark.parametrize("change,computed", [
    (None, False),                                                       # a re-run: the kept metrics
    (lambda d: _set_doc_key(d / "tables" / "mentions.parquet", "003_tiny"), False),  # a document without gold
    (lambda d: _set_doc_key(d / "tables" / "claims.parquet", "000_64a6875869c99df1"), True),  # a gold document's rows
    (lambda d: (d / "gold" / "002_a37c33529a3d4f3e.json").write_text(  # a gold file (वक्ता: the speaker)
        (d / "gold" / "002_a37c33529a3d4f3e.json").read_text(encoding="utf-8") + "\n", encoding="utf-8"), True),
    (lambda d: [f.write_text('{"key": "x"', encoding="utf-8") for f in (d / "cache" / "evaluate").glob("*.json")],
     True),                                                              # an unreadable memo
])
def test_cli_evaluate_keeps_its_metrics_while_the_gold_rows_are_unchanged(corpus, staged, tmp_path, monkeypatch,
                                                                          change, computed):
    import pipeline.link

    d = tmp_path / "run"
    shutil.copytree(staged, d)
    shutil.copytree(corpus / "gold", d / "gold")
    p, m, t = ROOT / "params.yaml", ROOT / "models", d / "tables"
    args = ["evaluate", t, d / "gold", t / "metrics.json", "--params", p, "--models", m]
    first = invoke(*args, "--cache", d / "cache")
    plain = invoke(*args[:3], t / "plain.json", *args[4:])  # without a cache: the same file
    assert (t / "plain.json").read_bytes() == (t / "metrics.json").read_bytes()
    expected = (t / "metrics.json").read_bytes()
    (t / "metrics.json").unlink()  # DVC removes a stage's outputs before it runs
    if change is not None:
        change(d)
    calls = []
    load = pipeline.link.load_aliases
    monkeypatch.setattr(pipeline.link, "load_aliases", lambda *a: calls.append(a) or load(*a))
    again = invoke(*args, "--cache", d / "cache")
    assert bool(calls) == computed
    if not computed:
        assert (t / "metrics.json").read_bytes() == expected
        assert again.output == first.output == plain.output.replace("plain.json", "metrics.json")


def test_cli_run_optional_missing_corpus(tmp_path):
    invoke("run", tmp_path / "absent", "--out", tmp_path / "o", "--optional", "--params", ROOT / "params.yaml")
    assert "skipped" in io.read_json(tmp_path / "o" / "metrics.json")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "absent"), "--out", str(tmp_path / "o2")])
    assert result.exit_code != 0 and "not found" in result.output


def test_cli_unknown_params_key_is_clear(corpus, tmp_path):
    bad = tmp_path / "params.yaml"
    bad.write_text("segment:\n  delimiterz: danda_only\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["normalize", str(corpus), str(tmp_path / "d.parquet"), "--params", str(bad)])
    assert result.exit_code == 0  # normalize does not read the segment section
    result = CliRunner().invoke(
        main, ["segment", str(tmp_path / "d.parquet"), str(tmp_path / "d2.parquet"), str(tmp_path / "s.parquet"),
               "--params", str(bad)])
    assert result.exit_code == 1
    assert "ParamsError" in result.output and "delimiterz" in result.output


def test_cli_missing_model_is_one_clear_line(corpus, tmp_path):
    bad = tmp_path / "params.yaml"
    bad.write_text("tag:\n  backend: spacy.v1\n  model: ner-hi-nope-v9\n", encoding="utf-8")
    invoke("normalize", corpus, tmp_path / "d.parquet", "--params", bad)
    invoke("segment", tmp_path / "d.parquet", tmp_path / "d2.parquet", tmp_path / "s.parquet", "--params", bad)
    result = CliRunner().invoke(main, ["tag", str(tmp_path / "s.parquet"), str(tmp_path / "m.parquet"),
                                       "--params", str(bad), "--models", str(ROOT / "models")])
    assert result.exit_code == 1
    assert "ner-hi-nope-v9 not found" in result.output and "Traceback" not in result.output


def test_cli_adding_an_article_only_processes_that_article(tmp_path):
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    shutil.copy(SEED_000, corpus)
    args = ["--params", ROOT / "params.yaml", "--models", ROOT / "models", "--cache", cache]
    invoke("run", corpus, "--out", tmp_path / "o1", *args)
    # link keeps one name-keys memo, not per document; manifests hold each table's per-document keys
    per_doc = [d for d in cache.iterdir() if d.name not in ("link", "manifests", "stats")]  # stats: per-part counts
    entries = {stage.name: set(stage.rglob("*.arrow")) for stage in per_doc}
    assert entries and all(len(v) == 1 for v in entries.values())
    memo = list((cache / "link").glob("name_keys-*.pkl"))
    assert len(memo) == 1
    shutil.copy(SEED_002, corpus)
    invoke("run", corpus, "--out", tmp_path / "o2", *args)
    for stage in per_doc:
        after = set(stage.rglob("*.arrow"))
        assert entries[stage.name] <= after and len(after) == 2, stage.name  # one new entry per stage
    assert list((cache / "link").glob("name_keys-*.pkl")) == memo  # grown in place, same code version
    docs = table(tmp_path / "o2", "documents")
    assert sorted(docs.doc_id) == ["000_64a6875869c99df1", "002_a37c33529a3d4f3e"]
    # cached rows and computed rows make the same bytes: a fresh run (own empty cache) gives identical tables
    invoke("run", corpus, "--out", tmp_path / "o3", "--params", ROOT / "params.yaml", "--models", ROOT / "models")
    for name in ("documents", "sentences", "mentions", "entities", "quantities", "claims"):
        assert table_bytes(tmp_path / "o2" / f"{name}.parquet") == table_bytes(tmp_path / "o3" / f"{name}.parquet"), name


def test_cli_entity_ids_survive_a_new_article_with_a_fuller_name(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    # `ठाकरे` (no alias row: several public people share it; `मोदी` has one since aliases-v16)
    (corpus / "a.txt").write_text("मुख्यमंत्री ठाकरे ने कहा कि सब ठीक है।", encoding="utf-8")
    args = ["--params", ROOT / "params.yaml", "--models", ROOT / "models", "--workers", 1]
    invoke("run", corpus, "--out", out, *args)
    m = table(out, "mentions")
    first = m[m.text == "ठाकरे"].entity_id.iloc[0]
    (corpus / "b.txt").write_text("मुख्यमंत्री उद्धव ठाकरे ने कहा कि राज्य आगे बढ़ेगा। ठाकरे ने धन्यवाद दिया।",
                                  encoding="utf-8")
    invoke("run", corpus, "--out", out, *args)
    m = table(out, "mentions")
    # a bare surname never joins a person of another article (link.xdoc_surname: false): the first
    # article's entity keeps its id, the new article's full name and surname form one entity
    assert set(m[(m.doc_id == "a") & (m.text == "ठाकरे")].entity_id) == {first}
    b = set(m[(m.doc_id == "b") & m.text.isin(["ठाकरे", "उद्धव ठाकरे"])].entity_id)
    assert len(b) == 1 and b != {first}
    # a fresh run over both articles gives the same ids
    invoke("run", corpus, "--out", tmp_path / "fresh", *args)
    fresh = table(tmp_path / "fresh", "mentions")
    assert set(fresh[(fresh.doc_id == "a") & (fresh.text == "ठाकरे")].entity_id) == {first}


def _articles(folder: Path) -> None:
    """Six different small articles (sentences of the two seeds, one article each)."""
    folder.mkdir()
    lines = [ln for seed in (SEED_000, SEED_002) for ln in seed.read_text(encoding="utf-8").split("।") if len(ln) > 40]
    for i in range(6):
        (folder / f"a{i}.txt").write_text("।".join(lines[i * 3:i * 3 + 3]) + "।", encoding="utf-8")


def test_cli_tables_are_datasets_and_increments_give_the_same_tables(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    params = tmp_path / "params.yaml"
    params.write_text((ROOT / "params.yaml").read_text(encoding="utf-8").replace("docs_per_part: 64", "docs_per_part: 2"),
                      encoding="utf-8")
    args = ["--params", params, "--models", ROOT / "models", "--workers", 1]
    _articles(tmp_path / "all")
    daily = tmp_path / "corpus"
    shutil.copytree(tmp_path / "all", daily)
    invoke("run", daily, "--out", tmp_path / "once", *args)
    # the same articles (same paths) arriving on three days, one run each
    shutil.rmtree(daily)
    daily.mkdir()
    for day in range(3):
        for i in (2 * day, 2 * day + 1):
            shutil.copy(tmp_path / "all" / f"a{i}.txt", daily)
        invoke("run", daily, "--out", tmp_path / "inc", *args)
    for name in TABLES:
        once, inc = tmp_path / "once" / f"{name}.parquet", tmp_path / "inc" / f"{name}.parquet"
        assert table_bytes(once) == table_bytes(inc), name
        if name == "entities":  # one table over all documents: a single file
            assert once.is_file()
            continue
        assert once.is_dir() and len(list(once.glob("part-*.parquet"))) >= 2, name
        assert pd.read_parquet(once).equals(io.read_table(once, name).to_pandas()), name
        n = duckdb.sql(f"select count(*) from read_parquet('{once}/*.parquet')").fetchall()[0][0]
        assert n == io.read_table(once, name).num_rows, name
    # one more article rewrites one part per table, the others keep their files (and mtimes)
    before = {f: f.stat().st_mtime_ns for f in (tmp_path / "inc").glob("*.parquet/part-*.parquet")}
    (daily / "zz.txt").write_text("रूस ने कहा कि 20 सैनिक मारे गए।", encoding="utf-8")
    invoke("run", daily, "--out", tmp_path / "inc", *args)
    after = {f: f.stat().st_mtime_ns for f in (tmp_path / "inc").glob("*.parquet/part-*.parquet")}
    changed = {f.parent.name for f in after if before.get(f) != after[f]}
    assert changed and all(sum(1 for f in after if f.parent.name == t and before.get(f) != after[f]) <= 2 for t in changed)
    assert sum(before.get(f) == after[f] for f in after) >= len(before) // 2


def test_cli_hostile_corpus_every_good_file_complete_every_bad_one_an_error_row(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good = "रूस ने कहा कि कज़ाख़स्तान में 2,000 सैनिक भेजे गए। राष्ट्रपति टोकायव ने धन्यवाद दिया।"
    files = {
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR",
        "latin1.txt": "Café au lait, très bien".encode("latin-1"),
        "utf16.txt": good.encode("utf-16"),
        "truncated.txt": good.encode("utf-8")[:-2],
        "krutidev.txt": "jk\"Vªifr us dgk fd ns'k esa 'kkafr gSA".encode("utf-8"),
        "page.txt": f"<html><body><script>x=1</script><p>{good}</p><p>&copy; 2020</p></body></html>".encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + good.encode("utf-8"),
        "crlf.txt": good.replace("। ", "।\r\n").encode("utf-8"),
        "longline.txt": ("उन्होंने कहा कि सैनिक आए. " * 4000).encode("utf-8"),  # 100 KB, one line
        "digits.txt": "२०२२ में १,२०० लोग प्रभावित हुए।".encode("utf-8"),
        "zwj.txt": "क्\u200dष और र्\u200dय लिखे गए। भारत\u200c में।".encode("utf-8"),
        "UPPER.TXT": good.encode("utf-8"),
    }
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    out = tmp_path / "out"
    result = invoke("run", corpus, "--out", out, "--params", ROOT / "params.yaml", "--models", ROOT / "models",
                    "--workers", 1)
    docs = table(out, "documents").set_index("doc_id")
    assert sorted(docs.index) == sorted(name.rsplit(".", 1)[0] for name in files)
    bad = {"binary", "latin1", "truncated", "krutidev"}
    assert set(docs.index[docs.status == "error"]) == bad
    assert docs.loc[sorted(bad), "error"].str.len().gt(10).all()
    assert docs.loc["page", "warning"] and "<" not in docs.loc["page", "text"] and "x=1" not in docs.loc["page", "text"]
    for name in ("utf16", "page", "bom", "crlf", "UPPER"):
        assert "टोकायव" in docs.loc[name, "text"], name
    assert docs.loc["longline", "n_sentences"] == 4000
    assert "12 documents" not in result.output and "8 documents ok, 4 with errors" in result.output


def test_cli_run_without_articles_fails_clearly(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code != 0 and "no article" in result.output


def test_cli_run_works_outside_the_project(tmp_path, monkeypatch):
    """Without --params/--models and no params.yaml in the current folder, the project's are used."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_000, corpus)
    monkeypatch.chdir(tmp_path)
    result = invoke("run", corpus, "--out", tmp_path / "out", "--workers", 1)
    assert "1 documents ok, 0 with errors" in result.output
    assert (table(tmp_path / "out", "entities").label == "PER").any()


def test_cli_tables_name_the_tagger_that_wrote_the_mentions(run_out):
    mentions = table(run_out, "mentions")
    (tagger,) = set(mentions.tagger)
    assert tagger.startswith("hybrid.v2/")
    for name in ("mentions", "entities", "quantities", "claims"):
        assert io.table_metadata(run_out / f"{name}.parquet")["tagger"] == tagger, name


def test_cli_a_new_pipeline_version_rewrites_every_part(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_000, corpus)
    args = ["--params", ROOT / "params.yaml", "--models", ROOT / "models", "--workers", 1]
    invoke("run", corpus, "--out", tmp_path / "out", *args)
    from pipeline import runner

    monkeypatch.setattr(runner, "__version__", "9.9.9")
    monkeypatch.setattr(io, "__version__", "9.9.9")
    invoke("run", corpus, "--out", tmp_path / "out", *args)
    for name in ("documents", "sentences", "mentions", "quantities", "claims", "entities"):
        assert io.table_metadata(tmp_path / "out" / f"{name}.parquet")["pipeline_version"] == "9.9.9", name


def test_cli_stage_process_imports_no_pandas(tmp_path):
    """A stage command's process (what DVC starts for each stage) does not import pandas through pyarrow, nor
    pyarrow.compute where it does not filter rows, and collects garbage rarely (a short-lived process)."""
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "001_a.txt").write_text("रूस के राष्ट्रपति पुतिन ने कहा कि भारत मित्र है।\n", encoding="utf-8")
    code = ("import sys; from pipeline.cli import main\n"
            f"sys.argv = ['hindi-extract', 'normalize', {str(corpus)!r}, {str(tmp_path / 'docs.parquet')!r}, "
            f"'--params', {str(ROOT / 'params.yaml')!r}, '--cache', {str(tmp_path / 'cache')!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "import gc; print('pandas' in sys.modules, 'pyarrow.compute' in sys.modules, gc.get_threshold()[0])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.splitlines()[-1] == "False False 100000"
    assert io.read_table(tmp_path / "docs.parquet", "documents").num_rows == 1


# A stage process other than tag imports pyarrow with numpy hidden (cli.WITHOUT_NUMPY): it must never need numpy
# (a later `import numpy` would leave pyarrow without it: to_numpy fails, to_pandas crashes). Each such command,
# in a process of its own as DVC starts it, ends without numpy loaded and writes the tables of the in-process run.
_STAGE_PROCESS = ("import sys\nfrom pipeline.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n"
                  "    assert not e.code, e.code\nprint('numpy loaded:', 'numpy' in sys.modules)\n")


@pytest.mark.parametrize("stage", ["normalize", "segment", "link", "extract", "evaluate", "report"])
def test_cli_stage_processes_run_without_numpy(corpus, staged, tmp_path, stage):
    import subprocess
    import sys

    from pipeline.cli import WITHOUT_NUMPY

    assert stage in WITHOUT_NUMPY
    p, m, t, o = ROOT / "params.yaml", ROOT / "models", staged / "tables", tmp_path
    args, same = {
        "normalize": ([corpus, o / "i_docs.parquet", "--params", p], ["i_docs.parquet"]),
        "segment": ([t / "i_docs.parquet", o / "documents.parquet", o / "sentences.parquet", "--params", p],
                    ["documents.parquet", "sentences.parquet"]),
        "link": ([t / "i_mentions.parquet", t / "documents.parquet", o / "mentions.parquet", o / "entities.parquet",
                  "--params", p, "--models", m, "--keep-ids"], ["mentions.parquet", "entities.parquet"]),
        "extract": ([t / "documents.parquet", t / "sentences.parquet", t / "mentions.parquet", o / "quantities.parquet",
                     o / "claims.parquet", "--params", p, "--models", m], ["quantities.parquet", "claims.parquet"]),
        "evaluate": ([t, corpus / "gold", o / "metrics.json", "--params", p, "--models", m], []),
        "report": ([t, "--out", o / "report"], []),
    }[stage]
    if same:  # the staged tables were written under a cache (their manifests keep the documents' keys)
        args += ["--cache", o / "cache"]
    out = subprocess.run([sys.executable, "-c", _STAGE_PROCESS, stage, *map(str, args)], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "numpy loaded: False" in out.stdout
    for name in same:
        assert table_bytes(o / name) == table_bytes(t / name), name


def test_cli_usage_log_line(tmp_path):
    """HINDI_EXTRACT_USAGE_LOG: each command process appends its CPU seconds and peak RSS (benchmarks read them)."""
    import json

    from pipeline.cli import _log_usage

    log = tmp_path / "usage.jsonl"
    _log_usage(str(log), "tag")
    _log_usage(str(log), "link")
    lines = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
    assert [x["command"] for x in lines] == ["tag", "link"]
    assert all(x["user_s"] > 0 and x["wall_s"] > 0 and x["max_rss_mb"] > 0 for x in lines)
    _log_usage(str(tmp_path / "missing" / "usage.jsonl"), "tag")  # an unwritable log never fails the run


def test_cli_usage_log_written_by_a_command_process(tmp_path):
    """The variable makes a command process append one line when it ends (the atexit wiring, not only the writer)."""
    import json
    import os
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("राम ने कहा कि सब ठीक है।\n", encoding="utf-8")
    log = tmp_path / "usage.jsonl"
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "HINDI_EXTRACT_USAGE_LOG": str(log),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    subprocess.run([sys.executable, "-m", "pipeline", "normalize", str(corpus), str(tmp_path / "docs.parquet"),
                    "--params", str(root / "params.yaml")], check=True, env=env, capture_output=True)
    lines = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
    assert [x["command"] for x in lines] == ["normalize"]
