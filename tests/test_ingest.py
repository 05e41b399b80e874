"""Ingest: formats and bad input. HTTP/feeds use a real server on 127.0.0.1."""

from __future__ import annotations

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from peristiwa import ingest
from peristiwa.clean import clean
from peristiwa.errors import CleanError
from peristiwa.ingest.decode import decode

ARTICLE = (
    "Jakarta (ANTARA) - Menteri Luar Negeri Indonesia pada Senin (9/1) bertemu dengan Menteri Luar Negeri "
    "Malaysia untuk membahas kerja sama perbatasan dan perlindungan pekerja migran di kedua negara."
)
HTML = f"<html><head><title>Menlu bertemu Menlu Malaysia</title></head><body><article><h1>Menlu bertemu Menlu Malaysia</h1><p>{ARTICLE}</p><p>{ARTICLE.replace('Senin', 'Selasa')}</p></article></body></html>"


def test_text_html_and_directory_glob(tmp_path):
    (tmp_path / "a.txt").write_text("Judul berita yang cukup panjang\n\n" + ARTICLE, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "README.md").write_text("not a page")
    docs = list(ingest.read([str(tmp_path)]))
    assert [d.kind for d in docs] == ["text", "html"]
    assert all(d.error is None for d in docs)
    only_html = list(ingest.read([str(tmp_path)], glob="*.html"))
    assert [d.source.endswith("b.html") for d in only_html] == [True]


def test_jsonl_records_and_malformed_line(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text(
        json.dumps({"text": ARTICLE, "url": "https://x.test/a", "outlet": "X", "published": "2023-01-09"}) + "\n"
        + "{broken\n"
        + json.dumps({"html": HTML}) + "\n",
        encoding="utf-8",
    )
    docs = list(ingest.read([str(p)]))
    assert len(docs) == 3
    assert docs[0].kind == "text" and docs[0].outlet == "X" and docs[0].url == "https://x.test/a"
    assert docs[1].error and "line 2" in docs[1].error and str(p) in docs[1].error
    assert docs[2].kind == "html" and docs[2].error is None
    assert clean(docs[0]).published_source == "container"


def test_jsonl_fetch_time_counts_back_a_relative_header_date(tmp_path):
    page = "Menlu Bertemu Menlu Malaysia Bahas Perbatasan\n\n5 jam lalu\n\n" + ARTICLE
    p = tmp_path / "r.jsonl"
    p.write_text(json.dumps({"text": page, "crawled_at": "2023-01-10T03:00:00Z"}) + "\n" + json.dumps({"text": page}) + "\n", encoding="utf-8")
    with_time, without = list(ingest.read([str(p)]))
    assert with_time.fetched_at == "2023-01-10T03:00:00Z" and without.fetched_at is None
    a = clean(with_time)
    assert a.published_source == "relative" and a.published.isoformat() == "2023-01-09T22:00:00+00:00"
    assert clean(without).published is None  # no anchor: the page gives no day


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.txt").write_bytes(b"  \n\t \n")
    docs = list(ingest.read([str(tmp_path / "e.txt"), str(tmp_path / "w.txt")]))
    assert [("empty" in (d.error or "")) for d in docs] == [True, True]


def test_png_renamed_html_is_binary(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    (tmp_path / "photo.html").write_bytes(png)
    (tmp_path / "ok.txt").write_text(ARTICLE)
    docs = list(ingest.read([str(tmp_path)]))
    bad = [d for d in docs if d.error]
    assert len(bad) == 1 and "binary" in bad[0].error and "PNG" in bad[0].error
    assert any(d.source.endswith("ok.txt") and not d.error for d in docs)


def test_100mb_file_hits_size_cap(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: instant, no 100 MB written
        fh.truncate(100 * 1024 * 1024)
    (tmp_path / "ok.txt").write_text(ARTICLE)
    docs = list(ingest.read([str(big), str(tmp_path / "ok.txt")]))
    assert "size cap" in docs[0].error and "20.0 MB" in docs[0].error and "100.0 MB" in docs[0].error
    assert docs[1].error is None
    # the cap is configurable
    small = list(ingest.read([str(tmp_path / "ok.txt")], max_size=10))
    assert "size cap" in small[0].error


def test_invalid_utf8_decodes_with_warning(tmp_path):
    text = "Menteri menyatakan bahwa kerja sama \u201cstrategis\u201d akan diperkuat. Café résumé."
    (tmp_path / "legacy.html").write_bytes(
        b'<html><head><meta charset="utf-8"></head><body><p>' + text.encode("cp1252") + b"</p></body></html>"
    )
    out, enc, warnings = decode((tmp_path / "legacy.html").read_bytes())
    assert enc == "cp1252"
    assert "\u201cstrategis\u201d" in out and "Café" in out
    assert warnings and "invalid UTF-8" in warnings[0]


def test_latin1_text_without_label():
    data = "Perjanjian ditandatangani di Bogotá dan São Paulo oleh kedua menteri.".encode("latin-1")
    out, enc, _ = decode(data)
    assert "Bogotá" in out and "São" in out


def test_html_with_no_text_is_clean_error(tmp_path):
    (tmp_path / "blank.html").write_text("<html><head><title></title></head><body><div><img src='x.png'></div></body></html>")
    (doc,) = ingest.read([str(tmp_path / "blank.html")])
    assert doc.error is None
    with pytest.raises(CleanError, match="blank.html"):
        clean(doc)


def _warc_bytes(n_records: int, gz: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)  # .warc.gz = one gzip member per record
    for i in range(n_records):
        body = HTML.replace("Menlu bertemu", f"Berita {i} Menlu bertemu").encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(f"https://news.test/{i}", "response", payload=io.BytesIO(body), http_headers=http)
        writer.write_record(rec)
    return buf.getvalue()


def test_warc_and_warc_gz(tmp_path):
    raw = _warc_bytes(2)
    (tmp_path / "a.warc").write_bytes(raw)
    (tmp_path / "b.warc.gz").write_bytes(_warc_bytes(2, gz=True))
    for name in ("a.warc", "b.warc.gz"):
        docs = list(ingest.read([str(tmp_path / name)]))
        assert [d.url for d in docs] == ["https://news.test/0", "https://news.test/1"]
        assert all(d.kind == "html" and d.error is None for d in docs)


def test_truncated_warc_keeps_earlier_records(tmp_path):
    raw = _warc_bytes(2)
    cut = raw[: len(raw) - 200]  # the second record loses its end
    (tmp_path / "t.warc").write_bytes(cut)
    docs = list(ingest.read([str(tmp_path / "t.warc")]))
    assert docs[0].error is None and docs[0].url == "https://news.test/0"
    assert docs[-1].error and "truncated" in docs[-1].error and "t.warc" in docs[-1].error


# --------------------------------------------------------------------------- HTTP


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}
    seen_agents: list[str] = []

    def do_GET(self):  # noqa: N802
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    _Handler.routes = {}
    _Handler.seen_agents = []
    yield base
    srv.shutdown()
    srv.server_close()


def test_url_fetch_redirect_and_user_agent(server):
    _Handler.routes["/page"] = (200, "text/html; charset=utf-8", HTML.encode())
    (doc,) = ingest.read([server + "/old"])
    assert doc.error is None and doc.url == server + "/page" and doc.kind == "html"
    assert _Handler.seen_agents[0].startswith("peristiwa/") and "+https://github.com/peristiwa" in _Handler.seen_agents[0]
    assert clean(doc).title == "Menlu bertemu Menlu Malaysia"


def test_url_size_cap(server):
    _Handler.routes["/huge"] = (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>")
    (doc,) = ingest.read([server + "/huge"], max_size=1000)
    assert "size cap" in doc.error


def test_feed_items_fetched_and_404_item_reported(server):
    _Handler.routes["/a"] = (200, "text/html", HTML.encode())
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Contoh</title>
      <item><title>A</title><link>{server}/a</link><pubDate>Mon, 09 Jan 2023 10:00:00 +0700</pubDate></item>
      <item><title>B</title><link>{server}/missing</link></item></channel></rss>"""
    _Handler.routes["/feed.xml"] = (200, "application/rss+xml", feed.encode())
    docs = list(ingest.read([server + "/feed.xml"]))
    assert len(docs) == 2
    assert docs[0].error is None and docs[0].outlet == "Contoh" and docs[0].published.startswith("2023-01-09")
    assert "404" in docs[1].error and f"{server}/missing" in docs[1].error
