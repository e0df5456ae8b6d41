// Quotations page: /api/quotes by speaker and words.
"use strict";
EW.listPage("/api/quotes", "quotes", q => `<tr><td>${EW.esc(q.published || "")}</td>
  <td>${EW.esc(q.speaker_name || "unattributed")} <span class="code">${EW.esc(q.speaker_code || "")}</span></td>
  <td>${EW.esc(q.kind)}</td><td>${EW.esc(q.content)}</td>
  <td><a href="/articles/${encodeURIComponent(q.article)}">article</a></td></tr>`, "No quotations match.");
