import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import DevPanelDrawer from '@/app/shell/dev-panel-drawer';
import { componentStory } from '../../support/page-story';
import { dialogNamed, expect, within } from '../../support/play';

/**
 * The developer panel (`src/app/shell/dev-panel-drawer.tsx`): the mock's fault scenarios, switched
 * over its control endpoints. With throttling on, it lists the endpoints Partner Center throttles.
 */
const meta = {
  title: 'Components/Shell/DevPanelDrawer',
  component: DevPanelDrawer,
  args: { open: true, onClose: fn() },
} satisfies Meta<typeof DevPanelDrawer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Quiet: Story = componentStory<Story>({
  play: async () => {
    const drawer = await dialogNamed('Developer panel');
    await expect(await within(drawer).findByRole('switch', { name: /HTTP 500/ })).not.toBeChecked();
  },
});

/** The throttled endpoints' longest paths wrap inside the drawer instead of running past its edge. */
export const ThrottlingOn: Story = componentStory<Story>(
  {
    play: async () => {
      const drawer = await dialogNamed('Developer panel');
      const list = await within(drawer).findByRole('list');
      await within(list).findByText(/\/registrationstatus$/);
      await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
    },
  },
  { faults: { throttling: true } },
);
