import { benchSync } from '/work/main/bench/sync';
console.log(await benchSync(Number(process.argv[2] ?? 10000)));
