// What every page needs to know: who and where we are, the editable lists, the agency profile.
import { createContext, useContext } from 'react';
import type { AppInfo, EditableLists } from '../../shared/contract';
import type { ProfileVersion } from '../../shared/profile';
import type { SessionInfo } from '../../shared/accounts';

export interface AppState {
  info: AppInfo;
  session: SessionInfo;
  lists: EditableLists;
  profile: ProfileVersion | null;
  reload: () => Promise<void>;
  /** Forget the session (after logout) and show the login screen. */
  signOut: () => Promise<void>;
  notify: (message: string, kind?: 'info' | 'error') => void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('AppContext missing');
  return ctx;
}
