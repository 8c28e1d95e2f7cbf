import type { Meta } from '@storybook/react-vite';
import { customer } from '../support/ids';
import { pageStory } from '../support/page-story';
import { enabledButton, pageHeading, screen, shellReady } from '../support/play';

/**
 * The customer workspace (customer-workspace-layout) and its tabs, the Agreements tab
 * (customer-agreements-route, with its agreement-table and confirm-acceptance-form) among them.
 */
export default { title: 'Pages/Customers/Workspace tabs' } satisfies Meta;

const adatum = customer('adatumedu');
const tailspin = customer('tailspinquebec');
const alster = customer('alsterlogistik');

export const AgreementsRecorded = pageStory(`/customers/${adatum}/agreements`, {
  play: async () => {
    await pageHeading(/Adatum/);
    await enabledButton('Confirm customer acceptance');
    await shellReady();
  },
});

export const AgreementsMissing = pageStory(`/customers/${tailspin}/agreements`, {
  play: async () => {
    await pageHeading(/Tailspin/);
    await enabledButton('Confirm customer acceptance');
    await shellReady();
  },
});

/** No attestation, but the customer accepted the agreement itself: purchases are allowed. */
export const AgreementsAcceptedDirectly = pageStory(`/customers/${alster}/agreements`, {
  play: async () => {
    await pageHeading(/Alster/);
    await screen.findByText('Accepted directly by the customer');
    await enabledButton('Confirm customer acceptance');
    await shellReady();
  },
});

export const Activity = pageStory(`/customers/${adatum}/activity`, {
  play: async () => {
    await pageHeading(/Adatum/);
    await screen.findByRole('tab', { name: 'Activity' });
    await shellReady();
  },
});

export const AgreementsFrench = pageStory(`/customers/${tailspin}/agreements`, {
  locale: 'fr',
  play: async () => {
    await pageHeading(/Tailspin/);
    await enabledButton('Confirmer l’acceptation du client');
    await shellReady();
  },
});

export const ActivityFrench = pageStory(`/customers/${adatum}/activity`, {
  locale: 'fr',
  play: async () => {
    await pageHeading(/Adatum/);
    await screen.findByRole('tab', { name: 'Activité', selected: true });
    await shellReady();
  },
});
