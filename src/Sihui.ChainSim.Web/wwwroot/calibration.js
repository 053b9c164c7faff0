// The calibration view: growth, shocks and indicator changes fitted to a history file (uploaded, or the one shipped
// with the scenario), shown as the history against the fan the fitted values give, and the fitted parameters.
"use strict";
window.CalibrationView = (() => {
  const $ = id => document.getElementById(id);
  const { t, num, note } = I18n;
  const state = { upload: null, uploadName: null, result: null, series: 0, controller: null, started: 0, status: null };

  function setStatus(key, values, kind) {
    state.status = { key, values, kind };
    const s = $("cal-status");
    s.textContent = key ? t(key, values) : "";
    s.dataset.state = kind || "";
  }

  const source = () => { $("cal-source").textContent = state.upload === null ? t("calShipped") : t("calFile", { name: state.uploadName }); };

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
      const { data } = await Api.calibrate(Page.name, { history: state.upload, trials: base.trials, seed: base.seed }, controller.signal);
      if (controller.signal.aborted) return;
      state.result = data; state.series = 0;
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

  function wire() {
    $("cal-run").addEventListener("click", () => run());
    $("cal-cancel").addEventListener("click", () => { if (state.controller) state.controller.abort(); });
    $("cal-shipped").addEventListener("click", () => { state.upload = null; state.uploadName = null; $("cal-file").value = ""; source(); run(); });
    $("cal-file").addEventListener("change", async () => {
      const file = $("cal-file").files[0];
      if (!file) return;
      state.upload = await file.text(); state.uploadName = file.name;
      source(); run();
    });
    $("cal-series").addEventListener("change", () => {
      state.series = Number($("cal-series").value);
      drawSeries(state.result && state.result.level_backcast ? state.result.level_backcast.series[state.series] : null);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire); else wire();

  return {
    build: () => source(),
    hasResult: () => state.result !== null,
    relabel: () => { source(); draw(); if (state.status) setStatus(state.status.key, state.status.values, state.status.kind); },
    // The fit does not depend on the sliders; only the backcast's trials and seed do.
    stale: () => {},
    linkState: () => ({}),
    restore: () => source(),
    runFromLink: () => run(),
  };
})();
