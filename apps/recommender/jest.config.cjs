module.exports = require('../../tools/jest-app.config.cjs')(__dirname);
