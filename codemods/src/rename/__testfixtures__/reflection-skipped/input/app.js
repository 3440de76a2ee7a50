class Commands {
  run(name) {
    return this[name]();
  }
  do_start() {
    return 'started';
  }
  do_stop() {
    return 'stopped';
  }
}

class Plain {
  get_value() {
    return 1;
  }
}

const levels = { log_debug: 1, log_info: 2 };
const names = Object.keys(levels);

const settings = { max_items: 3 };
const copy = { ...settings };

const colors = { dark_red: '#800' };
const found = [];
for (const key in colors) found.push(key);

const report = { total_count: 2 };
const text = JSON.stringify(report);

module.exports = {
  run: () => [new Commands().run('do_start'), new Plain().get_value(), names, copy, found, text],
};
