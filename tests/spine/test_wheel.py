"""Installable the usual way: the built wheel, installed with the interpreter's
own pip into a fresh virtual environment (dependencies from the package index,
pinned by requirements.lock as constraints), codes text, HTML and WARC."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALL_TIMEOUT = 1800  # a cold pip cache downloads spaCy and its model


def _run(cmd, **kw):
    res = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    assert res.returncode == 0, f"{' '.join(map(str, cmd))} failed:\n{res.stdout[-2000:]}\n{res.stderr[-3000:]}"
    return res


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_codes_text_html_and_warc(tmp_path, shared):
    seed = shared("seed", "lavrov-syria-talks.txt")
    dist, venv = tmp_path / "dist", tmp_path / "venv"
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", dist, ROOT], timeout=INSTALL_TIMEOUT)
    (wheel,) = dist.glob("eventwire-*.whl")
    base = getattr(sys, "_base_executable", sys.executable)
    _run([base, "-m", "venv", venv], timeout=300)
    pip = venv / "bin" / "pip"
    _run([pip, "install", "--quiet", "--find-links", dist, "-c", ROOT / "requirements.lock", wheel],
         timeout=INSTALL_TIMEOUT)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["EVENTWIRE_CACHE"] = str(tmp_path / "cache")
    tool = venv / "bin" / "eventwire"
    out = _run([tool, "code", seed, "--published", "2013-08-10"], env=env, cwd=tmp_path, timeout=600).stdout
    rec = json.loads(out)
    assert rec["status"] == "coded" and rec["language"] == "en" and rec["events"]
    assert (rec["published"], rec["published_from"]) == ("2013-08-10", "option")
    samples = ROOT / "samples"
    out = _run([tool, "code", samples / "valparaiso-port-protest.html", samples / "crawl.warc.gz"],
               env=env, cwd=tmp_path, timeout=600).stdout
    recs = [json.loads(line) for line in out.splitlines()]
    assert {r["status"] for r in recs} == {"coded"}
    assert any(r["input_id"].endswith(".html") for r in recs) and any(r["input_id"].startswith("<urn:") for r in recs)
