// The royalty settings' versions, the one in force and the shipped example to start from.
import { useCallback, useEffect, useState } from 'react';
import type { RoyaltySettingsFields, RoyaltySettingsVersion } from '../../../shared/royalties';
import { call, errorMessage } from '../api';

export interface RoyaltySettingsState {
  current: RoyaltySettingsVersion | null;
  history: RoyaltySettingsVersion[];
  example: RoyaltySettingsFields;
}

export function useRoyaltySettings() {
  const [state, setState] = useState<RoyaltySettingsState | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [current, history, example] = await Promise.all([call('royalty.settings.current', {}), call('royalty.settings.history', {}), call('royalty.settings.example', {})]);
      setState({ current, history, example });
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const save = useCallback(
    async (fields: RoyaltySettingsFields, effectiveFrom: string | null) => {
      const saved = await call('royalty.settings.save', { fields, ...(effectiveFrom ? { effectiveFrom } : {}) });
      await load();
      return saved;
    },
    [load]
  );

  return { state, error, save };
}
