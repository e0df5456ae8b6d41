// The "last updated" mark in the header: when the database last changed, refreshed every 10 s.
(function () {
  const mark = document.getElementById("updated");
  if (!mark) return;
  let seen = null;
  async function refresh() {
    try {
      const r = await fetch("/api/status");
      if (!r.ok) return;
      const s = await r.json();
      const when = s.last_updated ? s.last_updated.replace("T", " ").replace("Z", " UTC") : "never";
      mark.textContent = `${s.articles} articles · last updated ${when}${s.watching ? " · watching" : ""}`;
      if (seen !== null && s.last_updated !== seen) mark.textContent += " · new data: reload to see it";
      seen = s.last_updated;
    } catch (e) { /* the server restarts: try again later */ }
  }
  refresh();
  setInterval(refresh, 10000);
})();
