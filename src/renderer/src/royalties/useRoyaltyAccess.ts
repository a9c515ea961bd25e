// What the logged-in user may do with royalties, asked from the core (royalty.access), so that the menu and
// the screens follow the handlers' own rules — the royalty table's decider roles included.
import { useEffect, useState } from 'react';
import type { RoyaltyAccess } from '../../../shared/royalties';
import { call } from '../api';
import { useApp } from '../app-context';
import { useAppEvent } from '../hooks/useAppEvent';

const NONE: RoyaltyAccess = { read: false, decide: false, close: false, admin: false };

/** null until the answer arrives. */
export function useRoyaltyAccess(): RoyaltyAccess | null {
  const { session } = useApp();
  const [access, setAccess] = useState<RoyaltyAccess | null>(null);
  const userId = session.user.id;
  // A new royalty table may name other decider roles: the menu and the screens follow without a new login.
  const [asked, setAsked] = useState(0);
  useAppEvent('settings.changed', (e) => e.area === 'royalties' && setAsked((n) => n + 1));
  useEffect(() => {
    let live = true;
    call('royalty.access', {}).then(
      (answer) => live && setAccess(answer),
      () => live && setAccess(NONE)
    );
    return () => {
      live = false;
    };
  }, [userId, asked]);
  return access;
}
