// What the logged-in user may do with royalties, asked from the core (royalty.access), so that the menu and
// the screens follow the handlers' own rules — the royalty table's decider roles included.
import { useEffect, useState } from 'react';
import type { RoyaltyAccess } from '../../../shared/royalties';
import { call } from '../api';
import { useApp } from '../app-context';

const NONE: RoyaltyAccess = { read: false, decide: false, close: false, admin: false };

/** null until the answer arrives. */
export function useRoyaltyAccess(): RoyaltyAccess | null {
  const { session } = useApp();
  const [access, setAccess] = useState<RoyaltyAccess | null>(null);
  const userId = session.user.id;
  useEffect(() => {
    let live = true;
    call('royalty.access', {}).then(
      (answer) => live && setAccess(answer),
      () => live && setAccess(NONE)
    );
    return () => {
      live = false;
    };
  }, [userId]);
  return access;
}
