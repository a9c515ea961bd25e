// Layer boundaries (see docs: shared → core → adapters → main; preload tiny; renderer via bridge only).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Forbid imports matching any regex (relative paths included) with one message. */
function restrict(regexes, message) {
  return {
    'no-restricted-imports': ['error', { patterns: regexes.map((regex) => ({ regex, message })) }]
  };
}
const OUTER = '(^|/)(main|renderer|preload)(/|$)';

// Electron security checklist items no code may undo (docs/security.md maps each item to its check).
const prop = (names) => `Property:matches([key.name=/^(${names})$/], [key.value=/^(${names})$/])`;
const ELECTRON_CHECKLIST = [
  { selector: `${prop('nodeIntegration|nodeIntegrationInSubFrames|nodeIntegrationInWorker|webviewTag|allowRunningInsecureContent|experimentalFeatures|navigateOnDragDrop')}:not([value.value=false])`, message: 'Electron checklist: this web preference must be the literal false.' },
  { selector: `${prop('contextIsolation|sandbox|webSecurity')}:not([value.value=true])`, message: 'Electron checklist: contextIsolation, sandbox and webSecurity must be the literal true.' },
  { selector: prop('enableBlinkFeatures|allowpopups|enableRemoteModule'), message: 'Electron checklist: enableBlinkFeatures, allowpopups and the remote module are never used.' },
  { selector: "JSXOpeningElement[name.name='webview']", message: 'Electron checklist: no <webview>.' },
  { selector: "CallExpression[callee.property.name='openExternal']", message: 'Use openOutside() in src/main/electron/harden.ts: it checks the URL (https and mailto only).' },
  { selector: "CallExpression[callee.property.name='loadFile']", message: 'Load the app through bbt:// (custom protocol), never file://.' },
  { selector: "CallExpression[callee.object.name='ipcMain']", message: 'IPC is registered only in src/main/electron/ipc.ts, where the sender is validated.' },
  { selector: "CallExpression[callee.property.name=/^(setPermissionRequestHandler|setPermissionCheckHandler)$/]", message: 'Permissions are handled only by denyAllPermissions() in harden.ts.' }
];
/** The checklist without the selectors matching `skip` (for the one file allowed to do that thing). */
const checklistExcept = (...skip) => ['error', ...ELECTRON_CHECKLIST.filter((r) => !skip.some((s) => r.selector.includes(s)))];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: restrict(['^(?![./]|zod$)', '^\\.\\./'], 'src/shared may import only zod and itself.')
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrict(['^(?![./]|zod$|lexical$|@lexical/)', OUTER], 'src/core may import only src/shared, zod and Lexical packages (no node:*, electron, better-sqlite3, React).'),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer']
    }
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict(['(^|/)renderer(/|$)', '^react'], 'The main process never imports the renderer.')
  },
  {
    files: ['src/main/adapters/**/*.ts'],
    ignores: ['src/main/adapters/**/*.test.ts'],
    rules: restrict(
      ['^electron$', '^react', '(^|/)(renderer|handlers|transport|electron)(/|$)'],
      'Adapters implement core ports; they must not reach Electron, React, handlers or the renderer.'
    )
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(['^(?!electron$|\\.\\./shared/channels$)'], 'The preload exposes only the bridge; it imports electron and shared/channels.')
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': checklistExcept() }
  },
  { files: ['src/main/electron/harden.ts'], rules: { 'no-restricted-syntax': checklistExcept('openExternal', 'setPermission') } },
  { files: ['src/main/electron/ipc.ts'], rules: { 'no-restricted-syntax': checklistExcept("'ipcMain'") } },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      ...restrict(
        ['(^|/)(main|preload)(/|$)', '^electron$', '^better-sqlite3$', '^node:', '^jsdom$', '^mammoth$'],
        'The renderer talks to the main side only through window.bridge.'
      )
    }
  }
);
