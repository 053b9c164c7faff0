// The page's calls to the JSON API. Each page has its own run channel: a newer run cancels the older one on the server.
"use strict";
window.Api = (() => {
  const channel = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2)).replace(/[^A-Za-z0-9_-]/g, "");

  async function json(response) {
    const body = await response.text();
    let parsed = null;
    try { parsed = body ? JSON.parse(body) : null; } catch { parsed = null; }
    if (!response.ok) {
      const errors = parsed && parsed.errors ? Object.entries(parsed.errors).map(([k, v]) => k + ": " + v.join("; ")).join(" | ") : "";
      const error = new Error(errors || (parsed && (parsed.detail || parsed.title)) || response.statusText);
      error.status = response.status;
      error.errors = parsed && parsed.errors;
      throw error;
    }
    return { data: parsed, text: body, response };
  }

  const post = (url, payload, signal, onChannel) => fetch(url, {
    method: "POST", signal,
    headers: onChannel ? { "Content-Type": "application/json", "X-Run-Channel": channel } : { "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });

  return {
    channel,
    scenarios: () => fetch("/api/scenarios").then(json).then(r => r.data),
    scenario: name => fetch("/api/scenarios/" + encodeURIComponent(name)).then(json).then(r => r.data),
    run: (name, payload, signal) => post("/api/scenarios/" + encodeURIComponent(name) + "/run", payload, signal, true).then(json),
    report: (name, payload) => post("/api/scenarios/" + encodeURIComponent(name) + "/report", payload).then(r => r.ok ? r.text() : json(r)),
    saveVariant: (name, payload) => fetch("/api/scenarios/" + encodeURIComponent(name) + "/variants", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload),
    }).then(json),
  };
})();
