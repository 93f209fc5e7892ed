/** The tests serve built sites with the same server as the benchmark, files as they are. */
export { serveDist, type DistServer } from '../../scripts/serve-dist.ts';
