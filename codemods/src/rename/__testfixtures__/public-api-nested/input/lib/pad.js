module.exports = function pad_left(text, width) {
  return text.padStart(width, ' ');
};
