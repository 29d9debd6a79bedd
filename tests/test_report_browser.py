"""The HTML report in a real browser: Debian's headless Chromium opens the index, an article page
and an entity page of a small run's report, and the test reads the DOM after the page's script ran
(`--dump-dom`): the script's markers, the rows, the marks, the filter, the sort; no console message;
a screenshot is saved. Skipped where no Chromium is installed (.ci/run installs Debian's `chromium`).
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from pipeline import report
from tests.test_report import Page, build_run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on PATH (Debian: apt-get install chromium; .ci/run installs it)"
)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
         "--enable-logging=stderr", "--v=0"]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("browser")
    run_dir = build_run(tmp)
    report.write_report(run_dir, tmp / "report")
    return run_dir, tmp / "report"


def chromium(url: str, tmp: Path, *args: str) -> tuple[str, str]:
    """(stdout, stderr) of one headless Chromium run on `url`, with a fresh profile; 120 s at most."""
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    try:
        proc = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, url],
                              capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail(f"chromium did not finish within 120 s on {url}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout, proc.stderr


def dom(path: Path, tmp: Path, query: str = "", fragment: str = "") -> str:
    out, err = chromium(path.as_uri() + query + fragment, tmp, "--dump-dom")
    console = [line for line in err.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert not console, console  # the report's script logs nothing: any console line is an error
    assert re.search(r'<body[^>]* data-css="ready"', out), "stylesheet not applied"
    assert re.search(r'<body[^>]* data-js="ready"', out), "report.js did not run to its end"
    return out


def rows(html: str, table_id: str) -> list[tuple[str, bool]]:
    """(text, hidden) of the body rows of a table of a dumped DOM."""
    part = html[html.index(f'id="{table_id}"'):]
    part = part[part.index("<tbody>") : part.index("</tbody>")]
    return [(re.sub(r"<[^>]+>", "", m.group(2)), "hidden" in m.group(1)) for m in re.finditer(r"<tr([^>]*)>(.*?)</tr>", part, re.S)]


def test_browser_index_tables_ready_and_filter(site, tmp_path):
    run_dir, out = site
    docs = pd.read_parquet(run_dir / "documents.parquet")
    html = dom(out / "index.html", tmp_path)
    assert html.count('data-sortable="ready"') == 4  # documents, entities, events, speakers
    shown = rows(html, "documents")
    assert sorted(t.split("ok")[0].split("error")[0] for t, _ in shown) == sorted(docs.doc_id)
    assert not any(hidden for _, hidden in shown)
    filtered = rows(dom(out / "index.html", tmp_path, "?q=tiny"), "documents")
    assert [t.startswith("003_tiny") for t, hidden in filtered if not hidden] == [True]


def test_browser_sorts_a_table_by_a_column(site, tmp_path):
    run_dir, out = site
    (out / "sorttest.js").write_text(  # runs after report.js (both deferred): click "chars" once
        'document.querySelectorAll("#documents th")[2].click();'
        'document.body.setAttribute("data-order", Array.from(document.querySelectorAll("#documents tbody tr"))'
        '.map(function (r) { return r.cells[0].textContent; }).join("|"));', encoding="utf-8")
    page = out / "sorttest.html"
    page.write_text((out / "index.html").read_text(encoding="utf-8").replace(
        "</head>", '<script src="sorttest.js" defer></script>\n</head>'), encoding="utf-8")
    order = re.search(r'data-order="([^"]*)"', dom(page, tmp_path)).group(1).split("|")
    docs = pd.read_parquet(run_dir / "documents.parquet").sort_values(["n_chars", "doc_id"], kind="stable")
    assert order == list(docs.doc_id)


def test_browser_article_marks_and_screenshot(site, tmp_path):
    run_dir, out = site
    doc_id = "000_64a6875869c99df1"
    page = out / report.doc_path(doc_id)
    html = dom(page, tmp_path)
    mentions = pd.read_parquet(run_dir / "mentions.parquet").query("doc_id == @doc_id")
    parsed = Page(html)
    for m in mentions.itertuples():
        _, offset, text = parsed.span(m.mention_id)
        assert (offset, text) == (m.start, m.text)
    text = pd.read_parquet(run_dir / "documents.parquet").set_index("doc_id").loc[doc_id, "text"]
    assert parsed.blocks == [text]
    shot = tmp_path / "article.png"
    chromium(page.as_uri(), tmp_path, f"--screenshot={shot}", "--window-size=1280,900")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_browser_entity_page_shows_the_entity_alone(site, tmp_path):
    run_dir, out = site
    ents = pd.read_parquet(run_dir / "entities.parquet").to_dict("records")
    top = max(ents, key=lambda e: (e["n_mentions"], e["entity_id"]))
    ref = report.entity_refs(ents)[top["entity_id"]]
    html = dom(out / ref.page, tmp_path, fragment=f"#{ref.anchor}")
    assert re.search(r'<body class="entities single"', html)
    assert re.search(rf'<section class="entity target" id="{re.escape(ref.anchor)}"', html)
