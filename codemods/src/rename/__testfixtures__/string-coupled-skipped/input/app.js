// A tiny injector that reads a function's parameter names from its source.
function inject(fn, services) {
  const names = fn.toString().match(/\(([^)]*)\)/)[1].split(',').map((s) => s.trim()).filter(Boolean);
  return fn(...names.map((name) => services[name]));
}

const services = { ['user_store']: { name: 'users' }, ['mail_sender']: { name: 'mail' } };

function makeReport(user_store, mail_sender) {
  return `${user_store.name}+${mail_sender.name}`;
}
makeReport.$inject = ['user_store', 'mail_sender'];

function parsedByName(raw_text) {
  return raw_text.length;
}
const describeIt = () => parsedByName.toString().includes('raw_text');

function evaluated(code) {
  const local_scale = 3;
  return eval(code);
}

function plain(some_value) {
  const doubled_value = some_value * 2;
  return doubled_value;
}

module.exports = {
  run: () => [inject(makeReport, services), describeIt(), evaluated('local_scale * 2'), plain(2)],
};
