import { screen, userEvent } from 'storybook/test';

/** Replaces a labelled text box's value, as a person would. */
export async function fill(name: string | RegExp, value: string) {
  const box = await screen.findByRole('textbox', { name });
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
