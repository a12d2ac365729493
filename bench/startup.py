#!/usr/bin/env python3
"""Whole-process timings, alternating the commands run for run so that load on a shared
machine hits all of them alike. Prints medians and the ratio of each to the first command
(the JVM hello-world).

  startup.py --runs 40 --warmup 3 NAME=COMMAND [NAME=COMMAND...]

COMMAND is run by /bin/sh. A NAME starting with 'pty:' is started under a pseudo-terminal and
timed until its output shows the text after '|' in the name (pty:ask|Is any) -- the time to the
first prompt -- and then killed.
"""
import argparse, os, pty, select, signal, statistics, subprocess, sys, time


def run_plain(cmd, attempts=3):
    t = time.perf_counter()
    p = subprocess.run(cmd, shell=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    took = time.perf_counter() - t
    if p.returncode in (-9, -15, 137, 143) and attempts > 1:
        # killed from outside (a shared machine): time it again rather than lose the whole run
        print(f"startup.py: '{cmd}' was killed ({p.returncode}); running it again", file=sys.stderr)
        return run_plain(cmd, attempts - 1)
    if p.returncode != 0:
        sys.exit(f"startup.py: '{cmd}' exited {p.returncode}: {p.stderr.decode(errors='replace')[:400]}")
    return took


def run_pty(cmd, wait_for):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp("/bin/sh", ["/bin/sh", "-c", cmd])
    t = time.perf_counter()
    seen = b""
    needle = wait_for.encode()
    try:
        while needle not in seen:
            r, _, _ = select.select([fd], [], [], 10)
            if not r:
                sys.exit(f"startup.py: no '{wait_for}' within 10 s from '{cmd}'; got {seen[-300:]!r}")
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                sys.exit(f"startup.py: '{cmd}' ended before showing '{wait_for}'; got {seen[-300:]!r}")
            seen += chunk
        took = time.perf_counter() - t
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
    return took


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("commands", nargs="+")
    a = ap.parse_args()
    named = []
    for c in a.commands:
        name, _, cmd = c.partition("=")
        named.append((name, cmd))

    def once(name, cmd):
        if name.startswith("pty:"):
            return run_pty(cmd, name.split("|", 1)[1])
        return run_plain(cmd)

    for _ in range(a.warmup):
        for name, cmd in named:
            once(name, cmd)
    times = {name: [] for name, _ in named}
    for i in range(a.runs):
        order = named if i % 2 == 0 else list(reversed(named))
        for name, cmd in order:
            times[name].append(once(name, cmd))
    base = statistics.median(times[named[0][0]])
    print(f"{'command':<34} {'median ms':>10} {'p10 ms':>8} {'p90 ms':>8} {'x ' + named[0][0]:>12}")
    for name, _ in named:
        ts = sorted(times[name])
        med = statistics.median(ts)
        p10 = ts[len(ts) // 10]
        p90 = ts[min(len(ts) - 1, (len(ts) * 9) // 10)]
        label = name.split("|")[0]
        print(f"{label:<34} {med * 1000:>10.1f} {p10 * 1000:>8.1f} {p90 * 1000:>8.1f} {med / base:>12.2f}")


if __name__ == "__main__":
    main()
