// One connection object per data service. The callback API is the original one;
// run_async was added in 2017 for the promise-based code and both stay because
// the nightly batch jobs still pass callbacks.

var memory_db = require('./memory_driver');
var logger = require('../util/logger');
var util = require('util');

var DEFAULT_RETRY_COUNT = 3;
var SUPPORTED_DRIVERS = ['memory'];

function open_connection(db_config) {
  var driver_name = db_config.db_driver || 'memory';
  var retry_count = db_config.max_retry_count || DEFAULT_RETRY_COUNT;
  var pending_writes = 0;
  var connect_started = Date.now();

  if (SUPPORTED_DRIVERS.indexOf(driver_name) === -1) {
    throw new Error('db driver "' + driver_name + '" is not bundled; supported: ' + SUPPORTED_DRIVERS.join(', '));
  }

  var db = new memory_db();
  var conn = {
    db_name: db_config.db_name,
    is_open: true,
    statement_log: []
  };

  function execute_with_retry(sql, params) {
    var last_err = null;
    for (var attempt = 1; attempt <= retry_count; attempt++) {
      try {
        return db.execute(sql, params);
      } catch (err) {
        last_err = err;
        // Only lock timeouts were worth retrying on the old server; the memory
        // driver never produces them, so any other error ends the loop at once.
        if (!/lock wait timeout/i.test(err.message)) {
          break;
        }
        logger.log_warn('retrying statement after: ' + err.message);
      }
    }
    throw last_err;
  }

  conn.run = function (sql, params, callback) {
    if (!conn.is_open) {
      setImmediate(callback, new Error('connection closed'));
      return;
    }
    conn.statement_log.push(sql);
    var result;
    try {
      if (/^\s*(INSERT|UPDATE|DELETE)/i.test(sql)) {
        pending_writes++;
      }
      result = execute_with_retry(sql, params);
    } catch (err) {
      setImmediate(callback, err);
      return;
    }
    setImmediate(callback, null, result);
  };

  conn.run_async = function (sql, params) {
    return new Promise(function (resolve, reject) {
      conn.run(sql, params, function (err, result) {
        if (err) {
          reject(err);
        } else {
          resolve(result);
        }
      });
    });
  };

  conn.flush = function (callback) {
    var flushed = pending_writes;
    pending_writes = 0;
    setImmediate(callback, conn.is_open ? null : new Error('connection closed'), flushed);
  };

  conn.close = function () {
    conn.is_open = false;
  };

  conn.table_names = function () {
    return Object.keys(db.tables).sort();
  };

  return conn;
}

module.exports = {
  open_connection: open_connection
};
