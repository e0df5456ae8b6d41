"""Start-up cost of the places stage in a fresh process: load the gazetteer and the scan
automaton from the cache, then the first look-up (``python bench/where_startup.py``; run it
twice: the first run after a change of the data builds the cache)."""
import resource
import time

t0, c0 = time.perf_counter(), time.process_time()
from eventwire.where.gazetteer import gazetteer  # noqa: E402

g = gazetteer()
t1, c1 = time.perf_counter(), time.process_time()
from eventwire.where.scan import automaton, scan  # noqa: E402

automaton()
t2, c2 = time.perf_counter(), time.process_time()
g.candidates("Paris")
scan("He flew from Paris to Louisville, Kentucky.")
t3, c3 = time.perf_counter(), time.process_time()
print(f"gazetteer {c1 - c0:.2f} s CPU ({t1 - t0:.2f} s wall); scan {c2 - c1:.2f} s CPU ({t2 - t1:.2f} s wall); "
      f"first look-up {c3 - c2:.2f} s CPU; total {c3 - c0:.2f} s CPU; "
      f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
