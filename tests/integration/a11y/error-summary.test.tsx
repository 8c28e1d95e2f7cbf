import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../setup/render-app';

describe('error summary', () => {
  it('takes focus after a failed submit, lists each problem as a link, and a link focuses its field', async () => {
    const { user } = renderApp('/customers/new');
    await screen.findByRole('form', { name: 'New customer' });
    expect(screen.queryByRole('heading', { name: 'There is a problem' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    // In the order of the form, each naming its field.
    expect(links.map((link) => link.textContent)).toEqual([
      'Company name',
      'Domain',
      'First name',
      'Last name',
      'Email',
      'Address line 1',
      'City',
      'Postal code',
      'Country',
    ]);

    await user.click(within(summary).getByRole('link', { name: 'City' }));
    const city = screen.getByRole('textbox', { name: /^City/ });
    expect(city).toHaveFocus();
    // The field keeps its own message, announced and read as the field's description.
    expect(city).toHaveAccessibleDescription(/required|Enter/);

    // Fixing a field takes it off the list.
    await user.type(screen.getByRole('textbox', { name: /^City/ }), 'Lyon');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    await waitFor(() =>
      expect(within(summary).queryByRole('link', { name: 'City' })).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(summary).toHaveFocus());
  });

  it('speaks French, and goes away once the form is valid', async () => {
    const { user } = renderApp('/settings/account/legal', { language: 'fr' });
    const form = await screen.findByRole('form', { name: 'Profil de partenaire' });
    const name = await within(form).findByRole('textbox', { name: /Nom public/ });
    await user.clear(name);
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    const summary = await within(form).findByRole('alert', { name: 'Il y a un problème' });
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: 'Nom public de la société' });
    await user.click(link);
    expect(name).toHaveFocus();
    await user.type(name, 'Woodgrove');
    await waitFor(() =>
      expect(within(form).queryByRole('alert', { name: 'Il y a un problème' })).not.toBeInTheDocument(),
    );
  });

  it('puts the fields’ messages in the new language when the language changes', async () => {
    const { user } = renderApp('/customers/new');
    await screen.findByRole('form', { name: 'New customer' });
    await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    await screen.findByRole('alert', { name: 'There is a problem' });
    expect(screen.getByRole('textbox', { name: /^City/ })).toHaveAccessibleDescription('Enter the City.');
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveAccessibleDescription(
      'Enter an email address like name@example.com.',
    );

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Français' }));
    await screen.findByRole('alert', { name: 'Il y a un problème' });
    // The schema wrote these in English; they are validated again, in French, and nothing typed is lost.
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Ville/ })).toHaveAccessibleDescription(
        'Renseignez le champ « Ville ».',
      ),
    );
    const email = screen.getByRole('textbox', { name: /^E-mail/ });
    expect(email).toHaveAccessibleDescription('Saisissez une adresse e-mail comme nom@exemple.com.');
    expect(email).toHaveValue('not-an-email');
  });
});
