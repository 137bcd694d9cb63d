'use strict';

module.exports = function register(_context) {};
