const n = Number(process.argv[2]);
process.send(n * n);
