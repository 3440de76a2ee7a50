// OBSOLETE since 2004-11: VAT and the regional levies now live in the tax_rates
// table (SQL_SELECT_TAX_RATE in src/db/queries.js). This is the 1999 snapshot that
// was loaded into tax_rates_1999. line_pricer.js and invoice_maker.js still
// require it; remove it once both read rates from the database.

var TAX_TABLE_1999 = {
  'default': { standard: 0.175, reduced: 0.05, zero: 0 },
  north: { standard: 0.175, reduced: 0.05, zero: 0 },
  south: { standard: 0.175, reduced: 0.05, zero: 0 },
  islands: { standard: 0.15, reduced: 0.05, zero: 0 },
  export: { standard: 0, reduced: 0, zero: 0 }
};

var TAX_LABELS_1999 = {
  standard: 'VAT 17.5%',
  reduced: 'VAT 5%',
  zero: 'Zero rated'
};

// Returns null (not 0) for an unknown region or class so callers can fall back.
function lookup_tax_rate(region, tax_class) {
  var region_rates = TAX_TABLE_1999[region];
  if (!region_rates) {
    return null;
  }
  var rate = region_rates[tax_class];
  if (rate === undefined) {
    return null;
  }
  return rate;
}

function tax_label(tax_class, region) {
  if (region === 'export') {
    return 'Export - no VAT';
  }
  if (region === 'islands' && tax_class === 'standard') {
    return 'VAT 15% (islands)';
  }
  var label = TAX_LABELS_1999[tax_class];
  if (!label) {
    return 'VAT';
  }
  return label;
}

function all_regions() {
  var names = [];
  for (var region in TAX_TABLE_1999) {
    if (region !== 'default') {
      names.push(region);
    }
  }
  return names;
}

module.exports = {
  TAX_TABLE_1999: TAX_TABLE_1999,
  lookup_tax_rate: lookup_tax_rate,
  tax_label: tax_label,
  all_regions: all_regions
};
