#!/usr/bin/env bash
# DigestGen at newsroom scale, side by side with Hugo on the same synthetic Arabic corpus.
#
# Usage: tests/bench/run.sh [--articles N]... [--runs R] [--work DIR] [--bin PATH] [--no-hugo] [--hugo-related]
#   --articles N    corpus size; repeat for several sizes (default: 1000 and 10000)
#   --runs R        measured runs per row after one warm-up (default 3; the median is reported)
#   --work DIR      where corpora, outputs and the published binary go (default /tmp/digestgen-bench)
#   --bin PATH      a published DigestGen binary to measure instead of publishing src/DigestGen
#   --native        publish with the Native (AOT) profile instead of SingleFile (needs clang)
#   --no-hugo       skip Hugo even when it is installed
#   --hugo-related  also run Hugo with its related list (slow: ~100 s at 10,000 articles)
#   --serve-only    only the serve rows (start serve on each corpus, time edits)
#   --example-only  only the start-up row (the example digest)
#
# Rows, each a whole process measured with /usr/bin/time -v (wall clock, peak RSS):
#   digestgen full       clean build: no output folder, no cache
#   digestgen no-change  `build` again with nothing changed
#   digestgen check      then `check`, as the Pages workflow runs it after the build (no scans kept yet)
#   digestgen one-edit   one sentence appended to one article, then `build`
#   digestgen check-after-edit  then `check` again: the pages it scanned before are not parsed again
#   serve-one-edit       `serve` running: one sentence appended, time until the served page shows it
#   serve-files          then the feeds, data files and search index serve rewrites in the background
#   hugo no-related      tests/bench/hugo/run-hugo.sh with RELATED=0 (clean build)
#   digestgen-example    start-up: the repository's example digest (21 articles), clean build
#   digestgen-write-floor, hugo-write-floor  write-floor.py after each clean build: the same folders and
#                        files of the same sizes written with filler bytes, nothing rendered (what this
#                        machine takes to write that output at all; timed inside the script)
# Runs alternate between the tools (DigestGen full, no-change, check, one-edit, check-after-edit, then Hugo), so a
# noisy machine slows both sides alike. Ratios are DigestGen wall / Hugo-without-related wall.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
sizes=() runs=3 work=/tmp/digestgen-bench bin="" native=0 hugo=1 related=0 serve_only=0 example_only=0
while [ $# -gt 0 ]; do
  case $1 in
    --articles) sizes+=("$2"); shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    --native) native=1; shift ;;
    --no-hugo) hugo=0; shift ;;
    --hugo-related) related=1; shift ;;
    --serve-only) serve_only=1; shift ;;
    --example-only) example_only=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
[ "$example_only" = 1 ] && sizes=()
command -v hugo >/dev/null || hugo=0
mkdir -p "$work"
work=$(cd "$work" && pwd)
results="$work/results.tsv"
: > "$results"

if [ -z "$bin" ]; then
  # --native: the Native (AOT) profile; otherwise the single-file profile when there is one, else a
  # framework-dependent ReadyToRun build.
  if [ "$native" = 1 ]; then
    how=(-p:PublishProfile=Native)
  elif [ -f "$root/src/DigestGen/Properties/PublishProfiles/SingleFile.pubxml" ]; then
    how=(-p:PublishProfile=SingleFile)
  else
    how=(-c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true)
  fi
  echo "publishing src/DigestGen (${how[*]}) into $work/bin" >&2
  dotnet publish "$root/src/DigestGen/DigestGen.csproj" "${how[@]}" -o "$work/bin" -v q --nologo >&2
  bin="$work/bin/DigestGen"
fi

# measure LABEL N COMMAND...: one whole-process run; appends "label n wall_s rss_kib" to the results.
measure() {
  local label=$1 n=$2 log="$work/time.log"
  shift 2
  # The previous command's output (up to 4 GB at 30,000 articles) is written back to disk first, untimed:
  # left dirty, the kernel writes it out during the next command, which then waits on the disk for it.
  sync
  if ! /usr/bin/time -v -o "$log" "$@" > "$work/last.out" 2>&1; then
    echo "FAILED: $label ($*); see $work/last.out" >&2
    tail -20 "$work/last.out" >&2
    exit 1
  fi
  local wall rss cpu
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  echo "$label $n $wall $rss $cpu" >> "$results"
  printf '  %-22s %6s articles  %8.2f s wall  %8.2f s CPU  %6d MiB\n' "$label" "$n" "$wall" "$cpu" $((rss / 1024)) >&2
}

# floor LABEL N SITE: write-floor.py writes SITE's shape again (folders, files, sizes; filler bytes) into
# the trash and records its own timing of the writes as a row. The site stays as the build left it.
floor() {
  local label=$1 n=$2 site=$3
  mkdir -p "$trash"
  sync
  python3 "$here/write-floor.py" "$site" "$(mktemp -d "$trash/XXXXXX")/floor" --record "$results" "$label" "$n" > "$work/last.out" 2>&1 \
    || { echo "FAILED: $label; see $work/last.out" >&2; cat "$work/last.out" >&2; exit 1; }
  printf '  %-22s %6s articles  %8.2f s wall  (%s)\n' "$label" "$n" "$(tail -1 "$results" | cut -d' ' -f3)" "$(head -1 "$work/last.out" | cut -d: -f2-)" >&2
}

# measure_serve N FILE: `serve` on the corpus; after it is up, append a sentence to FILE $runs times and
# time each edit until the served page shows it (the watcher's 200 ms debounce included), as
# `hugo server` is timed. serve-edit.py makes the edit and polls the page from one process every
# 10 ms (a `curl | grep` loop spawned two processes a poll and added 0.1-0.4 s, run 38). Rows:
# serve-one-edit (edit → page shown) and serve-files (the feeds, data files and search index that
# follow, as serve reports them); peak RSS is the whole serve process's.
measure_serve() {
  local n=$1 file=$2 log="$work/serve.log" tlog="$work/serve-time.log" url slug
  slug=$(sed -n 's/^slug: *//p' "$file" | tr -d "'\"" | head -1)
  slug=${slug:-$(basename "$file" .md)}
  (cd "$work/$n" && exec /usr/bin/time -v -o "$tlog" "$bin" serve --content content --templates "$root/templates" --port 0 > "$log" 2>&1) &
  local pid=$!
  until grep -q '^Serving ' "$log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "FAILED: serve exited; see $log" >&2; cat "$log" >&2; exit 1; }
    sleep 0.5
  done
  url=$(sed -n 's/^Serving \(http[^ ]*\).*/\1/p' "$log")
  # .NET adds the watches of content/'s subfolders on its watcher thread; twice in session 22 an edit
  # made at once after "Serving", while the last run's folder was being deleted, was never seen.
  sleep 2
  for i in $(seq 0 "$runs"); do  # edit 0 warms the server up (the first edit of a process runs code for the first time)
    local mark="جملة التعديل الحي رقم $i"
    local before took
    before=$(grep -c '^Updated feeds' "$log" || true)
    took=$(python3 "$here/serve-edit.py" "$file" "${url}articles/$slug/" "$mark")
    until [ "$(grep -c '^Updated feeds' "$log" || true)" -gt "$before" ]; do sleep 0.1; done
    local files
    files=$(grep '^Updated feeds' "$log" | tail -1 | sed 's/.* in \([0-9.]*\) s\./\1/')
    [ "$i" -eq 0 ] && label=warmup || label=""
    echo "${label:-serve-one-edit} $n $took 0 0" >> "$results.serve"
    echo "${label:-serve-files} $n $files 0 0" >> "$results.serve"
    printf '  %-22s %6s articles  %8.2f s edit → page shown; then %s s for feeds, data, search\n' serve-one-edit "$n" "$took" "$files" >&2
    grep '^Rebuilt' "$log" | tail -1 >&2
  done
  pkill -TERM -P "$pid"; wait "$pid" || true  # serve is time's child: stop it cleanly, then time writes its log
  local rss
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tlog")
  sed "s/ 0 0\$/ $rss 0/" "$results.serve" >> "$results"
  rm -f "$results.serve"
}

# Outputs are set aside, not deleted, between runs, and deleted when the bench ends. This machine's
# ext4 has no journal, and such a file system, allocating an inode, skips every inode freed in the
# last minute (six while its table block is dirty), reading each one's table block to see: a build
# right after `rm -rf` of a 60,000-file site spent up to 40 s of CPU in the kernel doing that, and
# more the more files the previous commands deleted. A clean build on a fresh clone pays none of it;
# renaming frees nothing, so each tool starts from the state a clean build has.
trash="$work/.trash"
set_aside() {
  mkdir -p "$trash"
  for path in "$@"; do
    [ -e "$path" ] && mv "$path" "$(mktemp -d "$trash/XXXXXX")/"
  done
  return 0
}
rm -rf "$trash"   # a previous bench's leftovers: deleted before the warm-up round, not between measured runs
trap 'rm -rf "$trash"' EXIT

# Start-up: the example digest (21 articles) from a clean state, as a user's first `build` would run.
# Its outputs are set aside too: deleting them between runs made each next run's files pay the skip
# over freed inodes described above (run 27: 0.99-1.07 s on ext4 against 0.86-0.98 s on tmpfs).
set_aside "$work/example"
mkdir -p "$work/example" && cp -R "$root/content" "$work/example/content"
for i in $(seq 0 "$runs"); do
  [ "$i" -eq 0 ] && tag=warmup || tag=""
  set_aside "$work/example/site" "$work/example/.digestgen"
  measure "${tag:-digestgen-example}" 21 sh -c "cd '$work/example' && exec '$bin' build --content content --templates '$root/templates' --output site"
done

for n in "${sizes[@]}"; do
  # A project per size, laid out as `digestgen new` makes one: content/, site/, .digestgen/.
  corpus="$work/$n/content"
  out="$work/$n/site"
  # The project folder is the working folder, as for a user; exec so the timed process is DigestGen.
  dg=(sh -c "cd '$work/$n' && exec '$bin' build --content content --templates '$root/templates' --output site")
  check=(sh -c "cd '$work/$n' && exec '$bin' check --content content --templates '$root/templates' --output site")
  if [ ! -f "$corpus/digest.yml" ]; then
    python3 "$here/make-corpus.py" --articles "$n" --out "$corpus" --force
  fi
  edited=$(find "$corpus/articles" -name '*.md' | LC_ALL=C sort | sed -n 1p)  # sed reads all: head would SIGPIPE sort under pipefail
  cp "$edited" "$work/edited.orig"
  trap 'cp "$work/edited.orig" "$edited"; rm -rf "$trash"' EXIT
  echo "corpus: $n articles in $corpus; one-edit file: ${edited#$corpus/}" >&2
  for i in $(seq 0 "$runs"); do
    [ "$serve_only" = 1 ] && break
    [ "$i" -eq 0 ] && tag=warmup || tag=""
    cp "$work/edited.orig" "$edited"
    set_aside "$out" "$work/$n/.digestgen"
    measure "${tag:-digestgen-full}" "$n" "${dg[@]}"
    floor "${tag:-digestgen-write-floor}" "$n" "$out"
    measure "${tag:-digestgen-no-change}" "$n" "${dg[@]}"
    measure "${tag:-digestgen-check}" "$n" "${check[@]}"
    printf '\nهذه جملة أضيفت في التعديل رقم %s لقياس إعادة البناء.\n' "$i" >> "$edited"
    measure "${tag:-digestgen-one-edit}" "$n" "${dg[@]}"
    measure "${tag:-digestgen-check-after-edit}" "$n" "${check[@]}"
    if [ "$hugo" = 1 ]; then
      set_aside "$work/$n/hugo-no-related" "$work/$n/hugo"   # run-hugo.sh would rm -rf its output first
      measure "${tag:-hugo-no-related}" "$n" env RELATED=0 "$here/hugo/run-hugo.sh" "$corpus" "$work/$n/hugo-no-related"
      floor "${tag:-hugo-write-floor}" "$n" "$work/$n/hugo-no-related"
      [ "$related" = 1 ] && measure "${tag:-hugo-related}" "$n" "$here/hugo/run-hugo.sh" "$corpus" "$work/$n/hugo"
    fi
  done
  cp "$work/edited.orig" "$edited"
  measure_serve "$n" "$edited"
  cp "$work/edited.orig" "$edited"
  if [ -d "$out" ]; then
    echo "digestgen wrote $(find "$out" -name '*.html' | wc -l) HTML pages, $(du -s --apparent-size -m "$out" | cut -f1) MiB" >&2
  fi
done

python3 - "$results" "$runs" <<'EOF'
import sys, statistics
rows = {}
for line in open(sys.argv[1]):
    label, n, wall, rss, cpu = line.split()
    if label != "warmup":
        rows.setdefault((label, int(n)), []).append((float(wall), int(rss), float(cpu)))
print(f"| row | articles | wall s, median (min–max) | CPU s, median | peak RSS MiB, median | wall ratio to Hugo without related | runs |")
print("|---|---:|---|---:|---:|---:|---:|")
for (label, n), v in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][0])):
    walls = [w for w, _, _ in v]
    med = statistics.median(walls)
    rss = statistics.median(r for _, r, _ in v) / 1024
    cpu = statistics.median(c for _, _, c in v)
    hugo = rows.get(("hugo-no-related", n))
    ratio = f"{med / statistics.median(w for w, _, _ in hugo):.2f}" if hugo and not label.endswith("write-floor") else "–"
    print(f"| {label} | {n:,} | **{med:.2f}** ({min(walls):.2f}–{max(walls):.2f}) | {cpu:.1f} | {rss:.0f} | {ratio} | {len(v)} |")
# This machine's speed drifts between rounds (Hugo's own time has moved by a third): each full build is
# also compared with the Hugo build of its own round, which ran a few seconds after it.
for (label, n), v in sorted(rows.items()):
    hugo = rows.get(("hugo-no-related", n))
    if label == "digestgen-full" and hugo and len(hugo) == len(v):
        pairs = ", ".join(f"{d:.2f}/{h:.2f} = {d / h:.2f}" for (d, _, _), (h, _, _) in zip(v, hugo))
        best = min(w for w, _, _ in v) / min(w for w, _, _ in hugo)
        print(f"\n{n:,} articles, full build against Hugo round by round: {pairs}; best against best {best:.2f}")
# What each build did beyond writing its output: its wall time less the write floor of its round.
for (label, n), v in sorted(rows.items()):
    sides = [rows.get((k, n)) for k in ("digestgen-full", "digestgen-write-floor", "hugo-no-related", "hugo-write-floor")]
    if label == "digestgen-full" and all(sides) and len({len(s) for s in sides}) == 1:
        rounds = [(d - df, h - hf) for (d, _, _), (df, _, _), (h, _, _), (hf, _, _) in zip(*sides)]
        pairs = ", ".join(f"{d:.2f}/{h:.2f} = {d / h:.2f}" for d, h in rounds)
        print(f"\n{n:,} articles, beyond writing the output (build less its write floor), DigestGen/Hugo round by round: {pairs}")
# Growth between the sizes of this run (the target: 30,000 articles in at most 3.2 times the 10,000 time).
sizes = sorted({n for (label, n) in rows if label == "digestgen-full"})
for small, big in zip(sizes, sizes[1:]):
    grow = []
    for label in ("digestgen-full", "hugo-no-related"):
        if (label, small) in rows and (label, big) in rows:
            a, b = (statistics.median(w for w, _, _ in rows[(label, k)]) for k in (small, big))
            grow.append(f"{label} {b / a:.2f}×")
    print(f"\ngrowth {small:,} → {big:,} articles (medians, {big / small:g}× the articles): {', '.join(grow)}")
EOF
