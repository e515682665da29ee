'use strict';

// Only under jest, whose transform compiles the TypeScript sources on require.
module.exports = require('../../../server/src').default;
