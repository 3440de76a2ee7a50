function slugify(s) {
  return s.trim().toLowerCase().replace(/\s+/g, '-');
}

// used only by the tests
function isSlug(s) {
  return /^[a-z0-9-]+$/.test(s);
}

function neverUsed() {
  return 0;
}

module.exports = { slugify, isSlug, neverUsed };
