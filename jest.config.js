/** Unit tests run on src/ through ts-jest; end-to-end tests run the built CLI (npm test builds first). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['<rootDir>/test/fast-check-setup.ts'],
  testTimeout: 30000,
};
