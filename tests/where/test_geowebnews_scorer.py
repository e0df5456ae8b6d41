"""The GeoWebNews scorer: distances, reading the XML, and (opt-in) the full set."""

from __future__ import annotations

import os

import pytest

from eventwire.evaluate import geowebnews

XML = """<?xml version="1.0" ?><articles><article file="0"><title>t</title><text>Talks in Paris and Lyon went on.</text>
<toponyms><toponym><extractedName>Paris</extractedName><type>Literal</type><nonLocational>No</nonLocational>
<start>9</start><end>14</end><geonamesID>2988507</geonamesID><latitude>48.85341</latitude><longitude>2.3488</longitude></toponym>
<toponym><extractedName>Lyon</extractedName><type>Literal</type><nonLocational>Yes</nonLocational>
<start>19</start><end>23</end></toponym></toponyms></article></articles>"""


def test_haversine_known_distance():
    # Paris - London, about 344 km
    assert abs(geowebnews.haversine(48.8566, 2.3522, 51.5074, -0.1278) - 344) < 5


def test_score_on_one_article(tmp_path):
    f = tmp_path / "g.xml"
    f.write_text(XML, encoding="utf-8")
    gold = geowebnews.load(f)
    assert [(t["name"], t["lat"]) for t in gold[0][1]] == [("Paris", 48.85341)]  # non-locational left out
    r = geowebnews.score(f)
    assert r["toponyms"] == 1 and r["accuracy_161"] == 1.0 and r["e2e_overlap_share"] == 1.0


@pytest.mark.skipif(not os.environ.get("EVENTWIRE_EVAL"), reason="full GeoWebNews run: set EVENTWIRE_EVAL=1")
def test_geowebnews_target(shared):
    shared("eval", "geowebnews", "GWN.xml")
    r = geowebnews.score()
    assert r["accuracy_161"] >= 0.85
    assert r["e2e_overlap_share"] >= 0.80 and r["e2e_161_of_all"] >= 0.75
    assert set(r["parts"]) == {"read", "score"}
