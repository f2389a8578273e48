// policykg web page: a small hash-routed client of the HTTP API (no build step, no network beyond this server).
"use strict";

const TYPE_LABELS = {document: "文档", section: "章节", problem: "问题", measure: "措施", regulation: "法规", bay: "海湾",
  river: "河湖", unit: "单位", place: "地点", person: "人物", figure: "数据"};
const FACET_LABELS = {type: "类型 Type", unit: "单位 Unit", place: "地点 Place", water: "水体 Water", year: "年份 Year"};
const EXPORTS = [["gexf", "GEXF"], ["graphml", "GraphML"], ["csv", "CSV"], ["ttl", "Turtle"], ["json", "JSON"]];

const view = document.getElementById("view");
const errorBox = document.getElementById("error");

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
}
function typeTag(t) { return `<span class="type">${esc(TYPE_LABELS[t] || t)} ${esc(t)}</span>`; }
function entityLink(id, label) { return `<a href="#/entity/${encodeURIComponent(id)}">${esc(label)}</a>`; }

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) {
    const e = body.error || {};
    throw new Error(`${e.message || r.status}${e.hint ? " — " + e.hint : ""}`);
  }
  return body;
}

function showExports(params) {
  const box = document.getElementById("exports");
  box.querySelectorAll("a").forEach(a => a.remove());
  if (!params) { box.hidden = true; return; }
  for (const [fmt, label] of EXPORTS) {
    const a = document.createElement("a");
    a.className = "button";
    a.textContent = label;
    a.dataset.format = fmt;
    a.href = "/export?" + new URLSearchParams({...params, format: fmt});
    a.setAttribute("download", "");
    box.appendChild(a);
  }
  box.hidden = false;
}

// Wrap the spans [start, end) of `text` in <mark>; spans may overlap.
function highlight(text, spans, cls) {
  const sorted = spans.filter(s => s.end > s.start).sort((a, b) => a.start - b.start);
  let out = "", pos = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, pos);
    if (s.end <= start) continue;
    out += esc(text.slice(pos, start)) + `<mark class="${cls || ""}">` + esc(text.slice(start, s.end)) + "</mark>";
    pos = s.end;
  }
  return out + esc(text.slice(pos));
}

async function showSearch(params) {
  const q = params.get("q") || "";
  document.getElementById("q").value = q;
  if (!q) {
    const stats = await api("/stats");
    view.innerHTML = `<h2>欢迎 Welcome</h2><p>在上方搜索问题、措施、法规、单位。Search problems, measures, regulations and units above.</p>
      <table><tr><th>节点类型 Node type</th><th>数量 Count</th></tr>${Object.entries(stats.nodes).map(([t, n]) =>
        `<tr><td>${typeTag(t)}</td><td>${n}</td></tr>`).join("")}</table>`;
    showExports(null);
    return;
  }
  const type = params.get("type") || "";
  const query = new URLSearchParams({q, facets: "true", limit: "20"});
  if (type) query.set("type", type);
  const res = await api("/search?" + query);
  const facetHtml = Object.entries(res.facets || {}).map(([name, counts]) => `<h4>${esc(FACET_LABELS[name] || name)}</h4>` +
    Object.entries(counts).slice(0, 12).map(([value, n]) => {
      const active = name === "type" ? value === type : q.includes(facetTerm(name, value));
      return `<a class="facet ${active ? "active" : ""}" data-facet="${esc(name)}" data-value="${esc(value)}">${esc(value)} (${n})</a>`;
    }).join("")).join("");
  const hits = res.hits.map(h => `<div class="hit">${typeTag(h.type)}${entityLink(h.id, h.label)}
      <div class="snippet">${highlight(h.text, h.highlights || [])}</div></div>`).join("");
  view.innerHTML = `<div class="layout"><aside class="facets"><h3>筛选 Facets</h3>${facetHtml}</aside>
    <div><p class="muted">共 ${res.total} 条结果 ${res.total} hits${type ? `，类型 type = ${esc(type)}` : ""}</p>${hits}</div></div>`;
  view.querySelectorAll("a.facet").forEach(a => a.addEventListener("click", () => {
    const next = new URLSearchParams({q});
    if (a.dataset.facet === "type") {
      if (a.dataset.value !== type) next.set("type", a.dataset.value);
    } else {
      const term = facetTerm(a.dataset.facet, a.dataset.value);
      next.set("q", q.includes(term) ? q.replace(term, "").trim() : `${q} ${term}`);
      if (type) next.set("type", type);
    }
    location.hash = "#/?" + next;
  }));
  showExports({query: q});
}

/** A field filter for the query; a value with spaces is quoted (quote marks inside it cannot be, so they go). */
function facetTerm(name, value) {
  const bare = value.replace(/"/g, "");
  return /\s/.test(bare) ? `${name}:"${bare}"` : `${name}:${bare}`;
}

function drawGraph(graph, centre) {
  const el = document.getElementById("graph");
  if (!el || typeof cytoscape === "undefined") return;
  const short = s => (s.length > 16 ? s.slice(0, 16) + "…" : s);
  cytoscape({
    container: el,
    elements: [
      ...graph.nodes.map(n => ({data: {id: n.id, label: short(n.label), type: n.type, centre: n.id === centre ? 1 : 0}})),
      ...graph.edges.map((e, i) => ({data: {id: "e" + i, source: e.source, target: e.target, label: e.type}})),
    ],
    // concentric around the node the page is about: the same picture every time
    layout: {name: "concentric", concentric: n => (n.data("centre") ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 70, animate: false},
    maxZoom: 1.6,
    style: [
      {selector: "node", style: {label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3, "background-color": "#6c8ebf", width: 18, height: 18}},
      {selector: "node[type = 'problem']", style: {"background-color": "#d9534f"}},
      {selector: "node[type = 'measure']", style: {"background-color": "#5cb85c"}},
      {selector: "node[type = 'regulation']", style: {"background-color": "#f0ad4e"}},
      {selector: "node[type = 'unit']", style: {"background-color": "#5bc0de"}},
      {selector: "node[centre = 1]", style: {width: 30, height: 30, "border-width": 3, "border-color": "#1f4e79"}},
      {selector: "edge", style: {width: 1, "line-color": "#aab", "target-arrow-shape": "triangle", "target-arrow-color": "#aab",
        "curve-style": "bezier", label: "data(label)", "font-size": 7, color: "#778"}},
    ],
  }).on("tap", "node", evt => { location.hash = "#/entity/" + encodeURIComponent(evt.target.id()); });
}

async function evidenceInDocuments(evidence) {
  const byDoc = {};
  for (const ev of evidence) (byDoc[ev.doc] ||= []).push(ev);
  const parts = [];
  for (const [doc, spans] of Object.entries(byDoc)) {
    const d = await api("/documents/" + encodeURIComponent(doc));
    parts.push(`<h4>${esc(d.title)} <span class="muted">${spans.length} 处 spans</span></h4>
      <div class="doctext">${highlight(d.text, spans, "evidence")}</div>`);
  }
  return parts.join("");
}

async function showEntity(id) {
  const page = await api("/entities/" + encodeURIComponent(id) + "?limit=200");
  const n = page.node;
  const attrs = Object.entries(n.attrs).map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(Array.isArray(v) ? v.join("、") : v)}</td></tr>`).join("");
  const edges = page.edges.map(x => `<tr><td>${x.direction === "out" ? "→" : "←"} ${esc(x.edge.type)}</td>
      <td>${typeTag(x.other.type)}${entityLink(x.other.id, x.other.label)}</td><td>${esc(x.edge.attrs.verb || "")} ${esc(x.edge.attrs.date || "")}</td></tr>`).join("");
  const quotes = page.evidence.map(q => `<li>…${esc(q.before)}<mark class="evidence">${esc(q.text)}</mark>${esc(q.after)}…</li>`).join("");
  const more = n.type === "problem" ? `<a class="button" href="#/problem/${encodeURIComponent(n.id)}">措施列表 Measures</a>`
    : n.type === "regulation" ? `<a class="button" href="#/regulation/${encodeURIComponent(n.id)}">时间线 Timeline</a>` : "";
  view.innerHTML = `<h2>${typeTag(n.type)}${esc(n.label)}</h2>${more}
    ${n.aliases.length ? `<p class="muted">别名 Aliases: ${esc(n.aliases.join("、"))}</p>` : ""}
    <table>${attrs}</table>
    <h3>关系图 Neighbourhood</h3><div id="graph"></div>
    <h3>关系 Edges (${page.edge_count}${page.edge_count > page.edges.length ? `, ${page.edges.length} shown` : ""})</h3><table><tr><th>关系 Edge</th><th>另一端 Other end</th><th>动作 Action</th></tr>${edges}</table>
    <h3>证据 Evidence (${page.evidence_count}${page.evidence_count > n.evidence.length ? `, ${n.evidence.length} shown` : ""})</h3><ul class="quotes">${quotes}</ul>
    <h3>原文 In the documents</h3><div id="docs" class="muted">载入中 loading…</div>`;
  const graph = await api(`/entities/${encodeURIComponent(n.id)}/neighbours?depth=1`);
  drawGraph(graph, n.id);
  if (graph.truncated) document.getElementById("graph").insertAdjacentHTML("beforebegin",
    `<p class="muted">${graph.nodes.length} 个最近的节点 nearest nodes shown</p>`);
  document.getElementById("docs").outerHTML = `<div id="docs">${await evidenceInDocuments(page.evidence)}</div>`;
  showExports({seed: n.id, depth: "1"});
}

async function showProblems(params) {
  const q = params.get("q") || "";
  const res = await api("/problems?" + new URLSearchParams({q, limit: "200"}));
  view.innerHTML = `<h2>问题 Problems <span class="muted">${res.count}</span></h2>
    <table><tr><th>问题 Problem</th><th>上级 Parent</th><th>措施数 Measures</th><th>状态 Status</th></tr>${res.data.map(p =>
    `<tr><td><a href="#/problem/${encodeURIComponent(p.id)}">${esc(p.title)}</a></td><td>${esc(p.parent_title)}</td><td>${p.measures}</td><td>${esc(p.status)}</td></tr>`).join("")}</table>`;
  showExports(null);
}

async function showProblem(id) {
  const page = await api("/entities/" + encodeURIComponent(id));
  const res = await api(`/problems/${encodeURIComponent(id)}/measures?limit=200`);
  view.innerHTML = `<h2>${typeTag("problem")}${esc(page.node.label)}</h2>${entityLink(id, "实体页面 Entity page")}
    <h3>措施 Measures (${res.count})</h3>
    <table><tr><th>日期 Date</th><th>单位 Units</th><th>状态 Status</th><th>措施 Measure</th><th>问题 Problem</th></tr>${res.data.map(m =>
      `<tr><td>${esc(m.date)}</td><td>${esc(m.units.join("、"))}</td><td>${esc(m.status)}</td><td>${entityLink(m.measure_id, m.text)}</td><td>${esc(m.problem)}</td></tr>`).join("")}</table>`;
  showExports({problem: id, depth: "1"});
}

async function showRegulations(params) {
  const res = await api("/regulations?" + new URLSearchParams({q: params.get("q") || "", limit: "200"}));
  view.innerHTML = `<h2>法规 Regulations <span class="muted">${res.count}</span></h2>
    <table><tr><th>法规 Regulation</th><th>发布单位 Issuers</th><th>动作 Actions</th><th>日期 Dates</th></tr>${res.data.map(r =>
    `<tr><td><a href="#/regulation/${encodeURIComponent(r.id)}">《${esc(r.title)}》</a></td><td>${esc(r.issuers.join("、"))}</td><td>${r.actions}</td><td>${esc(r.first_date)}${r.last_date !== r.first_date ? " – " + esc(r.last_date) : ""}</td></tr>`).join("")}</table>`;
  showExports(null);
}

function timelineHtml(periods) {
  return periods.map(p => `<div class="period">${esc(p.period)}${p.count > p.items.length ? ` <span class="muted">${p.items.length} / ${p.count}</span>` : ""}</div><table>${p.items.map(i =>
    `<tr><td style="width:7em">${esc(i.date)}</td><td style="width:6em">${esc(i.verb)}</td><td style="width:12em">${esc(i.unit)}</td><td>${entityLink(i.measure, i.text)}</td></tr>`).join("")}</table>`).join("")
    || `<p class="muted">没有带日期的动作 No dated actions.</p>`;
}

async function showRegulation(id) {
  const page = await api("/entities/" + encodeURIComponent(id));
  const res = await api(`/timeline?regulation=${encodeURIComponent(id)}&limit=200&items=100`);
  view.innerHTML = `<h2>${typeTag("regulation")}《${esc(page.node.label)}》</h2>${entityLink(id, "实体页面 Entity page")}
    <h3>动作时间线 Action timeline</h3><div id="timeline">${timelineHtml(res.data)}</div>`;
  showExports({seed: id, depth: "1"});
}

async function showTimeline(params) {
  const res = await api("/timeline?" + new URLSearchParams({by: params.get("by") || "year", limit: "200", items: "100"}));
  view.innerHTML = `<h2>时间线 Timeline</h2><div id="timeline">${timelineHtml(res.data)}</div>`;
  showExports(null);
}

async function showDocuments(message) {
  const res = await api("/documents?limit=200");
  view.innerHTML = `<h2>文档 Documents <span class="muted">${res.count}</span></h2>
    <form id="upload"><input type="file" name="file" accept=".txt,.md,.html,.htm,.docx,.pdf" required>
      <button type="submit">上传 Upload</button> <span id="upload-status" class="muted">${esc(message || "")}</span></form>
    <table><tr><th>标题 Title</th><th>文件 File</th><th>读入时间 Ingested</th><th></th></tr>${res.data.map(d =>
    `<tr><td>${entityLink(d.id, d.title || d.id)}</td><td>${esc(d.path)}</td><td>${esc(d.ingested_at)}</td>
      <td><button class="delete" data-id="${esc(d.id)}">删除 Delete</button></td></tr>`).join("")}</table>`;
  document.getElementById("upload").addEventListener("submit", async e => {
    e.preventDefault();
    const status = document.getElementById("upload-status");
    status.textContent = "读入中 reading…";
    const r = await fetch("/documents", {method: "POST", body: new FormData(e.target)});
    const body = await r.json();
    if (!r.ok) { status.textContent = `出错 Error: ${body.error.message}`; return; }
    await showDocuments(body.status === "unchanged" ? "已有此文档 already in the store" : `已读入 ingested ${body.filename}: ${body.nodes} nodes`);
  });
  view.querySelectorAll("button.delete").forEach(b => b.addEventListener("click", async () => {
    if (!confirm("删除此文档及仅由它支持的节点和关系？ Delete this document and what only it supports?")) return;
    const r = await fetch("/documents/" + encodeURIComponent(b.dataset.id), {method: "DELETE"});
    if (!r.ok) { errorBox.textContent = "出错 Error: " + (await r.json()).error.message; errorBox.hidden = false; return; }
    await showDocuments("已删除 deleted");
  }));
  showExports(null);
}

async function route() {
  errorBox.hidden = true;
  const hash = location.hash.slice(1) || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === "entity") await showEntity(parts[1]);
    else if (parts[0] === "problem") await showProblem(parts[1]);
    else if (parts[0] === "problems") await showProblems(params);
    else if (parts[0] === "regulation") await showRegulation(parts[1]);
    else if (parts[0] === "regulations") await showRegulations(params);
    else if (parts[0] === "timeline") await showTimeline(params);
    else if (parts[0] === "documents") await showDocuments();
    else await showSearch(params);
  } catch (e) {
    errorBox.textContent = "出错 Error: " + e.message;
    errorBox.hidden = false;
  }
  document.body.dataset.ready = hash;
}

document.getElementById("search-form").addEventListener("submit", e => {
  e.preventDefault();
  location.hash = "#/?" + new URLSearchParams({q: document.getElementById("q").value.trim()});
});
window.addEventListener("hashchange", route);
route();
