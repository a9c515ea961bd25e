// SharePoint connector (SharePoint 2013/2016 on-premises REST _api): see connector.ts.
export { SharePointConnector, FIND_SCAN_LIMIT, type SharePointConnectorOptions } from './connector';
export { SharePointError, HRESULT, parseRetryAfter, type NetCause } from './errors';
export { proposeMapping, fold } from './mapping';
export { normalizeWebUrl } from './discover';
export { safeFileName } from './media';
export type { FetchFn } from './auth';
