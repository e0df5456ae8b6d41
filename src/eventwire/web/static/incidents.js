// Incidents page: the filter form drives /api/incidents; rows link to the incident view.
"use strict";
(function () {
  const form = document.getElementById("filters");
  const sort = document.getElementById("sort");
  const minArticles = document.getElementById("min_articles");
  const tbody = document.querySelector("#incidents tbody");
  const count = document.getElementById("count");
  const state = { offset: 0, limit: 50 };
  const codes = (cs, side) => (cs || []).map(c => `<a class="code" href="/incidents?${side}=${encodeURIComponent(c)}">${EW.esc(c)}</a>`).join(" + ") || "—";

  function row(i) {
    const range = i.date_from && i.date_to && i.date_from !== i.date_to ? `<br><small>${EW.esc(i.date_from)} – ${EW.esc(i.date_to)}</small>` : "";
    return `<tr data-id="${EW.esc(i.id)}">
      <td>${EW.esc(i.date || "")}${range}</td>
      <td class="src">${codes(i.source_codes, "source")}</td>
      <td><span class="code">${EW.esc(i.cameo)}</span> ${EW.esc(i.cameo_name || "")}<br><small>${EW.esc(i.plover_event || "")}</small></td>
      <td class="tgt">${codes(i.target_codes, "target")}</td>
      <td>${EW.esc(i.place_name || "")}</td>
      <td class="n-sources">${i.num_sources ?? ""}</td><td class="n-articles">${i.num_articles ?? ""}</td><td>${i.num_mentions ?? ""}</td>
      <td>${i.confidence == null ? "" : Number(i.confidence).toFixed(2)}</td>
      <td><small>${EW.esc(i.first_report || "")}</small> ${EW.esc(i.title || "")}</td>
      <td><a class="open" href="/incidents/${encodeURIComponent(i.id)}">reports</a></td></tr>`;
  }

  async function load() {
    const params = EW.formParams(form);
    if (minArticles.value) params.min_articles = minArticles.value;
    EW.pushParams(Object.assign({}, params, sort.value !== "date" ? { sort: sort.value } : {}));
    count.textContent = "loading…";
    try {
      const res = await EW.api("/api/incidents", Object.assign({}, params, { sort: sort.value, limit: state.limit, offset: state.offset }));
      EW.showPage(res, { tbody, count, state, load, row, params, noun: "incident", page: "incidents",
                         empty: "No incidents match (build them with <code>eventwire incidents --db DB</code>)." });
    } catch (err) {
      tbody.innerHTML = "";
      count.textContent = "Error: " + err.message;
    }
  }

  const initial = EW.urlParams();
  EW.fillForm(form, initial);
  if (initial.sort) sort.value = initial.sort;
  if (initial.min_articles) minArticles.value = initial.min_articles;
  form.addEventListener("submit", ev => { ev.preventDefault(); state.offset = 0; load(); });
  form.addEventListener("reset", () => setTimeout(() => { state.offset = 0; load(); }, 0));
  sort.addEventListener("change", () => { state.offset = 0; load(); });
  minArticles.addEventListener("change", () => { state.offset = 0; load(); });
  EW.fillFacets(form).then(() => EW.fillForm(form, initial)).catch(() => {}).finally(load);
})();
