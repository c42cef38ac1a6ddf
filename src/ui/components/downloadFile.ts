/** Hands the browser a file to save: a JSON text by default, or any bytes with their type. */
export function downloadFile(name: string, content: BlobPart, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has taken the file once the click is handled; a tick later the URL can go.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
