// SharePoint REST emulator for tests (see README.md).
export { startSharePointEmulator, manualClock, type SharePointEmulator, type RequestLogEntry } from './server';
export type { FaultAction, FaultRule, FaultHandle, Faults } from './faults';
export type { ItemSnapshot, FileSnapshot, RecycleSnapshot } from './admin';
export { tinTucMoRongList, scheduledTinTucList, SCHEDULING_FIELDS, publishingImagesLibrary, defaultLists, TIN_TUC_FIELDS, DEFAULT_ACCOUNTS, SEED_LIST_TITLE } from './seed';
export type * from './types';
