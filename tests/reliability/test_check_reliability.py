"""`eventwire check-reliability --small`: hostile inputs, kill -9 and resume, two writers, load, hostile API."""

import json
import subprocess
import sys


def test_small_reliability_run_has_no_failures(tmp_path):
    r = subprocess.run([sys.executable, "-m", "eventwire.cli", "check-reliability", "--small", "--work",
                        str(tmp_path)], capture_output=True, text=True, timeout=1800)
    out = r.stdout
    figures = json.loads(out[:out.rindex("}") + 1])
    assert r.returncode == 0, out + r.stderr[-2000:]
    assert figures["hostile_crashes"] == 0 and figures["hostile_hangs"] == 0
    assert figures["hostile_unaccounted"] == 0 and figures["hostile_inputs"] >= 40
    assert figures["kill_lost"] == 0 and figures["kill_doubled"] == 0 and figures["kill_tables_differ"] == 0
    assert figures["two_writers_refused"] == 1
    assert figures["load_errors"] == 0 and figures["load_requests"] > 0
    assert figures["hostile_5xx"] == 0 and figures["db_changed"] == 0 and figures["wordless_matches"] == 0
