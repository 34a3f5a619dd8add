/** Types of scripts/devCert.js (CommonJS, used by webpack.config.js and the tests). */
export function usable(pem: string, now?: number): boolean;
export function ensureDevCert(dir?: string): Promise<{
  key: string;
  cert: string;
  keyPath: string;
  certPath: string;
  created: boolean;
}>;
