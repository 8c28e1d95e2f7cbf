import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ErrorState } from '@/components/error-state';
import { ApiFailure } from '../../support/api-data';
import { componentStory } from '../../support/page-story';
import { alertWithText, expect, screen, userEvent } from '../../support/play';

/** An inline failure with the service's message and, when it can help, a retry button. */
const meta = {
  title: 'Components/Shared/ErrorState',
  component: ErrorState,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { error: undefined },
} satisfies Meta<typeof ErrorState>;
export default meta;
type Story = StoryObj<typeof meta>;

const fromApi = (path: string): Story['render'] =>
  function Render(args) {
    return <ApiFailure path={path}>{(error) => <ErrorState {...args} error={error} />}</ApiFailure>;
  };

export const ServerErrorWithRetry = componentStory<Story>(
  {
    args: { onRetry: fn() },
    render: fromApi('/v1/customers'),
    play: async ({ args }) => {
      await alertWithText('An unexpected error occurred in the service');
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await expect(args.onRetry).toHaveBeenCalled();
    },
  },
  { faults: { serverErrors: true } },
);

export const ServerErrorWithoutRetry = componentStory<Story>(
  {
    render: fromApi('/v1/customers'),
    play: async () => {
      await alertWithText('An unexpected error occurred in the service');
      await expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    },
  },
  { faults: { serverErrors: true } },
);

export const NetworkDown = componentStory<Story>(
  {
    args: { onRetry: fn() },
    render: fromApi('/v1/customers'),
    play: async () => {
      await alertWithText('The service could not be reached');
    },
  },
  { faults: { networkFailure: true } },
);

export const Throttled = componentStory<Story>(
  {
    args: { onRetry: fn() },
    render: fromApi('/v1/customers/00000000-0000-4000-a000-000000000000'),
    play: async () => {
      await alertWithText('Partner Center asked us to wait 1 second before trying again.');
    },
  },
  { faults: { throttling: true, retryAfterSeconds: 1 } },
);

export const ThrottledFrench = componentStory<Story>(
  {
    render: fromApi('/v1/customers/00000000-0000-4000-a000-000000000000'),
    play: async () => {
      await alertWithText('L’Espace partenaires demande d’attendre 1 seconde avant de réessayer.');
    },
  },
  { faults: { throttling: true, retryAfterSeconds: 1 }, locale: 'fr' },
);

export const WithTitle = componentStory<Story>(
  {
    args: { title: 'Nothing was saved. Your entries are kept.' },
    render: fromApi('/v1/customers'),
    play: async () => {
      await alertWithText('Nothing was saved. Your entries are kept.');
    },
  },
  { faults: { serverErrors: true } },
);

/** The failure's details went to the form's fields: the title stands alone, with the request id. */
export const DetailsAtTheFields = componentStory<Story>(
  {
    args: { title: 'Nothing was saved. Your entries are kept.', messageAtFields: true },
    render: fromApi('/v1/customers'),
    play: async () => {
      const alert = await alertWithText('Nothing was saved. Your entries are kept.');
      await expect(alert).not.toHaveTextContent('An unexpected error occurred in the service');
    },
  },
  { faults: { serverErrors: true } },
);

/** Refused for the caller's role: said in the interface's language, and no retry (it would get the same 403). */
export const RefusedForTheRole = componentStory<Story>(
  {
    args: { onRetry: fn() },
    render: fromApi('/v1/customers'),
    play: async () => {
      const alert = await alertWithText('Not allowed for your role.');
      await expect(alert).toHaveTextContent('Ask a Global admin for a role that includes it.');
      await expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    },
  },
  { role: 'developer' },
);
