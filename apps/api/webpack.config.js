const { composePlugins, withNx } = require('@nx/webpack');

// Bundles the API and its libs; node_modules stay external (required at run time).
module.exports = composePlugins(withNx({ target: 'node', externalDependencies: 'all' }), (config) => {
  config.devtool = 'source-map';
  return config;
});
