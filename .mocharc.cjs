module.exports = {
  // MOCHA_SPEC=glob[,glob] runs a subset, e.g. MOCHA_SPEC='packages/catalogue/dist/processes/**/*.test.js'.
  spec: process.env.MOCHA_SPEC ? process.env.MOCHA_SPEC.split(',') : ['packages/*/dist/**/*.test.js'],
  require: ['scripts/mocha-setup.mjs'],
  reporter: 'scripts/mocha-reporter.cjs',
  timeout: 20000,
  slow: 1000,
  'enable-source-maps': true,
  exit: true,
};
