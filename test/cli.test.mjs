// The command line (lib/cli/cli.js, the `news-article-elements` bin) as a publisher's shell or build
// script sees it: what lands on stdout and stderr, the files written, and the exit code.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const seedPath = join(root, 'demo/seed-article.json');
const seed = JSON.parse(readFileSync(seedPath, 'utf8'));

/** Runs the CLI with `args` and `stdin` on its standard input: its exit code, stdout and stderr. */
const cli = (args, stdin = '') =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['lib/cli/cli.js', ...args], { cwd: root });
    const out = { stdout: '', stderr: '' };
    for (const name of ['stdout', 'stderr']) child[name].setEncoding('utf8').on('data', (text) => (out[name] += text));
    child.on('error', reject).on('close', (code) => resolve({ code, ...out }));
    child.stdin.on('error', () => {}).end(stdin); // the CLI may exit before reading it
  });

const dir = mkdtempSync(join(tmpdir(), 'news-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
/** Writes `value` (as JSON, or a string as is) to a file in the temporary directory: its path. */
const file = (name, value) => {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const strip = (markup) => markup.replace(/<!--[^]*?-->/g, '');
const inlineData = (markup) => JSON.parse(markup.match(/<script type="application\/json">(.*?)<\/script>/)[1]);
const jsonLd = (markup) => [...markup.matchAll(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/g)];
const meta = (page, attr, name) => page.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)">`))?.[1];
const unescape = (text) => text.replace(/&(#39|quot|amp);/g, (_, name) => ({ '#39': "'", quot: '"', amp: '&' })[name]);
const SHADOW = /<template[^>]* shadowrootmode="open"[^>]*>/;

const FULL = {
  headline: 'Summit in Astana ends with a railway deal',
  alternativeHeadline: 'Leaders agree on the route through Kyrgyzstan',
  section: 'World',
  description: 'Five Central Asian states & China signed the agreement on the last day.',
  articleBody: 'The first paragraph.\n\nThe second paragraph.\n\nThe third paragraph.',
  image: { url: 'https://example.com/i.jpg', alt: 'Hall', caption: 'Signed', credit: 'AP', width: 1200, height: 675 },
  author: [{ name: 'Aigerim Bekova', url: 'https://example.com/authors/aigerim' }, 'Chen Li'],
  publisher: { name: 'The Example Times', url: 'https://example.com/' },
  datePublished: '2024-06-03T09:30:00Z',
  dateModified: '2024-06-04T12:00:00Z',
  dateline: 'Astana',
  url: 'https://example.com/world/summit-astana',
  inLanguage: 'en',
  tags: [{ name: 'Central Asia', url: '/topics/central-asia' }, 'Railways', { name: 'China' }],
  keyPoints: ['The route runs through Kyrgyzstan.', 'Construction starts next year.'],
  related: [{ headline: 'What the railway means for trade', url: 'https://example.com/world/railway-trade' }],
};
/** The story in German, as schema.org JSON-LD. */
const LD = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Gipfel in Astana endet mit einem Bahnabkommen',
  articleBody: 'Der erste Absatz.\n\nDer zweite Absatz.',
  image: { '@type': 'ImageObject', url: 'https://example.com/i.jpg', width: 1200, height: 675 },
  author: [{ '@type': 'Person', name: 'Aigerim Bekova', url: 'https://example.com/authors/aigerim' }],
  publisher: { '@type': 'Organization', name: 'The Example Times' },
  datePublished: '2024-06-03T09:30:00Z',
  url: 'https://example.com/de/gipfel',
  inLanguage: 'de',
};
const { '@context': context, ...node } = LD;
const fullPath = file('full.json', FULL);
const ldPath = file('ld.json', LD);
const graphPath = file('graph.json', { '@context': context, '@graph': [{ '@type': 'WebSite', name: 'X' }, node] });
const warnPath = file('warn.json', { ...FULL, tags: ['Railways', { name: 'Bad', url: 'javascript:alert(1)' }] });
const WARNING = 'tags[1].url: not an http(s) or relative URL; dropped';
const INVALID = '{"headline": "  "}';
const invalidPath = file('invalid.json', INVALID);
const REQUIRED = 'headline: required: a non-empty string';
const missingPath = join(dir, 'missing.json');

describe('render', () => {
  test('the seed article from a file: <news-article> with its shadow root, headline and inline data', async () => {
    const { code, stdout, stderr } = await cli(['render', seedPath]);
    assert.deepEqual([code, stderr], [0, '']);
    assert.ok(stdout.startsWith('<news-article lang="en" time-zone="UTC">'), stdout.slice(0, 80));
    assert.ok(stdout.endsWith('</news-article>\n'));
    assert.match(stdout, SHADOW);
    assert.ok(strip(stdout).includes(`<h1 part="headline" >${seed.headline}</h1>`), 'the headline as the h1');
    assert.equal(inlineData(stdout).headline, seed.headline);
  });

  test('standard input (no file, or -) and JSON-LD (alone or in an @graph) render like a file', async () => {
    const card = ['--element', 'news-card'];
    const text = JSON.stringify(FULL);
    const runs = await Promise.all([
      ...[[fullPath], [], ['-']].map((args) => cli(['render', ...args, ...card], text)),
      ...[ldPath, graphPath].map((path) => cli(['render', path])),
    ]);
    for (const { code, stderr } of runs) assert.deepEqual([code, stderr], [0, '']);
    const [fromFile, ...fromStdin] = runs.slice(0, 3).map((run) => run.stdout);
    assert.ok(fromFile.startsWith('<news-card lang="en"'), fromFile.slice(0, 40));
    assert.ok(strip(fromFile).includes(`>${FULL.headline}</a></h3>`), 'the headline, linked');
    assert.equal(inlineData(fromFile).headline, FULL.headline);
    assert.deepEqual(fromStdin, [fromFile, fromFile]);
    for (const { stdout } of runs.slice(3)) {
      assert.ok(stdout.startsWith('<news-article lang="de"'), stdout.slice(0, 40));
      assert.match(stdout, SHADOW);
      assert.ok(strip(stdout).includes(`>${LD.headline}</h1>`));
      assert.equal(inlineData(stdout).headline, LD.headline);
    }
  });

  test('--element news-feed renders a JSON feed as the feed element; a feed on a --page is an error', async () => {
    const feedPath = file('feed.json', { items: [FULL, { headline: '' }, { ...FULL, headline: 'Second' }] });
    const { code, stdout, stderr } = await cli(['render', feedPath, '--element', 'news-feed', '--lang', 'de']);
    assert.deepEqual([code, stderr], [0, 'items[1].headline: required: a non-empty string\n']);
    assert.ok(stdout.startsWith('<news-feed lang="de"'), stdout.slice(0, 40));
    assert.ok(strip(stdout).includes('>Neueste Artikel</h2>'), 'the German heading');
    assert.deepEqual(
      inlineData(stdout).items.map((item) => item.headline),
      [FULL.headline, 'Second'],
    );
    const page = await cli(['render', feedPath, '--element', 'news-feed', '--page']);
    assert.equal(page.code, 1);
    assert.equal(page.stdout, '');
    assert.match(page.stderr, /^options\.element: a page is for one article/m);
  });

  test('--lang: each of the eight locales writes its own label, and Arabic is right-to-left', async () => {
    // The product's labels, from src/translations/<lang>.ts.
    const labels = { en: 'Key points', de: 'Das Wichtigste', fr: 'Points clés', es: 'Puntos clave' };
    Object.assign(labels, { ru: 'Главное', zh: '要点', ar: 'أبرز النقاط', kk: 'Негізгі ойлар' });
    const entries = Object.entries(labels);
    const args = (lang) => ['render', seedPath, '--element', 'news-key-points', '--lang', lang];
    const runs = await Promise.all(entries.map(([lang]) => cli(args(lang))));
    for (const [i, [lang, label]] of entries.entries()) {
      const { code, stdout } = runs[i];
      assert.equal(code, 0, lang);
      const open = `<news-key-points lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''} time-zone="UTC">`;
      assert.ok(stdout.startsWith(open), `${lang}: ${stdout.slice(0, 60)}`);
      const headings = [...strip(stdout).matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
      assert.deepEqual(headings, [label, label], `${lang}: the heading, in the shadow root and the light DOM`);
    }
  });

  test('the rendering options become the element attributes the browser keeps', async () => {
    const args = ['--time-zone', 'Asia/Almaty', '--heading-level', '3', '--link-target', '_blank', '--theme', 'dark'];
    const { code, stdout, stderr } = await cli(['render', fullPath, ...args, '--tag-href', '/t/{slug}', '--ugc']);
    assert.deepEqual([code, stderr], [0, '']);
    const open = '<news-article lang="en" time-zone="Asia/Almaty" heading-level="3" link-target="_blank"';
    assert.ok(stdout.startsWith(`${open} tag-href="/t/{slug}" theme="dark" ugc>`), stdout.slice(0, 160));
    assert.ok(strip(stdout).includes(`<h3 part="headline" >${FULL.headline}</h3>`));
    assert.match(strip(stdout), /<time part="date" datetime="2024-06-03T09:30:00Z">[^<]*2:30[^<]*GMT\+5<\/time>/);
  });

  test('an invalid article: exit 1, nothing on stdout, the error on stderr', async () => {
    assert.deepEqual(await cli(['render'], INVALID), { code: 1, stdout: '', stderr: `${REQUIRED}\n` });
    const several = await cli(['render', fullPath, invalidPath]);
    assert.deepEqual(several, { code: 1, stdout: '', stderr: `${invalidPath}: ${REQUIRED}\n` });
  });

  test('a warning goes to stderr (after the file when several are read) and the render goes on', async () => {
    const [one, two] = await Promise.all([cli(['render', warnPath]), cli(['render', warnPath, seedPath])]);
    assert.deepEqual([one.code, one.stderr], [0, `${WARNING}\n`]);
    assert.ok(one.stdout.startsWith('<news-article '));
    assert.deepEqual([two.code, two.stderr], [0, `${warnPath}: ${WARNING}\n`]);
    const headlines = [...strip(two.stdout).matchAll(/<h1 part="headline" >([^<]*)<\/h1>/g)].map((m) => m[1]);
    assert.deepEqual(headlines, [FULL.headline, seed.headline], 'both articles, in order');
  });

  test('unreadable input (a missing file, invalid JSON, empty stdin): exit 2, nothing on stdout', async () => {
    const bad = file('bad.json', '{"headline": ');
    const runs = await Promise.all([cli(['render', missingPath]), cli(['render', seedPath, bad]), cli(['render'])]);
    assert.deepEqual(runs, [
      { code: 2, stdout: '', stderr: `${missingPath}: no such file\n` },
      { code: 2, stdout: '', stderr: `${bad}: not valid JSON\n` },
      { code: 2, stdout: '', stderr: '-: not valid JSON\n' },
    ]);
  });
});

describe('usage', () => {
  test('an unknown option or command, no command, a value the renderer cannot use: exit 2 and the usage', async () => {
    const cases = [
      [['render', '--bogus'], "Unknown option '--bogus'"],
      [['frob'], 'unknown command: frob'],
      [[], 'no command'],
      [['render', seedPath, '--heading-level', '9'], '--heading-level: expected a whole number from 1 to 6'],
      [['render', seedPath, '--element', 'news-ticker'], '--element: expected one of news-article, news-card,'],
      [['render', seedPath, '--time-zone', 'Mars/Olympus'], '--time-zone: expected an IANA time zone'],
      [['render', seedPath, '--theme', 'sepia'], '--theme: expected "light" or "dark"'],
      [['render', seedPath, '--base-url', 'news.example'], '--base-url: expected an absolute http(s) URL'],
      [['render', seedPath, '--out-dir', ''], '--out-dir takes a directory'],
    ];
    const runs = await Promise.all(cases.map(([args]) => cli(args)));
    for (const [i, { code, stdout, stderr }] of runs.entries()) {
      assert.deepEqual([code, stdout], [2, ''], cases[i][1]);
      assert.ok(stderr.startsWith(`news-article-elements: ${cases[i][1]}`), stderr);
      assert.match(stderr, /^usage: news-article-elements render \[file…\|-\]/m);
    }
  });

  test('--help prints the usage and --version the package version, on stdout', async () => {
    const [help, ver] = await Promise.all([cli(['--help']), cli(['--version'])]);
    assert.deepEqual([help.code, help.stderr], [0, '']);
    assert.match(help.stdout, /^usage: news-article-elements render .*\n.*\n.*\n +news-article-elements validate/);
    assert.match(help.stdout, /format v1, .*WordPress.*schema\.org JSON-LD.*ninjs/);
    assert.deepEqual(ver, { code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('render --page', () => {
  test('a complete document: head for search and sharing, JSON-LD once, the element, the CDN script', async () => {
    const { code, stdout: page, stderr } = await cli(['render', fullPath, '--page']);
    assert.deepEqual([code, stderr], [0, '']);
    const [head, body] = page.split('</head>');
    assert.ok(page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'));
    assert.ok(head.includes('<meta name="viewport" content="width=device-width, initial-scale=1">'));
    assert.ok(head.includes(`<title>${FULL.headline}</title>`));
    const description = 'Five Central Asian states &amp; China signed the agreement on the last day.';
    assert.equal(meta(head, 'name', 'description'), description);
    assert.ok(head.includes(`<link rel="canonical" href="${FULL.url}">`));
    const og = ['og:title', 'og:description', 'og:image', 'og:url', 'og:type', 'article:published_time'];
    assert.deepEqual(
      og.map((name) => meta(head, 'property', name)),
      [FULL.headline, description, FULL.image.url, FULL.url, 'article', FULL.datePublished],
    );
    const ld = jsonLd(page);
    assert.equal(ld.length, 1, 'the JSON-LD once, in the head');
    assert.ok(head.includes(ld[0][0]));
    const { '@type': type, headline, url } = JSON.parse(ld[0][1]);
    assert.deepEqual([type, headline, url], ['NewsArticle', FULL.headline, FULL.url]);
    const cdn = `https://cdn.jsdelivr.net/npm/news-article-elements@${version}/dist/news-article.min.js`;
    assert.ok(head.includes(`\n<script type="module" src="${cdn}"></script>\n`));
    assert.match(body, /^\n<body>\n<main>\n<news-article lang="en"/);
    assert.match(body, SHADOW);
    assert.equal(inlineData(body).headline, FULL.headline);
    assert.ok(page.endsWith('</news-article>\n</main>\n</body>\n</html>\n'));
  });

  test('no description: the body opening, about 200 characters; --script replaces or drops the script', async () => {
    const args = ['render', seedPath, '--page', '--script'];
    const [custom, none] = await Promise.all([cli([...args, '/assets/news.js']), cli([...args, ''])]);
    assert.deepEqual([custom.code, none.code], [0, 0]);
    const description = unescape(meta(custom.stdout, 'name', 'description'));
    assert.ok(description.length > 150 && description.length <= 201, `${description.length} characters`);
    assert.ok(description.endsWith('…'));
    assert.ok(seed.articleBody.startsWith(description.slice(0, -1).trimEnd()), description);
    assert.equal(unescape(meta(custom.stdout, 'property', 'og:description')), description);
    assert.equal(custom.stdout.match(/<meta property="article:tag"/g).length, seed.tags.length);
    const module = '\n<script type="module" src="/assets/news.js"></script>';
    assert.equal(custom.stdout.match(/<script type="module".*/g).join(), module.trim());
    assert.equal(none.stdout, custom.stdout.replace(module, ''), '--script "" leaves the script out');
  });

  test('JSON-LD input (kept as given), --lang ar and --base-url', async () => {
    const relative = file('relative.json', { headline: 'Relative', url: '/world/relative', image: '/img/a.jpg' });
    const [graph, based] = await Promise.all([
      cli(['render', graphPath, '--page', '--lang', 'ar']),
      cli(['render', relative, '--page', '--base-url', 'https://news.example/']),
    ]);
    assert.deepEqual([graph.code, based.code, based.stderr], [0, 0, '']);
    assert.ok(graph.stdout.includes('<html lang="ar" dir="rtl">'));
    assert.ok(graph.stdout.includes(`<title>${LD.headline}</title>`));
    // JSON-LD given with its @context is the publisher's own: the page carries it as it was given.
    assert.deepEqual(JSON.parse(jsonLd(graph.stdout)[0][1]), JSON.parse(readFileSync(graphPath, 'utf8')));
    assert.ok(based.stdout.includes('<link rel="canonical" href="https://news.example/world/relative">'));
    assert.equal(meta(based.stdout, 'property', 'og:image'), 'https://news.example/img/a.jpg');
  });
});

describe('render --out-dir', () => {
  const names = ['one', 'two', 'three'];
  const valid = names.map((name, i) => file(`batch/${name}.json`, { ...FULL, headline: `Story ${i + 1}` }));
  const notJson = file('batch/notes.json', 'not JSON');
  const title = (out, name) => readFileSync(join(out, name), 'utf8').match(/<title>(.*)<\/title>/)[1];

  test('one page per file; invalid and unreadable files named and skipped; exit 2 if one was unreadable', async () => {
    const out = join(dir, 'out-2');
    const { code, stdout, stderr } = await cli(['render', ...valid, invalidPath, notJson, '--out-dir', out]);
    assert.deepEqual([code, stdout], [2, '']);
    assert.deepEqual(readdirSync(out).sort(), ['one.html', 'three.html', 'two.html']);
    names.forEach((name, i) => assert.equal(title(out, `${name}.html`), `Story ${i + 1}`));
    const lines = stderr.trimEnd().split('\n');
    assert.ok(lines.includes(`${invalidPath}: ${REQUIRED}`));
    assert.ok(lines.includes(`${invalidPath}: invalid article; skipped`));
    assert.ok(lines.includes(`${notJson}: not valid JSON; skipped`));
    assert.equal(lines.at(-1), `3 of 5 pages written to ${out}`);
  });

  test('exit 1 when one was invalid, 0 when all rendered', async () => {
    const [one, zero] = [join(dir, 'out-1'), join(dir, 'out-0')];
    const runs = await Promise.all([
      cli(['render', ...valid, invalidPath, '--out-dir', one]),
      cli(['render', ...valid, '--out-dir', zero]),
    ]);
    assert.deepEqual([runs[0].code, runs[1].code], [1, 0]);
    assert.equal(runs[0].stderr.trimEnd().split('\n').at(-1), `3 of 4 pages written to ${one}`);
    assert.equal(runs[1].stderr, `3 of 3 pages written to ${zero}\n`);
    assert.deepEqual(readdirSync(one).sort(), readdirSync(zero).sort());
    assert.ok(readFileSync(join(zero, 'one.html'), 'utf8').startsWith('<!doctype html>\n<html lang="en">'));
  });

  test('standard input, or two inputs writing the same page, is bad usage', async () => {
    const out = join(dir, 'out-usage');
    const twin = file('batch/sub/one.json', FULL);
    const runs = await Promise.all(
      [['-'], [], [valid[0], twin]].map((args) => cli(['render', ...args, '--out-dir', out], JSON.stringify(FULL))),
    );
    for (const { code, stdout, stderr } of runs) {
      assert.deepEqual([code, stdout], [2, '']);
      assert.match(stderr, /^usage: /m);
    }
    assert.ok(!existsSync(out), 'nothing written');
  });
});

describe('validate', () => {
  const V1 = 'format: article format v1';
  test('issues as path: message on stdout; exit 0 valid (warnings allowed), 1 invalid, 2 unreadable', async () => {
    const runs = await Promise.all([
      cli(['validate', seedPath]),
      cli(['validate', '-', ldPath], JSON.stringify(FULL)),
      cli(['validate', warnPath]),
      cli(['validate'], INVALID),
      cli(['validate', warnPath, invalidPath]),
      cli(['validate', invalidPath, missingPath]),
    ]);
    assert.deepEqual(runs, [
      { code: 0, stdout: '', stderr: `${V1}\n` },
      { code: 0, stdout: '', stderr: `-: ${V1}\n${ldPath}: format: schema.org JSON-LD\n` },
      { code: 0, stdout: `${WARNING}\n`, stderr: `${V1}\n` },
      { code: 1, stdout: `${REQUIRED}\n`, stderr: `${V1}\n` },
      {
        code: 1,
        stdout: `${warnPath}: ${WARNING}\n${invalidPath}: ${REQUIRED}\n`,
        stderr: `${warnPath}: ${V1}\n${invalidPath}: ${V1}\n`,
      },
      {
        code: 2,
        stdout: `${invalidPath}: ${REQUIRED}\n`,
        stderr: `${invalidPath}: ${V1}\n${missingPath}: no such file\n`,
      },
    ]);
  });

  test('names the format it recognised: a WordPress post, ninjs; their issues at paths in the input', async () => {
    const formats = join(root, 'test/fixtures/formats');
    const [embed, plain, ninjs] = ['wordpress-post-embed', 'wordpress-post', 'ninjs-1'].map((n) =>
      join(formats, `${n}.json`),
    );
    const canceled = file('canceled.json', { ...JSON.parse(readFileSync(ninjs, 'utf8')), pubstatus: 'canceled' });
    const runs = await Promise.all([
      cli(['validate', embed, ninjs]),
      cli(['validate', plain]),
      cli(['validate', canceled]),
    ]);
    assert.deepEqual(runs[0], {
      code: 0,
      stdout: `${ninjs}: subject[2].name: missing; item ignored\n`,
      stderr: `${embed}: format: WordPress\n${ninjs}: format: ninjs\n`,
    });
    assert.deepEqual([runs[1].code, runs[1].stderr], [0, 'format: WordPress\n']);
    assert.deepEqual(
      runs[1].stdout.split('\n').map((line) => line.split(':')[0]),
      ['author', 'featured_media', 'categories', 'tags', ''],
    );
    assert.equal(runs[2].code, 1);
    assert.ok(runs[2].stdout.includes('pubstatus: canceled by its provider: not to be published\n'), runs[2].stdout);
  });

  test('render reads them too', async () => {
    const path = join(root, 'test/fixtures/formats/ninjs-2.json');
    const { code, stdout, stderr } = await cli(['render', path, '--base-url', 'https://news.example/']);
    assert.deepEqual([code, stderr], [0, '']);
    assert.ok(stdout.startsWith('<news-article lang="en-GB"'), stdout.slice(0, 60));
    assert.ok(strip(stdout).includes('<h1 part="headline" >Summit in Astana ends with a railway deal</h1>'));
  });
});
