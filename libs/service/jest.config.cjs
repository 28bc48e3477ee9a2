module.exports = require('../../tools/jest-lib.config.cjs')(__dirname);
