// The page's calls to the JSON API. Each page has its own channels, one per kind of job: a newer request of a kind
// supersedes (and cancels on the server) the older one of the same kind from this page, and leaves the others alone.
"use strict";
window.Api = (() => {
  const channel = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2)).replace(/[^A-Za-z0-9_-]/g, "");
  // One channel per view (PAGEID-run, PAGEID-compare, …), as docs/web-api.md describes.
  const channelFor = kind => channel + "-" + kind;

  function failure(response, parsed) {
    const errors = parsed && parsed.errors ? Object.entries(parsed.errors).map(([k, v]) => k + ": " + [].concat(v).join("; ")).join(" | ") : "";
    const error = new Error(errors || (parsed && (parsed.detail || parsed.title)) || response.statusText || String(response.status));
    error.status = response.status;
    error.errors = parsed && parsed.errors;
    return error;
  }

  async function json(response) {
    const body = await response.text();
    let parsed = null;
    try { parsed = body ? JSON.parse(body) : null; } catch { parsed = null; }
    if (!response.ok) throw failure(response, parsed);
    return { data: parsed, text: body, response };
  }

  // An application/x-ndjson answer: onLine gets every line as it arrives ({type: start | bar | step}); the
  // "result" line holds the whole document, an "error" line is thrown as the problem it names.
  async function lines(response, onLine) {
    if (!response.ok) return json(response);
    if (!(response.headers.get("Content-Type") || "").includes("ndjson") || !response.body) {
      const done = await json(response);
      return { data: done.data, response };
    }
    const reader = response.body.getReader(), decoder = new TextDecoder();
    let buffer = "", last = null;
    const take = line => {
      if (!line.trim()) return;
      const item = JSON.parse(line);
      if (item.type === "error") { const e = new Error(item.detail || item.title || "error"); e.status = item.status || 500; throw e; }
      if (item.type === "result") { last = item.result; return; }
      onLine(item);
    };
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let at;
      while ((at = buffer.indexOf("\n")) >= 0) { take(buffer.slice(0, at)); buffer = buffer.slice(at + 1); }
    }
    take(buffer + decoder.decode());
    return { data: last, response };
  }

  const post = (url, payload, signal, kind, accept) => fetch(url, {
    method: "POST", signal,
    headers: Object.assign({ "Content-Type": "application/json" }, kind ? { "X-Run-Channel": channelFor(kind) } : {}, accept ? { Accept: accept } : {}),
    body: JSON.stringify(payload),
  });
  const at = (name, what) => "/api/scenarios/" + encodeURIComponent(name) + "/" + what;

  return {
    channel,
    scenarios: () => fetch("/api/scenarios").then(json).then(r => r.data),
    scenario: name => fetch("/api/scenarios/" + encodeURIComponent(name)).then(json).then(r => r.data),
    run: (name, payload, signal) => post(at(name, "run"), payload, signal, "run").then(json),
    compare: (name, payload, signal) => post(at(name, "compare"), payload, signal, "compare").then(json),
    sensitivity: (name, payload, signal, onLine) => post(at(name, "sensitivity"), payload, signal, "sensitivity", "application/x-ndjson").then(r => lines(r, onLine)),
    calibrate: (name, payload, signal) => post(at(name, "calibrate"), payload, signal, "calibration").then(json),
    goalSeek: (name, payload, signal, onLine) => post(at(name, "goal-seek"), payload, signal, "goal-seek", "application/x-ndjson").then(r => lines(r, onLine)),
    // Downloads in the page's language: report.md, report.html and results.xlsx, each as a blob.
    download: (name, file, payload, lang) => post(at(name, file) + "?lang=" + encodeURIComponent(lang), payload).then(r => r.ok ? r.blob() : json(r)),
    saveVariant: (name, payload) => fetch(at(name, "variants"), {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload),
    }).then(json),
    // The fit of a history saved as a variant, as chainsim calibrate writes it.
    saveCalibrated: (name, payload) => fetch(at(name, "calibrate/variant"), {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload),
    }).then(json),
  };
})();
