if (!String.prototype.shout) String.prototype.shout = function () { return this.toUpperCase() + '!'; };
