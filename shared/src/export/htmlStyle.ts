/**
 * The stylesheet inlined into the HTML export: calm on screen, and printable to PDF
 * (A4 or Letter) with no forced page break (headings stay with what follows them) and
 * nothing but the document on the page. Inline because the export must stand alone, and because its
 * Content-Security-Policy allows inline styles and nothing else.
 */
export const HTML_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0;
  background: #f6f5f2;
  color: #1d2127;
  font: 15px/1.55 ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
}
main { max-width: 860px; margin: 32px auto; padding: 40px 48px; background: #fff; border: 1px solid #e4e1db; border-radius: 10px; }
h1 { font-size: 28px; line-height: 1.2; margin: 4px 0 12px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid #e4e1db; }
h3 { font-size: 16px; margin: 20px 0 8px; }
p { margin: 0 0 10px; }
a { color: #3049c0; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 12px; font-weight: 700; color: #5d636d; margin: 0; }
.status { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; padding: 0; list-style: none; }
.status li { border: 1px solid #d3cfc7; border-radius: 999px; padding: 1px 10px; font-size: 13px; font-weight: 600; }
.status .sev { background: #fdecec; border-color: #f2c4c4; color: #a61e1e; }
.meta { color: #5d636d; font-size: 13px; }
.muted { color: #8a9099; font-style: italic; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 14px; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #e4e1db; overflow-wrap: break-word; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: #5d636d; border-bottom-color: #d3cfc7; }
table.facts th { width: 28%; text-transform: none; letter-spacing: 0; font-size: 14px; }
td.num, th.num { width: 2.5em; color: #8a9099; }
td.time { white-space: nowrap; }
table.actions th:first-child { width: 38%; }
table.actions th, table.actions td:nth-child(3), table.actions td:nth-child(4), table.actions td:nth-child(5) { white-space: nowrap; }
table.actions td:nth-child(6) { overflow-wrap: anywhere; }
.kind { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; }
.metrics { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin: 8px 0 16px; }
.metric { border: 1px solid #e4e1db; border-radius: 8px; padding: 10px 14px; }
.metric b { display: block; font-size: 22px; }
.metric span { color: #5d636d; font-size: 13px; }
figure { margin: 8px 0 16px; }
.timeline-chart { width: 100%; height: auto; display: block; }
ul.cards { list-style: none; padding: 0; margin: 8px 0 14px; display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 10px; }
ul.cards li { border-radius: 8px; padding: 10px 12px; border: 1px solid #e4e1db; background: #fbfaf8; break-inside: avoid; }
ul.cards .author { display: block; margin-top: 6px; color: #5d636d; font-size: 12px; }
.column-went-well ul.cards li { background: #eef6ef; border-color: #d3e8d7; }
.column-went-wrong ul.cards li { background: #fbefec; border-color: #f2d5ce; }
.column-lucky ul.cards li { background: #fbf5e6; border-color: #efe2bc; }
ol.whys { padding-left: 1.6em; }
ol.whys li { margin: 0 0 6px; padding: 2px 8px; }
ol.whys li.root-cause { background: #fff4d6; border-left: 3px solid #d9a400; border-radius: 4px; }
.root-cause-mark { color: #7a5200; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; }
.notes { border-left: 3px solid #e4e1db; padding-left: 12px; margin: 0 0 10px; }
footer { margin-top: 40px; color: #8a9099; font-size: 12px; }
@page { margin: 16mm 14mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; margin: 0; padding: 0; border: 0; border-radius: 0; }
  h2, h3 { break-after: avoid; }
  tr, figure, .metric { break-inside: avoid; }
  a { color: inherit; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; color: #5d636d; overflow-wrap: anywhere; }
  td a[href]::after { content: attr(href); display: block; font-size: 8pt; word-break: break-all; }
  .kind, .status li, ul.cards li, ol.whys li.root-cause { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
