// legacy-app: the order and invoice data service.
//
//   const legacy_app = require('legacy-app');
//   const svc = await legacy_app.create_data_service({ config: { db_name: 'orders_test' } });
//   ...
//   await legacy_app.close_data_service(svc);
//
// These names are used by the batch jobs and the call centre integration; keep them.

require('./src/legacy/compat_shims');

var setupper = require('./src/dataservice/setupper');
var closer = require('./src/dataservice/closer');
var report_runner = require('./src/report/report_runner');
var validator = require('./src/dataservice/validator');
var pkg = require('./package.json');

var APP_VERSION = pkg.version;

function create_data_service(options) {
  return setupper.setup_data_service(options);
}

function close_data_service(svc) {
  return closer.close_data_service(svc);
}

function run_report(report_kind, svc, report_opts) {
  return report_runner.run_report(report_kind, svc, report_opts);
}

module.exports = {
  APP_VERSION: APP_VERSION,
  create_data_service: create_data_service,
  close_data_service: close_data_service,
  run_report: run_report,
  validate_order: validator.validate_order
};
