// Hand-drawn SVG charts: a fan chart (P10–P90 band, P50 line, target marks) and stacked bars by industry.
"use strict";
window.Charts = (() => {
  const NS = "http://www.w3.org/2000/svg";
  const palette = ["#1f6feb", "#d4a72c", "#2da44e", "#bf3989", "#8250df", "#e16f24", "#0a7ea4", "#6e7781", "#a40e26", "#54aeff", "#4ac26b", "#f6c343"];
  const fmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

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

  // points: [{year, p10, p50, p90}], targets: [{year, threshold, label}]
  function fan(container, points, targets, labels) {
    container.textContent = "";
    if (!points.length) return;
    const W = 560, H = 280, m = { l: 56, r: 16, t: 14, b: 30 };
    const svg = frame(W, H);
    const years = points.map(p => p.year);
    const lo = Math.min(...points.map(p => p.p10), ...targets.map(t => t.threshold));
    const hi = Math.max(...points.map(p => p.p90), ...targets.map(t => t.threshold));
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

  return { fan, stacked };
})();
