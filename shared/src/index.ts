export * from './doc/layout.ts';
export * from './doc/migrations.ts';
export * from './doc/prose.ts';
export * from './doc/audit.ts';
export * from './entities/boardMeta.ts';
export * from './entities/card.ts';
export * from './api/boards.ts';
export * from './api/members.ts';
export * from './api/sso.ts';
export * from './api/workspaceBoards.ts';
export * from './api/postmortems.ts';
export * from './api/vocabulary.ts';
export * from './session/phaseLabel.ts';
export * from './protocol/closeCodes.ts';
export * from './protocol/presenceId.ts';
export * from './protocol/writesWaiting.ts';
export * from './roles.ts';
export * from './rooms.ts';
export * from './templates.ts';
export * from './links.ts';
export * from './errors.ts';
export * from './ids.ts';
export * from './entities/facilitation.ts';
export * from './session/phases.ts';
export * from './session/plan.ts';
export * from './session/session.ts';
export * from './session/clock.ts';
export * as timer from './session/timer.ts';
export { formatClock, type Timer } from './session/timer.ts';
export * from './member.ts';
export * from './entities/incident.ts';
export * from './entities/findings.ts';
export * from './entities/documentTemplate.ts';
export * from './entities/incidentFixture.ts';
export * from './entities/timelineEvent.ts';
export * from './entities/timelineImport.ts';
export * from './entities/timelineProposal.ts';
export * from './entities/surveyNote.ts';
export {
  instantSchema,
  readInstant,
  readIsoInstant,
  toIsoInstant,
  MAX_INSTANT,
  type InstantReading,
  type WallClock,
} from './time/instant.ts';
export {
  canonicalTimeZone,
  DEFAULT_TIME_ZONE,
  formatInstant,
  formatOffset,
  instantFromWallClock,
  isTimeZone,
  offsetMinutesAt,
  TimeZoneSchema,
  wallClockAt,
  zoneShortName,
  type FormatInstantOptions,
  type ZonedInstant,
} from './time/zone.ts';
export {
  TIMELINE_FORMATS,
  type ImportError,
  type ImportOptions,
  type ImportResult,
  type TimelineFormat,
} from './timeline/importResult.ts';
export { detectFormat, isTimelineFormat, parseTimeline } from './timeline/parse.ts';
export { parseTimelineText } from './timeline/parseText.ts';
export { parseTimelineCsv } from './timeline/parseCsv.ts';
export { parseTimelineJson } from './timeline/parseJson.ts';
export * from './timeline/metrics.ts';
export * from './time/clock24.ts';
export * from './entities/revealedCard.ts';
export * from './entities/memberProfile.ts';
export * from './presence.ts';
export * from './export/index.ts';
export * from './entities/clusterSchema.ts';
export * from './entities/cluster.ts';
export * from './cluster/dropResolution.ts';
export * from './cluster/similarity.ts';
export * from './cluster/clusterColumn.ts';
export * from './entities/vote.ts';
export * from './entities/voting.ts';
export * from './entities/discussion.ts';
export * from './discussion/blameHints.ts';
export * from './actions/priority.ts';
export * from './actions/ownerMatch.ts';
export * from './actions/status.ts';
export * from './actions/ledger.ts';
export * from './reminders/schedule.ts';
export * from './reminders/settings.ts';
export * from './actions/duePolicy.ts';
export * from './actions/onTime.ts';
export * from './actions/settings.ts';
export * from './actions/closing.ts';
export * from './actions/due.ts';
export * from './entities/actionItem.ts';
export * from './entities/actionAcceptance.ts';
export * from './entities/ownerConfirmation.ts';
export * from './entities/postmortemOwner.ts';
export * from './entities/followUp.ts';
export * from './followup/ics.ts';
export * from './entities/postmortemStatus.ts';
export * from './entities/statusWorkflow.ts';
export * from './entities/discussionFocus.ts';
export * from './api/tokens.ts';
export * from './api/accounts.ts';
export * from './api/mail.ts';
export * from './api/invitations.ts';
export * from './api/people.ts';
export * from './api/passwordReset.ts';
export * from './workspace/roles.ts';
export * from './workspace/permissions.ts';
export * from './workspace/lastAdmin.ts';
export * from './doc/restore.ts';
export * from './history/digest.ts';
export * from './history/summary.ts';
export * from './api/versions.ts';
export * from './api/published.ts';
export * from './api/import.ts';
export * from './api/trackers.ts';
export * from './import/writePostmortem.ts';
