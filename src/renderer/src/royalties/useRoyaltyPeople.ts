// Accounts that can be named as payees — suggestions only: anyone may be typed.
import { useEffect, useState } from 'react';
import { call } from '../api';

export function useRoyaltyPeople(): { id: string; name: string }[] {
  const [people, setPeople] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    call('royalty.people', {}).then(setPeople, () => setPeople([]));
  }, []);
  return people;
}
