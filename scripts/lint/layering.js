// A local ESLint rule that keeps each folder to the layers below it, keyed on folders (where a
// file lives and where the module it imports lives), not on how many `../` a path has. Like VS
// Code's `code-layering`: do not relax it; move the code to the layer it belongs to.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Layers, most specific prefix first. A path outside them all (scripts, tests, config) is not checked. */
export const LAYERS = [
  { name: 'cli-serve', prefix: 'main/cli/commands/serve.' },
  { name: 'contract', prefix: 'preload/contract/' },
  { name: 'contract', prefix: 'preload/contract.' },
  { name: 'preload', prefix: 'preload/' },
  { name: 'core', prefix: 'main/core/' },
  { name: 'handlers', prefix: 'main/handlers/' },
  { name: 'host', prefix: 'main/host/' },
  { name: 'electron', prefix: 'main/electron/' },
  { name: 'cli', prefix: 'main/cli/' },
  { name: 'renderer', prefix: 'renderer/' },
  { name: 'lib', prefix: 'lib/' },
];

/** Who may import whom. Each layer may also import itself. */
export const ALLOWED = {
  lib: ['contract'],
  contract: ['lib'],
  preload: ['contract', 'lib'],
  core: ['lib', 'contract'],
  handlers: ['core', 'lib', 'contract'],
  host: ['handlers', 'core', 'lib', 'contract'],
  electron: ['host', 'handlers', 'core', 'lib', 'contract'],
  // The command list registers `serve` (below); every other command uses core only.
  cli: ['cli-serve', 'core', 'lib', 'contract'],
  // `dossier serve` starts the browser host: the one CLI command that must reach above core.
  'cli-serve': ['cli', 'host', 'handlers', 'core', 'lib', 'contract'],
  renderer: ['contract', 'lib'],
};

function layerOf(file) {
  const rel = relative(ROOT, file).split(sep).join('/');
  if (rel.startsWith('..')) return null;
  return LAYERS.find((l) => rel === l.prefix || rel.startsWith(l.prefix))?.name ?? null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layeringRule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Each folder imports only the layers below it (main/core ← handlers ← host/electron; cli → core; renderer → contract + lib).',
    },
    messages: {
      layer:
        '{{from}} may not import {{to}} ({{target}}): {{from}} may import {{allowed}}. Move the code to the layer it belongs to.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(file), source);
      const to = layerOf(target);
      if (!to || to === from || (from === 'cli-serve' && to === 'cli')) return;
      if (ALLOWED[from].includes(to)) return;
      context.report({
        node,
        messageId: 'layer',
        data: { from, to, target: source, allowed: [from, ...ALLOWED[from]].join(', ') },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export const layeringPlugin = { rules: { layering: layeringRule } };
