// mocha + chai specs, the style of the 2015 test suite (run with `npm run test:spec`).
var expect = require('chai').expect;
var money_util = require('../src/util/money_util');

describe('money_util', function () {
  var amounts;

  beforeEach(function () {
    amounts = [1.004, 2.5, -3];
  });

  it('rounds to pennies', function () {
    expect(money_util.round_money(amounts[0])).to.equal(1);
    expect(money_util.round_money(amounts[1])).to.be.a('number');
  });

  it('formats pounds with the sign in front', function () {
    var text = money_util.format_money(amounts[2], 'GBP');
    expect(text).to.be.a('string');
    expect(text.charAt(0) === '-').to.be.true;
  });
});
