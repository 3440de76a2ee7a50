// mocha runs ./test/*.{js,cjs,mjs} by default
const assert = require('assert');
const { slugify, isSlug } = require('../src/slug');
const { fixture } = require('./helpers');
describe('slug', () => {
  it('slugifies', () => assert.strictEqual(slugify(fixture(' Hello World ').name), 'hello-world'));
  it('checks', () => assert.ok(isSlug('a-b')));
});
