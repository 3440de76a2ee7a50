function splitOptions(options) {
  const { verbose, ...other_opts } = options;
  return { verbose: Boolean(verbose), keys: Object.keys(other_opts) };
}

function firstAndRest(list) {
  const [first_item, ...rest_items] = list;
  return { first_item, count: rest_items.length };
}

function withDefaults({ max_size = 10, min_size, ...extra_opts } = {}, [head_val = 1] = []) {
  let total_size;
  ({ total_size = max_size + (min_size || 0) } = extra_opts);
  return { max_size, total_size, head_val };
}

function collect(rows) {
  const out_rows = [];
  outer_loop: for (const { row_id, ...row_data } of rows) {
    try {
      if (row_id < 0) break outer_loop;
      out_rows.push({ row_id, size: Object.keys(row_data).length });
    } catch (parse_err) {
      out_rows.push({ error: parse_err.message });
    }
  }
  return out_rows;
}

module.exports = { splitOptions, firstAndRest, withDefaults, collect };
