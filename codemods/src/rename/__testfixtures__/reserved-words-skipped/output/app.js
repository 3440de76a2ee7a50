function describeKind(Enum, Package, INTERFACE, yieldValue) {
  const Let = [Enum, Package, INTERFACE].join('/');
  const evalMe = Let.length;
  return `${Let}:${evalMe}:${yieldValue}`;
}

class Store {
  Constructor() {
    return 'not the constructor';
  }
  __Proto__() {
    return 'not the prototype chain';
  }
}

module.exports = { describe_kind: describeKind, Store };
