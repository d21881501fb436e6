// newsqa chat page. Every piece of text from questions, answers and articles goes in as text, never as HTML.
"use strict";

const log = document.getElementById("log");
const form = document.getElementById("ask");
const input = document.getElementById("question");
const sendButton = document.getElementById("send");
const modeSelect = document.getElementById("mode");
const panel = document.getElementById("article");
const conversation = []; // {role, content} sent as context with each question
const articles = new Map(); // "source@version" -> article JSON
const filterSources = document.getElementById("filter-sources");
const filterDates = { since: "filter-since", until: "filter-until", as_of: "filter-as-of" };

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function scrollDown() { log.scrollTop = log.scrollHeight; }

// The page starts in the service's default answer mode (NEWSQA_ANSWER_MODE), once the service is ready, and says
// beside the choice what each mode does and how long its answers have taken on this service.
let ready = null;
function seconds(ms) { return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`; }
function describeMode() {
  const note = document.getElementById("mode-note");
  if (!ready) { note.textContent = ""; return; }
  const generative = modeSelect.value === "generative";
  const what = generative ? `the ${ready.model} model reads the passages` : "quotes the passages";
  const times = (ready.answer_times || {})[modeSelect.value];
  const took = times ? `answers here took ${seconds(times.p50_ms)} (median of ${times.n})`
    : (generative ? "a few seconds an answer" : "well under a second an answer");
  note.textContent = `${what}; ${took}`;
}
function refreshReady(first) {
  return fetch("/readyz").then((r) => (r.ok ? r.json() : null)).then((body) => {
    if (!body) return;
    ready = body;
    if (first && body.answer_mode) modeSelect.value = body.answer_mode;
    describeMode();
  }).catch(() => {});
}
refreshReady(true);
modeSelect.addEventListener("change", describeMode);

// The filters panel: which articles may answer, published between which dates, and the as-of date.
function filters() {
  const out = {};
  const chosen = Array.from(filterSources.selectedOptions, (o) => o.value);
  if (chosen.length) out.sources = chosen;
  for (const [key, id] of Object.entries(filterDates)) {
    const value = document.getElementById(id).value;
    if (value) out[key] = value;
  }
  return out;
}

function showFilterCount() {
  const n = Object.keys(filters()).length;
  document.getElementById("filter-count").textContent = n ? `(${n} on)` : "";
}

fetch("/api/sources").then((r) => (r.ok ? r.json() : [])).then((list) => {
  for (const a of list) {
    const option = el("option", "", [a.title || a.source, a.publisher, a.date].filter(Boolean).join(" · "));
    option.value = a.source;
    filterSources.append(option);
  }
}).catch(() => {});
document.getElementById("filters").addEventListener("change", showFilterCount);
document.getElementById("filter-clear").addEventListener("click", () => {
  filterSources.selectedIndex = -1;
  for (const id of Object.values(filterDates)) document.getElementById(id).value = "";
  showFilterCount();
});

function origin(c) { return [c.publisher, c.date].filter(Boolean).join(", "); }

// Offsets are code points (Python string indices); JavaScript strings index UTF-16 units, so slice code points.
function slicePoints(points, start, end) { return points.slice(start, end).join(""); }

function chip(citation) {
  const b = el("button", "chip", `[${citation.n}]`);
  b.type = "button";
  b.title = [citation.title, origin(citation), citation.source].filter(Boolean).join(" · ");
  b.dataset.n = citation.n;
  b.dataset.source = citation.source;
  b.dataset.start = citation.start;
  b.dataset.end = citation.end;
  b.addEventListener("click", () => openArticle(citation));
  return b;
}

// Replace the streamed text by text nodes and chips at the markers the engine placed ("… [1] … [2]"); a literal
// "[1]" inside a quoted article stays text. Marker offsets count code points, like every offset of the API.
function renderAnswer(bubble, answer) {
  bubble.textContent = "";
  const byN = new Map(answer.citations.map((c) => [c.n, c]));
  const points = Array.from(answer.answer);
  let at = 0;
  for (const m of answer.markers || []) {
    if (m.start > at) bubble.append(document.createTextNode(slicePoints(points, at, m.start)));
    const c = byN.get(m.n);
    bubble.append(c ? chip(c) : document.createTextNode(slicePoints(points, m.start, m.end)));
    at = m.end;
  }
  if (at < points.length) bubble.append(document.createTextNode(slicePoints(points, at)));
  if (!answer.answered) {
    bubble.classList.add("refusal");
    if (answer.note) bubble.append(el("span", "note", answer.note));
  }
  if (answer.answered && answer.time_frame) bubble.append(el("span", "note", `Time: ${answer.time_frame}.`));
  if (answer.answered && answer.note && answer.mode !== "extractive_fallback") bubble.append(el("span", "note", answer.note));
  if (answer.mode === "extractive_fallback" && answer.note) bubble.append(el("span", "note", answer.note));
  if (answer.citations.length) {
    const list = el("ol", "sources");
    for (const c of answer.citations) {
      const item = el("li");
      const quote = c.quote.length > 110 ? `${c.quote.slice(0, 109)}…` : c.quote;
      const title = c.title.length > 48 ? `${c.title.slice(0, 47)}…` : c.title;
      // a quote that opens with its own quotation mark is shown as it is, not inside a second one
      const shown = /^["“‘']/.test(quote) ? `${quote} ` : `“${quote}” `;
      item.append(chip(c), document.createTextNode(shown));
      item.append(el("span", "where", `— ${[title, origin(c)].filter(Boolean).join(", ")}`));
      list.append(item);
    }
    bubble.append(list);
  }
}

async function openArticle(citation) {
  // the version the citation quotes: its offsets hold even if the article was replaced since
  const key = `${citation.source}@${citation.version || ""}`;
  let article = articles.get(key);
  if (!article) {
    const query = citation.version ? `?version=${encodeURIComponent(citation.version)}` : "";
    const response = await fetch(`/api/sources/${encodeURIComponent(citation.source)}${query}`);
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      alertInLog(`Could not open ${citation.source}: ${body.error || response.status}.`);
      return;
    }
    article = await response.json();
    articles.set(key, article);
  }
  document.getElementById("article-title").textContent = article.title || article.source;
  document.getElementById("article-meta").textContent =
    [article.source, article.publisher, article.date ? `published ${article.date}` : "date unknown"]
      .filter(Boolean).join(" · ");
  const body = document.getElementById("article-body");
  body.textContent = "";
  const points = Array.from(article.text);
  const mark = el("mark", "", slicePoints(points, citation.start, citation.end));
  appendWithRemoved(body, points, 0, citation.start, article.removed || []);
  body.append(mark);
  appendWithRemoved(body, points, citation.end, points.length, article.removed || []);
  panel.hidden = false;
  mark.scrollIntoView({ block: "center" });
}

// Text the cleaning rules left out of the index (date line, byline, link lists) is shown dimmed, and says so.
function appendWithRemoved(node, points, start, end, removed) {
  let at = start;
  for (const [a, b] of removed) {
    const from = Math.max(a, at), to = Math.min(b, end);
    if (to <= from) continue;
    if (from > at) node.append(document.createTextNode(slicePoints(points, at, from)));
    const span = el("span", "removed", slicePoints(points, from, to));
    span.title = "Left out of the index (not story text)";
    node.append(span);
    at = to;
  }
  if (end > at) node.append(document.createTextNode(slicePoints(points, at, end)));
}

function alertInLog(text) {
  const li = el("li");
  li.append(el("div", "msg assistant error", text));
  log.append(li);
  scrollDown();
}

// Read a text/event-stream body from fetch (EventSource cannot POST).
async function* sse(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let event = "message"; const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) yield { event, data: JSON.parse(data.join("\n")) };
    }
  }
}

async function ask(question, retryOf) {
  let bubble;
  if (retryOf) {
    bubble = retryOf; // the same place in the log: the question was not lost
    bubble.className = "msg assistant";
  } else {
    const userItem = el("li");
    userItem.append(el("div", "msg user", question));
    const answerItem = el("li");
    bubble = el("div", "msg assistant");
    answerItem.append(bubble);
    log.append(userItem, answerItem);
  }
  const generative = modeSelect.value === "generative";
  bubble.textContent = generative ? "Reading the articles with the model (a few seconds)…" : "Finding the passages…";
  bubble.classList.add("pending");
  bubble.setAttribute("aria-busy", "true");
  scrollDown();
  conversation.push({ role: "user", content: question });
  sendButton.disabled = true;
  const started = performance.now();
  try {
    const response = await fetch("/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ messages: conversation, mode: modeSelect.value, stream: true, ...filters() }),
    });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error(body.error || `the service answered ${response.status}`);
    }
    let streamed = "";
    for await (const { event, data } of sse(response)) {
      if (event === "token") {
        streamed += data.text;
        bubble.classList.remove("pending");
        bubble.textContent = streamed;
        scrollDown();
      }
      else if (event === "done") {
        renderAnswer(bubble, data);
        bubble.append(el("span", "took", `${data.mode.replace("_", " ")} · ${seconds(performance.now() - started)}`));
        conversation.push({ role: "assistant", content: data.answer });
        refreshReady(false);
      }
      else if (event === "error") throw new Error(data.error);
    }
  } catch (err) {
    conversation.pop();
    bubble.classList.remove("pending");
    bubble.classList.add("error");
    const offline = err instanceof TypeError; // fetch() rejects with a TypeError when the service cannot be reached
    bubble.textContent = offline ? "The service could not be reached (network error)." : `The answer failed: ${err.message}`;
    const retry = el("button", "retry", "Try again");
    retry.type = "button";
    retry.addEventListener("click", () => { if (!sendButton.disabled) ask(question, bubble); });
    bubble.append(" ", retry);
  } finally {
    bubble.classList.remove("pending");
    bubble.removeAttribute("aria-busy");
    sendButton.disabled = false;
    scrollDown();
    input.focus();
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const question = input.value.trim();
  if (!question || sendButton.disabled) return;
  input.value = "";
  ask(question);
});
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
});
document.querySelectorAll(".example").forEach((b) => b.addEventListener("click", () => ask(b.textContent)));
function closeArticle() { panel.hidden = true; input.focus(); }
document.getElementById("article-close").addEventListener("click", closeArticle);
document.addEventListener("keydown", (event) => { if (event.key === "Escape" && !panel.hidden) closeArticle(); });
input.focus();
