// Sends invoices to customers who asked for paper copies by fax, through the
// modem gateway on the print server. Customers were moved to e-mail in 2011.

var net = require('net');
var str_util = require('../util/str_util');
var money_util = require('../util/money_util');

var FAX_GATEWAY_HOST = '10.0.0.41';
var FAX_GATEWAY_PORT = 4559;
var FAX_PAGE_LINES = 60;
var FAX_RETRY_LIMIT = 5;

function fax_lines_for_invoice(invoice) {
  var lines = [];
  lines.push(str_util.pad_right('INVOICE ' + invoice.invoice_no, 40));
  lines.push(str_util.pad_right('DATE    ' + invoice.invoice_date, 40));
  lines.push(str_util.pad_right('', 40, '-'));
  for (var i = 0; i < invoice.lines.length; i++) {
    var line = invoice.lines[i];
    var amount = money_util.format_money(line.line_total, invoice.currency_code);
    lines.push(str_util.pad_right(line.sku + ' x' + line.qty, 28) + str_util.pad_left(amount, 12));
  }
  lines.push(str_util.pad_right('', 40, '-'));
  lines.push(str_util.pad_right('TOTAL', 28) + str_util.pad_left(money_util.format_money(invoice.gross_total, invoice.currency_code), 12));
  return lines;
}

function split_pages(lines) {
  var pages = [];
  for (var i = 0; i < lines.length; i += FAX_PAGE_LINES) {
    pages.push(lines.slice(i, i + FAX_PAGE_LINES));
  }
  return pages;
}

function send_fax(fax_number, invoice, callback) {
  var pages = split_pages(fax_lines_for_invoice(invoice));
  var attempt = 0;
  function try_send() {
    attempt++;
    var sock = net.connect(FAX_GATEWAY_PORT, FAX_GATEWAY_HOST);
    sock.on('connect', function () {
      sock.write('NUMBER ' + fax_number + '\r\n');
      for (var p = 0; p < pages.length; p++) {
        sock.write('PAGE\r\n' + pages[p].join('\r\n') + '\r\nEND\r\n');
      }
      sock.end('SEND\r\n');
    });
    sock.on('error', function (err) {
      if (attempt < FAX_RETRY_LIMIT) {
        setTimeout(try_send, 30000);
        return;
      }
      callback(err);
    });
    sock.on('close', function (had_error) {
      if (!had_error) {
        callback(null, pages.length);
      }
    });
  }
  try_send();
}

module.exports = {
  send_fax: send_fax,
  fax_lines_for_invoice: fax_lines_for_invoice
};
