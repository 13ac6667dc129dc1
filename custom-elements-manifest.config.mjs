/**
 * custom-elements.json from the JSDoc on each element class (Storybook docs, editors, README).
 * Elements are registered through our `define(tag, Class)` helper (it skips a second
 * definition), which the analyzer does not know: the plugin below teaches it.
 */
function defineHelperPlugin() {
  /** Class name → the names of its `{ state: true }` properties. */
  const states = new Map();
  return {
    name: 'egov-define-helper',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isPropertyDeclaration(node) &&
        node.name.getText() === 'properties' &&
        node.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) &&
        node.initializer &&
        ts.isObjectLiteralExpression(node.initializer) &&
        ts.isClassDeclaration(node.parent) &&
        node.parent.name
      ) {
        const names = node.initializer.properties
          .filter((p) => ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer))
          .filter((p) =>
            p.initializer.properties.some(
              (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
            ),
          )
          .map((p) => p.name.getText());
        states.set(node.parent.name.text, new Set(names));
      }
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      const decl = moduleDoc.declarations?.find((d) => d.name === ctor.text);
      if (!decl) return;
      decl.tagName = tag.text;
      decl.customElement = true;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: ctor.text, module: moduleDoc.path } },
      ];
    },
    moduleLinkPhase({ moduleDoc }) {
      // `emit(type, detail)` on the base class is not an event called "type"
      // (filtered before inheritance copies it to every element).
      for (const d of moduleDoc.declarations ?? []) {
        if (d.events) d.events = d.events.filter((e) => e.name && e.name !== 'type');
        const state = states.get(d.name);
        if (state && d.attributes) d.attributes = d.attributes.filter((a) => !state.has(a.fieldName ?? a.name));
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [defineHelperPlugin()],
};
