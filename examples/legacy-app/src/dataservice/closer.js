// Shuts a data service down: flush pending writes, then close the connection.
// Shutdown runs from the SIGTERM handler, where an exception would
// only hide the original reason for stopping, so errors here are not raised.

var logger = require('../util/logger');
var constants = require('../util/constants');

var FLUSH_TIMEOUT_MS = 5000;

function flush_connection(conn) {
  return new Promise(function (resolve, reject) {
    var timer = setTimeout(function () {
      reject(new Error('flush timed out after ' + FLUSH_TIMEOUT_MS + ' ms'));
    }, FLUSH_TIMEOUT_MS);
    conn.flush(function (err, flushed_count) {
      clearTimeout(timer);
      if (err) {
        reject(err);
      } else {
        resolve(flushed_count);
      }
    });
  });
}

async function close_data_service(svc) {
  var summary = { flushed: 0, closed: false, open_orders: 0 };
  if (!svc || !svc.conn) {
    return summary;
  }
  var open_orders = svc.book.open_orders();
  summary.open_orders = open_orders.length;
  if (open_orders.length > 0) {
    logger.log_info('closing with ' + open_orders.length + ' open orders');
  }

  await flush_connection(svc.conn)
    .then(function (flushed_count) {
      summary.flushed = flushed_count;
    })
    .catch(() => {});

  try {
    svc.conn.close();
    summary.closed = true;
  } catch (e) {}

  svc.book.mark_clean();
  return summary;
}

module.exports = {
  close_data_service: close_data_service
};
