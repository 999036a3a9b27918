module.exports = {
  spec: ['packages/*/dist/**/*.test.js'],
  require: ['scripts/mocha-setup.mjs'],
  reporter: 'scripts/mocha-reporter.cjs',
  timeout: 20000,
  slow: 1000,
  'enable-source-maps': true,
  exit: true,
};
