/**
 * Prints the HTML export through the browser's print dialog (where "Save as PDF" is one
 * of the printers): the document goes into a hidden frame that may run no script, and the
 * page asks that frame to print. The frame shares the page's origin only so the page can
 * call its `print()`; the document itself runs nothing.
 */
/** What printing is for, said beside its button wherever it is offered. */
export const PRINT_PURPOSE =
  'Opens the print dialog with the document laid out for paper; choose "Save as PDF" there for a PDF.';

export function printHtml(html: string): void {
  document.querySelector('iframe.export-print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'export-print-frame';
  frame.title = 'Postmortem document for printing';
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.addEventListener('load', () => frame.contentWindow?.print(), { once: true });
  frame.srcdoc = html;
  document.body.append(frame);
}
