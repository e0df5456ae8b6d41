// Article list: /api/articles.
"use strict";
EW.listPage("/api/articles", "articles", a => `<tr><td>${EW.esc(a.published || "")}</td>
  <td><a href="/articles/${encodeURIComponent(a.id)}">${EW.esc(a.label || a.title || a.id)}</a>${a.title ? "" : ' <span class="tag" title="no title found: the first words of the text">untitled</span>'}</td>
  <td>${EW.esc(a.source || "")}</td><td>${EW.esc(a.status)}</td><td>${a.n_sentences}</td><td>${a.n_events}</td></tr>`,
  "No articles match.");
