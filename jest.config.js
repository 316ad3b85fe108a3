// Jest: three projects so a developer can run one layer alone (npm test runs all of them).
// unit: pure code; integration: a real Neo4j (NEO4J_URI, started by scripts/run-tests.mjs);
// e2e: a real headless Chromium against the built explorer.
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
};
const common = {
  transform,
  transformIgnorePatterns: ['/node_modules/(?!(commander|cookie|content-disposition|css-select|css-what|domutils|domhandler|dom-serializer|entities|nth-check|boolbase|domelementtype|cssomnom)/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};
export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'], setupFiles: ['<rootDir>/tests/helpers/unit-env.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'], setupFilesAfterEnv: ['<rootDir>/tests/helpers/service-timeout.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], setupFilesAfterEnv: ['<rootDir>/tests/helpers/service-timeout.ts'] },
  ],
};
