// Builds a data service: configuration, connection, schema, plugins, order book.
// Settings are layered: config/defaults.json, then config/local.json on the
// machine (hand-edited by operations, hence the tolerance for a broken file),
// then whatever the caller passes.

var fs = require('fs');
var path = require('path');
var util = require('util');
var defaults = require('../../config/defaults.json');
var connection = require('../db/connection');
var order_book = require('./order_book');
var adder_gen = require('./adder_gen');
var adder_plugin = require('./adder_plugin');
var order_service = require('./order_service');
var logger = require('../util/logger');
var str_util = require('../util/str_util');
var EventBus = require('../util/eventBus').EventBus;

var LOCAL_CONFIG_FILE = path.join(__dirname, '..', '..', 'config', 'local.json');

function read_local_overrides(file_name) {
  var raw = null;
  var local_opts = {};
  try {
    raw = fs.readFileSync(file_name, 'utf8');
  } catch (read_err) {
    return {};
  }
  try {
    local_opts = JSON.parse(raw);
  } catch (parse_err) {
    local_opts = {};
  }
  return local_opts;
}

function merge_config(base, overrides) {
  var merged = {};
  var key;
  for (key in base) {
    merged[key] = base[key];
  }
  for (key in overrides) {
    if (overrides[key] !== undefined) {
      merged[key] = overrides[key];
    }
  }
  return merged;
}

async function setup_data_service(options) {
  var opts = options || {};
  var setup_started = new Date();
  var local_file = opts.local_config_file || LOCAL_CONFIG_FILE;
  var config = merge_config(merge_config(defaults, read_local_overrides(local_file)), opts.config || {});

  logger.set_log_level(config.log_level);
  var conn = connection.open_connection(config);
  var migrations = await import('../db/migrations.mjs');
  var applied = await migrations.run_migrations(conn);
  if (applied.length) {
    logger.log_info('applied migrations: ' + applied.join(', '));
  }

  var book = new order_book({
    first_order_no: config.first_order_no,
    currency_code: config.currency_code
  });
  var plugins = adder_plugin.load_plugins(config.enabled_plugins, config.plugin_options);
  var adders = adder_gen.make_all_adders();

  return order_service.make_order_service({
    config: config,
    conn: conn,
    book: book,
    plugins: plugins,
    adders: adders,
    events: new EventBus()
  });
}

module.exports = {
  setup_data_service: setup_data_service
};
