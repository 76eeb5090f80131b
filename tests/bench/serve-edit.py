#!/usr/bin/env python3
"""One timed edit against a running `digestgen serve`.

Usage: serve-edit.py FILE PAGE_URL MARK

Appends a sentence holding MARK to FILE, then asks for PAGE_URL every 10 ms until the served page
contains MARK, and prints the seconds from the write to that answer. The clock starts just before
the write, after this interpreter has started, and every poll is made from this one process: the
loop of `curl | grep` that run.sh used before spawned two processes per poll, and on this 2-core
machine that added 0.1-0.4 s to an edit the server had shown after 0.25 s.
"""
import sys
import time
import urllib.error
import urllib.request

TIMEOUT_S = 60


def served(url: str, mark: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return mark in answer.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError):
        return False  # the server may be switching folders; ask again


def main() -> int:
    path, url, mark = sys.argv[1:4]
    started = time.monotonic()
    with open(path, "a", encoding="utf-8") as article:
        article.write(f"\n{mark} لقياس إعادة البناء.\n")
    while not served(url, mark):
        if time.monotonic() - started > TIMEOUT_S:
            print(f"serve-edit: {url} did not show the edit within {TIMEOUT_S} s", file=sys.stderr)
            return 1
        time.sleep(0.01)
    print(f"{time.monotonic() - started:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
