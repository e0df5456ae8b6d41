"""The seed article: the gold's actors section (required and absent) holds."""

from eventwire.evaluate import article_gold


def test_seed_actors_gold(seed_record, seed_gold):
    result = article_gold.score(seed_record, seed_gold, sections=("actors",))
    failed = [(name, detail) for name, ok, detail in result["actors"] if not ok]
    assert result["actors"] and failed == []


def test_seed_reader_comment_names_no_actor(seed_record):
    names = " ".join(a["name"] for a in seed_record["actors"])
    assert "Bandar" not in names and "FSA" not in names and "Free Syrian Army" not in names


def test_seed_later_surnames_join_the_titled_mention(seed_record):
    by_name = {a["name"]: a for a in seed_record["actors"]}
    assert len(by_name["Sergei Lavrov"]["mentions"]) >= 5
    assert by_name["John Kerry"]["code"] == "USAGOV"
    kerry_texts = [m["text"] for m in by_name["John Kerry"]["mentions"]]
    assert kerry_texts.count("Kerry") >= 2 and "he" in kerry_texts


def test_seed_mentions_are_body_spans(seed_record):
    body = seed_record["body"]
    for a in seed_record["actors"]:
        for m in a["mentions"]:
            assert body[m["start"]:m["end"]] == m["text"]
            s = seed_record["sentences"][m["sentence"]]
            assert s["start"] <= m["start"] and m["end"] <= s["end"]


def test_seed_no_span_belongs_to_two_actors(seed_record):
    spans = [(m["start"], m["end"]) for a in seed_record["actors"] for m in a["mentions"]]
    assert len(spans) == len(set(spans))
