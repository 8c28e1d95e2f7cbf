import { expect, screen, userEvent, waitFor } from 'storybook/test';

/**
 * Replaces a labelled text box's value, as a person would: once it takes typing. A form whose
 * caller's rights are still being asked for shows its fields read-only until the answer comes.
 */
export async function fill(name: string | RegExp, value: string) {
  const box = await screen.findByRole('textbox', { name });
  await waitFor(() => {
    expect(box).toBeEnabled();
    expect(box).not.toHaveAttribute('readonly');
  });
  await userEvent.clear(box);
  await userEvent.type(box, value);
  return box;
}

export async function chooseOption(combobox: string | RegExp, option: string) {
  await userEvent.click(await screen.findByRole('combobox', { name: combobox }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

/** The new-customer form filled with a valid contact and address in `country`. */
export async function fillNewCustomer(
  country: string,
  company = 'Altyn Dala Trading',
  domain = 'altyndalatrading',
) {
  await fill(/^Company name/, company);
  await fill(/^Domain/, domain);
  await fill(/^First name/, 'Arman');
  await fill(/^Last name/, 'Bekov');
  await fill(/^Email/, 'arman.bekov@altyndala.example');
  await fill(/^Address line 1/, '12 Dostyk Ave');
  await fill(/^City/, 'Almaty');
  await fill(/^Postal code/, '050010');
  await chooseOption(/^Country/, country);
}
