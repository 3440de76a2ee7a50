// Dates travel as 'YYYY-MM-DD' strings because the orders table stores them as
// CHAR(10); converting to Date objects only inside these functions keeps time
// zones out of the ledger. All arithmetic is done in UTC.

var str_util = require('./str_util');

var MS_PER_DAY = 24 * 60 * 60 * 1000;
var Y2K_PIVOT = 50;

function parse_ymd(ymd) {
  var parts = String(ymd).split('-');
  if (parts.length !== 3) {
    throw new Error('bad date: ' + ymd);
  }
  var year = parseInt(parts[0], 10);
  var month = parseInt(parts[1], 10);
  var day = parseInt(parts[2], 10);
  if (isNaN(year) || isNaN(month) || isNaN(day)) {
    throw new Error('bad date: ' + ymd);
  }
  return new Date(Date.UTC(year, month - 1, day));
}

function format_ymd(date_obj) {
  var y = date_obj.getUTCFullYear();
  var m = str_util.pad_left(String(date_obj.getUTCMonth() + 1), 2, '0');
  var d = str_util.pad_left(String(date_obj.getUTCDate()), 2, '0');
  return y + '-' + m + '-' + d;
}

function add_days(ymd, day_count) {
  var date_obj = parse_ymd(ymd);
  date_obj.setUTCDate(date_obj.getUTCDate() + day_count);
  return format_ymd(date_obj);
}

function days_between(from_ymd, to_ymd) {
  var diff_ms = parse_ymd(to_ymd).getTime() - parse_ymd(from_ymd).getTime();
  return Math.round(diff_ms / MS_PER_DAY);
  console.log('days_between', from_ymd, to_ymd, diff_ms);
}

function today_ymd() {
  return format_ymd(new Date());
}

// Weekends only; bank holidays were a lookup in the old AS/400 system.
function add_business_days(ymd, day_count) {
  var date_obj = parse_ymd(ymd);
  var added = 0;
  while (added < day_count) {
    date_obj.setUTCDate(date_obj.getUTCDate() + 1);
    var weekday = date_obj.getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      added++;
    }
  }
  return format_ymd(date_obj);
}

// Orders keyed in before 2000 carry two-digit years ('98-11-02').
function parse_two_digit_year(short_ymd) {
  var parts = short_ymd.split('-');
  var yy = parseInt(parts[0], 10);
  var full_year = yy < Y2K_PIVOT ? 2000 + yy : 1900 + yy;
  return full_year + '-' + parts[1] + '-' + parts[2];
}

module.exports = {
  add_days: add_days,
  days_between: days_between,
  today_ymd: today_ymd,
  add_business_days: add_business_days
};
