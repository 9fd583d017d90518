// Search page: finds editorials in the index the bake wrote (Java package news.editorials.search), loading
// only the fragments a query needs: the manifest, one vocabulary shard per word, one postings shard per stem,
// one small fragment per result shown. Words were stemmed at bake time: here a query word is only cut and
// folded (with the pattern and folds the manifest carries) and looked up in the vocabulary, which gives its stem.
// Started from [data-module="ed-search"]; index data reaches the page through textContent only.

const PAGE_SIZE = 20;
const MAX_COMPLETIONS = 5; // stems a half-typed last word may stand for, the most common first
const MAX_PREFIX_SHARDS = 2; // a one- or two-letter prefix spans many shards: look at the first ones only
const SNIPPET_CHARS = 220;
const SNIPPET_LEAD = 70; // characters kept before the first match
const STARTED = "edSearchStarted";
const ASCII = /^[\x00-\x7f]*$/;

function lastAtMost(keys, value) {
  let low = 0;
  let high = keys.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (keys[middle] <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

// A list of documents from the index: gaps ([3,1,4] is 3, 4, 8) or a base64 bitset of all documents.
function decodeList(list) {
  if (typeof list === "string") {
    const bits = atob(list);
    const ids = [];
    for (let byte = 0; byte < bits.length; byte++) {
      const value = bits.charCodeAt(byte);
      if (value === 0) continue;
      for (let bit = 0; bit < 8; bit++) {
        if (value & (1 << bit)) ids.push(byte * 8 + bit);
      }
    }
    return Int32Array.from(ids);
  }
  const ids = new Int32Array(list.length);
  let previous = 0;
  for (let i = 0; i < list.length; i++) {
    previous += list[i];
    ids[i] = previous;
  }
  return ids;
}

class SearchIndex {
  constructor(manifestUrl) {
    this.manifestUrl = manifestUrl;
    this.fragments = new Map(); // path -> Promise of parsed JSON, so each fragment is fetched once
    this.stems = new Map(); // stem number -> decoded postings
  }

  load(path) {
    if (!this.fragments.has(path)) {
      const url = new URL(path, this.manifestUrl);
      url.search = this.manifestUrl.search; // the bake's version: never a cached fragment of an older bake
      const request = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json();
      });
      request.catch(() => this.fragments.delete(path)); // let a later query try again
      this.fragments.set(path, request);
    }
    return this.fragments.get(path);
  }

  async manifest() {
    if (!this.ready) {
      this.ready = this.load("manifest.json").then((manifest) => {
        this.info = manifest;
        this.wordPattern = new RegExp(manifest.word, "gu");
        return manifest;
      });
      this.ready.catch(() => { this.ready = null; });
    }
    return this.ready;
  }

  fold(word) {
    let folded = word.toLowerCase();
    if (!ASCII.test(folded)) { // plain ASCII, most words, has nothing to decompose or fold
      // Lower-cased again after decomposing, like SearchWords.fold: some forms decompose to capitals.
      const decomposed = folded.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
      folded = "";
      for (const c of decomposed) folded += this.info.folds[c] ?? c;
    }
    if (folded.endsWith("'s") || folded.endsWith("\u2019s")) folded = folded.slice(0, -2);
    return folded.replace(/['\u2019]/g, "");
  }

  // Words of a text with their places, {word (folded), start, end}, one at a time so a caller can stop early.
  * words(text) {
    for (const match of text.matchAll(this.wordPattern)) {
      const word = this.fold(match[0]);
      if (word && word.length <= this.info.maxLength) {
        yield { word, start: match.index, end: match.index + match[0].length };
      }
    }
  }

  firstOf(text, highlight) {
    for (const w of this.words(text)) if (highlight.has(w.word)) return w;
    return null;
  }

  // Stem numbers for one folded word: its own stem, and when it may be a prefix, the commonest completions.
  async stemsFor(word, prefix) {
    const keys = this.info.vocabulary;
    const first = Math.max(0, lastAtMost(keys, word));
    const last = prefix ? Math.min(lastAtMost(keys, `${word}\uffff`), first + MAX_PREFIX_SHARDS - 1) : first;
    const shards = [];
    for (let shard = first; shard <= last; shard++) shards.push(this.load(`v/${shard}.json`));
    const stems = new Set();
    const completions = new Set();
    for (const entries of await Promise.all(shards)) {
      for (let i = 0; i < entries.length; i += 2) {
        if (entries[i] === word) stems.add(entries[i + 1]);
        else if (prefix && entries[i].startsWith(word)) completions.add(entries[i + 1]);
      }
    }
    [...completions].sort((a, b) => a - b).slice(0, MAX_COMPLETIONS).forEach((stem) => stems.add(stem));
    return [...stems];
  }

  async postings(stem) {
    if (!this.stems.has(stem)) {
      const shard = lastAtMost(this.info.postings, stem);
      const entries = await this.load(`p/${shard}.json`);
      const [words, documents, title, meta] = entries[stem - this.info.postings[shard]];
      if (!this.stems.has(stem)) {
        this.stems.set(stem, { words, documents: decodeList(documents), title: decodeList(title), meta: decodeList(meta) });
      }
    }
    return this.stems.get(stem);
  }

  // Documents matching every query word, best first: more words in the title, then more in the summary,
  // topics or author, then newer (documents are numbered oldest first).
  async search(query) {
    await this.manifest();
    const cut = [...this.words(query)];
    const prefixLast = cut.length > 0 && cut[cut.length - 1].end === query.length;
    const terms = await Promise.all(cut.map((w, i) => this.stemsFor(w.word, prefixLast && i === cut.length - 1)));
    const highlight = new Set();
    if (terms.length === 0 || terms.some((stems) => stems.length === 0)) return { documents: [], highlight };
    const count = this.info.documents;
    const tiers = await Promise.all(terms.map(async (stems) => {
      const tier = new Uint8Array(count); // 0 absent, 1 body, 2 summary/topics/author, 3 title
      for (const postings of await Promise.all(stems.map((stem) => this.postings(stem)))) {
        postings.words.forEach((word) => highlight.add(word));
        for (const doc of postings.documents) if (tier[doc] < 1) tier[doc] = 1;
        for (const doc of postings.meta) if (tier[doc] < 2) tier[doc] = 2;
        for (const doc of postings.title) tier[doc] = 3;
      }
      return tier;
    }));
    const matches = [];
    for (let doc = 0; doc < count; doc++) {
      let inTitle = 0;
      let inMeta = 0;
      let all = true;
      for (const tier of tiers) {
        const t = tier[doc];
        if (t === 0) { all = false; break; }
        if (t === 3) inTitle++;
        if (t >= 2) inMeta++;
      }
      if (all) matches.push({ doc, rank: inTitle * 1000 + inMeta });
    }
    matches.sort((a, b) => b.rank - a.rank || b.doc - a.doc);
    return { documents: matches.map((m) => m.doc), highlight };
  }

  document(number) {
    return this.load(`d/${number}.json`);
  }
}

// Appends text to an element with every highlighted word wrapped in <mark>.
function appendMarked(index, element, text, highlight) {
  let at = 0;
  for (const { word, start, end } of index.words(text)) {
    if (!highlight.has(word)) continue;
    element.append(text.slice(at, start));
    const mark = document.createElement("mark");
    mark.className = "ed-search__mark";
    mark.textContent = text.slice(start, end);
    element.append(mark);
    at = end;
  }
  element.append(text.slice(at));
}

// A piece of the body around the first match; else the summary if it matches; else the opening.
function snippet(index, fragment, highlight) {
  const text = fragment.text || "";
  const first = index.firstOf(text, highlight);
  if (!first) {
    const summary = fragment.summary || "";
    if (index.firstOf(summary, highlight)) return summary;
  }
  let start = first ? Math.max(0, first.start - SNIPPET_LEAD) : 0;
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "\u2026 " : ""}${text.slice(start, end)}${end < text.length ? " \u2026" : ""}`;
}

function resultItem(index, fragment, root, highlight) {
  const item = document.createElement("li");
  item.className = "ed-item ed-search__result";
  const heading = document.createElement("h2");
  heading.className = "ed-item__title";
  const link = document.createElement("a");
  link.className = "ed-item__link";
  link.href = root + fragment.url;
  appendMarked(index, link, fragment.title, highlight);
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "ed-meta";
  const time = document.createElement("time");
  time.dateTime = fragment.date;
  time.textContent = fragment.dateDisplay;
  const separator = document.createElement("span");
  separator.className = "ed-meta__sep";
  separator.setAttribute("aria-hidden", "true");
  separator.textContent = " \u00b7 ";
  const byline = document.createElement("span");
  byline.className = "ed-byline";
  byline.textContent = fragment.byline;
  meta.append(time, separator, byline);
  const text = document.createElement("p");
  text.className = "ed-search__snippet";
  appendMarked(index, text, snippet(index, fragment, highlight), highlight);
  item.append(heading, meta, text);
  return item;
}

function start(element) {
  if (element.dataset[STARTED]) return;
  const form = element.querySelector(".js-search-form");
  const input = element.querySelector(".js-search-input");
  const status = element.querySelector(".js-search-status");
  const list = element.querySelector(".js-search-results");
  const more = element.querySelector(".js-search-more");
  if (!form || !input || !status || !list || !more || !element.dataset.edSearchIndex) return;
  element.dataset[STARTED] = "true";

  const index = new SearchIndex(new URL(element.dataset.edSearchIndex, document.baseURI));
  const root = element.dataset.edSearchRoot || "";
  let current = 0; // the latest search; an older one finishing late is dropped
  let results = { documents: [], highlight: new Set() };
  let shown = 0;
  let pushNext = false; // the first change after a submitted or loaded query gets its own history entry

  async function showMore() {
    const id = current;
    const next = results.documents.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(next.map((doc) => index.document(doc)));
    if (id !== current) return null;
    const items = fragments.map((fragment) => resultItem(index, fragment, root, results.highlight));
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= results.documents.length;
    return items[0] || null;
  }

  async function run(query) {
    const id = ++current;
    const trimmed = query.trim();
    if (!trimmed) {
      results = { documents: [], highlight: new Set() };
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      return;
    }
    try {
      const found = await index.search(query);
      if (id !== current) return;
      results = found;
      shown = 0;
      list.replaceChildren();
      await showMore();
      if (id !== current) return;
      const count = found.documents.length;
      status.textContent = count === 0
        ? `No editorials match \u201c${trimmed}\u201d. Check the spelling, or use fewer words.`
        : `${count} ${count === 1 ? "editorial matches" : "editorials match"} \u201c${trimmed}\u201d.`;
    } catch (e) {
      if (id !== current) return;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "Search is not available just now. Try again, or browse the archive or topics.";
    }
  }

  function urlFor(query) {
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    return url.href;
  }

  input.addEventListener("input", () => {
    const url = urlFor(input.value);
    if (url !== window.location.href) {
      if (pushNext) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      pushNext = false;
    }
    run(input.value);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    pushNext = true;
    run(input.value);
  });

  more.addEventListener("click", async () => {
    const first = await showMore();
    if (first) first.querySelector("a").focus();
  });

  window.addEventListener("popstate", () => {
    input.value = new URL(window.location.href).searchParams.get("q") || "";
    pushNext = true;
    run(input.value);
  });

  const query = new URL(window.location.href).searchParams.get("q") || "";
  input.value = query;
  pushNext = query.trim() !== "";
  if (query.trim()) run(query);
  else index.manifest().catch(() => {}); // fetched ahead of the first keystroke
}

try {
  document.querySelectorAll('[data-module="ed-search"]').forEach(start);
} catch (e) {
  // Fail quietly: the page still links to the archive and topics.
}
