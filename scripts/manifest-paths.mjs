// The analyzer reads src/*.ts; publishers install lib/*.js. This points every module path in the
// manifest at the shipped file, and adds each element's define module (the import path that
// registers its tag), which the analyzer cannot see through our define() helper.
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

export function withShippedPaths(manifest) {
  const modules = repath(manifest.modules);
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
