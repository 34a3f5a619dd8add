/** Types of scripts/buildCli.js (CommonJS, run by npm pack and used by the bench and tests). */
export function buildCli(
  outDir: string,
  entry?: string,
): Promise<{ outfile: string; bytes: number; vendorBytes: number }>;
export function lazyModule(name: string): string;
