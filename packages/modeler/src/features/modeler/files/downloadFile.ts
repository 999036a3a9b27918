/** Offers a blob as a download under the given file name. */
export function downloadFile(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // give the browser time to start the download before the URL goes away
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a process key and version: `P-32-0147-v3.bpmn`. */
export function diagramFileName(processKey: string, version: number | undefined, extension: string): string {
  return `${processKey}${version ? `-v${version}` : ''}.${extension}`;
}
