import { MIN_PASSWORD_LENGTH } from '@hindsight/shared';

/** What a new password takes, said under the field. */
export function PasswordHint() {
  return <>At least {MIN_PASSWORD_LENGTH} characters; a few words make a good one.</>;
}
