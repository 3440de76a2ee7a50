const api = {
  iso_day(date) {
    return date.toISOString().slice(0, 10);
  },
};
module.exports = { api };
