// The playground (demo/playground.html): article JSON, schema.org JSON-LD or a feed typed into a
// textarea, rendered as you type by the six elements of dist/news-article.min.js (loaded by the
// page), with the issues they report, and the whole state (input and switches) in the URL's hash.
// A plain module with no build step and no import. Nothing typed is ever parsed as HTML: the DOM
// is built with textContent only (the page runs under a strict CSP with Trusted Types as well).

const $ = (id) => document.getElementById(id);
const textarea = $('json');
const formatOut = $('format');
const issuesBox = $('issues');
const wrapper = $('elements');
const feed = $('feed');
const feedNote = $('feed-note');
const copyButton = $('copy');
const copyStatus = $('copy-status');
const linkBox = $('link-box');
const linkField = $('link');

/** The five elements that take one article, then <news-feed>, which takes a list. */
const ARTICLE_ELEMENTS = ['article', 'card', 'key-points', 'tags', 'related'].map($);
const ALL = [...ARTICLE_ELEMENTS, feed];
const NAMES = ALL.map((el) => el.localName);
const VARIANT_ELEMENTS = [$('article'), $('card'), feed];

/** The switches, by their key in the URL; '' is each one's default (no attribute). */
const SWITCHES = { lang: $('lang'), theme: $('theme'), level: $('level'), variant: $('variant') };

const EXAMPLES = {
  seed: () => text('./seed-article.json'),
  'json-ld': () => text('./articles/wheat-exports.json'),
  feed: async () => {
    const names = ['railway-deal', 'gipfel-astana', 'wheat-exports'];
    const items = await Promise.all(names.map(async (name) => JSON.parse(await text(`./articles/${name}.json`))));
    return JSON.stringify(items, null, 2);
  },
};

async function text(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.text()).trim();
}

// ---------------------------------------------------------------------------------------------
// Busy state: <html data-pending> while a parse or a URL update is still to come (tests wait on it).

const pending = new Set();
function setPending(key, on) {
  if (on) pending.add(key);
  else pending.delete(key);
  document.documentElement.toggleAttribute('data-pending', pending.size > 0);
}

// ---------------------------------------------------------------------------------------------
// The input: JSON text → a feed, a JSON-LD article or a format v1 article.

const ARTICLE_TYPE = /(?:Article|Posting|Report|APIReference)$/;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value, key) => (isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined);
const typeNames = (value) =>
  [own(value, '@type')]
    .flat()
    .filter((type) => typeof type === 'string')
    .map((type) => type.split(/[/:#]/).pop());
const isJsonLd = (value) => ['@context', '@type', '@graph'].some((key) => own(value, key) !== undefined);

/**
 * What the parsed input is, read as <news-feed> reads it. A feed: an array, `{items, next}` or a
 * schema.org ItemList (at the top or in an `@graph`); its first item, at its path in the input,
 * goes to the five article elements. But an array holding nodes that are no article
 * (Organization, WebSite…) is one page's JSON-LD: an article, not a feed.
 */
function classify(value) {
  const feedOf = (list, path) => {
    const items = list.map((item) => (isObject(own(item, 'item')) ? own(item, 'item') : item));
    return { kind: 'feed', feed: value, items, path: items.length ? `${path}[0]` : '' };
  };
  if (Array.isArray(value)) {
    const page = value.some((node) => typeNames(node).length && !typeNames(node).some((t) => ARTICLE_TYPE.test(t)));
    return page ? { kind: 'JSON-LD', article: value } : feedOf(value, '');
  }
  if (!isObject(value)) return undefined;
  const items = own(value, 'items');
  if (items !== undefined) return feedOf(Array.isArray(items) ? items : [], 'items');
  const graph = [own(value, '@graph') ?? []].flat();
  const index = graph.findIndex((node) => typeNames(node).includes('ItemList'));
  const [list, path] = index < 0 ? [value, ''] : [graph[index], `@graph[${index}].`];
  if (typeNames(list).includes('ItemList')) {
    return feedOf([own(list, 'itemListElement') ?? []].flat(), `${path}itemListElement`);
  }
  return { kind: isJsonLd(value) ? 'JSON-LD' : 'format v1', article: value };
}

const formatName = (value) => (isJsonLd(value) || Array.isArray(value) ? 'JSON-LD' : 'format v1');

/** The offset of the first syntax error in JSON text (-1 when none is found): for line and column. */
function errorOffset(source) {
  let i = 0;
  const fail = () => {
    throw i;
  };
  const space = () => {
    while (i < source.length && ' \t\n\r'.includes(source[i])) i++;
  };
  const expect = (char) => (source[i] === char ? i++ : fail());
  const string = () => {
    expect('"');
    for (;;) {
      const char = source[i];
      if (char === undefined || char < ' ') fail();
      i++;
      if (char === '"') return;
      if (char !== '\\') continue;
      if (source[i] !== undefined && '"\\/bfnrt'.includes(source[i])) i++;
      else if (source[i] === 'u' && /^[\da-f]{4}$/i.test(source.slice(i + 1, i + 5))) i += 5;
      else fail();
    }
  };
  const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const value = () => {
    space();
    const open = source[i];
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      space();
      if (source[i] === close) return void i++;
      for (;;) {
        if (open === '{') {
          space();
          string();
          space();
          expect(':');
        }
        value();
        space();
        if (source[i] === ',') i++;
        else return void expect(close);
      }
    }
    if (open === '"') return string();
    LITERAL.lastIndex = i;
    if (!LITERAL.test(source)) fail();
    i = LITERAL.lastIndex;
  };
  try {
    value();
    space();
    if (i < source.length) fail();
    return -1;
  } catch (at) {
    return typeof at === 'number' ? at : -1; // a RangeError: nested too deep to follow
  }
}

/** A parse error as an issue: the browser's message, with the line and column (every browser alike). */
function parseIssue(error, source) {
  if (!source.trim()) return { path: 'JSON', message: 'the input is empty', severity: 'error' };
  const message = String(error.message)
    .replace(/^JSON(?:\.parse| Parse error):\s*/i, '')
    .replace(/\s*(?:in JSON )?at position \d+(?:\s*\(line \d+ column \d+\))?/i, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data/i, '');
  const offset = errorOffset(source);
  const issue = { path: 'JSON', message: message.charAt(0).toUpperCase() + message.slice(1), severity: 'error' };
  if (offset < 0) return issue;
  const lines = source.slice(0, offset).split('\n');
  const end = offset >= source.length ? ' (the input ends too soon)' : '';
  return {
    ...issue,
    path: `line ${lines.length}, column ${lines.at(-1).length + 1}`,
    offset,
    message: issue.message + end,
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering, and the issues the elements report.

/** What each element (the one that fired: a card inside <news-feed> too) last reported. */
const reported = new Map();
/** The playground's own issues: a parse error, an input that is no article, a link that cannot be read. */
let ownIssues = [];
let linkIssues = [];
/** Whether the input could not be given to the elements (they still show the one before). */
let stale = false;
/** The input the elements show, as canonical JSON: unchanged input is not rendered again. */
let shown;

/** Reads the textarea and gives what it holds to the elements; invalid JSON leaves them as they are. */
function update() {
  setPending('parse', false);
  const source = textarea.value;
  let value;
  stale = true;
  try {
    value = JSON.parse(source);
  } catch (error) {
    ownIssues = [parseIssue(error, source)];
    formatOut.textContent = 'not JSON';
    formatOut.dataset.format = 'invalid';
    return showIssues();
  }
  const input = classify(value);
  if (!input) {
    ownIssues = [{ path: '$', message: 'expected an article (an object) or a feed (an array)', severity: 'error' }];
    formatOut.textContent = 'not an article';
    formatOut.dataset.format = 'invalid';
    return showIssues();
  }
  stale = false;
  ownIssues = [];
  if (input.kind === 'feed') {
    const formats = [...new Set(input.items.map(formatName))];
    const count = `${input.items.length} article${input.items.length === 1 ? '' : 's'}`;
    formatOut.textContent = `feed · ${count}${formats.length ? ` · ${formats.join(' + ')}` : ''}`;
    if (!input.items.length) ownIssues = [{ path: '$', message: 'the feed has no article', severity: 'warning' }];
  } else {
    formatOut.textContent = input.kind;
  }
  formatOut.dataset.format = input.kind;
  const canonical = JSON.stringify(value);
  if (canonical !== shown) {
    shown = canonical;
    render(input);
  }
  showIssues();
}

/** The input for <news-feed> (set once it is defined), and where the five elements' article is in the input. */
let feedInput;
let articlePath = '';

/** A feed to <news-feed> and its first item to the five; an article to the five and, as `[article]`, to the feed. */
function render(input) {
  reported.clear();
  // Each element gets its own copy: nothing one of them does to its input is seen by another.
  const copy = (value) => (value === undefined ? undefined : structuredClone(value));
  const feedKind = input.kind === 'feed';
  const article = feedKind ? input.items[0] : input.article;
  articlePath = feedKind ? input.path : '';
  for (const el of ARTICLE_ELEMENTS) el.article = copy(article);
  feedInput = copy(feedKind ? input.feed : [input.article]);
  feed.dataset.input = feedKind ? 'feed' : 'article';
  if (customElements.get('news-feed')) feed.articles = feedInput;
}

/** `path` inside the item at `prefix` (`[2]`, `items[0]`…): the path in the whole input. */
function joinPath(prefix, path) {
  if (!prefix) return path;
  if (!path || path === '$') return prefix;
  return path.startsWith('[') ? prefix + path : `${prefix}.${path}`;
}

/**
 * An issue's path in the input. The feed names its items' places in what it was given: the input
 * itself for a feed; for an article, the `[0]` of the one-item list the feed was given goes.
 */
function inputPath(el, path) {
  if (el !== feed) return joinPath(articlePath, path);
  if (feed.dataset.input === 'feed') return path;
  return path.replace(/^\[0\]\.?/, '') || '$';
}

for (const type of ['news-load', 'news-error']) {
  wrapper.addEventListener(type, (event) => {
    const el = event.target; // one of the six (the events are composed: a card of the feed is the feed)
    const issues = (event.detail?.issues ?? []).map((issue) => ({ ...issue, path: inputPath(el, issue.path) }));
    reported.set(el, { name: el.localName, issues });
    scheduleIssues();
  });
}

let issuesTimer;
function scheduleIssues() {
  clearTimeout(issuesTimer);
  issuesTimer = setTimeout(showIssues, 30);
}

/** The issues, deduplicated across the elements: errors first, each with the elements that reported it. */
function showIssues() {
  clearTimeout(issuesTimer);
  const all = new Map();
  // One line per path and message, at the gravest severity an element gave it (the feed leaves out
  // as a warning the item the other elements cannot show at all).
  const add = (issue, from) => {
    const key = `${issue.path}\n${issue.message}`;
    const entry = all.get(key) ?? { ...issue, from: [] };
    if (issue.severity === 'error') entry.severity = 'error';
    if (from && !entry.from.includes(from)) entry.from.push(from);
    entry.from.sort((x, y) => NAMES.indexOf(x) - NAMES.indexOf(y));
    all.set(key, entry);
  };
  for (const issue of [...linkIssues, ...ownIssues]) add(issue);
  if (!stale) for (const { name, issues } of reported.values()) for (const issue of issues) add(issue, name);
  const list = [...all.values()].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));

  // Rebuilt only when it changed, so the live region speaks only of news.
  const signature = JSON.stringify([list, stale]);
  if (issuesBox.dataset.signature === signature) return;
  issuesBox.dataset.signature = signature;
  const nodes = [];
  if (!list.length) {
    nodes.push(element('p', { className: 'none' }, 'No issues'));
  } else {
    const ul = element('ul');
    for (const issue of list) {
      const path = issue.offset === undefined ? element('code', { className: 'path' }, issue.path) : jump(issue);
      const li = element('li', { className: `issue ${issue.severity}` });
      li.append(element('span', { className: 'severity' }, issue.severity), ' ', path, ': ');
      li.append(element('span', { className: 'message' }, issue.message));
      const from = issue.from.length === ALL.length ? 'all six elements' : issue.from.join(', ');
      if (issue.from.length) li.append(' ', element('span', { className: 'from' }, `(${from})`));
      ul.append(li);
    }
    nodes.push(ul);
  }
  if (stale && shown !== undefined) {
    nodes.push(element('p', { className: 'note' }, 'The elements still show the last input that could be read.'));
  }
  issuesBox.replaceChildren(...nodes);
}

/** A parse error's place, as a button that puts the caret there. */
function jump(issue) {
  const button = element('button', { type: 'button', className: 'path' }, issue.path);
  button.addEventListener('click', () => {
    textarea.focus();
    textarea.setSelectionRange(issue.offset, issue.offset + 1);
  });
  return button;
}

function element(name, props = {}, content) {
  const node = Object.assign(document.createElement(name), props);
  if (content !== undefined) node.textContent = content;
  return node;
}

// ---------------------------------------------------------------------------------------------
// The switches: attributes on the elements (and `lang` on their wrapper too).

function setAttribute(el, name, value) {
  if (value) el.setAttribute(name, value);
  else el.removeAttribute(name);
}

function applySwitches() {
  const { lang, theme, level, variant } = Object.fromEntries(Object.entries(SWITCHES).map(([k, s]) => [k, s.value]));
  setAttribute(wrapper, 'lang', lang);
  for (const el of ALL) {
    // The element's own `lang` is the reader's language, ahead of the article's inLanguage.
    setAttribute(el, 'lang', lang);
    setAttribute(el, 'theme', theme);
    setAttribute(el, 'heading-level', level);
    el.requestUpdate?.(); // `lang` is read at each update, but does not ask for one
  }
  for (const el of VARIANT_ELEMENTS) setAttribute(el, 'headline-variant', variant);
}

for (const select of Object.values(SWITCHES)) {
  select.addEventListener('change', () => {
    applySwitches();
    scheduleUrl();
  });
}

// ---------------------------------------------------------------------------------------------
// The state in the URL: #lang=…&theme=…&level=…&variant=…&z=<deflate-raw, base64url>
// (or &json=<base64url> where the browser has no CompressionStream).

const toBase64Url = (bytes) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (value) =>
  Uint8Array.from(atob(value.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
const pipe = async (bytes, stream) =>
  new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());

async function stateHash() {
  const params = new URLSearchParams();
  for (const [key, select] of Object.entries(SWITCHES)) if (select.value) params.set(key, select.value);
  const bytes = new TextEncoder().encode(textarea.value);
  let compressed;
  try {
    compressed = await pipe(bytes, new CompressionStream('deflate-raw'));
  } catch {
    compressed = undefined; // no CompressionStream (or no deflate-raw): the plain key
  }
  if (compressed) params.set('z', toBase64Url(compressed));
  else params.set('json', toBase64Url(bytes));
  return `#${params}`;
}

let urlTimer;
let urlRun = 0;
function scheduleUrl(delay = 250) {
  clearTimeout(urlTimer);
  setPending('url', true);
  urlTimer = setTimeout(writeUrl, delay);
}

async function writeUrl() {
  clearTimeout(urlTimer);
  urlTimer = undefined;
  const run = ++urlRun;
  const hash = await stateHash();
  if (run !== urlRun) return;
  if (hash !== location.hash) history.replaceState(history.state, '', hash);
  if (!urlTimer) setPending('url', false);
}

/** The input and switches the hash holds; the seed article (and the defaults) for what it lacks. */
async function restore() {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const [key, select] of Object.entries(SWITCHES)) {
    const value = params.get(key) ?? '';
    select.value = [...select.options].some((option) => option.value === value) ? value : '';
  }
  applySwitches();
  let source;
  linkIssues = [];
  try {
    if (params.has('z')) {
      const bytes = await pipe(fromBase64Url(params.get('z')), new DecompressionStream('deflate-raw'));
      source = new TextDecoder().decode(bytes);
    } else if (params.has('json')) {
      source = new TextDecoder().decode(fromBase64Url(params.get('json')));
    }
  } catch {
    const message = 'the input in this link could not be read: the seed article is shown instead';
    linkIssues = [{ path: 'URL', message, severity: 'error' }];
  }
  textarea.value = source ?? (await EXAMPLES.seed());
  update();
}

// ---------------------------------------------------------------------------------------------
// Typing, the examples, the Copy link button.

let parseTimer;
textarea.addEventListener('input', () => {
  linkIssues = [];
  clearTimeout(parseTimer);
  setPending('parse', true);
  parseTimer = setTimeout(update, 150);
  scheduleUrl();
});

for (const button of document.querySelectorAll('[data-example]')) {
  button.addEventListener('click', async () => {
    textarea.value = await EXAMPLES[button.dataset.example]();
    update();
    scheduleUrl(0);
  });
}

let statusTimer;
function status(message) {
  clearTimeout(statusTimer);
  copyStatus.textContent = message;
  statusTimer = setTimeout(() => (copyStatus.textContent = ''), 4000);
}

copyButton.addEventListener('click', async () => {
  if (urlTimer || pending.has('url')) await writeUrl();
  const href = location.href;
  try {
    await navigator.clipboard.writeText(href);
    linkBox.hidden = true;
    status('Copied');
  } catch {
    // No clipboard here (an insecure origin, a refused permission): the link, selected, to copy by hand.
    linkBox.hidden = false;
    linkField.value = href;
    linkField.focus();
    linkField.select();
    status('Press Ctrl+C (⌘C) to copy the link');
  }
});

addEventListener('hashchange', () => void restore());

// <news-feed> comes with a later bundle: until then, a note takes its place.
if (!customElements.get('news-feed')) {
  feedNote.hidden = false;
  feed.hidden = true;
  void customElements.whenDefined('news-feed').then(() => {
    feedNote.hidden = true;
    feed.hidden = false;
    feed.articles = feedInput;
  });
}

setPending('parse', true);
await customElements.whenDefined('news-article');
await restore();
