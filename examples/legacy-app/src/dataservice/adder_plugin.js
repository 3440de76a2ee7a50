// Loads the plugins named in config.enabled_plugins from src/plugins/<name>_plugin.js.
// Plugins were how customer-specific pricing got in without touching the core;
// a broken or missing plugin must not stop order taking, so failures are skipped.

var path = require('path');
var fs = require('fs');
var adder_gen = require('./adder_gen');
var logger = require('../util/logger');
var str_util = require('../util/str_util');

var PLUGIN_DIR = path.join(__dirname, '..', 'plugins');
var PLUGIN_SUFFIX = '_plugin.js';
var HOOK_NAMES = ['on_order_total'];

function plugin_path_for(plugin_name) {
  return path.join(PLUGIN_DIR, plugin_name + PLUGIN_SUFFIX);
}

function load_plugins(plugin_names, plugin_options) {
  var loaded = [];
  var skipped = 0;
  var names = plugin_names || [];
  for (var i = 0; i < names.length; i++) {
    var plugin_name = names[i];
    var plugin_file = plugin_path_for(plugin_name);
    var plugin_module = null;
    try {
      plugin_module = require(plugin_file);
    } catch (e) {}
    if (!plugin_module) {
      logger.log_warn('plugin not loaded: ' + plugin_name);
      continue;
    }
    if (plugin_module.line_kinds) {
      for (var kind in plugin_module.line_kinds) {
        if (!adder_gen.register_line_kind(kind, plugin_module.line_kinds[kind])) {
          logger.log_warn('plugin ' + plugin_name + ' tried to redefine line kind ' + kind);
        }
      }
    }
    loaded.push({
      plugin_name: plugin_module.plugin_name || plugin_name,
      plugin_module: plugin_module,
      plugin_options: (plugin_options && plugin_options[plugin_name]) || {}
    });
  }
  return loaded;
}

function run_order_total_hooks(plugins, order) {
  for (var i = 0; i < plugins.length; i++) {
    var plugin = plugins[i];
    var hook = plugin.plugin_module.on_order_total;
    if (typeof hook !== 'function') {
      continue;
    }
    try {
      var adjusted = hook(order, plugin.plugin_options);
      if (typeof adjusted === 'number' && !isNaN(adjusted)) {
        order.order_total = adjusted;
      }
    } catch (e) {
    }
  }
  return order.order_total;
}

function plugin_names(plugins) {
  var out = [];
  for (var i = 0; i < plugins.length; i++) {
    out.push(plugins[i].plugin_name);
  }
  return out;
}

// Hot reload for the 2009 admin console, which is gone.
function unload_plugin(plugin_name) {
  var plugin_file = plugin_path_for(plugin_name);
  var had_it = !!require.cache[plugin_file];
  delete require.cache[plugin_file];
  return had_it;
}

module.exports = {
  load_plugins: load_plugins,
  run_order_total_hooks: run_order_total_hooks,
  plugin_names: plugin_names
};
