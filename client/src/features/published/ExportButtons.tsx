import {
  ACTION_ITEM_FORMATS,
  DOCUMENT_FORMATS,
  EXPORT_FORMAT_INFO,
  exportFileName,
  renderExport,
  type ExportFormat,
  type PostmortemDocument,
} from '@hindsight/shared';
import { saveFile } from '../export/exportApi.ts';
import { PRINT_PURPOSE, printHtml } from '../export/printHtml.ts';

const BUTTON = 'button button--small button--ghost';

/**
 * Every format the board's Export dialog offers, for the shown document, rendered here by
 * the same renderers: the document (Markdown, HTML, JSON, printing) and its action items
 * (CSV, Jira, Linear, the gh script). Each button says what it is for as its description.
 */
export function ExportButtons({ document }: { document: PostmortemDocument }) {
  const download = (format: ExportFormat) => (
    <button
      key={format}
      type="button"
      className={BUTTON}
      title={EXPORT_FORMAT_INFO[format].purpose}
      onClick={() =>
        saveFile({
          text: renderExport(document, format),
          fileName: exportFileName(document, format),
          contentType: EXPORT_FORMAT_INFO[format].contentType,
        })
      }
    >
      {EXPORT_FORMAT_INFO[format].label}
    </button>
  );
  return (
    <>
      <div className="published__exports" role="group" aria-label="Download">
        {DOCUMENT_FORMATS.map(download)}
        <button
          type="button"
          className={BUTTON}
          title={PRINT_PURPOSE}
          onClick={() => printHtml(renderExport(document, 'html'))}
        >
          Print or save as PDF
        </button>
      </div>
      <div className="published__exports" role="group" aria-label="Download the action items">
        {ACTION_ITEM_FORMATS.map(download)}
      </div>
    </>
  );
}
