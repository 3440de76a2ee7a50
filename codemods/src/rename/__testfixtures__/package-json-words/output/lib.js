// format_util is also the name of a dependency, which is no use of this function;
// run_task is called by an npm script, which the type checker does not read.
function formatUtil(value) {
  return `<${value}>`;
}
function runTask() {
  return 'ran';
}
module.exports = { formatUtil, run_task: runTask };
