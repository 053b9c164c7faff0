// The "observed so far" panel: this year's year-to-date figures (1–N月累计), sent with every run as `observations`,
// or a file of them (CSV or .xlsx, as `chainsim nowcast --observed` reads), sent as `observations_csv` / `observations_xlsx`.
"use strict";
window.Observed = (() => {
  const { t } = I18n;
  const $ = id => document.getElementById(id);
  // Always shown; the scenario's other observable metrics sit under "More metrics".
  const MAIN = ["total_output", "projects_started", "projects_completed", "projects_producing"];
  const TYPING_MS = 500;
  const state = { detail: null, year: 0, month: 6, values: {}, file: null, fileLink: null, missing: null, onChange: null, timer: 0 };

  function label(entry) {
    const [kind, id] = entry.metric.includes(":") ? entry.metric.split(/:(.*)/s) : [entry.metric, ""];
    if (!id) return t("m_" + kind);
    const name = entry.name ? I18n.name(entry) : id;
    return kind === "indicator" ? name : name + " · " + t("m_" + kind);
  }

  function monthName(m) { return t("throughMonth", { m, name: t("monthNames").split(",")[m - 1] }); }

  function changed(delay) {
    Page.saveLink();
    clearTimeout(state.timer);
    $("observed-clear").disabled = rows().length === 0 && !state.file;
    state.timer = setTimeout(() => state.onChange(), delay);
  }

  function row(entry) {
    const saved = state.values[entry.metric] || { value: "", mode: "value" };
    const wrap = document.createElement("div");
    wrap.className = "observed-row";
    wrap.dataset.metric = entry.metric;
    wrap.innerHTML = `<label><span class="name"></span><input type="number" step="any" inputmode="decimal"></label><span class="unit"></span>`;
    wrap.querySelector(".name").textContent = label(entry);
    wrap.querySelector(".name").title = entry.metric;
    const input = wrap.querySelector("input");
    input.value = saved.value;
    input.dataset.metric = entry.metric;
    input.setAttribute("aria-label", label(entry));
    const unit = wrap.querySelector(".unit");
    if (entry.kind === "money") {
      const select = document.createElement("select");
      select.add(new Option(t("unitValue"), "value"));
      select.add(new Option(t("unitGrowth"), "growth"));
      select.value = saved.mode;
      select.dataset.metric = entry.metric;
      select.setAttribute("aria-label", label(entry) + " · " + t("unitLabel"));
      select.addEventListener("change", () => { remember(entry.metric, input.value, select.value); if (input.value !== "") changed(0); });
      unit.appendChild(select);
    } else {
      unit.textContent = t("unitCount");
    }
    input.addEventListener("input", () => {
      remember(entry.metric, input.value, unit.querySelector("select") ? unit.querySelector("select").value : "value");
      wrap.classList.remove("invalid");
      changed(TYPING_MS);
    });
    return wrap;
  }

  function remember(metric, value, mode) { state.values[metric] = { value, mode }; }

  function build(detail, onChange) {
    if (!state.detail || state.detail.name !== detail.name) {
      state.values = {};
      state.year = detail.base_year + 1;
    }
    state.detail = detail;
    state.onChange = onChange || state.onChange;
    const year = $("observed-year");
    year.textContent = "";
    for (let y = detail.base_year + 1; y <= detail.end_year; y++) year.add(new Option(String(y), y));
    year.value = String(state.year);
    const month = $("observed-month");
    month.textContent = "";
    // January and February are published together, so the first figure of a year runs through February.
    for (let m = 2; m <= 12; m++) month.add(new Option(monthName(m), m));
    month.value = String(state.month);
    const observable = detail.observable || [];
    const main = $("observed-rows"), more = $("observed-more-rows");
    main.textContent = ""; more.textContent = "";
    for (const entry of observable) (MAIN.includes(entry.metric) ? main : more).appendChild(row(entry));
    $("observed-more").hidden = more.childElementCount === 0;
    $("observed-error").textContent = "";
    showFile();
  }

  // While a file is in use the typed figures stay as they are but are not sent: the API takes the figures once.
  function showFile() {
    $("observed-file-name").textContent = state.file ? t("observedFileName", { name: state.file.name })
      : state.missing ? t("observedLinkMissing", { name: state.missing }) : "";
    document.querySelectorAll("#observed-rows input, #observed-rows select, #observed-more-rows input, #observed-more-rows select, #observed-year, #observed-month")
      .forEach(el => { el.disabled = state.file !== null; });
    $("observed-clear").disabled = rows().length === 0 && !state.file;
  }

  // What a run body carries: the file's field, or the typed rows, or nothing (a plain run).
  function body() {
    if (state.file) return Upload.fields(state.file, "observations_csv", "observations_xlsx");
    const list = rows();
    return list.length ? { observations: list } : null;
  }

  // The rows to send: every metric with a value, in the panel's order, as the API and the CSV file take them.
  function rows() {
    if (!state.detail) return [];
    const out = [];
    for (const entry of state.detail.observable || []) {
      const saved = state.values[entry.metric];
      if (!saved || saved.value === "" || !Number.isFinite(Number(saved.value))) continue;
      const item = { metric: entry.metric, year: state.year, through_month: state.month };
      if (entry.kind === "money" && saved.mode === "growth") item.growth_yoy = Number(saved.value) / 100;
      else item.value = Number(saved.value);
      out.push(item);
    }
    return out;
  }

  // A 400 names rows by their place in the list sent: point at the inputs and say it with the metric's name.
  function showErrors(errors, sent) {
    const messages = [];
    for (const [field, list] of Object.entries(errors || {})) {
      const match = /^observations\[(\d+)\]/.exec(field);
      const entry = match && sent[Number(match[1])];
      if (entry) {
        const wrap = document.querySelector(`.observed-row[data-metric='${CSS.escape(entry.metric)}']`);
        if (wrap) wrap.classList.add("invalid");
        const known = (state.detail.observable || []).find(x => x.metric === entry.metric);
        messages.push((known ? label(known) : entry.metric) + ": " + list.join("; "));
      } else if (field.startsWith("observations")) {
        messages.push(list.join("; "));
      }
    }
    $("observed-error").textContent = messages.join(" · ");
    return messages.length > 0;
  }

  function clear() {
    state.values = {};
    state.file = null; state.fileLink = null; state.missing = null;
    $("observed-file").value = "";
    build(state.detail);
    changed(0);
  }

  function wire() {
    $("observed-year").addEventListener("change", e => { state.year = Number(e.target.value); if (rows().length) changed(0); });
    $("observed-month").addEventListener("change", e => { state.month = Number(e.target.value); if (rows().length) changed(0); });
    $("observed-clear").addEventListener("click", clear);
    $("observed-file").accept = Upload.ACCEPT;
    $("observed-file").addEventListener("change", async () => {
      const file = $("observed-file").files[0];
      if (!file) return;
      state.file = await Upload.read(file); state.missing = null;
      state.fileLink = await Upload.toLink(state.file);
      showFile();
      changed(0);
    });
  }

  const when = () => state.file ? t("observedFromFile", { name: state.file.name }) : t("observedWhen", { year: state.year, months: monthName(state.month) });

  // The panel in the link: the typed figures with the year and month (only when some are typed), or the file when it fits.
  function linkState() {
    const values = Object.fromEntries(Object.entries(state.values).filter(([, v]) => v.value !== "" && Number.isFinite(Number(v.value))));
    const typed = Object.keys(values).length > 0;
    return {
      year: typed ? state.year : null, month: typed ? state.month : null, values,
      file: state.file ? (state.fileLink && state.fileLink.code) || "-" : state.missing ? "-" : null,
      fileName: state.file ? state.file.name : state.missing,
    };
  }

  // A pasted link's figures and file; resolves once a carried file is decoded, so the first run already has it.
  async function restore(link) {
    const o = link.observed || {};
    if (o.year) state.year = o.year;
    if (o.month) state.month = o.month;
    state.values = { ...(o.values || {}) };
    if (o.file && o.file !== "-") {
      state.file = await Upload.fromLink(o.file, o.fileName);
      state.fileLink = state.file ? { code: o.file } : null;
    }
    // A file too large for the link is named, and the run goes on without it until it is chosen again.
    if (o.file && !state.file) state.missing = o.fileName || "observations";
  }

  return { build, rows, body, showErrors, wire, when, linkState, restore, clearErrors: () => { $("observed-error").textContent = ""; } };
})();
