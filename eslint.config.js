import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every folder of src/features, read rather than listed: a listed set had missed `activity`, whose
// imports then went unchecked.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The architecture, enforced: app → features → shared (components, lib). A feature may use another
 * feature only through its public entry (`@/features/<name>`), never its internals; shared code
 * never imports a feature or the app; nothing imports the mocks except their own entry points.
 * Import cycles are caught by scripts/check-import-cycles.mjs (part of `npm run lint`).
 */
const boundaries = [
  {
    files: ['src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/features/**'],
              message: 'Shared code must not depend on a feature.',
            },
            { group: ['@/app/*', '@/app/**'], message: 'Shared code must not depend on the app layer.' },
            { group: ['@/mocks/*', '@/mocks/**'], message: 'The app talks to the mock only over HTTP.' },
          ],
        },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*/*', '@/features/*/**'],
              message:
                'Use another feature only through its public entry (@/features/<name>); use relative paths inside your own.',
            },
            {
              group: [`@/features/${feature}`],
              message: 'Inside a feature, import its modules with relative paths.',
            },
            { group: ['@/app/*', '@/app/**'], message: 'Features must not depend on the app layer.' },
            { group: ['@/mocks/*', '@/mocks/**'], message: 'The app talks to the mock only over HTTP.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/mocks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/features/*',
                '@/features/**',
                '@/app/*',
                '@/app/**',
                '@/components/*',
                '@/components/**',
              ],
              message: 'The mock is the server: it shares only src/lib with the app.',
            },
          ],
        },
      ],
    },
  },
];

/**
 * Code that turns strings into markup or code: XSS and CSP hazards (the production build's
 * Content-Security-Policy forbids eval anyway). Text goes through React, which escapes it.
 */
const noStringToCode = {
  'no-eval': 'error',
  'no-implied-eval': 'error', // setTimeout/setInterval with a string
  'no-new-func': 'error',
  'no-script-url': 'error',
};
const noMarkupFromStrings = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No dangerouslySetInnerHTML: render text and elements with React.',
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: 'No dangerouslySetInnerHTML: render text and elements with React.',
  },
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No innerHTML/outerHTML writes: use textContent or React.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No HTML strings into the DOM: use textContent or React.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'No HTML strings into the DOM: use textContent or React.',
  },
  {
    selector: "CallExpression[callee.property.name='eval']",
    message: 'No eval.',
  },
];
// Zod probes `new Function` unless configured not to; src/lib/zod.ts does that once for everyone.
const zodThroughItsConfig = {
  selector: "ImportDeclaration[source.value='zod'][importKind!='type']",
  message: "Import z from '@/lib/zod': it turns off zod's eval-based compiler, which the CSP forbids.",
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'coverage',
      'playwright-report',
      'test-results',
      'shots',
      'storybook-static',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // The type checker already refuses unused locals and parameters (noUnusedLocals,
      // noUnusedParameters) in every TypeScript file `npm test` checks; the rule was the costliest
      // left after the React Compiler's (1.4 s of the linter's CPU) for the same findings.
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type X }` alone keeps a side-effect import of its module; Griffel's build-time
      // evaluation then follows it into that module (a renewals page failed the workshop build so).
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]",
          message: 'No focused tests.',
        },
        {
          selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|test|describe)$/]",
          message: 'No skipped tests.',
        },
        ...noMarkupFromStrings,
        zodThroughItsConfig,
      ],
      ...noStringToCode,
    },
  },
  ...boundaries,
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    rules: { 'no-restricted-syntax': ['error', ...noMarkupFromStrings], ...noStringToCode },
  },
);
