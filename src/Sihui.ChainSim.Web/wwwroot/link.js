// The page's state as a link: scenario, variant, overrides, trials, seed, view, language and each view's inputs.
// Every change rewrites the address (history.replaceState); a pasted link is read once on load.
"use strict";
window.Link = (() => {
  const SET = "set.";
  // The observed-so-far panel: o.METRIC=value, og.METRIC=growth in %, oy/om the year and month, of/ofname a file.
  const OBS = "o.", OBS_GROWTH = "og.";

  // Everything the page needs to draw itself again; null/empty entries are left out of the link.
  function read(search) {
    const q = new URLSearchParams(search === undefined ? location.search : search);
    const set = {};
    const values = {};
    for (const [key, value] of q) {
      if (key.startsWith(SET) && value !== "" && Number.isFinite(Number(value))) set[key.slice(SET.length)] = Number(value);
      const kind = key.startsWith(OBS_GROWTH) ? "growth" : key.startsWith(OBS) ? "value" : null;
      if (kind && value !== "" && Number.isFinite(Number(value))) values[key.slice(kind === "growth" ? OBS_GROWTH.length : OBS.length)] = { value, mode: kind };
    }
    const int = key => { const v = q.get(key); return v !== null && /^\d+$/.test(v) ? Number(v) : null; };
    const list = key => (q.get(key) || "").split(",").filter(Boolean);
    return {
      scenario: q.get("scenario"), variant: q.get("variant") || "", set,
      trials: int("trials"), seed: q.get("seed") !== null && /^\d+$/.test(q.get("seed")) ? q.get("seed") : null,
      view: q.get("view") || "run", lang: q.get("lang"), ran: q.get("ran") === "1",
      columns: list("cols"), gap: list("gap"), sensTarget: q.get("sens"),
      goal: { target: q.get("gtarget"), probability: q.get("gp"), param: q.get("gparam"), min: q.get("gmin"), max: q.get("gmax") },
      // An uploaded history (Upload.toLink's code, or "-" for one too large to carry) and its file name.
      hist: q.get("hist"), histname: q.get("histname"),
      observed: { year: int("oy"), month: int("om"), values, file: q.get("of"), fileName: q.get("ofname") },
    };
  }

  function write(s) {
    const q = new URLSearchParams();
    const put = (key, value) => { if (value !== null && value !== undefined && value !== "") q.set(key, String(value)); };
    put("scenario", s.scenario);
    put("view", s.view === "run" ? "" : s.view);
    put("lang", s.lang);
    put("variant", s.variant);
    for (const path of Object.keys(s.set || {}).sort()) q.set(SET + path, String(s.set[path]));
    put("trials", s.trials);
    put("seed", s.seed);
    if (s.columns && s.columns.length) put("cols", s.columns.join(","));
    if (s.gap && s.gap.length) put("gap", s.gap.join(","));
    put("sens", s.sensTarget);
    put("ran", s.ran ? 1 : "");
    const g = s.goal || {};
    put("gtarget", g.target); put("gp", g.probability); put("gparam", g.param); put("gmin", g.min); put("gmax", g.max);
    put("histname", s.histname); put("hist", s.hist);
    const o = s.observed || {};
    for (const metric of Object.keys(o.values || {}).sort()) q.set((o.values[metric].mode === "growth" ? OBS_GROWTH : OBS) + metric, String(o.values[metric].value));
    put("oy", o.year); put("om", o.month); put("ofname", o.fileName); put("of", o.file);
    const next = location.pathname + "?" + q.toString().replace(/%2C/g, ",").replace(/%3A/gi, ":") + location.hash;
    if (next !== location.pathname + location.search + location.hash) history.replaceState(null, "", next);
  }

  return { read, write };
})();
