/** @jsx h */
// The invoice page of the admin screen. It renders to an HTML string on the
// server, as the old ASP page did, so the h() below builds markup instead of a
// DOM; markup is carried in { __html } objects so that it is escaped only once.
import { escape_html } from '../util/str_util.js';
import { format_money } from '../util/money_util.js';

function h(tag, attrs, ...children) {
  var props = attrs || {};
  if (typeof tag === 'function') {
    return tag(Object.assign({}, props, { children: children }));
  }
  var attr_text = '';
  for (var name in props) {
    var attr_name = name === 'className' ? 'class' : name;
    attr_text = attr_text + ' ' + attr_name + '="' + escape_html(props[name]) + '"';
  }
  var inner = children
    .flat()
    .map(function (child) {
      if (child && child.__html !== undefined) {
        return child.__html;
      }
      return child === null || child === undefined || child === false ? '' : escape_html(child);
    })
    .join('');
  return { __html: '<' + tag + attr_text + '>' + inner + '</' + tag + '>' };
}

function invoice_lines({ lines, currency_code }) {
  return (
    <table className="invoice-lines">
      <tr>
        <th>SKU</th>
        <th>Qty</th>
        <th>Net</th>
        <th>VAT</th>
        <th>Total</th>
      </tr>
      {lines.map((line) => (
        <tr>
          <td>{line.sku}</td>
          <td>{line.qty}</td>
          <td>{format_money(line.line_net, currency_code)}</td>
          <td>{format_money(line.line_tax, currency_code)}</td>
          <td>{format_money(line.line_total, currency_code)}</td>
        </tr>
      ))}
    </table>
  );
}

function invoice_page({ invoice, customer_name }) {
  var currency_code = invoice.currency_code;
  return (
    <div className="invoice">
      <h1>Invoice {invoice.invoice_no}</h1>
      <p>
        {customer_name || invoice.customer_id}, dated {invoice.invoice_date}, due {invoice.due_date}
      </p>
      {invoice_lines({ lines: invoice.lines, currency_code: currency_code })}
      <p className="totals">
        Net {format_money(invoice.net_total, currency_code)} / VAT {format_money(invoice.tax_total, currency_code)} /
        Total {format_money(invoice.gross_total, currency_code)}
      </p>
      {invoice.paid ? <p className="paid">Paid</p> : null}
    </div>
  );
}

export function render_invoice_html(invoice, customer_name) {
  return invoice_page({ invoice: invoice, customer_name: customer_name }).__html;
}
