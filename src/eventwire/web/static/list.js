// A filtered, paged table fed by one API list endpoint (quotes and articles pages).
"use strict";
EW.listPage = function (endpoint, tableId, row, empty) {
  const form = document.getElementById("filters");
  const tbody = document.querySelector(`#${tableId} tbody`);
  const count = document.getElementById("count");
  const state = { offset: 0, limit: 50 };
  async function load() {
    const params = EW.formParams(form);
    EW.pushParams(params);
    try {
      const res = await EW.api(endpoint, Object.assign({}, params, { limit: state.limit, offset: state.offset }));
      const cols = document.querySelectorAll(`#${tableId} thead th`).length;
      tbody.innerHTML = res.items.map(row).join("") || `<tr><td colspan="${cols}" class="hint">${empty}</td></tr>`;
      count.textContent = EW.plural(res.total, tableId.replace(/s$/, ""), tableId);
      EW.pager(state, res.total, load);
    } catch (err) { count.textContent = "Error: " + err.message; }
  }
  EW.fillForm(form, EW.urlParams());
  form.addEventListener("submit", ev => { ev.preventDefault(); state.offset = 0; load(); });
  load();
};
