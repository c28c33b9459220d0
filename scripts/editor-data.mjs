// Editor data made from custom-elements.json, so editors suggest exactly what the JSDoc says:
// VS Code's HTML custom data (`html.customData`) and JetBrains' web-types (package.json "web-types").
const elementsOf = (manifest) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** The values a `'a' | 'b'` type allows, or none when it is not a union of string literals. */
export function enumValues(type = '') {
  const options = type
    .split('|')
    .map((option) => option.trim())
    .filter((option) => option !== 'undefined');
  return options.length && options.every((option) => /^'[^']*'$/.test(option))
    ? options.map((option) => option.slice(1, -1))
    : [];
}

const isBoolean = (attribute) => attribute.type?.text === 'boolean';

export function vscodeData(manifest, docs) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: element.description,
      attributes: element.attributes.map((attribute) => {
        const values = enumValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: attribute.description,
          ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      references: [{ name: 'README', url: `${docs}#${element.tagName}` }],
    })),
  };
}

export function webTypes(manifest, pkg) {
  const valueOf = (attribute) => {
    const values = enumValues(attribute.type?.text);
    if (values.length) return { type: 'enum', kind: 'plain', enum: values };
    if (isBoolean(attribute)) return { type: 'boolean', kind: 'no-value' };
    return { type: attribute.type?.text.replace(/ \| undefined$/, '') ?? 'string', kind: 'plain' };
  };
  const named = (items = []) => items.map(({ name, description }) => ({ name: name || 'default', description }));
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: element.description,
          'doc-url': `${pkg.homepage ?? ''}#${element.tagName}`,
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            value: valueOf(attribute),
          })),
          slots: named(element.slots),
          js: {
            events: named(element.events),
            properties: (element.members ?? [])
              .filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static)
              .map(({ name, description, type }) => ({ name, description, type: type?.text })),
          },
          css: { parts: named(element.cssParts), properties: named(element.cssProperties) },
        })),
      },
    },
  };
}
