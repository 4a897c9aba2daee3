// Lint for what the type checker and the formatter do not see: the floors of the house and import circles.
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import path from 'node:path';
import tseslint from 'typescript-eslint';

/** Who may import whom: a file in `target` may not import from `from`. */
const floors = [
  // The platform is the ground floor: it stands on nothing above it.
  { target: './src/platform', from: ['./src/modules', './src/server', './src/cli', './src/web'] },
  // Code for both sides stands on nothing of either side.
  { target: './src/shared', from: ['./src/platform', './src/modules', './src/server', './src/cli', './src/web'] },
  // Modules never reach up into the composition root, the CLI or the browser.
  { target: './src/modules', from: ['./src/server', './src/cli', './src/web'] },
  // The browser gets shared code and the modules' contracts (types and schemas), never server code.
  { target: './src/web', from: ['./src/platform', './src/server', './src/cli'] },
  {
    target: './src/web',
    from: './src/modules/**/!(*.contract).ts',
    message: 'The dashboard imports only src/shared and *.contract.ts from the modules.',
  },
];

/**
 * Module doors: a file may import another module (src/modules/<m>/) only through
 *   - its `index.ts`, the door: the routes and the few functions and types others may use;
 *   - its `*.contract.ts`: request and response shapes (the browser reads these too);
 *   - its `*.schema.ts`, from a `*.schema.ts` (foreign keys) or `*.repo.ts` (joins) file, or the demo seeder.
 * A module's own files import each other freely; tests, benchmarks and scripts may import anything.
 */
const moduleOf = (file) => /(?:^|\/)src\/modules\/([^/]+)\//.exec(file)?.[1];
const doorRule = {
  meta: {
    type: 'problem',
    messages: {
      internal:
        "'{{target}}' is inside the {{module}} module. Import it from 'src/modules/{{module}}/index.ts' " +
        '(add the name there if it is missing; keep the door small). Other modules may also import ' +
        'contracts (*.contract.ts), and schema or repo files may import tables (*.schema.ts).',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename.split(path.sep).join('/');
    const own = moduleOf(file);
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.posix.join(path.posix.dirname(file), spec);
      const other = moduleOf(target);
      if (!other || other === own) return;
      const name = target.slice(target.indexOf(`src/modules/${other}/`) + `src/modules/${other}/`.length);
      if (name === 'index.ts' || name.endsWith('.contract.ts')) return;
      if (name.endsWith('.schema.ts') && (/\.(schema|repo)\.ts$/.test(file) || own === 'demo')) return;
      context.report({
        node: node.source,
        messageId: 'internal',
        data: { target: `src/modules/${other}/${name}`, module: other },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'migrations/**', 'test/lint/cycle/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: {
      'import-x': importX,
      '@typescript-eslint': tseslint.plugin,
      zabota: { rules: { 'module-doors': doorRule } },
    },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: floors }],
      'zabota/module-doors': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests may hold browser code to the server's rules.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    // Tests, benchmarks, scripts and the browser (which has its own floor: shared code and contracts) open any door.
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**', 'e2e/**', 'bench/**', 'scripts/**', 'src/web/**'],
    rules: { 'zabota/module-doors': 'off' },
  },
);
