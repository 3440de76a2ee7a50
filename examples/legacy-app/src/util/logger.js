// Log lines go to stderr and, when LEGACY_APP_LOG_FILE is set, to that file as
// well; the operations team tails the file on the old box. Logging must never
// take the service down, which is why write failures are dropped.

var fs = require('fs');
var date_util = require('./date_util');

var LOG_LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

var current_level = LOG_LEVELS.warn;
var recent_lines = [];
var MAX_RECENT = 100;

function set_log_level(level_name) {
  if (LOG_LEVELS[level_name] === undefined) {
    return false;
  }
  current_level = LOG_LEVELS[level_name];
  return true;
}

function write_line(level_name, message) {
  if (LOG_LEVELS[level_name] < current_level) {
    return;
  }
  var line = date_util.today_ymd() + ' ' + level_name.toUpperCase() + ' ' + message;
  recent_lines.push(line);
  if (recent_lines.length > MAX_RECENT) {
    recent_lines.shift();
  }
  process.stderr.write(line + '\n');
  if (process.env.LEGACY_APP_LOG_FILE) {
    try {
      fs.appendFileSync(process.env.LEGACY_APP_LOG_FILE, line + '\n');
    } catch (e) {}
  }
}

function log_debug(message) {
  write_line('debug', message);
}

function log_info(message) {
  write_line('info', message);
}

function log_warn(message) {
  write_line('warn', message);
}

function log_error(message, err) {
  var detail = err && err.stack ? '\n' + err.stack : '';
  write_line('error', message + detail);
}

function get_recent_lines() {
  return recent_lines.slice();
}

module.exports = {
  set_log_level: set_log_level,
  log_debug: log_debug,
  log_info: log_info,
  log_warn: log_warn,
  log_error: log_error,
  get_recent_lines: get_recent_lines
};
