/** Names of our sheets while they are built and while the old ones wait to be removed. */
export const TEMP_PREFIX = "~ITA-new-";
export const BACKUP_PREFIX = "~ITA-old-";
export const tempName = (i: number) => `${TEMP_PREFIX}${i}`;
export const backupName = (i: number) => `${BACKUP_PREFIX}${i}`;
/** Worksheet custom property that tags our sheets where ExcelApi 1.12 is present. */
export const TAG_PROPERTY = "ITAAnalyzer";
export const isOurTemporary = (name: string) =>
  name.startsWith(TEMP_PREFIX) || name.startsWith(BACKUP_PREFIX);
