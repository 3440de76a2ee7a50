// String routines from before String.prototype.padStart existed in our runtime.

var DEFAULT_PAD_CHAR = ' ';

function pad_left(text, width, pad_char) {
  var out = String(text);
  var ch = pad_char || DEFAULT_PAD_CHAR;
  while (out.length < width) {
    out = ch + out;
  }
  return out;
}

function pad_right(text, width, pad_char) {
  var out = String(text);
  var ch = pad_char || DEFAULT_PAD_CHAR;
  while (out.length < width) {
    out = out + ch;
  }
  return out;
}

function trim_all(text) {
  return String(text).replace(/^\s+|\s+$/g, '').replace(/\s+/g, ' ');
}

function to_title_case(text) {
  var words = trim_all(text).toLowerCase().split(' ');
  for (var i = 0; i < words.length; i++) {
    words[i] = words[i].charAt(0).toUpperCase() + words[i].substr(1);
  }
  return words.join(' ');
}

// The fax gateway needed fixed 40-column lines.
function old_pad(text) {
  var padded = pad_right(text, 40);
  var cut = padded.substr(0, 40);
  return cut;
}

function escape_html(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

exports.pad_left = pad_left;
exports.pad_right = pad_right;
exports.trim_all = trim_all;
exports.to_title_case = to_title_case;
exports.escape_html = escape_html;
