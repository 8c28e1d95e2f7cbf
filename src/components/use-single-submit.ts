import { useRef, type BaseSyntheticEvent } from 'react';
import type { FieldValues, UseFormHandleSubmit } from 'react-hook-form';

/**
 * A form's submit handler that sends once per submission, however fast the button is pressed
 * again. Disabling the button while the mutation is pending leaves a gap: validation runs before
 * the request starts, and the button is disabled only after the next render. A double click's
 * second press could land there and send the form again (on a slow network, a second
 * POST /v1/customers, refused as a duplicate domain). A page that leaves after a success keeps
 * its button disabled until it has gone: the guard reopens once the request has settled.
 *
 * `send` gets the valid values. When it returns a promise (a mutation's `mutateAsync`), the next
 * submission waits for it to settle; its failure is the mutation's to show (its error state and
 * `onError`), so it is not thrown again here.
 */
export function useSingleSubmit<T extends FieldValues, Transformed = T>(
  handleSubmit: UseFormHandleSubmit<T, Transformed>,
  send: (values: Transformed) => unknown,
): (event?: BaseSyntheticEvent) => void {
  const running = useRef(false);
  return (event) => {
    if (running.current) {
      event?.preventDefault();
      return;
    }
    running.current = true;
    let sending: Promise<unknown> | undefined;
    // The submission ends for react-hook-form as soon as the request starts, as with a plain
    // `mutate`: a server's field errors that come later then keep the focus where they put it,
    // instead of the error summary taking it as for a failed validation.
    void handleSubmit((values) => {
      sending = Promise.resolve(send(values)).catch(() => undefined);
    })(event)
      .then(() => sending)
      .finally(() => {
        running.current = false;
      });
  };
}
