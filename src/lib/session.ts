/**
 * Which demo user is signed in. The bearer token names the user; the mock API identifies the
 * caller from it exactly as the real API would from an Azure AD token.
 */
const storageKey = 'pd.session.userId';
export const defaultDemoUserId = 'user-ana-global-admin';

type Listener = (userId: string) => void;
const listeners = new Set<Listener>();
let currentUserId: string = readStoredUserId();

function readStoredUserId(): string {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? defaultDemoUserId;
  } catch {
    return defaultDemoUserId;
  }
}

export function getSignedInUserId(): string {
  return currentUserId;
}

export function signInAs(userId: string): void {
  currentUserId = userId;
  try {
    globalThis.localStorage?.setItem(storageKey, userId);
  } catch {
    // Private mode or quota: the choice lasts for this page only, which is acceptable.
  }
  listeners.forEach((listener) => listener(userId));
}

export function subscribeToSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function demoTokenFor(userId: string): string {
  return `demo.${userId}`;
}

export function userIdFromToken(token: string): string | null {
  return token.startsWith('demo.') ? token.slice('demo.'.length) : null;
}

/** Tests start every case signed in as the default admin. */
export function resetSession(): void {
  currentUserId = defaultDemoUserId;
}
