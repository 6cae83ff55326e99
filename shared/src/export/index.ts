/** The postmortem document export: the model, its builder and the four renderers. */
export * from './document.ts';
export {
  buildPostmortem,
  postmortemFromDocs,
  type BuildOptions,
  type PostmortemSource,
} from './build.ts';
export type { SourceCluster } from './buildRetrospective.ts';
export { renderMarkdown } from './markdown.ts';
export { renderHtml, renderHtmlContent, EXPORT_CSP } from './html.ts';
export { renderTimelineSvg } from './svgTimeline.ts';
export { renderActionItemsCsv, ACTION_CSV_COLUMNS } from './csv.ts';
export { renderJiraCsv, JIRA_CSV_COLUMNS } from './trackerCsv.ts';
export { renderLinearCsv, LINEAR_CSV_COLUMNS } from './linearCsv.ts';
export { renderGithubScript, githubLogin, shellQuote } from './githubScript.ts';
export { renderJson, postmortemJsonSchema } from './json.ts';
export { csvRows, escapeHtml } from './escape.ts';
export * from './formats.ts';
