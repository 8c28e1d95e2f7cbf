import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { useSingleSubmit } from '@/components/use-single-submit';

interface Values {
  name: string;
}

/** What the form sent, and a way to settle each send when the test says so. */
function sender() {
  const sent: string[] = [];
  const pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const send = (values: Values) =>
    new Promise<void>((resolve, reject) => {
      sent.push(values.name);
      pending.push({ resolve, reject });
    });
  return { sent, pending, send };
}

function NameForm({ send }: { send: (values: Values) => unknown }) {
  const { register, handleSubmit, formState } = useForm<Values>({ defaultValues: { name: 'Contoso' } });
  const submit = useSingleSubmit(handleSubmit, send);
  return (
    <form aria-label="Company" noValidate onSubmit={submit}>
      <label>
        Name
        <input {...register('name', { required: 'Enter a name.' })} />
      </label>
      {formState.errors.name ? <p>{formState.errors.name.message}</p> : null}
      <button type="submit">Save</button>
    </form>
  );
}

// fireEvent rather than user-event: two submits in one task, as a fast double click's second press
// can arrive before React has rendered anything in between.
const submitTwice = () => {
  const form = screen.getByRole('form', { name: 'Company' });
  fireEvent.submit(form);
  fireEvent.submit(form);
};

describe('useSingleSubmit', () => {
  it('sends once while a submission is under way, and again once it has ended', async () => {
    const { sent, pending, send } = sender();
    render(<NameForm send={send} />);

    submitTwice();
    await waitFor(() => expect(sent).toEqual(['Contoso']));
    fireEvent.submit(screen.getByRole('form', { name: 'Company' }));
    expect(sent).toEqual(['Contoso']);

    pending[0]?.resolve();
    await waitFor(() => {
      fireEvent.submit(screen.getByRole('form', { name: 'Company' }));
      expect(sent).toEqual(['Contoso', 'Contoso']);
    });
  });

  it('lets the form be sent again after a failure, without throwing it again', async () => {
    const { sent, pending, send } = sender();
    render(<NameForm send={send} />);

    submitTwice();
    await waitFor(() => expect(sent).toHaveLength(1));
    // An unhandled rejection here would fail the run.
    pending[0]?.reject(new Error('409 Conflict'));
    await waitFor(() => {
      fireEvent.submit(screen.getByRole('form', { name: 'Company' }));
      expect(sent).toHaveLength(2);
    });
  });

  it('sends nothing while the values are invalid, and reopens for the corrected ones', async () => {
    const { sent, send } = sender();
    render(<NameForm send={send} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: '' } });

    submitTwice();
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Fabrikam' } });
    await waitFor(() => {
      fireEvent.submit(screen.getByRole('form', { name: 'Company' }));
      expect(sent).toEqual(['Fabrikam']);
    });
  });
});
