import { Toast, ToastTitle, useToastController, type ToastIntent } from '@fluentui/react-components';
import { useCallback } from 'react';

export const appToasterId = 'app-toaster';

/** Short, announced feedback after an action (the Toaster lives in the shell, politely announced). */
export function useNotify() {
  const { dispatchToast } = useToastController(appToasterId);
  return useCallback(
    (message: string, intent: ToastIntent = 'success') =>
      dispatchToast(
        <Toast>
          <ToastTitle>{message}</ToastTitle>
        </Toast>,
        { intent, politeness: intent === 'error' ? 'assertive' : 'polite' },
      ),
    [dispatchToast],
  );
}
