// A table file the user picks (observations, history): CSV text, or an Excel workbook (.xlsx) sent as base64, read on
// the server by the same reader as the command line's. A small file also travels in the page's link: CSV text
// deflated, a workbook as its bytes (already compressed), both in URL-safe base64.
"use strict";
window.Upload = (() => {
  // Characters of the link a file may take; larger files are refused for the link, and a copied link asks for them again.
  const MAX_LINK = 16384;
  const ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const isWorkbook = name => /\.xlsx$/i.test(name || "");

  function toBase64(bytes) {
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }
  function fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  const urlSafe = b64 => b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const standard = code => { const b = code.replace(/-/g, "+").replace(/_/g, "/"); return b + "=".repeat((4 - b.length % 4) % 4); };

  async function through(bytes, stream) {
    return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
  }

  // {name, kind: "csv" | "xlsx", text | base64}
  async function read(file) {
    if (isWorkbook(file.name)) return { name: file.name, kind: "xlsx", base64: toBase64(new Uint8Array(await file.arrayBuffer())) };
    return { name: file.name, kind: "csv", text: await file.text() };
  }

  // The body's field for the upload: csvField with the text, or xlsxField with the workbook's base64.
  const fields = (upload, csvField, xlsxField) => !upload ? {} : upload.kind === "xlsx" ? { [xlsxField]: upload.base64 } : { [csvField]: upload.text };

  // The link's form of the upload ("c" deflated text, "x" workbook bytes), and its length; code is null when too long.
  async function toLink(upload) {
    const code = upload.kind === "xlsx" ? "x" + urlSafe(upload.base64)
      : "c" + urlSafe(toBase64(await through(new TextEncoder().encode(upload.text), new CompressionStream("deflate-raw"))));
    return { code: code.length <= MAX_LINK ? code : null, length: code.length, max: MAX_LINK };
  }

  // The upload a link carries; null when the code is not one this page wrote.
  async function fromLink(code, name) {
    try {
      if (code.startsWith("x")) return { name: name || "history.xlsx", kind: "xlsx", base64: toBase64(fromBase64(standard(code.slice(1)))) };
      if (code.startsWith("c")) {
        const bytes = await through(fromBase64(standard(code.slice(1))), new DecompressionStream("deflate-raw"));
        return { name: name || "history.csv", kind: "csv", text: new TextDecoder().decode(bytes) };
      }
    } catch { /* a damaged link: as if it carried no file */ }
    return null;
  }

  return { ACCEPT, MAX_LINK, read, fields, toLink, fromLink, isWorkbook };
})();
