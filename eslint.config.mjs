// One flat config for the workspace. The module-boundary rule encodes ARCHITECTURE.md's
// dependency rules through the Nx project tags (type:*), so a violation fails `npm test`.
import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '**/.next',
      '**/next-env.d.ts',
      '**/.nx',
      '**/test-results',
      '**/playwright-report',
      'libs/registry/src/generated',
    ],
  },
  {
    // Product code only: config files and e2e specs may reach the shared settings under tools/.
    files: ['**/app/**/*.{ts,tsx}', '**/src/**/*.{ts,tsx}', '**/test/**/*.{ts,tsx}'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // Tests may use the shared test helpers under tools/testing.
          allow: ['../../../tools/testing/*', '../../../../tools/testing/*'],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:service', 'type:model', 'type:data', 'type:registry', 'type:ui'],
            },
            // service: the server wiring two or more apps share (routes, model service, training worker).
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:model', 'type:data', 'type:registry'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:registry', onlyDependOnLibsWithTags: ['type:model'] },
            { sourceTag: 'type:model', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
