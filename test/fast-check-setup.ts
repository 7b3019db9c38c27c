/**
 * Property-based tests run with a fixed seed so that CI is reproducible (a
 * failing run can be replayed); set FC_SEED to explore other inputs locally.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261124) });
