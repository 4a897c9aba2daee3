// Lint for what the type checker and the formatter do not see: the floors of the house and import circles.
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
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

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'migrations/**', 'test/lint/cycle/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX, '@typescript-eslint': tseslint.plugin },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: floors }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests may hold browser code to the server's rules.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
);
