// Dyad timeline: events per period stacked by quad class (bars) and mean Goldstein (line), inline SVG.
"use strict";
(function () {
  const form = document.getElementById("dyad");
  const box = document.getElementById("chart");
  const note = document.getElementById("note");
  const QUADS = [1, 2, 3, 4];
  const COLORS = { 1: "#6baed6", 2: "#2171b5", 3: "#fd8d3c", 4: "#cb181d" };

  document.getElementById("legend").innerHTML = QUADS.map(q =>
    `<span><i style="background:${COLORS[q]}"></i>${q} ${EW.quadName[q]}</span>`).join("") +
    `<span><i style="background:#111;height:2px"></i>mean Goldstein</span>`;

  function draw(res) {
    box.innerHTML = "";
    const items = res.items;
    if (!items.length) { box.innerHTML = `<p class="hint">No dated events for this pair.</p>`; return; }
    const W = Math.max(640, Math.min(1300, box.clientWidth || 900)), H = 340;
    const m = { l: 44, r: 44, t: 26, b: 46 };
    const iw = W - m.l - m.r, ih = H - m.t - m.b;
    const max = Math.max(1, ...items.map(d => d.events));
    const step = iw / items.length, bw = Math.max(2, Math.min(48, step * 0.8));
    const y = v => m.t + ih - (v / max) * ih;
    const yg = g => m.t + ih / 2 - (g / 10) * (ih / 2);
    const svg = EW.svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img",
      "aria-label": `events per ${res.period} between ${res.a} and ${res.b || "anyone"}` });
    // axes and gridlines
    const ticks = 4;
    for (let i = 0; i <= ticks; i++) {
      const v = Math.round(max * i / ticks);
      svg.appendChild(EW.svg("line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), stroke: "#e6e9ed" }));
      svg.appendChild(EW.svg("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end", fill: "#68707a" }, v));
    }
    for (const g of [-10, -5, 0, 5, 10]) {
      svg.appendChild(EW.svg("text", { x: W - m.r + 6, y: yg(g) + 4, fill: "#68707a" }, (g > 0 ? "+" : "") + g));
    }
    svg.appendChild(EW.svg("line", { x1: m.l, x2: W - m.r, y1: yg(0), y2: yg(0), stroke: "#999", "stroke-dasharray": "3 3" }));
    svg.appendChild(EW.svg("text", { x: 4, y: 12, fill: "#68707a" }, "events"));
    svg.appendChild(EW.svg("text", { x: W - 4, y: 12, fill: "#68707a", "text-anchor": "end" }, "Goldstein"));
    const every = Math.ceil(items.length / Math.floor(iw / 70));
    items.forEach((d, i) => {
      const x = m.l + i * step + (step - bw) / 2;
      let acc = 0;
      for (const q of QUADS) {
        const n = d["q" + q];
        if (!n) continue;
        const r = EW.svg("rect", { x, y: y(acc + n), width: bw, height: y(acc) - y(acc + n), fill: COLORS[q], class: "bar q" + q });
        r.appendChild(EW.svg("title", {}, `${d.period}: ${n} ${EW.quadName[q]}`));
        svg.appendChild(r);
        acc += n;
      }
      if (i % every === 0) {
        const label = res.period === "year" ? d.period.slice(0, 4) : res.period === "month" ? d.period.slice(0, 7) : d.period;
        svg.appendChild(EW.svg("text", { x: x + bw / 2, y: H - m.b + 16, "text-anchor": "middle", fill: "#39424c" }, label));
      }
    });
    // Goldstein line, broken where a period has no events (no mean to draw)
    const pts = items.map((d, i) => d.goldstein == null ? null : [m.l + i * step + step / 2, yg(d.goldstein), d]);
    let run = [];
    for (const p of pts.concat([null])) {
      if (p) { run.push(p); continue; }
      if (run.length > 1) {
        svg.appendChild(EW.svg("polyline", { points: run.map(q => q[0] + "," + q[1]).join(" "), fill: "none",
          stroke: "#111", "stroke-width": 2, class: "gline" }));
      }
      run = [];
    }
    for (const [px, py, d] of pts.filter(Boolean)) {
      const c = EW.svg("circle", { cx: px, cy: py, r: 3.5, fill: EW.gColor(d.goldstein), stroke: "#111" });
      c.appendChild(EW.svg("title", {}, `${d.period}: mean Goldstein ${d.goldstein} over ${EW.plural(d.events, "event")}`));
      svg.appendChild(c);
    }
    box.appendChild(svg);
  }

  async function load() {
    const params = EW.formParams(form);
    if (!params.a) { note.textContent = "Give actor A (a code such as RUSGOV or a country such as RUS)."; return; }
    EW.pushParams(params);
    try {
      const res = await EW.api("/api/dyads", params);
      draw(res);
      const link = `/?source=${encodeURIComponent(res.a)}` + (res.b ? `&target=${encodeURIComponent(res.b)}` : "");
      const by = res.dated_by || {};
      const basis = Object.keys(by).length ? ` (dated by ${["clause", "sentence", "publication"].filter((k) => by[k])
        .map((k) => `${k === "publication" ? "publication date" : `their ${k}`}: ${by[k]}`).join(", ")}` +
        `${res.count === "incidents" ? " of the reports" : ""})` : "";
      const unit = res.count === "incidents" ? "dated incident" : "dated event";
      note.innerHTML = `${EW.plural(res.total, unit)}${basis}${res.undated ? `, ${res.undated} without a date` : ""} · ` +
        `<a href="${link}">list ${EW.esc(res.a)} → ${EW.esc(res.b || "any")} events</a>`;
      document.body.dataset.loaded = "dyads";
    } catch (err) { box.innerHTML = ""; note.textContent = "Error: " + err.message; }
  }

  // before the first query: the busiest pairs of this database, one click each
  async function suggest() {
    const el = document.getElementById("dyad-suggest");
    if (!el) return;
    try {
      const net = await EW.api("/api/network", { level: "country", top: 12 });
      const pairs = net.edges.slice(0, 6);
      el.innerHTML = pairs.length ? "Busiest pairs here: " + pairs.map(e =>
        `<a href="/dyads?a=${encodeURIComponent(e.source)}&b=${encodeURIComponent(e.target)}">` +
        `${EW.esc(e.source)} → ${EW.esc(e.target)}</a> (${EW.plural(e.events, "event")})`).join(", ") + "."
        : "No events between two countries in this database yet.";
    } catch (err) { el.textContent = ""; }
  }

  EW.fillForm(form, EW.urlParams());
  form.addEventListener("submit", ev => { ev.preventDefault(); load(); });
  if (EW.urlParams().a) load(); else suggest();
})();
