#!/usr/bin/env python3
"""Hostile traffic for the soak: every attack class of the reliability issues, in rotation, beside the normal mix.

    scripts/bench/attacks.py URL SECONDS [BIG_ARTICLE_ID]

Each worker thread picks an attack class at random, sends it over a raw socket (so that the request is exactly what
an attacker would send, headers included) and records the status line. Stalled readers ask for the biggest article
and then read nothing for a while, holding the server's answer in its socket buffers. Every Atom answer is parsed
with a strict XML parser. At the end one line per class: requests, statuses, and the count of 5xx answers and of
ill-formed feeds; the exit code is 1 when there was any 5xx or ill-formed feed.

Only the standard library: the machine's python3, no packages.
"""
import collections
import random
import socket
import sys
import threading
import time
import xml.dom.minidom

HOST_TIMEOUT_S = 30


def raw_request(host, port, request_bytes, read_limit=1 << 20, read=True):
    """Sends the bytes, returns (status code or None, body bytes read up to read_limit)."""
    with socket.create_connection((host, port), timeout=HOST_TIMEOUT_S) as s:
        s.sendall(request_bytes)
        if not read:
            return None, b""
        data = bytearray()
        while len(data) < read_limit:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = bytes(data).partition(b"\r\n\r\n")
    parts = head.split(b" ", 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    if b"transfer-encoding: chunked" in head.lower():
        body = dechunk(body)
    return status, body


def dechunk(body):
    out, rest = bytearray(), body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out += rest[:size]
        rest = rest[size + 2:]
    return bytes(out)


def get(path, host_header="127.0.0.1", extra=b"", version=b"HTTP/1.1"):
    lines = b"GET " + path.encode("latin-1") + b" " + version + b"\r\n"
    if host_header is not None:
        lines += b"Host: " + host_header.encode("latin-1") + b"\r\n"
    return lines + extra + b"Connection: close\r\n\r\n"


def attacks(big_id):
    control = "".join("%%%02X" % c for c in range(0, 32) if c not in (9, 10, 13))
    classes = {
        "websocket-upgrade": lambda: get("/search?q=minister", extra=b"Connection: Upgrade\r\nUpgrade: websocket\r\n"
                                         b"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"),
        "percent-u-path": lambda: get(random.choice(["/article/%u0041", "/official/%u0041", "/country/%u0041",
                                                     "/api/article/%u0041"])),
        "control-chars-in-q": lambda: get("/search.atom?q=minister" + control),
        "http10-no-host-feed": lambda: get("/search.atom?q=talks", host_header=None, version=b"HTTP/1.0"),
        "forged-host-feed": lambda: get("/search.atom", host_header="evil.example"),
        "query-syntax": lambda: get("/search?q=" + random.choice(["NOT%20a", "%C2%A0%E2%80%8B", "(((((", "a*b?c~",
                                                                  "%22unclosed", "country:", "*:*", "a" * 3000])),
        "huge-header": lambda: get("/", extra=b"X-Big: " + b"a" * 20000 + b"\r\n"),
        "long-request-line": lambda: get("/search?q=" + "a" * 9000),
        "deep-page": lambda: get("/search?q=minister&page=" + random.choice(["99999", "-1", "1e9", "%EF%BC%93"])),
        "bad-facet": lambda: get("/search?official=" + "x" * 500 + "&country=" + "%00" * 10 + "&from=2099-99-99"),
    }
    if big_id:
        classes["big-article"] = lambda: get(random.choice(["/article/", "/api/article/"]) + big_id
                                             + random.choice(["", "?part=2", "?part=999999"]))
    return classes


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = collections.defaultdict(collections.Counter)
        self.bad_feeds = collections.Counter()

    def add(self, name, status, feed_ok=True):
        with self.lock:
            self.statuses[name][status] += 1
            if not feed_ok:
                self.bad_feeds[name] += 1


def well_formed(body):
    try:
        xml.dom.minidom.parseString(body)
        return True
    except Exception:  # any parser error means the feed is not well-formed
        return False


def worker(host, port, deadline, classes, tally):
    names = list(classes)
    while time.time() < deadline:
        name = random.choice(names)
        try:
            request = classes[name]()
            status, body = raw_request(host, port, request)
            is_feed = b".atom" in request.split(b"\r\n", 1)[0]
            feed_ok = well_formed(body) if status == 200 and is_feed else True
            tally.add(name, status, feed_ok)
        except OSError as e:  # a refused or reset connection is recorded, not fatal
            tally.add(name, "socket:" + type(e).__name__)
        time.sleep(0.02)


def stalled_reader(host, port, deadline, big_id, tally):
    """Asks for the big article, reads nothing for 20 s, then closes: the server must not pin memory for it."""
    while time.time() < deadline:
        try:
            with socket.create_connection((host, port), timeout=HOST_TIMEOUT_S) as s:
                s.sendall(get("/article/" + big_id))
                time.sleep(20)
            tally.add("stalled-reader", "held 20s")
        except OSError as e:
            tally.add("stalled-reader", "socket:" + type(e).__name__)


def main():
    url, seconds = sys.argv[1], float(sys.argv[2])
    big_id = sys.argv[3] if len(sys.argv) > 3 else ""
    host, port = url.split("//", 1)[1].split(":")
    port = int(port.rstrip("/"))
    deadline = time.time() + seconds
    tally = Tally()
    classes = attacks(big_id)
    threads = [threading.Thread(target=worker, args=(host, port, deadline, classes, tally)) for _ in range(4)]
    if big_id:
        threads += [threading.Thread(target=stalled_reader, args=(host, port, deadline, big_id, tally))
                    for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    server_errors = 0
    for name in sorted(tally.statuses):
        counts = tally.statuses[name]
        errors = sum(n for s, n in counts.items() if isinstance(s, int) and s >= 500)
        server_errors += errors
        shown = ", ".join("%s: %d" % (s, n) for s, n in sorted(counts.items(), key=str))
        print("attack %-20s requests=%d 5xx=%d ill-formed-feeds=%d [%s]"
              % (name, sum(counts.values()), errors, tally.bad_feeds[name], shown))
    bad = sum(tally.bad_feeds.values())
    print("attacks total: 5xx=%d ill-formed-feeds=%d" % (server_errors, bad))
    sys.exit(1 if server_errors or bad else 0)


if __name__ == "__main__":
    main()
