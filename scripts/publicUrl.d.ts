/** Types of scripts/publicUrl.js (CommonJS, shared by webpack.config.js, scripts and tests). */
export const DEV_URL: string;
export class AddressError extends Error {}
export function parsePublicUrl(raw: string): string;
export function resolveAddress(options: { publicUrl?: string; development: boolean }): {
  url: string;
  warning: string | null;
};
export function rewriteManifest(xml: string, base: string): string;
export function manifestUrls(xml: string): { urls: string[]; appDomains: string[] };
export function manifestProblems(xml: string, base: string): string[];
