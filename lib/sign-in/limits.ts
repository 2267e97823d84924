// How many password checks sign-in allows, per key. Attempts are counted before the password is checked
// (lib/sign-in/claim-sign-in-attempt.ts), so parallel requests cannot check more than these.
const MINUTE = 60 * 1000;

export const SIGN_IN_LIMITS = {
  /** One account from one address: a stranger guessing an editor's password is stopped here... */
  pair: { max: 5, windowMs: 15 * MINUTE },
  /** ...without locking out the owner, who signs in from elsewhere. Guessing from many addresses is
   * slowed account-wide, more loosely; addresses the account signed in from before are exempt. */
  account: { max: 30, windowMs: 60 * MINUTE },
  /** One address across many accounts. */
  address: { max: 20, windowMs: 15 * MINUTE },
} as const;
export type TSignInLimitScope = keyof typeof SIGN_IN_LIMITS;

/** An address counts as the owner's if the account signed in from it within this time. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * MINUTE;

/** Rows in SignInFailure: one per counted attempt and key; `throttled:` rows mark a burst already audited. */
export function signInKeys(email: string, address: string | null) {
  return {
    pair: `pair:${email}|${address ?? "unknown"}`,
    account: `account:${email}`,
    address: address ? `address:${address}` : null,
  };
}
