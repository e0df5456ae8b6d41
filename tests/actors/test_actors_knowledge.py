"""The knowledge files: loading, dates of roles, user files merged over the built-in ones."""

from __future__ import annotations

import pytest

from eventwire.actors import lexicon_terms, make_stage
from eventwire.actors.knowledge import load, split_code
from eventwire.actors.lexicon import compiled
from eventwire.settings import Settings

from conftest import document


def test_split_code():
    assert split_code("RUSMILGOV") == ("RUS", ["MIL", "GOV"])
    assert split_code("IGOUNO") == ("IGO", ["UNO"])
    assert split_code("USA") == ("USA", [])


def test_every_iso_country_is_loaded_with_its_capital():
    kb = load(())
    assert len([c for c in kb.countries.values() if not c.region]) >= 240
    for code, capital in [("RUS", "Moscow"), ("FRA", "Paris"), ("KEN", "Nairobi"), ("PER", "Lima"),
                          ("UKR", "Kyiv"), ("USA", "Washington"), ("MNG", "Ulaanbaatar")]:
        assert capital in kb.countries[code].capitals


def test_people_rows_are_valid():
    kb = load(())
    assert len(kb.people) >= 300
    assert sum(len(p.roles) for p in kb.people.values()) >= 500
    for p in kb.people.values():
        for r in p.roles:
            country, _ = split_code(r.code)
            assert country in kb.countries or country in ("IGO", "NGO", "IMG"), (p.name, r.code)
            assert not r.end or not r.start or r.start <= r.end, (p.name, r.start, r.end)


def test_roles_by_date():
    kb = load(())
    assert kb.people["Sergei Lavrov"].code_on("2013-08-10") == ("RUS", ["GOV"])
    assert kb.people["Chuck Hagel"].code_on("2014-06-01") == ("USA", ["MIL", "GOV"])
    assert kb.people["Chuck Hagel"].code_on("2006-06-01") == ("USA", ["LEG"])
    assert kb.people["Chuck Hagel"].code_on("2011-06-01") == ("USA", ["ELI"])  # between roles: former
    assert kb.people["Tony Blair"].code_on("2012-01-01") == ("GBR", ["ELI"])
    assert kb.people["Ban Ki-moon"].code_on("2010-01-01") == ("IGO", ["GOV"])


def test_lexicon_terms_cover_the_knowledge():
    terms = set(lexicon_terms())
    for t in ["Russia", "U.S.", "Russian", "Israelis", "Moscow", "Kremlin", "NATO", "United Nations",
              "Sergei Lavrov", "Lavrov", "Pentagon", "Côte d'Ivoire"]:
        assert t in terms, t
    assert len(terms) > 2000


def test_compiled_once_per_process():
    assert compiled(()) is compiled(())


def test_user_yaml_adds_and_corrects(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "orgs:\n"
        "  - {name: Zorgonian Front, aliases: [ZF], code: SYRREB, country: SYR, sectors: REB, type: group, case: exact}\n"
        "people:\n"
        "  - {name: Sergei Lavrov, short: Lavrov, code: RUSELI, start: 2000-01-01, role: pensioner}\n"
        "sectors:\n"
        "  - {term: peshmerga, sectors: MIL, kind: group}\n", encoding="utf-8")
    stage = make_stage(Settings(actors_files=(str(f),)))
    doc = document("The ZF and Kurdish peshmerga attacked. Lavrov said nothing.", "2013-08-10")
    stage(doc)
    codes = {a["name"]: a["code"] for a in doc.article.actors}
    assert codes["Zorgonian Front"] == "SYRREB"
    assert codes["Sergei Lavrov"] == "RUSELI"
    # the built-in knowledge is unchanged for everyone else
    stage = make_stage(Settings())
    doc = document("Lavrov said nothing.", "2013-08-10")
    stage(doc)
    assert doc.article.actors[0]["code"] == "RUSGOV"


def test_user_tsv_needs_a_known_header(tmp_path):
    good = tmp_path / "people.tsv"
    good.write_text("name\tshort\taliases\tcode\tstart\tend\tgender\trole\n"
                    "Jane Quux\tQuux\t\tGBRGOV\t2020-01-01\t\tf\tambassador\n", encoding="utf-8")
    stage = make_stage(Settings(actors_files=(str(good),)))
    doc = document("Quux said the talks went well. She left.", "2021-01-01")
    stage(doc)
    jane = doc.article.actors[0]
    assert jane["code"] == "GBRGOV" and [m["text"] for m in jane["mentions"]] == ["Quux", "She"]
    bad = tmp_path / "bad.tsv"
    bad.write_text("what\tever\nx\ty\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        make_stage(Settings(actors_files=(str(bad),)))


def test_missing_user_file_is_reported():
    with pytest.raises(FileNotFoundError, match="nope.yaml"):
        make_stage(Settings(actors_files=("nope.yaml",)))


def test_user_terms_reach_the_fast_scan(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("orgs:\n  - {name: Qwertyan Liberation Front, code: SYRREB, country: SYR, sectors: REB, type: group}\n",
                 encoding="utf-8")
    from eventwire.actors import lexicon_terms as terms_for

    assert "Qwertyan Liberation Front" in set(terms_for(Settings(actors_files=(str(f),))))
    assert "Qwertyan Liberation Front" not in set(terms_for())
