"""The kinds of construction the coder must read (issue 4, items 3 and 4),
each with hand-given actors so that only the events coder is measured."""

from __future__ import annotations

from .conftest import events_of

A = {"Israel": "ISR", "Hamas": "PSEREB", "Egypt": "EGY", "Jordan": "JOR", "Sergei Lavrov": "RUSGOV",
     "Lavrov": "RUSGOV", "Moscow": "RUSGOV", "Washington": "USAGOV", "John Kerry": "USAGOV",
     "Edward Snowden": "USA", "Iran": "IRN", "Iraq": "IRQ", "Syria": "SYR", "Turkey": "TUR",
     "France": "FRA", "Germany": "DEU", "Qatar": "QAT", "Greece": "GRC", "Serbia": "SRB",
     "Chuck Hagel": "USAMIL", "Sergei Shoigu": "RUSMIL", "Russia": "RUS", "China": "CHN", "Japan": "JPN",
     "Pakistan": "PAK", "India": "IND"}


def run(coded, text, **kw):
    doc = coded(text, {k: v for k, v in A.items() if k in text}, **kw)
    return doc, events_of(doc)


def test_passive_with_agent(coded):
    _, ev = run(coded, "Hamas was attacked by Israel.")
    assert ev == [("190", ["ISR"], ["PSEREB"])]


def test_compound_subject_and_object_stay_lists(coded):
    _, ev = run(coded, "Sergei Lavrov and Sergei Shoigu met John Kerry and Chuck Hagel.")
    assert ev == [("040", ["RUSGOV", "RUSMIL"], ["USAGOV", "USAMIL"])]
    _, ev = run(coded, "Russia and China criticized Japan.")
    assert ev == [("111", ["RUS", "CHN"], ["JPN"])]


def test_symmetric_events_split_the_compound_subject(coded):
    assert run(coded, "Israel and Egypt met in Cairo.")[1] == [("040", ["ISR"], ["EGY"])]
    assert run(coded, "Egypt and Jordan agreed to cooperate.")[1] == [("031", ["EGY"], ["JOR"])]
    assert run(coded, "Israel and Hamas clashed near the border.")[1] == [("190", ["ISR"], ["PSEREB"])]


def test_reported_speech_codes_the_reported_event_only(coded):
    doc, ev = run(coded, "Lavrov said that Moscow and Washington agree to hold talks.")
    assert ev == [("036", ["RUSGOV"], ["USAGOV"])]
    assert all(e["cameo_root"] != "01" for e in doc.article.events)


def test_reporting_must_is_a_demand(coded):
    _, ev = run(coded, "Germany said Iran must release the prisoners.")
    assert ev == [("1053", ["DEU"], ["IRN"])]


def test_we_in_a_direct_quote_is_the_speaker(coded):
    def quotes(art):
        iran = next(a["id"] for a in art.actors if a["name"] == "Iran")
        end = art.body.index('"', 1)
        return [{"id": "q1", "kind": "direct", "content": {"start": 1, "end": end, "text": art.body[1:end]},
                 "speaker": {"actor": iran, "name": "Iran", "span": None}, "cue": None, "sentence": 0}]
    _, ev = run(coded, '"We will attack Israel," Iran said.', quotes=quotes)
    assert ev == [("1384", ["IRN"], ["ISR"])]  # a future attack is a threat


def test_nominal_events(coded):
    assert run(coded, "Talks between Iran and Iraq resumed.")[1] == [("040", ["IRN"], ["IRQ"])]
    _, ev = run(coded, "Moscow's decision to give Edward Snowden a temporary haven angered Washington.")
    assert ev == [("075", ["RUSGOV"], ["USA"])]


def test_title_and_name_resolve_to_the_covering_actor(coded):
    _, ev = run(coded, "Russian Foreign Minister Sergei Lavrov met John Kerry.")
    assert ev == [("040", ["RUSGOV"], ["USAGOV"])]


def test_negation_keeps_the_code_and_marks_it(coded):
    doc, ev = run(coded, "Iran did not meet Iraq.")
    assert ev == [("040", ["IRN"], ["IRQ"])] and doc.article.events[0]["negated"] is True
    doc, ev = run(coded, "Pakistan failed to reach an agreement with India.")
    assert ev == [("030", ["PAK"], ["IND"])] and doc.article.events[0]["negated"] is True


def test_refusal_is_reject_where_cameo_has_it(coded):
    doc, ev = run(coded, "Iran refused to negotiate with Iraq.")
    assert ev == [("125", ["IRN"], ["IRQ"])] and doc.article.events[0]["negated"] is False
    doc, ev = run(coded, "Greece will not accept the Serbia proposal.")
    assert ev == [("120", ["GRC"], ["SRB"])] and doc.article.events[0]["negated"] is False


def test_modality_is_intent_or_threat_and_hypothetical(coded):
    doc, ev = run(coded, "Turkey would meet Syria next week.")
    assert ev == [("036", ["TUR"], ["SYR"])] and doc.article.events[0]["hypothetical"] is True
    doc, ev = run(coded, "France plans to impose sanctions on Syria.")
    assert ev == [("1312", ["FRA"], ["SYR"])] and doc.article.events[0]["hypothetical"] is True
    doc, ev = run(coded, "Iran threatened to attack Israel.")
    assert ev == [("138", ["IRN"], ["ISR"])] and doc.article.events[0]["hypothetical"] is False


def test_background_words_and_actorless_events_code_nothing(coded):
    assert run(coded, "The war in Syria continued.")[1] == []
    assert run(coded, "The bloodshed and the conflict worried many.")[1] == []
    # a doer no actor names: force is coded with an empty source (issue 10, item 1) ...
    assert run(coded, "Troops attacked the village.")[1] == [("190", [], [])]
    # ... talk is not
    assert run(coded, "The talks failed to materialize.")[1] == []


def test_reverse_entries_swap_roles(coded):
    assert run(coded, "Japan received aid from China.")[1] == [("070", ["CHN"], ["JPN"])]


def test_purpose_clause_is_not_a_second_event(coded):
    _, ev = run(coded, "Turkey imposed a curfew on the town to stop the protest by Greece.")
    assert [c for c, _s, _t in ev] == ["1723"]


def test_provenance(coded):
    from eventwire.events.lexicon import load

    doc, _ = run(coded, "Lavrov said that Moscow and Washington agree to hold talks. Iran attacked Iraq.")
    lex = load()
    art = doc.article
    assert [e["sentence"] for e in art.events] == [0, 1]
    for e in art.events:
        t = e["trigger"]
        assert art.body[t["start"]:t["end"]] == t["text"]
        s = art.sentences[e["sentence"]]
        assert s["start"] <= t["start"] < t["end"] <= s["end"]
        assert all(part in lex.entries or part.startswith("reporting.") for part in e["rule"].split("+"))
    attack = art.events[1]
    assert attack["trigger"]["text"] == "attacked" and attack["rule"] == "v.attack"
    assert attack["plover"] == {"event": "ASSAULT", "mode": None, "context": "military"}
    assert attack["goldstein"] == -10.0 and attack["quad_class"] == 4 and attack["cameo_root"] == "19"
