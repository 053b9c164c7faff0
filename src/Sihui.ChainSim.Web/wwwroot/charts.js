// Hand-drawn SVG charts (a fan chart, stacked bars by industry, bars by column), each with a table that says the same in text.
"use strict";
window.Charts = (() => {
  const NS = "http://www.w3.org/2000/svg";
  const palette = ["#1f6feb", "#d4a72c", "#2da44e", "#bf3989", "#8250df", "#e16f24", "#0a7ea4", "#6e7781", "#a40e26", "#54aeff", "#4ac26b", "#f6c343"];
  const fmt = { format: v => I18n.num(v, 0) };

  function el(name, attrs, parent, text) {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }

  // Round axis ticks: 1, 2 or 5 times a power of ten.
  function ticks(min, max, count) {
    const raw = (max - min) / Math.max(1, count);
    const power = Math.pow(10, Math.floor(Math.log10(raw || 1)));
    const step = [1, 2, 5, 10].map(m => m * power).find(s => s >= raw) || power;
    const out = [];
    for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(v);
    return out;
  }

  function frame(width, height) {
    const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
    return svg;
  }

  // points: [{year, p10, p50, p90}], targets: [{year, threshold, label}], history: [{year, value}] drawn as diamonds
  function fan(container, points, targets, labels, history) {
    history = (history || []).filter(h => points.some(p => p.year === h.year));
    container.textContent = "";
    if (!points.length) return;
    const W = 560, H = 280, m = { l: 56, r: 16, t: 14, b: 30 };
    const svg = frame(W, H);
    const years = points.map(p => p.year);
    const lo = Math.min(...points.map(p => p.p10), ...targets.map(t => t.threshold), ...history.map(h => h.value));
    const hi = Math.max(...points.map(p => p.p90), ...targets.map(t => t.threshold), ...history.map(h => h.value));
    const pad = (hi - lo) * 0.08 || 1;
    const y0 = Math.max(0, lo - pad), y1 = hi + pad;
    const x = yr => m.l + (years.length === 1 ? 0.5 : (yr - years[0]) / (years[years.length - 1] - years[0])) * (W - m.l - m.r);
    const y = v => H - m.b - (v - y0) / (y1 - y0) * (H - m.t - m.b);
    for (const v of ticks(y0, y1, 6)) {
      el("line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), stroke: "#eef1f4" }, svg);
      el("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end" }, svg, fmt.format(v));
    }
    for (const yr of years) el("text", { x: x(yr), y: H - 10, "text-anchor": "middle" }, svg, String(yr));
    const band = points.map(p => `${x(p.year)},${y(p.p90)}`).concat(points.slice().reverse().map(p => `${x(p.year)},${y(p.p10)}`));
    el("polygon", { points: band.join(" "), fill: "rgba(31,111,235,0.18)", stroke: "none" }, svg).appendChild(el("title", {}, null, "P10–P90"));
    el("polyline", { points: points.map(p => `${x(p.year)},${y(p.p50)}`).join(" "), fill: "none", stroke: "#1f6feb", "stroke-width": 2.5 }, svg);
    for (const p of points) {
      const dot = el("circle", { cx: x(p.year), cy: y(p.p50), r: 3.5, fill: "#1f6feb" }, svg);
      el("title", {}, dot, `${p.year}: P10 ${fmt.format(p.p10)} · P50 ${fmt.format(p.p50)} · P90 ${fmt.format(p.p90)}`);
    }
    for (const t of targets) {
      const cx = x(t.year), cy = y(t.threshold), half = (W - m.l - m.r) / Math.max(2, years.length) / 2;
      el("line", { x1: Math.max(m.l, cx - half), x2: Math.min(W - m.r, cx + half), y1: cy, y2: cy, stroke: "#cf222e", "stroke-width": 2, "stroke-dasharray": "6 4" }, svg);
      el("text", { x: cx + 8, y: cy + 16 > H - m.b - 4 ? cy - 6 : cy + 16, "class": "target-label" }, svg, `${labels.target} ${fmt.format(t.threshold)}`);
    }
    for (const h of history) {
      const cx = x(h.year), cy = y(h.value);
      const mark = el("polygon", { points: `${cx},${cy - 7} ${cx + 7},${cy} ${cx},${cy + 7} ${cx - 7},${cy}`, fill: "#ffffff", stroke: "#111111", "stroke-width": 2, "class": "history-point" }, svg);
      el("title", {}, mark, `${h.year}: ${labels.history} ${fmt.format(h.value)}`);
    }
    container.appendChild(svg);
  }

  // years: [year], series: [{name, values: [per year]}]
  function stacked(container, legend, years, series) {
    container.textContent = ""; legend.textContent = "";
    if (!years.length) return;
    const W = 560, H = 280, m = { l: 56, r: 16, t: 14, b: 30 };
    const svg = frame(W, H);
    const totals = years.map((_, i) => series.reduce((s, k) => s + Math.max(0, k.values[i] || 0), 0));
    const y1 = Math.max(...totals) * 1.08 || 1;
    const y = v => H - m.b - v / y1 * (H - m.t - m.b);
    for (const v of ticks(0, y1, 5)) {
      el("line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), stroke: "#eef1f4" }, svg);
      el("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end" }, svg, fmt.format(v));
    }
    const slot = (W - m.l - m.r) / years.length, bar = Math.min(56, slot * 0.6);
    years.forEach((yr, i) => {
      const cx = m.l + slot * (i + 0.5);
      let base = 0;
      series.forEach((s, k) => {
        const v = Math.max(0, s.values[i] || 0);
        const rect = el("rect", { x: cx - bar / 2, y: y(base + v), width: bar, height: Math.max(0, y(base) - y(base + v)), fill: palette[k % palette.length] }, svg);
        el("title", {}, rect, `${yr} · ${s.name}: ${fmt.format(v)}`);
        base += v;
      });
      el("text", { x: cx, y: y(base) - 4, "text-anchor": "middle" }, svg, fmt.format(base));
      el("text", { x: cx, y: H - 10, "text-anchor": "middle" }, svg, String(yr));
    });
    container.appendChild(svg);
    series.forEach((s, k) => {
      const item = document.createElement("span");
      const swatch = document.createElement("i");
      swatch.style.background = palette[k % palette.length];
      item.append(swatch, s.name);
      legend.appendChild(item);
    });
  }

  // Grouped horizontal bars: one group per row (a target), one bar per column, each labelled with its column and value.
  // groups: [{name, values: [0..1 or null]}], columns: [name]
  function grouped(container, groups, columns) {
    container.textContent = "";
    if (!groups.length) return;
    const bar = 16, gap = 4, groupGap = 18, labelW = 190, W = 760, right = 70;
    const block = 18 + columns.length * (bar + gap) + groupGap;
    const H = groups.length * block + 30;
    const svg = frame(W, H);
    const x = v => labelW + v * (W - labelW - right);
    for (const v of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
      el("line", { x1: x(v), x2: x(v), y1: 0, y2: H - 20, stroke: v === 0.8 ? "#c8d1dc" : "#eef1f4", "stroke-dasharray": v === 0.8 ? "4 3" : "" }, svg);
      el("text", { x: x(v), y: H - 6, "text-anchor": "middle" }, svg, I18n.num(v * 100, 0) + "%");
    }
    let top = 4;
    groups.forEach(g => {
      // The whole name on its own line above its bars: a label is never cut.
      el("text", { x: 0, y: top + 12, "class": "group-label" }, svg, g.name);
      g.values.forEach((v, k) => {
        const y = top + 18 + k * (bar + gap);
        el("text", { x: labelW - 6, y: y + bar - 4, "text-anchor": "end" }, svg, columns[k].length > 20 ? columns[k].slice(0, 19) + "…" : columns[k]);
        if (v === null || v === undefined) return;
        const rect = el("rect", { x: x(0), y, width: Math.max(1, x(v) - x(0)), height: bar, fill: palette[k % palette.length], rx: 2 }, svg);
        el("title", {}, rect, `${g.name} · ${columns[k]}: ${I18n.pct(v)}`);
        el("text", { x: x(v) + 4, y: y + bar - 4, "class": "value-label" }, svg, I18n.pct(v));
      });
      top += block;
    });
    container.appendChild(svg);
  }

  // The text equivalent of a chart: a plain table, hidden until its toggle is pressed.
  function table(container, headers, rows) {
    container.textContent = "";
    const tableEl = document.createElement("table");
    tableEl.className = "targets data-table";
    const head = tableEl.createTHead().insertRow();
    headers.forEach((h, i) => { const th = document.createElement("th"); th.textContent = h; th.scope = "col"; if (i > 0) th.className = "num"; head.appendChild(th); });
    const body = tableEl.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      row.forEach((v, i) => { const td = tr.insertCell(); td.textContent = v; if (i > 0) td.className = "num"; });
    }
    container.appendChild(tableEl);
  }

  // A toggle button names its chart in data-chart; the chart's table is the element "<chart>-table".
  function labelToggle(button) {
    const showing = button.getAttribute("aria-expanded") === "true";
    button.textContent = I18n.t(showing ? "showChart" : "showTable");
  }

  function wireToggles(root) {
    root.addEventListener("click", e => {
      const button = e.target.closest(".table-toggle");
      if (!button) return;
      const chart = document.getElementById(button.dataset.chart), tableEl = document.getElementById(button.dataset.chart + "-table");
      const showing = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(showing));
      button.setAttribute("aria-controls", tableEl.id);
      tableEl.hidden = !showing;
      chart.hidden = showing;
      const legend = chart.parentElement.querySelector(".legend");
      if (legend) legend.hidden = showing;
      labelToggle(button);
    });
  }

  return { fan, stacked, grouped, table, labelToggle, wireToggles, palette };
})();
