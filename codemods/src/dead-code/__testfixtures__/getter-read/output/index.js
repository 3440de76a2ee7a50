// reading offsetWidth forces a reflow between remove and add
function restartAnimation(el) {
  el.classList.remove('run');
  el.offsetWidth;
  el.classList.add('run');
}

// throws a TypeError early when config.db is missing
function requireDbSettings(config) {
  config.db.host;
  return 'ok';
}

function pureReads() {
  return 'pure';
}

function thisRead() {
  this.size;
  return 'this';
}

module.exports = { restartAnimation, requireDbSettings, pureReads, thisRead };
