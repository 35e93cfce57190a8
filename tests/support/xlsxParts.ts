import JSZip from 'jszip';

/**
 * An .xlsx file's parts in zip order, each as text (media as base64), CRCs checked; the moment of
 * writing and the random ids ExcelJS gives data bars taken out, so two writes of one workbook compare.
 */
export async function xlsxParts(bytes: Buffer | ArrayBuffer): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out: [string, string][] = [];
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name];
    if (file.dir) continue;
    const data = name.startsWith('xl/media/') ? (await file.async('nodebuffer')).toString('base64') : await file.async('string');
    // ExcelJS gives each data bar a new random id on every write.
    out.push([name, data.replace(/<dcterms:modified[^>]*>[^<]*<\/dcterms:modified>/, '').replace(/\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}/g, '{GUID}')]);
  }
  return out;
}
