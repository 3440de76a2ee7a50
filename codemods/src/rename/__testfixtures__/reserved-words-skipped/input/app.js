function describe_kind(Enum, Package, INTERFACE, Yield_Value) {
  const Let = [Enum, Package, INTERFACE].join('/');
  const Eval_Me = Let.length;
  return `${Let}:${Eval_Me}:${Yield_Value}`;
}

class Store {
  Constructor() {
    return 'not the constructor';
  }
  __Proto__() {
    return 'not the prototype chain';
  }
}

module.exports = { describe_kind, Store };
