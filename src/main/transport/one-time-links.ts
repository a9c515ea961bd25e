// Browser mode's `?token=` links. Each link opens the app once, in one browser: the first request with
// it gets the HttpOnly cookies and the link is spent. A link copied from the terminal, a shell history,
// a launcher file or a shoulder-surfed screen is therefore worth nothing once the user has opened it.
import { newToken, tokenMatches } from './access';

export type Redeemed = 'fresh' | 'spent' | 'unknown';

export class OneTimeLinks {
  private readonly unused: string[] = [];
  // Kept (links are minted only when a person asks for one) so a reused link gets "already used", not "wrong".
  private readonly spent: string[] = [];

  mint(): string {
    const token = newToken();
    this.unused.push(token);
    return token;
  }

  /** 'fresh' the first time a minted token is presented (it is spent from then on). */
  redeem(candidate: string): Redeemed {
    // Constant-time compare against every entry, as the cookie check does: no early exit on a prefix.
    const index = this.unused.findIndex((token) => tokenMatches(candidate, token));
    if (index >= 0) {
      this.spent.push(...this.unused.splice(index, 1));
      return 'fresh';
    }
    return this.spent.some((token) => tokenMatches(candidate, token)) ? 'spent' : 'unknown';
  }
}
