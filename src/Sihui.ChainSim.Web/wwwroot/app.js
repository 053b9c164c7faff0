// The page: sliders from the scenario's tunables, a debounced re-run on every move, and the results drawn from summary.json.
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  const { t, pick } = I18n;
  const DEBOUNCE_MS = 150, QUICK_TRIALS = 1000;
  const state = { name: null, detail: null, variant: "", overrides: {}, trials: 2000, last: null, controller: null, timer: 0, renders: 0 };
  const perf = window.__chainsim = { inputAt: 0, sentAt: 0, renderedAt: 0, latency: 0, serverMs: 0 };
  const num = (v, d) => new Intl.NumberFormat("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
  const pct = p => p === null || p === undefined ? "–" : num(p * 100, 1) + "%";
  const decimals = step => { const s = String(step); return s.includes("e-") ? Number(s.split("e-")[1]) : (s.split(".")[1] || "").length; };
  const verdictOf = p => p >= 0.8 ? "likely" : p <= 0.2 ? "unlikely" : "uncertain";
  // Growth rates are fractions in summary.json (0.06) and percentages for people (6.0%); null is a rate that is undefined.
  const isRate = m => /^(growth|comparable_growth):/.test(m);
  const isMoney = m => ["total_output", "value_added", "new_project_investment"].includes(m) || /^((industry|park|enterprise)_output|industry_value_added):/.test(m);
  const metricText = (m, v) => v === null || v === undefined ? "–" : isRate(m) ? num(v * 100, 1) + "%"
    : isMoney(m) ? num(v, 1) : new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(v);

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

  function groupName(group) {
    if (!group) return t("groupOther");
    if (group === "economy") return t("groupEconomy");
    if (group === "indicators") return t("groupIndicators");
    const found = state.detail.industries.concat(state.detail.parks).find(x => x.id === group);
    return found ? pick(found.name) : group;
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
      <input type="range"><div class="range"><span></span><span></span></div>`;
    const input = wrap.querySelector("input");
    Object.assign(input, { min: tunable.min, max: tunable.max, step: tunable.step, value: value ?? tunable.min });
    input.dataset.path = tunable.path;
    input.setAttribute("aria-label", I18n.lang === "zh" && tunable.label_zh ? tunable.label_zh : tunable.label);
    wrap.querySelector(".label span").textContent = input.getAttribute("aria-label");
    wrap.querySelector(".label span").title = tunable.path;
    const shown = wrap.querySelector(".value");
    shown.textContent = num(Number(input.value), d);
    const [lo, hi] = wrap.querySelectorAll(".range span");
    lo.textContent = num(tunable.min, d); hi.textContent = num(tunable.max, d);
    input.addEventListener("input", () => {
      perf.inputAt = performance.now();
      state.overrides[tunable.path] = Number(input.value);
      shown.textContent = num(Number(input.value), d);
      wrap.classList.add("changed");
      wrap.title = t("changed", { value: num(tunable.value ?? 0, d) });
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
    $("variant-description").textContent = chosen ? chosen.description : "";
  }

  function buildTrials() {
    const select = $("trials");
    select.textContent = "";
    for (const n of [500, 1000, 2000, 5000, 10000, 20000, 50000].filter(n => n <= state.detail.max_trials)) select.add(new Option(num(n, 0), n));
    select.value = String(state.trials);
  }

  // Observations go only when the panel holds some, so a run without them is exactly the plain run.
  // A preliminary pass draws no extra trials: it is there to be quick.
  function payload(trials, preliminary) {
    const body = { variant: state.variant || null, set: state.overrides, trials };
    const observations = Observed.rows();
    if (observations.length) {
      body.observations = observations;
      if (preliminary) body.max_trials = trials;
    }
    return body;
  }

  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(run, DEBOUNCE_MS);
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
          $("download-summary").disabled = $("download-report").disabled = false;
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

  function render(summary, final = true) {
    renderWarnings(summary.warnings);
    const conditioning = summary.conditioning;
    renderConditioning(conditioning, final);
    const rows = $("target-rows");
    rows.textContent = "";
    for (const target of summary.targets) {
      const tr = rows.insertRow();
      tr.dataset.target = target.id;
      const verdict = verdictOf(target.probability);
      const sign = target.comparison === "at_least" ? "≥ " : "≤ ";
      const before = conditioning && conditioning.before.find(b => b.id === target.id);
      const cells = [pick(target.name), String(target.year), sign + metricText(target.metric, target.threshold),
        ...(conditioning ? [pct(before ? before.probability : null)] : []),
        pct(target.probability), `${pct(target.probability_ci95[0])}–${pct(target.probability_ci95[1])}`, metricText(target.metric, target.p50)];
      cells.forEach((text, i) => { const td = tr.insertCell(); td.textContent = text; if (i > 0) td.className = "num"; });
      tr.cells[0].title = target.name;
      const at = conditioning ? 4 : 3;
      if (conditioning) tr.cells[3].classList.add("before");
      tr.cells[at].classList.add("probability");
      // Built with the DOM, not markup: the CSP refuses inline style attributes.
      const bar = document.createElement("span");
      bar.className = "pbar";
      const fill = bar.appendChild(document.createElement("i"));
      fill.style.width = (target.probability * 100).toFixed(1) + "%";
      tr.cells[at].appendChild(bar);
      const badge = tr.insertCell();
      badge.innerHTML = `<span class="verdict ${verdict}"></span>`;
      badge.firstChild.textContent = t(verdict);
    }
    const all = summary.all_targets.probability;
    $("all-probability").textContent = pct(all);
    $("all-verdict").className = "verdict " + verdictOf(all);
    $("all-verdict").textContent = t(verdictOf(all));
    const years = summary.years.map(y => y.year);
    const total = summary.years.map(y => ({ year: y.year, ...y.metrics.total_output }));
    const lines = summary.targets.filter(x => x.metric === "total_output").map(x => ({ year: x.year, threshold: x.threshold }));
    Charts.fan($("fan-chart"), total, lines, { target: t("target_label") });
    const series = state.detail.industries.map(i => ({
      name: pick(i.name), values: summary.years.map(y => (y.metrics["industry_output:" + i.id] || {}).p50 || 0),
    }));
    Charts.stacked($("industry-chart"), $("industry-legend"), years, series);
  }

  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = Object.assign(document.createElement("a"), { href: url, download: name });
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function load(name) {
    state.name = name;
    state.detail = await Api.scenario(name);
    state.trials = state.trials <= state.detail.max_trials ? state.trials : state.detail.page_trials;
    $("scenario-title").textContent = pick(state.detail.scenario);
    document.title = state.detail.scenario + " · Sihui.ChainSim";
    buildTrials(); buildVariants(); buildSliders();
    Observed.build(state.detail, () => run());
  }

  function relabel() {
    I18n.apply();
    $("lang-switch").textContent = I18n.lang === "zh" ? "English" : "中文";
    if (!state.detail) return;
    buildVariants(); buildSliders(); Observed.build(state.detail);
    if (state.last) render(state.last.data);
    if (state.status) setStatus(state.status.kind, state.status.key, state.status.values, state.status.suffix);
  }

  function wire() {
    Observed.wire();
    $("lang-switch").addEventListener("click", () => { I18n.set(I18n.lang === "zh" ? "en" : "zh"); relabel(); });
    $("variant").addEventListener("change", e => { state.variant = e.target.value; state.overrides = {}; buildVariants(); buildSliders(); run(); });
    $("reset").addEventListener("click", () => { state.variant = ""; state.overrides = {}; buildVariants(); buildSliders(); run(); });
    $("trials").addEventListener("change", e => { state.trials = Number(e.target.value); run(); });
    $("scenario-picker").addEventListener("change", async e => { state.variant = ""; state.overrides = {}; await load(e.target.value); run(); });
    $("download-summary").addEventListener("click", () => state.last && download(state.name + "-summary.json", state.last.text, "application/json"));
    $("download-report").addEventListener("click", async () => download(state.name + "-report.md", await Api.report(state.name, payload(state.trials)), "text/markdown"));
    $("save-variant").addEventListener("click", () => { $("save-error").textContent = ""; $("save-dialog").showModal(); $("save-name").focus(); });
    $("save-cancel").addEventListener("click", () => $("save-dialog").close());
    $("save-form").addEventListener("submit", async e => {
      e.preventDefault();
      const name = $("save-name").value.trim();
      try {
        await Api.saveVariant(state.name, { name, description: $("save-description").value, set: { ...variantSet(), ...state.overrides } });
        $("save-dialog").close();
        state.detail = await Api.scenario(state.name);
        state.variant = name; state.overrides = {};
        buildVariants(); buildSliders();
        setStatus("ready", "saved", { name });
      } catch (error) {
        $("save-error").textContent = error.message;
      }
    });
  }

  async function start() {
    I18n.apply();
    relabel();
    wire();
    const list = await Api.scenarios();
    const picker = $("scenario-picker");
    for (const s of list) picker.add(new Option(s.name, s.name));
    $("scenario-picker-wrap").hidden = list.length < 2;
    const wanted = new URLSearchParams(location.search).get("scenario");
    const first = list.find(s => s.name === wanted) || list.find(s => !s.error) || list[0];
    if (!first) { setStatus("error", "failed", { message: "no scenarios" }); return; }
    picker.value = first.name;
    await load(first.name);
    relabel();
    run();
  }

  start().catch(error => setStatus("error", "failed", { message: error.message }));
})();
