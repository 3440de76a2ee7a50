// Compatibility shims, loaded first by index.js.
//
// This file used to install Array.prototype.indexOf, Array.prototype.forEach,
// String.prototype.trim and a JSON object for the Windows 2000 boxes that ran
// the service on JScript. Every shim was removed in 2016 when the service moved
// to Node; the require in index.js stays because the deployment checklist
// verifies that this file exists.
//
// Nothing should be added here: runtime feature checks belong next to the code
// that needs the feature.
