"""``python bench/where_ner.py``: what spaCy's statistical NER would add to the places stage on GeoWebNews: gold toponyms
the stage misses that an NER GPE/LOC/FAC entity overlaps, and the NER's cost per sentence."""
import time
from pathlib import Path
import spacy
from eventwire.evaluate import geowebnews as G
from eventwire.evaluate.polnear import document_from_text, make_stages, run_documents
from eventwire.record import Document
from eventwire.where import make_stage
from eventwire.settings import Settings
from eventwire.evaluate.shared import shared_path

meta = []
items = G.load(shared_path("eval", "geowebnews", "GWN.xml"), None, meta)
docs0 = [document_from_text(t) for t, _ in items]
for d0, m0 in zip(docs0, meta):
    d0.article.url = m0["link"]
run_documents(docs0, make_stages(("actors",)), {})
arts = [d0.article for d0 in docs0]
stage = make_stage(Settings())
nlp_full = spacy.load(Settings().model)
nlp_no = spacy.load(Settings().model, exclude=["ner"])
sents = [a.body[s["start"]:s["end"]] for a in arts for s in a.sentences]
t = time.process_time(); list(nlp_no.pipe(sents, batch_size=256)); t_no = time.process_time() - t
t = time.process_time(); docs = list(nlp_full.pipe(sents, batch_size=256)); t_full = time.process_time() - t
i = 0
res = {p: {"gold": 0, "found": 0, "ner_adds": 0, "ner_adds_ok": 0, "ner_false": 0} for p in ("read", "score")}
for (text, gold), art, m in zip(items, arts, meta):
    part = G.part_of(m["file"])
    d = Document(article=art); stage(d)
    spans = [(mm["start"], mm["end"]) for p in art.places for mm in p["mentions"]]
    ents = []
    for s in art.sentences:
        for e in docs[i].ents:
            if e.label_ in ("GPE", "LOC", "FAC"):
                ents.append((s["start"] + e.start_char, s["start"] + e.end_char))
        i += 1
    for g in gold:
        res[part]["gold"] += 1
        ours = any(a < g["end"] and g["start"] < b for a, b in spans)
        res[part]["found"] += ours
        if not ours and any(a < g["end"] and g["start"] < b for a, b in ents):
            res[part]["ner_adds"] += 1
    gold_spans = [(g["start"], g["end"]) for g in gold]
    for a, b in ents:
        if not any(a < ge and gs < b for gs, ge in gold_spans) and not any(a < e and s < b for s, e in spans):
            res[part]["ner_false"] += 1
print(f"sentences {len(sents)}; CPU s: parse without NER {t_no:.1f}, with NER {t_full:.1f}, NER adds {t_full - t_no:.1f} ({(t_full - t_no) / t_no:.0%})")
for p, r in res.items():
    print(p, r, "found share", round(r["found"] / r["gold"], 4), "with NER", round((r["found"] + r["ner_adds"]) / r["gold"], 4))
