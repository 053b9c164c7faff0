// The goal-seek view: the value of one assumption that gives a target the chance asked for, found by bisection on
// the server; each value tried is listed as it finishes, then the answer or "unreachable within [min, max]".
"use strict";
window.GoalView = (() => {
  const $ = id => document.getElementById(id);
  const { t, num, pct } = I18n;
  const state = { target: null, probability: "80", param: null, min: "", max: "", steps: [], result: null, controller: null, started: 0, status: null, expected: 0 };

  function build() {
    const target = $("goal-target");
    target.textContent = "";
    for (const x of Page.detail.targets) target.add(new Option(Page.targetName(x.id), x.id));
    if (!Page.detail.targets.some(x => x.id === state.target)) state.target = Page.detail.targets.length ? Page.detail.targets[0].id : null;
    target.value = state.target || "";
    const param = $("goal-param");
    param.textContent = "";
    for (const x of Page.detail.tunables) param.add(new Option(Page.pathLabel(x.path), x.path));
    if (!Page.detail.tunables.some(x => x.path === state.param)) { state.param = Page.detail.tunables.length ? Page.detail.tunables[0].path : null; state.min = state.max = ""; }
    param.value = state.param || "";
    fillRange(false);
    $("goal-probability").value = state.probability;
  }

  // Min and max start at the tunable's range; the user may narrow them.
  function fillRange(reset) {
    const tunable = Page.detail.tunables.find(x => x.path === state.param);
    if (!tunable) return;
    if (reset || state.min === "") state.min = String(tunable.min);
    if (reset || state.max === "") state.max = String(tunable.max);
    $("goal-min").value = state.min; $("goal-max").value = state.max;
  }

  function setStatus(key, values, kind) {
    state.status = { key, values, kind };
    const s = $("goal-status");
    s.textContent = key ? t(key, values) : "";
    s.dataset.state = kind || "";
  }

  const plain = v => new Intl.NumberFormat(I18n.locale, { maximumFractionDigits: 6 }).format(v);
  const seconds = () => num((performance.now() - state.started) / 1000, 1);
  const readInputs = () => {
    state.target = $("goal-target").value; state.param = $("goal-param").value;
    state.probability = $("goal-probability").value.trim(); state.min = $("goal-min").value.trim(); state.max = $("goal-max").value.trim();
  };

  async function run() {
    readInputs();
    if (state.controller) state.controller.abort();
    const controller = state.controller = new AbortController();
    const base = Page.base();
    state.steps = []; state.result = null; state.started = performance.now(); state.expected = 0;
    $("goal-card").hidden = true;
    $("goal-run").disabled = true; $("goal-cancel").disabled = false;
    const progress = $("goal-progress");
    progress.hidden = false; progress.removeAttribute("value");
    document.body.dataset.goalState = "running";
    drawSteps();
    setStatus("goalRunning", { runs: 0, seconds: seconds() }, "running");
    const tick = setInterval(() => { if (document.body.dataset.goalState === "running") setStatus("goalRunning", { runs: state.steps.length, seconds: seconds() }, "running"); }, 500);
    try {
      const body = {
        target: state.target, probability: Number(state.probability) / 100, param: state.param,
        min: state.min === "" ? null : Number(state.min), max: state.max === "" ? null : Number(state.max),
        variant: base.variant, set: base.set, trials: base.trials, seed: base.seed,
      };
      const { data } = await Api.goalSeek(Page.name, body, controller.signal, line => {
        if (controller.signal.aborted) return;
        if (line.type === "start") { state.expected = line.runs; progress.max = line.runs; progress.value = 0; return; }
        if (line.type !== "step") return;
        state.steps.push(line);
        if (state.expected) progress.value = Math.min(state.expected, state.steps.length);
        setStatus("goalRunning", { runs: state.steps.length, seconds: seconds() }, "running");
        drawSteps();
      });
      if (controller.signal.aborted) return;
      state.result = data;
      setStatus("", {}, "ready");
      drawAnswer();
      document.body.dataset.goalState = "ready";
      Page.saveLink();
    } catch (error) {
      if (error.name === "AbortError") { setStatus("cancelled", {}, "idle"); document.body.dataset.goalState = "cancelled"; return; }
      if (error.status === 409) return;
      setStatus("failed", { message: error.message }, "error");
      document.body.dataset.goalState = "error";
    } finally {
      clearInterval(tick);
      if (state.controller === controller) { $("goal-run").disabled = false; $("goal-cancel").disabled = true; progress.hidden = true; }
    }
  }

  function drawSteps() {
    const list = $("goal-steps");
    list.textContent = "";
    state.steps.forEach((s, i) => {
      const li = list.appendChild(document.createElement("li"));
      li.textContent = t("goalStep", { n: s.n || i + 1, value: plain(s.value), p: pct(s.probability) });
    });
  }

  function drawAnswer() {
    const r = state.result;
    if (!r) return;
    const answer = $("goal-answer");
    const range = { min: plain(r.min), max: plain(r.max) };
    answer.dataset.reached = String(r.reached);
    answer.dataset.value = r.value === null || r.value === undefined ? "" : String(r.value);
    if (r.reached) {
      answer.textContent = t("goalReached", {
        target: Page.targetName(r.target), p: pct(r.wanted_probability), param: Page.pathLabel(r.param),
        cmp: t(r.direction === "decreasing" ? "goalAtMost" : "goalAtLeast"), value: num(r.value, 4), tol: plain(r.tolerance),
        prob: pct(r.probability), lo: pct(r.probability_ci95[0]), hi: pct(r.probability_ci95[1]),
      });
    } else {
      answer.textContent = t("goalUnreachable", { ...range, best: pct(r.probability), p: pct(r.wanted_probability) });
    }
    $("goal-footer").textContent = t("goalFooter", {
      direction: t({ increasing: "dirIncreasing", decreasing: "dirDecreasing" }[r.direction] || "dirFlat"),
      runs: r.runs, trials: num(r.trials, 0), seed: r.seed,
    });
    $("goal-card").hidden = false;
    $("goal-card").classList.remove("stale");
  }

  function wire() {
    $("goal-param").addEventListener("change", () => { state.param = $("goal-param").value; fillRange(true); Page.saveLink(); });
    for (const id of ["goal-target", "goal-probability", "goal-min", "goal-max"]) $(id).addEventListener("change", () => { readInputs(); Page.saveLink(); });
    $("goal-run").addEventListener("click", () => run());
    $("goal-cancel").addEventListener("click", () => { if (state.controller) state.controller.abort(); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire); else wire();

  return {
    build, run, hasResult: () => state.result !== null,
    relabel: () => { build(); drawSteps(); drawAnswer(); if (state.status) setStatus(state.status.key, state.status.values, state.status.kind); },
    stale: () => $("goal-card").classList.add("stale"),
    linkState: () => ({ goal: { target: state.target, probability: state.probability, param: state.param, min: state.min, max: state.max } }),
    restore: link => {
      const g = link.goal;
      if (g.target) state.target = g.target;
      if (g.probability && Number.isFinite(Number(g.probability))) state.probability = g.probability;
      if (g.param) { state.param = g.param; state.min = g.min || ""; state.max = g.max || ""; }
      build();
    },
    runFromLink: () => run(),
  };
})();
