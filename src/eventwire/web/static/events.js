// Events page: the filter form drives /api/events; rows link to the article view.
"use strict";
(function () {
  const form = document.getElementById("filters");
  const sort = document.getElementById("sort");
  const tbody = document.querySelector("#events tbody");
  const count = document.getElementById("count");
  const state = { offset: 0, limit: 50 };

  function sentence(e) {
    const s = e.sentence_text || "";
    const t = e.trigger && e.trigger.text;
    if (!t) return EW.esc(s);
    const i = s.indexOf(t);
    if (i < 0) return EW.esc(s);
    return EW.esc(s.slice(0, i)) + `<b class="trig">${EW.esc(t)}</b>` + EW.esc(s.slice(i + t.length));
  }

  function row(e) {
    const flags = (e.negated ? ' <span class="tag">negated</span>' : "") + (e.hypothetical ? ' <span class="tag">hypothetical</span>' : "");
    return `<tr class="${e.negated ? "neg" : ""} ${e.hypothetical ? "hyp" : ""}">
      <td>${EW.esc(e.date || e.published || "")}</td>
      <td class="src">${EW.actors(e.source, "source")}</td>
      <td><span class="code">${EW.esc(e.cameo)}</span> ${EW.esc(e.cameo_name || "")}<br><small>${EW.esc((e.plover || {}).event || "")}</small>${flags}</td>
      <td class="tgt">${EW.actors(e.target, "target")}</td>
      <td>${EW.goldstein(e.goldstein)}</td>
      <td class="q${e.quad_class}">${e.quad_class || ""} <small>${EW.quadName[e.quad_class] || ""}</small></td>
      <td class="sent">${sentence(e)}</td>
      <td><a class="open" href="/articles/${encodeURIComponent(e.article)}#event-${encodeURIComponent(e.id)}">article</a></td></tr>`;
  }

  async function load() {
    const params = EW.formParams(form);
    EW.pushParams(Object.assign({}, params, sort.value !== "date" ? { sort: sort.value } : {}));
    // the download links carry the same filters (every matching event, not this page)
    const qs = new URLSearchParams(params).toString();
    document.getElementById("dl-csv").href = "/api/events.csv" + (qs ? "?" + qs : "");
    document.getElementById("dl-json").href = "/api/events.json?" + new URLSearchParams(Object.assign({}, params, { sort: sort.value }));
    count.textContent = "loading…";
    try {
      const res = await EW.api("/api/events", Object.assign({}, params, { sort: sort.value, limit: state.limit, offset: state.offset }));
      EW.showPage(res, { tbody, count, state, load, row, params, empty: "No events match.", noun: "event",
                         page: "events" });
    } catch (err) {
      tbody.innerHTML = "";
      count.textContent = "Error: " + err.message;
    }
  }

  const initial = EW.urlParams();
  EW.fillForm(form, initial);
  if (initial.sort) sort.value = initial.sort;
  form.addEventListener("submit", ev => { ev.preventDefault(); state.offset = 0; load(); });
  form.addEventListener("reset", () => setTimeout(() => { state.offset = 0; load(); }, 0));
  sort.addEventListener("change", () => { state.offset = 0; load(); });
  EW.fillFacets(form).then(() => EW.fillForm(form, initial)).catch(() => {}).finally(load);
})();
