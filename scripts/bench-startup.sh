#!/usr/bin/env bash
# Start-up time and idle memory of the platform under the Aspire AppHost (not a test): builds Release once, runs
# the AppHost, reads the start-up time it prints ("LandPlatform: all N resources healthy in X s": from the AppHost's
# start to every resource healthy) and samples every process it runs at several moments of idleness (IDLE_SECONDS,
# default 15, 60 and 180 s after healthy): the services, the broker, and Aspire's own processes (the AppHost, DCP's
# API server and controllers, one `dcp monitor-process` per resource, the dashboard). Then stops it with SIGTERM.
# Extra arguments go to the AppHost (e.g. --postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
# Seconds after the platform is healthy at which to sample each process (space-separated).
IDLE_SECONDS="${IDLE_SECONDS:-15 60 180}"

dotnet build AppHost/AppHost.csproj -c Release --nologo -v quiet

log="$(mktemp)"
data="$(mktemp -d /tmp/landplatform-bench.XXXXXX)"
chmod 755 "$data"
dotnet AppHost/bin/Release/net10.0/LandPlatform.AppHost.dll --http-port 0 --data "$data" "$@" >"$log" 2>&1 &
apphost=$!
cleanup() {
    if kill -0 "$apphost" 2>/dev/null; then
        kill -TERM "$apphost"
        wait "$apphost" || true
    fi
    rm -rf "$data" "$log"
}
trap cleanup EXIT

healthy_line() { grep -o 'LandPlatform: all [0-9]* resources healthy in [0-9.]* s' "$log" | head -1; }
for _ in $(seq 1 600); do
    [ -n "$(healthy_line)" ] && break
    if ! kill -0 "$apphost" 2>/dev/null; then
        echo "AppHost exited before the platform was healthy:" >&2
        tail -40 "$log" >&2
        exit 1
    fi
    sleep 0.5
done
if [ -z "$(healthy_line)" ]; then
    echo "platform not healthy after 300 s" >&2
    tail -40 "$log" >&2
    exit 1
fi
startup="$(healthy_line)"

# Every process of this run, found from the AppHost's PID the way tests/Testing/Platform/ProcessTree.cs does:
# descendants, plus DCP (started detached: its API server has --monitor <AppHost PID>, its controllers share the
# server's kubeconfig), then labelled by what each one runs. Samples are kept in one file per moment.
python3 - "$apphost" "$IDLE_SECONDS" "$startup" <<'PY'
import os, re, sys, time

root, moments, startup = int(sys.argv[1]), [int(s) for s in sys.argv[2].split()], sys.argv[3]

def processes():
    result = {}
    for pid in filter(str.isdigit, os.listdir('/proc')):
        try:
            stat = open(f'/proc/{pid}/stat').read()
            args = open(f'/proc/{pid}/cmdline').read().split('\0')
            result[int(pid)] = (int(stat.rsplit(')', 1)[1].split()[1]), [a for a in args if a])
        except OSError:
            pass
    return result

def after(args, name):
    return args[args.index(name) + 1].strip('"') if name in args and args.index(name) + 1 < len(args) else None

def tree():
    procs, members, kubeconfigs, grew = processes(), {root}, set(), True
    while grew:
        grew = False
        for pid, (parent, args) in procs.items():
            if pid in members:
                continue
            if parent in members or after(args, '--monitor') in {str(m) for m in members} or after(args, '--kubeconfig') in kubeconfigs:
                members.add(pid)
                if after(args, '--kubeconfig'):
                    kubeconfigs.add(after(args, '--kubeconfig'))
                grew = True
    return {pid: procs[pid][1] for pid in members if pid in procs}

def label(args, members):
    text = ' '.join(args)
    if m := re.search(r'LandPlatform\.(\w+)\.dll', text):
        return {'DevTokenIssuer': 'identity'}.get(m.group(1), m.group(1).lower())
    if 'beam.smp' in text: return 'bus (beam.smp)'
    if 'start-apiserver' in text: return 'dcp apiserver'
    if 'run-controllers' in text: return 'dcp controllers'
    if 'monitor-process' in text:
        child = int(after(args, '--child') or 0)
        return 'dcp monitor ' + (label(members[child], members) if child in members else str(child))
    if 'Aspire.Dashboard' in text: return 'dashboard'
    return 'bus helper ' + os.path.basename(args[0]) if args else '?'

def kb(pid, file, key):
    try:
        for line in open(f'/proc/{pid}/{file}'):
            if line.startswith(key + ':'):
                return int(line.split()[1])
    except OSError:
        pass
    return 0

def cpu_seconds(pid):
    # utime + stime of /proc/<pid>/stat: what the process has cost the machine's cores so far.
    try:
        fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')
    except OSError:
        return 0.0

start, samples, cpu = time.monotonic(), {}, {}
members = tree()
for at in moments:
    while time.monotonic() - start < at:
        time.sleep(1)
    members = tree()
    for pid, args in members.items():
        samples.setdefault(pid, {})[at] = kb(pid, 'status', 'VmRSS')
        cpu.setdefault(pid, cpu_seconds(pid))
pss = {pid: kb(pid, 'smaps_rollup', 'Pss') for pid in members}

def aspire(name): return name in ('apphost', 'dashboard') or name.startswith('dcp')
rows = sorted(((label(args, members), pid) for pid, args in members.items()), key=lambda r: (aspire(r[0]), r[0]))
print(f'\n{startup}\n')
print(f"{'PROCESS':<28} {'PID':>7}" + ''.join(f" {'RSS@'+str(at)+'s':>10}" for at in moments) + f" {'PSS':>8} {'max RSS':>8} {'CPU s':>7}   (MB; CPU: seconds of CPU used by the first sample)")
totals = {'platform': [0, 0, 0.0], 'aspire': [0, 0, 0.0]}
for name, pid in rows:
    rss = [samples.get(pid, {}).get(at, 0) for at in moments]
    print(f'{name:<28} {pid:>7}' + ''.join(f' {v/1024:>10.1f}' for v in rss) + f' {pss.get(pid, 0)/1024:>8.1f} {max(rss)/1024:>8.1f} {cpu.get(pid, 0):>7.1f}')
    group = totals['aspire' if aspire(name) else 'platform']
    group[0] += rss[-1]; group[1] += pss.get(pid, 0); group[2] += cpu.get(pid, 0)
print()
for group, (rss, p, c) in totals.items():
    print(f'total {group:<22} RSS {rss/1024:>7.1f} MB   PSS {p/1024:>7.1f} MB   CPU {c:>6.1f} s')
print(f"total {'everything':<22} RSS {sum(t[0] for t in totals.values())/1024:>7.1f} MB   PSS {sum(t[1] for t in totals.values())/1024:>7.1f} MB   CPU {sum(t[2] for t in totals.values()):>6.1f} s")
print('RSS counts shared pages (the .NET framework, DCP\'s binary) once per process; PSS divides them among their users.')

def started_at(pid):
    # Field 22 of /proc/<pid>/stat: the process's start, in clock ticks since boot.
    try:
        return int(open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()[19]) / os.sysconf('SC_CLK_TCK')
    except OSError:
        return None

# When DCP started each process, counted from the AppHost's own start: with "Healthy after" below, where a
# start's time goes (DCP's own start, the broker's boot, the services' start, the gateway waiting for them).
origin = started_at(root)
shown = [(name, started_at(pid)) for name, pid in rows if not name.startswith(('dcp monitor', 'bus helper')) and name != 'apphost']
starts = sorted((at - origin, name) for name, at in shown if at is not None)
print('Started after: ' + ', '.join(f'{name} {at:.1f} s' for at, name in starts))
PY

# The moment each resource turned healthy, as the AppHost logged it.
grep -o 'Healthy after: .*' "$log" | head -1 || true

kill -TERM "$apphost"
code=0
wait "$apphost" || code=$?
echo
echo "stopped (AppHost exit code $code)"
