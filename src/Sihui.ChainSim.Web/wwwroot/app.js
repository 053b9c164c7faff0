// The page: one scenario and one set of overrides shared by four views (run, compare, sensitivity, goal-seek),
// sliders built from the scenario's tunables, a debounced re-run on every move, and the state kept in the link.
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  const { t, num, pct } = I18n;
  const DEBOUNCE_MS = 150, QUICK_TRIALS = 1000;
  const VIEWS = ["run", "compare", "sensitivity", "goal", "calibration"];
  const state = { name: null, detail: null, variant: "", overrides: {}, trials: 2000, seed: null, view: "run", last: null, controller: null, timer: 0, renders: 0 };
  const perf = window.__chainsim = { inputAt: 0, sentAt: 0, renderedAt: 0, latency: 0, serverMs: 0 };
  const decimals = step => { const s = String(step); return s.includes("e-") ? Number(s.split("e-")[1]) : (s.split(".")[1] || "").length; };
  const verdictOf = p => p >= 0.8 ? "likely" : p <= 0.2 ? "unlikely" : "uncertain";
  // Growth rates are fractions in summary.json (0.06) and percentages for people (6.0%); null is a rate that is undefined.
  const isRate = m => /^(growth|comparable_growth):/.test(m);
  const isMoney = m => ["total_output", "value_added", "new_project_investment"].includes(m) || /^((industry|park|enterprise)_output|industry_value_added):/.test(m);
  const metricText = (m, v) => v === null || v === undefined ? "–" : isRate(m) ? num(v * 100, 1) + "%" : isMoney(m) ? num(v, 1) : num(v);
  const metricDiff = (m, v) => v === null || v === undefined ? "–" : isRate(m) ? t("pp", { v: num(v * 100, 1, true) }) : num(v, isMoney(m) ? 1 : undefined, true);

  function variantSet() {
    const v = state.detail.variants.find(x => x.name === state.variant);
    return v ? v.set : {};
  }

  // Slider positions: the file's values, then the chosen variant's, then the user's moves.
  function currentValue(tunable) {
    if (tunable.path in state.overrides) return state.overrides[tunable.path];
    const fromVariant = variantSet()[tunable.path];
    return typeof fromVariant === "number" ? fromVariant : tunable.value;
  }

  const tunableLabel = tunable => tunable ? (I18n.lang === "zh" && tunable.label_zh ? tunable.label_zh : tunable.label) : "";
  // A path's label in the page's language; a path that is not a tunable is shown as its id.
  const pathLabel = path => tunableLabel(state.detail.tunables.find(x => x.path === path)) || path;
  // A target, industry or park by id, in the page's language (name_zh / name_en when the scenario gives them).
  const targetName = id => { const x = state.detail.targets.find(y => y.id === id); return x ? I18n.name(x) : id; };
  const entityName = (kind, id) => { const x = (state.detail[kind] || []).find(y => y.id === id); return x ? I18n.name(x) : id; };
  const metricName = metric => {
    const [kind, id] = metric.includes(":") ? metric.split(/:(.*)/s) : [metric, ""];
    if (!id) return t("m_" + kind);
    const owner = kind.startsWith("industry") ? entityName("industries", id) : kind === "park_output" ? entityName("parks", id) : id;
    return owner + " · " + t("m_" + kind);
  };

  function groupName(group) {
    if (!group) return t("groupOther");
    if (group === "economy") return t("groupEconomy");
    if (group === "indicators") return t("groupIndicators");
    const found = state.detail.industries.concat(state.detail.parks).find(x => x.id === group);
    return found ? I18n.name(found) : group;
  }

  function buildSliders() {
    const root = $("sliders");
    root.textContent = "";
    const groups = new Map();
    for (const tunable of state.detail.tunables) {
      const key = tunable.group || "";
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(tunable);
    }
    for (const [group, tunables] of groups) {
      const set = document.createElement("fieldset");
      set.className = "group";
      set.innerHTML = "<legend></legend>";
      set.querySelector("legend").textContent = groupName(group);
      for (const tunable of tunables) set.appendChild(slider(tunable));
      root.appendChild(set);
    }
  }

  function slider(tunable) {
    const d = decimals(tunable.step), value = currentValue(tunable);
    const wrap = document.createElement("div");
    wrap.className = "slider" + (tunable.path in state.overrides ? " changed" : "");
    wrap.innerHTML = `<label class="label"><span></span><span class="value"></span></label>
      <input type="range"><div class="range" aria-hidden="true"><span></span><span></span></div>`;
    const input = wrap.querySelector("input");
    Object.assign(input, { min: tunable.min, max: tunable.max, step: tunable.step, value: value ?? tunable.min });
    input.dataset.path = tunable.path;
    input.id = "slider-" + tunable.path.replace(/[^A-Za-z0-9_-]/g, "_");
    wrap.querySelector("label").htmlFor = input.id;
    input.setAttribute("aria-label", tunableLabel(tunable));
    wrap.querySelector(".label span").textContent = tunableLabel(tunable);
    wrap.querySelector(".label span").title = tunable.path;
    const shown = wrap.querySelector(".value");
    const show = () => { shown.textContent = num(Number(input.value), d); input.setAttribute("aria-valuetext", shown.textContent); };
    show();
    const [lo, hi] = wrap.querySelectorAll(".range span");
    lo.textContent = num(tunable.min, d); hi.textContent = num(tunable.max, d);
    input.addEventListener("input", () => {
      perf.inputAt = performance.now();
      state.overrides[tunable.path] = Number(input.value);
      show();
      wrap.classList.add("changed");
      wrap.title = t("changed", { value: num(tunable.value ?? 0, d) });
      inputsChanged();
      schedule();
    });
    return wrap;
  }

  function buildVariants() {
    const select = $("variant");
    select.textContent = "";
    select.add(new Option(t("baseline"), ""));
    for (const v of state.detail.variants) {
      select.add(new Option(v.source === "saved" ? `${v.name} (${t("savedSource")})` : v.name, v.name));
    }
    select.value = state.variant;
    const chosen = state.detail.variants.find(v => v.name === state.variant);
    $("variant-description").textContent = chosen ? I18n.name({ name: chosen.description, name_zh: chosen.description_zh, name_en: chosen.description_en }) : "";
  }

  function buildTrials() {
    const select = $("trials");
    select.textContent = "";
    const choices = [500, 1000, 2000, 5000, 10000, 20000, 50000].filter(n => n <= state.detail.max_trials);
    // A link may ask for any count the server allows: it gets its own entry.
    if (!choices.includes(state.trials)) choices.push(state.trials), choices.sort((a, b) => a - b);
    for (const n of choices) select.add(new Option(num(n, 0), n));
    select.value = String(state.trials);
  }

  const seedValue = () => state.seed === null ? state.detail.seed : Number(state.seed);

  // What every view sends: the scenario's variant, the overrides, the trials and the seed.
  function base() {
    return { variant: state.variant || null, set: { ...state.overrides }, trials: state.trials, seed: seedValue() };
  }

  // Observations go only when the panel holds some, so a run without them is exactly the plain run.
  // A preliminary pass draws no extra trials: it is there to be quick.
  function payload(trials, preliminary) {
    const body = { ...base(), trials };
    const observed = Observed.body();
    if (observed) {
      Object.assign(body, observed);
      if (preliminary) body.max_trials = trials;
    }
    return body;
  }

  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(run, DEBOUNCE_MS);
  }

  // The other views' results were drawn for the old inputs: they are marked stale until run again.
  function inputsChanged() {
    saveLink();
    for (const view of [CompareView, SensitivityView, GoalView, CalibrationView]) view.stale();
  }

  async function run() {
    if (state.controller) state.controller.abort();
    const controller = state.controller = new AbortController();
    setStatus("running", "running");
    document.body.dataset.state = "running";
    $("fan-chart").classList.add("stale"); $("industry-chart").classList.add("stale");
    const passes = state.trials > 2 * QUICK_TRIALS ? [QUICK_TRIALS, state.trials] : [state.trials];
    let sent = [];
    try {
      for (const trials of passes) {
        perf.sentAt = performance.now();
        const final = trials === state.trials;
        const body = payload(trials, !final);
        sent = body.observations || [];
        const result = await Api.run(state.name, body, controller.signal);
        if (controller.signal.aborted) return;
        const server = Number((result.response.headers.get("Server-Timing") || "").split("dur=")[1] || 0);
        state.last = final ? { text: result.text, data: result.data } : state.last;
        Observed.clearErrors();
        render(result.data, final);
        await new Promise(requestAnimationFrame);
        perf.renderedAt = performance.now();
        perf.latency = perf.renderedAt - perf.inputAt;
        perf.serverMs = server;
        const values = { trials: num(result.data.trials, 0), seed: result.data.seed, server: num(server, 0), total: num(perf.renderedAt - perf.sentAt, 0) };
        setStatus(final ? "ready" : "running", "ready", values, final ? null : "preliminary");
        if (final) {
          $("fan-chart").classList.remove("stale"); $("industry-chart").classList.remove("stale");
          $("download-summary").disabled = $("download-report").disabled = $("download-html").disabled = $("download-xlsx").disabled = false;
          document.body.dataset.state = "ready";
          document.body.dataset.renderCount = String(++state.renders);
        }
      }
    } catch (error) {
      if (error.name === "AbortError" || error.status === 409) return;
      Observed.showErrors(error.errors, sent);
      setStatus("error", "failed", { message: error.message });
      document.body.dataset.state = "error";
    }
  }

  // The status is kept as a text key and its values, so a language switch re-words it.
  function setStatus(kind, key, values, suffix) {
    state.status = { kind, key, values, suffix };
    const s = $("status");
    s.dataset.state = kind;
    s.textContent = t(key, values) + (suffix ? " · " + t(suffix) : "");
  }

  // Warnings from the same checker as `chainsim validate`, located by file, line and field.
  function renderWarnings(warnings) {
    const list = $("warning-list");
    list.textContent = "";
    for (const w of warnings || []) {
      const li = document.createElement("li");
      li.textContent = `${w.file}:${w.line}: ${w.path ? w.path + ": " : ""}${w.message}`;
      list.appendChild(li);
    }
    $("warnings").hidden = list.childElementCount === 0;
  }

  // A nowcast: the odds after the observations, the same trials unweighted beside them, and how many trials still count.
  function renderConditioning(conditioning, final) {
    document.querySelectorAll(".before-col").forEach(th => { th.hidden = !conditioning; });
    $("probability-head").textContent = t(conditioning ? "probabilityAfter" : "probability");
    const box = $("conditioning"), warning = $("ess-warning");
    box.hidden = !conditioning;
    if (!conditioning) { delete box.dataset.ess; return; }
    box.dataset.ess = String(conditioning.ess);
    $("conditioning-text").textContent = t("conditioned", {
      rows: conditioning.rows.length, when: Observed.when(), ess: num(conditioning.ess, 0), trials: num(conditioning.trials_drawn, 0),
    });
    const low = final && conditioning.ess < state.detail.min_ess;
    box.classList.toggle("low", low);
    warning.hidden = !low;
    warning.textContent = low ? t("essLow", { min: num(state.detail.min_ess, 0) }) : "";
  }

  // Time to target, in words: the median year the target is first met (or a cap first breached), and the share never by the end.
  function timeCells(tt, end) {
    if (!tt) return ["–", "–"];
    const year = tt.first_year_p50 === null || tt.first_year_p50 === undefined ? t("ttNotBy", { end }) : String(tt.first_year_p50);
    return [tt.event === "first_breach" && tt.first_year_p50 !== null ? t("ttBreach", { year }) : year, pct(tt.never_share)];
  }

  function verdictBadge(cell, p) {
    const badge = document.createElement("span");
    badge.className = "verdict " + verdictOf(p);
    badge.textContent = t(verdictOf(p));
    cell.appendChild(badge);
  }

  function render(summary, final = true) {
    renderWarnings(summary.warnings);
    const conditioning = summary.conditioning;
    renderConditioning(conditioning, final);
    $("tt-never-head").textContent = t("ttNever", { end: state.detail.end_year });
    const rows = $("target-rows");
    rows.textContent = "";
    for (const target of summary.targets) {
      const tr = rows.insertRow();
      tr.dataset.target = target.id;
      const sign = target.comparison === "at_least" ? "≥ " : "≤ ";
      const before = conditioning && conditioning.before.find(b => b.id === target.id);
      const tt = (summary.time_to_target || []).find(x => x.target_id === target.id);
      const cells = [targetName(target.id), String(target.year), sign + metricText(target.metric, target.threshold),
        ...(conditioning ? [pct(before ? before.probability : null)] : []),
        pct(target.probability), `${pct(target.probability_ci95[0])}–${pct(target.probability_ci95[1])}`, metricText(target.metric, target.p50),
        ...timeCells(tt, state.detail.end_year)];
      cells.forEach((text, i) => { const td = tr.insertCell(); td.textContent = text; if (i > 0) td.className = "num"; });
      tr.cells[0].title = target.id;
      const at = conditioning ? 4 : 3;
      if (conditioning) tr.cells[3].classList.add("before");
      tr.cells[at].classList.add("probability");
      tr.cells[cells.length - 2].classList.add("tt-year");
      tr.cells[cells.length - 1].classList.add("tt-never");
      // Built with the DOM, not markup: the CSP refuses inline style attributes.
      const bar = document.createElement("span");
      bar.className = "pbar";
      bar.setAttribute("aria-hidden", "true");
      const fill = bar.appendChild(document.createElement("i"));
      fill.style.width = (target.probability * 100).toFixed(1) + "%";
      tr.cells[at].appendChild(bar);
      verdictBadge(tr.insertCell(), target.probability);
    }
    const all = summary.all_targets.probability;
    $("all-probability").textContent = pct(all);
    $("all-verdict").className = "verdict " + verdictOf(all);
    $("all-verdict").textContent = t(verdictOf(all));
    const years = summary.years.map(y => y.year);
    const total = summary.years.map(y => ({ year: y.year, ...y.metrics.total_output }));
    const lines = summary.targets.filter(x => x.metric === "total_output").map(x => ({ year: x.year, threshold: x.threshold }));
    Charts.fan($("fan-chart"), total, lines, { target: t("target_label") });
    Charts.table($("fan-chart-table"), [t("year"), "P10", t("median"), "P90"].map((h, i) => i === 1 || i === 3 ? percentile(h) : h),
      total.map(p => [String(p.year), num(p.p10, 1), num(p.p50, 1), num(p.p90, 1)]));
    const series = state.detail.industries.map(i => ({
      name: I18n.name(i), values: summary.years.map(y => (y.metrics["industry_output:" + i.id] || {}).p50 || 0),
    }));
    Charts.stacked($("industry-chart"), $("industry-legend"), years, series);
    Charts.table($("industry-chart-table"), [t("year"), ...series.map(s => s.name)],
      years.map((yr, i) => [String(yr), ...series.map(s => num(s.values[i], 1))]));
  }

  // "P10" reads "第10百分位" in Chinese.
  const percentile = label => I18n.lang === "zh" ? "第" + label.slice(1) + "百分位" : label;

  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = Object.assign(document.createElement("a"), { href: url, download: name });
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // The link, rewritten after every change; each view adds its own inputs.
  function saveLink() {
    if (!state.detail) return;
    Link.write({
      scenario: state.name, variant: state.variant, set: state.overrides, trials: state.trials,
      seed: state.seed, view: state.view, lang: I18n.lang, observed: Observed.linkState(),
      // Only the shown view's inputs, so a link stays short; "ran" when its result is on the page, to draw it again.
      ...(views()[state.view] ? { ...views()[state.view].linkState(), ran: views()[state.view].hasResult() } : {}),
    });
  }

  const views = () => ({ compare: CompareView, sensitivity: SensitivityView, goal: GoalView, calibration: CalibrationView });

  function showView(view, focus) {
    state.view = VIEWS.includes(view) ? view : "run";
    for (const v of VIEWS) {
      const tab = $("tab-" + v), panel = $("view-" + v), on = v === state.view;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      panel.hidden = !on;
    }
    document.body.dataset.view = state.view;
    if (focus) $("tab-" + state.view).focus();
    saveLink();
  }

  async function load(name) {
    state.name = name;
    state.detail = await Api.scenario(name);
    state.trials = state.trials <= state.detail.max_trials ? state.trials : state.detail.page_trials;
    $("scenario-title").textContent = I18n.name({ name: state.detail.scenario, name_zh: state.detail.scenario_zh, name_en: state.detail.scenario_en });
    document.title = state.detail.scenario + " · Sihui.ChainSim";
    $("seed").value = String(seedValue());
    buildTrials(); buildVariants(); buildSliders();
    Observed.build(state.detail, () => run());
    for (const view of [CompareView, SensitivityView, GoalView, CalibrationView]) view.build();
  }

  function relabel() {
    I18n.apply();
    $("tabs").setAttribute("aria-label", t("views"));
    document.querySelectorAll(".table-toggle").forEach(Charts.labelToggle);
    if (!state.detail) return;
    $("scenario-title").textContent = I18n.name({ name: state.detail.scenario, name_zh: state.detail.scenario_zh, name_en: state.detail.scenario_en });
    buildTrials(); buildVariants(); buildSliders(); Observed.build(state.detail);
    if (state.last) render(state.last.data);
    if (state.status) setStatus(state.status.kind, state.status.key, state.status.values, state.status.suffix);
    for (const view of [CompareView, SensitivityView, GoalView, CalibrationView]) view.relabel();
    saveLink();
  }

  function wire() {
    Observed.wire();
    Charts.wireToggles(document);
    $("lang-switch").addEventListener("click", () => { I18n.set(I18n.lang === "zh" ? "en" : "zh"); relabel(); });
    $("variant").addEventListener("change", e => { state.variant = e.target.value; state.overrides = {}; buildVariants(); buildSliders(); inputsChanged(); run(); });
    $("reset").addEventListener("click", () => { state.variant = ""; state.overrides = {}; buildVariants(); buildSliders(); inputsChanged(); run(); });
    $("trials").addEventListener("change", e => { state.trials = Number(e.target.value); inputsChanged(); run(); });
    $("seed").addEventListener("change", e => {
      const v = e.target.value.trim();
      if (!/^\d+$/.test(v)) { e.target.value = String(seedValue()); return; }
      state.seed = v; inputsChanged(); run();
    });
    $("scenario-picker").addEventListener("change", async e => { state.variant = ""; state.overrides = {}; state.seed = null; await load(e.target.value); inputsChanged(); run(); });
    $("download-summary").addEventListener("click", () => state.last && download(state.name + "-summary.json", state.last.text, "application/json"));
    for (const [id, file, type] of [["download-report", "report", "text/markdown"], ["download-html", "report.html", "text/html"], ["download-xlsx", "results.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]]) {
      const name = file === "report" ? "report.md" : file;
      $(id).addEventListener("click", async () => download(state.name + "-" + name, await Api.download(state.name, file, payload(state.trials), I18n.lang), type));
    }
    $("save-variant").addEventListener("click", () => { $("save-error").textContent = ""; $("save-dialog").showModal(); $("save-name").focus(); });
    $("save-cancel").addEventListener("click", () => $("save-dialog").close());
    $("save-form").addEventListener("submit", async e => {
      e.preventDefault();
      const name = $("save-name").value.trim();
      try {
        await Api.saveVariant(state.name, { name, description: $("save-description").value, set: { ...variantSet(), ...state.overrides } });
        $("save-dialog").close();
        await reloadVariants();
        state.variant = name; state.overrides = {};
        buildVariants(); buildSliders();
        saveLink();
        setStatus("ready", "saved", { name });
      } catch (error) {
        $("save-error").textContent = error.message;
      }
    });
    // Tabs as the ARIA pattern has them: arrows, Home and End move between them; Tab goes into the panel.
    const tabs = $("tabs");
    tabs.addEventListener("click", e => { const b = e.target.closest("[role=tab]"); if (b) showView(b.dataset.view); });
    tabs.addEventListener("keydown", e => {
      const at = VIEWS.indexOf(state.view);
      const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: VIEWS.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      showView(VIEWS[(next + VIEWS.length) % VIEWS.length], true);
    });
  }

  // The scenario's variants again, after a save: the variant list and every view's pickers show the new one.
  async function reloadVariants() {
    state.detail = await Api.scenario(state.name);
    buildVariants();
    for (const view of [CompareView, SensitivityView, GoalView, CalibrationView]) view.build();
  }

  // What the views share with the page: the scenario, the request body, and how to name things.
  window.Page = {
    get detail() { return state.detail; }, get name() { return state.name; }, get variant() { return state.variant; },
    get overrides() { return state.overrides; }, get trials() { return state.trials; },
    base, saveLink, reloadVariants, targetName, pathLabel, metricName, metricText, metricDiff, verdictBadge, verdictOf, timeCells, percentile, entityName,
  };

  async function start() {
    const link = Link.read();
    if (link.lang && link.lang !== I18n.lang) I18n.set(link.lang);
    I18n.apply();
    wire();
    relabel();
    const list = await Api.scenarios();
    const picker = $("scenario-picker");
    for (const s of list) picker.add(new Option(s.name, s.name));
    $("scenario-picker-wrap").hidden = list.length < 2;
    const first = list.find(s => s.name === link.scenario && !s.error) || list.find(s => !s.error) || list[0];
    if (!first) { setStatus("error", "failed", { message: "no scenarios" }); return; }
    picker.value = first.name;
    if (link.trials) state.trials = link.trials;
    state.seed = link.seed;
    await load(first.name);
    // A link without a scenario means the first one; a link to a scenario no longer served keeps only its language.
    const linked = !link.scenario || first.name === link.scenario;
    if (linked) {
      if (state.detail.variants.some(v => v.name === link.variant)) state.variant = link.variant;
      const known = new Set(state.detail.tunables.map(x => x.path));
      state.overrides = Object.fromEntries(Object.entries(link.set).filter(([path]) => known.has(path)));
      for (const view of [CompareView, SensitivityView, GoalView, CalibrationView]) view.restore(link);
      await Observed.restore(link);
    }
    relabel();
    showView(link.view);
    run();
    // The link's own view is drawn again as well, so a pasted link shows the same numbers.
    if (linked && link.ran && views()[state.view]) views()[state.view].runFromLink(link);
  }

  start().catch(error => setStatus("error", "failed", { message: error.message }));
})();
