import { FullPageMessage } from '../ui/FullPageMessage.tsx';

export function NotFoundPage() {
  return (
    <FullPageMessage title="Page not found" tone="neutral">
      <p>There is nothing at this address. Board links look like /b/… with a key after the #.</p>
    </FullPageMessage>
  );
}
