#!/usr/bin/env bash
# Scores the splitter and tagger on every development set: the seed pages, the team's pages, each real set's
# training half in full (SCORE line only here) and its held-back half with --score-only (its failures are never
# printed: nobody reads them while the splitter changes), then the reprint sets' halves. One line per set and half,
# and totals by language. Needs the processor jar: mvn -q -B -ntp -DskipTests package
# usage: scripts/score-dev-sets.sh [train|heldout|both]   (default both)
set -u
cd "$(dirname "$0")/.."
JAR=services/processor/target/newsflow-processor.jar
E=services/core/src/test/resources/eval
[ -f "$JAR" ] || { echo "no $JAR: build it first (mvn -q -B -ntp -DskipTests package)" >&2; exit 2; }
halves=${1:-both}; [ "$halves" = both ] && halves="train heldout"

score() { # label, then eval's arguments: prints "label: SCORE …" and adds the checks to the language's totals
  local label=$1; shift
  local line
  line=$(java -jar "$JAR" eval "$@" --score-only 2>/dev/null | grep '^SCORE')
  [ -n "$line" ] || line="SCORE 0/0 checks (eval failed)"
  echo "$label: $line"
  echo "$label $line" >> "$TOTALS"
}
TOTALS=$(mktemp); trap 'rm -f "$TOTALS"' EXIT

score "seeds" --gold services/core/src/test/resources/seeds-gold.json --pages sources
score "team pages" --gold "$E/pages-gold.json"
for dir in "$E"/chronam-1916* "$E"/zh-*; do
  set=$(basename "$dir")
  for h in $halves; do
    if [ -f "$dir/gold-$h.json" ]; then score "$set $h" --gold "$dir/gold-$h.json"; fi
  done
done
for set in web chronam-1916; do
  for h in $halves; do
    echo "reprints $set $h: $(java -jar "$JAR" eval-reprints --set "$E/reprints/$set" --half "$h" --score-only 2>/dev/null | tail -3 | tr '\n' ' ')"
  done
done
awk '$1 ~ /^(chronam|zh-)/ && $3 ~ /^SCORE/ {
       split($4, a, "/"); lang = ($1 ~ /^zh-/) ? "Chinese" : "English"; k = lang " " $2; p[k] += a[1]; t[k] += a[2] }
     END { for (k in p) printf "TOTAL %s: %d/%d (%.1f %%)\n", k, p[k], t[k], 100 * p[k] / t[k] }' "$TOTALS" | sort
