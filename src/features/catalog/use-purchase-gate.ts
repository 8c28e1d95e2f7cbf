import type { ReactNode } from 'react';

/**
 * The one place purchases and subscription changes ask the customers feature's screening gate.
 * Until that gate is merged, purchases proceed and the mock's own checks are the only guard.
 */
export function usePurchaseGate(): {
  guard: (customerId: string, proceed: () => void) => Promise<void>;
  element: ReactNode;
} {
  return {
    guard: async (_customerId, proceed) => proceed(),
    element: null,
  };
}
