function toTitle(s) {
  return s.replace(/\b\w/g, (c) => c.toUpperCase());
}
module.exports = { to_title: toTitle };
