// The analyzer reads src/*.ts; publishers install lib/*.js. This points every module path in the
// manifest at the shipped file, and adds each element's define module (the import path that
// registers its tag), which the analyzer cannot see through our define() helper. It also lets a
// subclass's own declarations win over inherited ones, as they do at run time: an event declared
// again (`@fires {Type} name`) gets its own type (the analyzer keeps the subclass's description but
// the inherited type), and a property given another attribute name loses the inherited one.
// Headline testing, inherited by every element, is listed only for those that show a headline.
import { readFileSync } from 'node:fs';
const HEADLINED = new Set(['news-article', 'news-card', 'news-feed']);
const HEADLINE_TESTING = new Set(['headlineVariant', 'variantSeed']);
const shipped = (path) => path.replace(/^\/?src\/(.*)\.(?:ts|js)$/, 'lib/$1.js');

function repath(value) {
  if (Array.isArray(value)) return value.map(repath);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      (key === 'path' || key === 'module') && typeof inner === 'string' ? shipped(inner) : repath(inner),
    ]),
  );
}

function withOwnOverrides(module) {
  const source = readFileSync(module.path.replace(/^\//, ''), 'utf8');
  const own = new Map([...source.matchAll(/@fires \{(\w+)\} ([\w-]+)/g)].map(([, type, name]) => [name, type]));
  for (const declaration of module.declarations ?? []) {
    for (const event of declaration.events ?? []) {
      if (own.has(event.name)) {
        event.type = { text: own.get(event.name) };
        delete event.inheritedFrom;
      }
    }
    const renamed = new Set((declaration.attributes ?? []).filter((a) => !a.inheritedFrom).map((a) => a.fieldName));
    declaration.attributes &&= declaration.attributes.filter((a) => !a.inheritedFrom || !renamed.has(a.fieldName));
    if (declaration.tagName && !HEADLINED.has(declaration.tagName)) {
      declaration.attributes &&= declaration.attributes.filter((a) => !HEADLINE_TESTING.has(a.fieldName));
      declaration.members &&= declaration.members.filter((m) => !HEADLINE_TESTING.has(m.name));
    }
  }
  return module;
}

export function withShippedPaths(manifest) {
  const modules = repath(manifest.modules.map(withOwnOverrides));
  const definitions = modules.flatMap(({ path, declarations = [] }) =>
    declarations
      .filter((declaration) => declaration.tagName)
      .map(({ name, tagName }) => ({
        kind: 'javascript-module',
        path: path.replace('.component.js', '.js'),
        declarations: [],
        exports: [
          { kind: 'js', name, declaration: { name, module: path } },
          { kind: 'custom-element-definition', name: tagName, declaration: { name, module: path } },
        ],
      })),
  );
  return { ...manifest, modules: [...modules, ...definitions].sort((a, b) => a.path.localeCompare(b.path)) };
}
