// In-memory driver for the handful of statement shapes the service issues.
// It exists so the demo and the test suite run without a database server; the
// production driver spoke the same SQL to the real server. Anything outside the
// shapes below is rejected loudly rather than half-understood.

var RE_CREATE = /^CREATE TABLE (IF NOT EXISTS )?(\w+)\s*\(/i;
var RE_INSERT = /^INSERT INTO (\w+)\s*\(([^)]*)\)\s*VALUES\s*\(([^)]*)\)$/i;
var RE_SELECT = /^SELECT (.+?) FROM (\w+)(?: WHERE (.+?))?(?: ORDER BY (\w+)( DESC)?)?$/i;
var RE_UPDATE = /^UPDATE (\w+) SET (.+?) WHERE (.+)$/i;
var RE_DELETE = /^DELETE FROM (\w+) WHERE (.+)$/i;

function memory_db() {
  this.tables = {};
  this.statement_count = 0;
}

memory_db.prototype.execute = function (sql, params) {
  var text = String(sql).replace(/\s+/g, ' ').trim();
  var args = params ? params.slice() : [];
  var m;
  this.statement_count++;
  if ((m = RE_CREATE.exec(text))) {
    if (!this.tables[m[2]]) {
      this.tables[m[2]] = [];
    }
    return { affected_rows: 0 };
  }
  if ((m = RE_INSERT.exec(text))) {
    var columns = split_list(m[2]);
    var row = {};
    for (var i = 0; i < columns.length; i++) {
      row[columns[i]] = args[i];
    }
    this.table(m[1]).push(row);
    return { affected_rows: 1 };
  }
  if ((m = RE_SELECT.exec(text))) {
    var matches = filter_rows(this.table(m[2]), m[3], args);
    if (m[4]) {
      sort_rows(matches, m[4], !!m[5]);
    }
    return project_rows(matches, m[1]);
  }
  if ((m = RE_UPDATE.exec(text))) {
    var assignments = split_list(m[2]);
    var set_values = args.slice(0, assignments.length);
    var targets = filter_rows(this.table(m[1]), m[3], args.slice(assignments.length));
    for (var t = 0; t < targets.length; t++) {
      for (var a = 0; a < assignments.length; a++) {
        targets[t][assignments[a].split('=')[0].trim()] = set_values[a];
      }
    }
    return { affected_rows: targets.length };
  }
  if ((m = RE_DELETE.exec(text))) {
    var rows = this.table(m[1]);
    var doomed = filter_rows(rows, m[2], args);
    this.tables[m[1]] = rows.filter(function (r) {
      return doomed.indexOf(r) === -1;
    });
    return { affected_rows: doomed.length };
  }
  throw new Error('memory driver cannot run: ' + text);
};

memory_db.prototype.table = function (table_name) {
  var rows = this.tables[table_name];
  if (!rows) {
    throw new Error('no such table: ' + table_name);
  }
  return rows;
};

function split_list(text) {
  return text.split(',').map(function (part) {
    return part.trim();
  });
}

// WHERE supports "col = ?" joined by AND, and "col >= ?" / "col <= ?" for date ranges.
function filter_rows(rows, where_text, args) {
  if (!where_text) {
    return rows.slice();
  }
  var conditions = where_text.split(/ AND /i).map(function (cond, idx) {
    var parts = /^(\w+)\s*(=|>=|<=)\s*\?$/.exec(cond.trim());
    if (!parts) {
      throw new Error('memory driver cannot filter on: ' + cond);
    }
    return { column: parts[1], op: parts[2], value: args[idx] };
  });
  return rows.filter(function (row) {
    for (var c = 0; c < conditions.length; c++) {
      var cond = conditions[c];
      var cell = row[cond.column];
      if (cond.op === '=' && cell !== cond.value) return false;
      if (cond.op === '>=' && !(cell >= cond.value)) return false;
      if (cond.op === '<=' && !(cell <= cond.value)) return false;
    }
    return true;
  });
}

function sort_rows(rows, column, descending) {
  rows.sort(function (a, b) {
    var cmp = a[column] < b[column] ? -1 : a[column] > b[column] ? 1 : 0;
    return descending ? -cmp : cmp;
  });
}

function project_rows(rows, select_list) {
  if (select_list.trim() === '*') {
    return rows.map(function (row) {
      return Object.assign({}, row);
    });
  }
  var columns = split_list(select_list);
  return rows.map(function (row) {
    var out = {};
    for (var i = 0; i < columns.length; i++) {
      out[columns[i]] = row[columns[i]];
    }
    return out;
  });
}

module.exports = memory_db;
