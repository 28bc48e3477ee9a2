// Real-data tests parse up to 100,000 rows; the shared timeout (tools/jest-lib.config.cjs) covers them.
module.exports = require('../../tools/jest-lib.config.cjs')(__dirname);
