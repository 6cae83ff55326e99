import { Route, Switch } from 'wouter';
import { BoardPage } from '../features/board/BoardPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { SetPasswordPage, SetupPage } from '../features/workspace/setup/SetupPage.tsx';
import { AcceptInvitePage } from '../features/workspace/invite/AcceptInvitePage.tsx';
import { ForgotPasswordPage } from '../features/workspace/reset/ForgotPasswordPage.tsx';
import { ResetPasswordPage } from '../features/workspace/reset/ResetPasswordPage.tsx';
import { PeopleRoute } from '../features/workspace/people/PeopleRoute.tsx';
import { TokensRoute } from '../features/workspace/tokens/TokensRoute.tsx';
import { TrackersRoute } from '../features/workspace/trackers/TrackersRoute.tsx';
import { ChangePasswordRoute } from '../features/workspace/account/ChangePasswordRoute.tsx';
import { PublishedRoute } from '../features/published/PublishedRoute.tsx';
import { PublicPage } from '../features/published/PublicPage.tsx';
import { ImportPage } from '../features/import/ImportPage.tsx';
import { LedgerRoute } from '../features/ledger/LedgerRoute.tsx';
import { RemindersRoute } from '../features/workspace/reminders/RemindersRoute.tsx';
import { ActionPolicyRoute } from '../features/workspace/actionPolicy/ActionPolicyRoute.tsx';
import { DocumentTemplateRoute } from '../features/workspace/documentTemplate/DocumentTemplateRoute.tsx';
import { MutePage } from '../features/workspace/reminders/MutePage.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { ToastHost } from '../ui/ToastHost.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/** The shell: routes, and the toast region every page shares. */
export function App() {
  return (
    <>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/setup" component={SetupPage} />
        <Route path="/set-password" component={SetPasswordPage} />
        <Route path="/invite" component={AcceptInvitePage} />
        <Route path="/forgot-password" component={ForgotPasswordPage} />
        <Route path="/reset" component={ResetPasswordPage} />
        <Route path="/people" component={PeopleRoute} />
        <Route path="/tokens" component={TokensRoute} />
        <Route path="/trackers" component={TrackersRoute} />
        <Route path="/account/password" component={ChangePasswordRoute} />
        <Route path="/postmortems/:id">
          {(params) => <PublishedRoute key={params.id} boardId={params.id} />}
        </Route>
        <Route path="/import" component={ImportPage} />
        <Route path="/actions" component={LedgerRoute} />
        <Route path="/reminders" component={RemindersRoute} />
        <Route path="/action-policy" component={ActionPolicyRoute} />
        <Route path="/document-template" component={DocumentTemplateRoute} />
        <Route path="/mute" component={MutePage} />
        <Route path="/p/:token">{(params) => <PublicPage token={params.token} />}</Route>
        <Route path="/b/:id">
          {(params) => (
            <ErrorBoundary key={params.id}>
              <BoardPage boardId={params.id} />
            </ErrorBoundary>
          )}
        </Route>
        <Route component={NotFoundPage} />
      </Switch>
      <ToastHost />
    </>
  );
}
