"""Benchmark of incident grouping on synthetic events (not a test): see eventwire.incidents.bench."""

import argparse

from eventwire.incidents.bench import run

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--parts", type=int, default=10)
    a = ap.parse_args()
    run(a.events, a.seed, a.parts)
