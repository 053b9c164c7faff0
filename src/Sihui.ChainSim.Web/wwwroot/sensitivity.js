// The sensitivity view: the tornado of one target over the tunables, streamed bar by bar as their runs finish, kept in
// order of size at every step, with progress and a cancel button.
"use strict";
window.SensitivityView = (() => {
  const $ = id => document.getElementById(id);
  const { t, num, pct } = I18n;
  const state = { target: null, bars: [], base: null, total: 0, done: 0, controller: null, started: 0, result: null, status: null };

  // Ranked as the CLI ranks them: by the size of the probability effect, then of the P50 effect.
  const bySize = (a, b) => Math.abs(b.probability_effect) - Math.abs(a.probability_effect) || Math.abs(b.p50_effect) - Math.abs(a.p50_effect);
  const barLabel = bar => (I18n.lang === "zh" ? bar.label_zh || bar.label : bar.label) || Page.pathLabel(bar.path);

  function build() {
    const select = $("sens-target");
    select.textContent = "";
    for (const x of Page.detail.targets) select.add(new Option(Page.targetName(x.id), x.id));
    if (!Page.detail.targets.some(x => x.id === state.target)) state.target = Page.detail.targets.length ? Page.detail.targets[0].id : null;
    select.value = state.target || "";
  }

  function setStatus(key, values, kind) {
    state.status = { key, values, kind };
    const s = $("sens-status");
    s.textContent = key ? t(key, values) : "";
    s.dataset.state = kind || "";
  }

  const seconds = () => num((performance.now() - state.started) / 1000, 1);

  async function run() {
    if (state.controller) state.controller.abort();
    const controller = state.controller = new AbortController();
    const base = Page.base();
    state.bars = []; state.base = null; state.result = null; state.done = 0;
    state.total = Page.detail.tunables.length; state.started = performance.now();
    // What the page drew as each bar came in (the bars' probability effects, top to bottom), and when.
    window.__chainsim.tornado = { firstBarMs: null, doneMs: null, frames: [] };
    $("sens-card").hidden = false; $("sens-card").classList.remove("stale");
    $("sens-cancel").disabled = false; $("sens-run").disabled = true;
    const progress = $("sens-progress");
    progress.hidden = false; progress.max = 1; progress.value = 0;
    document.body.dataset.sensState = "running";
    setStatus("sensProgress", { done: 0, total: state.total, seconds: seconds() }, "running");
    draw();
    const tick = setInterval(() => { if (document.body.dataset.sensState === "running") setStatus("sensProgress", { done: state.done, total: state.total, seconds: seconds() }, "running"); }, 500);
    try {
      const { data } = await Api.sensitivity(Page.name, { target: state.target, variant: base.variant, set: base.set, trials: base.trials, seed: base.seed }, controller.signal, line => {
        if (controller.signal.aborted) return;
        if (line.type === "start") { state.total = line.bars; return; }
        if (line.type !== "bar") return;
        if (state.bars.length === 0) window.__chainsim.tornado.firstBarMs = performance.now() - state.started;
        state.base = { probability: line.base_probability, p50: line.base_p50 };
        state.bars.push(line.bar); state.bars.sort(bySize);
        state.done = line.done; state.total = line.of;
        progress.max = line.of; progress.value = line.done;
        setStatus("sensProgress", { done: line.done, total: line.of, seconds: seconds() }, "running");
        draw();
        window.__chainsim.tornado.frames.push(state.bars.map(b => b.probability_effect));
      });
      if (controller.signal.aborted) return;
      state.result = data;
      state.bars = data.bars.slice();
      state.base = { probability: data.base_probability, p50: data.base_p50 };
      window.__chainsim.tornado.doneMs = performance.now() - state.started;
      setStatus("sensDone", { n: data.bars.length, runs: data.runs, trials: num(data.trials, 0), seed: data.seed, seconds: seconds() }, "ready");
      draw();
      document.body.dataset.sensState = "ready";
      Page.saveLink();
    } catch (error) {
      if (error.name === "AbortError") { setStatus("sensCancelled", { done: state.done, total: state.total }, "idle"); document.body.dataset.sensState = "cancelled"; return; }
      if (error.status === 409) return;
      setStatus("failed", { message: error.message }, "error");
      document.body.dataset.sensState = "error";
    } finally {
      clearInterval(tick);
      if (state.controller === controller) {
        $("sens-cancel").disabled = true; $("sens-run").disabled = false;
        progress.hidden = true;
      }
    }
  }

  function cancel() {
    if (state.controller) state.controller.abort();
  }

  function draw() {
    const target = Page.detail.targets.find(x => x.id === state.target);
    $("sens-title").textContent = target ? `${Page.targetName(target.id)} · ${target.year}` : "";
    $("sens-base").textContent = state.base ? t("sensBase", { p: pct(state.base.probability), p50: target ? Page.metricText(target.metric, state.base.p50) : num(state.base.p50, 1) }) : "";
    const list = $("tornado");
    list.textContent = "";
    const b = state.base ? state.base.probability : 0.5;
    const span = Math.max(0.05, ...state.bars.map(x => Math.max(Math.abs(x.probability_at_low - b), Math.abs(x.probability_at_high - b))));
    // Centred on the base case; the widest bar fills its half.
    const at = p => 50 + (p - b) / span * 48;
    state.bars.forEach((bar, i) => {
      const li = list.appendChild(document.createElement("li"));
      li.dataset.path = bar.path;
      li.dataset.effect = String(bar.probability_effect);
      li.dataset.p50Effect = String(bar.p50_effect);
      const name = li.appendChild(document.createElement("span"));
      name.className = "name"; name.textContent = `${i + 1}. ${barLabel(bar)}`; name.title = bar.path;
      const track = li.appendChild(document.createElement("span"));
      track.className = "track"; track.setAttribute("aria-hidden", "true");
      const mid = track.appendChild(document.createElement("i")); mid.className = "mid";
      for (const [end, p] of [["low", bar.probability_at_low], ["high", bar.probability_at_high]]) {
        const seg = track.appendChild(document.createElement("i"));
        seg.className = "seg " + end;
        seg.style.left = Math.min(at(p), 50) + "%";
        seg.style.width = Math.abs(at(p) - 50) + "%";
      }
      const figures = li.appendChild(document.createElement("span"));
      figures.className = "figures";
      figures.textContent = `${t("low")} ${pct(bar.probability_at_low)} → ${t("high")} ${pct(bar.probability_at_high)} (${t("pp", { v: num(bar.probability_effect * 100, 1, true) })})`;
    });
    const metric = target ? target.metric : "total_output";
    Charts.table($("tornado-table"), [t("rank"), t("parameter"), t("lowToHigh"), t("pLowHigh"), t("diffP"), t("p50LowHigh"), t("diffP50")],
      state.bars.map((bar, i) => [String(i + 1), barLabel(bar), `${num(bar.low)} … ${num(bar.high)}`,
        `${pct(bar.probability_at_low)} → ${pct(bar.probability_at_high)}`, t("pp", { v: num(bar.probability_effect * 100, 1, true) }),
        `${Page.metricText(metric, bar.p50_at_low)} → ${Page.metricText(metric, bar.p50_at_high)}`, Page.metricDiff(metric, bar.p50_effect)]));
  }

  function wire() {
    $("sens-target").addEventListener("change", e => { state.target = e.target.value; Page.saveLink(); });
    $("sens-run").addEventListener("click", () => run());
    $("sens-cancel").addEventListener("click", cancel);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire); else wire();

  return {
    build, run, hasResult: () => state.result !== null,
    relabel: () => { build(); if (state.bars.length || state.result) draw(); if (state.status) setStatus(state.status.key, state.status.values, state.status.kind); },
    stale: () => $("sens-card").classList.add("stale"),
    linkState: () => ({ sensTarget: state.target }),
    restore: link => { if (link.sensTarget) state.target = link.sensTarget; build(); },
    runFromLink: () => run(),
  };
})();
