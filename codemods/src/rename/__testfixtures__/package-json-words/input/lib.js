// format_util is also the name of a dependency, which is no use of this function;
// run_task is called by an npm script, which the type checker does not read.
function format_util(value) {
  return `<${value}>`;
}
function run_task() {
  return 'ran';
}
module.exports = { format_util, run_task };
