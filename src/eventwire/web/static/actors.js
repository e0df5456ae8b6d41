// Actor codes with their names and event counts: /api/actors.
"use strict";
EW.listPage("/api/actors", "actors", a => {
  const c = encodeURIComponent(a.code);
  return `<tr><td><span class="code">${EW.esc(a.code)}</span></td><td>${EW.esc(a.country || "")}</td>
  <td>${EW.esc((a.names || []).join("; "))}</td><td>${a.articles}</td>
  <td><a href="/?source=${c}">${a.as_source}</a></td><td><a href="/?target=${c}">${a.as_target}</a></td>
  <td><a href="/dyads?a=${c}">timeline</a></td></tr>`;
}, "No actors match.");
