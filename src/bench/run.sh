#!/usr/bin/env bash
# Benchmark: bake N synthetic editorials with our site (through Maven, and the bake alone)
# and with a minimal Hugo site, alternating runs, and print medians. See src/bench/README.md.
#
#   src/bench/run.sh N[,N...] [RUNS]        e.g.  src/bench/run.sh 1000
#                                                 src/bench/run.sh 1000,10000 3
#                                                 src/bench/run.sh 100 1      (CI smoke test)
#
# Several sizes are comma-separated (not space-separated) because the second argument is
# the number of runs. Environment knobs (all optional):
#   BENCH_TOOLS     which builds to time, default "mvn inc daemon preview hugo" (hugo is skipped if
#                   absent): mvn = clean `mvn package` (-Dsite.clean=true), inc = `mvn package`
#                   after one edit (the bake cache at work), preview = save-to-page in the live
#                   preview, java = the clean bake alone without Maven, daemon = `mvn package
#                   -Dsite.daemon=true` after one edit, with the bake daemon warmed up first
#   BENCH_DAEMON_WARMUP  untimed edit-and-bake rounds in the daemon before it is timed, default 3
#   BENCH_DIR       scratch folder, default <project>/target/bench
#   BENCH_MAX_BUSY  a machine is "quiet" when other processes use less than this % of all
#                   CPUs over one second, default 20
#   BENCH_MAX_WAIT  seconds to wait for a quiet machine before running anyway, default 120
#   BENCH_RETRIES   how often to repeat a run during which others used >= BENCH_MAX_BUSY % of
#                   the CPUs, default 2 (then it is kept, with a warning)
#   BENCH_SEED      generator seed, default the generator's fixed one
#   BENCH_PREVIEW_LATER  the preview's saves are timed early in its session and again after this
#                   many saves, default 20 (0: early only)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_SRC="$ROOT/src/bench"
BENCH_DIR=${BENCH_DIR:-"$ROOT/target/bench"}
TRASH="$BENCH_DIR/trash"
RESULTS="$BENCH_DIR/results.tsv"
MAX_BUSY=${BENCH_MAX_BUSY:-20}
MAX_WAIT=${BENCH_MAX_WAIT:-120}
RETRIES=${BENCH_RETRIES:-2}
BUSY_RUNS=0
TOOLS=${BENCH_TOOLS:-"mvn inc daemon preview hugo"}
MVN=(mvn -q -o -B -Dstyle.color=never) # plain output: no ANSI colour codes in logs
CLK_TCK=$(getconf CLK_TCK)
# The live preview's JVM options, as the pom gives them to exec:exec@serve.
PREVIEW_LATER=${BENCH_PREVIEW_LATER:-20}
DAEMON_WARMUP=${BENCH_DAEMON_WARMUP:-3}
# The benchmark's own bake daemon, apart from any a maintainer runs for this project (in a
# folder of its own, which the daemon's client makes private).
DAEMON_SOCKET="$BENCH_DIR/daemon/bench.sock"
PREVIEW_JVM_OPTIONS=$(sed -n 's:.*<preview.jvm.options>\(.*\)</preview.jvm.options>.*:\1:p' "$ROOT/pom.xml")
NCPU=$(nproc)

usage() {
    sed -n '4,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
IFS=',' read -r -a SIZES <<<"$1"
RUNS=${2:-3}
for n in "${SIZES[@]}" "$RUNS"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "not a positive number: $n" >&2; usage; }
done

# GNU time, not the shell keyword: it reports peak RSS (-v) of the whole child process.
if ! /usr/bin/time --version >/dev/null 2>&1; then
    echo "GNU time is required at /usr/bin/time (apt-get install -y time)" >&2
    exit 1
fi
if [[ " $TOOLS " == *" hugo "* ]] && ! command -v hugo >/dev/null; then
    echo "note: hugo not installed (apt-get install -y hugo); measuring our bake only" >&2
    TOOLS=${TOOLS//hugo/}
fi
read -r -a TOOLS <<<"$TOOLS"
[[ ${#TOOLS[@]} -gt 0 ]] || { echo "BENCH_TOOLS selects nothing" >&2; exit 2; }

mkdir -p "$BENCH_DIR" "$TRASH"

# --- helpers ---------------------------------------------------------------------------

label() {
    case $1 in
        mvn) echo "ours-mvn" ;;
        inc) echo "ours-inc" ;;
        preview) echo "ours-save" ;;
        java) echo "ours-java" ;;
        daemon) echo "ours-daemon" ;;
        *) echo "$1" ;;
    esac
}

# Moves a folder out of the way with a rename (instant). Deleting a big tree right before
# a timed build makes the build's file creation slow on this disk (see README), so trees
# are only deleted at the very end, in one go.
move_aside() {
    local path=$1
    if [[ -e $path ]]; then
        mv "$path" "$TRASH/$(basename "$(dirname "$path")")-$(basename "$path").$(date +%s%N)"
    fi
}

# Busy and total CPU jiffies so far, all CPUs (iowait counts as idle).
cpu_jiffies() {
    local _cpu user nice system idle iowait irq softirq steal _rest
    read -r _cpu user nice system idle iowait irq softirq steal _rest </proc/stat
    local total=$((user + nice + system + idle + iowait + irq + softirq + steal))
    echo "$((total - idle - iowait)) $total"
}

# Percentage of all CPUs busy over one second; nothing of ours runs then, so it is others.
busy_now() {
    local b1 t1 b2 t2
    read -r b1 t1 < <(cpu_jiffies)
    sleep 1
    read -r b2 t2 < <(cpu_jiffies)
    echo $(((b2 - b1) * 100 / (t2 - t1 > 0 ? t2 - t1 : 1)))
}

# Flushes the previous build's dirty pages (so their writeback doesn't land in the next
# timed build), then waits until other processes are quiet. Sets QUIET_BUSY and LOADAVG.
wait_for_quiet() {
    sync
    local waited=0
    QUIET_BUSY=$(busy_now)
    while ((QUIET_BUSY >= MAX_BUSY && waited < MAX_WAIT)); do
        sleep 4
        waited=$((waited + 5))
        QUIET_BUSY=$(busy_now)
    done
    if ((QUIET_BUSY >= MAX_BUSY)); then
        echo "  warning: machine still ${QUIET_BUSY}% busy after ${MAX_WAIT}s; running anyway" >&2
    fi
    LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)
}

# Runs one build under GNU time. Sets WALL CPU RSS_MB HTML OTHERS (others' CPU % during it).
timed_build() {
    local tool=$1 content=$2 out=$3 log=$4
    local -a cmd
    case $tool in
        mvn)
            # What maintainers run; the bake runs inside Maven's JVM (exec:java), so the
            # -D system properties reach BakeMain. A clean bake: the cache is ignored.
            cmd=("${MVN[@]}" -f "$ROOT/pom.xml" package -DskipTests -Dsite.clean=true -Dsite.daemon=false
                 "-Dsite.content=$content" "-Dsite.output=$out") ;;
        inc)
            # The same, after one edit, with the bake cache of the previous bake in place.
            cmd=("${MVN[@]}" -f "$ROOT/pom.xml" package -DskipTests -Dsite.daemon=false
                 "-Dsite.content=$content" "-Dsite.output=$out") ;;
        daemon)
            # The same in the bake daemon, which earlier bakes have warmed up (peak RSS is
            # Maven's: the daemon is not its child; its own is printed after the runs).
            cmd=("${MVN[@]}" -f "$ROOT/pom.xml" package -DskipTests -Dsite.daemon=true
                 "-Dsite.daemon.socket=$DAEMON_SOCKET" "-Dsite.content=$content" "-Dsite.output=$out") ;;
        preview)
            # The live preview in its own JVM, with the options exec:exec@serve gives it (the
            # pom's preview.jvm.options): a full bake, then timed saves of one editorial until
            # the served page shows each; see PreviewSave.java.
            cmd=(java $PREVIEW_JVM_OPTIONS -cp "$ROOT/target/classes:$(cat "$BENCH_DIR/cp.txt")"
                 "$BENCH_SRC/PreviewSave.java" "$ROOT" "$content" "$out" 5 "$PREVIEW_LATER") ;;
        java)
            # The bake alone, to show how much of the above is Maven (quiet, like mvn -q).
            # Same JVM options as Maven's JVM gets from .mvn/jvm.config.
            cmd=(java $(cat "$ROOT/.mvn/jvm.config") "-Dsite.content=$content" -Dsite.quiet=true -Dsite.clean=true -cp "$ROOT/target/classes:$(cat "$BENCH_DIR/cp.txt")"
                 news.editorials.bake.BakeMain "$ROOT" "$out") ;;
        hugo)
            # HUGO_RESOURCEDIR keeps Hugo's resources/ folder out of src/bench/hugo.
            cmd=(env "HUGO_RESOURCEDIR=$BENCH_DIR/hugo-resources"
                 hugo --source "$BENCH_SRC/hugo" --contentDir "$content" --destination "$out"
                 --cacheDir "$BENCH_DIR/hugo-cache" --noBuildLock --quiet) ;;
    esac
    local b1 t1 b2 t2 start end status=0 d1=0 d2=0
    # The daemon is not Maven's child, so GNU time does not see its CPU: read it from /proc.
    [[ $tool == daemon ]] && d1=$(daemon_jiffies)
    read -r b1 t1 < <(cpu_jiffies)
    start=$EPOCHREALTIME
    (cd "$ROOT" && /usr/bin/time -v -o "$log.time" "${cmd[@]}") >"$log" 2>&1 || status=$?
    end=$EPOCHREALTIME
    read -r b2 t2 < <(cpu_jiffies)
    [[ $tool == daemon ]] && d2=$(daemon_jiffies)
    if ((status != 0)); then
        echo "FAILED ($(label "$tool"), exit $status): ${cmd[*]}" >&2
        tail -n 30 "$log" >&2
        exit 1
    fi
    local user sys rss_kb
    user=$(awk -F': ' '/User time/ {print $2}' "$log.time")
    sys=$(awk -F': ' '/System time/ {print $2}' "$log.time")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log.time")
    WALL=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')
    CPU=$(awk -v u="$user" -v s="$sys" -v d="$((d2 - d1))" -v hz="$CLK_TCK" 'BEGIN {printf "%.2f", u + s + d / hz}')
    RSS_MB=$(awk -v k="$rss_kb" 'BEGIN {printf "%.0f", k / 1024}')
    HTML=$(find "$out" -name '*.html' | wc -l)
    if [[ $tool == inc || $tool == daemon ]] && ! grep -q "$EDIT_MARKER" "$out/$EDIT_PAGE"; then
        echo "FAILED ($(label "$tool")): the edit '$EDIT_MARKER' is not in $out" >&2
        exit 1
    fi
    if [[ $tool == daemon ]] && grep -qE 'baking in this JVM instead|Started a bake daemon' "$log"; then
        echo "FAILED (ours-daemon): the bake did not run in the warm daemon:" >&2
        cat "$log" >&2
        exit 1
    fi
    # Whole-machine CPU used during the build minus the build's own CPU = everyone else's.
    OTHERS=$(awk -v db="$((b2 - b1))" -v hz="$CLK_TCK" -v c="$CPU" -v w="$WALL" -v n="$NCPU" \
        'BEGIN {o = (db / hz - c) / (w * n) * 100; if (o < 0) o = 0; printf "%.0f", o}')
    if [[ $tool == preview ]]; then
        # The process's own wall time is mostly its first, full bake: report the saves.
        WALL=$(awk '/preview save-to-page ms: median/ {printf "%.2f", $5 / 1000}' "$log")
        LATER_NOTE=$(grep -o 'after [0-9]* saves: median [0-9]*' "$log" || true)
        LATER_WALL=$(awk '/preview save-to-page ms after/ {for (i = 1; i < NF; i++) if ($i == "median") {printf "%.2f", $(i + 1) / 1000; exit}}' "$log")
    fi
}

daemon_pid() {
    pgrep -f "BakeDaemon $DAEMON_SOCKET" | head -n 1 || true
}

# CPU jiffies (user + system) the benchmark's bake daemon has used so far; 0 if none runs.
daemon_jiffies() {
    local pid
    pid=$(daemon_pid)
    if [[ -n $pid && -r /proc/$pid/stat ]]; then
        # Fields 14 and 15 (utime, stime), counted after the command name, which may hold spaces.
        sed 's/^.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}'
    else
        echo 0
    fi
}

stop_daemon() {
    "${MVN[@]}" -f "$ROOT/pom.xml" -q package -DskipTests -Dsite.daemon=stop "-Dsite.daemon.socket=$DAEMON_SOCKET" >/dev/null 2>&1 || true
}

median() { # numbers on stdin -> median
    sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# --- preparation (untimed) ---------------------------------------------------------------

# A mass delete shortly before a timed build slows its file creation; if the previous
# invocation just deleted a big tree, let the disk settle first.
if [[ -f $BENCH_DIR/.last-delete ]]; then
    read -r when count <"$BENCH_DIR/.last-delete"
    settle=$((when + 90 - $(date +%s)))
    if ((count > 2000 && settle > 0)); then
        echo "waiting ${settle}s: the previous run deleted $count files moments ago (see README)"
        sleep "$settle"
    fi
fi

if [[ " ${TOOLS[*]} " != " hugo " ]]; then
    # Compile now, so that the first timed Maven run doesn't pay for it (package with
    # -DskipTests still compiles the tests), and write the runtime classpath for the
    # bake-alone and preview runs.
    phase=compile
    [[ " ${TOOLS[*]} " == *" mvn "* || " ${TOOLS[*]} " == *" inc "* || " ${TOOLS[*]} " == *" daemon "* ]] && phase=test-compile
    echo "preparing: mvn $phase dependency:build-classpath"
    "${MVN[@]}" -f "$ROOT/pom.xml" "$phase" dependency:build-classpath \
        -Dmdep.includeScope=runtime "-Dmdep.outputFile=$BENCH_DIR/cp.txt"
    if [[ ! -f $ROOT/target/classes/news/editorials/bake/BakeMain.class ]]; then
        echo "news.editorials.bake.BakeMain is not built yet; nothing of ours to measure" >&2
        exit 1
    fi
fi

GEN_HASH=$(sha256sum "$BENCH_SRC/GenerateEditorials.java" | cut -c1-16)
GIT_REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)
if [[ ! -f $RESULTS ]]; then
    printf 'when\tgit\tN\ttool\trun\twall_s\tcpu_s\tpeak_rss_mb\thtml_files\tload1\tload5\tload15\tbusy_before_pct\tothers_during_pct\tkept\n' >"$RESULTS"
fi

declare -A T_WALL # "tool N" -> median wall, for the growth ratios at the end

# --- one series per size -----------------------------------------------------------------

for N in "${SIZES[@]}"; do
    dir="$BENCH_DIR/$N"
    content="$dir/content"
    mkdir -p "$dir"

    # Same generator source + N + seed -> same bytes, so earlier content is reused.
    stamp="$GEN_HASH $N ${BENCH_SEED:-default}"
    if [[ ! -d $content || "$(cat "$dir/content.stamp" 2>/dev/null)" != "$stamp" ]]; then
        move_aside "$content"
        rm -f "$dir/content.stamp"
        java "$BENCH_SRC/GenerateEditorials.java" "$N" "$content" ${BENCH_SEED:+"$BENCH_SEED"}
        echo "$stamp" >"$dir/content.stamp"
    else
        echo "reusing $content (same generator, N and seed)"
    fi
    # The site's own pages outside editorials/ (about.md, ...): the navigation links to them
    # and the bake fails on broken links. Copied fresh each time, as they may change.
    find "$ROOT/content" -maxdepth 1 -type f -name '*.md' -exec cp -p {} "$content/" \;

    # The incremental build needs a previous bake and its cache: one untimed bake first.
    # Each timed incremental run follows one edit of one editorial (restored at the end).
    edit_file=$(find "$content/editorials" -name '*.md' | sort | tail -n 1)
    cp -p "$edit_file" "$dir/edited.orig"
    EDIT_PAGE=${edit_file#"$content/"}
    EDIT_PAGE=${EDIT_PAGE%.md}/index.html
    if [[ " ${TOOLS[*]} " == *" daemon "* ]]; then
        echo "preparing: a bake daemon, one bake (clean the first time) and $DAEMON_WARMUP edit-and-bake rounds in it (untimed)"
        stop_daemon
        trap stop_daemon EXIT
        for ((round = 0; round <= DAEMON_WARMUP; round++)); do
            ((round == 0)) || printf '\nWarm-up edit %d.\n' "$round" >>"$edit_file"
            "${MVN[@]}" -f "$ROOT/pom.xml" package -DskipTests -Dsite.daemon=true "-Dsite.daemon.socket=$DAEMON_SOCKET" \
                "-Dsite.content=$content" "-Dsite.output=$dir/out-daemon"
        done
    fi

    if [[ " ${TOOLS[*]} " == *" inc "* ]]; then
        echo "preparing: one bake into $dir/out-inc (untimed), so the timed ones are incremental"
        "${MVN[@]}" -f "$ROOT/pom.xml" package -DskipTests -Dsite.daemon=false "-Dsite.content=$content" "-Dsite.output=$dir/out-inc"
    fi

    echo
    echo "N=$N: $RUNS run(s) of: $(for t in "${TOOLS[@]}"; do printf '%s ' "$(label "$t")"; done)(alternating)"
    declare -A walls=() cpus=() rsss=() htmls=() loads=() others=()
    later_walls=""
    for ((run = 1; run <= RUNS; run++)); do
        for tool in "${TOOLS[@]}"; do
            out="$dir/out-$tool"
            # A run during which other processes took a fair share of the CPUs is not a
            # measurement of us: note it, and run it again (up to RETRIES more times).
            for ((attempt = 0; ; attempt++)); do
                if [[ $tool == inc || $tool == daemon ]]; then
                    EDIT_MARKER="Benchmark edit $run.$attempt.$(date +%s%N)"
                    printf '\n%s\n' "$EDIT_MARKER" >>"$edit_file"
                else
                    move_aside "$out" # never rm right before a timed build
                fi
                wait_for_quiet
                timed_build "$tool" "$content" "$out" "$dir/$tool.log"
                kept=yes
                if ((OTHERS >= MAX_BUSY && attempt < RETRIES)); then
                    kept=no
                fi
                printf '  run %d %-10s wall %6.2f s  cpu %6.2f s  rss %5d MB  html %6d  (load %s; others %d%% before, %d%% during)%s\n' \
                    "$run" "$(label "$tool")" "$WALL" "$CPU" "$RSS_MB" "$HTML" "$LOADAVG" "$QUIET_BUSY" "$OTHERS" \
                    "$([[ $kept == no ]] && echo ' -> busy machine, discarded, again')"
                if [[ $tool == preview && -n ${LATER_NOTE:-} ]]; then
                    echo "        save-to-page $LATER_NOTE ms"
                fi
                printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$GIT_REV" "$N" \
                    "$(label "$tool")" "$run" "$WALL" "$CPU" "$RSS_MB" "$HTML" "${LOADAVG// /$'\t'}" \
                    "$QUIET_BUSY"$'\t'"$OTHERS" "$kept" >>"$RESULTS"
                if [[ $tool == preview && -n ${LATER_WALL:-} ]]; then
                    # The later saves as a row of their own (same process, so the same CPU and memory).
                    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$GIT_REV" "$N" \
                        "ours-save$PREVIEW_LATER" "$run" "$LATER_WALL" "$CPU" "$RSS_MB" "$HTML" "${LOADAVG// /$'\t'}" \
                        "$QUIET_BUSY"$'\t'"$OTHERS" "$kept" >>"$RESULTS"
                fi
                [[ $kept == yes ]] && break
            done
            if ((OTHERS >= MAX_BUSY)); then
                echo "  warning: other processes used ${OTHERS}% of the CPUs during that run too; kept it, treat it with care" >&2
                BUSY_RUNS=$((BUSY_RUNS + 1))
            fi
            walls[$tool]+="$WALL "
            cpus[$tool]+="$CPU "
            rsss[$tool]+="$RSS_MB "
            htmls[$tool]=$HTML
            loads[$tool]+="${LOADAVG%% *} "
            others[$tool]+="$OTHERS "
            if [[ $tool == preview && -n ${LATER_WALL:-} ]]; then
                later_walls+="$LATER_WALL "
            fi
        done
    done

    hugo_wall=""
    if [[ -n ${walls[hugo]:-} ]]; then
        hugo_wall=$(tr ' ' '\n' <<<"${walls[hugo]}" | grep . | median)
    fi
    echo
    echo "N=$N editorials, medians of $RUNS run(s):"
    printf '  %-10s %8s %8s %8s %7s %8s %9s %10s %9s\n' tool wall_s cpu_s rss_MB html pages/s "vs hugo" "load1" "others%"
    for tool in "${TOOLS[@]}"; do
        w=$(tr ' ' '\n' <<<"${walls[$tool]}" | grep . | median)
        c=$(tr ' ' '\n' <<<"${cpus[$tool]}" | grep . | median)
        r=$(tr ' ' '\n' <<<"${rsss[$tool]}" | grep . | median)
        lmin=$(tr ' ' '\n' <<<"${loads[$tool]}" | grep . | sort -g | head -1)
        lmax=$(tr ' ' '\n' <<<"${loads[$tool]}" | grep . | sort -g | tail -1)
        omax=$(tr ' ' '\n' <<<"${others[$tool]}" | grep . | sort -g | tail -1)
        pps=$(awk -v h="${htmls[$tool]}" -v w="$w" 'BEGIN {printf "%.0f", (w > 0 ? h / w : 0)}')
        ratio="-"
        if [[ -n $hugo_wall ]]; then
            ratio=$(awk -v a="$w" -v b="$hugo_wall" 'BEGIN {printf "%.2fx", (b > 0 ? a / b : 0)}')
        fi
        printf '  %-10s %8.2f %8.2f %8.0f %7d %8d %9s %10s %9s\n' "$(label "$tool")" "$w" "$c" "$r" \
            "${htmls[$tool]}" "$pps" "$ratio" "$lmin-$lmax" "max $omax"
        T_WALL["$tool $N"]=$w
        if [[ $tool == preview && -n $later_walls ]]; then
            w=$(tr ' ' '\n' <<<"$later_walls" | grep . | median)
            ratio="-"
            if [[ -n $hugo_wall ]]; then
                ratio=$(awk -v a="$w" -v b="$hugo_wall" 'BEGIN {printf "%.2fx", (b > 0 ? a / b : 0)}')
            fi
            printf '  %-10s %8.2f %8s %8s %7s %8s %9s   (saves after %d, same process)\n' "ours-save$PREVIEW_LATER" "$w" - - - - \
                "$ratio" "$PREVIEW_LATER"
        fi
    done
    printf '  t(%d):' "$N"
    for tool in "${TOOLS[@]}"; do printf ' %s %s s;' "$(label "$tool")" "${T_WALL["$tool $N"]}"; done
    echo
    unset walls cpus rsss htmls loads others
    if [[ " ${TOOLS[*]} " == *" daemon "* ]]; then
        pid=$(daemon_pid)
        if [[ -n $pid ]] && memory=$(awk '/VmRSS|VmHWM/ {printf "%s %d MB; ", $1, $2 / 1024}' "/proc/$pid/status" 2>/dev/null); then
            echo "  the bake daemon after the runs: $memory(VmHWM is its peak)"
        fi
        stop_daemon
    fi
    cp -p "$dir/edited.orig" "$edit_file"
done

# Growth with size, when several sizes were measured: t(largest N) / t(smallest N).
if ((${#SIZES[@]} > 1)); then
    small=$(printf '%s\n' "${SIZES[@]}" | sort -n | head -n 1)
    large=$(printf '%s\n' "${SIZES[@]}" | sort -n | tail -n 1)
    echo
    echo "growth t($large)/t($small) (x$((large / small)) editorials; 1 = constant, $((large / small)) = linear):"
    for tool in "${TOOLS[@]}"; do
        awk -v a="${T_WALL["$tool $large"]}" -v b="${T_WALL["$tool $small"]}" -v t="$(label "$tool")" \
            'BEGIN {printf "  %-10s %.2f\n", t, (b > 0 ? a / b : 0)}'
    done
fi

echo
if ((BUSY_RUNS > 0)); then
    echo "note: $BUSY_RUNS run(s) above were taken on a busy machine (others% >= $MAX_BUSY); re-run later for clean numbers"
fi
echo "results appended to ${RESULTS#"$ROOT/"}; outputs in ${BENCH_DIR#"$ROOT/"}/<N>/out-<tool>/"

# --- cleanup: delete the moved-aside trees only now, after every timed build ---------------
count=$(find "$TRASH" -mindepth 1 | wc -l)
if ((count > 0)); then
    rm -rf "$TRASH"
    echo "$(date +%s) $count" >"$BENCH_DIR/.last-delete"
fi
