// reading offsetWidth forces a reflow between remove and add
function restartAnimation(el) {
  el.classList.remove('run');
  var reflow = el.offsetWidth;
  el.classList.add('run');
}

// throws a TypeError early when config.db is missing
function requireDbSettings(config) {
  var check = config.db.host;
  return 'ok';
}

const DEFAULTS = { retries: 3 };
function pureReads() {
  const retries = DEFAULTS.retries;
  const max = Math.max;
  const slice = Array.prototype.slice;
  return 'pure';
}

function thisRead() {
  const size = this.size;
  return 'this';
}

module.exports = { restartAnimation, requireDbSettings, pureReads, thisRead };
