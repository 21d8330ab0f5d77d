/**
 * The import rules of src/ (docs/ARCHITECTURE.md, "Folders and layers"): no cycles, and each
 * folder imports only from the layers below it. `npm run check:imports` runs it; CI fails on
 * any violation. Tests may import across layers (a test wires what it needs), so they are not
 * checked here.
 */
const LAYERS = [
  ['core'],
  ['engine', 'http'],
  ['audit'],
  ['access'],
  ['incidents'],
  ['notify', 'alerts', 'stream', 'cost'],
  ['oncall', 'ingest', 'org', 'console', 'runbooks', 'noise', 'heartbeats'],
  ['response'],
  ['postmortems'],
  ['analytics'],
  ['config'],
  ['app'],
  ['cli'],
];

const layerOf = (folder) => LAYERS.findIndex((layer) => layer.includes(folder));

/** For each folder: every folder at its layer or above, which it must not import. */
const layerRules = LAYERS.flat().map((folder) => {
  const forbidden = LAYERS.flat().filter((other) => other !== folder && layerOf(other) >= layerOf(folder));
  return {
    name: `layer-${folder}`,
    comment: `src/${folder}/ may import only from folders of a lower layer (docs/ARCHITECTURE.md)`,
    severity: 'error',
    from: { path: `^src/${folder}/`, pathNot: '\\.test\\.ts$' },
    to: { path: `^src/(${forbidden.join('|')})/` },
  };
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Files must not import each other, directly or through others.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$|^src/test-support/' },
      to: { circular: true },
    },
    {
      name: 'unknown-folder',
      comment: 'Every folder of src/ has a layer: add a new slice to LAYERS in .dependency-cruiser.cjs and to docs/ARCHITECTURE.md.',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${LAYERS.flat().join('|')}|test-support)/` },
      to: {},
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|^src/test-support/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
