#!/usr/bin/env python3
"""How long this machine takes just to write a site: the floor under any build of it.

Reads the tree of a site that a build left (every folder, every file and its size), then makes the
same folders and files of the same sizes in a new folder, with the build's number of workers, and
prints the wall time and the CPU time the kernel spent on it. Nothing is rendered: the bytes are
filler. A generator that writes this tree cannot be faster than this on this machine, whatever it
does before it writes. Run it on DigestGen's site and on Hugo's to compare what each build must pay
for its output alone.

    tests/bench/write-floor.py SITE OUT [--workers 2] [--runs 3] [--record RESULTS LABEL ARTICLES]

With --record, each run also appends a row to run.sh's results file: LABEL ARTICLES wall 0 CPU.

OUT must not exist. Each run writes OUT/run-N and leaves it there: deleting tens of thousands of files
slows the next runs' inode allocation on a journal-less ext4 (see run.sh). Delete OUT when done.
"""
import argparse
import multiprocessing
import os
import subprocess
import sys
import time


def read_tree(site):
    """Every file under site as (relative path, size), in the order os.walk lists them."""
    files = []
    for folder, _, names in os.walk(site):
        rel = os.path.relpath(folder, site)
        for name in names:
            path = os.path.join(folder, name)
            files.append((os.path.normpath(os.path.join(rel, name)), os.path.getsize(path)))
    return files


FILLER = b""
FILES = []


def prepare(files):
    """Each worker's list of files and bytes to write, handed over once before any run is timed."""
    global FILLER, FILES
    FILES = files
    FILLER = b"a" * max((size for _, size in files), default=0)


def write_share(args):
    """One worker: every n-th file from its index, each folder made on first need (as the build's OutputFolder does)."""
    root, index, workers = args
    files = FILES
    made = set()
    filler = memoryview(FILLER)
    for path, size in files[index::workers]:
        folder = os.path.dirname(os.path.join(root, path))
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        fd = os.open(os.path.join(root, path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            written = 0
            while written < size:
                written += os.pwrite(fd, filler[written:size], written)
        finally:
            os.close(fd)
    return len(files[index::workers])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", help="a built site to copy the shape of")
    parser.add_argument("out", help="a folder to write into (must not exist)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--record", nargs=3, metavar=("RESULTS", "LABEL", "ARTICLES"),
                        help="append each run to run.sh's results file under LABEL")
    args = parser.parse_args()
    if os.path.exists(args.out):
        sys.exit(f"write-floor.py: {args.out} exists: give a new folder (the runs must start from nothing)")
    files = read_tree(args.site)
    total = sum(size for _, size in files)
    folders = len({os.path.dirname(p) for p, _ in files})
    print(f"{args.site}: {len(files)} files in {folders} folders, {total / 1e6:.1f} MB; {args.workers} workers")
    os.makedirs(args.out)
    with multiprocessing.Pool(args.workers, initializer=prepare, initargs=(files,)) as pool:
        spent = worker_times(pool)
        for run in range(1, args.runs + 1):
            root = os.path.join(args.out, f"run-{run}")
            os.makedirs(root)
            subprocess.run(["sync"], check=True)  # the previous run's writeback is not this run's cost
            start = time.perf_counter()
            pool.map(write_share, [(root, i, args.workers) for i in range(args.workers)])
            wall = time.perf_counter() - start
            # The pool's workers live across runs, so their CPU is read from /proc rather than from getrusage.
            user, system = worker_times(pool)
            kernel, own = system - spent[0], user - spent[1]
            spent = (system, user)
            print(f"run {run}: {wall:.2f} s wall, kernel CPU {kernel:.2f} s, user CPU {own:.2f} s")
            if args.record:
                results, label, articles = args.record
                with open(results, "a") as out:
                    out.write(f"{label} {articles} {wall:.2f} 0 {kernel + own:.2f}\n")


def worker_times(pool):
    """User and system CPU seconds of the pool's worker processes so far."""
    tick = os.sysconf("SC_CLK_TCK")
    user = system = 0
    for process in pool._pool:  # the workers' pids: multiprocessing keeps them here
        with open(f"/proc/{process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        user += int(fields[11]) / tick
        system += int(fields[12]) / tick
    return user, system


if __name__ == "__main__":
    main()
