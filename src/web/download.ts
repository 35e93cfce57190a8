/** A file the page offers for download, made when asked (writing a workbook takes time). */
export interface Download {
  readonly name: string;
  readonly mime: string;
  make(): Promise<ArrayBuffer | string>;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const JSON_MIME = 'application/json';

/** Saves through a blob: URL, the one way a page opened from file:// can hand a file to the user. */
export async function saveDownload(d: Download): Promise<void> {
  const blob = new Blob([await d.make()], { type: d.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = d.name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
