import { Toaster } from '@fluentui/react-components';
import { appToasterId } from '@/components/notify';

/** Loaded just after the first screen: Fluent's toasts are not needed to paint it. */
export default function AppToaster() {
  return <Toaster toasterId={appToasterId} position="bottom-end" />;
}
