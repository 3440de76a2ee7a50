function splitOptions(options) {
  const { verbose, ...otherOpts } = options;
  return { verbose: Boolean(verbose), keys: Object.keys(otherOpts) };
}

function firstAndRest(list) {
  const [firstItem, ...restItems] = list;
  return { first_item: firstItem, count: restItems.length };
}

function withDefaults({ max_size: maxSize = 10, min_size: minSize, ...extraOpts } = {}, [headVal = 1] = []) {
  let totalSize;
  ({ total_size: totalSize = maxSize + (minSize || 0) } = extraOpts);
  return { max_size: maxSize, total_size: totalSize, head_val: headVal };
}

function collect(rows) {
  const outRows = [];
  outer_loop: for (const { row_id: rowId, ...rowData } of rows) {
    try {
      if (rowId < 0) break outer_loop;
      outRows.push({ row_id: rowId, size: Object.keys(rowData).length });
    } catch (parseErr) {
      outRows.push({ error: parseErr.message });
    }
  }
  return outRows;
}

module.exports = { splitOptions, firstAndRest, withDefaults, collect };
