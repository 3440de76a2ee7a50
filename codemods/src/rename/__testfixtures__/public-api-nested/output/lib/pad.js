module.exports = function padLeft(text, width) {
  return text.padStart(width, ' ');
};
