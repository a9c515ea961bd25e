// The one typed IPC contract: every method the renderer may call, its input schema and output type.
// Main builds `Handlers` with `satisfies`, so a missing or extra method is a compile error.
import { z } from 'zod';
import {
  ArticleFieldsSchema,
  ListQuerySchema,
  type Article,
  type HistoryEntry,
  type ListPage,
  type SearchHit
} from './article';
import { ProfileFieldsSchema, type ProfileVersion } from './profile';
import type { UserRef } from './article';

const id = z.string().min(1).max(100);
/** Files cross the boundary as base64; the size is checked again on the main side. */
const base64 = z.string().max(50 * 1024 * 1024);
const fileName = z.string().min(1).max(255);

export interface AppInfo {
  appVersion: string;
  mode: 'electron' | 'browser' | 'cli';
  workspaceDir: string;
  profileConfigured: boolean;
  user: UserRef;
}

export interface EditableLists {
  categories: string[];
  articleTypes: string[];
}

export interface Facets {
  authors: string[];
  categories: string[];
  articleTypes: string[];
}

export interface MediaInfo {
  hash: string;
  mime: string;
  size: number;
}

export const contract = {
  'app.info': { input: z.object({}), output: {} as AppInfo },

  'profile.current': { input: z.object({}), output: {} as ProfileVersion | null },
  'profile.history': { input: z.object({}), output: {} as ProfileVersion[] },
  'profile.save': {
    input: z.object({ fields: ProfileFieldsSchema, effectiveFrom: z.iso.datetime({ offset: true }).optional() }),
    output: {} as ProfileVersion
  },

  'lists.get': { input: z.object({}), output: {} as EditableLists },
  'lists.save': {
    input: z.object({ categories: z.array(z.string().max(200)).max(200), articleTypes: z.array(z.string().max(200)).max(200) }),
    output: {} as EditableLists
  },

  'article.create': { input: z.object({ fields: ArticleFieldsSchema.partial().optional() }), output: {} as Article },
  'article.get': { input: z.object({ id }), output: {} as Article },
  'article.save': {
    input: z.object({ id, baseRevisionId: id, fields: ArticleFieldsSchema }),
    output: {} as Article
  },
  'article.list': { input: ListQuerySchema, output: {} as ListPage },
  'article.facets': { input: z.object({}), output: {} as Facets },
  'article.search': {
    input: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).default(20) }),
    output: {} as SearchHit[]
  },
  'article.history': { input: z.object({ id }), output: {} as HistoryEntry[] },
  'article.import': { input: z.object({ fileName, dataBase64: base64 }), output: {} as Article },

  'media.upload': { input: z.object({ fileName, mime: z.string().max(100), dataBase64: base64 }), output: {} as MediaInfo },

  'attachment.add': {
    input: z.object({ articleId: id, fileName, mime: z.string().max(200), dataBase64: base64 }),
    output: {} as Article
  },
  'attachment.remove': { input: z.object({ articleId: id, attachmentId: id }), output: {} as Article }
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed from main to the renderer. */
export interface AppEvent {
  type: 'article.changed' | 'import.progress';
  payload: unknown;
}
