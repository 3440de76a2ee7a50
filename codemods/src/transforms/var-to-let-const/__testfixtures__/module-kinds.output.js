// AMD: the file is loaded as a script, its top-level vars are globals; the factory's are local.
var registry = {};
define(['./dep'], function (dep) {
  const local = dep.value;
  registry.local = local;
  return local;
});
