// The compare view: two to four columns (baseline, variants, saved variants, the current sliders) run with the same
// random numbers; targets side by side with their differences, a chart, the main metrics, and the gap between two
// columns explained by assumption, industry and park, in sentences.
"use strict";
window.CompareView = (() => {
  const $ = id => document.getElementById(id);
  const { t, num, pct } = I18n;
  const BASELINE = "~baseline", SLIDERS = "~sliders", MAX_COLUMNS = 4;
  const state = { columns: [BASELINE, SLIDERS], result: null, sentColumns: [], gap: null, gapAsked: null, controller: null, explainController: null, pendingGap: null };

  function columnLabel(key) {
    if (key === BASELINE) return t("baselineShort");
    if (key === SLIDERS) return t("sliders");
    const v = Page.detail.variants.find(x => x.name === key);
    return v && v.source === "saved" ? `${key} (${t("savedSource")})` : key;
  }

  // The request for one column: the sliders column is the page's variant plus its moves.
  function columnBody(key) {
    if (key === BASELINE) return { variant: null, label: "baseline" };
    if (key === SLIDERS) return { variant: Page.variant || null, set: { ...Page.overrides }, label: "sliders" };
    return { variant: key, label: key };
  }

  function choices() {
    return [BASELINE, SLIDERS, ...Page.detail.variants.map(v => v.name)];
  }

  function buildPickers() {
    const root = $("compare-columns");
    root.textContent = "";
    const known = choices();
    state.columns = state.columns.filter(c => known.includes(c));
    while (state.columns.length < 2) state.columns.push(known.find(c => !state.columns.includes(c)) || BASELINE);
    state.columns.forEach((key, i) => {
      const wrap = document.createElement("div");
      wrap.className = "column-picker";
      const label = document.createElement("label");
      const span = label.appendChild(document.createElement("span"));
      span.textContent = t("column", { n: i + 1 });
      const select = label.appendChild(document.createElement("select"));
      select.dataset.column = String(i);
      for (const c of known) select.add(new Option(columnLabel(c), c));
      select.value = key;
      select.addEventListener("change", () => { state.columns[i] = select.value; Page.saveLink(); });
      wrap.appendChild(label);
      if (state.columns.length > 2) {
        const remove = wrap.appendChild(document.createElement("button"));
        remove.type = "button"; remove.className = "ghost small"; remove.textContent = "×";
        remove.setAttribute("aria-label", t("removeColumn", { n: i + 1 })); remove.title = t("removeColumn", { n: i + 1 });
        remove.addEventListener("click", () => { state.columns.splice(i, 1); buildPickers(); Page.saveLink(); $("compare-add").focus(); });
      }
      root.appendChild(wrap);
    });
    $("compare-add").disabled = state.columns.length >= MAX_COLUMNS;
  }

  function build() {
    buildPickers();
    if (state.result) render();
  }

  function setStatus(key, values, kind) {
    state.status = { key, values, kind };
    const s = $("compare-status");
    s.textContent = key ? t(key, values) : "";
    s.dataset.state = kind || "";
  }

  async function run() {
    if (state.controller) state.controller.abort();
    const controller = state.controller = new AbortController();
    const keys = state.columns.slice();
    const n = keys.length;
    setStatus("comparing", { n }, "running");
    $("compare-results").classList.add("stale");
    document.body.dataset.compareState = "running";
    const started = performance.now();
    try {
      const base = Page.base();
      const { data } = await Api.compare(Page.name, { columns: keys.map(columnBody), trials: base.trials, seed: base.seed }, controller.signal);
      if (controller.signal.aborted) return;
      state.result = data; state.sentColumns = keys; state.gap = null;
      const ms = performance.now() - started;
      window.__chainsim.compareMs = ms;
      setStatus("compared", { n, trials: num(data.trials, 0), seed: data.seed, ms: num(ms, 0) }, "ready");
      render();
      $("compare-results").classList.remove("stale");
      $("compare-results").hidden = false;
      document.body.dataset.compareState = "ready";
      Page.saveLink();
      if (state.pendingGap) { const g = state.pendingGap; state.pendingGap = null; explain(g); }
    } catch (error) {
      if (error.name === "AbortError" || error.status === 409) return;
      setStatus("failed", { message: error.message }, "error");
      document.body.dataset.compareState = "error";
    }
  }

  function render() {
    const data = state.result, labels = state.sentColumns.map(columnLabel);
    // Targets: one block of rows per target, one row per column.
    const table = $("compare-table");
    table.textContent = "";
    const head = table.createTHead().insertRow();
    for (const [key, cls] of [["column", ""], ["probability", "num"], ["interval", "num"], ["diffP", "num"], ["median", "num"], ["diffP50", "num"], ["ttP50", "num"], ["ttNeverHead", "num"], ["verdict", ""]]) {
      const th = document.createElement("th"); th.scope = "col"; th.className = cls;
      th.textContent = t(key === "column" ? "columnHead" : key);
      head.appendChild(th);
    }
    for (const target of data.targets) {
      const body = table.createTBody();
      body.dataset.target = target.target_id;
      const title = body.insertRow();
      title.className = "group-row";
      const cell = title.insertCell();
      cell.colSpan = 9;
      const sign = target.comparison === "at_least" ? "≥ " : "≤ ";
      cell.textContent = `${Page.targetName(target.target_id)} · ${target.year} · ${sign}${Page.metricText(target.metric, target.threshold)}`;
      target.cells.forEach((c, i) => {
        const tr = body.insertRow();
        tr.dataset.column = String(i);
        if (!c) { tr.insertCell().textContent = labels[i]; for (let k = 0; k < 8; k++) tr.insertCell().textContent = "–"; return; }
        const [year, never] = Page.timeCells(c.time_to_target, Page.detail.end_year);
        const values = [labels[i], pct(c.met.probability), `${pct(c.met.low)}–${pct(c.met.high)}`,
          i === 0 ? "" : t("pp", { v: num(c.probability_difference * 100, 1, true) }),
          Page.metricText(target.metric, c.p50), i === 0 ? "" : Page.metricDiff(target.metric, c.p50_difference), year, never];
        values.forEach((v, k) => { const td = tr.insertCell(); td.textContent = v; if (k > 0) td.className = "num"; });
        tr.cells[1].classList.add("probability");
        tr.cells[3].classList.add("diff");
        tr.cells[3].dataset.value = String(c.probability_difference ?? "");
        tr.cells[5].classList.add("diff-p50");
        tr.cells[5].dataset.value = String(c.p50_difference ?? "");
        Page.verdictBadge(tr.insertCell(), c.met.probability);
      });
    }
    // The chart and its table.
    const groups = data.targets.map(x => ({ name: Page.targetName(x.target_id), values: x.cells.map(c => c ? c.met.probability : null) }));
    Charts.grouped($("compare-chart"), groups, labels);
    Charts.table($("compare-chart-table"), [t("target"), ...labels], groups.map(g => [g.name, ...g.values.map(v => pct(v))]));
    // Metrics: P50 by column and its difference to the first.
    const metrics = $("compare-metrics");
    metrics.textContent = "";
    const mh = metrics.createTHead().insertRow();
    [t("metric"), t("year"), ...labels.flatMap((l, i) => i === 0 ? [l] : [l, "Δ"])].forEach((h, i) => {
      const th = document.createElement("th"); th.scope = "col"; th.textContent = h; if (i > 1) th.className = "num"; mh.appendChild(th);
    });
    const mb = metrics.createTBody();
    for (const m of data.metrics) {
      const tr = mb.insertRow();
      tr.insertCell().textContent = Page.metricName(m.metric);
      const y = tr.insertCell(); y.textContent = String(m.year); y.className = "num";
      m.cells.forEach((c, i) => {
        const v = tr.insertCell(); v.className = "num"; v.textContent = c ? num(c.p50, 1) : "–";
        if (i > 0) { const d = tr.insertCell(); d.className = "num"; d.textContent = c ? num(c.p50_difference, 1, true) : "–"; }
      });
    }
    buildExplainPickers();
    if (state.gap) renderGap();
  }

  function buildExplainPickers() {
    const labels = state.sentColumns.map(columnLabel);
    const keep = state.gapAsked || { from: 0, to: Math.min(1, labels.length - 1), target: Page.detail.targets[0] && Page.detail.targets[0].id };
    for (const [id, value] of [["explain-from", keep.from], ["explain-to", keep.to]]) {
      const select = $(id);
      select.textContent = "";
      labels.forEach((l, i) => select.add(new Option(l, String(i))));
      select.value = String(Math.min(value, labels.length - 1));
    }
    const target = $("explain-target");
    target.textContent = "";
    for (const x of Page.detail.targets) target.add(new Option(Page.targetName(x.id), x.id));
    if (keep.target) target.value = keep.target;
  }

  async function explain(asked) {
    const ask = asked || { from: Number($("explain-from").value), to: Number($("explain-to").value), target: $("explain-target").value };
    if (ask.from === ask.to) { $("explain-status").textContent = t("explainSame"); return; }
    if (state.explainController) state.explainController.abort();
    const controller = state.explainController = new AbortController();
    $("explain-status").textContent = t("explaining");
    document.body.dataset.explainState = "running";
    try {
      const base = Page.base();
      const { data } = await Api.compare(Page.name, {
        columns: state.sentColumns.map(columnBody), explain: [ask.from, ask.to], target: ask.target, trials: base.trials, seed: base.seed,
      }, controller.signal);
      if (controller.signal.aborted) return;
      state.gap = data.explanation; state.gapAsked = ask;
      $("explain-status").textContent = "";
      renderGap();
      document.body.dataset.explainState = "ready";
      Page.saveLink();
    } catch (error) {
      if (error.name === "AbortError" || error.status === 409) return;
      $("explain-status").textContent = t("failed", { message: error.message });
      document.body.dataset.explainState = "error";
    }
  }

  const money = v => num(v, 1, true);

  // The explanation's parts, largest first, as "+3.4 from …"; parts of exactly zero are left out of the sentence.
  function partsText(parts, digits) {
    const shows = p => p.value !== null && /[1-9]/.test(digits(p.value));
    const moving = parts.filter(shows).sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
    if (!moving.length) return t("gapNoneParts");
    // The three largest by name, then the rest together, so the sentence stays short enough to read aloud.
    const named = moving.slice(0, 3).map(p => t("gapPart", { amount: digits(p.value), name: p.name }));
    const rest = moving.slice(3);
    if (rest.length) named.push(t("gapRest", { n: rest.length, amount: digits(rest.reduce((sum, p) => sum + p.value, 0)) }));
    return named.join(t("gapAnd"));
  }

  function splitTable(title, split, kind, remainderKey) {
    const section = document.createElement("section");
    section.className = "gap-split";
    section.dataset.split = kind;
    const h = section.appendChild(document.createElement("h3"));
    h.textContent = title;
    const rows = split.parts.map(p => ({ name: Page.entityName(kind === "industry" ? "industries" : "parks", p.id) || p.name, value: p.difference, id: p.id }));
    rows.push({ name: t(remainderKey), value: split.remainder ? split.remainder.difference : 0, remainder: true });
    section.appendChild(partsTable(rows, split.total, money));
    return { section, rows };
  }

  function partsTable(rows, total, digits) {
    const table = document.createElement("table");
    table.className = "targets gap-table";
    const head = table.createTHead().insertRow();
    [t("part"), t("effect")].forEach((x, i) => { const th = document.createElement("th"); th.scope = "col"; th.textContent = x; if (i) th.className = "num"; head.appendChild(th); });
    const body = table.createTBody();
    for (const r of rows) {
      const tr = body.insertRow();
      tr.className = "part" + (r.remainder ? " remainder" : "");
      tr.dataset.value = r.value === null ? "" : String(r.value);
      tr.insertCell().textContent = r.name;
      const v = tr.insertCell(); v.className = "num"; v.textContent = r.value === null ? "–" : digits(r.value);
      if (r.title) tr.cells[0].title = r.title;
    }
    const foot = table.createTFoot().insertRow();
    foot.className = "total";
    foot.dataset.value = String(total);
    foot.insertCell().textContent = t("total");
    const v = foot.insertCell(); v.className = "num"; v.textContent = digits(total);
    return table;
  }

  function renderGap() {
    const gap = state.gap, root = $("explain-result");
    root.textContent = "";
    if (!gap) return;
    const labels = state.sentColumns.map(columnLabel);
    const from = labels[state.gapAsked.from], to = labels[state.gapAsked.to];
    const park = gap.by_park, industry = gap.by_industry;
    const year = gap.year;
    const totalName = I18n.lang === "en" ? t("m_total_output").toLowerCase() : t("m_total_output");
    const park_ = splitTable(t("byPark"), park, "park", "remainderPark");
    const industry_ = splitTable(t("byIndustry"), industry, "industry", "remainderIndustry");
    // By assumption, on the target's own metric: each change alone, then what they do together beyond that.
    const assumptions = gap.assumptions.map(a => ({ name: Page.pathLabel(a.path), title: a.path, value: a.mean_effect }));
    assumptions.push({ name: t("interaction"), value: gap.mean.interaction, remainder: true });
    const digits = v => Page.metricDiff(gap.metric, v);
    const sentences = document.createElement("div");
    sentences.className = "gap-sentences";
    const say = text => { const p = sentences.appendChild(document.createElement("p")); p.textContent = text; return p; };
    const total = park.total;
    say(Math.abs(total) < 0.05 ? t("gapNone", { from, to, year, metric: totalName })
      : t("gapSentence", { from, to, year, metric: totalName, verb: t(total > 0 ? "gapAdds" : "gapRemoves"), amount: num(Math.abs(total), 1) })).className = "headline";
    say(t("gapParks", { parts: partsText(park_.rows, money) }));
    say(t("gapIndustries", { parts: partsText(industry_.rows.filter(r => !r.remainder), money) }));
    say(t("gapAssumptions", { parts: partsText(assumptions, digits) }));
    root.appendChild(sentences);
    const grid = root.appendChild(document.createElement("div"));
    grid.className = "grid3";
    const own = document.createElement("section");
    own.className = "gap-split";
    own.dataset.split = "assumption";
    own.appendChild(document.createElement("h3")).textContent = t("byAssumption", { from }) + " · " + Page.metricName(gap.metric) + " · " + year;
    own.appendChild(partsTable(assumptions, gap.mean.total, digits));
    grid.append(own, park_.section, industry_.section);
  }

  function wire() {
    $("compare-add").addEventListener("click", () => {
      if (state.columns.length >= MAX_COLUMNS) return;
      const next = choices().find(c => !state.columns.includes(c)) || BASELINE;
      state.columns.push(next); buildPickers(); Page.saveLink();
      const selects = document.querySelectorAll("#compare-columns select");
      selects[selects.length - 1].focus();
    });
    $("compare-run").addEventListener("click", () => run());
    $("explain-run").addEventListener("click", () => explain());
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire); else wire();

  return {
    build, run, hasResult: () => state.result !== null,
    relabel: () => { buildPickers(); if (state.result) render(); if (state.status) setStatus(state.status.key, state.status.values, state.status.kind); },
    stale: () => $("compare-results").classList.add("stale"),
    linkState: () => ({ columns: state.columns, gap: state.gapAsked ? [state.gapAsked.from, state.gapAsked.to, state.gapAsked.target] : [] }),
    restore: link => {
      if (link.columns.length >= 2) state.columns = link.columns.slice(0, MAX_COLUMNS);
      if (link.gap.length === 3) state.gapAsked = { from: Number(link.gap[0]), to: Number(link.gap[1]), target: link.gap[2] };
      buildPickers();
    },
    runFromLink: link => { if (state.gapAsked) state.pendingGap = state.gapAsked; run(); },
  };
})();
