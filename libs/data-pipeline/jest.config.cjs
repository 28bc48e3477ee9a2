// Real-data tests parse up to 100,000 rows on a 2-core machine: allow them a minute each.
module.exports = require('../../tools/jest-lib.config.cjs')(__dirname, { testTimeout: 60_000 });
