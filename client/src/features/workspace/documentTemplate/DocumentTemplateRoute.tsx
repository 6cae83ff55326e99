import { SignedInRoute } from '../SignedInRoute.tsx';
import { DocumentTemplatePage } from './DocumentTemplatePage.tsx';

const ADMINS_ONLY = {
  title: 'Only admins set the document template',
  message:
    'The template postmortems follow by default is set by an admin. Ask one of them to change it; a facilitator can still choose another for their board.',
};

/** `/document-template`: the workspace's document template, for a signed-in admin. */
export function DocumentTemplateRoute() {
  return (
    <SignedInRoute what="The document template page" adminsOnly={ADMINS_ONLY}>
      {() => <DocumentTemplatePage />}
    </SignedInRoute>
  );
}
