// Quotations page: /api/quotes by speaker and words.
"use strict";
// What a quotation says: its parts (a quote split by its cue, or running over
// paragraphs) joined by an ellipsis, never the span from first to last mark.
const quoteText = (parts, content) => EW.esc(parts && parts.length ? parts.join(" … ") : content);
EW.listPage("/api/quotes", "quotes", q => `<tr><td>${EW.esc(q.published || "")}</td>
  <td>${EW.esc(q.speaker_name || "unattributed")} <span class="code">${EW.esc(q.speaker_code || "")}</span></td>
  <td>${EW.esc(q.kind)}</td><td>${quoteText(q.parts, q.content)}</td>
  <td><a href="/articles/${encodeURIComponent(q.article)}">article</a></td></tr>`, "No quotations match.");
