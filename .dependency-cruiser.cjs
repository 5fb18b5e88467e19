/**
 * The layers of src/ (see README "Design"), enforced on the module graph by dependency-cruiser:
 * app → features → shared (components → lib → domain); a feature never imports another feature;
 * the domain is pure (no React, no fetching, no UI library); and no module imports itself in a cycle.
 * tests/unit/boundaries.test.ts proves each rule fails on a planted violation.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle makes load order matter and layers meaningless.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain imports only src/domain (and zod): no React, no fetching, no UI code.',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', 'node_modules/zod/'] },
    },
    {
      name: 'lib-below-components',
      severity: 'error',
      comment: 'src/lib is shared code under the components: it imports only lib and domain.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|features|app)/' },
    },
    {
      name: 'components-below-features',
      severity: 'error',
      comment: 'Shared components never import a feature or the app shell.',
      from: { path: '^src/components/' },
      to: { path: '^src/(features|app)/' },
    },
    {
      name: 'feature-to-other-feature',
      severity: 'error',
      comment: 'A feature never imports another feature: move shared code to components, lib or domain.',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'feature-to-app',
      severity: 'error',
      comment: 'A feature never imports the app shell.',
      from: { path: '^src/features/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'layout-draws-nothing',
      severity: 'error',
      comment:
        'src/lib/chart-layout places a chart in pixels from its model and font widths: it knows no renderer (SVG strings, React, Recharts) and no words.',
      from: { path: '^src/lib/chart-layout/' },
      to: { path: ['^src/lib/(?!chart-layout/)', 'node_modules/(react|react-dom|recharts)/'] },
    },
    {
      name: 'build-draws-from-lib',
      severity: 'error',
      comment:
        'The build (scripts/) takes its words and pictures from src/lib and src/domain, never from React components or features; it renders pages only through the prerender entry.',
      from: { path: '^scripts/' },
      to: { path: '^src/(components|features|app)/', pathNot: '^src/app/prerender-entry\\.tsx$' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: '^vite/client$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(css|woff2)(\\?url)?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
