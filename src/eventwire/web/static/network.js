// Actor network: circular layout in SVG; edge width = events, colour = mean Goldstein.
"use strict";
(function () {
  const form = document.getElementById("filters");
  const level = document.getElementById("level"), top = document.getElementById("top");
  const box = document.getElementById("net");

  function draw(res) {
    box.innerHTML = "";
    const nodes = res.nodes, edges = res.edges;
    if (!nodes.length) { box.innerHTML = `<p class="hint">No events with both a source and a target match.</p>`; return; }
    const W = Math.max(640, Math.min(1100, box.clientWidth || 900)), H = 640, cx = W / 2, cy = H / 2;
    const R = Math.min(W, H) / 2 - 70;
    const pos = {};
    nodes.forEach((n, i) => {
      const a = -Math.PI / 2 + 2 * Math.PI * i / nodes.length;
      pos[n.id] = { x: cx + R * Math.cos(a), y: cy + R * Math.sin(a), a };
    });
    const maxE = Math.max(1, ...edges.map(e => e.events)), maxN = Math.max(1, ...nodes.map(n => n.events));
    const svg = EW.svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
    const defs = EW.svg("defs");
    const marker = EW.svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: "userSpaceOnUse", orient: "auto" });
    marker.appendChild(EW.svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#555" }));
    defs.appendChild(marker);
    svg.appendChild(defs);
    const radius = n => 5 + 14 * Math.sqrt(n.events / maxN);
    const rad = Object.fromEntries(nodes.map(n => [n.id, radius(n)]));
    for (const e of edges) {
      const s = pos[e.source], t = pos[e.target];
      // curve bends to the right of the direction, so A->B and B->A stay apart
      const mx = (s.x + t.x) / 2, my = (s.y + t.y) / 2, dx = t.x - s.x, dy = t.y - s.y;
      const k = 0.15, qx = mx - dy * k, qy = my + dx * k;
      // stop the curve at the target's rim, so the arrowhead shows
      const ux = t.x - qx, uy = t.y - qy, ul = Math.hypot(ux, uy) || 1, gap = rad[e.target] + 2;
      const ex = t.x - ux / ul * gap, ey = t.y - uy / ul * gap;
      const p = EW.svg("path", { d: `M${s.x},${s.y} Q${qx},${qy} ${ex},${ey}`, fill: "none",
        stroke: EW.gColor(e.goldstein), "stroke-width": 1 + 7 * e.events / maxE, "stroke-opacity": 0.75,
        "marker-end": "url(#arrow)", class: "edge" });
      p.appendChild(EW.svg("title", {}, `${e.source} → ${e.target}: ${EW.plural(e.events, "event")}, mean Goldstein ${e.goldstein}`));
      p.addEventListener("click", () => { location.href = `/?source=${encodeURIComponent(e.source)}&target=${encodeURIComponent(e.target)}`; });
      svg.appendChild(p);
    }
    for (const n of nodes) {
      const p = pos[n.id];
      const g = EW.svg("g", { class: "node", style: "cursor:pointer" });
      g.appendChild(EW.svg("circle", { cx: p.x, cy: p.y, r: rad[n.id], fill: "#14202e", "fill-opacity": 0.85 }));
      const out = Math.cos(p.a) >= 0;
      g.appendChild(EW.svg("text", { x: p.x + (out ? 22 : -22) * Math.abs(Math.cos(p.a)) , y: p.y + 22 * Math.sin(p.a) + 4,
        "text-anchor": Math.abs(Math.cos(p.a)) < 0.3 ? "middle" : (out ? "start" : "end"), "font-weight": 600 }, n.id));
      g.appendChild(EW.svg("title", {}, `${n.id}: ${EW.plural(n.events, "event")}`));
      g.addEventListener("click", () => { location.href = `/?source=${encodeURIComponent(n.id)}`; });
      svg.appendChild(g);
    }
    box.appendChild(svg);
  }

  async function load() {
    const params = EW.formParams(form);
    EW.pushParams(Object.assign({}, params, { level: level.value, top: top.value }));
    try {
      draw(await EW.api("/api/network", Object.assign({}, params, { level: level.value, top: top.value })));
      document.body.dataset.loaded = "network";
    } catch (err) { box.innerHTML = `<p class="hint">Error: ${EW.esc(err.message)}</p>`; }
  }
  const initial = EW.urlParams();
  EW.fillForm(form, initial);
  if (initial.level) level.value = initial.level;
  if (initial.top) top.value = initial.top;
  form.addEventListener("submit", ev => { ev.preventDefault(); load(); });
  level.addEventListener("change", load);
  top.addEventListener("change", load);
  EW.fillFacets(form).then(() => EW.fillForm(form, initial)).catch(() => {}).finally(load);
})();
