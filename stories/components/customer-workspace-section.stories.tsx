import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button, Field, Input } from '@fluentui/react-components';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import {
  useWorkspaceFormClassName,
  WorkspaceSection,
} from '@/features/customers/components/workspace-section';
import { expect, screen } from '../support/play';

/**
 * The titled section under a workspace tab's list (workspace-section), as the agreements and
 * qualifications tabs use it: a form named by the section's heading, or a read-only notice.
 */
export default {
  title: 'Components/Customers/Workspace section',
  parameters: { layout: 'padded' },
} satisfies Meta;
type Story = StoryObj;

const headingId = 'story-section-heading';

function SectionForm() {
  return (
    <form noValidate aria-labelledby={headingId} className={useWorkspaceFormClassName()}>
      <Field label="First name">
        <Input />
      </Field>
      <Field label="Last name">
        <Input />
      </Field>
      <div>
        <Button appearance="primary" type="submit">
          Confirm acceptance
        </Button>
      </div>
    </form>
  );
}

export const WithAForm: Story = {
  render: () => (
    <WorkspaceSection headingId={headingId} title="Confirm customer acceptance">
      <SectionForm />
    </WorkspaceSection>
  ),
  play: async () => {
    const heading = await screen.findByRole('heading', { level: 3, name: 'Confirm customer acceptance' });
    // The heading starts the section flush: no browser margin above it.
    await expect(getComputedStyle(heading).marginTop).toBe('0px');
    await expect(screen.getByRole('region', { name: 'Confirm customer acceptance' })).toBeVisible();
    await expect(screen.getByRole('form', { name: 'Confirm customer acceptance' })).toBeVisible();
  },
};

export const ReadOnly: Story = {
  render: () => (
    <WorkspaceSection headingId={headingId} title="Request a qualification">
      <ReadOnlyNotice message="Your role can see this customer's qualifications but not request one." />
    </WorkspaceSection>
  ),
  play: async () => {
    const section = await screen.findByRole('region', { name: 'Request a qualification' });
    await expect(section).toHaveTextContent(/not request one/);
    await expect(screen.queryByRole('form')).toBeNull();
  },
};
