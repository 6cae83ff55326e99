import {
  EXPORT_FORMAT_INFO,
  EXPORT_FORMATS,
  exportFileName,
  renderExport,
  type PostmortemDocument,
} from '@hindsight/shared';
import { saveFile } from '../export/exportApi.ts';

/** Downloads of the shown document in every export format, rendered here by the same renderers. */
export function ExportButtons({ document }: { document: PostmortemDocument }) {
  return (
    <div className="published__exports" role="group" aria-label="Download">
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small button--ghost"
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
      ))}
    </div>
  );
}
