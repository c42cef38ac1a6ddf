// The clinic the sync benchmark warms the register with (bench/registerWarmup.ts), added by
// the benchmark's register process (registerProcess.ts): a clinic of its own, so the tablets
// measured after it neither push against its records nor pull them.
export const WARMUP_CLINIC = {
  code: 'WARM1',
  login: 'bench-warmup',
  password: 'bench-warmup-registrar',
} as const;
