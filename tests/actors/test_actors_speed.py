"""The actors stage adds at most 20% to the parse time (measured on a few PolNeAR articles)."""

import glob
import time

from eventwire.actors import make_stage
from eventwire.parse import Parser
from eventwire.record import RawArticle


def test_actors_cost_at_most_a_fifth_of_the_parse(pipeline, shared):
    folder = shared("eval", "polnear", "data", "train", "text")
    files = sorted(glob.glob(str(folder / "*.txt")))[:6]
    docs = [pipeline.prepare(RawArticle(text=open(f, encoding="utf-8").read(), published="2016-01-01"))
            for f in files]
    stage = make_stage(pipeline.settings)  # knowledge compiled once, outside the timing
    parser = Parser(pipeline.settings.model, pipeline.settings.batch_size)
    parser(docs[:1])  # warm the model
    t = time.perf_counter()
    parser(docs)
    parse = time.perf_counter() - t
    t = time.perf_counter()
    for d in docs:
        stage(d)
    actors = time.perf_counter() - t
    assert sum(len(d.article.actors) for d in docs) > 10
    assert actors <= 0.2 * parse, (actors, parse)
