// The calibration view: growth, shocks and indicator changes fitted to a history file (uploaded, or the one shipped
// with the scenario), shown as the history against the fan the fitted values give, and the fitted parameters. An
// uploaded file (CSV or .xlsx) travels in the link when it is small enough; the fit can be saved as a variant.
"use strict";
window.CalibrationView = (() => {
  const $ = id => document.getElementById(id);
  const { t, num, note } = I18n;
  // upload: {name, kind, text | base64}; link: its form in the link (null when too long); missing: a file a link could not carry.
  const state = { upload: null, link: null, missing: null, pending: null, result: null, series: 0, controller: null, started: 0, status: null, saved: null };

  function setStatus(key, values, kind) {
    state.status = { key, values, kind };
    const s = $("cal-status");
    s.textContent = key ? t(key, values) : "";
    s.dataset.state = kind || "";
  }

  function source() {
    $("cal-source").textContent = state.missing ? t("calLinkMissing", { name: state.missing })
      : state.upload === null ? t("calShipped") : t("calFile", { name: state.upload.name });
    $("cal-link-note").textContent = state.upload && state.link && state.link.code === null
      ? t("calTooLarge", { name: state.upload.name, size: num(state.link.length, 0), max: num(state.link.max, 0) }) : "";
    $("cal-save-status").textContent = state.saved ? t(state.saved.key, state.saved.values) : "";
  }

  const historyFields = () => Upload.fields(state.upload, "history", "history_xlsx");

  async function run() {
    if (state.controller) state.controller.abort();
    const controller = state.controller = new AbortController();
    const base = Page.base();
    state.started = performance.now();
    $("cal-run").disabled = true; $("cal-cancel").disabled = false;
    document.body.dataset.calState = "running";
    const tick = setInterval(() => setStatus("calRunning", { seconds: num((performance.now() - state.started) / 1000, 1) }, "running"), 500);
    setStatus("calRunning", { seconds: num(0, 1) }, "running");
    try {
      const { data } = await Api.calibrate(Page.name, { ...historyFields(), trials: base.trials, seed: base.seed }, controller.signal);
      if (controller.signal.aborted) return;
      state.result = data; state.series = 0; state.saved = null;
      $("cal-save").disabled = false;
      source();
      setStatus("", {}, "ready");
      draw();
      document.body.dataset.calState = "ready";
      Page.saveLink();
    } catch (error) {
      if (error.name === "AbortError") { setStatus("cancelled", {}, "idle"); document.body.dataset.calState = "cancelled"; return; }
      if (error.status === 409) return;
      setStatus("failed", { message: error.message }, "error");
      document.body.dataset.calState = "error";
    } finally {
      clearInterval(tick);
      if (state.controller === controller) { $("cal-run").disabled = false; $("cal-cancel").disabled = true; }
    }
  }

  const seriesName = s => (s.id ? s.id + " · " : "") + (t("m_" + s.metric) !== "m_" + s.metric ? t("m_" + s.metric) : s.metric);

  function draw() {
    const r = state.result;
    if (!r) return;
    const levels = r.level_backcast;
    const select = $("cal-series");
    select.textContent = "";
    const series = levels ? levels.series : [];
    series.forEach((s, i) => select.add(new Option(seriesName(s), String(i))));
    select.value = String(state.series);
    select.disabled = series.length === 0;
    $("cal-skipped").textContent = r.level_backcast_skipped ? t("calNoBackcast", { why: r.level_backcast_skipped_code ? note(r.level_backcast_skipped_code) : r.level_backcast_skipped }) : "";
    drawSeries(series[state.series]);
    const p = r.parameters;
    Charts.table($("cal-params"), [t("calPath"), t("calValue"), t("calError"), t("calN"), t("calYears"), t("calNote")],
      p.map(x => [Page.pathLabel(x.path), num(x.value, 4), x.standard_error === null || x.standard_error === undefined ? "–" : num(x.standard_error, 4),
        x.n === null || x.n === undefined ? "–" : String(x.n), (x.years || []).length ? x.years[0] + "–" + x.years[x.years.length - 1] : "–", x.note_code ? note(x.note_code) : x.note || ""]));
    const notes = $("cal-notes");
    notes.textContent = "";
    for (const n of r.note_codes.concat(levels ? levels.note_codes : [])) notes.appendChild(document.createElement("li")).textContent = note(n);
    $("cal-footer").textContent = t("calFooter", { history: r.history, origin: levels ? levels.origin : "–", trials: num(Page.base().trials || 0, 0), seed: Page.base().seed ?? "–" });
    $("cal-card").hidden = false;
  }

  function drawSeries(s) {
    if (!s) { $("cal-chart").textContent = ""; $("cal-chart-table").textContent = ""; return; }
    const points = s.years.map((year, i) => ({ year, p10: s.p10[i], p50: s.p50[i], p90: s.p90[i] }));
    const history = s.history_years.map((year, i) => ({ year, value: s.history_values[i] }));
    Charts.fan($("cal-chart"), points, [], { target: t("target_label"), history: t("calHistory") }, history);
    const rows = history.filter(h => points.some(p => p.year === h.year)).map(h => {
      const p = points.find(q => q.year === h.year);
      // The word says inside or outside: the chart's marks do not carry it by colour.
      return [String(h.year), num(h.value, 2), num(p.p10, 2), num(p.p50, 2), num(p.p90, 2), h.value >= p.p10 && h.value <= p.p90 ? t("calInside") : t("calOutside")];
    });
    Charts.table($("cal-chart-table"), [t("year"), t("calHistory"), "P10", "P50", "P90", t("calInside")], rows);
  }

  // A name not yet taken: calibrated, calibrated_2, …
  function freeName() {
    const taken = new Set(Page.detail.variants.map(v => v.name));
    let name = "calibrated";
    for (let n = 2; taken.has(name); n++) name = "calibrated_" + n;
    return name;
  }

  // The server fits the same history again and saves it as chainsim calibrate would write it; Run and Compare then list it.
  async function save() {
    const name = $("cal-save-name").value.trim() || freeName();
    $("cal-save").disabled = true;
    try {
      const fitted = state.result ? state.result.history : "";
      await Api.saveCalibrated(Page.name, { name, description: t("calDescription", { history: fitted }), ...historyFields() });
      await Page.reloadVariants();
      state.saved = { key: "calSaved", values: { name } };
      document.body.dataset.calSaved = name;
      $("cal-save-name").value = freeName();
    } catch (error) {
      state.saved = { key: "calSaveFailed", values: { message: error.message } };
    } finally {
      $("cal-save").disabled = false;
      source();
    }
  }

  function restore(link) {
    state.upload = null; state.link = null; state.missing = null;
    if (link.hist === "-" && link.histname) state.missing = link.histname;
    else if (link.hist) {
      state.pending = Upload.fromLink(link.hist, link.histname).then(upload => {
        state.upload = upload;
        state.link = upload ? { code: link.hist, length: link.hist.length, max: Upload.MAX_LINK } : null;
        if (!upload) state.missing = link.histname || "history";
        source();
      });
    }
    source();
  }

  function wire() {
    $("cal-run").addEventListener("click", () => run());
    $("cal-cancel").addEventListener("click", () => { if (state.controller) state.controller.abort(); });
    $("cal-file").accept = Upload.ACCEPT;
    $("cal-shipped").addEventListener("click", () => { state.upload = null; state.link = null; state.missing = null; $("cal-file").value = ""; source(); run(); });
    $("cal-file").addEventListener("change", async () => {
      const file = $("cal-file").files[0];
      if (!file) return;
      state.upload = await Upload.read(file); state.missing = null;
      state.link = await Upload.toLink(state.upload);
      source(); run();
    });
    $("cal-save").addEventListener("click", save);
    $("cal-series").addEventListener("change", () => {
      state.series = Number($("cal-series").value);
      drawSeries(state.result && state.result.level_backcast ? state.result.level_backcast.series[state.series] : null);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire); else wire();

  return {
    build: () => { if (Page.detail) $("cal-save-name").value = freeName(); source(); },
    hasResult: () => state.result !== null,
    relabel: () => { source(); draw(); if (state.status) setStatus(state.status.key, state.status.values, state.status.kind); },
    // The fit does not depend on the sliders; only the backcast's trials and seed do.
    stale: () => {},
    // The uploaded file, when it fits in a link; "-" marks one that did not, so a pasted link asks for it again.
    linkState: () => state.upload ? { hist: state.link && state.link.code || "-", histname: state.upload.name }
      : state.missing ? { hist: "-", histname: state.missing } : {},
    restore,
    runFromLink: async () => { await state.pending; if (!state.missing) run(); },
  };
})();
